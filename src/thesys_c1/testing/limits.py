"""Limits of the local server that callers may want before it starts (no server imports here)."""

DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024
"""The largest request body the server reads; a larger one gets 413."""
