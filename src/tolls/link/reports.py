"""Reports without a figure: described, scored by the claims' model, linked.

Many news reports of a shooting give no toll at all ("a 1-year-old boy shot
while riding in a stroller", "suspect charged in Saturday's shooting"), so
they yield no claim, and a document without a claim would stay alone. A
`Report` describes such a document by what linking compares (event date,
the report's town, actor, event type, wording); `link_reports` links the
claims exactly as `link_claims` does, then lets each report join one
incident at its own town (docs/linking.md, "Reports without a figure").
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from tolls.extract import extract
from tolls.extract.actors import find_actors
from tolls.extract.dates import find_dates
from tolls.extract.events import find_event_types
from tolls.extract.mentions import Mention
from tolls.extract.places import find_places, state_after, states_written
from tolls.extract.sites import find_sites
from tolls.lexicons import load
from tolls.link._addresses import streets
from tolls.link._cluster import Clusters
from tolls.link._counties import counties
from tolls.link._followups import recalled_days
from tolls.link._model import Pair
from tolls.link._people import aged_people, headline_ages, named_people
from tolls.link._records import _EPOCH, Record, km, to_records, tokens
from tolls.link._stories import story_words
from tolls.link.linker import cluster_claims
from tolls.link.settings import LinkSettings
from tolls.types import Claim, DateRange, Place

_COARSE = {"province", "country"}
# The lead of a news report says what happened, where and when; the rest is
# background, quotes and earlier events.
_LEAD_CHARS = 600
# A story's particulars come first; sidebars ("More from ...") and page
# furniture follow it.
_STORY_CHARS = 2000
# A follow-up says which shooting it follows in its first paragraphs.
_RECALL_CHARS = 1500
# A report's state is the one its towns are most often in when at least
# this many are (one town of a state is as likely the gazetteer's guess).
_MAIN_STATE_TOWNS = 2
# A date right after a speech verb is when something was said ("police said
# Monday"), not when the shooting happened.
# A town before one of these is where a person is from ("Lynn teen").
_PERSON_AFTER = re.compile(
    r"(?:'s|’s)?[ \t]+(?i:man|woman|men|women|boy|girl|teen|teenager|toddler|child|"
    r"student|resident|couple|mother|father)\b")
# A title's tail naming the outlet: " - WMC Action News 5 - Memphis,
# Tennessee", " | WBTV Charlotte", " - wave3.com-Louisville News".
_OUTLET = re.compile(
    r"\s(?:[-|–—]|-\s\|)\s(?=[^-|–—]*(?:\bNews\b|\bTV\b|\.com\b|\bChannel\b|"
    r"\b[KW][A-Z]{2,3}\b|\bFOX\b|\bNBC|\bCBS\b|\bABC\b|My[A-Z][a-z]+[A-Z]))")
# Words of a follow-up's headline: its news is an arrest, a court, a death
# or a mourning, not a new shooting (lexicons/linking.yaml).
_LINKING = load("linking")
_FOLLOWUP_WORDS = frozenset(_LINKING["followup_words"])
# A shop named after a person or a dish is written with an article and a
# possessive ("a Chili's", "the Wendy's"); a town never is.
_SHOP = r"\b(?:[Aa]n?|[Tt]he)[ \t]+{}(?:'s|’s)(?!\w)"
# Words that read a name as a place: "in Ari", "at Uptown Ari", "Ari police",
# "Ari man" (and a state after it: "Ari, Texas").
_AS_PLACE = (r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom)[ \t]+(?:the[ \t]+)?"
             r"(?:[A-Z][a-z]+[ \t]+)?{0}\b|\b{0}(?:'s|’s)?[ \t]+"
             r"(?i:police|county|sheriff|city|mayor|area|neighbou?rhood|residents?|native|"
             r"man|woman|teen|boy|girl)\b")
# A newspaper's name after its town: "Tampa Times", "Salem News-Press",
# "Dayton Daily News".
_PRESS_AFTER = re.compile(r"[ \t]+(?:(?:Daily|Morning|Evening|Free)[ \t]+)?(?:"
                          + "|".join(map(re.escape, _LINKING["newspaper_words"]))
                          + r")(?:-[A-Z][a-z]+)?\b")
_NOT_NEIGHBOURS = frozenset([*_LINKING["not_names"], *_LINKING["not_name_neighbours"]])
# A person's doings after the name (or the name and a surname): "Ari said",
# "Ari Doe, 24", "Ari's mother".
_PERSON_ACTS = (r"\b{}(?:[ \t]+[A-Z][a-z]+)?(?:,[ \t]+\d{{1,2}}\b|(?:'s|’s)[ \t]+(?:"
                + "|".join(_LINKING["person_kin"]) + r")\b|[ \t]+(?:"
                + "|".join(_LINKING["person_verbs"]) + r")\b)")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|added|stated|confirmed|released|reported)\s+"
    r"(?:on\s+|late\s+|early\s+)?$", re.I)


@dataclass(slots=True)
class Report:
    """A document without a claim, reduced to what linking compares.

    `date` is the event's day when the report names one in the week before
    it was published, else the window (day before, day of publication);
    `place` is the report's own town (its title's, else the one it names
    most), `places` every town it names.
    """

    document: str
    date: DateRange | None
    place: Place | None
    places: list[Place] = field(default_factory=list)
    actor: str | None = None
    event_type: str | None = None
    sites: list[str] = field(default_factory=list)
    text: str = ""
    # People named with their age ("Alex Doe, 24"), and every first-last
    # name the report gives (a follow-up names them again): see _people.py.
    people: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    # Ages under 20 its headline gives ("Boy, 3, shot"): see _people.py.
    ages: list[int] = field(default_factory=list)
    # US counties its title or lead names, "name|state": see _counties.py.
    counties: list[str] = field(default_factory=list)
    # The exact toll its headline gives, {"killed": 1, "injured": 8}.
    tolls: dict[str, int] = field(default_factory=dict)
    # Streets its text names ("moss trl"): see _addresses.py.
    streets: list[str] = field(default_factory=list)
    # The content words of its story (title and text up to _STORY_CHARS).
    words: list[str] = field(default_factory=list)
    # Days before its week that its title or first paragraphs name, ISO
    # ("charged in the Nov. 29 death"): see _followups.py.
    recalled: list[str] = field(default_factory=list)
    # The content words of its headline alone: a page whose body is a
    # paywall or a sign-up box still has its headline.
    headline: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """This report as JSON (dates as ISO strings), for storing; `from_json` reverses it."""
        return json.loads(json.dumps(dataclasses.asdict(self), default=_iso))

    @classmethod
    def from_json(cls, payload: dict[str, Any]) -> Report:
        place = payload.get("place")
        return cls(**{**payload, "date": _date_range(payload.get("date")),
                      "place": Place(**place) if place else None,
                      "places": [Place(**p) for p in payload.get("places", [])]})


def _iso(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a report description")


def _date_range(payload: dict[str, Any] | None) -> DateRange | None:
    if payload is None:
        return None
    start, end = payload.get("start"), payload.get("end")
    return DateRange(start=date.fromisoformat(start) if start else None,
                     end=date.fromisoformat(end) if end else None,
                     precision=payload.get("precision", "day"))


def describe(text: str, *, published: date | datetime | None = None,
             title: str | None = None, document: str = "") -> Report:
    """What a report says about its event: day, town, actor, wording."""
    day = published.date() if isinstance(published, datetime) else published
    head = f"{title}\n\n" if title else ""
    lead = head + text[:_LEAD_CHARS]
    text_places = find_places(text)
    in_title, in_text = _towns(title or ""), _towns(text, text_places)
    page = f"{title or ''}\n{text}"
    stated = _stated(page, in_title + in_text)
    no_towns = _no_towns(page, text, in_title + in_text, stated)
    in_title = [p for p in in_title if p.name not in no_towns]
    in_text = [p for p in in_text if p.name not in no_towns]
    towns = _distinct(in_title + in_text)
    actors = find_actors(lead)
    events = find_event_types(lead)
    event, outlet = _event_first(title or "", in_title)
    # A newspaper's town ("the Tampa Times reports") is the outlet's: it
    # counts after the story's towns, as a title's outlet does.
    press = _press_towns(text, text_places)
    story = [p for p in in_text if p.name not in press]
    outlet += [p for p in in_text if p.name in press]
    town = _main_town(event, story + outlet)
    # A county of one state named in the title or lead votes for that state
    # ("Hunter found dead in Chautauqua County": Lakewood, New York, not
    # Colorado); the counties are then read again with the town's state.
    named = counties(lead, [town.admin1 if town else None, *(p.admin1 for p in towns)])
    # So does a state written after a town ("near Bristol, Tennessee"), even
    # of a town the gazetteer lacks, in the story but not in the outlet's
    # tail of the title ("... - WBRC FOX6 News - Birmingham, AL").
    written = states_written(f"{_without_outlet(title or '')}\n\n{text[:_STORY_CHARS]}")
    town = _main_town(event, story + outlet, [k.rpartition("|")[2] for k in named] + written,
                      stated)
    return Report(
        document=document,
        date=_event_date(lead, day),
        place=town,
        places=towns,
        actor=actors[0].value if actors else None,
        event_type=events[0].value if events else None,
        sites=list(dict.fromkeys(m.value for m in find_sites(lead))),
        text=lead,
        people=_not_towns(aged_people(head + text), towns),
        names=named_people(head + text),
        ages=headline_ages(title or ""),
        counties=counties(lead, [town.admin1 if town else None,
                                 *(p.admin1 for p in towns)]),
        tolls=headline_tolls(title or "", day),
        streets=streets(text),
        words=story_words(title or "", text[:_STORY_CHARS]),
        recalled=recalled_days(head + text[:_RECALL_CHARS], day),
        headline=tokens(title or ""),
    )


def headline_tolls(title: str, published: date | None = None) -> dict[str, int]:
    """The exact killed and injured counts a headline gives ("One dead, 8
    injured in Grand Rapids shooting" -> killed 1, injured 8), the first of
    each kind; an "at least" or a vague figure is left out."""
    out: dict[str, int] = {}
    for c in extract(title, published=published) if title else ():
        f = c.figure
        if (f.kind in ("killed", "injured") and f.group == "all" and f.qualifier == "exact"
                and f.low is not None and f.low == f.high):
            out.setdefault(f.kind, f.low)
    return out


def _towns(text: str, places: Sequence[Mention] | None = None) -> list[Place]:
    """Places at town precision or finer, in text order (`places`: the
    text's `find_places`, when read already)."""
    if not text:
        return []
    found = find_places(text) if places is None else places
    return [m.value for m in found if m.value.precision not in _COARSE]


def _event_first(title: str, in_title: list[Place]) -> tuple[list[Place], list[Place]]:
    """The title's towns, a person's town and the outlet's last: "Fort Worth
    man found not guilty in fatal Arlington shooting" and "Kent teen
    arrested after Des Moines shooting" say where the shooting was with
    their other town; "... - NBC12 - WWBT - Richmond, VA News" is where the
    station is."""
    if not in_title:
        return [], []
    outlet = _OUTLET.search(title)
    cut = outlet.start() if outlet else len(title)
    rank = {}
    for m in find_places(title):
        rank.setdefault(m.value.name, 2 if m.start >= cut
                        else 1 if _PERSON_AFTER.match(title, m.end) else 0)
    ranked = sorted(in_title, key=lambda p: rank.get(p.name, 0))
    return ([p for p in ranked if rank.get(p.name, 0) < 2],
            [p for p in ranked if rank.get(p.name, 0) == 2])


def _press_towns(text: str, places: Sequence[Mention]) -> set[str]:
    """The towns (by name) the text (its `find_places` given) names only as
    a newspaper's ("The Tampa Times reports", "told the Salem News-Press")."""
    press, story = set(), set()
    for m in places:
        if m.value.precision not in _COARSE:
            (press if _PRESS_AFTER.match(text, m.end) else story).add(m.value.name)
    return press - story


def _without_outlet(title: str) -> str:
    """The title without its tail naming the outlet."""
    outlet = _OUTLET.search(title)
    return title[:outlet.start()] if outlet else title


def _no_towns(page: str, text: str, towns: list[Place], stated: Collection[str]) -> set[str]:
    """The one-word towns (by name) that the report writes as a shop or a
    person: a name means one thing in one report, so a headline's "killed
    in Chili's parking lot" is no story of Chili, New Mexico, when the text
    writes "a Chili's"; "Christopher Doe, 43" makes no Christopher, Illinois."""
    words = {p.name for p in towns if re.fullmatch(r"[A-Z][a-z]+", p.name)}
    return {w for w in words if re.search(_SHOP.format(w), page)
            or (w not in stated and _is_person(page, text, w))}


def _is_person(page: str, text: str, word: str) -> bool:
    """`word` is a person's name in the report: its text writes it next to
    another name ("Ari Doe", "Alex Ari": a title capitalises every word, so
    only the text counts) and with a person's doings ("Ari said", "Ari
    Doe, 24", "Ari's mother"), and the report never writes it as a place
    ("in Ari", "Ari police"; with its state, "Ari, Texas", the caller checks)."""
    if re.search(_AS_PLACE.format(word), page):
        return False
    beside = re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{word}\b|\b{word}[ \t]+([A-Z][a-z]+)\b"
                         r"(?![ \t]+[A-Z])", text)
    if not any((m.group(1) or m.group(2)).lower() not in _NOT_NEIGHBOURS for m in beside):
        return False
    return re.search(_PERSON_ACTS.format(word), text) is not None


def _not_towns(names: list[str], towns: list[Place]) -> list[str]:
    """Names that are not a town the report names ("a 4-year-old Long Beach
    girl" reads like "a 4-year-old Alex Doe")."""
    named = {t.name.lower() for t in towns}
    return [n for n in names if n not in named]


def _distinct(places: list[Place]) -> list[Place]:
    seen: dict[str, Place] = {}
    for p in places:
        seen.setdefault(p.name.lower(), p)
    return list(seen.values())


def _main_town(in_title: list[Place], in_text: list[Place],
               county_states: Sequence[str] = (),
               stated: Collection[str] = ()) -> Place | None:
    """The title's town, else the town the text names most (first named wins
    a tie): a local story names its town again and again, a surname read as
    a town comes up once. Only towns of the state (admin1) the report's
    towns are most often in count, when at least two are: the gazetteer
    picks a town of the name in another state ("Pasco" in Washington in a
    story of Pasco County, Florida, that names New Port Richey). A report
    that names a town of known province names no town without one: the
    gazetteer only guesses those, abroad, from a headline word or a surname
    ("Arrest made in Gwinnett shooting" read as Arrest, France; "Lopez", a
    Philippine town, in a story from Killeen, Texas). A town of another
    state is first read again in the main state, unless the report writes
    its state (`stated`: "Lakewood" in Colorado in a story of Tacoma,
    Washington, is Lakewood, Washington)."""
    if any(p.admin1 for p in in_title + in_text):
        in_title = [p for p in in_title if p.admin1]
        in_text = [p for p in in_text if p.admin1]
    states = Counter(p.admin1 for p in in_title + in_text if p.admin1)
    states.update(county_states)
    if states:
        main, n = states.most_common(1)[0]
        if n >= _MAIN_STATE_TOWNS:
            in_title = [_in_state(p, main, stated) for p in in_title]
            in_text = [_in_state(p, main, stated) for p in in_text]
            in_title = [p for p in in_title if p.admin1 in (main, None)]
            in_text = [p for p in in_text if p.admin1 == main] or in_text
    if in_title:
        return in_title[0]
    if not in_text:
        return None
    counts = Counter(p.name.lower() for p in in_text)
    best = max(counts.values())
    return next(p for p in in_text if counts[p.name.lower()] == best)


def _in_state(place: Place, state: str, stated: Collection[str]) -> Place:
    """`place`, or the US town of its name in `state` when it is of another
    state the report does not write."""
    if place.country != "US" or place.admin1 in (state, None) or place.name in stated:
        return place
    return _town_in_state(place.name, state) or place


@lru_cache(maxsize=4096)
def _town_in_state(name: str, state: str) -> Place | None:
    return next((m.value for m in find_places(f"{name}, {state}")
                 if m.value.admin1 == state and m.value.precision not in _COARSE), None)


def _stated(page: str, towns: list[Place]) -> set[str]:
    """The towns (by name) the report writes with their state ("Lakewood,
    Colo.")."""
    return {p.name for p in towns if any(
        state_after(page, m.end()) for m in re.finditer(rf"\b{re.escape(p.name)}\b", page))}


def _event_date(lead: str, published: date | None) -> DateRange | None:
    """The first day named in the lead within the week before publication
    ("on Saturday", "Feb. 5"), else the publication window."""
    if published is None:
        return None
    for m in find_dates(lead, published):
        d = m.value
        said = _SAID_BEFORE.search(lead[max(0, m.start - 30):m.start])
        if d.start is None or d.start != d.end or said:
            continue
        if published - timedelta(days=7) <= d.start <= published:
            return DateRange(d.start, d.start, "day")
    return DateRange(published - timedelta(days=1), published, "days")


def report_record(report: Report, rid: int) -> Record:
    """A report as a linking record: no figure, the report's town as its place."""
    start = end = None
    if report.date is not None and report.date.start is not None:
        start = report.date.start.toordinal() - _EPOCH
        end = (report.date.end or report.date.start).toordinal() - _EPOCH
    p = report.place
    return Record(
        id=rid, day_start=start, day_end=end,
        lat=p.lat if p else None, lon=p.lon if p else None,
        place_key=(f"gn:{p.geonames_id}" if p and p.geonames_id is not None
                   else f"name:{p.name.lower()}" if p else None),
        admin1=(p.admin1 or "").lower() or None if p else None,
        actor=(report.actor or "").lower() or None,
        event_type=(report.event_type or "").lower() or None,
        sites=sorted({s.lower() for s in report.sites}) or None,
        tokens=tokens(report.text) or None,
        restated=False, incident=None, is_new=True, document=report.document,
        place_name=p.name.lower() if p else None,
        ages=tuple(report.ages),
    )


def link_reports(claims: Sequence[Claim], reports: Sequence[Report],
                 settings: LinkSettings | None = None) -> tuple[dict[int, int], dict[str, int]]:
    """Link claims into incidents (as `link_claims`), then place each report.

    `reports` describe documents without a claim (figureless reports) and
    may also describe documents with claims: such a report stands for its
    document's main incident (the one holding most of its claims) and lends
    it the document's own town and day.

    Returns the claims' assignment and each report's document -> incident
    key: an existing incident id, a temporary key of a new incident, or a
    further negative key for an incident made of reports only. With
    figureless reports only, the claims' assignment is exactly what
    `link_claims` returns. Rules (docs/linking.md):
    - a figureless report joins only claims at its own town (same town name,
      same place, or within `near_km`), through its best pair scoring at
      least `threshold` (it has no figure, so the bar is the claims' own);
    - two documents whose leads name a day (within `max_days` of each
      other), with the same own town or the town of one named in the
      other's lead, are one incident (unless that joins two known actors
      or two existing incidents);
    - two reports naming one person, given with an age in one of them,
      in one state within `people_days`, are one case (`_same_people`);
      so are two headlines giving one child's age at one town within
      `followup_days` (`_same_age`), and two leads sharing rare words at
      one town within `max_days` (`_similar_leads`), two titles or leads
      naming one US county of one state within `county_days`
      (`_same_county`), two headlines giving one exact toll of 3 or
      more at one town within `toll_days` (`_same_toll`), two texts naming
      one street in one state within `street_days` (`_same_street`), and
      two stories (title and text) in one state within `text_days` whose
      TF-IDF cosine is at least `text_similarity` (`text_similarity_states`
      in two states; `_similar_texts`); a
      report recalling a day (before its week, within `recall_days`) joins
      the one incident whose reports at its town name that day
      (`_recalled_day`); two headlines in one state within
      `headline_days` whose TF-IDF cosine is at least
      `headline_similarity` are one incident (`_similar_headlines`), and a
      page with no story of its own joins the story holding its headline
      (`_headline_in_story`); two clusters whose headlines give children's
      ages, none in common, are never joined;
    - a figureless report that links to nothing joins the single incident
      with a claim dated to a day at its town up to `followup_days` before
      its date (a follow-up: "teen charged in Saturday's shooting"), or, if
      it names no day, with a report naming such a day there;
    - reports left over join each other when they name the same town and
      their pair scores at least `threshold`.
    """
    s = settings or LinkSettings()
    base = max((c.id or 0 for c in claims), default=0) + 1
    extra = [report_record(r, base + i) for i, r in enumerate(reports)]
    records = to_records(claims)
    # The headline's ages hold for every claim of its document.
    ages = {report.document: tuple(report.ages) for report in reports if report.ages}
    for r in records:
        r.ages = ages.get(r.document or "", r.ages)
    documents = {r.document for r in records}
    figureless = [r for r in extra if r.document not in documents]
    clusters, pairs = cluster_claims(records, s, figureless)
    by_id = {r.id: r for r in [*records, *extra]}
    for r in extra:
        clusters.add(r)
    _join_documents(clusters, records, [r for r in extra if r.document in documents])
    placed = _attach_scored(clusters, figureless, pairs, by_id, s)
    lead = {r.id: {p.name.lower() for p in _towns(report.text)}
            for r, report in zip(extra, reports, strict=True)}
    _same_day_documents(clusters, extra, lead, by_id, s)
    _same_people(clusters, extra, reports, by_id, s)
    _same_age(clusters, extra, reports, s)
    _placeless_age(clusters, extra, reports, s)
    _similar_leads(clusters, extra, s)
    _same_county(clusters, extra, reports, s)
    _same_toll(clusters, extra, reports, s)
    _headline_toll_claimed(clusters, extra, reports, records, s)
    _same_street(clusters, extra, reports, s)
    _similar_texts(clusters, extra, reports, s)
    _similar_headlines(clusters, extra, reports, s)
    _headline_in_story(clusters, extra, reports, s)
    _recalled_day(clusters, extra, reports, s)
    # A follow-up's incident may be known by a claim dated to the day at
    # the town, or by a report whose lead names the day there (the claims
    # of a local story often carry the gazetteer's noise instead).
    headlines = {r.id: report.headline for r, report in zip(extra, reports, strict=True)}
    placed |= _attach_followups(clusters, figureless, records, extra, placed, s, headlines)
    _join_reports(clusters, figureless, pairs, by_id, placed, s)
    keys = clusters.keys()
    claim_keys = {r.id: keys[r.id] for r in records}
    return claim_keys, {r.document: keys[r.id] for r in extra}  # type: ignore[misc]


def _join_documents(clusters: Clusters, records: Sequence[Record],
                    described: Sequence[Record]) -> None:
    """The report of a document with claims joins the incident holding most
    of that document's claims (the first such incident on a tie)."""
    roots: dict[str, Counter[int]] = defaultdict(Counter)
    for r in sorted(records, key=lambda r: r.id):
        roots[r.document][clusters.find(r.id)] += 1  # type: ignore[index]
    for r in described:
        main, _ = roots[r.document].most_common(1)[0]  # type: ignore[index]
        clusters.force_union(main, r.id)


def _same_day_documents(clusters: Clusters, extra: Sequence[Record],
                        lead: dict[int, set[str]], by_id: dict[int, Record],
                        s: LinkSettings) -> None:
    """Documents whose leads name a day (within `lead_days` of each other),
    with the same town, or the town of one named in the other's title or
    lead ("Humble, northeast of Houston"), report one incident: their claims
    may carry the gazetteer's noise ("Dale, Indiana" for a Boston story) or
    miss the day, their leads do not. Both must name the day: with only a
    publication window, a city's other shootings of those days fit as well
    (a Kansas City mass shooting the day after another at a club). A town
    named only further down is not enough: a story names the nearby city,
    a suspect's home town, earlier shootings. The days named in one
    incident's leads span at most `lead_days`, and a town named in a lead
    brings one document into an incident, never joins two incidents of
    several documents (the Berrien County courthouse stories name the
    Dallas ambush of four days before)."""
    dated = sorted((r for r in extra if r.precise_day and r.place_name),
                   key=lambda r: (r.day_start, r.id))
    days: dict[int, tuple[int, int]] = {r.id: (r.day_start, r.day_start)  # type: ignore[misc]
                                        for r in dated}
    # own towns first, so that a town named in a lead meets whole incidents
    for same_town in (True, False):
        for a, b in _day_pairs(dated, s.lead_days):
            lo, hi = _days_joined(days, clusters, a.id, b.id)
            if hi - lo > s.lead_days:
                continue  # no chain of next days: Friday's, Saturday's, Sunday's shootings
            if (_one_town(a, b, lead, clusters, by_id, same_town)
                    and _join_unless_decided(clusters, a.id, b.id)):
                days[clusters.find(a.id)] = (lo, hi)


def _same_people(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
                 by_id: dict[int, Record], s: LinkSettings) -> None:
    """Two reports naming one person, given with an age in one of them
    ("Alex Doe, 24"), within `people_days` of each other, in one state (or
    a state unknown, or one names a town of the other's state), report one
    case: the follow-ups of a shooting
    (arrest, charges, trial, sentencing) name its victims and suspects
    again, months or years on and filed from the suspect's or the court's
    town. Two states known and different, neither report naming a town
    of the other's, are two people of one name."""
    if s.people_days < 0:
        return
    naming: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        for name in dict.fromkeys([*report.people, *report.names]):
            naming[name].append(i)
    for i, report in enumerate(reports):
        for name in report.people:
            for j in naming[name]:
                a, b = extra[i], extra[j]
                if (j != i and _days_apart(a, b) <= s.people_days
                        and (_one_state(a, b) or _names_state(reports[j], a)
                             or _names_state(report, b))):
                    _join_unless_decided(clusters, a.id, b.id)


def _names_state(report: Report, other: Record) -> bool:
    """The report names a town of the other's state: an arrest filed from
    Truckee, California, names the Idaho Falls of the killing."""
    return other.admin1 is not None and any(
        (p.admin1 or "").lower() == other.admin1 for p in report.places)


def _same_age(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
              s: LinkSettings) -> None:
    """Two reports at one town (with a known province) whose headlines give
    the same child's or teenager's age ("Boy, 3, shot"; "Father charged
    in shooting of 3-year-old"), within `followup_days`, report one case:
    a headline names the victim by age when it has no name to give, and
    the follow-up's headline by the same age. A child of one age shot in
    one town within a month is rare; an adult's age says less, and no
    headline age is taken over 19."""
    if s.followup_days < 0:
        return
    by_town_age: dict[tuple[str, int], list[Record]] = defaultdict(list)
    for r, report in zip(extra, reports, strict=True):
        if r.place_name and r.admin1 and r.day_start is not None:
            for age in report.ages:
                by_town_age[(r.place_name, age)].append(r)
    for group in by_town_age.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _days_apart(a, b) <= s.followup_days:
                    _join_unless_decided(clusters, a.id, b.id)


def _placeless_age(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
                   s: LinkSettings) -> None:
    """A report naming no place at all (a wire's "Deputies: Boy, 3, dies
    after shooting himself") whose headline gives a child's age joins the
    one incident whose reports, with a place, give that age in their
    headlines at most `placeless_age_days` away ("Boy, 3, who shot himself
    in Harris County has died"). With two such incidents it joins neither."""
    if s.placeless_age_days < 0:
        return
    placed: dict[int, list[Record]] = defaultdict(list)
    for r, report in zip(extra, reports, strict=True):
        if r.admin1 and r.day_start is not None:
            for age in report.ages:
                placed[age].append(r)
    for b, report in zip(extra, reports, strict=True):
        if b.admin1 or b.place_name or b.day_start is None:
            continue
        roots = {clusters.find(a.id) for age in report.ages for a in placed[age]
                 if _days_apart(a, b) <= s.placeless_age_days}
        if len(roots) == 1:
            _join_unless_decided(clusters, next(iter(roots)), b.id)


def _similar_leads(clusters: Clusters, extra: Sequence[Record], s: LinkSettings) -> None:
    """Two reports at one town, dated within `max_days` (not to two named
    days), whose leads share rare words (TF-IDF cosine at least
    `lead_similarity`, document frequencies over the reports linked) are
    one incident: "a motorcycle club on Prospect Avenue" in two stories
    of one city, one of which names no day. Words every story of a
    shooting uses weigh little, and so does an outlet's boilerplate that
    all its stories carry; numbers are not words here (tolls evolve)."""
    if s.lead_similarity > 1:
        return
    vectors = _tfidf([r.tokens or [] for r in extra])
    by_town: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(extra):
        if r.place_name and r.admin1 and r.day_start is not None:
            by_town[r.place_name].append(i)
    for group in by_town.values():
        group.sort(key=lambda i: (extra[i].day_start, extra[i].id))
        for x, i in enumerate(group):
            for j in group[x + 1:]:
                a, b = extra[i], extra[j]
                if b.day_start - a.day_end > s.max_days:  # type: ignore[operator]
                    break  # sorted by start: every later one is further (a city's years of stories)
                if a.precise_day and b.precise_day and a.day_start != b.day_start:
                    continue
                if (_gap(a, b) <= s.max_days
                        and _cosine(vectors[i], vectors[j]) >= s.lead_similarity):
                    _join_unless_decided(clusters, a.id, b.id)


def _same_county(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
                 s: LinkSettings) -> None:
    """Two reports whose titles or leads name one county of one state
    ("Teen accidentally shot and killed in Itasca County"), at most
    `county_days` apart, are one incident, unless their headlines give two
    different ages ("Boy, 13" and "girl, 5" in Wayne County a week apart).
    A story of a shooting outside a city names the sheriff's county, often
    not a town, and the gazetteer has no counties. Two reports with two
    different own towns (each with a known province) are not joined by
    their county: a city's story names its county too, and a county holds
    several towns' shootings on one day."""
    if s.county_days < 0:
        return
    for key, i, j in _sharing(extra, [report.counties for report in reports]):
        state = key.rpartition("|")[2].lower()
        a, b = extra[i], extra[j]
        ages_a, ages_b = set(reports[i].ages), set(reports[j].ages)
        if ages_a and ages_b and not ages_a & ages_b:
            continue
        if _two_towns(a, b, state, s):
            continue  # Houston and Humble, both in Harris County: the towns say more
        if _days_apart(a, b) <= s.county_days:
            _join_unless_decided(clusters, a.id, b.id)


def _same_toll(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
               s: LinkSettings) -> None:
    """Two reports at one town (with a known province) whose headlines give
    the same exact toll, killed and injured adding up to 3 or more ("Police
    identify four killed in Killeen shooting"; "4 people dead in apparent
    murder-suicide in Killeen"; "One dead, 8 injured in Grand Rapids
    shooting" and, four months on, "Man arrested in Grand Rapids shooting
    that killed 1, hurt 8"), at most `toll_days` apart, are one incident: a
    headline gives the toll as the story's point, a follow-up's gives it
    again to say which shooting, and one town rarely has two shootings of
    one exact toll of three or more in a year. "One killed" or "two
    wounded" is every city's week. Two reports naming two different days
    within `followup_days` report two events of one place (the government's
    raids on Raqqa of Friday and Saturday); a follow-up months on names the
    day of its own news (an arrest)."""
    if s.toll_days < 0:
        return
    by_toll: dict[tuple, list[Record]] = defaultdict(list)
    for r, report in zip(extra, reports, strict=True):
        if (r.place_name and r.admin1 and r.day_start is not None
                and sum(report.tolls.values()) >= 3):
            by_toll[(r.place_name, *sorted(report.tolls.items()))].append(r)
    for group in by_toll.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                apart = _days_apart(a, b)
                if a.precise_day and b.precise_day and 0 < apart <= s.followup_days:
                    continue  # two days named within a month: two raids, two shootings
                if apart <= s.toll_days:
                    _join_unless_decided(clusters, a.id, b.id)


def _headline_toll_claimed(clusters: Clusters, extra: Sequence[Record],
                           reports: Sequence[Report], records: Sequence[Record],
                           s: LinkSettings) -> None:
    """A report without a figure of its own whose headline gives an exact
    toll of 2 or more ("Five Injured in Overnight Des Moines Shooting", its
    body saying only "sent five people to the hospital") joins the one
    incident at its town holding a claim of that kind and value dated
    within its days (± `window_days`)."""
    if s.window_days < 0:
        return
    documents = {r.document for r in records}
    by_town: dict[str, list[Record]] = defaultdict(list)
    for o in records:
        if o.place_name and o.day_start is not None and o.fig_kind and o.fig_low == o.fig_high:
            by_town[o.place_name].append(o)
    for b, report in zip(extra, reports, strict=True):
        if (b.document in documents or not b.place_name or b.day_start is None
                or not report.tolls):
            continue
        end = b.day_end if b.day_end is not None else b.day_start
        roots = {clusters.find(o.id) for o in by_town.get(b.place_name, ())
                 if report.tolls.get(o.fig_kind or "", 0) >= 2
                 and o.fig_low == report.tolls[o.fig_kind or ""]
                 and b.day_start - s.window_days <= o.day_start <= end + s.window_days}  # type: ignore[operator]
        if len(roots) == 1:
            _join_unless_decided(clusters, next(iter(roots)), b.id)


def _same_street(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
                 s: LinkSettings) -> None:
    """Two reports whose texts name one street ("the 4400 block of Moss
    Trail"), in one state (or a state unknown, or one names a town of the
    other's state), at most `street_days` apart, are one incident: the
    follow-ups of a shooting (the victim named, an arrest, charges) say
    again where it happened, whatever town their headlines name. A street
    name is rare across a state's towns; the numbered streets every city
    has count only with their block."""
    if s.street_days < 0:
        return
    for _, i, j in _sharing(extra, [report.streets for report in reports]):
        a, b = extra[i], extra[j]
        if (_days_apart(a, b) <= s.street_days
                and (_one_state(a, b) or _names_state(reports[i], b)
                     or _names_state(reports[j], a))):
            _join_unless_decided(clusters, a.id, b.id)


def _similar_texts(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
                   s: LinkSettings) -> None:
    """Two reports in one state (or a state unknown), at most `text_days`
    apart, whose stories share rare words (TF-IDF cosine at least
    `text_similarity`, document frequencies over the reports linked) are
    one incident: the stories of one shooting retell its particulars (the
    club's name, the victim's, the street, what led to it) below their
    leads, whatever town their headlines name; two shootings of one week
    share the words every such story uses, which weigh little. In two
    states (often the gazetteer's two picks: "Brooklyn Park" and
    "Brooklyn") the bar is `text_similarity_states`."""
    _join_similar(clusters, extra, [r.words for r in reports], s.text_days,
                  s.text_similarity, s.text_similarity_states)


def _similar_headlines(clusters: Clusters, extra: Sequence[Record],
                       reports: Sequence[Report], s: LinkSettings) -> None:
    """Two headlines in one state (or a state unknown), at most
    `headline_days` apart, sharing rare words (TF-IDF cosine at least
    `headline_similarity`: "One killed, six injured in Old Town shooting",
    "One dead, six hurt in Wichita's Old Town shooting") are one incident:
    it ties a page whose body is a paywall, or tells another story, to the
    stories of its shooting. Never across two states (a headline is short)."""
    _join_similar(clusters, extra, [r.headline for r in reports], s.headline_days,
                  s.headline_similarity, 2.0, s.headline_similarity_town)


def _headline_in_story(clusters: Clusters, extra: Sequence[Record],
                       reports: Sequence[Report], s: LinkSettings) -> None:
    """A page with no story of its own (a paywall, a sign-up box, a tweet:
    its words are its headline's) joins the report at most `headline_days`
    away, in one state (or a state unknown), whose story holds most of its
    headline's rare words (IDF-weighted share at least `headline_in_story`):
    "Police identify four killed in Killeen shooting" and a Killeen story
    of that day. Only its best match, so it never ties two incidents."""
    if s.headline_in_story > 1:
        return
    n = len(reports)
    df = Counter(t for r in reports for t in set(r.words))
    # Dated reports by day, so each page reads only the reports of its days.
    dated = sorted((r.day_start, j) for j, r in enumerate(extra) if r.day_start is not None)
    days = [d for d, _ in dated]
    for i, (b, report) in enumerate(zip(extra, reports, strict=True)):
        head = set(report.headline)
        if b.day_start is None or not head or not set(report.words) <= head:
            continue
        weight = {t: math.log(n / df[t]) if df[t] else math.log(n) for t in head}
        total = sum(weight.values())
        best, share = None, 0.0
        near = sorted(j for _, j in dated[bisect_left(days, b.day_start - s.headline_days):
                                          bisect_right(days, b.day_start + s.headline_days)])
        for j in near:
            a, other = extra[j], reports[j]
            if j == i or not _one_state(a, b):
                continue
            words = set(other.words)
            got = sum(w for t, w in weight.items() if t in words) / total if total else 0.0
            if got > share:
                best, share = a, got
        if best is not None and share >= s.headline_in_story:
            _join_unless_decided(clusters, b.id, best.id)


def _join_similar(clusters: Clusters, extra: Sequence[Record], words: Sequence[Sequence[str]],
                  days: int, bar: float, bar_states: float,
                  bar_town: float | None = None) -> None:
    """Join dated records at most `days` apart whose `words`' TF-IDF cosine
    is at least `bar` in one state, `bar_states` in two, `bar_town` (when
    given) at one town of a known province (above 1: off)."""
    if min(bar, bar_states) > 1:
        return
    vectors = _tfidf(words)
    dated = sorted((i for i, r in enumerate(extra) if r.day_start is not None),
                   key=lambda i: (extra[i].day_start, extra[i].id))
    for x, i in enumerate(dated):
        for j in dated[x + 1:]:
            a, b = extra[i], extra[j]
            if b.day_start - a.day_start > days:  # type: ignore[operator]
                break
            need = (bar_town if bar_town is not None and a.place_name and a.admin1
                    and a.place_name == b.place_name and a.admin1 == b.admin1
                    else bar if _one_state(a, b) else bar_states)
            if _cosine(vectors[i], vectors[j]) >= need:
                _join_unless_decided(clusters, a.id, b.id)


def _recalled_day(clusters: Clusters, extra: Sequence[Record], reports: Sequence[Report],
                  s: LinkSettings) -> None:
    """A report recalling a day (`Report.recalled`: "charged in the Nov. 29
    death of ...", named before the week of its publication), at most
    `recall_days` before its own, joins the one incident whose reports at
    its own town (with a known province) name that day as their event's:
    a follow-up says which shooting it follows by its day, where its
    headline's news (an arrest, a sentencing) is of another. With two
    incidents of that day at the town (a city's weekend) it stays out."""
    if s.recall_days < 0:
        return
    by_town_day: dict[tuple[str, int], list[Record]] = defaultdict(list)
    for r in extra:
        if r.precise_day and r.place_name and r.admin1:
            by_town_day[(r.place_name, r.day_start)].append(r)  # type: ignore[index]
    for r, report in zip(extra, reports, strict=True):
        if not (r.place_name and r.admin1 and r.day_start is not None):
            continue
        for iso in report.recalled:
            day = date.fromisoformat(iso).toordinal() - _EPOCH
            if r.day_start - day > s.recall_days:
                continue
            found = by_town_day.get((r.place_name, day), [])
            if len({clusters.find(o.id) for o in found}) == 1:
                _join_unless_decided(clusters, r.id, found[0].id)


def _sharing(extra: Sequence[Record],
             keys: Sequence[Sequence[str]]) -> Iterator[tuple[str, int, int]]:
    """(key, i, j) for every two dated records i < j whose `keys` share key."""
    holders: dict[str, list[int]] = defaultdict(list)
    for i, (r, own) in enumerate(zip(extra, keys, strict=True)):
        if r.day_start is not None:
            for key in own:
                holders[key].append(i)
    for key, group in holders.items():
        for x, i in enumerate(group):
            for j in group[x + 1:]:
                yield key, i, j


def _two_towns(a: Record, b: Record, state: str, s: LinkSettings) -> bool:
    """Two different own towns in the county's state (a town of the name in
    another state is the gazetteer's guess: "Pasco", Washington, in a story
    of Pasco County, Florida), more than `county_town_km` apart (a suburb
    and its city, "Shalimar" and "Fort Walton Beach", are one place here)."""
    if not (a.place_name and b.place_name and a.admin1 == b.admin1 == state
            and a.place_name != b.place_name):
        return False
    d = km(a, b)
    return d is None or d > s.county_town_km


def _gap(a: Record, b: Record) -> int:
    return max(a.day_start, b.day_start) - min(a.day_end, b.day_end)  # type: ignore[type-var,operator]


def _tfidf(docs: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    df = Counter(t for d in docs for t in set(d))
    n = len(docs)
    out = []
    for d in docs:
        v = {t: math.log(n / df[t]) for t in set(d)}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _one_state(a: Record, b: Record) -> bool:
    return a.admin1 is None or b.admin1 is None or a.admin1 == b.admin1


def _days_apart(a: Record, b: Record) -> float:
    if a.day_start is None or b.day_start is None:
        return float("inf")
    return abs(a.day_start - b.day_start)


def _day_pairs(dated: Sequence[Record], max_days: int) -> Iterator[tuple[Record, Record]]:
    """Pairs of records (sorted by day) whose days are at most max_days apart."""
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if b.day_start - a.day_start > max_days:  # type: ignore[operator]
                break
            yield a, b


def _days_joined(days: dict[int, tuple[int, int]], clusters: Clusters,
                 a: int, b: int) -> tuple[int, int]:
    """The first and last day named in the leads of a's and b's clusters."""
    da = days.get(clusters.find(a), days[a])
    db = days.get(clusters.find(b), days[b])
    return min(da[0], db[0]), max(da[1], db[1])


def _one_town(a: Record, b: Record, lead: dict[int, set[str]], clusters: Clusters,
              by_id: dict[int, Record], same_town: bool) -> bool:
    """Same own town; or (`same_town` False) the town of one named in the
    other's lead, when one side is a single document."""
    if same_town:
        return a.place_name == b.place_name
    named = a.place_name in lead[b.id] or b.place_name in lead[a.id]
    return named and _one_document(clusters, a.id, b.id, by_id)


def _one_document(clusters: Clusters, a: int, b: int, by_id: dict[int, Record]) -> bool:
    """One of the two clusters holds the claims and report of one document."""
    return any(len({by_id[m].document for m in clusters.cluster(x).members}) <= 1
               for x in (a, b))


def _join_unless_decided(clusters: Clusters, a: int, b: int) -> bool:
    """Join two clusters unless they hold two known actors or two existing
    incidents (a person's decisions); their claims' dates and places are
    what is noisy here, so those constraints are not checked."""
    ca, cb = clusters.cluster(a), clusters.cluster(b)
    if (len(ca.actors | cb.actors) <= 1 and len(ca.incidents | cb.incidents) <= 1
            and not ca.other_child(cb)):
        return clusters.force_union(a, b)
    return False


def _same_town(r: Record, o: Record, s: LinkSettings) -> bool:
    """The report's town is the claim's (or other report's) place. A town
    without a province is the gazetteer's guess abroad, often a name read as
    a town ("Rodriguez", a Philippine town, in two unrelated stories)."""
    if r.place_name is None or r.admin1 is None or o.place_key is None and o.place_name is None:
        return False
    if r.places & o.places:
        return True
    d = km(r, o)
    return d is not None and d <= s.near_km


def _attach_scored(clusters: Clusters, extra: Sequence[Record], pairs: Sequence[Pair],
                   by_id: dict[int, Record], s: LinkSettings) -> set[int]:
    """Each report joins the claim of its best pair at its own town."""
    ids = {r.id for r in extra}
    best: dict[int, tuple[float, int]] = {}
    for a, b, p in pairs:
        if p < s.threshold:
            continue
        for rid, oid in ((a, b), (b, a)):
            if (rid in ids and oid not in ids and _same_town(by_id[rid], by_id[oid], s)
                    and (p, -oid) > best.get(rid, (-1.0, 0))):
                best[rid] = (p, -oid)
    for rid, (_, neg) in best.items():
        clusters.force_union(-neg, rid)
    return set(best)


def _attach_followups(clusters: Clusters, extra: Sequence[Record], records: Sequence[Record],
                      reports: Sequence[Record], placed: set[int], s: LinkSettings,
                      headlines: dict[int, list[str]]) -> set[int]:
    """A report not placed by score, whose headline reads as a follow-up
    (`_FOLLOWUP_WORDS`: "suspect", "charged", "vigil"; "Child in critical
    condition after parents' murder-suicide" is news of its own), joins the
    one incident holding a claim dated to a day at its town up to
    `followup_days` before its own date,
    or, for a report naming no day of its own, a report whose lead names
    such a day there (a report naming a day names another day's event, as
    for `lead_days`). The incident must start before the report's date (or
    window): on the report's own days a big city has other shootings, and
    only a score can tell them apart."""
    dated: dict[str, list[Record]] = defaultdict(list)
    claim_ids = {o.id for o in records}
    for o in [*records, *reports]:
        if o.precise_day and o.place_name:
            dated[o.place_name].append(o)
    out = set()
    for r in extra:
        if (r.id in placed or r.place_name is None or r.admin1 is None or r.day_start is None
                or len(clusters.cluster(r.id).members) > 1):
            continue  # placed already, or joined by its day and town
        if not _FOLLOWUP_WORDS.intersection(headlines.get(r.id, ())):
            continue  # its headline's news is an event of its own
        roots = {clusters.find(o.id) for o in dated.get(r.place_name, ())
                 if r.day_start - s.followup_days <= o.day_start < r.day_start  # type: ignore
                 and (o.id in claim_ids or not r.precise_day)}
        if len(roots) == 1:
            clusters.force_union(next(iter(roots)), r.id)
            out.add(r.id)
    return out


def _join_reports(clusters: Clusters, extra: Sequence[Record], pairs: Sequence[Pair],
                  by_id: dict[int, Record], placed: set[int], s: LinkSettings) -> None:
    """Reports placed nowhere join each other at the same town."""
    free = {r.id for r in extra if r.id not in placed}
    for a, b, p in sorted(pairs, key=lambda x: (-x[2], x[0], x[1])):
        if a in free and b in free and p >= s.threshold and _same_town(by_id[a], by_id[b], s):
            clusters.union(a, b)
