"""Ingest: files and folders of reports become documents in the store.

`ingest_paths` walks the paths and writes, file by file; `formats` holds one
small reader per format. Bad input is quarantined with a reason naming the file
(and line/row/item and field); the rest of the batch goes on.
"""

from tolls.ingest._batch import IngestDefaults, IngestSummary, ingest_paths, read_documents
from tolls.ingest._common import BadInput, Limits, QuarantineItem, parse_datetime
from tolls.ingest.formats import READERS

__all__ = [
    "READERS",
    "BadInput",
    "IngestDefaults",
    "IngestSummary",
    "Limits",
    "QuarantineItem",
    "ingest_paths",
    "parse_datetime",
    "read_documents",
]
