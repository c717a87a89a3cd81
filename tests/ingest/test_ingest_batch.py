"""Walking folders, defaults, idempotence and progress."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tolls.ingest import BadInput, IngestDefaults, ingest_paths, parse_datetime
from tolls.store import Store


def _write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def _corpus(root: Path) -> None:
    _write(root, "b.txt", "Report B: ten killed.")
    _write(root, "a.md", "---\ntitle: A\n---\nReport A.\n")
    _write(root, "sub/c.jsonl", json.dumps({"text": "Report C."}) + "\n")
    _write(root, "sub/deeper/d.csv", "text\nReport D.\n")
    _write(root, ".hidden.txt", "hidden file")
    _write(root, ".git/e.txt", "inside a hidden folder")
    _write(root, "notes.docx", "not a format we read")


def test_folders_are_walked_sorted_and_hidden_names_skipped(
    store: Store, tmp_path: Path
) -> None:
    _corpus(tmp_path)
    summary = ingest_paths(store, [tmp_path])
    assert (summary.added, summary.duplicates, summary.quarantined) == (4, 0, 0)
    docs = {d.id: d for d in store.documents()}
    assert [docs[i].text.strip() for i in summary.document_ids] == [
        "Report A.", "Report B: ten killed.", "Report C.", "Report D."
    ]
    assert summary.skipped == [str(tmp_path / "notes.docx")]


def test_reingest_adds_nothing(store: Store, tmp_path: Path) -> None:
    _corpus(tmp_path)
    _write(tmp_path, "bad.json", "{not json")
    first = ingest_paths(store, [tmp_path])
    second = ingest_paths(store, [tmp_path])
    assert (first.added, first.quarantined) == (4, 1)
    assert (second.added, second.duplicates, second.document_ids) == (0, 4, [])
    assert len(store.documents()) == 4
    assert len(store.quarantined()) == 1  # the same bad file is recorded once


def test_same_bytes_in_one_batch_are_one_document(store: Store, tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "Same words.")
    b = _write(tmp_path, "copy/a.txt", "Same words.")
    summary = ingest_paths(store, [a, b])
    assert (summary.added, summary.duplicates) == (1, 1)


def test_identical_records_are_one_document(store: Store, tmp_path: Path) -> None:
    # Key order and spacing differ; the record is the same, so the document is too.
    _write(tmp_path, "x.jsonl", '{"text": "Row.", "outlet": "AP"}\n{"outlet":"AP","text":"Row."}\n')
    _write(tmp_path, "y.json", '[{"outlet": "AP", "text": "Row."}]')
    _write(tmp_path, "z.csv", "outlet,text\nAP,Row.\n")
    summary = ingest_paths(store, [tmp_path])
    assert (summary.added, summary.duplicates) == (1, 3)


def test_defaults_fill_only_what_is_missing(store: Store, tmp_path: Path) -> None:
    bare = _write(tmp_path, "bare.txt", "No metadata here.")
    rich = _write(tmp_path, "rich.md",
                  "---\ntitle: Own title\noutlet: Own outlet\nurl: https://own\n"
                  "published: 2014-11-20\n---\nBody.\n")
    defaults = IngestDefaults(outlet="CLI outlet", published="2014-11-25T12:00:00",
                              url="https://cli", title="CLI title")
    ingest_paths(store, [bare, rich], defaults)
    docs = {d.path: d for d in store.documents()}
    b, r = docs[str(bare)], docs[str(rich)]
    assert (b.outlet, b.url, b.title) == ("CLI outlet", "https://cli", "CLI title")
    assert b.published == datetime(2014, 11, 25, 12, tzinfo=UTC)
    assert (r.outlet, r.url, r.title) == ("Own outlet", "https://own", "Own title")
    assert r.published == datetime(2014, 11, 20, tzinfo=UTC)


def test_default_published_datetime_and_bad_default(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Text.")
    ingest_paths(store, [path], IngestDefaults(published=datetime(2014, 11, 25, 9)))
    assert store.documents()[0].published == datetime(2014, 11, 25, 9, tzinfo=UTC)
    with pytest.raises(ValueError, match="published"):
        ingest_paths(store, [path], IngestDefaults(published="next week"))


def test_progress_reports_files(store: Store, tmp_path: Path) -> None:
    _corpus(tmp_path)
    seen: list[tuple[int, int]] = []
    ingest_paths(store, [tmp_path], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_retrieved_is_set_once_per_batch(store: Store, tmp_path: Path) -> None:
    _corpus(tmp_path)
    ingest_paths(store, [tmp_path])
    assert len({d.retrieved for d in store.documents()}) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-11-25", datetime(2014, 11, 25, tzinfo=UTC)),
        ("2014-11-25T10:00:00Z", datetime(2014, 11, 25, 10, tzinfo=UTC)),
        ("Tue, 25 Nov 2014 10:00:00 GMT", datetime(2014, 11, 25, 10, tzinfo=UTC)),
        ("25 November 2014", datetime(2014, 11, 25, tzinfo=UTC)),
        (date(2014, 11, 25), datetime(2014, 11, 25, tzinfo=UTC)),
        (datetime(2014, 11, 25, 10), datetime(2014, 11, 25, 10, tzinfo=UTC)),
        ("", None),
        (None, None),
    ],
)
def test_parse_datetime(value: object, expected: datetime | None) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is not None


@pytest.mark.parametrize("value", ["soon", "November", "2014", 20141125, "32 Nov 2014"])
def test_parse_datetime_refuses(value: object) -> None:
    with pytest.raises(BadInput, match="field 'updated'"):
        parse_datetime(value, "updated")
