"""Walking paths and writing each file's documents to the store."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tolls.ingest._common import BadInput, Limits, QuarantineItem, parse_datetime
from tolls.ingest.formats import READERS
from tolls.store import Store
from tolls.types import Document


@dataclass(slots=True)
class IngestDefaults:
    """Metadata for documents that lack it (e.g. from `tolls ingest --outlet`)."""

    outlet: str | None = None
    published: datetime | str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(slots=True)
class IngestSummary:
    added: int = 0
    duplicates: int = 0
    quarantined: int = 0
    quarantine: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    document_ids: list[str] = field(default_factory=list)  # of documents added
    skipped: list[str] = field(default_factory=list)  # files of other types inside folders


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    defaults: IngestDefaults | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    limits: Limits | None = None,
) -> IngestSummary:
    """Ingest files and folders (walked recursively, sorted, hidden names skipped).

    Formats go by extension: .txt, .md (YAML front matter), .html/.htm, .jsonl,
    .json, .csv. Bad input never stops the batch; it is quarantined with a reason
    naming the file and, for tabular files, the line/row/item and field.

    The rule per file: each file is written in one transaction. A file that cannot
    be used as a whole (unreadable, not UTF-8, too large, not JSON, no text
    column...) adds no document. In a tabular file (jsonl, json array, csv) each
    row is a document: good rows are kept and bad rows quarantined one by one.
    Documents already stored (same bytes) are counted as duplicates. `progress`
    is called with (files done, files total) after each file.
    """
    limits = limits or Limits()
    fill = _filler(defaults or IngestDefaults())
    retrieved = datetime.now(UTC)
    summary = IngestSummary()
    files = list(_walk(paths, summary))
    for done, path in enumerate(files, 1):
        items = read_documents(path, limits)
        _write(store, items, fill, retrieved, summary)
        if progress:
            progress(done, len(files))
    return summary


def _walk(paths: Sequence[str | Path], summary: IngestSummary) -> Iterator[Path]:
    """Files to read. Named files are always read (an unknown type is then quarantined);
    inside folders, files of other types are only listed in `summary.skipped`."""
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                child = Path(root, name)
                if child.suffix.lower() in READERS:
                    yield child
                else:
                    summary.skipped.append(str(child))


def read_documents(path: Path, limits: Limits,
                   plain_text: bool = False) -> list[Document | QuarantineItem]:
    """Everything a file yields, or one quarantine item for the whole file.

    The file is read to the end before anything is written, so a failure part way
    leaves none of its rows behind. With `plain_text`, a file type no reader
    knows is read as plain text instead of refused.
    """
    name = str(path)
    reader = READERS.get(path.suffix.lower(), READERS[".txt"] if plain_text else None)
    if reader is None:
        return [QuarantineItem(name, f"unsupported file type {path.suffix or '(none)'!r}")]
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return [QuarantineItem(name, f"file is {size} bytes, over the limit of "
                                         f"{limits.max_file_bytes}")]
        raw = read_bytes(path)
    except OSError as exc:
        return [QuarantineItem(name, f"cannot read file: {exc.strerror or exc}")]
    try:
        return list(reader(name, raw, limits))
    except BadInput as exc:
        return [QuarantineItem(name, str(exc), raw=raw)]
    except Exception as exc:  # a parser bug on one file must not stop the batch
        return [QuarantineItem(name, f"could not be read as {path.suffix}: "
                                     f"{type(exc).__name__}: {exc}", raw=raw)]


def read_bytes(path: Path) -> bytes:
    """The file's bytes (a seam for tests of unreadable files)."""
    return path.read_bytes()


def _write(
    store: Store,
    items: list[Document | QuarantineItem],
    fill: Callable[[Document], None],
    retrieved: datetime,
    summary: IngestSummary,
) -> None:
    """Write one file's items in one transaction; count them only once it has committed."""
    added: list[str] = []
    duplicates = 0
    quarantined: list[QuarantineItem] = []
    with store.transaction():
        for item in items:
            if isinstance(item, QuarantineItem):
                store.add_quarantine(item.path, item.reason, item.row, item.raw)
                quarantined.append(item)
                continue
            fill(item)
            item.retrieved = retrieved
            if store.add_document(item):
                added.append(item.id)
            else:
                duplicates += 1
    summary.added += len(added)
    summary.document_ids += added
    summary.duplicates += duplicates
    summary.quarantined += len(quarantined)
    summary.quarantine += [(q.path, q.reason) for q in quarantined]


def _filler(defaults: IngestDefaults) -> Callable[[Document], None]:
    """Fills what a document lacks from `defaults` (a bad default date fails here, early)."""
    try:
        published = parse_datetime(defaults.published, "published")
    except BadInput as exc:
        raise ValueError(f"default {exc}") from None

    def fill(doc: Document) -> None:
        doc.outlet = doc.outlet or defaults.outlet
        doc.url = doc.url or defaults.url
        doc.title = doc.title or defaults.title
        doc.published = doc.published or published

    return fill
