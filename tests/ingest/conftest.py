"""Ingest tests run on an in-memory SQLite store, and also on PostgreSQL when
TOLLS_TEST_POSTGRES_URL names a throwaway database (its tolls tables are dropped)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from tolls.store import Store
from tolls.store.models import Base

POSTGRES_URL = os.environ.get("TOLLS_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "sqlite":
        url = "sqlite://"
    elif not POSTGRES_URL:
        pytest.skip("TOLLS_TEST_POSTGRES_URL is not set")
    else:
        url = POSTGRES_URL
        engine = create_engine(url)
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        engine.dispose()
    s = Store(url)
    yield s
    s.close()
