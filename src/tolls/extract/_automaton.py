"""Shared whole-word, leftmost-longest phrase matching on pyahocorasick.

Every lexicon recogniser (actors, sources, sites, events, places) runs one
Aho-Corasick automaton over a *normalised* copy of the text:

* lower-cased, Latin diacritics folded ("Zōr" -> "zor"), and every non-word
  character (punctuation, hyphens, apostrophes, underscores) turned into a
  space, so "al-Raqqa", "al Raqqa" and "Al-Raqqa" are one key;
* the mapping is one character to one character, so offsets in the
  normalised text are offsets in the original (no offset tables);
* keys are padded with a space on both sides and the text too, so a key can
  only match whole words ("IS" never fires inside "this") without any
  per-match boundary test.

Acronym tokens (all upper case, two letters or more: "IS", "LCC", "US")
must match case-sensitively; everything else matches in any case. A lexicon
entry can override this with `case: exact` (whole alias as written) or
`case: any`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

_NON_WORD = re.compile(r"[\W_]")


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics -> base letter, built once (single chars only)."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(cp))[0]
        if base.isascii() and base.isalpha() and base != chr(cp):
            table[cp] = base
    # Transliteration marks for ayn/hamza are part of a word in Unicode (\w)
    # but not in the spellings people type: treat them like apostrophes.
    for mark in "ʿʾʻʼ‘’`´":
        table[ord(mark)] = " "
    return table


_FOLD = _fold_table()
# ASCII non-word characters (and "_") -> space; non-ASCII ones are mapped
# by `_normal_run`.
_ASCII_SPACE = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == " ")}
# The same mapping for ASCII text as a byte table: `bytes.translate` is many
# times faster than `str.translate` with a dict.
_ASCII_SPACE_BYTES = bytes.maketrans(bytes(_ASCII_SPACE), b" " * len(_ASCII_SPACE))


@lru_cache(maxsize=4)
def normalise(text: str) -> str:
    """Length-preserving normal form used for both keys and text.

    Cached: the extractor runs five recognisers over the same text in a row.
    """
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lowers to two code points: go char by char
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if not low.isascii():
        # Most text is ASCII with a few curly quotes or accents: map just those
        # one by one, then the ASCII rest through the byte table.
        low = _NON_ASCII_RUN.sub(_normal_run, low)
        if not low.isascii():  # word characters outside Latin (Arabic...) remain
            return low.translate(_ASCII_SPACE)
    return low.encode("ascii").translate(_ASCII_SPACE_BYTES).decode("ascii")


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_WORD_CHAR = re.compile(r"\w")


def _normal_run(m: re.Match[str]) -> str:
    """`normalise` of a run of lower-cased non-ASCII characters: a Latin letter
    folded (or a transliteration mark made a space), any other word character
    kept, anything else a space."""
    return "".join(
        _FOLD.get(ord(c)) or (c if _WORD_CHAR.match(c) else " ") for c in m.group())


def _case_form(text: str) -> str:
    """Like `normalise` but keeps case, to compare acronym tokens."""
    return _NON_WORD.sub(" ", text.translate(_FOLD))


@dataclass(slots=True, frozen=True)
class Entry:
    """One alias as written in a lexicon and what it stands for."""

    alias: str
    payload: Any
    case: str = "auto"  # auto | exact | any

    def accepts(self, surface: str) -> bool:
        """Does `surface` (the matched text) satisfy this alias's case rule?"""
        if self.case == "any":
            return True
        if self.case == "exact":
            return _case_form(surface) == _case_form(self.alias)
        alias_tokens = _case_form(self.alias).split()
        surface_tokens = _case_form(surface).split()
        return all(
            s == a
            for a, s in zip(alias_tokens, surface_tokens, strict=False)
            if len(a) >= 2 and a.isupper()
        )


@dataclass(slots=True, frozen=True)
class Hit:
    start: int
    end: int
    entries: tuple[Entry, ...]


def key_of(alias: str) -> str:
    """Automaton key of an alias: normalised, trimmed, space-padded."""
    return f" {normalise(alias).strip()} "


