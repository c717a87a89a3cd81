"""Who asserts a figure (source), and dated citations that change the outlet.

Rules, first that fires wins (offsets are sentence-relative):
  1. "X cites Y as saying ..."            -> Y
  2. "according to X"                      -> X
  3. "X [, which ..., ] said/reported/..." -> X  (nearest such X to the figure)
  4. "..., said X" / "X told ..."          -> X
  5. a pronoun or role noun that says ("it said", "the group added")
     -> the source carried from earlier in the paragraph (caller passes it)
  6. the only known source in the sentence -> it
Otherwise the caller decides (see claims.py: an unattributed figure is asserted
by the outlet in its own voice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from tolls.extract.mentions import Mention
from tolls.extract.sources import source_info

_SAY = (
    r"(?:said|says|say|reported|reports|report|documented|documents|told|tells|counted|"
    r"recorded|records|confirmed|confirms|estimated|estimates|put|puts|announced|announces|"
    r"stated|states|added|adds|claimed|claims|tallied|listed|lists|named|named|reporting|"
    r"noted|notes|wrote|writes|published|posted|released|gave|gives|cited|cites|"
    r"has\s+documented|had\s+documented|have\s+documented|has\s+said|have\s+said|"
    r"has\s+reported|have\s+reported|had\s+said|had\s+reported|also\s+said|later\s+said|"
    r"updated|raised|revised|recorded)"
)
_SAY_AFTER = re.compile(rf"^[^.;:!?]{{0,90}}?\b{_SAY}\b", re.I)
_SAY_BEFORE = re.compile(rf"\b(?:{_SAY}|according\s+to|told)\s+(?:by\s+)?$", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:a\s+(?:statement|report|tally)\s+(?:by|from)\s+)?"
                        r"(?:the\s+)?$", re.I)
_CITES = re.compile(r"\bcit(?:es|ed|ing)\s+(?:the\s+)?$", re.I)
_PRONOUN = (r"(?:it|they|the\s+(?:group|monitor|observatory|organi[sz]ation|committees?|ministry|"
            r"network|activists|collective|agency|statement|report|monitoring\s+group))")
_PRONOUN_SAYS = re.compile(
    rf"\b{_PRONOUN}\s+(?:also\s+)?{_SAY}\b"
    # "It carried out two strikes on Sunday, and said ...": the sentence's subject speaks
    rf"|^\s*{_PRONOUN}\s[^.;:!?]{{0,160}}?\band\s+(?:also\s+)?{_SAY}\b", re.I)
_APPOSITION = re.compile(r"^\s*,[^.;!?]{0,120}?,\s*")

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
            r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# "Associated Press, 25 November:" / "- BBC News, Nov. 26, 2014 —" at the start of a block.
_CITATION_RE = re.compile(
    rf"[ \t]*(?:[-*•+]\s+|\d{{1,3}}[.)]\s+)?(?:\*\*)?"
    rf"(?P<outlet>[A-Z][^,:\n*]{{1,60}}?)(?:\*\*)?,\s+"
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})|(?P<m2>{_MONTH_RE})\s+(?P<d2>\d{{1,2}}))"
    rf"(?:,?\s+(?P<y>\d{{4}}))?(?:\s*\([^()\n]{{0,40}}\))?\s*(?:\*\*)?\s*[:–—-]")


def attribute(s: str, fig_start: int, sources: list[Mention], carried: str | None,
              agents: Sequence[Mention] = ()) -> str | None:
    """The source asserting the figure at `fig_start` in sentence `s`, or None.

    `agents` are the actor mentions of the sentence: a source named only as part
    of the party that acted ("Syrian government jets struck...") asserts nothing,
    while "the Syrian government said" (the name alone) still speaks.
    """
    sources = [m for m in sources if not _inside_agent(m, agents)]
    for m in sources:  # 1: "X cites Y as saying" -> Y
        if _CITES.search(s, max(0, m.start - 20), m.start):
            return m.value
    for m in sources:  # 2: "according to X"
        if _ACCORDING.search(s, max(0, m.start - 60), m.start):
            return m.value
    speakers = [m for m in sources if _says_after(s, m) or _SAY_BEFORE.search(
        s, max(0, m.start - 40), m.start)]
    named = [m for m in speakers if not getattr(source_info(m.value), "generic", False)]
    speakers = named or speakers  # "the LCC, another activist group, said": the LCC
    if speakers:  # 3, 4: the speaker of the figure's clause, else the nearest
        same_clause = [m for m in speakers
                       if m.end <= fig_start and not re.search(r"[;]", s[m.end:fig_start])]
        if same_clause:
            return same_clause[-1].value
        return min(speakers, key=lambda m: abs(m.start - fig_start)).value
    if carried and _PRONOUN_SAYS.search(s):  # 5
        return carried
    if sources:  # 6: a source named nearby
        return min(sources, key=lambda m: abs(m.start - fig_start)).value
    return None


def pronoun_says(s: str) -> bool:
    """True when a pronoun or role noun speaks in `s` ("it said", "the group added")."""
    return _PRONOUN_SAYS.search(s) is not None


def speaks(text: str, m: Mention) -> bool:
    """True when source mention `m` (offsets into `text`) is the subject or agent
    of a verb of saying ("the coalition says", "according to X")."""
    return _says_after(text, m) or bool(_SAY_BEFORE.search(text, max(0, m.start - 40), m.start))


def _inside_agent(m: Mention, agents: Sequence[Mention]) -> bool:
    """True when source mention `m` lies strictly inside a longer actor mention."""
    return any(a.start <= m.start and m.end <= a.end and a.end - a.start > m.end - m.start
               for a in agents)


def _says_after(s: str, m: Mention) -> bool:
    rest = s[m.end:m.end + 200]
    skip = _APPOSITION.match(rest)  # "SOHR, which tracks the war, said"
    if skip:
        rest = rest[skip.end():]
    return bool(_SAY_AFTER.match(rest[:100])) and not re.match(r"^\s*(?:that|who)\b", rest)


def citation(block: str, year: int | None) -> tuple[str, datetime, int] | None:
    """An outlet-and-date citation heading a list item ("Associated Press, 25 November:"):
    the outlet, the date it reported, and where the heading ends in `block` (the
    heading's date is when the outlet reported, never when the event happened)."""
    m = _CITATION_RE.match(block)
    if not m:
        return None
    month = _month_number(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    yr = int(m.group("y")) if m.group("y") else year
    if month is None or yr is None:
        return None
    try:
        return m.group("outlet").strip(), datetime(yr, month, day), m.end()
    except ValueError:
        return None


def _month_number(word: str) -> int | None:
    key = word.lower().rstrip(".")
    for name, number in _MONTHS.items():
        if name.startswith(key[:3]):
            return number
    return None


def as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)
