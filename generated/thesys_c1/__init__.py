"""Python SDK for the Thesys C1 generative-UI API."""

from ._generated.version import SPEC_SHA256, __version__

__all__ = ["SPEC_SHA256", "__version__"]