class PhraseMatcher:
    """An automaton over many aliases; built once, then used read-only."""

    def __init__(self, entries: Iterable[Entry]):
        groups: dict[str, list[Entry]] = {}
        for entry in entries:
            key = key_of(entry.alias)
            if key.strip():
                groups.setdefault(key, []).append(entry)
        self._groups: list[tuple[Entry, ...]] = []
        self._keys: list[str] = []
        self._lengths: list[int] = []
        # Groups whose every entry accepts any surface: no per-match case test.
        self._free: list[bool] = []
        self._accepted: dict[tuple[int, str], tuple[Entry, ...]] = {}
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, group in groups.items():
            self._automaton.add_word(key, len(self._groups))
            self._groups.append(tuple(group))
            self._keys.append(key)
            self._lengths.append(len(key))
            self._free.append(all(_accepts_anything(e) for e in group))
        self._max_len = max(self._lengths, default=0)
        if self._groups:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._groups)

    def hits(self, text: str, norm: str | None = None, until: int | None = None) -> list[Hit]:
        """Every whole-word match whose case rule holds (may overlap).

        With `until`, only the matches starting before that offset (the scan
        stops once no key could still start there): the same hits as without
        it, less those starting at or after `until`.

        A name broken over a wrapped line ("The Local\n  Coordination
        Committees") matches as if the line break and indentation were one
        space; a blank line (paragraph break) still separates words.
        """
        if not self._groups or not text:
            return []
        if _wrapped(text, len(text) if until is None else until + self._max_len):
            return self._unwrapped_hits(text, until)
        return self._hits(text, norm, until)

    def _unwrapped_hits(self, text: str, until: int | None) -> list[Hit]:
        """`_hits` on `text` with every wrap run squeezed to one space, offsets
        mapped back to `text` (keys are single-spaced, so a run of spaces or a
        line break plus indentation would otherwise split every phrase)."""
        squeezed, origin = unwrap(text)
        cut = None if until is None else bisect_left(origin, until)
        out = []
        for h in self._hits(squeezed, None, cut):
            out.append(Hit(origin[h.start], origin[h.end - 1] + 1, h.entries))
        return out

    def _hits(self, text: str, norm: str | None, until: int | None) -> list[Hit]:
        padded = f" {normalise(text) if norm is None else norm} "
        stop = len(padded) if until is None else min(len(padded), until + self._max_len + 2)
        limit = len(text) if until is None else until
        lengths = self._lengths
        out: list[Hit] = []
        for last, index in self._automaton.iter(padded, 0, stop):
            # Key spans padded[last-len+1 .. last]; without the two pad spaces and
            # the leading text pad, that is text[last-len+1 : last-1].
            start = last - lengths[index] + 1
            if start < limit:
                self._add_hit(text, start, last - 1, index, out)
        return out

    def _add_hit(self, text: str, start: int, end: int, index: int, out: list[Hit]) -> None:
        """Append the hit of key `index` at text[start:end] to `out` if its case rule holds."""
        if self._free[index]:
            out.append(Hit(start, end, self._groups[index]))
            return
        surface = text[start:end]
        accepted = self._accepted
        ok = accepted.get((index, surface))
        if ok is None:
            ok = tuple(e for e in self._groups[index] if e.accepts(surface))
            if len(accepted) < 50_000:
                accepted[(index, surface)] = ok
        if ok:
            out.append(Hit(start, end, ok))


class MatcherSet:
    """Several `PhraseMatcher`s on one automaton: one scan of a text gives every
    matcher's `hits` (the same lists, in the same order) instead of one scan
    each; the lexicon recognisers of a document all read the same text up to
    the same offset."""

    def __init__(self, matchers: Sequence[PhraseMatcher]):
        self._matchers = tuple(matchers)
        refs: dict[str, list[tuple[int, int]]] = {}
        for number, matcher in enumerate(self._matchers):
            for index, key in enumerate(matcher._keys):
                refs.setdefault(key, []).append((number, index))
        self._refs: list[tuple[tuple[int, int], ...]] = []
        self._lengths: list[int] = []
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, owners in refs.items():
            self._automaton.add_word(key, len(self._refs))
            self._refs.append(tuple(owners))
            self._lengths.append(len(key))
        self._max_len = max(self._lengths, default=0)
        if self._refs:
            self._automaton.make_automaton()

    def hits(self, text: str, until: int | None = None) -> list[list[Hit]]:
        """`[m.hits(text, until=until) for m in matchers]`, in one scan."""
        matchers = self._matchers
        if not self._refs or not text or _wrapped(
                text, len(text) if until is None else until + self._max_len):
            # (no wrap before the longest key's reach: none before any matcher's)
            return [m.hits(text, until=until) for m in matchers]
        padded = f" {normalise(text)} "
        stop = len(padded) if until is None else min(len(padded), until + self._max_len + 2)
        limit = len(text) if until is None else until
        lengths, refs = self._lengths, self._refs
        outs: list[list[Hit]] = [[] for _ in matchers]
        for last, ref in self._automaton.iter(padded, 0, stop):
            start = last - lengths[ref] + 1
            if start < limit:
                for number, index in refs[ref]:
                    matchers[number]._add_hit(text, start, last - 1, index, outs[number])
        return outs


