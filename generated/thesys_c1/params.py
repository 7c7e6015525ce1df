"""TypedDicts for request parameters given as plain dicts: ``from thesys_c1.params import ...``.

One per schema of the spec (``ChatCompletionMessageParam``, ``ResponseInputItem``,
``ChatCompletionTool``, ...), so that a list of messages built up front is
checked by mypy and completed by editors. They need ``typing_extensions`` at
run time; for annotations alone, import them under ``TYPE_CHECKING``.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.params import *  # noqa: F403


def __getattr__(name: str) -> Any:
    value = getattr(import_module("._generated.params", __package__), name)
    globals()[name] = value
    return value
