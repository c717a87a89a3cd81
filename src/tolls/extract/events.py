"""Event-type recogniser (placeholder: the lexicon-backed version replaces this body)."""

from __future__ import annotations

from tolls.extract.mentions import Mention


def find_event_types(text: str) -> list[Mention]:
    """Event-type mentions; `value` is one of the event types in events.yaml."""
    return []
