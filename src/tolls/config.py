"""Settings shared by the CLI, the web app and the library."""

from __future__ import annotations

import os

DEFAULT_DB_URL = "sqlite:///tolls.db"


def resolve_db_url(cli_value: str | None) -> str:
    """The database URL: `--db`, else `$TOLLS_DB`, else a SQLite file in the current folder."""
    if cli_value:
        return cli_value
    return os.environ.get("TOLLS_DB") or DEFAULT_DB_URL
