"""Claim assembly: sentences -> figures -> claims with source, actor, place, date.

Speed plan (issue 3 bench): one compiled cue regex (its words factored into a
trie) runs over the text, jumping to the end of each sentence it marks; only
those sentences go on to figure finding; the recognisers (Aho-Corasick
automata, the date regex) run once per document, only if some sentence holds
a figure, and only up to the end of the last such sentence, since context is
only ever looked up before that (the gazetteer still reads the whole text:
its country votes do; that pass is kept for a later look past the cut-off);
the actor, source, site and event lexicons share one automaton, so one pass;
each claim looks its context up by offset with bisect. A document without a
casualty cue costs one regex pass and a split.

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
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from tolls.extract._automaton import MatcherSet, match_form, trie, word_starts
from tolls.extract.actors import find_actors
from tolls.extract.actors import matcher as actor_matcher
from tolls.extract.attribution import as_datetime, attribute, citation, pronoun_says, speaks
from tolls.extract.dates import find_dates
from tolls.extract.events import find_event_types
from tolls.extract.events import matcher as event_matcher
from tolls.extract.figures import Hit, cue_re, find_figures
from tolls.extract.mentions import Mention
from tolls.extract.numbers import vague_acled
from tolls.extract.places import PlaceScan, find_places, scan_places
from tolls.extract.sentences import Sentence, split_sentences
from tolls.extract.sites import find_sites
from tolls.extract.sites import matcher as site_matcher
from tolls.extract.sources import canonical_source, find_sources, source_info
from tolls.extract.sources import matcher as source_matcher
from tolls.types import Claim, DateRange, Figure

# An actor named as what was hit is the target, not who struck: "an ISIL
# building", "the Islamic State group's stronghold", "raids on IS positions".
_TARGET_AFTER = re.compile(
    r"(?:(?:-|\s)*(?:held|controlled|run|group'?s?|'s|\))?[\s-]*"
    # up to two words before the target noun ("ISIL tactical units"), never a
    # verb of attack ("warplanes bombed Daesh bases" names the attacker)
    r"(?:(?!(?:bombed|struck|hit|hits|targeted|attacked|shelled|pounded|raided|destroyed|"
    r"carried|launched|killed|bombarded|said|says)\b)\w+[\s-]+){0,2}?"
    r"(?:buildings?|positions?|targets?|units?|fighters|militants|members|jihadists|"
    r"terrorists|stronghold|strongholds|bases?|headquarters|checkpoints?|vehicles?|"
    r"territory|areas?|facilit(?:y|ies)|compounds?|camps?|oil|weapons?|staging|"
    r"fighting)\b"
    # or the passive victim: "Many Daesh fighters were hit"
    r"|\s+(?:were|was|had\s+been|have\s+been|being)\s+(?:hit|killed|wounded|injured|"
    r"targeted|struck|bombed|shelled)\b)", re.I)
_TARGET_BEFORE = re.compile(
    r"\b(?:against|targeting|targeted|struck|hit|attack|attacked|attacking|bombed|"
    r"bombarded|on|at|pounded|striking|hitting|(?:controlled|held|seized|run|occupied)\s+by|"
    r"(?:capital|stronghold|heartland|bastion|territory|hands|control)\s+of)"
    r"\s+(?:the\s+|an?\s+)?$", re.I)
# A dateline names where the story was filed: "BEIRUT (AP) —", "DAMASCUS, Nov
# 27 (LWS) -", "HESSTON, Kan. (AP) —", "OAKLAND, Calif. --", "CHICAGO —". For a
# local story it is where it happened; for a wire story from a neighbouring
# capital it is not. See `_dateline_places`.
_DATELINE = re.compile(r"(?:,[ \t]*[A-Z][\w.]{1,5}(?:[ \t][\w.]{1,4})?\.?)?[ \t]*"
                       r"(?:\([^()\n]{1,30}\))?[ \t]*(?:--?|[—–:])")
# A date right after a speech verb is when it was said, not when it happened.
_REPORTING_DATE = re.compile(
    r"\b(?:said|says|reported|told|announced|added|stated|confirmed|updated|given|issued|"
    r"released|published)\s+(?:on\s+|late\s+|early\s+|this\s+|last\s+)?$", re.I)
# Inside a dated citation ("Wire reports, 28 November: three strikes that day")
# these point back at the cited day.
_THAT_DAY = re.compile(r"\b(?:that|the same)\s+(?:day|morning|afternoon|evening|night)(?:'s)?\b",
                       re.I)
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

    def last_before(self, pos: int, floor: _Floor) -> Mention | None:
        i = bisect_right(self.starts, pos - 1) - 1
        while i >= 0 and self.mentions[i].start >= floor.start:
            if self.mentions[i].end <= pos and floor.allows(self.mentions[i].start):
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
    cut: bool = False  # the recognisers stopped before the end of the text
    place_scan: PlaceScan | None = None  # the gazetteer pass over the whole text
    all_places: _Index | None = None  # every place of the text, on demand (`_place`)


def _index(text: str, published: date | None, title: str | None,
           until: int | None = None) -> _Doc:
    """Every recogniser's mentions, for lookups before `until`: claim assembly
    only looks up offsets before the end of the last sentence with a figure,
    so the recognisers stop there (places still vote over the whole text)."""
    pub = as_datetime(published)
    ref = pub.date() if pub else None
    title_ctx: dict[str, object] = {}
    if title:
        title_places = find_places(title)
        for key, found in (("actor", _agents(title, find_actors(title, context=text))),
                           ("place", title_places),
                           ("event_type", find_event_types(title))):
            if found:
                title_ctx[key] = found[0].value
    actor_hits, source_hits, site_hits, event_hits = _lexicons().hits(text, until)
    actors = find_actors(text, until=until, hits=actor_hits)
    sources = find_sources(text, until=until, hits=source_hits)
    place_scan = scan_places(text)
    places = _places(text, actors, sources, until, place_scan)
    return _Doc(
        text, pub, _Index(_agents(text, actors)), _Index(sources),
        _Index(places), _Index(find_sites(text, until=until, hits=site_hits)),
        _Index(find_event_types(text, until=until, hits=event_hits)),
        _Index([m for m in find_dates(text, ref, until=until) if not _REPORTING_DATE.search(
            text, max(0, m.start - 30), m.start)]),
        title_ctx,
        cut=until is not None and until < len(text),
        place_scan=place_scan,
    )


@cache
def _lexicons() -> MatcherSet:
    """The actor, source, site and event-type automata as one: `_index` scans
    a document once for all four."""
    return MatcherSet([actor_matcher(), source_matcher(), site_matcher(), event_matcher()])


def _places(text: str, actors: list[Mention], sources: list[Mention],
            until: int | None, scan: PlaceScan) -> list[Mention]:
    # A place inside an actor's or a source's name is part of the name: "Islamic
    # State of Iraq and the Levant", "Raqqa Is Being Slaughtered Silently".
    names = sorted((m.start, m.end) for m in actors + sources)
    return _dateline_places(text, [m for m in find_places(text, until=until, scan=scan)
                                   if not _inside(names, m)])


def _all_places(doc: _Doc) -> _Index:
    """Every place of the text, past the recognisers' cut-off too (computed
    once, only for a figure whose report names its place after it; the
    gazetteer pass of `_index` read the whole text already)."""
    if doc.all_places is None:
        text = doc.text
        actor_hits, source_hits, _, _ = _lexicons().hits(text)
        actors = find_actors(text, hits=actor_hits)
        sources = find_sources(text, hits=source_hits)
        doc.all_places = _Index(_places(text, actors, sources, None, doc.place_scan))
    return doc.all_places


def _dateline_places(text: str, places: list[Mention]) -> list[Mention]:
    """Places less the datelines that name somewhere else than the story.

    A dateline (a place at the start of a line, before ", State", an outlet in
    brackets and a dash) stays, as the place carried from the start of the
    story, when its country is the country most of the other places are in
    (a local US story: "HESSTON, Kan. (AP) —"), or when no other place is
    named; it goes when the story is about another country ("BEIRUT (AP) —"
    over a story on Raqqa)."""
    datelines = [m for m in places if _is_dateline(text, m)]
    if not datelines:
        return places
    others = {m.value.country for m in places if m not in datelines and m.value.country}
    return [m for m in places if m not in datelines or not others
            or m.value.country in others]


def _is_dateline(text: str, m: Mention) -> bool:
    return bool(_DATELINE.match(text, m.end)) and _line_start(text, m.start)


def _line_start(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _inside(spans: list[tuple[int, int]], m: Mention) -> bool:
    """True when `m` lies within one of the sorted, non-overlapping `spans`."""
    i = bisect_right(spans, (m.start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= m.start and m.end <= spans[i][1] and spans[i] != (
        m.start, m.end)


def _agents(text: str, mentions: list[Mention]) -> list[Mention]:
    """Actor mentions less those that name the target of the attack (country
    names used as places, "in Syria and Iraq", are dropped by `find_actors`).
    A mention in brackets right after a target ("Islamic State of Iraq and
    the Levant (ISIL) terrorists") is the same target."""
    kept: list[Mention] = []
    previous_target: Mention | None = None
    for m in mentions:
        after = text[m.end:m.end + 40]
        before = text[max(0, m.start - 30):m.start]
        bracketed = (previous_target is not None and m.value == previous_target.value
                     and text[previous_target.end:m.start].strip() == "(")
        if bracketed or _TARGET_AFTER.match(after) or _TARGET_BEFORE.search(before):
            previous_target = m
            continue
        kept.append(m)
    return kept


class _Floor(NamedTuple):
    """Where carried context may come from: offsets >= `start`, except the
    sibling list items in [skip_from, skip_to)."""

    start: int
    skip_from: int = 0
    skip_to: int = 0

    def allows(self, offset: int) -> bool:
        return offset >= self.start and not self.skip_from <= offset < self.skip_to


def _reset_points(sentences: list[Sentence], text: str) -> dict[int, _Floor]:
    """Block number -> where context may be carried into it from.

    A list item takes context from itself and from the paragraph that leads
    into the list ("The following strikes were conducted on Sunday, Nov. 23:"),
    never from its sibling items; the paragraphs after a list start afresh.
    """
    floors: dict[int, _Floor] = {}
    floor = 0
    lead_in = 0
    run_start: int | None = None
    last_block = -1
    for s in sentences:
        if s.block == last_block:
            continue
        if s.item:
            if run_start is None:
                run_start = s.block_start
            floors[s.block] = _Floor(lead_in, run_start, s.block_start)
            floor = _block_end(sentences, s.block)
        else:
            run_start = None
            lead_in = s.block_start
            floors[s.block] = _Floor(floor)
        last_block = s.block
    return floors


def _block_end(sentences: list[Sentence], block: int) -> int:
    return max(s.end for s in sentences if s.block == block)


def _nearest(mentions: list[Mention], pos: int) -> Mention | None:
    if not mentions:
        return None
    before = [m for m in mentions if m.end <= pos]
    return before[-1] if before else min(mentions, key=lambda m: abs(m.start - pos))


def _pick(index: _Index, s: Sentence, pos: int, floor: _Floor) -> Mention | None:
    """The mention in the sentence nearest the figure, else the last one carried."""
    return _nearest(index.within(s.start, s.end), pos) or index.last_before(s.start, floor)


_PLACE_RANK = {"site": 0, "town": 1, "district": 2, "province": 3, "country": 4}


def _pick_place(index: _Index, s: Sentence, pos: int, floor: _Floor,
                text: str) -> Mention | None:
    """Like `_pick`, but the finest place in the sentence wins ("near Kobani,
    Syria" is Kobani), a dateline gives way to a town the sentence itself
    names ("DAMASCUS, Nov 27 (LWS) - ... raids on Raqqah"), and a bare
    country does not override a carried town inside it ("the strikes in
    Syria" after "Raqqa")."""
    own = index.within(s.start, s.end)
    carried = index.last_before(s.start, floor)
    if own:
        finest = min(_PLACE_RANK.get(m.value.precision, 5) for m in own)
        candidates = [m for m in own if _PLACE_RANK.get(m.value.precision, 5) == finest]
        best = _nearest([m for m in candidates if not _is_dateline(text, m)] or candidates, pos)
        if (finest >= _PLACE_RANK["province"] and carried is not None
                and carried.value.country == best.value.country
                and _PLACE_RANK.get(carried.value.precision, 5) < finest):
            return carried
        return best
    return carried


def _place(doc: _Doc, found: Mention | None, s: Sentence) -> object:
    """The place picked for a figure, else the title's, else the first place
    named after the sentence ("1 dead, 6 wounded in shootings. ... Chicago
    police said"): a report names where it happened somewhere."""
    if found is not None:
        return found.value
    if doc.title.get("place"):
        return doc.title["place"]
    later = doc.places.within(s.end, len(doc.text))
    if not later and doc.cut:
        later = _all_places(doc).within(s.end, len(doc.text))
    return later[0].value if later else None


def _sites(doc: _Doc, s: Sentence, pos: int, floor: _Floor) -> list[str]:
    own = doc.sites.within(s.start, s.end)
    if not own:
        prev = doc.sites.last_before(s.start, floor)
        # A date between the site and the figure starts another day's story
        # ("... striking the hospital on Thursday. On Friday, three strikes
        # killed five"): the site stays with its own day.
        if prev is None or doc.dates.within(prev.end, pos):
            return []
        # every site of the sentence the carried one came from
        own = [m for m in doc.sites.within(prev.start - 400, prev.end) if m.end <= s.start]
        own = [m for m in own if not doc.dates.within(m.end, s.start)]
    out: list[str] = []
    for m in own:
        if m.value not in out:
            out.append(m.value)
    return out


def _date(doc: _Doc, s: Sentence, pos: int, floor: _Floor, cited: datetime | None,
          header_end: int = 0) -> DateRange | None:
    if cited is not None:  # relative dates in a cited item resolve against the citation
        if _THAT_DAY.search(doc.text, s.start, s.end):
            return DateRange(cited.date(), cited.date(), "day")
        local = find_dates(doc.text[s.start:s.end], cited.date())
        local = [m for m in local if s.start + m.start >= header_end
                 and not _REPORTING_DATE.search(
                     doc.text, max(s.start, s.start + m.start - 30), s.start + m.start)]
        if local:
            best = _nearest([Mention(s.start + m.start, s.start + m.end, m.text, m.value)
                             for m in local], pos)
            return best.value if best else None
    m = _pick(doc.dates, s, pos, floor)
    if m is not None and (cited is None or m.start >= header_end):
        return m.value
    day = (cited or doc.published)
    if day is None:
        return None
    # No date clue: the event happened on or shortly before the report, so the
    # claim gets that window (precision "days") rather than a made-up exact day.
    return DateRange(day.date() - timedelta(days=1), day.date(), "days")


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
    low = match_form(text)
    first = _first_cue(text, low)
    if first is None:
        return []  # no cue anywhere: no need to split the text into sentences
    sentences = split_sentences(text)
    candidates = _candidates(*first, sentences)
    if not candidates:
        return []
    found = [(s, hits) for s in candidates
             if (hits := _not_cited_wording(
                 text, s, find_figures(text[s.start:s.end], low[s.start:s.end])))]
    if not found:
        return []
    doc = _index(text, published, title, until=max(s.end for s, _ in found))
    floors = _reset_points(sentences, text)
    year = doc.published.year if doc.published else None
    claims: list[Claim] = []
    # block -> source of the last figure in it, and where that sentence ends
    carried: dict[int, tuple[str | None, int]] = {}
    for s, hits in found:
        cited = _block_citation(text, s, year)
        floor = floors.get(s.block, _Floor(0))
        quote = text[s.start:s.end]
        sources = [Mention(m.start - s.start, m.end - s.start, m.text, m.value)
                   for m in doc.sources.within(s.start, s.end)]
        for hit in hits:
            claims.append(_claim(doc, s, hit, quote, sources, floor, cited, carried,
                                 outlet, document, url))
    return claims


def _claim(doc: _Doc, s: Sentence, hit: Hit, quote: str, sources: list[Mention], floor: _Floor,
           cited: tuple[str, datetime, int] | None,
           carried: dict[int, tuple[str | None, int]],
           outlet: str | None, document: str | None, url: str | None) -> Claim:
    pos = s.start + hit.quantity.start
    cited_outlet, cited_at, header_end = cited if cited else (None, None, 0)
    item_outlet = cited_outlet or outlet
    agents = [Mention(m.start - s.start, m.end - s.start, m.text, m.value)
              for m in doc.actors.within(s.start, s.end)]
    carried_source, carried_end = carried.get(s.block, (None, s.block_start))
    referent = carried_source
    if pronoun_says(quote):  # "It said ...": whoever spoke last in the paragraph
        referent = _last_speaker(doc, s, carried_end) or carried_source
    source = attribute(quote, hit.quantity.start, sources, referent, agents)
    if hit.coder:
        source = CODER_SOURCE
    elif source is not None:
        source = _named_next(doc, s, source)
    if source is None:
        source = carried_source or (canonical_source(item_outlet) if item_outlet else None)
    carried[s.block] = (source, s.end)
    actor = _pick(doc.actors, s, pos, floor)
    place = _pick_place(doc.places, s, pos, floor, doc.text)
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
        actor=_actor(actor, doc, source),
        event_type=event_type,  # type: ignore[arg-type]
        place=_place(doc, place, s),  # type: ignore[arg-type]
        date=_date(doc, s, pos, floor, cited_at, header_end),
        sites=_sites(doc, s, pos, floor),
        restated=hit.restated,
    )


