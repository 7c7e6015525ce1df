"""The report ``make api-diff`` prints: breaking changes first."""

from __future__ import annotations

from .change import Change


def render(changes: list[Change], old_label: str, new_label: str, old_version: str, new_version: str) -> str:
    lines = [f"API diff: {old_label} (version {old_version}) -> {new_label} (version {new_version})", ""]
    if not changes:
        lines.append("No API changes.")
        return "\n".join(lines) + "\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    for title, group, mark in (("Breaking changes", breaking, "!"), ("Other changes", other, "")):
        if not group:
            continue
        lines.append(f"{title} ({len(group)}):")
        for change in group:
            usage = f" [{change.usage}]" if change.usage else ""
            sign = mark or {"added": "+", "removed": "-"}.get(change.kind, "~")
            lines.append(f"  {sign} {change.where}{usage}: {change.kind}: {change.what}")
        lines.append("")
    lines.append(f"{len(changes)} change(s), {len(breaking)} breaking.")
    if old_version == new_version:
        lines.append(f"info.version is still {new_version}: bump it in spec/openapi.yaml before releasing.")
    return "\n".join(lines) + "\n"
