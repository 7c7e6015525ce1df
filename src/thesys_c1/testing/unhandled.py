"""Answers for operations of the spec that the local server has no behaviour written for.

A new operation in the spec must not stop the server (every test would fail
with it), so each one gets an answer here: a plain read (``GET`` of one thing)
or delete (``DELETE`` of one thing) of a collection whose things the server
keeps (see ``Store.kept``) is answered from that state; anything else gets a
501 that names the operation, until its behaviour is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from .._lib import spec
from .errors import ApiError, not_found
from .request_context import Call
from .state import kept_collections
from .wire import to_bytes

Handler = Callable[[Call], Response]


def handler_for(operation_id: str, method: str, path: str, operation: dict[str, Any]) -> Handler:
    collection, _, last = path.rstrip("/").rpartition("/")
    id_param = last[1:-1] if last.startswith("{") and last.endswith("}") else None
    if id_param is not None and collection in kept_collections():
        if method == "GET":
            return _reader(collection, id_param)
        if method == "DELETE":
            answer = _deleted_answer(operation)
            if answer is not None:
                return _deleter(collection, id_param, answer)
    return _not_implemented(operation_id, method, path)


def _kept(call: Call, collection: str, id_param: str) -> tuple[str, Callable[[], dict[str, Any]]]:
    object_id = call.path_params[id_param]
    found = call.store.kept[collection].get(object_id)
    if found is None:
        what = id_param.removesuffix("_id")
        raise not_found(what, object_id, id_param, f"{what}_not_found")
    return object_id, found


def _reader(collection: str, id_param: str) -> Handler:
    def read(call: Call) -> Response:
        _, answer = _kept(call, collection, id_param)
        return Response(to_bytes(answer()), media_type="application/json")

    return read


def _deleter(collection: str, id_param: str, answer: dict[str, Any]) -> Handler:
    def delete(call: Call) -> Response:
        object_id, _ = _kept(call, collection, id_param)
        call.store.forget(collection, object_id)
        return Response(to_bytes({**answer, "id": object_id}), media_type="application/json")

    return delete


def _deleted_answer(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The answer to a delete, filled from its schema (``id``, ``const`` fields, ``deleted: true``), if it can be."""
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        content = spec.resolve(response).get("content", {}).get("application/json")
        if content is None:
            continue
        schema = spec.resolve(content["schema"])
        answer: dict[str, Any] = {}
        for name in schema.get("required", ()):
            field = spec.resolve(schema.get("properties", {}).get(name, {}))
            if name == "id":
                answer[name] = ""
            elif "const" in field:
                answer[name] = field["const"]
            elif name == "deleted" and field.get("type") == "boolean":
                answer[name] = True
            else:
                return None
        return answer
    return None


def _not_implemented(operation_id: str, method: str, path: str) -> Handler:
    message = (
        f"The local C1 server does not implement {operation_id} ({method} {path}) yet: the operation is in the"
        " spec, but no behaviour is written for it."
    )

    def refuse(call: Call) -> Response:
        raise ApiError(501, message, code="not_implemented")

    return refuse
