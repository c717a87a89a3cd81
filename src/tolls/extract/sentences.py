"""Sentence and block splitting with exact character offsets.

Why not a library: spaCy and pysbd are several times slower than the whole
extractor may be (issue 3's bench ratio), NLTK's punkt needs a model download,
and none of them understand hard-wrapped plain text, markdown list items or
dated list lines the way claim context needs. A regex over abbreviations and
line structure is enough for news prose and keeps offsets exact by design:
we never copy or normalise the text, we only return (start, end) pairs.

A *block* is a paragraph, a list item or a heading. Context (actor, place,
date...) is carried across sentences but reset where a new list item starts,
so each block number lets callers see those boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens that end with "." but do not end a sentence. Single capital letters
# ("N. Clark St", "George W. Bush") are handled by the pattern itself.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr gen lt col sgt capt maj cpl pvt adm cmdr rep sen gov pres
    rev hon fr mt ft ave blvd rd hwy no nos vs etc approx est dept univ inc co corp ltd
    bros jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs
    fri sat sun u.s u.k u.n a.m p.m e.g i.e al fla calif ill mass mich minn ga pa va wash
    wis tex ariz colo conn okla ore tenn ky la md mo nev
    """.split()  # noqa: SIM905 - one word list reads better than 90 quoted strings
)

# Candidate ends: terminal punctuation (plus closing quotes/brackets) before space.
_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
# A line that starts a new block: list markers, headings, dated lines, rules.
_BLOCK_START_RE = re.compile(
    r"[ \t]*(?:[-*•+]\s+|\d{1,3}[.)]\s+|#{1,6}\s|>\s*|\|"
    r"|\d{1,2}\s+[A-Z][a-z]+\s*[:–—-]|[A-Z][a-z]+\.?\s+\d{1,2}\s*[:–—-])"
)
# A full stop with no space after it, between a lower-case word and a capitalised
# one: "the house was destroyed.Al Mezan reported" (pasted or scraped text).
# The word before must be two lower-case letters or more (not an initial, a
# decimal or "U.S."); URLs, e-mail addresses and abbreviations are excluded
# in `_glued_end`.
# (The "." comes first so that the scan jumps from one full stop to the next;
# a leading look-behind would be tried at every offset.)
_GLUED_RE = re.compile(r"\.(?=[A-Z][a-z])(?<=[a-z][a-z]\.)")
_URLISH_RE = re.compile(r"(?:www|https?|://|@|/|\.[a-z]+\.)", re.I)
_TLD_RE = re.compile(r"(?:Com|Net|Org|Gov|Edu|Info)\b")
_PARA_RE = re.compile(r"\n[ \t]*\n")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index of the paragraph / list item / heading it is in
    block_start: int  # offset where that block starts
    item: bool  # the block is a list item or a dated line


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the "." at `dot` closes an abbreviation rather than a sentence."""
    m = _WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "N. Clark St", "George W. Bush"
    return word.lower().rstrip(".") in ABBREVIATIONS


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_item) for paragraphs, list items and headings."""
    blocks: list[tuple[int, int, bool]] = []
    pos = 0
    for para in [*_PARA_RE.finditer(text), None]:
        end = para.start() if para else len(text)
        _split_lines(text, pos, end, blocks)
        pos = para.end() if para else end
    return blocks


def _split_lines(text: str, start: int, end: int, out: list[tuple[int, int, bool]]) -> None:
    """Split one paragraph into blocks at lines that start a list item or heading,
    and at lines after a line that ends a sentence or looks like a heading."""
    cur = start
    cur_item = bool(_BLOCK_START_RE.match(text, start, end))
    line_start = start
    while True:
        nl = text.find("\n", line_start, end)
        if nl < 0:
            break
        nxt = nl + 1
        prev_line = text[line_start:nl].rstrip()
        starts_block = bool(_BLOCK_START_RE.match(text, nxt, end))
        short_prev = 0 < len(prev_line) < 45 and not prev_line.endswith((",", ";"))
        if starts_block or prev_line.endswith(":") or (short_prev and _looks_like_heading(
                prev_line)):
            if text[cur:nl].strip():
                out.append((cur, nl, cur_item))
            cur, cur_item = nxt, starts_block
        line_start = nxt
    if text[cur:end].strip():
        out.append((cur, end, cur_item))


def _looks_like_heading(line: str) -> bool:
    """Short lines without a sentence's tail ("Syria", "NEWS RELEASE", "By Jane Doe")."""
    stripped = line.strip()
    if stripped.isupper():
        return True
    words = [w for w in stripped.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return not stripped.endswith((".", ",")) and bool(words) and capitalised >= 0.6 * len(words)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets; whitespace around sentences is excluded."""
    out: list[Sentence] = []
    glued = "." in text and _GLUED_RE.search(text) is not None
    for b, (bstart, bend, item) in enumerate(_blocks(text)):
        pos = bstart
        for end in _ends(text, bstart, bend, glued):
            _add(text, pos, end, b, bstart, item, out)
            pos = end
        _add(text, pos, bend, b, bstart, item, out)
    return out


def _ends(text: str, start: int, end: int, glued: bool) -> list[int]:
    """Sentence end offsets inside one block, in order."""
    ends: list[int] = []
    for m in _END_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and m.end() - dot == 1 and _is_abbreviation(text, dot):
            continue
        nxt = _next_char(text, m.end(), end)
        if nxt and nxt.islower():
            continue  # "said Dr. smith" / "e.g. the" / mid-sentence ellipsis
        ends.append(m.end())
    if glued:
        extra = [m.end() for m in _GLUED_RE.finditer(text, start, end)
                 if _glued_end(text, m.start())]
        if extra:
            ends = sorted({*ends, *extra})
    return ends


def _glued_end(text: str, dot: int) -> bool:
    """Whether the "." at `dot`, glued to a capitalised word, ends a sentence:
    not inside a URL, an e-mail address or a file name, not after an abbreviation."""
    left = dot
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = dot + 1
    while right < len(text) and not text[right].isspace():
        right += 1
    if _URLISH_RE.search(text, left, right) or _TLD_RE.match(text, dot + 1):
        return False
    return not _is_abbreviation(text, dot)


def _next_char(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos].isspace():
        pos += 1
    return text[pos] if pos < end else ""


def _add(text: str, start: int, end: int, block: int, bstart: int, item: bool,
         out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, block, bstart, item))
