"""Non-stream success bodies: the spec's shapes, then broken one field at a time.

Whether a changed body still fits the spec is decided by jsonschema against
generated/openapi.yaml (tests/c1_schemas.py), with each union's ``type`` tag
deciding its member, independently of the client:
a body that fits must come back exactly as sent, one that does not must be
an ``APIResponseValidationError``.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

from c1_schemas import tagged_spec_schemas
from hostile_case import Call, Case
from hostile_http_cases import DEEP
from hostile_samples import Samples, dumps
from hostile_server import Reply
from hostile_wire import framed

import thesys_c1

WRONG_VALUES: list[Any] = [5, "x", {}, [], None, True, 1.5, [5], {"a": 1}]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:2]):
            yield (*prefix, index)
            yield from _paths(item, (*prefix, index))


def _with(body: Any, path: tuple[Any, ...], value: Any, *, delete: bool = False) -> Any:
    changed = copy.deepcopy(body)
    target = changed
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return changed


def body_cases(samples: Samples, rng: random.Random, per_field: int) -> Iterator[Case]:
    schemas = tagged_spec_schemas()
    items_page = {
        "object": "list",
        "data": [samples.item],
        "has_more": False,
        "first_id": samples.item["id"],
        "last_id": samples.item["id"],
    }
    targets: list[tuple[Call, str, dict[str, Any]]] = [
        ("chat", "ChatCompletion", samples.completion),
        ("response", "Response", samples.response),
        ("conversation", "Conversation", samples.conversation),
        ("items", "ConversationItemList", items_page),
    ]
    for call, schema, body in targets:
        schemas.check(schema, body)
        number = 0
        for path in _paths(body):
            where = ".".join(map(str, path))
            variants: list[tuple[str, Any]] = [
                (f"{where}={value!r}", _with(body, path, value)) for value in rng.sample(WRONG_VALUES, per_field)
            ]
            if isinstance(path[-1], str):
                variants.append((f"{where} removed", _with(body, path, None, delete=True)))
            for label, changed in variants:
                if call == "items" and changed.get("has_more") is True:
                    continue  # a page that promises more is the pagination family's business
                number += 1
                fits = not schemas.errors(schema, changed)
                case_id = f"body-{call}-{number:04d}"
                reply = Reply(framed(200, dumps(changed).encode()))
                if fits:
                    result = _result(call, changed)
                    yield Case(f"{case_id}-fits-{label}"[:200], f"body-{call}", call, [reply], "ok", result)
                else:
                    error = thesys_c1.APIResponseValidationError
                    yield Case(f"{case_id}-off-spec-{label}"[:200], f"body-{call}", call, [reply], "error", error=error)
        for label, raw in (
            ("extra-field", dumps({**body, "field_from_the_future": {"x": [1]}}).encode()),
            ("deep", DEEP),
            ("not-json", b"<html>oops</html>"),
            ("empty", b""),
            ("bad-utf8", b'{"id": "\xff"}'),
            ("json-array", b"[]"),
        ):
            reply = Reply(framed(200, raw))
            case_id = f"body-{call}-{label}"
            if label == "extra-field":
                yield Case(
                    case_id,
                    f"body-{call}",
                    call,
                    [reply],
                    "ok",
                    _result(call, {**body, "field_from_the_future": {"x": [1]}}),
                )
            else:
                yield Case(case_id, f"body-{call}", call, [reply], "error", error=thesys_c1.APIResponseValidationError)


def _result(call: Call, body: dict[str, Any]) -> Any:
    if call == "items":
        return [item.get("id") for item in body["data"]]
    return body
