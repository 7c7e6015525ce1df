"""Lazy loading of openai-python's type names onto ours, shared by the modules of ``thesys_c1.types``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

# Where each kind of name is generated: request TypedDicts, answer models, unions of models.
_SOURCES = {"params": ".._generated.params", "models": ".._generated.models", "unions": ".._generated.unions"}


def loader(module: str, names: Mapping[str, tuple[str, str]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that loads ``names`` (alias -> (source kind, our name)) on first use."""
    namespace = import_module(module).__dict__

    def load(name: str) -> Any:
        try:
            kind, ours = names[name]
        except KeyError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
        value = getattr(import_module(_SOURCES[kind], __package__), ours)
        namespace[name] = value
        return value

    return load
