"""Version of this package and the spec it was generated from."""

__version__ = "0.1.3"
SPEC_SHA256 = "7d92fd355cb9e5e25b346d4636c7ef31c68695f899c1e06a295645777d5737e3"
