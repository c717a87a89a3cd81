"""Event-type recogniser from `events.yaml`, with the ACLED sub-event type of each."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tolls.extract._automaton import Hit, PhraseMatcher, leftmost_longest, lexicon_entries
from tolls.extract.mentions import Mention
from tolls.lexicons import load


@dataclass(slots=True, frozen=True)
class EventInfo:
    name: str
    acled: str | None  # ACLED sub_event_type
    parent: str | None = None  # core type a subtype folds into ("suicide bombing" -> bombing)

    @property
    def core(self) -> str:
        return self.parent or self.name


@cache
def _records() -> tuple[dict[str, Any], ...]:
    return tuple(load("events")["events"])


@cache
def matcher() -> PhraseMatcher:
    return PhraseMatcher(lexicon_entries(_records(), lambda r: r["name"]))


def find_event_types(text: str, until: int | None = None,
                     hits: list[Hit] | None = None) -> list[Mention]:
    """Event-type mentions; `value` is one of the event types in events.yaml."""
    hits = leftmost_longest(matcher().hits(text, until=until) if hits is None else hits)
    return [Mention(h.start, h.end, text[h.start:h.end], h.entries[0].payload) for h in hits]


def event_info(name: str) -> EventInfo:
    """ACLED sub-event type and core type of an event type (unknown: no ACLED type)."""
    for r in _records():
        if r["name"] == name:
            return EventInfo(r["name"], r.get("acled"), r.get("parent"))
    return EventInfo(name, None)


def event_types() -> list[str]:
    return [r["name"] for r in _records()]
