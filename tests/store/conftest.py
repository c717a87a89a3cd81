"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
TOLLS_TEST_POSTGRES_URL names a throwaway database (its tolls tables are dropped)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from store_helpers import reset_postgres

from tolls.store import Store

POSTGRES_URL = os.environ.get("TOLLS_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tolls.db'}"
    if not POSTGRES_URL:
        pytest.skip("TOLLS_TEST_POSTGRES_URL is not set")
    reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()
