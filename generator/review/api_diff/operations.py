"""Operation diff: operations, their parameters, request bodies, responses and media types."""

from __future__ import annotations

from typing import Any

from .change import REQUEST, RESPONSE, Change, Schema
from .document import _operations, _resolve, _resolved_all
from .schemas import _SchemaDiffer


class _Differ(_SchemaDiffer):
    """The whole comparison: the operations here, and every schema they or the components hold."""

    def operations(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_ops = dict(_operations(old))
        new_ops = dict(_operations(new))
        for key in sorted(old_ops.keys() - new_ops.keys()):
            op_id = old_ops[key].get("operationId", "")
            self.changes.append(Change(key, "removed", f"operation {op_id} removed", True))
        for key in sorted(new_ops.keys() - old_ops.keys()):
            op_id = new_ops[key].get("operationId", "")
            self.changes.append(Change(key, "added", f"operation {op_id} added", False))
        for key in [k for k in old_ops if k in new_ops]:
            self.operation(key, old_ops[key], new_ops[key], old, new)

    def operation(self, where: str, old: Schema, new: Schema, old_doc: dict[str, Any], new_doc: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            what = (
                f"operationId {old.get('operationId')} -> {new.get('operationId')} (the client's function is renamed)"
            )
            self.changes.append(Change(where, "changed", what, True))
        old_params = {(p.get("in"), p.get("name")): p for p in _resolved_all(old.get("parameters", []), old_doc)}
        new_params = {(p.get("in"), p.get("name")): p for p in _resolved_all(new.get("parameters", []), new_doc)}
        flows = {REQUEST}
        for key in sorted(old_params.keys() - new_params.keys(), key=str):
            self.add(
                f"{where} {key[0]} parameter {key[1]}",
                "removed",
                "parameter removed",
                flows,
                request=True,
                response=False,
            )
        for key in sorted(new_params.keys() - old_params.keys(), key=str):
            required = bool(new_params[key].get("required"))
            what = "required parameter added" if required else "optional parameter added"
            self.add(f"{where} {key[0]} parameter {key[1]}", "added", what, flows, request=required, response=False)
        for key in [k for k in old_params if k in new_params]:
            param_where = f"{where} {key[0]} parameter {key[1]}"
            was, now = bool(old_params[key].get("required")), bool(new_params[key].get("required"))
            if was != now:
                kind = "tightened" if now else "loosened"
                self.add(
                    param_where, kind, "now required" if now else "now optional", flows, request=now, response=False
                )
            self.schema(old_params[key].get("schema", {}), new_params[key].get("schema", {}), param_where, flows)
        self.body(where, _resolve(old.get("requestBody"), old_doc), _resolve(new.get("requestBody"), new_doc))
        self.responses(where, old.get("responses", {}), new.get("responses", {}))

    def body(self, where: str, old: Any, new: Any) -> None:
        flows = {REQUEST}
        if not old and not new:
            return
        if not old or not new:
            kind = "added" if new else "removed"
            breaking = bool(new and new.get("required")) or not new
            self.add(f"{where} request body", kind, f"request body {kind}", flows, request=breaking, response=False)
            return
        if bool(old.get("required")) != bool(new.get("required")):
            now = bool(new.get("required"))
            self.add(
                f"{where} request body",
                "tightened" if now else "loosened",
                "now required" if now else "now optional",
                flows,
                request=now,
                response=False,
            )
        self.media(f"{where} request body", old.get("content", {}), new.get("content", {}), flows)

    def responses(self, where: str, old: Schema, new: Schema) -> None:
        flows = {RESPONSE}
        for status in sorted(old.keys() - new.keys()):
            success = status.startswith("2")
            self.add(
                f"{where} response {status}", "removed", "response removed", flows, request=False, response=success
            )
        for status in sorted(new.keys() - old.keys()):
            self.add(f"{where} response {status}", "added", "response added", flows, request=False, response=False)
        for status in [s for s in old if s in new]:
            old_r, new_r = old[status], new[status]
            if "$ref" in old_r or "$ref" in new_r:
                if old_r.get("$ref") != new_r.get("$ref"):
                    self.add(
                        f"{where} response {status}",
                        "changed",
                        f"{old_r.get('$ref', 'inline')} -> {new_r.get('$ref', 'inline')}",
                        flows,
                        request=False,
                        response=True,
                    )
                continue
            self.media(f"{where} response {status}", old_r.get("content", {}), new_r.get("content", {}), flows)

    def media(self, where: str, old: Schema, new: Schema, flows: set[str]) -> None:
        request, response = REQUEST in flows, RESPONSE in flows
        for media_type in sorted(old.keys() - new.keys()):
            self.add(
                f"{where} {media_type}", "removed", "media type removed", flows, request=request, response=response
            )
        for media_type in sorted(new.keys() - old.keys()):
            self.add(f"{where} {media_type}", "added", "media type added", flows, request=False, response=False)
        for media_type in [m for m in old if m in new]:
            self.schema(old[media_type].get("schema", {}), new[media_type].get("schema", {}), f"{where}", flows)
