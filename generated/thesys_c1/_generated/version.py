"""Version of this package and the spec it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "906914e190ae0d3b99a98944c54ddee1e96b2ee7c409168030cb9f39782ef917"