# Whitespace that wraps a line or pads words: a line break with indentation
# or trailing spaces, or two or more spaces/tabs. Not a blank line. (The
# look-ahead changes no match: it only lets every other character fail at
# once instead of trying the three branches; 3x faster over a document.)
_WRAP = re.compile(r"(?=[ \t\n])(?:[ \t]*\n[ \t]+|[ \t]+\n[ \t]*|[ \t]{2,})")


@lru_cache(maxsize=4)
def _first_wrap(text: str) -> re.Match[str] | None:
    # Every `_WRAP` match holds a tab, two spaces, or a space beside a line
    # break; four substring tests rule out most texts faster than the regex.
    if "\t" not in text and "  " not in text and "\n " not in text and " \n" not in text:
        return None
    return _WRAP.search(text)


def _wrapped(text: str, endpos: int) -> bool:
    """`_WRAP.search(text, 0, endpos) is not None`, with the search over the
    whole text done once per text: the recognisers of one document each ask."""
    first = _first_wrap(text)
    if first is None or first.start() >= endpos:
        return False
    return first.end() <= endpos or _WRAP.search(text, 0, endpos) is not None


@lru_cache(maxsize=4)
def unwrap(text: str) -> tuple[str, list[int]]:
    """`text` with each `_WRAP` run as one space, and for every character of
    the result its offset in `text`."""
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _WRAP.finditer(text):
        parts.append(text[pos:m.start()])
        origin.extend(range(pos, m.start()))
        parts.append(" ")
        origin.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(parts), origin


def _accepts_anything(entry: Entry) -> bool:
    """True when `entry.accepts` holds for every surface (no acronym token to check)."""
    if entry.case == "any":
        return True
    if entry.case == "exact":
        return False
    return not any(len(a) >= 2 and a.isupper() for a in _case_form(entry.alias).split())


def leftmost_longest(hits: Sequence[Hit]) -> list[Hit]:
    """Non-overlapping hits, earliest first and longest among equal starts."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def lexicon_entries(
    records: Iterable[dict[str, Any]],
    payload: Callable[[dict[str, Any]], Any],
) -> list[Entry]:
    """Entries for lexicon records shaped {name, aliases: [str | {alias, case}]}.

    The canonical name is always an alias of itself.
    """
    out: list[Entry] = []
    for record in records:
        value = payload(record)
        out.append(Entry(record["name"], value, record.get("case", "auto")))
        for alias in record.get("aliases") or ():
            if isinstance(alias, dict):
                out.append(Entry(str(alias["alias"]), value, alias.get("case", "auto")))
            else:
                out.append(Entry(str(alias), value))
    return out


def compose(prefixes: Iterable[str], heads: Iterable[str]) -> list[str]:
    """All "prefix head" phrases: ["Israeli"] x ["warplanes", "army"]."""
    heads = list(heads)
    return [f"{p} {h}" for p in prefixes for h in heads]


# Non-ASCII characters that Python's `re` IGNORECASE equates with an ASCII
# letter (simple case mappings and `re`'s own equivalences).
_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_stand_in(m: re.Match[str]) -> str:
    c = m.group()
    if c in _ASCII_TWINS:
        return _ASCII_TWINS[c]
    if c.isspace():
        return " "
    if c.isdecimal():
        return "0"
    return "_" if c.isalnum() else "#"


def match_form(text: str) -> str:
    """Lower-case ASCII stand-in for `text`, one character for one, for regexes
    made only of lower-case ASCII letters, `\\b`, `\\s`, `\\d` and `\\w`: such a
    pattern compiled without IGNORECASE matches `match_form(text)` exactly
    where it matches `text` with IGNORECASE (and is several times faster).
    A non-ASCII character becomes its ASCII case twin ("ſ" -> "s"), else a
    space, "0", "_" or "#" as it is a space, a digit, a word character or not."""
    if not text.isascii():
        text = _NON_ASCII.sub(_ascii_stand_in, text)
    return text.lower()


def phrase_alternation(words: list[str]) -> str:
    """Regex alternation of phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def trie(words: list[str]) -> str:
    """One regex for a set of literal words, factored by common prefixes
    ("kill|killed" -> "kill(?:ed)?"): Python's `re` tries the alternatives
    of a flat alternation one by one at every position, a trie only once."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def word_starts(body: str, flags: int = 0) -> re.Pattern[str]:
    """`\\b(?:body)`, for a `body` whose every match starts and ends with a word
    character, as a pattern to run with `finditer` over `" " + text`: each
    match starts, in the padded text, at the offset in `text` where
    `\\b(?:body)` matches (the same matches, in order). It consumes the
    non-word character before the word, so `re` finds candidates with its C
    prefix scan from one such character to the next, instead of trying `\\b`
    and `body` at every offset: about a third fewer instructions."""
    return re.compile(rf"\W(?:{body})", flags)
