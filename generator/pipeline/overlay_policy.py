"""This project's rules for its own overlays/, stricter than the Overlay specification.

The specification lets an action change nothing: a target that selects no
node succeeds, and an action may give no modifier, or fields that the text
says have no impact. For overlays/ each of those is a mistake: every action
stands for one C1 rule, so one that changes nothing is a rule that silently
stopped applying. The general engine (``overlay``) accepts such documents;
this module refuses them, with messages of its own.
"""

from __future__ import annotations

from typing import Any

from .overlay import Action, Overlay, apply_action


class OverlayPolicyError(Exception):
    """A valid overlay in overlays/ breaks this project's stricter rules."""


def check_actions_change_something(overlay: Overlay, source: str) -> None:
    """Refuse actions that could never change the spec, before anything is applied."""
    for action in overlay.actions:
        reason = _why_inert(action)
        if reason is not None:
            raise OverlayPolicyError(
                f"{source}: {action.label}: {reason}; every action in overlays/ must change the spec"
            )


def _why_inert(action: Action) -> str | None:
    ignored = action.inert_fields
    if action.remove and ignored:
        named = " and ".join(f"'{name}'" for name in ignored)
        return f"{named} has no impact next to remove: true (the specification ignores it)"
    if ignored:
        return "'update' and 'copy' are both given, and then neither has an impact"
    if action.effect == "nothing":
        return "it has no 'update', 'copy' or 'remove: true', so it changes nothing"
    return None


def apply_every_action_matching(document: Any, overlay: Overlay, source: str) -> Any:
    """Apply ``overlay``, refusing any action whose target selects nothing."""
    for action in overlay.actions:
        document, selected = apply_action(document, action, source=source)
        if not selected:
            raise OverlayPolicyError(
                f"{source}: {action.label}: the target selects nothing in the spec, and every action in"
                " overlays/ must match so that no C1 rule silently stops applying (fix the target or drop"
                " the action)"
            )
    return document
