"""Claims as flat records: what the linkage model and the constraints compare."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tolls.types import Claim

_EPOCH = date(1970, 1, 1).toordinal()
# Places this coarse are not points: their coordinates are centroids, so
# distances to them mean nothing and only the admin area is compared.
_COARSE = {"province", "country"}
_TOKEN = re.compile(r"[a-z][a-z'-]{2,}")
_STOPWORDS = frozenset({
    "the", "and", "for", "with", "that", "this", "from", "were", "was", "are", "has", "have",
    "had", "been", "said", "says", "their", "they", "them", "its", "into", "after", "over",
    "about", "least", "more", "than", "some", "who", "whom", "which", "when", "where", "what",
    "while", "also", "other", "others", "including", "according", "reported", "report",
    "reports", "killed", "people", "dead", "died", "injured", "wounded",
})


@dataclass(slots=True)
class Record:
    """One claim reduced to the fields linking looks at."""

    id: int
    day_start: int | None
    day_end: int | None
    lat: float | None
    lon: float | None
    place_key: str | None
    admin1: str | None
    actor: str | None
    event_type: str | None
    sites: list[str] | None
    tokens: list[str] | None
    restated: bool
    incident: int | None  # existing assignment, kept as is
    is_new: bool
    # (source, kind, group, low, high): the same key on two claims is one
    # source's same figure, carried twice (an outlet restating it).
    figure_key: tuple | None = None
    document: str | None = None
    # The figure itself, for the figure comparison: kind and interval.
    fig_kind: str | None = None
    fig_low: int | None = None
    fig_high: int | None = None
    # The place's name (town precision or finer): the gazetteer often picks
    # the wrong town of a name (Newark NY for Newark NJ, Greenwood IN for
    # Greenwood SC), so two reports naming the same town count as one place.
    place_name: str | None = None
    # The place is named in the claim's own sentence (not carried from an
    # earlier one): "Near Kobani, five airstrikes ..." in a release about Raqqa.
    own_place: bool = False
    # The quote's offsets in its document: claims of one sentence are one event.
    span: tuple[int, int] | None = None
    # Ages under 20 its report's headline gives ("Boy, 9, shoots himself"):
    # two clusters whose headlines give only different ages are two cases.
    ages: tuple[int, ...] = ()

    @property
    def places(self) -> set[str]:
        """Keys under which this claim's place is "the same place"."""
        out = set()
        if self.place_key is not None:
            out.add(self.place_key)
        if self.place_name is not None:
            out.add(f"name:{self.place_name}")
        return out

    @property
    def precise_day(self) -> bool:
        return self.day_start is not None and self.day_start == self.day_end


def tokens(text: str) -> list[str]:
    """Content words of a quote; numbers are dropped because sources disagree on them."""
    return sorted({t for t in _TOKEN.findall(text.lower()) if t not in _STOPWORDS})


def _norm(value: str | None) -> str | None:
    value = (value or "").strip().lower()
    return value or None


def _days(claim: Claim) -> tuple[int | None, int | None]:
    d = claim.date
    if d is None or (d.start is None and d.end is None):
        return None, None
    start = d.start or d.end
    end = d.end or d.start
    assert start is not None and end is not None
    a, b = start.toordinal() - _EPOCH, end.toordinal() - _EPOCH
    return min(a, b), max(a, b)


def _place(claim: Claim) -> tuple[float | None, float | None, str | None, str | None]:
    p = claim.place
    if p is None:
        return None, None, None, None
    admin1 = _norm(p.admin1)
    if p.precision in _COARSE:
        # A province claim is "somewhere in admin1": key it by admin1 only.
        return None, None, None, admin1 or _norm(p.name)
    key = f"gn:{p.geonames_id}" if p.geonames_id is not None else None
    if key is None and _norm(p.name):
        key = f"name:{_norm(p.name)}"
    return p.lat, p.lon, key, admin1


def _place_name(claim: Claim) -> str | None:
    p = claim.place
    if p is None or p.precision in _COARSE:
        return None
    return _norm(p.name)


def to_record(claim: Claim) -> Record:
    if claim.id is None:
        raise ValueError("link_claims needs claims with an id (save them first)")
    day_start, day_end = _days(claim)
    lat, lon, key, admin1 = _place(claim)
    sites = sorted({s for s in (_norm(x) for x in claim.sites) if s})
    toks = tokens(claim.quote or "")
    return Record(
        id=claim.id,
        day_start=day_start,
        day_end=day_end,
        lat=lat,
        lon=lon,
        place_key=key,
        admin1=admin1,
        actor=_norm(claim.actor),
        event_type=_norm(claim.event_type),
        sites=sites or None,
        tokens=toks or None,
        restated=claim.restated,
        incident=claim.incident,
        is_new=claim.incident is None,
        figure_key=_figure_key(claim),
        document=claim.document,
        fig_kind=claim.figure.kind,
        fig_low=_int(claim.figure.low),
        fig_high=_int(claim.figure.high),
        place_name=_place_name(claim),
        own_place=_own_place(claim),
        span=tuple(claim.span) if claim.span else None,  # type: ignore[arg-type]
    )


def _own_place(claim: Claim) -> bool:
    """The claim's town is named in its quote, compared without accents and
    an Arabic article ("Al Fallūjah" is named by "Near Fallujah"). A spelling
    variant still missed only keeps the claim with its report's others."""
    name = _place_name(claim)
    if name is None or claim.place is None or claim.place.lat is None:
        return False
    return _fold(name) in _fold(claim.quote or "")


_ARTICLE = re.compile(r"^(?:a[lnrsdtz]|ash|el)[ -]+")


def _fold(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))
    return _ARTICLE.sub("", bare)


def _int(value) -> int | None:
    return None if value is None else int(value)


def _figure_key(claim: Claim) -> tuple | None:
    f = claim.figure
    source = _norm(claim.source)
    if source is None or (f.low is None and f.high is None):
        return None
    return (source, f.kind, f.group, f.low, f.high)


def to_records(claims: Sequence[Claim]) -> list[Record]:
    records = [to_record(c) for c in claims]
    ids = [r.id for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("link_claims needs unique claim ids")
    return records


def columns(records: Sequence[Record]) -> dict[str, list]:
    """Column-wise table for DuckDB (Splink 5 registers dicts as Arrow tables)."""
    names = (
        "day_start", "day_end", "lat", "lon", "place_key", "admin1", "actor",
        "event_type", "sites", "tokens", "is_new", "fig_kind", "fig_low", "fig_high",
        "document", "place_name",
    )
    table: dict[str, list] = {"unique_id": [r.id for r in records]}
    for name in names:
        table[name] = [getattr(r, name) for r in records]
    return table


def km(a: Record, b: Record) -> float | None:
    """Great-circle distance between two records' points, if both have one."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
