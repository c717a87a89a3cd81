"""The store: SQL persistence for documents, claims, incidents and the audit log.

Only this package knows about rows; everything else exchanges `tolls.types`
dataclasses with a `Store`. SQLite is the embedded default, PostgreSQL the team
server; the schema is managed by the Alembic migrations shipped in `migrations/`
and applied when a store is opened.
"""

from tolls.store._store import (
    AuditEvent,
    CachedDescription,
    DocumentPlacement,
    QuarantineRecord,
    Store,
    document_id,
)

__all__ = [
    "AuditEvent",
    "CachedDescription",
    "DocumentPlacement",
    "QuarantineRecord",
    "Store",
    "document_id",
]
