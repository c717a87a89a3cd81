"""The store: every stage reads and writes documents, claims and incidents through it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tolls.store import _audit, _engine, _mapping
from tolls.store.models import (
    AuditRow,
    ClaimRow,
    DocumentDescriptionRow,
    DocumentIncidentRow,
    DocumentRow,
    IncidentRow,
    QuarantineRow,
)
from tolls.types import Claim, Document

ORIGINS = ("machine", "human")
STATUSES = ("open", "confirmed", "rejected")


def document_id(raw: bytes) -> str:
    """A document's id: the SHA-256 of its bytes, so the same bytes are one document."""
    return hashlib.sha256(raw).hexdigest()


@dataclass(slots=True, frozen=True)
class QuarantineRecord:
    """Input that could not become a document, with why."""

    id: int
    path: str
    row: int | None
    reason: str
    raw: bytes | None
    at: datetime


@dataclass(slots=True, frozen=True)
class DocumentPlacement:
    """A document without a figure and the incident it reports; `pinned` if a person
    put it there."""

    document: str
    incident: int
    pinned: bool


@dataclass(slots=True, frozen=True)
class CachedDescription:
    """A document's description for linking (JSON) and the fingerprint of what it was
    computed from."""

    fingerprint: str
    payload: dict[str, Any]


@dataclass(slots=True, frozen=True)
class AuditEvent:
    """One append-only review event; `hash` chains it to the event before."""

    id: int
    at: datetime
    who: str
    action: str
    target: str
    payload: dict[str, Any]
    why: str | None
    prev_hash: str
    hash: str


