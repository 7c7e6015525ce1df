"""What changed between two effective specs (see ``schemas``)."""

from .schemas import Change, diff, render

__all__ = ["Change", "diff", "render"]
