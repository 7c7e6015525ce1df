"""Refusing a request schema keyword that the client's rule checks would not enforce.

The client and the local C1 server check every request against the effective
spec before it is sent (``src/thesys_c1/_lib/rules.py``). A keyword that an
overlay adds to a request schema and that the checker does not know would
generate cleanly and then never be applied: a rule that looks enforced and is
not. So the build stops instead, naming the keyword and where it is; words for
readers (``description``, ``examples``, ...) and other tools' ``x-`` extensions
are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..speclib import specdoc
from .validate import SpecInvalid

_COMPONENT = "#/components/schemas/"


class UnenforcedKeyword(SpecInvalid):
    """A request schema uses a keyword that the rule checker does not enforce."""


@dataclass(frozen=True, order=True)
class Finding:
    keyword: str
    location: str

    @property
    def schema_name(self) -> str:
        if self.location.startswith(_COMPONENT):
            return self.location[len(_COMPONENT) :].split("/", 1)[0]
        return "an inline schema"

    def describe(self) -> str:
        return f"{self.keyword!r} in {self.schema_name} at {self.location}"


def findings(document: dict[str, Any]) -> set[Finding]:
    return {
        Finding(keyword, site.location)
        for site in specdoc.request_schemas(document)
        for keyword in specdoc.unenforced_keywords(site.schema)
    }


def refuse_new_unenforced_keywords(document: dict[str, Any], source: str, before: set[Finding]) -> set[Finding]:
    """The findings of ``document``; UnenforcedKeyword naming ``source`` when it has any not in ``before``."""
    try:
        found = findings(document)
    except LookupError:
        return before  # a reference that points nowhere: the validation that follows names it
    new = sorted(found - before)
    if new:
        listed = "; ".join(finding.describe() for finding in new)
        raise UnenforcedKeyword(
            f"{source} puts a keyword into a request schema that the client's rule checks do not enforce:"
            f" {listed}. A request breaking it would be sent unchecked: express the rule with a keyword"
            " the checks know (ENFORCED_KEYWORDS in src/thesys_c1/_lib/specdoc.py), or teach"
            " src/thesys_c1/_lib/rules.py the keyword and add it there"
        )
    return found
