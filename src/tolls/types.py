"""Plain data types shared by every pipeline stage.

These are the vocabulary of DESIGN.md as Python dataclasses. Stages exchange
these objects; only `tolls.store` knows about database rows and only
`tolls.publish` knows about the JSON shapes users see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Kind = Literal["killed", "injured", "missing", "strikes"]
Group = Literal["all", "civilians", "children", "women", "combatants"]
Qualifier = Literal[
    "exact", "at_least", "more_than", "at_most", "up_to", "about", "range", "vague"
]
Precision = Literal["site", "town", "district", "province", "country"]
DatePrecision = Literal["day", "days", "week", "month", "year"]

KINDS: tuple[str, ...] = ("killed", "injured", "missing", "strikes")
GROUPS: tuple[str, ...] = ("all", "civilians", "children", "women", "combatants")
QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "at_most", "up_to", "about", "range", "vague"
)


@dataclass(slots=True)
class Document:
    """One report as received. `id` is the SHA-256 of `raw`, so the same bytes
    ingested twice are one document. `text` is the main text extracted from
    `raw` (for HTML, through trafilatura)."""

    id: str
    raw: bytes
    text: str
    format: str  # txt | md | html | json | jsonl | csv | rss | acled | ged
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    language: str | None = None
    retrieved: datetime | None = None
    path: str | None = None  # where it was read from (file, and row for tabular files)


@dataclass(slots=True)
class Figure:
    """The number inside a claim, as an interval with open ends allowed.

    `low`/`high` are inclusive bounds; `None` means open. "more than 60" is
    low=61, high=None; "at least 70" is low=70, high=None; "up to 10" is
    low=None (read as 0 by consumers that need a number), high=10.
    `words` is the exact text the number came from and `words_span` its
    character offsets in the document text.
    """

    kind: str
    group: str
    low: int | None
    high: int | None
    qualifier: str
    words: str
    words_span: tuple[int, int]
    acled: int | None = None


@dataclass(slots=True)
class Place:
    name: str
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    precision: str = "town"


@dataclass(slots=True)
class DateRange:
    start: date | None
    end: date | None
    precision: str = "day"


@dataclass(slots=True)
class Claim:
    """One figure asserted by one source in one document.

    `quote` is the sentence the figure came from and `span` its character
    offsets in the document text, so `text[span[0]:span[1]] == quote`.
    """

    figure: Figure
    quote: str
    span: tuple[int, int]
    source: str | None = None
    outlet: str | None = None
    reported_at: datetime | None = None
    document: str | None = None
    url: str | None = None
    actor: str | None = None
    event_type: str | None = None
    place: Place | None = None
    date: DateRange | None = None
    sites: list[str] = field(default_factory=list)
    # True when the figure restates or accumulates an earlier toll
    # ("the death toll rose to 87", "in Tuesday's attacks").
    restated: bool = False
    # Assigned by the store; None for claims that were never saved.
    id: int | None = None
    incident: int | None = None
    origin: str = "machine"  # machine | human
    status: str = "open"  # open | confirmed | rejected
    # A person put this claim in its incident: linking must leave it there.
    pinned: bool = False


@dataclass(slots=True)
class Toll:
    """A reconciled interval for one (kind, group) of an incident."""

    low: int | None
    best: int | None
    high: int | None


@dataclass(slots=True)
class SeriesPoint:
    """One step of a source's figure over time."""

    reported_at: datetime | None
    low: int | None
    high: int | None
    qualifier: str
    claim: int | None
    outlet: str | None = None


@dataclass(slots=True)
class Incident:
    id: int | None
    claims: list[Claim]
    date: DateRange | None = None
    place: Place | None = None
    sites: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    attribution: str = "unknown"  # single | contested | unknown
    event_type: str | None = None
    figures: dict[str, dict[str, Toll]] = field(default_factory=dict)
    grade: str | None = None
    sources: list[str] = field(default_factory=list)
    # kind -> group -> source -> series of that source's figure over time
    evolution: dict[str, dict[str, dict[str, list[SeriesPoint]]]] = field(default_factory=dict)
    policy: str = "ibc"
    # What reconciliation had to decide (clamps, sources set aside), for the audit trail.
    notes: list[str] = field(default_factory=list)
    # Ids of the documents that report this incident without giving a figure (a
    # follow-up naming the town, no toll): linked to it, but no claim to reconcile.
    figureless_documents: list[str] = field(default_factory=list)
