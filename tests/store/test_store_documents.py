from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, inspect, text
from store_helpers import head_revision, make_doc

from tolls.store import Store


def test_add_document_round_trip(store: Store) -> None:
    plus2 = timezone(timedelta(hours=2))
    doc = make_doc(
        "At least 63 killed in Raqqa.", url="https://example.org/x", outlet="Reuters",
        title="Raqqa", published=datetime(2014, 11, 25, 16, 0, tzinfo=plus2),
        updated=datetime(2014, 11, 26, 9, 0), language="en", path="in/x.txt",
        retrieved=datetime(2024, 1, 1, tzinfo=UTC),
    )
    assert store.add_document(doc) is True
    back = store.document(doc.id)
    assert back is not None
    assert back.raw == doc.raw and back.text == doc.text and back.outlet == "Reuters"
    # Stored as UTC: same instant, and naive values read back as UTC.
    assert back.published == datetime(2014, 11, 25, 14, 0, tzinfo=UTC)
    assert back.published.tzinfo is not None
    assert back.updated == datetime(2014, 11, 26, 9, 0, tzinfo=UTC)
    assert (back.language, back.path, back.format) == ("en", "in/x.txt", "txt")


def test_same_bytes_are_one_document(store: Store) -> None:
    assert store.add_document(make_doc("one")) is True
    assert store.add_document(make_doc("one", title="other metadata")) is False
    assert [d.title for d in store.documents()] == [None]


def test_document_id_must_be_the_hash_of_raw(store: Store) -> None:
    doc = make_doc("text")
    doc.id = "0" * 64
    with pytest.raises(ValueError, match="SHA-256"):
        store.add_document(doc)
    assert store.documents() == []


def test_missing_document_is_none(store: Store) -> None:
    assert store.document("nope") is None


def test_documents_ordered_by_publication_undated_last(store: Store) -> None:
    late = make_doc("late", published=datetime(2014, 11, 27, tzinfo=UTC))
    early = make_doc("early", published=datetime(2014, 11, 24, tzinfo=UTC))
    undated = make_doc("undated")
    for doc in (undated, late, early):
        store.add_document(doc)
    assert [d.text for d in store.documents()] == ["early", "late", "undated"]


def test_transaction_rolls_back_everything(store: Store) -> None:
    store.add_document(make_doc("kept"))
    with pytest.raises(RuntimeError), store.transaction():
        assert store.add_document(make_doc("first")) is True
        store.add_quarantine("bad.txt", "empty text")
        store.append_audit("ann", "note", "document", {})
        raise RuntimeError("fail mid-batch")
    assert [d.text for d in store.documents()] == ["kept"]
    assert store.quarantined() == []
    assert store.audit_events() == []


def test_failed_insert_mid_batch_leaves_nothing(store: Store) -> None:
    good = make_doc("good")
    bad = make_doc("bad")
    bad.text = None  # type: ignore[assignment]  # violates NOT NULL at flush
    with pytest.raises(Exception), store.transaction():  # noqa: B017 - any DB error
        store.add_document(good)
        store.add_document(bad)
    assert store.documents() == []


def test_quarantine_records_once_per_reason(store: Store) -> None:
    store.add_quarantine("a.csv", "row 2 (line 3): missing field 'text'", row=2, raw=b"x")
    store.add_quarantine("a.csv", "row 2 (line 3): missing field 'text'", row=2, raw=b"y")
    store.add_quarantine("b.txt", "empty text")
    records = store.quarantined()
    assert [(r.path, r.row, r.raw) for r in records] == [("a.csv", 2, b"y"), ("b.txt", None, None)]
    assert records[0].at.tzinfo is not None


def test_reopen_keeps_data_and_schema_version(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with Store(url) as first:
        first.add_document(make_doc("persisted"))
    with Store(url) as second:
        assert [d.text for d in second.documents()] == ["persisted"]
    engine = create_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert version == head_revision()
    assert {"documents", "quarantine", "claims", "incidents", "audit",
            "document_incidents", "document_descriptions"} <= tables


def test_in_memory_store_shares_one_database() -> None:
    with Store("sqlite://") as s:
        s.add_document(make_doc("memory"))
        assert [d.text for d in s.documents()] == ["memory"]


def test_migrations_match_models(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tolls.store.models import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
