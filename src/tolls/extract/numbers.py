"""Quantity expressions: numbers in digits and words, ranges, qualifiers, vague words.

`find_quantities(s)` returns every quantity expression in a sentence with its
interval reading. It does not decide whether the quantity is a toll; that is
`tolls.extract.figures`' job (it looks at the words around each quantity).

Interval conventions (inclusive, None = open end), documented in Figure:
  exact "5"               -> 5..5
  at_least "at least 70"  -> 70..None
  more_than "over 60"     -> 61..None      (ACLED value 60: the number stated)
  up_to "as many as 10"   -> None..10
  at_most "at most 10"    -> None..10;  "fewer than 10" -> None..9
  about "about 100"       -> 90..110;   "nearly 100" -> 90..99   (vague.yaml)
  range "7-10", "between seven and ten", "two or three" -> 7..10
  vague "dozens"          -> vague.yaml interval, ACLED value from vague.yaml
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tolls.extract._automaton import match_form, trie, word_starts
from tolls.lexicons import load

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_NUMWORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
# Digits: "1,200" or "95"; never part of a decimal, time, date, ordinal, code or word.
_DIGITS = (
    r"(?<![\w$£€#/.:,-])(?:\d{1,3}(?:,\d{3})+|\d+)"
    r"(?![\w%]|[.:/]\d|,\d{3}|-\d{3,}|-\d+-)"
)
# Words: "two hundred and nine", "twenty-five", "a hundred", "a dozen", "half a dozen".
_WORDS = (
    rf"(?:(?:half\s+)?a\s+(?=(?:dozen|hundred|thousand)\b))?\b(?:{_NUMWORD})\b"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_NUMWORD})\b)*"
)
_NUM = rf"(?:{_DIGITS}|{_WORDS})"
# The second number of a hyphenated range ("7-10") may follow a hyphen.
_DIGITS_AFTER_DASH = r"(?<![\w$£€#/.:,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w%-]|[.:/]\d|,\d{3})"

# Order matters: longer phrases first.
_QUALIFIERS: list[tuple[str, str]] = [
    (r"no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of|at\s+least"
     r"|at\s+the\s+very\s+least|a\s+total\s+of\s+at\s+least", "at_least"),
    (r"more\s+than|upwards\s+of|in\s+excess\s+of|exceeded|exceeding|exceeds|surpassed"
     r"|topped|over|above|well\s+over", "more_than"),
    (r"as\s+many\s+as|up\s+to|as\s+high\s+as", "up_to"),
    (r"at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of", "at_most"),
    (r"fewer\s+than|less\s+than|under", "below"),
    (r"nearly|almost|close\s+to|just\s+under|just\s+short\s+of", "nearly"),
    (r"about|around|some|approximately|roughly|an\s+estimated|estimated|circa"
     r"|an\s+approximate|approx\.?|perhaps|maybe", "about"),
]
_QUAL_RE = "|".join(f"(?P<q{i}>{pat})" for i, (pat, _) in enumerate(_QUALIFIERS))
_RANGE = (
    rf"between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|from\s+(?P<f1>{_NUM})\s+to\s+(?P<f2>{_NUM})"
    rf"|(?P<r1>{_DIGITS})\s*[-–—]\s*(?P<r2>{_DIGITS_AFTER_DASH})"
    rf"|(?P<s1>{_NUM})\s+(?:to|or)\s+(?P<s2>{_NUM})"
)


_CHANGE_RE = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|went\s+up|grew|revised)\s+$", re.I
)


@dataclass(slots=True)
class Quantity:
    """A quantity expression inside one sentence (offsets relative to it)."""

    start: int
    end: int
    low: int | None
    high: int | None
    qualifier: str
    acled: int | None
    stated: int | None  # the number as written (None for vague words)
    vague: str | None = None  # key into vague.yaml when vague
    article: bool = False  # "a"/"an" read as one


def words_to_int(words: str) -> int | None:
    """Parse number words ("two hundred and nine", "twenty-five", "a dozen")."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if not tokens:
        return None
    total = current = 0
    half = False
    for i, tok in enumerate(tokens):
        if tok == "half":
            half = True
        elif tok == "a":
            current = 1
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in ("thousand", "million"):
            total += max(current, 1) * SCALES[tok]
            current = 0
        else:
            return None
        if i and tok in UNITS and tokens[i - 1] in UNITS:
            return None  # "two three" is not one number
    value = total + current
    return value // 2 if half else value


