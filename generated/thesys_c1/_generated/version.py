"""Version of this package and the spec it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "9a946d42dbf818106952f72267df766ffdfbc7a16f70a45a65ec3b6b24064615"
