"""thesys_c1.content reads answers the way @thesysai/genui-sdk's own parser does.

The React SDK's parser runs in Node from examples/react-chat/node_modules
(installed by `npm ci` there; CI does it). Whole answers and every prefix the
stream encoder would send are compared.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from thesys_c1.content import AnswerParser, AnswerWriter, C1Answer, escape, parse_answer

REPO = Path(__file__).resolve().parent.parent
NODE_MODULES = REPO / "examples" / "react-chat" / "node_modules"
SCRIPT = Path(__file__).resolve().parent / "react_sdk" / "parse_with_sdk.mjs"

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
    pytest.mark.skipif(
        not (NODE_MODULES / "@thesysai" / "genui-sdk").is_dir(),
        reason="examples/react-chat/node_modules is missing: run `npm ci` in examples/react-chat",
    ),
]


def _sdk_parse(texts: list[str]) -> list[dict[str, Any]]:
    done = subprocess.run(
        ["node", str(SCRIPT), str(NODE_MODULES)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


def _ours(answer: C1Answer) -> dict[str, Any]:
    content = answer.content
    return {
        "content": None if content is None else (content.payload.strip(), content.version),
        "think": [(item.title, item.content, item.ephemeral) for item in answer.think_items],
        "markdown": [part.text for part in answer.custom_markdown],
        "context": answer.context.text if answer.context else "",
    }


def _theirs(parsed: dict[str, Any]) -> dict[str, Any]:
    contents = [part for part in parsed["messageParts"] if part["type"] == "content"]
    return {
        # The SDK adds whitespace between elements to the content block; it means nothing there.
        "content": None if not contents else (contents[0]["data"].strip(), contents[0]["version"]),
        "think": [(item["title"], item["content"], item["ephemeral"]) for item in parsed["think"]],
        "markdown": [part["data"]["content"] for part in parsed["messageParts"] if part["type"] == "custommarkdown"],
        "context": parsed["context"],
    }


def _answers() -> list[str]:
    writer = AnswerWriter()
    writer.think('Reading & "thinking"', "step <1>")
    writer.think("kept", "it's", ephemeral=False)
    writer.component(
        {
            "component": "Card",
            "props": {
                "children": [
                    {"component": "TextContent", "props": {"textMarkdown": "Tom's <b>bold</b> & 'quotes' — ünïcode 😀"}}
                ]
            },
        }
    )
    writer.custom_markdown("**Sources**: a & b < c")
    writer.context([{"form": {"qty": 2}}])
    tree = {"component": {"component": "Card"}, "error": None}
    c1_like = '<content thesys="true">' + escape(json.dumps(tree)) + "</content>"
    version_two = '<content thesys="true" version="2">```openui\nroot = Card([h])\n```</content>'
    return [writer.text, c1_like, version_two, "<thinkitem><thinkitemtitle>x</thinkitemtitle></thinkitem>\n" + c1_like]


def test_whole_answers_read_the_same() -> None:
    answers = _answers()
    for text, parsed in zip(answers, _sdk_parse(answers), strict=True):
        assert _ours(parse_answer(text)) == _theirs(parsed), text


def test_every_prefix_the_encoder_would_send_reads_the_same() -> None:
    text = _answers()[0]
    prefixes: list[str] = []
    ours: list[dict[str, Any]] = []
    parser = AnswerParser()
    for index in range(len(text)):
        parser.feed(text[index])
        sendable = text[: parser.consumed]
        if not prefixes or prefixes[-1] != sendable:
            prefixes.append(sendable)
            ours.append(_ours(parser.snapshot()))
    assert len(prefixes) > 100
    for prefix, mine, parsed in zip(prefixes, ours, _sdk_parse(prefixes), strict=True):
        assert mine == _theirs(parsed), prefix
