"""The pipeline as steps over the store: ingest -> extract -> link -> reconcile.

Each step is re-runnable and idempotent. The CLI and the web app call these
functions and nothing deeper.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tolls.extract import EXTRACTOR_VERSION, extract
from tolls.ingest import (
    IngestDefaults,
    IngestSummary,
    Limits,
    QuarantineItem,
    ingest_paths,
    read_documents,
)
from tolls.link import Report, describe, link_reports
from tolls.reconcile import CompareRow, attribute, compare, reconcile
from tolls.store import CachedDescription, Store
from tolls.types import Claim, Document, Incident

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class RunSummary:
    ingest: IngestSummary | None = None
    extracted_documents: int = 0
    claims: int = 0
    incidents: int = 0
    notes: list[str] = field(default_factory=list)


def extract_pending(store: Store, progress: Progress | None = None) -> int:
    """Extract claims from every document not yet read by this extractor version."""
    pending = store.documents_to_extract(EXTRACTOR_VERSION)
    for done, doc in enumerate(pending, 1):
        store.replace_machine_claims(doc.id, extract_document(doc), EXTRACTOR_VERSION)
        if progress:
            progress(done, len(pending))
    return len(pending)


def extract_document(doc: Document, published: date | datetime | None = None) -> list[Claim]:
    """The claims of one document, dated `published` if given, else at its
    update time (an updated story's figures are reported then), else its
    publication."""
    return extract(doc.text, published=published or doc.updated or doc.published,
                   outlet=doc.outlet, title=doc.title, document=doc.id, url=doc.url)


def extract_file(
    path: str | Path, *, published: date | datetime | None = None, limits: Limits | None = None,
) -> tuple[list[Claim], list[QuarantineItem]]:
    """The claims of every document in a file, read as `ingest` reads it (front
    matter, the main text of a web page, one document per row of a table)
    without touching any store; and the parts that could not be read. A file
    type `ingest` does not know is read as plain text."""
    claims: list[Claim] = []
    bad: list[QuarantineItem] = []
    for item in read_documents(Path(path), limits or Limits(), plain_text=True):
        if isinstance(item, QuarantineItem):
            bad.append(item)
        else:
            claims += extract_document(item, published)
    return claims, bad


def link_pending(store: Store) -> int:
    """Link claims into incidents; existing and person-confirmed assignments stay.

    Every document is described (`tolls.link.describe`: the day and town its
    lead names; computed once, see `describe_documents`), so that two reports
    of one shooting whose figures differ still meet through their own town and
    day, and a document without a figure joins the incident it reports. One
    transaction: a failure leaves the store as it was."""
    with store.transaction():
        claims = store.claims()
        if not claims:
            return 0
        reports = describe_documents(store, store.documents())
        assignment, placed = link_reports(claims, reports)
        final = store.set_incidents(assignment)
        with_claims = {c.document for c in claims if c.document}
        store.place_documents(_figureless_placement(store, placed, assignment, final,
                                                    with_claims))
        return len(set(final.values()))


def _figureless_placement(
    store: Store, placed: dict[str, int], assignment: dict[int, int],
    final: dict[int, int], with_claims: set[str],
) -> dict[str, int | None]:
    """Where each document without a figure goes: like a claim, a document already
    placed keeps its incident (the store takes it out when that incident goes);
    a new one joins the incident linking gave it. A group of figureless
    reports only has no claim, so no incident to show, and they stay unplaced.
    A document that has claims now is placed by them and loses its own row."""
    incident_of_key = {key: final[claim] for claim, key in assignment.items()}
    already = {p.document for p in store.document_placements()}
    out: dict[str, int | None] = dict.fromkeys(already & with_claims)
    for doc, key in placed.items():
        if doc in with_claims or doc in already:
            continue
        if key in incident_of_key:
            out[doc] = incident_of_key[key]
    return out


def describe_documents(store: Store, documents: Sequence[Document]) -> list[Report]:
    """Each document's description for linking, in order; computed once and
    kept in the store, so a run reads again only new or changed documents
    (`describe` goes over every place a text names)."""
    cached = store.descriptions()
    reports: list[Report] = []
    fresh: dict[str, CachedDescription] = {}
    for doc in documents:
        key = description_fingerprint(doc)
        hit = cached.get(doc.id)
        if hit is not None and hit.fingerprint == key:
            reports.append(Report.from_json(hit.payload))
            continue
        report = describe(doc.text, published=doc.updated or doc.published, title=doc.title,
                          document=doc.id)
        fresh[doc.id] = CachedDescription(key, report.to_json())
        reports.append(report)
    if fresh:
        store.save_descriptions(fresh)
    return reports


def description_fingerprint(doc: Document) -> str:
    """What a description is computed from: the text, title and date `describe`
    reads, the recognisers' version (a new gazetteer may find other towns; bump
    EXTRACTOR_VERSION as for claims) and the fields of `Report` (a new field
    must be computed, not read back missing)."""
    when = doc.updated or doc.published
    inputs = {
        "text": doc.text, "title": doc.title, "published": when.isoformat() if when else None,
        "extractor": EXTRACTOR_VERSION, "fields": [f.name for f in dataclasses.fields(Report)],
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def run(
    store: Store,
    paths: Sequence[str | Path] = (),
    *,
    defaults: IngestDefaults | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Ingest `paths` (if any), then extract and link everything pending."""
    summary = RunSummary()
    if paths:
        summary.ingest = ingest_paths(store, paths, defaults, progress=progress)
    summary.extracted_documents = extract_pending(store, progress=progress)
    summary.incidents = link_pending(store)
    summary.claims = len(store.claims())
    return summary


