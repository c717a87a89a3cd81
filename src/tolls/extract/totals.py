"""The total of one report: how many a single document says were killed (or injured).

A report's claims are not a toll by themselves: a note may give the coder's
own count, list several separate events, restate an earlier toll, or break a
figure down into groups. `document_total` folds them into one number under
ACLED's coding conventions (the convention the `acled` value of a figure
follows):

  1. the coder's count first: a claim whose source is the ACLED coder
     ("Fatalities coded at least 6", "81 fatalities coded to this event")
     is the total. With several: a stated total ("Total fatalities coded as
     6") wins, then the share assigned to this event ("4 out of 8 coded to
     this location", "1 fatality added to this event"), then the largest of
     the rest; a count split across events ("10 split across 5 events") or
     coded to other dates ("40 fatalities were coded on 18 March") is not
     this event's;
  2. otherwise the distinct events are summed: per sentence, the largest
     figure of the kind (a sentence usually describes one event, and a
     second figure in it restates or splits the first), and the sentences
     summed (ACLED notes list separate events one sentence each);
  3. a figure is never counted twice: restated or cumulative figures ("the
     death toll rose to 87", "in Tuesday's attacks") are left out, as are
     sub-group figures ("including three children") whenever the document has
     an all-group figure of the kind; a later sentence whose figure equals an
     earlier one and is written the same way repeats it.

`article_total` is the convention for a news article about one incident (Gun
Violence Archive-style): the incident the article is about is its title's and
its first figures', so the largest figure of the headline, else of the lead,
not the sum over the article (articles recall older incidents as background).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tolls.types import Claim, Figure

CODER_SOURCE = "ACLED coder"

# Coder statements that are not this event's count: a total split across
# several events ("10 split across 5 events"), or a count coded to other dates
# ("(40 fatalities were coded on 18 March)").
_SPLIT = re.compile(
    r"^[^.;]{0,40}?\b(?:split|divided|spread)\s+(?:across|between|among|over)\b"
    r"|^[^.;]{0,25}?\bcoded\s+(?:on|between|for|during)\s+(?!this\b)", re.I)
# The coder's share for this event: "4 out of 8 coded to this location",
# "with 3 coded to Ad Darraj", "1 fatality added to this event".
_ASSIGNED = re.compile(
    r"\s*(?:out\s+of\s+\d+\s+)?(?:[^\W\d][\w'’-]*\s+){0,2}?(?:were\s+|was\s+)?"
    r"(?:coded\s+(?:to|in)\b|added\s+(?:to\s+this|here\b))", re.I)
# A coder's statement of the note's total: "Total fatalities coded at least 93",
# "Total fatlities coded as 6", "The total fatalities were at least 11".
_TOTAL = re.compile(r"\btotal\b[^.;]{0,40}$", re.I)
# Bodies recovered, discovered or exhumed are earlier deaths, not this event's.
_RECOVERED = re.compile(
    r"\b(?:recover\w*|retriev\w*|exhum\w*|discover\w*|uncover\w*|unearth\w*|pulled|"
    r"mass\s+graves?|decomposed)\b", re.I)


def figure_value(figure: Figure) -> int:
    """One number for a figure: its ACLED-convention value, else its low end,
    else its high end, else 0 (a figure with both ends open says nothing)."""
    for value in (figure.acled, figure.low, figure.high):
        if value is not None:
            return value
    return 0


def _of_kind(claims: Iterable[Claim], kind: str) -> list[Claim]:
    of_kind = [c for c in claims if c.figure.kind == kind]
    everyone = [c for c in of_kind if c.figure.group == "all"]
    return everyone or of_kind


def document_total(claims: Sequence[Claim], kind: str = "killed") -> int:
    """The ACLED-convention `kind` total of one report (see the module doc);
    0 when the report has no figure of that kind."""
    of_kind = [c for c in claims if c.figure.kind == kind]
    coder = [c for c in of_kind if c.source == CODER_SOURCE]
    if coder:
        totals = [c for c in coder if _TOTAL.search(_before(c))]
        assigned = [c for c in coder if _ASSIGNED.match(_after(c))]
        own = [c for c in coder if not _SPLIT.search(_after(c))]
        chosen = totals or assigned or own
        if chosen:
            return max(figure_value(c.figure) for c in chosen)
    of_kind = [c for c in of_kind if c.source != CODER_SOURCE and not _recovered(c)]
    pool = _of_kind([c for c in of_kind if not c.restated], kind)
    if not pool:  # only restated figures: the largest of them
        pool = _of_kind(of_kind, kind)
        return max((figure_value(c.figure) for c in pool), default=0)
    per_sentence: dict[tuple[int, int], Claim] = {}
    for c in pool:
        best = per_sentence.get(c.span)
        if best is None or figure_value(c.figure) > figure_value(best.figure):
            per_sentence[c.span] = c
    total = 0
    seen: set[tuple[int, str]] = set()
    for c in per_sentence.values():
        value = figure_value(c.figure)
        key = (value, c.figure.words.casefold())
        if key in seen and value > 0:
            continue  # the same figure in the same words: a repetition
        seen.add(key)
        total += value
    return total


def _offset(c: Claim) -> int:
    return c.figure.words_span[0] - c.span[0]


def _before(c: Claim) -> str:
    return c.quote[:max(0, _offset(c))]


def _after(c: Claim) -> str:
    return c.quote[max(0, _offset(c)) + len(c.figure.words):]


def _recovered(c: Claim) -> bool:
    return bool(_RECOVERED.search(c.quote)) and bool(re.search(r"\bbod(?:y|ies)\b", c.quote,
                                                                re.I))


def article_total(claims: Sequence[Claim], kind: str = "killed", *,
                  title_claims: Sequence[Claim] = (), title: str = "", text: str = "") -> int:
    """The `kind` toll of the one incident a news article is about (see the module
    doc).

    - the title's figure when it states one (a vague title figure, "several
      injured", gives way to an exact figure in the article), else the largest
      non-restated figure of the first sentence holding a figure of that kind;
    - a figure in a sentence dated to another year than the report ("In 2009 a
      gunman killed 13") is background, not the article's incident;
    - injured excludes the dead: when the figure counts people *shot* and the
      same sentence says how many of them died ("Six people were shot, two of
      whom died"; "Two people were shot, one fatally"), those are taken off;
    - a killing reported without a number ("Toddler shot, killed", "was
      pronounced dead", "a fatal shooting") counts one when no figure says
      otherwise (pass the article's `title` and `text`).
    """
    title_pool = [c for c in title_claims if c.figure.kind == kind and not c.restated]
    text_pool = [c for c in claims
                 if c.figure.kind == kind and not c.restated and not _background(c)]
    if title_pool and all(c.figure.qualifier == "vague" for c in title_pool) and any(
            c.figure.qualifier != "vague" for c in text_pool):
        title_pool = []
    for pool, all_claims in ((title_pool, title_claims), (text_pool, claims)):
        if pool:
            first = min(c.span for c in pool)
            lead = _of_kind([c for c in pool if c.span == first], kind)
            best = max(lead, key=lambda c: figure_value(c.figure))
            value = figure_value(best.figure)
            if kind == "injured" and _SHOT.match(_after(best)):
                dead = [c for c in all_claims if c.figure.kind == "killed" and c.span == first
                        and c.figure.words_span[0] > best.figure.words_span[0]]
                value -= max((figure_value(c.figure) for c in dead), default=0)
            return max(value, 0)
    if kind == "killed" and (_KILLING.search(title) or _KILLING.search(text[:600])):
        return 1
    return 0


# A count of people shot (not "wounded"): "six people were shot", "4 shot".
_SHOT = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}?(?:(?:were|have\s+been|had\s+been|"
                   r"are|got)\s+)?shot\b(?!\s+(?:dead|and\s+killed|to\s+death))", re.I)
# A killing told without a number.
_KILLING = re.compile(
    r"\b(?:shot\s+(?:and\s+)?(?:dead|killed)|shot,\s+killed|(?:was|is)\s+killed|"
    r"pronounced\s+dead|(?:fatal|deadly)\s+shooting|fatally\s+(?:shot|wounded)|"
    r"shooting\s+death|died\s+(?:at|after|from|of|in)|killed\s+(?:himself|herself)|"
    r"dead\s+after|found\s+dead)\b", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _background(c: Claim) -> bool:
    """The claim's sentence names years, none of them the report's year."""
    if c.reported_at is None:
        return False
    years = {int(y) for y in _YEAR.findall(c.quote)}
    return bool(years) and c.reported_at.year not in years
