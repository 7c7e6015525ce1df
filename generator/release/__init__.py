"""Releasing the package: version checks against released specs, the wheel and sdist, upload, vendoring."""
