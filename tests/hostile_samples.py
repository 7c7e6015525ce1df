"""Answers as C1 sends them, taken once from the local C1 server, made deterministic, and rebuilt with any text.

The local server's answers fit the spec (its own tests check that with
jsonschema), so they are the templates the hostile cases start from: the same
fields C1 sends, with fixed ids and times so that a seed always makes the
same bytes.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

import httpx
import sse_frames

from thesys_c1.testing import LocalC1

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
CHAT_ID = "chatcmpl-hostile"
RESPONSE_ID = "resp_hostile"
MESSAGE_ID = "msg_hostile"
CREATED = 1_700_000_000


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Samples:
    completion: dict[str, Any]
    response: dict[str, Any]
    conversation: dict[str, Any]
    item: dict[str, Any]
    chunk: dict[str, Any]
    response_events: dict[str, dict[str, Any]]

    def chat_chunk(self, delta: dict[str, Any], finish_reason: str | None = None, index: int = 0) -> dict[str, Any]:
        chunk = copy.deepcopy(self.chunk)
        chunk["choices"] = [{"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]
        return chunk

    def chat_stream(self, deltas: list[str], finish_reason: str = "stop") -> list[str]:
        """The data of every event of a whole chat stream, ``[DONE]`` last."""
        events = [self.chat_chunk({"role": "assistant", "content": ""})]
        events += [self.chat_chunk({"content": text}) for text in deltas]
        events.append(self.chat_chunk({}, finish_reason))
        return [*map(dumps, events), "[DONE]"]

    def completed_response(self, text: str) -> dict[str, Any]:
        response = copy.deepcopy(self.response)
        response["output"] = [
            {
                "type": "message",
                "id": MESSAGE_ID,
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
            }
        ]
        return response

    def response_event(self, kind: str, number: int, **fields: Any) -> dict[str, Any]:
        event = copy.deepcopy(self.response_events[kind])
        event["sequence_number"] = number
        event.update(fields)
        return event

    def response_stream(self, deltas: list[str], terminal: str = "response.completed") -> list[tuple[str | None, str]]:
        """(event name, data) of a whole Responses stream ending in ``terminal`` and then ``[DONE]``."""
        text = "".join(deltas)
        kinds = ["response.created", "response.in_progress", "response.output_item.added"]
        kinds.append("response.content_part.added")
        events = [self.response_event(kind, n) for n, kind in enumerate(kinds)]
        for text_piece in deltas:
            events.append(self.response_event("response.output_text.delta", len(events), delta=text_piece))
        events.append(self.response_event("response.output_text.done", len(events), text=text))
        final = self.completed_response(text)
        if terminal != "response.completed":
            final["status"] = {"response.failed": "failed", "response.incomplete": "incomplete"}[terminal]
        events.append(self.response_event("response.completed", len(events), type=terminal, response=final))
        named: list[tuple[str | None, str]] = [(event["type"], dumps(event)) for event in events]
        return [*named, (None, "[DONE]")]


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        out = {key: _normalise(item) for key, item in value.items()}
        for key, fixed in (("created", CREATED), ("created_at", CREATED)):
            if isinstance(out.get(key), int):
                out[key] = fixed
        if isinstance(out.get("completed_at"), int):
            out["completed_at"] = CREATED
        ident = out.get("id")
        if isinstance(ident, str):
            prefix = ident.split("_")[0].split("-")[0]
            out["id"] = {"chatcmpl": CHAT_ID, "resp": RESPONSE_ID, "msg": MESSAGE_ID}.get(prefix, f"{prefix}_hostile")
        if isinstance(out.get("item_id"), str):
            out["item_id"] = MESSAGE_ID
        return out
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    return value


def take_samples() -> Samples:
    with LocalC1() as c1, httpx.Client(headers={"authorization": f"Bearer {c1.api_key}"}, timeout=30) as http:
        chat_body = {"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}
        completion = http.post(c1.embed_url + "/chat/completions", json=chat_body).json()
        response = http.post(c1.embed_url + "/responses", json={"model": MODEL, "input": "hi"}).json()
        stream = http.post(c1.embed_url + "/chat/completions", json={**chat_body, "stream": True}).text
        chunk = sse_frames.parse(stream)[0].json()
        events_text = http.post(c1.embed_url + "/responses", json={"model": MODEL, "input": "hi", "stream": True}).text
        events: dict[str, dict[str, Any]] = {}
        for frame in sse_frames.parse(events_text):
            if frame.data != "[DONE]":
                events.setdefault(frame.json()["type"], frame.json())
        conversation_body = {"items": [{"type": "message", "role": "user", "content": "hi"}]}
        conversation = http.post(c1.root_url + "/v1/conversations", json=conversation_body).json()
        items = http.get(c1.root_url + f"/v1/conversations/{conversation['id']}/items").json()
    return Samples(
        completion=_normalise(completion),
        response=_normalise(response),
        conversation=_normalise(conversation),
        item=_normalise(items["data"][0]),
        chunk=_normalise(chunk),
        response_events=_normalise(events),
    )