def _last_speaker(doc: _Doc, s: Sentence, after: int) -> str | None:
    """The source that last spoke in the paragraph after offset `after` and
    before sentence `s` ("The coalition says it takes great care. It carried
    out two strikes ... and said ..." -> the coalition)."""
    for m in reversed(doc.sources.within(max(after, s.block_start), s.start)):
        if speaks(doc.text, m):
            return m.value
    return None


# How far past a figure's sentence the report may name the monitor it called
# "a monitoring group" (the lead's habit; the next sentence names it).
_NAMED_NEXT_CHARS = 300


def _named_next(doc: _Doc, s: Sentence, source: str) -> str:
    """A generic monitor ("a monitoring group says") is the named monitor the
    report names right after it ("The UK-based Syrian Observatory ... said").
    Only monitors: "activists" next to "the LCC" are often a different count."""
    info = source_info(source)
    if not info.generic or info.type != "monitor":
        return source
    for m in doc.sources.within(s.end, s.end + _NAMED_NEXT_CHARS):
        named = source_info(m.value)
        if named.type == "monitor" and not named.generic:
            return m.value
    return source


# A quotation in brackets cites wording, not a figure: 'releases are precise
# in form ("two airstrikes struck an ISIL building") but provisional'.
_CITED_WORDING = re.compile(r"\(\s*[\"“][^\"”()]{1,200}[\"”]\s*\)")