@dataclass(slots=True)
class IncidentFilter:
    actor: str | None = None
    place: str | None = None
    since: date | None = None
    until: date | None = None

    def accepts(self, incident: Incident) -> bool:
        if self.actor and not any(self.actor.lower() in a.lower() for a in incident.actors):
            return False
        if self.place and not _place_matches(incident, self.place):
            return False
        span = incident.date
        if self.since and span and span.end and span.end < self.since:
            return False
        return not (self.until and span and span.start and span.start > self.until)


def _place_matches(incident: Incident, wanted: str) -> bool:
    wanted = wanted.lower()
    names = [incident.place.name] if incident.place else []
    names += [c.place.name for c in incident.claims if c.place]
    return any(wanted in n.lower() for n in names)


def incidents(
    store: Store, *, policy: str = "ibc", where: IncidentFilter | None = None
) -> list[Incident]:
    """Reconcile every incident under `policy`, mark attribution, then filter."""
    out: list[Incident] = []
    figureless: dict[int, list[str]] = {}
    for p in store.document_placements():
        figureless.setdefault(p.incident, []).append(p.document)
    for incident_id in store.incident_ids():
        claims = store.claims(incident=incident_id)
        if not claims:
            continue
        inc = reconcile(claims, policy=policy)
        inc.id = incident_id
        inc.figureless_documents = figureless.get(incident_id, [])
        out.append(inc)
    attribute(out)
    out.sort(key=_incident_order)
    if where is not None:
        out = [i for i in out if where.accepts(i)]
    return out


def incident(store: Store, incident_id: int, *, policy: str = "ibc") -> Incident | None:
    """One incident, reconciled with attribution judged against all the others."""
    for inc in incidents(store, policy=policy):
        if inc.id == incident_id:
            return inc
    return None


@dataclass(slots=True)
class IncidentDetail:
    """What `tolls show` prints: the incident, and the documents that report it
    without a figure (for their title, outlet, date and url)."""

    incident: Incident
    figureless: list[Document]


def incident_detail(
    store: Store, incident_id: int, *, policy: str = "ibc"
) -> IncidentDetail | None:
    """One incident (as `incident`) with its documents that give no figure."""
    found = incident(store, incident_id, policy=policy)
    if found is None:
        return None
    return IncidentDetail(found, store.incident_documents(incident_id))


def _incident_order(inc: Incident) -> tuple:
    start = inc.date.start if inc.date and inc.date.start else date.max
    return (start, inc.id or 0)


def compare_by(
    store: Store, *, by: str = "actor", policy: str = "ibc", where: IncidentFilter | None = None
) -> list[CompareRow]:
    """Per-actor (or event type, or place) totals over distinct incidents."""
    return compare(incidents(store, policy=policy, where=where), by=by)


def extract_text(
    text: str, *, published: date | datetime | None = None, outlet: str | None = None,
    title: str | None = None,
) -> list[Claim]:
    """Extract the claims of one text without touching any store."""
    return extract(text, published=published, outlet=outlet, title=title)
