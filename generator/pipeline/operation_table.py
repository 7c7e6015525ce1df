"""What the client needs to know about each operation of the effective spec, read once at generation time.

Each operation becomes one entry: its HTTP method and path, its path and query
parameters, whether it takes a body, the schema (and Python type) of its JSON
answer and, when it can stream, of its events; and where it sits on the client
(``client.conversations.items.list``). The resource layer is rendered from
these entries (see ``resource_layer.py``), so a new operation in ``spec/``
becomes a client method without a hand edit.

A place on the client follows OpenAI's SDK: the path's segments without its
parameters and without the ``/embed`` prefix name the resource, and the method
is ``create`` (POST to a collection), ``update`` (POST to one thing),
``retrieve`` / ``list`` (GET of one thing / a collection) or ``delete``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .call_params import params_class_name
from .model_names import catch_all_member, class_name, ref_name, union_members

JSON = "application/json"
EVENT_STREAM = "text/event-stream"
# Path segments that say which API family an operation belongs to, not which resource.
FAMILY_PREFIXES = ("embed",)
# A list answer that pages by cursor: the items, whether more follow, and the cursor to pass as `after`.
PAGE_FIELDS = ("data", "has_more", "last_id")
PAGE_CURSOR = "after"


class OperationTableError(Exception):
    pass


@dataclass(frozen=True)
class QueryParam:
    name: str
    annotation: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class OperationEntry:
    operation_id: str
    method: str
    path: str
    summary: str
    resource: tuple[str, ...]
    method_name: str
    path_params: tuple[str, ...]
    query_params: tuple[QueryParam, ...]
    body_params: str | None
    """The ``<OperationId>Params`` TypedDict of the request body, or None without a body."""
    result_schema: str | None
    result_type: str
    event_schema: str | None
    page_item_type: str | None
    """For a cursor-paged list, the type of one item; else None."""

    @property
    def constant(self) -> str:
        return re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).upper()

    @property
    def args_class(self) -> str:
        return self.operation_id[0].upper() + self.operation_id[1:] + "Args"


def operation_entries(document: dict[str, Any]) -> list[OperationEntry]:
    entries: list[OperationEntry] = []
    places: dict[tuple[tuple[str, ...], str], str] = {}
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            entry = _entry(document, method.upper(), path, operation, shared)
            place = (entry.resource, entry.method_name)
            if place in places:
                raise OperationTableError(
                    f"{entry.operation_id} ({entry.method} {path}) and {places[place]} would both be"
                    f" client.{'.'.join(entry.resource)}.{entry.method_name}; give one of them another path"
                )
            places[place] = entry.operation_id
            entries.append(entry)
    return entries


def _entry(
    document: dict[str, Any], method: str, path: str, operation: dict[str, Any], shared: list[Any]
) -> OperationEntry:
    operation_id = operation["operationId"]
    where = f"{operation_id} ({method} {path})"
    parameters = [_resolve(document, p) for p in [*shared, *operation.get("parameters", [])]]
    path_params = tuple(p["name"] for p in parameters if p.get("in") == "path")
    query_params = tuple(
        QueryParam(
            p["name"],
            _annotation(document, p.get("schema", {}), f"{where}: query parameter {p['name']}"),
            bool(p.get("required")),
            p.get("schema", {}),
        )
        for p in parameters
        if p.get("in") == "query"
    )
    result_schema, event_schema, streams = _answers(document, operation)
    if streams and event_schema is None:
        raise OperationTableError(
            f"{where} can answer {EVENT_STREAM} but its schema there is not a reference to a component schema:"
            " the client could not type or read its events; give the event-stream answer a schema under"
            " components/schemas"
        )
    body = operation.get("requestBody")
    body_params = None
    if body is not None:
        content = _resolve(document, body).get("content", {})
        if JSON not in content or ref_name(content[JSON].get("schema")) is None:
            raise OperationTableError(f"{where}: its request body must be {JSON} with a component schema")
        body_params = params_class_name(operation_id)
    segments = [part for part in path.strip("/").split("/") if part]
    names = [part for part in segments if not part.startswith("{")]
    resource = tuple(name for index, name in enumerate(names) if not (index == 0 and name in FAMILY_PREFIXES))
    if not resource or not all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in resource):
        raise OperationTableError(f"{where}: its path does not name a resource in lowercase words")
    on_one = bool(segments) and segments[-1].startswith("{")
    method_name = _method_name(method, on_one, where)
    page_item = _page_item(document, method, query_params, result_schema)
    return OperationEntry(
        operation_id=operation_id,
        method=method,
        path=path,
        summary=str(operation.get("summary", operation_id)).rstrip("."),
        resource=resource,
        method_name=method_name,
        path_params=path_params,
        query_params=query_params,
        body_params=body_params,
        result_schema=result_schema,
        result_type="None" if result_schema is None else result_type(result_schema, document),
        event_schema=event_schema,
        page_item_type=page_item,
    )


def _method_name(method: str, on_one: bool, where: str) -> str:
    names = {
        ("POST", False): "create",
        ("POST", True): "update",
        ("PUT", True): "update",
        ("PATCH", True): "update",
        ("GET", False): "list",
        ("GET", True): "retrieve",
        ("DELETE", True): "delete",
    }
    found = names.get((method, on_one))
    if found is None:
        raise OperationTableError(
            f"{where}: no client method name for {method} on a {'thing' if on_one else 'collection'}"
        )
    return found


def _answers(document: dict[str, Any], operation: dict[str, Any]) -> tuple[str | None, str | None, bool]:
    result = event = None
    streams = False
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        content = _resolve(document, response).get("content", {})
        if JSON in content:
            result = ref_name(content[JSON].get("schema"))
        if EVENT_STREAM in content:
            streams = True
            event = ref_name(content[EVENT_STREAM].get("schema"))
    return result, event, streams


def _page_item(document: dict[str, Any], method: str, query: tuple[QueryParam, ...], result: str | None) -> str | None:
    if method != "GET" or result is None or PAGE_CURSOR not in {q.name for q in query}:
        return None
    schema = document["components"]["schemas"][result]
    properties = schema.get("properties", {})
    if not all(name in properties for name in PAGE_FIELDS):
        return None
    item = ref_name(properties["data"].get("items"))
    return None if item is None else type_name(item, document)


def type_name(schema_name: str, document: dict[str, Any]) -> str:
    """The Python name a schema's values have: its model class, or its alias in ``unions.py``."""
    if union_members(schema_name, document) is not None:
        return schema_name
    return class_name(schema_name, document)


def result_type(schema_name: str, document: dict[str, Any]) -> str:
    """The type of one answer: an open union's alias lists only known members, so its catch-all is added."""
    catch_all = catch_all_member(schema_name, document)
    name = type_name(schema_name, document)
    return name if catch_all is None else f"{name} | {class_name(catch_all, document)}"


def is_union(schema_name: str, document: dict[str, Any]) -> bool:
    return union_members(schema_name, document) is not None


def _resolve(document: dict[str, Any], node: Any) -> Any:
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise OperationTableError(f"cannot resolve {ref!r}")
        seen.add(ref)
        node = document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _annotation(document: dict[str, Any], schema: Any, where: str) -> str:
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        raise OperationTableError(f"{where}: its schema is not an object")
    if "enum" in schema and all(isinstance(value, str) for value in schema["enum"]):
        return "Literal[" + ", ".join(repr(value) for value in schema["enum"]) + "]"
    kind = schema.get("type")
    if kind == "array":
        return f"Sequence[{_annotation(document, schema.get('items', {}), where)}]"
    if isinstance(kind, str) and kind in _SCALARS:
        return _SCALARS[kind]
    raise OperationTableError(
        f"{where}: a query parameter of type {kind!r} has no Python type here (use a scalar or array)"
    )
