"""Site recogniser (hospital, market, mosque, ...) from `sites.yaml`."""

from __future__ import annotations

from functools import cache

from tolls.extract._automaton import Entry, Hit, PhraseMatcher, leftmost_longest
from tolls.extract.mentions import Mention
from tolls.lexicons import load


def plurals(phrase: str) -> list[str]:
    """Regular English plurals of a phrase's last word ("bus station" -> "bus stations")."""
    head, _, last = phrase.rpartition(" ")
    prefix = f"{head} " if head else ""
    if not last or not last[-1].isalpha() or last.isupper():
        return []
    if last.endswith(("s", "x", "ch", "sh", "z")):
        forms = [f"{last}es"]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = [f"{last[:-1]}ies"]
    else:
        forms = [f"{last}s"]
    return [prefix + f for f in forms]


@cache
def matcher() -> PhraseMatcher:
    entries: list[Entry] = []
    for rec in load("sites")["sites"]:
        name = rec["name"]
        auto_plural = rec.get("plurals", True)
        for alias in [name, *rec.get("aliases", [])]:
            entries.append(Entry(alias, name))
            if auto_plural:
                entries.extend(Entry(p, name) for p in plurals(alias))
    return PhraseMatcher(entries)


def find_sites(text: str, until: int | None = None,
               hits: list[Hit] | None = None) -> list[Mention]:
    """Site mentions (hospital, market, ...); `value` is the canonical site name."""
    hits = leftmost_longest(matcher().hits(text, until=until) if hits is None else hits)
    return [Mention(h.start, h.end, text[h.start:h.end], h.entries[0].payload) for h in hits]