def _not_cited_wording(text: str, s: Sentence, hits: list[Hit]) -> list[Hit]:
    spans = [(m.start(), m.end()) for m in _CITED_WORDING.finditer(text, s.start, s.end)]
    if not spans:
        return hits
    return [h for h in hits
            if not any(a <= s.start + h.quantity.start < b for a, b in spans)]


def _actor(found: Mention | None, doc: _Doc, source: str | None) -> str | None:
    """The actor named near the figure, else the title's, else the party a
    military source speaks for (a press release reporting its own strikes)."""
    if found is not None:
        return found.value
    if doc.title.get("actor"):
        return doc.title["actor"]  # type: ignore[return-value]
    return source_info(source).actor if source else None


@lru_cache(maxsize=2)
def _cue_scan(cue: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """`cue` with its literal alternatives as a trie: it starts a match at the
    same offsets (only where a match ends may differ, inside one word). True
    when it is meant for " " + `match_form(text)` (no IGNORECASE: faster;
    `word_starts`: a match starts at an offset of the text, ends one past)."""
    shape = re.fullmatch(r"\\b\(\?:(.*)\)", cue.pattern, re.S)
    if shape is None or not cue.flags & re.I:
        return cue, False
    alts = shape.group(1).split("|")
    if any(not a or "(" in a or ")" in a or "[" in a or a.endswith("\\") for a in alts):
        return cue, False  # not a flat alternation: keep it as it is
    words = [a for a in alts if re.fullmatch(r"[a-z]+", a)]
    rest = [a for a in alts if not re.fullmatch(r"[a-z]+", a)]
    if all(re.fullmatch(r"[a-z]+(?:\\s\+[a-z]+)*", a) for a in rest):
        return word_starts("|".join([trie(words), *rest])), True
    return re.compile(rf"\b(?:{'|'.join([trie(words), *rest])})", cue.flags), False


def _first_cue(text: str, low: str) -> tuple[re.Match[str], int] | None:
    """The first cue of `text` (None: the text has no figure), and how far
    past its end the match ends: 1 when the scan is on " " + `low`,
    `match_form(text)` (see `_cue_scan`; start offsets are the text's)."""
    scan, folded = _cue_scan(cue_re())
    m = scan.search(f" {low}" if folded else text)
    return None if m is None else (m, int(folded))


def _candidates(first: re.Match[str], pad: int, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences holding a cue word: one regex scan over the text, from its
    `first` cue, + bisect; once a sentence holds a cue the scan jumps to its
    end (its other cues change nothing). Matches end `pad` past their end
    in the text (`_first_cue`)."""
    search = first.re.search
    text = first.string
    starts = [s.start for s in sentences]
    out: list[Sentence] = []
    last = -1
    pos = 0
    m: re.Match[str] | None = first
    while m is not None:
        pos = max(m.end() - pad, m.start() + 1)  # never stall on an empty match
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < sentences[i].end:
            if i != last:  # matches come left to right, so sentences in order
                out.append(sentences[i])
                last = i
            pos = max(pos, sentences[i].end)
        m = search(text, pos)
    return out


def _block_citation(text: str, s: Sentence,
                    year: int | None) -> tuple[str, datetime, int] | None:
    """The citation heading the list item of `s`, with its end as a text offset."""
    if not s.item:
        return None
    found = citation(text[s.block_start:s.block_start + 120], year)
    if found is None:
        return None
    outlet, when, end = found
    return outlet, when, s.block_start + end