def to_int(s: str) -> int | None:
    s = s.strip()
    if s[:1].isdigit():
        return int(s.replace(",", ""))
    return words_to_int(s)


@cache
def _vague() -> dict:
    return load("vague")


@cache
def _quantity_re() -> re.Pattern[str]:
    vague = "|".join(
        re.escape(k).replace(r"\ ", r"\s+")
        for k in sorted(_vague()["vague"], key=len, reverse=True)
    )
    return re.compile(
        rf"(?:(?:{_QUAL_RE})\s+)?(?:(?P<range>{_RANGE})|(?P<num>{_NUM})|\b(?P<vague>{vague})\b)",
        re.IGNORECASE,
    )


def _approximate(n: int, kind: str) -> tuple[int, int]:
    conf = _vague()["approximate"][kind]
    spread = conf.get("min_spread", 1)
    low = min(math.floor(n * conf["low"] + 1e-9), n - spread)
    if conf["high"] == "below":
        high = max(n - 1, low)
    else:
        high = max(math.ceil(n * conf["high"] - 1e-9), n + spread)
    return max(low, 0), high


def _interval(n: int, qual: str) -> tuple[int | None, int | None, str]:
    """(low, high, qualifier) for a stated number under a qualifier group."""
    if qual == "at_least":
        return n, None, "at_least"
    if qual == "more_than":
        return n + 1, None, "more_than"
    if qual == "up_to":
        return None, n, "up_to"
    if qual == "at_most":
        return None, n, "at_most"
    if qual == "below":
        return None, max(n - 1, 0), "at_most"
    if qual in ("nearly", "about"):
        low, high = _approximate(n, qual)
        return low, high, "about"
    return n, n, "exact"


_QUAL_GROUPS = [(f"q{i}", name) for i, (_, name) in enumerate(_QUALIFIERS)]


def _qualifier(m: re.Match[str]) -> str | None:
    if m.string[m.start()].isdigit():
        return None  # a qualifier is words: the match would start with its letter
    for group, name in _QUAL_GROUPS:
        if m.group(group):
            return name
    return None


def _range_bounds(m: re.Match[str]) -> tuple[int | None, int | None]:
    for a, b in (("b1", "b2"), ("f1", "f2"), ("r1", "r2"), ("s1", "s2")):
        if m.group(a):
            return to_int(m.group(a)), to_int(m.group(b))
    return None, None


def _from_match(m: re.Match[str]) -> Quantity | None:
    qual = _qualifier(m)
    start, end = m.start(), m.end()
    if m.group("vague"):
        key = re.sub(r"\s+", " ", m.group("vague").lower())
        entry = _vague()["vague"][key]
        return Quantity(start, end, entry["low"], entry["high"], "vague", entry["acled"],
                        None, vague=key)
    if m.group("range"):
        a, b = _range_bounds(m)
        if a is None or b is None:
            return None
        if b < a:  # "7-10" fine; "10-7" is more likely a score or a code
            return None
        if qual in ("about", "nearly"):
            return Quantity(start, end, a, b, "range", a, a)
        return Quantity(start, end, a, b, "range", a, a)
    n = to_int(m.group("num"))
    if n is None:
        return None
    if qual is None:
        return Quantity(start, end, n, n, "exact", n, n)
    low, high, q = _interval(n, qual)
    return Quantity(start, end, low, high, q, n, n)


