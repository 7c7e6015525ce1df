"""openai-python's ``openai.types.shared_params`` names that C1 takes: ``FunctionDefinition``."""

from typing import TYPE_CHECKING

from ._aliases import loader

if TYPE_CHECKING:
    from .._generated.params import FunctionDefinition

NAMES = {"FunctionDefinition": ("params", "FunctionDefinition")}
__all__ = ["FunctionDefinition"]
__getattr__ = loader(__name__, NAMES)
