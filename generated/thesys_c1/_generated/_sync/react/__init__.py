"""The blocking twins of ``thesys_c1.react._async``, derived by `make generate`."""