@cache
def _anchor_re() -> re.Pattern[str]:
    """Cheap first pass: offsets where a quantity could start (the first digit of a
    run of digits, or the first word of a number, qualifier or vague phrase).
    Trying the big pattern only there, instead of at every offset, was most of
    the extractor's time.

    It runs without IGNORECASE over `match_form(s)` (same offsets, faster). The
    words are factored into a trie (`trie`): `re` tries the alternatives of a
    flat alternation one by one at every word start, a trie only once. A digit
    after a word character never starts a quantity (the lookbehind of `_DIGITS`
    forbids it), so every anchor is a word start (`word_starts`: it runs over
    " " + `match_form(s)`) and a run of digits is one anchor."""
    phrases = [*_vague()["vague"], "half", "between", "from"]
    core = {p.split()[0] for p in phrases if p.strip()} | {*UNITS, *TENS, *SCALES, "dozen"}
    # A word that only starts qualifiers ("in" of "in excess of", "at" of "at
    # least") starts a quantity only when a whole qualifier follows it (a
    # number cannot start there): a lookahead per word drops the other "in"s
    # and "at"s, which were a third of all anchors, before the big pattern.
    rests: dict[str, list[str]] = {}
    for pat, _ in _QUALIFIERS:
        for alt in _top_level(pat):
            word = re.match(r"[a-z]+", alt).group()
            rests.setdefault(word, []).append(alt[len(word):])
    # Likewise "a"/"an" (a fifth of all anchors, nearly all failing): they
    # start a quantity only before the rest of a qualifier, of a vague phrase
    # ("a few", "an unknown number of") or of "a dozen/hundred/thousand".
    # (A qualifier is followed by whitespace and a number; these need not be.)
    core -= {"a", "an"}
    ends: dict[str, list[str]] = {"a": [r"\s+(?:dozen|hundred|thousand)"]}
    for key in _vague()["vague"]:
        word, _, rest = key.partition(" ")
        if word in ("a", "an"):
            ends.setdefault(word, []).append(r"\s+" + re.escape(rest).replace(r"\ ", r"\s+"))
    by_char: dict[str, list[str]] = {}
    for word in sorted((set(rests) | set(ends)) - core):
        follow = [f"(?:{'|'.join(rests[word])})\\s"] if word in rests else []
        follow += ends.get(word, [])
        by_char.setdefault(word[0], []).append(rf"{word[1:]}(?={'|'.join(follow)})")
    quals = "|".join(f"{c}(?:{'|'.join(alts)})" for c, alts in by_char.items())
    return word_starts(rf"\d+|(?:{trie(sorted(core))})\b|(?:{quals})\b")


def _top_level(pattern: str) -> list[str]:
    """The alternatives of `pattern` outside any group."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and pattern[i - 1:i] != "\\":
            depth += 1
        elif ch == ")" and pattern[i - 1:i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _matches(s: str, low: str) -> Iterator[re.Match[str]]:
    full = _quantity_re().match
    pos = 0
    for a in _anchor_re().finditer(f" {low}"):  # (`word_starts`: starts are offsets in low)
        start = a.start()
        if start < pos:
            continue
        m = full(s, start)
        if m is None or m.end() == start:
            continue
        yield m
        pos = m.end()


def find_quantities(s: str, low: str | None = None) -> list[Quantity]:
    """All quantity expressions in sentence `s`, left to right, non-overlapping.
    `low` is `match_form(s)`, when the caller has it already."""
    out: list[Quantity] = []
    for m in _matches(s, match_form(s) if low is None else low):
        if m.group("f1") and _CHANGE_RE.search(s, 0, m.start()):
            # "the toll rose from 60 to 87" is a change, not a range: keep 87.
            m = _quantity_re().match(s, m.start("f2"))
            if m is None:
                continue
        q = _from_match(m)
        if q is not None:
            out.append(q)
        elif m.group("range"):  # unparseable range: fall back to its first number
            for sub in _quantity_re().finditer(s, m.start(), m.end()):
                if sub.group("num"):
                    q = _from_match(sub)
                    if q:
                        out.append(q)
                    break
    return out


def vague_acled(key: str, major: bool) -> int | None:
    """ACLED value of a vague phrase; `major` = a major attack in a war zone."""
    entry = _vague()["vague"][key]
    return entry.get("acled_major", entry["acled"]) if major else entry["acled"]
