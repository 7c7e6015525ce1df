"""Server-sent events read as a client must read them: frames split on blank lines."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Frame:
    event: str | None
    data: str

    def json(self) -> Any:
        return json.loads(self.data)


def frames_from_lines(lines: Iterable[str]) -> list[Frame]:
    frames: list[Frame] = []
    event: str | None = None
    data: list[str] = []
    for line in lines:
        if line == "":
            if data or event is not None:
                frames.append(Frame(event, "\n".join(data)))
            event, data = None, []
        elif line.startswith("event:"):
            event = line[len("event:") :].strip()
        elif line.startswith("data:"):
            data.append(line[len("data:") :].removeprefix(" "))
    if data or event is not None:
        frames.append(Frame(event, "\n".join(data)))
    return frames


def parse(text: str) -> list[Frame]:
    return frames_from_lines(text.split("\n"))
