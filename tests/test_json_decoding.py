"""The JSON decoder gives the standard library's values, and only ``NotJSON`` on failure, with or without orjson."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import pytest

from thesys_c1 import C1
from thesys_c1._lib import json_decoding
from thesys_c1._lib.json_decoding import NotJSON, loads
from thesys_c1.testing import LocalC1


@pytest.fixture(params=[True, False], ids=["speedups", "stdlib"])
def backend(request: pytest.FixtureRequest) -> Iterator[bool]:
    before = json_decoding.using_speedups()
    json_decoding.use_speedups(request.param)
    try:
        yield request.param
    finally:
        json_decoding.use_speedups(before)


DECODED_AS_STDLIB = [
    '{"id":"c","choices":[{"index":0,"delta":{"content":"w1 "},"finish_reason":null}]}',
    "  [1, 2.5, -0.0, true, null]  \n",
    '"\\ud800 lone surrogate"',  # orjson refuses it; the standard library keeps it
    '"\\udc80\\ud83c\\udf0d"',
    "NaN",
    "[Infinity, -Infinity]",
    "1e400",
    '{"a": 1, "a": 2}',
    '"\\u0000"',
    "[" * 900 + "]" * 900,
    b'{"bytes": "\xc3\xbc"}',
]


@pytest.mark.parametrize("text", DECODED_AS_STDLIB, ids=range(len(DECODED_AS_STDLIB)))
def test_values_are_the_standard_librarys(backend: bool, text: str | bytes) -> None:
    got, expected = loads(text), json.loads(text)
    assert repr(got) == repr(expected)  # repr: NaN is not equal to itself
    assert type(got) is type(expected)


NOT_JSON = [
    ("", "Expecting value"),
    ("[1] x", "Extra data"),
    ('{"a": 1', "Expecting"),
    ("\ufeff[1]", "BOM"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"a": [' * 50_000, "nested too deeply"),
    (b"\xff[1]", "can't decode"),
]


@pytest.mark.parametrize(("text", "message"), NOT_JSON, ids=[message for _, message in NOT_JSON])
def test_failures_are_not_json_with_the_reason(backend: bool, text: str | bytes, message: str) -> None:
    with pytest.raises(NotJSON, match=message):
        loads(text)


def test_the_switch_chooses_the_decoder_streams_take(backend: bool) -> None:
    assert json_decoding.using_speedups() is (backend and json_decoding.speedups_available())
    decode = json_decoding.decoder()
    assert math.isnan(decode("NaN")) and decode('{"x": [1]}') == {"x": [1]}


def test_streams_read_the_same_with_either_decoder(local_c1: LocalC1) -> None:
    seen = {}
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        for speedups in (True, False):
            json_decoding.use_speedups(speedups)
            try:
                messages: Any = [{"role": "user", "content": "/bench chunks=300"}]
                with client.chat.completions.create(model="c1/x", messages=messages, stream=True) as chat:
                    pieces = [chunk.choices[0].delta.content for chunk in chat if chunk.choices]
                    chat_text = chat.get_final_text()
                with client.responses.create(model="c1/x", input="/bench chunks=300", stream=True) as events:
                    kinds = [event.type for event in events]
                    responses_text = events.get_final_text()
            finally:
                json_decoding.use_speedups(True)
            assert chat_text == "".join(piece for piece in pieces if isinstance(piece, str))
            assert kinds.count("response.output_text.delta") == 300 and kinds[-1] == "response.completed"
            seen[speedups] = (chat_text, responses_text)
    assert seen[True] == seen[False] and len(seen[True][0]) > 300
