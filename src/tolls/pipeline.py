"""The pipeline as steps over the store: ingest -> extract -> link -> reconcile.

Each step is re-runnable and idempotent. The CLI and the web app call these
functions and nothing deeper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tolls.extract import EXTRACTOR_VERSION, extract
from tolls.ingest import IngestDefaults, IngestSummary, ingest_paths
from tolls.link import describe, link_reports
from tolls.reconcile import CompareRow, attribute, compare, reconcile
from tolls.store import Store
from tolls.types import Claim, Incident

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
        # An updated story's figures are reported at its update time.
        reported = doc.updated or doc.published
        claims = extract(
            doc.text,
            published=reported,
            outlet=doc.outlet,
            title=doc.title,
            document=doc.id,
            url=doc.url,
        )
        store.replace_machine_claims(doc.id, claims, EXTRACTOR_VERSION)
        if progress:
            progress(done, len(pending))
    return len(pending)


def link_pending(store: Store) -> int:
    """Link claims into incidents; existing and person-confirmed assignments stay.

    Each document with claims is also described (`tolls.link.describe`: the
    day and town its lead names), so that two reports of one shooting whose
    figures differ still meet through their own town and day."""
    claims = store.claims()
    if not claims:
        return 0
    with_claims = {c.document for c in claims if c.document}
    reports = [describe(d.text, published=d.updated or d.published, title=d.title,
                        document=d.id)
               for d in store.documents() if d.id in with_claims]
    assignment, _ = link_reports(claims, reports)
    final = store.set_incidents(assignment)
    return len(set(final.values()))


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
    for incident_id in store.incident_ids():
        claims = store.claims(incident=incident_id)
        if not claims:
            continue
        inc = reconcile(claims, policy=policy)
        inc.id = incident_id
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
