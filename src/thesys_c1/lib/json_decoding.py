"""Decoding the JSON a server sent, with every way it can fail turned into one exception.

``json.loads`` fails with ``ValueError`` on bad text but with ``RecursionError``
on text nested a few thousand levels deep (``[[[[...``), which a hostile or
broken server can send as an answer, an error body or a stream event. Callers
catch ``NotJSON`` alone and turn it into the right typed error.
"""

from __future__ import annotations

import json
from typing import Any


class NotJSON(ValueError):
    """The text is not JSON this SDK can decode."""


def loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise NotJSON("nested too deeply to decode") from None
    except ValueError as error:
        raise NotJSON(str(error)) from None
