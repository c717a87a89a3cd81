"""Claim assembly: sentences -> figures -> claims with source, actor, place, date.

Speed plan (issue 3 bench): one compiled cue regex runs over the whole text;
only sentences holding a casualty/strike cue go on to figure finding; the
recognisers (Aho-Corasick automata) run ONCE over the whole text and only if
some sentence holds a figure; each claim looks its context up by offset with
bisect. A document without a casualty cue costs one regex pass and a split.

Context carried across sentences (actor, place, event type, date, sites) is
taken from the sentence first, then from the nearest earlier mention since
the last *reset point*: the start of the current list item / dated line, or
the end of the last list item for ordinary paragraphs. The title's actor,
place and event type are the last fallback. Sites are carried only while no
new date has been mentioned (a new date usually means a new event).

Source policy: the source is who asserts the number (attribution.py). A
figure with no attribution in its sentence takes the source of the previous
figure in the same paragraph (continuation: "The dead included 12 children")
and otherwise the outlet itself, which then asserts it in its own voice (a
military press release, a ministry statement, a wire's own count). An ACLED
coder's statement ("fatalities coded at least 6") has source "ACLED coder", so
a consumer of ACLED notes can prefer the coder's own count.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime

from tolls.extract.actors import find_actors
from tolls.extract.attribution import as_datetime, attribute, citation
from tolls.extract.dates import find_dates
from tolls.extract.events import find_event_types
from tolls.extract.figures import Hit, cue_re, find_figures
from tolls.extract.mentions import Mention
from tolls.extract.numbers import vague_acled
from tolls.extract.places import find_places
from tolls.extract.sentences import Sentence, split_sentences
from tolls.extract.sites import find_sites
from tolls.extract.sources import find_sources
from tolls.types import Claim, DateRange, Figure

# A date right after a speech verb is when it was said, not when it happened.
_REPORTING_DATE = re.compile(
    r"\b(?:said|says|reported|told|announced|added|stated|confirmed|updated)\s+(?:on\s+|late\s+"
    r"|early\s+|this\s+|last\s+)?$", re.I)
CODER_SOURCE = "ACLED coder"  # the source of a coder's note inside ACLED `notes`
_MAJOR_EVENTS = ("air strike", "drone strike", "shelling", "bombing")


@dataclass(slots=True)
class _Index:
    """Mentions sorted by start, for nearest-before lookups by offset."""

    mentions: list[Mention]
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def last_before(self, pos: int, floor: int) -> Mention | None:
        i = bisect_right(self.starts, pos - 1) - 1
        while i >= 0 and self.mentions[i].start >= floor:
            if self.mentions[i].end <= pos:
                return self.mentions[i]
            i -= 1
        return None


@dataclass(slots=True)
class _Doc:
    text: str
    published: datetime | None
    actors: _Index
    sources: _Index
    places: _Index
    sites: _Index
    events: _Index
    dates: _Index
    title: dict[str, object]


def _index(text: str, published: date | None, title: str | None) -> _Doc:
    pub = as_datetime(published)
    ref = pub.date() if pub else None
    title_ctx: dict[str, object] = {}
    if title:
        for key, found in (("actor", find_actors(title)), ("place", find_places(title)),
                           ("event_type", find_event_types(title))):
            if found:
                title_ctx[key] = found[0].value
    return _Doc(
        text, pub, _Index(find_actors(text)), _Index(find_sources(text)),
        _Index(find_places(text)), _Index(find_sites(text)), _Index(find_event_types(text)),
        _Index([m for m in find_dates(text, ref) if not _REPORTING_DATE.search(
            text, max(0, m.start - 30), m.start)]),
        title_ctx,
    )


def _reset_points(sentences: list[Sentence], text: str) -> dict[int, int]:
    """Block number -> offset from which context may be carried into it."""
    floors: dict[int, int] = {}
    floor = 0
    last_block = -1
    for s in sentences:
        if s.block == last_block:
            continue
        if s.item:
            floor = s.block_start
        floors[s.block] = floor
        if s.item:  # after a list item ends, later paragraphs start afresh
            floor = _block_end(sentences, s.block)
        last_block = s.block
    return floors


def _block_end(sentences: list[Sentence], block: int) -> int:
    return max(s.end for s in sentences if s.block == block)


def _nearest(mentions: list[Mention], pos: int) -> Mention | None:
    if not mentions:
        return None
    before = [m for m in mentions if m.end <= pos]
    return before[-1] if before else min(mentions, key=lambda m: abs(m.start - pos))


def _pick(index: _Index, s: Sentence, pos: int, floor: int) -> Mention | None:
    """The mention in the sentence nearest the figure, else the last one carried."""
    return _nearest(index.within(s.start, s.end), pos) or index.last_before(s.start, floor)


def _sites(doc: _Doc, s: Sentence, floor: int) -> list[str]:
    own = doc.sites.within(s.start, s.end)
    if not own:
        prev = doc.sites.last_before(s.start, floor)
        if prev is None or doc.dates.within(prev.end, s.start):
            return []
        # every site of the sentence the carried one came from
        own = [m for m in doc.sites.within(prev.start - 400, prev.end) if m.end <= s.start]
        own = [m for m in own if not doc.dates.within(m.end, s.start)]
    out: list[str] = []
    for m in own:
        if m.value not in out:
            out.append(m.value)
    return out


def _date(doc: _Doc, s: Sentence, pos: int, floor: int, cited: datetime | None) -> DateRange | None:
    if cited is not None:  # relative dates in a cited item resolve against the citation
        local = find_dates(doc.text[s.start:s.end], cited.date())
        local = [m for m in local if not _REPORTING_DATE.search(
            doc.text, max(s.start, s.start + m.start - 30), s.start + m.start)]
        if local:
            best = _nearest([Mention(s.start + m.start, s.start + m.end, m.text, m.value)
                             for m in local], pos)
            return best.value if best else None
    m = _pick(doc.dates, s, pos, floor)
    if m is not None:
        return m.value
    day = (cited or doc.published)
    return DateRange(day.date(), day.date(), "day") if day else None


def _figure(doc: _Doc, hit: Hit, s: Sentence, event_type: str | None) -> Figure:
    q = hit.quantity
    start, end = s.start + q.start, s.start + q.end
    acled = q.acled
    if q.vague and hit.kind == "killed":
        acled = vague_acled(q.vague, event_type in _MAJOR_EVENTS)
    low, high = q.low, q.high
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Figure(hit.kind, hit.group, low, high, q.qualifier, doc.text[start:end],
                  (start, end), acled)


def extract(text: str, *, published: datetime | date | None = None, outlet: str | None = None,
            title: str | None = None, document: str | None = None,
            url: str | None = None) -> list[Claim]:
    """Every claim (one figure each) in `text`, in text order."""
    if not text:
        return []
    sentences = split_sentences(text)
    candidates = _candidates(text, sentences)
    if not candidates:
        return []
    found = [(s, hits) for s in candidates if (hits := find_figures(text[s.start:s.end]))]
    if not found:
        return []
    doc = _index(text, published, title)
    floors = _reset_points(sentences, text)
    year = doc.published.year if doc.published else None
    claims: list[Claim] = []
    carried: dict[int, str | None] = {}  # block -> source of the last figure in it
    for s, hits in found:
        cited = _block_citation(text, s, year)
        floor = floors.get(s.block, 0)
        quote = text[s.start:s.end]
        sources = [Mention(m.start - s.start, m.end - s.start, m.text, m.value)
                   for m in doc.sources.within(s.start, s.end)]
        for hit in hits:
            claims.append(_claim(doc, s, hit, quote, sources, floor, cited, carried,
                                 outlet, document, url))
    return claims


def _claim(doc: _Doc, s: Sentence, hit: Hit, quote: str, sources: list[Mention], floor: int,
           cited: tuple[str, datetime] | None, carried: dict[int, str | None],
           outlet: str | None, document: str | None, url: str | None) -> Claim:
    pos = s.start + hit.quantity.start
    cited_outlet, cited_at = cited if cited else (None, None)
    item_outlet = cited_outlet or outlet
    source = attribute(quote, hit.quantity.start, sources, carried.get(s.block))
    if hit.coder:
        source = CODER_SOURCE
    if source is None:
        source = carried.get(s.block) or item_outlet
    carried[s.block] = source
    actor = _pick(doc.actors, s, pos, floor)
    place = _pick(doc.places, s, pos, floor)
    event = _pick(doc.events, s, pos, floor)
    event_type = event.value if event else doc.title.get("event_type")
    return Claim(
        figure=_figure(doc, hit, s, event_type),  # type: ignore[arg-type]
        quote=quote,
        span=(s.start, s.end),
        source=source,
        outlet=item_outlet,
        reported_at=cited_at or doc.published,
        document=document,
        url=url,
        actor=actor.value if actor else doc.title.get("actor"),  # type: ignore[arg-type]
        event_type=event_type,  # type: ignore[arg-type]
        place=place.value if place else doc.title.get("place"),  # type: ignore[arg-type]
        date=_date(doc, s, pos, floor, cited_at),
        sites=_sites(doc, s, floor),
        restated=hit.restated,
    )


def _candidates(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences holding a cue word: one regex pass over the whole text + bisect."""
    starts = [s.start for s in sentences]
    seen: set[int] = set()
    out: list[Sentence] = []
    for m in cue_re().finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and i not in seen and m.start() < sentences[i].end:
            seen.add(i)
            out.append(sentences[i])
    return out


def _block_citation(text: str, s: Sentence, year: int | None) -> tuple[str, datetime] | None:
    if not s.item:
        return None
    return citation(text[s.block_start:s.block_start + 120], year)
