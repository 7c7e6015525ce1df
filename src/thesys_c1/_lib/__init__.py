"""The hand-written runtime behind the public names: the client, streaming, errors and the C1 rule checks.

Private: its modules move and change freely. Import what it offers from ``thesys_c1``
(or ``thesys_c1.types``, ``thesys_c1.react``, ...), where the public names are listed once.
"""
