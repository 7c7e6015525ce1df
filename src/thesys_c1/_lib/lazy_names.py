"""A package's public names, loaded on first use from the table ``make generate`` derives from its imports.

Both ``thesys_c1`` and ``thesys_c1.react`` keep their import cheap this way; this
module imports nothing beyond the standard library so that it stays so.
"""

from collections.abc import Callable, MutableMapping
from importlib import import_module
from types import ModuleType
from typing import Any, Protocol


class Exports(Protocol):
    """What a derived exports module holds (``generator/pipeline/exports.py`` writes it)."""

    PUBLIC: tuple[str, ...]
    NAMES: dict[str, str]
    MODULES: dict[str, str]


def attribute(
    namespace: MutableMapping[str, Any],
    package: str,
    name: str,
    exports: Exports,
    load: Callable[[str, str], ModuleType] | None = None,
) -> Any:
    """The package attribute ``name``, loaded once and kept in ``namespace`` (the package's globals).

    ``load(module, name)`` imports a module relative to the package; a package
    passes its own where a failed import deserves a hint (an optional extra).
    """
    load_module = load or (lambda module, _name: import_module(module, package))
    # `from package import *` and help() read __all__ through here too.
    if name == "__all__":
        value: Any = list(exports.PUBLIC)
    elif name in exports.MODULES:
        value = load_module(exports.MODULES[name], name)
    elif name in exports.NAMES:
        value = getattr(load_module(exports.NAMES[name], name), name)
    else:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    namespace[name] = value
    return value


def names(namespace: MutableMapping[str, Any], exports: Exports) -> list[str]:
    """The package's ``dir()``: what it has loaded, and every public name."""
    return sorted({*namespace, *exports.PUBLIC})
