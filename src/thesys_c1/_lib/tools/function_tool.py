"""``function_tool``: a typed Python function or type as a C1 function tool.

C1 accepts function tools only. A ``FunctionTool`` holds the JSON schema made
from the function's signature (or the TypedDict, dataclass or pydantic
model's fields), its description from the docstring, and the check that turns
the model's JSON arguments back into the declared types. ``chat_param()`` and
``responses_param()`` give the tool in each API's shape.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, is_typeddict, overload

from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from .docstrings import split_docstring
from .typed_values import BadValue, Field, Typed, TypeWalker, UnsupportedType, is_pydantic_model, resolved_hints

if TYPE_CHECKING:
    from ..._generated.params import (
        ChatCompletionTool,
        FunctionDefinition,
        ResponseFunctionTool,
    )

R = TypeVar("R")
# Covariant: a list holding tools that return different things is still a list of tools.
R_co = TypeVar("R_co", covariant=True)
T = TypeVar("T")
_NAME = re.compile(r"\A[A-Za-z0-9_-]{1,64}\Z")


class ToolArgumentsError(ValueError):
    """The model called a tool with arguments that do not fit it.

    ``tool`` is the tool's name, ``field`` the argument at fault (``None`` when
    the arguments as a whole are wrong: not JSON, not an object), ``problem``
    what is wrong, ``arguments`` the text the model sent.
    """

    def __init__(self, tool: str, field: str | None, problem: str, arguments: str) -> None:
        where = f"argument {field!r}" if field else "arguments"
        super().__init__(f"tool {tool!r}: {where} {problem}")
        self.tool = tool
        self.field = field
        self.problem = problem
        self.arguments = arguments

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.tool, self.field, self.problem, self.arguments))


class FunctionTool(Generic[R_co]):
    """A function tool: its wire shape for either API, its argument check, and what runs it."""

    def __init__(
        self,
        *,
        name: str,
        description: str,
        typed: Typed,
        strict: bool | None,
        handler: Callable[..., R_co] | None,
        spread: bool,
        progress: str | Callable[[Any], str] | None,
    ) -> None:
        if not isinstance(name, str) or not _NAME.match(name):
            raise InvalidArgumentError("name", f"must be 1 to 64 letters, digits, '_' or '-', got {name!r}")
        if strict and not typed.strict:
            raise InvalidArgumentError(
                "strict",
                f"tool {name!r}: strict mode needs every parameter required and every object closed"
                " (no defaults, no dict[str, X] or Any)",
            )
        self.name = name
        self.description = description
        self.parameters: dict[str, Any] = typed.schema
        self.strict = typed.strict if strict is None else strict
        self.handler = handler
        self.progress = progress
        self._convert = typed.convert
        # A function's arguments are passed as keywords; a type's instance is passed whole.
        self._spread = spread

    def __repr__(self) -> str:
        return f"FunctionTool(name={self.name!r}, strict={self.strict})"

    def __call__(self, *args: Any, **kwargs: Any) -> R_co:
        """Call the function itself, as if it were not decorated."""
        if self.handler is None:
            raise TypeError(f"tool {self.name!r} has no function to run; give function_tool(..., handler=)")
        return self.handler(*args, **kwargs)

    @property
    def is_async(self) -> bool:
        return self.handler is not None and inspect.iscoroutinefunction(self.handler)

    def chat_param(self) -> ChatCompletionTool:
        """The tool for Chat Completions' ``tools``: ``{"type": "function", "function": {...}}``."""
        function: FunctionDefinition = {"name": self.name}
        if self.description:
            function["description"] = self.description
        function["parameters"] = self.parameters
        function["strict"] = self.strict
        return {"type": "function", "function": function}

    def responses_param(self) -> ResponseFunctionTool:
        """The tool for the Responses API's ``tools``: ``{"type": "function", "name": ..., ...}``."""
        tool: ResponseFunctionTool = {"type": "function", "name": self.name}
        if self.description:
            tool["description"] = self.description
        tool["parameters"] = self.parameters
        tool["strict"] = self.strict
        return tool

    def parse_arguments(self, arguments: str | None) -> Any:
        """The model's JSON arguments as the declared types; ``ToolArgumentsError`` when they do not fit."""
        text = "" if arguments is None else arguments
        if not isinstance(text, str):
            raise ToolArgumentsError(self.name, None, f"must be a JSON string, got {type(text).__name__}", repr(text))
        try:
            value = json.loads(text) if text.strip() else {}
        except ValueError as error:
            raise ToolArgumentsError(self.name, None, f"are not JSON ({error})", text) from None
        if not isinstance(value, dict):
            raise ToolArgumentsError(self.name, None, "must be a JSON object", text)
        try:
            return self._convert(value, "")
        except BadValue as error:
            raise ToolArgumentsError(self.name, error.path or None, error.problem, text) from None

    def call_with(self, parsed: Any) -> Any:
        """Run the tool on parsed arguments (a coroutine for an async function)."""
        if self.handler is None:
            raise TypeError(f"tool {self.name!r} has no function to run; give function_tool(..., handler=)")
        return self.handler(**parsed) if self._spread else self.handler(parsed)

    def describe(self, parsed: Any) -> str:
        """What the tool is doing, for progress shown to a user ("Looking up the weather for Paris")."""
        if callable(self.progress):
            return str(self.progress(parsed))
        values = parsed if isinstance(parsed, dict) else getattr(parsed, "__dict__", {})
        if isinstance(self.progress, str):
            try:
                return self.progress.format(**values)
            except (KeyError, IndexError, ValueError):
                return self.progress
        shown = ", ".join(f"{key}: {value}" for key, value in values.items())
        return f"Running {self.name}" + (f" ({shown})" if shown else "")


