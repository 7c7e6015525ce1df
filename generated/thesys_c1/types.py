"""The models of the API, for annotations and ``isinstance``: ``from thesys_c1.types import ...``.

Every generated model class (``ChatCompletion``, ``ResponseOutputTextDeltaEvent``,
``ConversationMessage``, ...) and every union of them (``ResponseStreamEvent``,
``ConversationItem``, ``ResponseOutputItem``, ...). Names load on first use.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403
    from ._generated.unions import *  # noqa: F403


def __getattr__(name: str) -> Any:
    for source in ("._generated.models", "._generated.unions"):
        module = import_module(source, __package__)
        if name in module.__all__:
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