class Store:
    """Documents, claims, incidents, quarantine and the audit log in one SQL database.

    Opening a store brings its schema up to date (Alembic, run in code). Every
    write runs in a transaction; `transaction()` lets a caller group several
    writes so that they are committed together or not at all.
    """

    def __init__(self, url: str):
        self.url = url
        self.engine = _engine.make_engine(url)
        _engine.upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._local = threading.local()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commit everything done inside on success, roll all of it back on any error.

        Store methods called inside join this transaction (per thread), so a caller
        can make several of them atomic. An exception raised inside must be let out:
        the whole transaction is then rolled back.
        """
        current: Session | None = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        session = self._sessions()
        self._local.session = session
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            self._local.session = None
            session.close()

    def _nested(self) -> bool:
        return getattr(self._local, "session", None) is not None

    # -- documents and quarantine -----------------------------------------------------

    def add_document(self, doc: Document) -> bool:
        """Store `doc`; True if it is new, False if a document with its id exists."""
        if doc.id != document_id(doc.raw):
            raise ValueError(f"document id {doc.id!r} is not the SHA-256 of its raw bytes")
        with self.transaction() as s:
            if s.get(DocumentRow, doc.id) is not None:
                return False
            s.add(_mapping.document_row(doc))
            s.flush()
            return True

    def document(self, id: str) -> Document | None:
        with self.transaction() as s:
            row = s.get(DocumentRow, id)
            return _mapping.document_from_row(row) if row else None

    def documents(self) -> list[Document]:
        """Every document, oldest publication first (undated last), then by id."""
        return self._documents(select(DocumentRow))

    def documents_to_extract(self, extractor_version: str) -> list[Document]:
        """Documents not yet read by this extractor version."""
        col = DocumentRow.extracted_version
        return self._documents(
            select(DocumentRow).where(or_(col.is_(None), col != extractor_version))
        )

    def _documents(self, query: Select[tuple[DocumentRow]]) -> list[Document]:
        # `published IS NULL` sorts undated documents last on every backend.
        query = query.order_by(
            DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id
        )
        with self.transaction() as s:
            return [_mapping.document_from_row(r) for r in s.scalars(query)]

    def add_quarantine(
        self, path: str, reason: str, row: int | None = None, raw: bytes | None = None
    ) -> None:
        """Record input that could not be ingested. The same (path, row, reason) is
        recorded once: re-running a batch refreshes its bytes and time, not the count."""
        with self.transaction() as s:
            query = select(QuarantineRow).where(
                QuarantineRow.path == path,
                QuarantineRow.reason == reason,
                QuarantineRow.row.is_(None) if row is None else QuarantineRow.row == row,
            )
            existing = s.scalars(query).first()
            now = datetime.now(UTC)
            if existing is not None:
                existing.raw, existing.at = raw, now
            else:
                s.add(QuarantineRow(path=path, row=row, reason=reason, raw=raw, at=now))
            s.flush()

    def quarantined(self) -> list[QuarantineRecord]:
        with self.transaction() as s:
            rows = s.scalars(select(QuarantineRow).order_by(QuarantineRow.id))
            return [
                QuarantineRecord(
                    id=r.id, path=r.path, row=r.row, reason=r.reason, raw=r.raw, at=r.at
                )
                for r in rows
            ]

    # -- claims -------------------------------------------------------------------------

    def replace_machine_claims(
        self, document_id: str, claims: list[Claim], extractor_version: str
    ) -> None:
        """Swap this document's machine claims for `claims`, keeping people's work.

        Machine claims nobody touched (status 'open', not pinned) are deleted; the
        rest, and all human claims, stay. A new claim for the same figure as a kept
        one (same words span, kind and group) is dropped, so a confirmed figure is
        not doubled. Incidents emptied by the deletion are deleted. The document is
        marked as read by `extractor_version`. All in one transaction.
        """
        with self.transaction() as s:
            doc = s.get(DocumentRow, document_id)
            if doc is None:
                raise KeyError(f"no document {document_id!r}")
            rows = s.scalars(select(ClaimRow).where(ClaimRow.document_id == document_id)).all()
            kept: set[tuple[str, str, int, int]] = set()
            emptied: set[int] = set()
            for row in rows:
                if row.origin == "machine" and row.status == "open" and not row.pinned:
                    if row.incident_id is not None:
                        emptied.add(row.incident_id)
                    s.delete(row)
                else:
                    kept.add(_mapping.figure_key(row.kind, row.grp, (row.words_start,
                                                                     row.words_end)))
            for claim in claims:
                fig = claim.figure
                if _mapping.figure_key(fig.kind, fig.group, fig.words_span) in kept:
                    continue
                new = dataclasses.replace(
                    claim, document=document_id, origin="machine", status="open",
                    id=None, incident=None,
                )
                s.add(_mapping.claim_row(new, extractor_version=extractor_version))
            doc.extracted_version = extractor_version
            s.flush()
            _delete_if_empty(s, emptied)

    def add_claim(self, claim: Claim, *, pinned: bool = False) -> int:
        """Store one claim as given (e.g. entered by hand, origin 'human'); returns its id."""
        _check_claim(claim.origin, claim.status)
        with self.transaction() as s:
            row = _mapping.claim_row(claim, extractor_version=None, pinned=pinned)
            row.incident_id = claim.incident
            s.add(row)
            s.flush()
            return row.id

    def update_claim(
        self, claim_id: int, *, status: str | None = None, pinned: bool | None = None
    ) -> None:
        """Record a person's decision on a claim: its status and/or whether it is pinned."""
        with self.transaction() as s:
            row = _claim(s, claim_id)
            if status is not None:
                _check_claim(row.origin, status)
                row.status = status
            if pinned is not None:
                row.pinned = pinned
            s.flush()

    def claims(
        self,
        *,
        document: str | None = None,
        incident: int | None = None,
        include_rejected: bool = False,
    ) -> list[Claim]:
        """Claims, ordered by id, optionally of one document and/or one incident."""
        query = select(ClaimRow).order_by(ClaimRow.id)
        if document is not None:
            query = query.where(ClaimRow.document_id == document)
        if incident is not None:
            query = query.where(ClaimRow.incident_id == incident)
        if not include_rejected:
            query = query.where(ClaimRow.status != "rejected")
        with self.transaction() as s:
            return [_mapping.claim_from_row(r) for r in s.scalars(query)]

    # -- incidents ----------------------------------------------------------------------

    def set_incidents(
        self, assignment: dict[int, int | None], *, pin: bool = False
    ) -> dict[int, int]:
        """Put claims into incidents; returns claim id -> final incident id.

        A value is an existing incident id, or a key for a new incident: None gives
        the claim an incident of its own, a negative number is shared by every claim
        given that same number. Claims not named keep their incident. Incidents left
        with no claims are deleted. `pin=True` records that a person made these
        assignments. One transaction; an unknown claim or incident id raises
        ValueError and changes nothing.
        """
        with self.transaction() as s:
            now = datetime.now(UTC)
            created: dict[int, int] = {}
            final: dict[int, int] = {}
            previous: set[int] = set()
            for claim_id, target in assignment.items():
                row = _claim(s, claim_id)
                incident_id = self._target_incident(s, target, created, now)
                if row.incident_id is not None and row.incident_id != incident_id:
                    previous.add(row.incident_id)
                row.incident_id = incident_id
                if pin:
                    row.pinned = True
                final[claim_id] = incident_id
            s.flush()
            _delete_if_empty(s, previous)
            return final

    @staticmethod
    def _target_incident(
        s: Session, target: int | None, created: dict[int, int], now: datetime
    ) -> int:
        if target is not None and target > 0:
            if s.get(IncidentRow, target) is None:
                raise ValueError(f"no incident {target}")
            return target
        if target is not None and target in created:
            return created[target]
        row = IncidentRow(created=now)
        s.add(row)
        s.flush()
        if target is not None:
            created[target] = row.id
        return row.id

    # -- documents without a figure, in incidents ---------------------------------------

    def place_documents(
        self, placement: dict[str, int | None], *, pin: bool = False
    ) -> None:
        """Put documents without a figure into existing incidents (None takes one out).

        Documents not named keep their incident. `pin=True` records that a person
        placed them. One transaction; an unknown document or incident id raises
        ValueError and changes nothing.
        """
        with self.transaction() as s:
            for doc_id, incident_id in placement.items():
                if s.get(DocumentRow, doc_id) is None:
                    raise ValueError(f"no document {doc_id!r}")
                row = s.get(DocumentIncidentRow, doc_id)
                if incident_id is None:
                    if row is not None:
                        s.delete(row)
                    continue
                if s.get(IncidentRow, incident_id) is None:
                    raise ValueError(f"no incident {incident_id}")
                if row is None:
                    row = DocumentIncidentRow(document_id=doc_id, pinned=False)
                    s.add(row)
                row.incident_id = incident_id
                row.pinned = row.pinned or pin
            s.flush()

    def document_placements(self, *, incident: int | None = None) -> list[DocumentPlacement]:
        """Where documents without a figure are placed, oldest publication first
        (undated last), then by document id."""
        query = (
            select(DocumentIncidentRow)
            .join(DocumentRow, DocumentRow.id == DocumentIncidentRow.document_id)
            .order_by(DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id)
        )
        if incident is not None:
            query = query.where(DocumentIncidentRow.incident_id == incident)
        with self.transaction() as s:
            return [DocumentPlacement(r.document_id, r.incident_id, r.pinned)
                    for r in s.scalars(query)]

    def incident_documents(self, incident_id: int) -> list[Document]:
        """The documents without a figure that report this incident, oldest first."""
        placed = select(DocumentIncidentRow.document_id).where(
            DocumentIncidentRow.incident_id == incident_id
        )
        return self._documents(select(DocumentRow).where(DocumentRow.id.in_(placed)))

    # -- descriptions for linking ------------------------------------------------------

    def descriptions(self) -> dict[str, CachedDescription]:
        """Every stored description, by document id."""
        with self.transaction() as s:
            return {r.document_id: CachedDescription(r.fingerprint, r.description)
                    for r in s.scalars(select(DocumentDescriptionRow))}

    def save_descriptions(self, described: dict[str, CachedDescription]) -> None:
        """Store (or replace) documents' descriptions; one transaction, an unknown
        document raises ValueError and changes nothing."""
        with self.transaction() as s:
            for doc_id, cached in described.items():
                if s.get(DocumentRow, doc_id) is None:
                    raise ValueError(f"no document {doc_id!r}")
                row = s.get(DocumentDescriptionRow, doc_id)
                if row is None:
                    row = DocumentDescriptionRow(document_id=doc_id)
                    s.add(row)
                row.fingerprint = cached.fingerprint
                row.description = _json_safe(cached.payload)
            s.flush()

    def incident_ids(self) -> list[int]:
        with self.transaction() as s:
            return list(s.scalars(select(IncidentRow.id).order_by(IncidentRow.id)))

    def save_reconciled(self, incident_id: int, payload: dict[str, Any]) -> None:
        """Cache an incident's reconciled figures (dates and dataclasses become JSON)."""
        with self.transaction() as s:
            row = s.get(IncidentRow, incident_id)
            if row is None:
                raise KeyError(f"no incident {incident_id}")
            row.reconciled = _json_safe(payload)
            s.flush()

    def reconciled(self, incident_id: int) -> dict[str, Any] | None:
        with self.transaction() as s:
            row = s.get(IncidentRow, incident_id)
            return row.reconciled if row else None

    # -- audit --------------------------------------------------------------------------

    def append_audit(
        self, who: str, action: str, target: str, payload: dict[str, Any], why: str | None = None
    ) -> int:
        """Append an event to the hash-chained audit log; returns its id."""
        clean = _json_safe(payload)
        attempts = 1 if self._nested() else 3
        for attempt in range(attempts):
            try:
                with self.transaction() as s:
                    return _append(s, who, action, target, clean, why)
            except IntegrityError:
                # Another writer appended after the same head; read the new head and retry.
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    def audit_events(self) -> list[AuditEvent]:
        with self.transaction() as s:
            rows = s.scalars(select(AuditRow).order_by(AuditRow.id))
            return [
                AuditEvent(
                    id=r.id, at=r.at, who=r.who, action=r.action, target=r.target,
                    payload=r.payload, why=r.why, prev_hash=r.prev_hash, hash=r.hash,
                )
                for r in rows
            ]

    def verify_audit(self) -> int | None:
        """The id of the first event whose content or link was altered, or None.

        Detects edits, insertions and deletions anywhere but at the very end (a
        truncated tail leaves a valid shorter chain; compare with a published head).
        """
        expected_prev = _audit.GENESIS
        for event in self.audit_events():
            digest = _audit.event_hash(
                event.prev_hash, at=event.at, who=event.who, action=event.action,
                target=event.target, payload=event.payload, why=event.why,
            )
            if event.prev_hash != expected_prev or digest != event.hash:
                return event.id
            expected_prev = event.hash
        return None


