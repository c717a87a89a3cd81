"""Streets a report names: where a shooting happened, said again by its follow-ups.

Local news places a shooting on a street ("in the 4400 block of Moss
Trail", "outside a club on Prospect Avenue"), and the next stories of the
case (the victim named, an arrest, charges) name the same street, where
their headline towns differ or name none. A street is read as one to three
capitalised words (or an ordinal) before a street word; the direction
("West 79th Street") is dropped, the street word abbreviated ("Ave." and
"Avenue" are one street). A numbered street ("79th Street") runs through
every part of a city and counts only with its block or house number.
"""

from __future__ import annotations

import re

from tolls.lexicons import load

_LEXICON = load("linking")
# The street words and their one spelling (lexicons/linking.yaml).
_SUFFIX: dict[str, str] = _LEXICON["street_words"]
_NAME = r"(?:[A-Z][a-z]+(?:'[a-z]+)?|\d+(?:st|nd|rd|th)|Jr\.)"
# "St." before a capitalised word is a saint ("St. Louis"), not a street.
_WORDS = "|".join([*sorted((w.capitalize() for w in _SUFFIX if w != "st"),
                           key=lambda w: (-len(w), w)),
                   r"St\b(?!\.?\s+[A-Z][a-z])"])
# "4400 block of Moss Trail", "4439 Pease Street", "on Algonquin Parkway".
_STREET = re.compile(
    rf"(?:\b(\d{{2,5}})\s+(?:block\s+of\s+)?)?\b((?:{_NAME}\s+){{1,3}})({_WORDS})\b")
# Words dropped from a street's name (directions), and words that make no
# street (courts, bodies: "Superior Court", "Wall Street").
_DIRECTIONS = frozenset(_LEXICON["street_directions"])
_NOT_STREETS = frozenset(_LEXICON["not_streets"])


def streets(text: str) -> list[str]:
    """The streets a text names, as "moss trl" or "1200 79th st", in text order.

    A text that gives an address ("the 1700 block of Kansas Avenue", "4439
    Pease Street") says there where it happened: its streets without a
    number are where the victims were taken or fled ("stopped for help near
    14th Street and Prospect Avenue"), so only its addressed streets count.
    """
    named = _streets(text)
    return [key for key, addressed in named if addressed] or [key for key, _ in named]


def _streets(text: str) -> list[tuple[str, bool]]:
    """Each street the text names once, and whether some mention of it gives
    a house or block number."""
    out: dict[str, bool] = {}
    for m in _STREET.finditer(text):
        words = m.group(2).lower().replace(".", "").split()
        if any(w in _NOT_STREETS for w in words):
            continue
        while words and words[0] in _DIRECTIONS:
            words = words[1:]
        if not words:
            continue
        key = " ".join([*words, _SUFFIX[m.group(3).lower()]])
        if words[0][0].isdigit():
            if not m.group(1):
                continue  # "79th Street" alone: any part of the city
            key = f"{m.group(1)} {key}"
        out[key] = out.get(key, False) or bool(m.group(1))
    return list(out.items())
