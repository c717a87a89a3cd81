"""Upgrading a store made by an older revision keeps its data (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import inspect
from store_helpers import head_revision, make_doc

from tolls.store import Store
from tolls.store._engine import make_engine, upgrade
from tolls.store._mapping import document_row
from tolls.store.models import DocumentRow


def test_a_0001_store_upgrades_with_its_data(store_url: str) -> None:
    engine = make_engine(store_url)
    upgrade(engine, "0001")
    doc = make_doc("kept")
    row = document_row(doc)
    values = {c.name: getattr(row, c.key) for c in DocumentRow.__table__.columns}
    with engine.begin() as conn:
        assert "document_incidents" not in inspect(conn).get_table_names()
        # The documents table is the same at 0001 and at head.
        conn.execute(DocumentRow.__table__.insert(), values)
    engine.dispose()
    with Store(store_url) as s:
        assert [d.text for d in s.documents()] == ["kept"]
        with s.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert "document_incidents" in tables
    assert head_revision() != "0001"


def test_new_revisions_downgrade_and_upgrade_again(store_url: str) -> None:
    from alembic import command

    from tolls.store._engine import alembic_config

    Store(store_url).close()
    engine = make_engine(store_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        tables = set(inspect(conn).get_table_names())
    assert not {"document_incidents", "document_descriptions"} & tables
    upgrade(engine)
    with engine.connect() as conn:
        assert {"document_incidents", "document_descriptions"} <= set(
            inspect(conn).get_table_names())
    engine.dispose()
