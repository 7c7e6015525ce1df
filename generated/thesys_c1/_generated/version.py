"""Version of this package and the spec it was generated from."""

__version__ = "0.1.2"
SPEC_SHA256 = "d2060ff63568a1b3628bd3b4a1a5e9fa6bd128199cc95419f8f24c2e8579987d"