def _claim(s: Session, claim_id: int) -> ClaimRow:
    row = s.get(ClaimRow, claim_id)
    if row is None:
        raise ValueError(f"no claim {claim_id}")
    return row


def _check_claim(origin: str, status: str) -> None:
    if origin not in ORIGINS:
        raise ValueError(f"claim origin must be one of {ORIGINS}, not {origin!r}")
    if status not in STATUSES:
        raise ValueError(f"claim status must be one of {STATUSES}, not {status!r}")


def _delete_if_empty(s: Session, incident_ids: set[int]) -> None:
    """Delete those of `incident_ids` that no claim points at any more.

    An incident is its claims: documents without a figure do not keep one alive,
    they are taken out with it (and placed afresh by the next linking)."""
    if not incident_ids:
        return
    query = select(ClaimRow.incident_id).where(ClaimRow.incident_id.in_(incident_ids))
    used = set(s.scalars(query.distinct()))
    empty = incident_ids - used
    if empty:
        s.execute(delete(DocumentIncidentRow).where(DocumentIncidentRow.incident_id.in_(empty)))
        s.execute(delete(IncidentRow).where(IncidentRow.id.in_(empty)))


def _append(
    s: Session, who: str, action: str, target: str, payload: dict[str, Any], why: str | None
) -> int:
    head = s.scalars(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).first()
    prev = head or _audit.GENESIS
    at = datetime.now(UTC)
    digest = _audit.event_hash(
        prev, at=at, who=who, action=action, target=target, payload=payload, why=why
    )
    row = AuditRow(
        at=at, who=who, action=action, target=target, payload=payload, why=why,
        prev_hash=prev, hash=digest,
    )
    s.add(row)
    s.flush()
    return row.id


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def _json_safe(payload: Any) -> Any:
    """The payload as it will read back from a JSON column, so hashes stay valid."""
    return json.loads(json.dumps(payload, default=_json_default))
