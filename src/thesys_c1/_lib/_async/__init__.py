"""The async code that has a blocking twin, written once.

Every module here is rewritten into ``thesys_c1._generated._sync`` by ``make
generate`` (generator/pipeline/unasync.py): write it so that dropping ``async``/``await``
and renaming by that module's table gives the blocking code.
"""
