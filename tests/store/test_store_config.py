from __future__ import annotations

import pytest

from tolls.config import resolve_db_url


def test_cli_value_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOLLS_DB", "sqlite:///env.db")
    assert resolve_db_url("postgresql://h/db") == "postgresql://h/db"


def test_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOLLS_DB", "sqlite:///env.db")
    assert resolve_db_url(None) == "sqlite:///env.db"
    monkeypatch.delenv("TOLLS_DB")
    assert resolve_db_url(None) == "sqlite:///tolls.db"
