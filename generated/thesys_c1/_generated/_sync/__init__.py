"""The blocking twins of ``thesys_c1._lib._async``, derived by `make generate`."""
