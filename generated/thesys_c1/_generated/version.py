"""Version of this package and the spec it was generated from."""

__version__ = "0.1.1"
SPEC_SHA256 = "5f137707a1bdecaf24bc9c19e83064b6f4cb99a7a19dc02a93a7f72e1ddf800d"
