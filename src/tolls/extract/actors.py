"""Actor recogniser: canonical actors and their aliases from `actors.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tolls.extract._automaton import Entry, PhraseMatcher, compose, leftmost_longest
from tolls.extract.mentions import Mention
from tolls.lexicons import load


@dataclass(slots=True, frozen=True)
class ActorInfo:
    name: str
    kind: str  # state military | armed group | coalition | militia | ... | unknown
    acled: str | None = None  # ACLED actor1 string, for evaluation against ACLED
    ucdp: str | None = None  # UCDP GED side name
    umbrella: str | None = None  # UCDP side a group is coded under ("Syrian insurgents")


def _state_records(states: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Expand the compact `states` list into ordinary actor records."""
    out = []
    for s in states:
        country, demonym = s["country"], s["demonym"]
        out.append({
            "name": s.get("name", country),
            "kind": "state military",
            "acled": s.get("acled"),
            "ucdp": s.get("ucdp"),
            "adjectives": [demonym, f"{country}'s"],
            "compose": "state",
            "aliases": [country, f"Government of {country}", f"{country} government",
                        *s.get("aliases", [])],
        })
    return out


@cache
def _records() -> tuple[dict[str, Any], ...]:
    data = load("actors")
    return tuple(data["actors"] + _state_records(data.get("states", [])))


def _entries() -> list[Entry]:
    heads = load("actors")["heads"]
    entries: list[Entry] = []
    for rec in _records():
        name = rec["name"]
        entries.append(Entry(name, name))
        for alias in rec.get("aliases") or ():
            if isinstance(alias, dict):
                entries.append(Entry(str(alias["alias"]), name, alias.get("case", "auto")))
            else:
                entries.append(Entry(str(alias), name))
        if rec.get("compose"):
            phrases = compose(rec.get("adjectives", []), heads[rec["compose"]])
            entries.extend(Entry(p, name) for p in phrases)
    return entries


@cache
def _matcher() -> PhraseMatcher:
    return PhraseMatcher(_entries())


def find_actors(text: str, until: int | None = None) -> list[Mention]:
    """Actor mentions in `text`; `value` is the canonical actor name."""
    hits = leftmost_longest(_matcher().hits(text, until=until))
    return [Mention(h.start, h.end, text[h.start:h.end], h.entries[0].payload) for h in hits]


@cache
def _info_by_name() -> dict[str, ActorInfo]:
    return {
        r["name"]: ActorInfo(r["name"], r.get("kind", "unknown"), r.get("acled"), r.get("ucdp"),
                             r.get("umbrella"))
        for r in _records()
    }


def actor_info(name: str) -> ActorInfo:
    """Kind and ACLED/UCDP names of a canonical actor (unknown name: kind "unknown")."""
    return _info_by_name().get(name, ActorInfo(name=name, kind="unknown"))


def actor_names() -> list[str]:
    """Every canonical actor name, in lexicon order."""
    return [r["name"] for r in _records()]
