"""tolls: turn reports of violent incidents into death tolls people can trust.

The pipeline as plain functions over dataclasses::

    import tolls
    store = tolls.Store("sqlite:///tolls.db")
    tolls.run(store, ["reports/"])            # ingest -> extract -> link
    for inc in tolls.incidents(store, policy="ibc"):
        ...

Names are loaded on first use so that `import tolls` stays cheap (linking
pulls in Splink and DuckDB).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# These two functions share their names with their stage's package. Importing a
# submodule sets it as an attribute of its parent, which would hide a lazily
# exported function, so they are bound here, after their packages are loaded.
from tolls.extract import extract as extract  # noqa: E402
from tolls.reconcile import reconcile as reconcile  # noqa: E402

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
    # the pipeline over a store
    "run": "tolls.pipeline",
    "extract_pending": "tolls.pipeline",
    "link_pending": "tolls.pipeline",
    "incidents": "tolls.pipeline",
    "incident": "tolls.pipeline",
    "IncidentFilter": "tolls.pipeline",
}

__all__ = sorted([*_EXPORTS, "extract", "reconcile"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tolls' has no attribute {name!r}")
    return getattr(import_module(module), name)
