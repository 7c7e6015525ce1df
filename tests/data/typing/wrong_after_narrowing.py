"""User code that must fail type checking: after `.type ==` narrowing, an attribute of another member is an error.

tests/test_typed_example.py expects mypy --strict and pyright to report an attribute error on each marked line
and nothing else; if narrowing stopped narrowing (a member with `type: str` back in the union), these lines would change
from "no such attribute on the narrowed member" to other errors or none.
"""

from __future__ import annotations

from thesys_c1.types import ResponseObject, ResponseStreamEvent


def wrong_event_field(event: ResponseStreamEvent) -> None:
    if event.type == "response.output_text.delta":
        print(event.arguments)  # error: arguments belongs to the function call arguments events


def wrong_item_field(response: ResponseObject) -> None:
    for item in response.output:
        if item.type == "function_call":
            print(item.content)  # error: content belongs to output messages
