"""The models of the API, for annotations and ``isinstance``: ``from thesys_c1.types import ...``.

Every generated model class (``ChatCompletion``, ``ResponseOutputTextDeltaEvent``,
``ConversationMessage``, ...) and every union of them (``ResponseStreamEvent``,
``ConversationItem``, ``ResponseOutputItem``, ...). Names load on first use.

openai-python's own names live where openai-python keeps them:
``thesys_c1.types.chat`` (``ChatCompletionMessageParam``,
``ChatCompletionToolParam``, ...), ``thesys_c1.types.responses``
(``FunctionToolParam``, ``ResponseInputItemParam``, ``Response``, ...) and
``thesys_c1.types.shared_params``; there, a ``...Param`` name is the TypedDict
of a request, as in openai-python, not the model of the same name.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._generated.models import *  # noqa: F403
    from .._generated.unions import *  # noqa: F403


def __getattr__(name: str) -> Any:
    for source in (".._generated.models", ".._generated.unions"):
        module = import_module(source, __name__)
        if name in module.__all__:
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
