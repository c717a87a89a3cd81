"""Builders of documents and claims for the store tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import create_engine, text

from tolls.store import document_id
from tolls.store._engine import alembic_config
from tolls.store.models import Base
from tolls.types import Claim, DateRange, Document, Figure, Place


def reset_postgres(url: str) -> None:
    """Drop the tolls tables of a throwaway PostgreSQL database, so a test starts empty."""
    engine = create_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def make_doc(text: str = "Eight people were killed.", **fields) -> Document:
    raw = fields.pop("raw", text.encode())
    return Document(id=document_id(raw), raw=raw, text=text, format="txt", **fields)


def make_claim(
    low: int | None = 8,
    *,
    kind: str = "killed",
    group: str = "all",
    span: tuple[int, int] = (0, 5),
    **fields,
) -> Claim:
    figure = Figure(kind=kind, group=group, low=low, high=low, qualifier="exact",
                    words=str(low), words_span=span)
    return Claim(figure=figure, quote="Eight people were killed.", span=(0, 25), **fields)


def full_claim(document: str) -> Claim:
    """A claim with every field set, to check the round trip."""
    figure = Figure(kind="killed", group="civilians", low=61, high=None,
                    qualifier="more_than", words="more than 60", words_span=(10, 22), acled=61)
    return Claim(
        figure=figure,
        quote="SOHR said more than 60 civilians were killed in Raqqa.",
        span=(0, 54),
        source="SOHR",
        outlet="BBC News",
        reported_at=datetime(2014, 11, 25, 18, 30, tzinfo=UTC),
        document=document,
        url="https://example.org/a",
        actor="Syrian government",
        event_type="air strike",
        place=Place(name="Raqqa", lat=35.95, lon=39.01, geonames_id=163915, country="SY",
                    admin1="Ar-Raqqah", precision="town"),
        date=DateRange(start=date(2014, 11, 25), end=date(2014, 11, 25), precision="day"),
        sites=["market", "mosque"],
        restated=True,
    )


def head_revision() -> str:
    """The newest migration, so tests need no edit when one is added."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
