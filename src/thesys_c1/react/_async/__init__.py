"""The async code of ``thesys_c1.react`` that has a blocking twin, written once.

Every module here is rewritten into ``thesys_c1._generated._sync.react`` by ``make
generate`` (generator/pipeline/unasync.py), as ``thesys_c1._lib._async`` is: write it so
that dropping ``async``/``await`` and renaming by that module's table gives the
blocking code; what truly differs is a pair of functions in ``answer_sources``.
"""
