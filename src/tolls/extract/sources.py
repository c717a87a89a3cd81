"""Source recogniser: who asserts figures, from `sources.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tolls.extract._automaton import Hit, PhraseMatcher, leftmost_longest, lexicon_entries
from tolls.extract.mentions import Mention
from tolls.lexicons import load


@dataclass(slots=True, frozen=True)
class SourceInfo:
    name: str
    type: str  # monitor | activist | health_ministry | military | government | state_media | ...
    independence: str  # sources sharing this group are not independent of each other
    generic: bool = False  # an unnamed source ("activists", "medics")
    actor: str | None = None  # the party a military or government source speaks for


@cache
def _records() -> tuple[dict[str, Any], ...]:
    return tuple(load("sources")["sources"])


@cache
def matcher() -> PhraseMatcher:
    return PhraseMatcher(lexicon_entries(_records(), lambda r: r["name"]))


def find_sources(text: str, until: int | None = None,
                 hits: list[Hit] | None = None) -> list[Mention]:
    """Known source mentions in `text`; `value` is the canonical source name."""
    hits = leftmost_longest(matcher().hits(text, until=until) if hits is None else hits)
    return [Mention(h.start, h.end, text[h.start:h.end], h.entries[0].payload) for h in hits]


@cache
def _info_by_name() -> dict[str, SourceInfo]:
    return {
        r["name"]: SourceInfo(r["name"], r["type"], r.get("independence", r["name"]),
                              bool(r.get("generic", False)), r.get("actor"))
        for r in _records()
    }


def source_info(name: str) -> SourceInfo:
    """Type and independence group of a canonical source name (unknown: own group)."""
    return _info_by_name().get(name, SourceInfo(name=name, type="unknown", independence=name))


def canonical_source(name: str) -> str:
    """The lexicon's name for `name` when the whole of it is a known source
    ("Raqqa Is Being Slaughtered Silently" -> "RBSS"); otherwise `name` as given."""
    stripped = name.strip()
    found = find_sources(stripped)
    if len(found) == 1 and found[0].end - found[0].start >= 0.6 * len(stripped):
        return found[0].value
    return stripped
