"""``C1`` and ``AsyncC1``: one client for generation (``/embed/...``) and conversations.

Moving from ``OpenAI(base_url="https://api.thesys.dev/v1/embed", api_key=...)``
takes one import and one constructor: ``C1(api_key=...)``; the calls stay the
same. A base URL ending in ``/embed`` (OpenAI style, for generation) or with no
path at all (the docs' conversations client) is taken to mean the API root.

``AsyncC1`` is written once, in ``_async/client.py``; ``C1`` is derived from it
(generator/pipeline/unasync.py). What sends nothing (settings, ``with_options``, building
a call) is shared, in ``client_base``.
"""

from __future__ import annotations

from .._generated._sync.client import C1
from ._async.client import AsyncC1
from .client_base import normalize_base_url

__all__ = ["C1", "AsyncC1", "normalize_base_url"]
