"""Writing ``operations.py`` (the operation table) and ``resources.py`` (the client's methods).

Both are rendered from ``operation_table`` entries with the templates beside
this module. The resource classes come from one template rendered twice, once
blocking and once async, so an async method is never written by hand. What the
hand-written runtime adds is named here: the stream classes that read each
kind of event stream (their readers know each stream's terminator), and the
transport behind ``client._request`` / ``client._stream``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .model_names import catch_all_member, class_name
from .operation_table import OperationEntry, OperationTableError, is_union, operation_entries, type_name

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@dataclass(frozen=True)
class StreamClasses:
    sync: str
    async_: str
    reader: str
    # What `.stream()` hands out inside its `with` block (_lib/stream_helpers.py, written once in _lib/_async/):
    # a wrapper that turns the stream into openai-python's events, or None for
    # the stream itself.
    events_sync: str | None = None
    events_async: str | None = None


# The stream classes _lib/streaming.py exports (written once, async, in _lib/_async/streaming.py), by the event schema
# they read.
STREAMS: dict[str, StreamClasses] = {
    "ChatCompletionChunk": StreamClasses(
        "ChatCompletionStream",
        "AsyncChatCompletionStream",
        "ChatChunkReader",
        "ChatCompletionEventStream",
        "AsyncChatCompletionEventStream",
    ),
    "ResponseStreamEvent": StreamClasses("ResponseStream", "AsyncResponseStream", "ResponseEventReader"),
}


@dataclass
class _Op:
    entry: OperationEntry
    stream_classes: StreamClasses | None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.entry, name)

    @property
    def query_schemas(self) -> dict[str, Any]:
        return {param.name: param.schema for param in self.entry.query_params}


@dataclass
class _Node:
    resource: tuple[str, ...]
    children: list[_Node] = field(default_factory=list)
    operations: list[_Op] = field(default_factory=list)

    @property
    def attribute(self) -> str:
        return self.resource[-1]

    @property
    def class_name(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.resource)


@dataclass(frozen=True)
class _Flavour:
    is_async: bool

    @property
    def prefix(self) -> str:
        return "Async" if self.is_async else ""

    @property
    def client(self) -> str:
        return "AsyncC1" if self.is_async else "C1"

    @property
    def def_(self) -> str:
        return "async def" if self.is_async else "def"

    @property
    def await_(self) -> str:
        return "await " if self.is_async else ""

    @property
    def page_class(self) -> str:
        return "AsyncCursorPage" if self.is_async else "CursorPage"

    @property
    def page_note(self) -> str:
        if self.is_async:
            return "Await it for the first page, or `async for` over every item of every page."
        return "One page of items; iterating it walks every page after it too."

    def stream(self, op: _Op) -> str:
        assert op.stream_classes is not None
        return op.stream_classes.async_ if self.is_async else op.stream_classes.sync

    def events(self, op: _Op) -> str | None:
        assert op.stream_classes is not None
        return op.stream_classes.events_async if self.is_async else op.stream_classes.events_sync

    def page(self, op: _Op) -> str:
        if self.is_async:
            return f"AsyncPaginator[{op.page_item_type}]"
        return f"CursorPage[{op.page_item_type}]"


def _py(value: Any) -> str:
    """A Python literal for plain JSON-like data, in the double quotes ruff would write."""
    if isinstance(value, tuple):
        inner = ", ".join(_py(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(key)}: {_py(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_py(item) for item in value) + "]"
    if value is None or isinstance(value, bool):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["py"] = _py
    env.filters["add_type"] = lambda name: f"{name}: str"
    env.filters["path_value"] = lambda name: f'"{name}": {name}'
    env.filters["query_value"] = lambda param: f'"{param.name}": {param.name}'
    env.filters["query_arg"] = lambda param: (
        f"{param.name}: {param.annotation}" if param.required else f"{param.name}: {param.annotation} | None = None"
    )
    return env


def _ops(document: dict[str, Any]) -> list[_Op]:
    ops = []
    for entry in operation_entries(document):
        classes = None
        if entry.event_schema is not None:
            where = f"{entry.operation_id} ({entry.method} {entry.path})"
            if entry.body_params is None:
                raise OperationTableError(f"{where} can stream but takes no body to send `stream: true` in")
            classes = STREAMS.get(entry.event_schema)
            if classes is None:
                raise OperationTableError(
                    f"{where} streams {entry.event_schema} events, which no stream class reads: add one to"
                    " _lib/_async/streaming.py, export it and its blocking twin from _lib/streaming.py, and name it in"
                    " STREAMS in generator/pipeline/resource_layer.py"
                )
        ops.append(_Op(entry, classes))
    return ops


def _tree(ops: list[_Op]) -> tuple[list[_Node], list[_Node]]:
    """Every resource node, children before parents (so classes are defined before use), and the roots."""
    nodes: dict[tuple[str, ...], _Node] = {}

    def node(resource: tuple[str, ...]) -> _Node:
        if resource not in nodes:
            nodes[resource] = _Node(resource)
            if len(resource) > 1:
                node(resource[:-1]).children.append(nodes[resource])
        return nodes[resource]

    for op in ops:
        node(op.resource).operations.append(op)
    for found in nodes.values():
        # A method named `list` shadows the builtin in annotations of the class below it: it goes last.
        found.operations.sort(key=lambda op: op.method_name == "list")
    ordered = sorted(nodes.values(), key=lambda n: (-len(n.resource), n.resource))
    roots = [n for n in nodes.values() if len(n.resource) == 1]
    return ordered, roots


def _type_imports(ops: list[_Op], document: dict[str, Any]) -> list[tuple[str, list[str]]]:
    models: set[str] = set()
    unions: set[str] = set()
    params: set[str] = set()
    for op in ops:
        schemas = [op.result_schema]
        if op.page_item_type is not None:
            item = document["components"]["schemas"][op.result_schema]["properties"]["data"]["items"]["$ref"]
            schemas.append(item.rsplit("/", 1)[-1])
        for schema in schemas:
            if schema is not None:
                (unions if is_union(schema, document) else models).add(type_name(schema, document))
        catch_all = None if op.result_schema is None else catch_all_member(op.result_schema, document)
        if catch_all is not None:
            models.add(class_name(catch_all, document))
        if op.body_params is not None:
            params.add(op.body_params)
    found = [(".models", sorted(models)), (".params", sorted(params)), (".unions", sorted(unions))]
    return [(module, names) for module, names in found if names]


def render(document: dict[str, Any]) -> dict[str, str]:
    """The generated modules' text, by file name."""
    env = _environment()
    ops = _ops(document)
    nodes, roots = _tree(ops)
    streams = sorted(
        {
            name
            for op in ops
            if op.stream_classes
            for name in (op.stream_classes.sync, op.stream_classes.async_, op.stream_classes.reader)
        }
    )
    helpers = {"StreamManager", "AsyncStreamManager"} if any(op.stream_classes for op in ops) else set()
    helpers |= {
        name
        for op in ops
        if op.stream_classes
        for name in (op.stream_classes.events_sync, op.stream_classes.events_async)
        if name
    }
    return {
        "operations.py": env.get_template("operations.py.jinja").render(entries=ops),
        "resources.py": env.get_template("resources.py.jinja").render(
            entries=ops,
            nodes=nodes,
            roots=roots,
            flavours=[_Flavour(False), _Flavour(True)],
            stream_imports=streams,
            helper_imports=sorted(helpers),
            type_imports=_type_imports(ops, document),
        ),
    }
