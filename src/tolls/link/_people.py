"""People named in a report: who was shot, who is charged.

Local news names a shooting's victims and suspects with their age in
apposition ("Alex Doe, 24, was shot ..."), and every later story about the
case (arrest, charges, trial, sentencing) names them again, with or without
the age. Two reports naming the same person are about one case, whatever
town each is filed from and however far apart they are published, where
their days and towns say nothing. Capitalised words read as names without
an age ("Associated Press", "Good Samaritan") are too loose to start a
link, so a name only counts when one of the two reports gives the age.
A headline without a name gives the child's age instead ("Boy, 3, shot").
"""

from __future__ import annotations

import re

from tolls.lexicons import load

# A name word: "Smith", "O'Brien", "McDonald", "DeShawn", "Jean-Luc".
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]*'?[A-ZÀ-Þ]?[a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
# A day of the week after a name is when ("sentenced Kevin Doe Monday").
_LAST = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
# First (middle initial or middle name) last, then ", 24" or ", age 24".
_AGED = re.compile(
    rf"\b({_WORD})(?:\s+[A-Z]\.)?(?:\s+{_WORD})?\s+({_WORD})"
    r"(?:\s+(?:Jr|Sr|II|III|IV)\.?)?,\s+(?:age\s+|(?:a|an|the)\s+(?=\d{1,2}-year-old))?\d{1,2}\b")
# "a 24-year-old Alex Doe", "identified the victim as Alex Doe", with up to
# two middle names ("29-year-old Omar Mir Seddique Mateen").
_AGED_BEFORE = re.compile(
    rf"(?:\b\d{{1,2}}-year-old|\bidentified (?:\w+ ){{0,3}}as)\s+({_WORD})(?:\s+[A-Z]\.)?"
    rf"(?:\s+{_WORD}){{0,2}}\s+{_LAST}({_WORD})\b")
# Any first (middle) last: how a later report names the person again. The
# lookahead finds overlapping pairs ("Police said John Doe": "said John" is
# no name, "John Doe" is).
_NAMED = re.compile(rf"\b(?=({_WORD})(?:\s+[A-Z]\.)?(?:\s+{_WORD})?\s+({_WORD})\b)")
# Capitalised words that are no part of a name (lexicons/linking.yaml).
_NOT_NAMES = frozenset(load("linking")["not_names"])


def _key(first: str, last: str) -> str | None:
    first, last = first.lower(), last.lower()
    if first in _NOT_NAMES or last in _NOT_NAMES:
        return None
    return f"{first} {last}"


def aged_people(text: str) -> list[str]:
    """Names given with an age ("Alex Doe, 24"), as "first last", in text order."""
    found = sorted([*_AGED.finditer(text), *_AGED_BEFORE.finditer(text)],
                   key=lambda m: m.start())
    keys = (_key(m.group(1), m.group(2)) for m in found)
    return list(dict.fromkeys(k for k in keys if k))


def named_people(text: str) -> list[str]:
    """Every capitalised first-last pair, as "first last" (a later report's
    way of naming the person again, with or without the age)."""
    keys = (_key(m.group(1), m.group(2)) for m in _NAMED.finditer(text))
    return list(dict.fromkeys(k for k in keys if k))


_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_AGE_NUMBER = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
# "3-year-old", "Three-Year-Old", "Boy, 3", "girl, 14": a headline gives the
# victim's age (and a follow-up's headline the same one: "... shooting of
# 14-year-old").
_AGE = re.compile(
    rf"\b{_AGE_NUMBER}[- ]year[- ]old\b"
    rf"|\b(?:boy|girl|teen|toddler|child|son|daughter|brother|sister),\s+{_AGE_NUMBER}\b",
    re.I)


def headline_ages(title: str) -> list[int]:
    """Ages under 20 a headline gives ("Boy, 3, shot"; "14-year-old girl killed")."""
    out = []
    for m in _AGE.finditer(title):
        word = (m.group(1) or m.group(2)).lower()
        age = int(word) if word.isdigit() else _NUMBER_WORDS.index(word) + 1
        if age < 20 and age not in out:
            out.append(age)
    return out
