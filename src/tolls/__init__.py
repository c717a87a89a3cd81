"""tolls: turn reports of violent incidents into death tolls people can trust.

The pipeline as plain functions over dataclasses::

    import tolls
    store = tolls.Store("sqlite:///tolls.db")
    tolls.run(store, ["reports/"])            # ingest -> extract -> link
    for inc in tolls.incidents(store, policy="ibc"):
        ...

Names are loaded on first use so that `import tolls` stays cheap (linking
pulls in Splink and DuckDB).

    claims = tolls.extract_text("... at least 95 were killed ...", published=date(2014, 11, 26))
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # types
    "Document": "tolls.types",
    "Claim": "tolls.types",
    "Figure": "tolls.types",
    "Place": "tolls.types",
    "DateRange": "tolls.types",
    "Incident": "tolls.types",
    "Toll": "tolls.types",
    # store
    "Store": "tolls.store",
    # stages
    "ingest_paths": "tolls.ingest",
    "IngestDefaults": "tolls.ingest",
    "link_claims": "tolls.link",
    # the pipeline (stage functions themselves live in their stage packages:
    # `tolls.extract.extract`, `tolls.reconcile.reconcile`; a top-level name
    # equal to a package name would be hidden once the package is imported)
    "extract_text": "tolls.pipeline",
    "run": "tolls.pipeline",
    "extract_pending": "tolls.pipeline",
    "link_pending": "tolls.pipeline",
    "incidents": "tolls.pipeline",
    "incident": "tolls.pipeline",
    "IncidentFilter": "tolls.pipeline",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tolls' has no attribute {name!r}")
    return getattr(import_module(module), name)
