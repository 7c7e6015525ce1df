"""The blocking twins of ``thesys_c1.lib._async``, derived by `make generate`."""
