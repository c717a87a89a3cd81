"""Database rows. Only `tolls.store` imports this module; stages see `tolls.types`.

The schema itself is created by the Alembic migrations in `migrations/versions`;
these models must stay in step with them (a test compares the two).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so later migrations can alter them on SQLite (batch mode) and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime, stored as UTC.

    SQLite drops the offset of an aware datetime, so everything is converted to UTC
    on the way in and read back as UTC; naive values are taken to be UTC already.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 hex of raw
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated: Mapped[datetime | None] = mapped_column(UTCDateTime)
    language: Mapped[str | None] = mapped_column(String(35))  # BCP 47 tags fit in 35
    retrieved: Mapped[datetime | None] = mapped_column(UTCDateTime)
    path: Mapped[str | None] = mapped_column(Text)
    # The extractor version whose machine claims this document holds (None: never read).
    extracted_version: Mapped[str | None] = mapped_column(String(64), index=True)


class QuarantineRow(Base):
    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    row: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created: Mapped[datetime] = mapped_column(UTCDateTime)
    label: Mapped[str | None] = mapped_column(Text)
    reconciled: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("origin IN ('machine', 'human')", name="origin"),
        CheckConstraint("status IN ('open', 'confirmed', 'rejected')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("documents.id"), index=True
    )
    quote: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    url: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(Text)
    event_type: Mapped[str | None] = mapped_column(Text)
    place_name: Mapped[str | None] = mapped_column(Text)
    place_lat: Mapped[float | None] = mapped_column(Float)
    place_lon: Mapped[float | None] = mapped_column(Float)
    place_geonames_id: Mapped[int | None] = mapped_column(Integer)
    place_country: Mapped[str | None] = mapped_column(String(2))
    place_admin1: Mapped[str | None] = mapped_column(Text)
    place_precision: Mapped[str | None] = mapped_column(String(16))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(16))  # set iff the claim has a date
    sites: Mapped[list[str]] = mapped_column(JSON)
    restated: Mapped[bool] = mapped_column(Boolean)
    origin: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    incident_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("incidents.id"), index=True
    )
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    pinned: Mapped[bool] = mapped_column(Boolean)
    # The figure: one per claim.
    kind: Mapped[str] = mapped_column(String(16))
    grp: Mapped[str] = mapped_column(String(16))
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(16))
    words: Mapped[str] = mapped_column(Text)
    words_start: Mapped[int] = mapped_column(Integer)
    words_end: Mapped[int] = mapped_column(Integer)
    acled: Mapped[int | None] = mapped_column(Integer)


class AuditRow(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    who: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    why: Mapped[str | None] = mapped_column(Text)
    # Unique: two writers that read the same chain head cannot both append after it.
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))


class DocumentIncidentRow(Base):
    """The incident a document without a figure reports (a follow-up naming the town but
    no toll). A document with claims is placed by its claims and has no row here."""

    __tablename__ = "document_incidents"

    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id"), primary_key=True
    )
    incident_id: Mapped[int] = mapped_column(Integer, ForeignKey("incidents.id"), index=True)
    # A person put it there (e.g. by merging incidents), as a claim's `pinned`.
    pinned: Mapped[bool] = mapped_column(Boolean)


class DocumentDescriptionRow(Base):
    """What linking reads of a document (`tolls.link.Report`, as JSON), computed once.

    `fingerprint` names the inputs it was computed from; a different one means the
    document or the describer changed and the description must be redone."""

    __tablename__ = "document_descriptions"

    document_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("documents.id"), primary_key=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    description: Mapped[dict[str, Any]] = mapped_column(JSON)