def _function_fields(function: Callable[..., Any], argument_docs: dict[str, str]) -> list[Field]:
    signature = inspect.signature(function)
    hints = resolved_hints(function, function.__name__)
    fields = []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise UnsupportedType(f"{function.__name__}: *{parameter.name} has no JSON schema; name every parameter")
        if parameter.kind is parameter.POSITIONAL_ONLY:
            raise UnsupportedType(f"{function.__name__}: {parameter.name} is positional-only; tools take keywords")
        if parameter.name not in hints:
            raise UnsupportedType(f"{function.__name__}: parameter {parameter.name!r} needs a type annotation")
        required = parameter.default is inspect.Parameter.empty
        fields.append(
            Field(
                parameter.name,
                hints[parameter.name],
                required,
                None if required else parameter.default,
                argument_docs.get(parameter.name),
            )
        )
    return fields


def _build(
    source: Any,
    name: str | None,
    description: str | None,
    strict: bool | None,
    handler: Callable[..., Any] | None,
    progress: str | Callable[[Any], str] | None,
) -> FunctionTool[Any]:
    walker = TypeWalker()
    if inspect.isclass(source):
        # Its own docstring only: an inherited one (dict's, BaseModel's) says nothing about this tool.
        doc = source.__dict__.get("__doc__") or ""
        # A dataclass without a docstring gets a generated one that only repeats its signature.
        if doc.startswith(f"{source.__name__}("):
            doc = ""
        summary, argument_docs = split_docstring(doc)
        try:
            typed = walker.walk_object(source, source.__name__) if _is_object_type(source) else None
        except UnsupportedType as error:
            raise InvalidArgumentTypeError("function_tool", str(error)) from None
        if typed is None:
            raise InvalidArgumentTypeError(
                "function_tool", f"{source.__name__} is not a TypedDict, dataclass or pydantic model"
            )
        if argument_docs and "properties" in typed.schema:
            for field, text in argument_docs.items():
                prop = typed.schema["properties"].get(field)
                if isinstance(prop, dict) and "description" not in prop:
                    prop["description"] = text
        return FunctionTool(
            name=name or source.__name__,
            description=summary if description is None else description,
            typed=typed,
            strict=strict,
            handler=handler,
            spread=False,
            progress=progress,
        )
    if not callable(source):
        raise InvalidArgumentTypeError(
            "function_tool", f"takes a function, TypedDict, dataclass or pydantic model, got {type(source).__name__}"
        )
    summary, argument_docs = split_docstring(inspect.getdoc(source))
    try:
        fields = _function_fields(source, argument_docs)
        typed = walker.fields(fields, source.__name__, build=lambda values: values)
    except UnsupportedType as error:
        raise InvalidArgumentTypeError("function_tool", str(error)) from None
    return FunctionTool(
        name=name or source.__name__,
        description=summary if description is None else description,
        typed=typed,
        strict=strict,
        handler=source if handler is None else handler,
        spread=True,
        progress=progress,
    )


def _is_object_type(source: type) -> bool:
    return is_typeddict(source) or dataclasses.is_dataclass(source) or is_pydantic_model(source)


@overload
def function_tool(
    source: Callable[..., R],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
    progress: str | Callable[[Any], str] | None = None,
) -> FunctionTool[R]: ...
@overload
def function_tool(
    source: type[T],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
    handler: Callable[[T], R] | None = None,
    progress: str | Callable[[Any], str] | None = None,
) -> FunctionTool[R]: ...
@overload
def function_tool(
    source: None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
    progress: str | Callable[[Any], str] | None = None,
) -> Callable[[Callable[..., R]], FunctionTool[R]]: ...


def function_tool(
    source: Any = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
    handler: Callable[..., Any] | None = None,
    progress: str | Callable[[Any], str] | None = None,
) -> Any:
    """Make a C1 function tool from a typed function (as a decorator) or a type.

    ``@function_tool`` or ``@function_tool(name=..., progress="Looking up the
    weather for {city}")`` on a function: the parameters, with their
    annotations and defaults, become the JSON schema; the docstring's first
    part becomes the description and its ``Args:`` entries the parameters'
    descriptions (``Annotated[str, "..."]`` works too). ``function_tool(Model)``
    for a TypedDict, dataclass or pydantic model: its fields are the
    parameters, and parsed arguments are an instance of it (``handler=``
    receives that instance). ``strict`` defaults to whether the schema allows
    strict mode (every parameter required, every object closed); ``True`` on a
    schema that does not allow it raises ``InvalidArgumentError``.
    """
    if source is None:

        def decorate(function: Callable[..., Any]) -> FunctionTool[Any]:
            return _build(function, name, description, strict, None, progress)

        return decorate
    return _build(source, name, description, strict, handler, progress)
