"""Site recogniser (hospital, market, mosque, ...) from `sites.yaml`."""

from __future__ import annotations

import re
from functools import cache

from tolls.extract._automaton import (
    Entry,
    Hit,
    PhraseMatcher,
    leftmost_longest,
    phrase_alternation,
)
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


@cache
def _care() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """Care sites and the words that make a mention of one the place of treatment."""
    lex = load("sites")
    care = frozenset(r["name"] for r in lex["sites"] if r.get("care"))
    before_words = phrase_alternation(lex["care_before"])
    after_words = phrase_alternation(lex["care_after"])
    before = re.compile(rf"\b(?:{before_words})\s+(?:[\w'’.-]+\s+){{0,3}}$", re.I)
    after = re.compile(rf"[\s,]+(?:(?:were|was|are|is|already)\s+)?(?:{after_words})\b", re.I)
    return care, before, after


def _for_care(text: str, start: int, end: int) -> bool:
    _, before, after = _care()
    return bool(before.search(text, max(0, start - 60), start) or after.match(text, end))


def find_sites(text: str, until: int | None = None,
               hits: list[Hit] | None = None) -> list[Mention]:
    """Site mentions (hospital, market, ...); `value` is the canonical site name.
    A hospital the wounded were taken to is not a site of the attack."""
    hits = leftmost_longest(matcher().hits(text, until=until) if hits is None else hits)
    care = _care()[0]
    return [Mention(h.start, h.end, text[h.start:h.end], h.entries[0].payload) for h in hits
            if h.entries[0].payload not in care or not _for_care(text, h.start, h.end)]
