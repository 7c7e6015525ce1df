"""Code and data generated from the effective spec by `make generate`; never edited by hand."""
