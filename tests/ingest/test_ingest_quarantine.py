"""Bad input is quarantined with a reason naming file, row and field; the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tolls.ingest import Limits, ingest_paths
from tolls.ingest import _batch as batch
from tolls.store import Store


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _only_reason(store: Store, tmp_path: Path, name: str, content: str | bytes, **kw) -> str:
    """Ingest one bad file next to a good one; return the one quarantine reason."""
    good = _write(tmp_path, "good.txt", "Three people were killed.")
    bad = _write(tmp_path, name, content)
    summary = ingest_paths(store, [bad, good], **kw)
    assert summary.added == 1 and summary.quarantined == 1
    [(path, reason)] = summary.quarantine
    assert path == str(bad)
    [record] = store.quarantined()
    assert (record.path, record.reason) == (str(bad), reason)
    assert [d.path for d in store.documents()] == [str(good)]
    return reason


def test_unreadable_file(store: Store, tmp_path: Path, monkeypatch) -> None:
    def refuse(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return path.read_bytes()

    monkeypatch.setattr(batch, "read_bytes", refuse)
    reason = _only_reason(store, tmp_path, "locked.txt", "secret")
    assert reason == "cannot read file: Permission denied"


def test_missing_path(store: Store, tmp_path: Path) -> None:
    summary = ingest_paths(store, [tmp_path / "nowhere.txt"])
    assert summary.quarantine == [(str(tmp_path / "nowhere.txt"),
                                   "cannot read file: No such file or directory")]


def test_invalid_utf8_names_the_byte_offset(store: Store, tmp_path: Path) -> None:
    latin1 = "Caf\u00e9 bombed\nagain".encode("latin-1")
    reason = _only_reason(store, tmp_path, "latin1.txt", latin1)
    assert reason == "not valid UTF-8: byte 0xe9 at byte offset 3 (line 1)"
    assert store.quarantined()[0].raw == latin1


def test_utf16_gets_a_hint(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "u16.txt", "Five killed".encode("utf-16"))
    assert "not valid UTF-8" in reason and "UTF-16" in reason


def test_empty_text(store: Store, tmp_path: Path) -> None:
    assert _only_reason(store, tmp_path, "blank.txt", " \n\t\n") == "empty text"


def test_front_matter_only_markdown_is_empty(store: Store, tmp_path: Path) -> None:
    assert _only_reason(store, tmp_path, "m.md", "---\ntitle: x\n---\n\n") == "empty text"


def test_binary_with_nul_bytes(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "bin.txt", b"abc\x00def")
    assert "NUL" in reason


def test_file_too_large(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "big.txt", "x" * 200,
                          limits=Limits(max_file_bytes=100))
    assert reason == "file is 200 bytes, over the limit of 100"
    assert store.quarantined()[0].raw is None  # never read


def test_text_too_large(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "long.txt", "y" * 200,
                          limits=Limits(max_text_bytes=150))
    assert reason == "text is 200 bytes, over the limit of 150"


def test_unsupported_named_file(store: Store, tmp_path: Path) -> None:
    assert _only_reason(store, tmp_path, "r.pdf", b"%PDF-1.4") == "unsupported file type '.pdf'"


def test_markdown_bad_yaml(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "m.md", "---\ntitle: [unclosed\n---\nBody.\n")
    assert reason.startswith("front matter: invalid YAML at line")


def test_markdown_unclosed_front_matter(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "m.md", "---\ntitle: x\nBody.\n")
    assert reason == "front matter: no closing '---' line"


def test_markdown_bad_published(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "m.md", "---\npublished: last Tuesday\n---\nBody.\n")
    assert reason == "field 'published': unparseable date 'last Tuesday'"


def test_markdown_non_text_title(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "m.md", "---\ntitle: [a, b]\n---\nBody.\n")
    assert reason == "field 'title': expected text, got list"


def test_html_without_text(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "e.html", "<html><body><nav></nav></body></html>")
    assert reason == "no main text found in the HTML"


def test_invalid_json_file(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "x.json", '[{"text": "a"},\n {"text": }]')
    assert reason.startswith("invalid JSON at line 2 column")


def test_json_of_wrong_shape(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "x.json", '"just a string"')
    assert reason == "expected a JSON object or array of objects, got str"


def test_csv_without_text_column(store: Store, tmp_path: Path) -> None:
    reason = _only_reason(store, tmp_path, "x.csv", "title,outlet\nA,B\n")
    assert reason == "no 'text' or 'content' column in the header"


def test_jsonl_bad_lines_are_quarantined_and_good_lines_kept(
    store: Store, tmp_path: Path
) -> None:
    lines = [
        json.dumps({"text": "Good one."}),
        '{"text": "broken',
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Bad date.", "published": "2014-13-45"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": 12345.5}),
        json.dumps({"text": "Good two.", "published": "November"}),
    ]
    raw = ("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9"}\n'
    path = _write(tmp_path, "feed.jsonl", raw)
    summary = ingest_paths(store, [path])
    assert summary.added == 2
    assert sorted(d.text for d in store.documents()) == ["12345.5", "Good one."]
    reasons = [reason for _, reason in summary.quarantine]
    assert reasons[0].startswith("line 2: invalid JSON at column")
    assert reasons[1:] == [
        "line 3: missing field 'text' (or 'content')",
        "line 4: field 'published': unparseable date '2014-13-45'",
        "line 5: expected a JSON object, got list",
        "line 7: field 'published': incomplete date 'November' (needs year, month, day)",
        f"line 8: not valid UTF-8: byte 0xe9 at byte offset {len(raw) - 4}",
    ]
    assert [r.row for r in store.quarantined()] == [2, 3, 4, 5, 7, 8]
    assert {p for p, _ in summary.quarantine} == {str(path)}


def test_json_array_bad_items(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.json", json.dumps([{"text": "ok"}, {"text": ""}, 3]))
    summary = ingest_paths(store, [path])
    assert summary.added == 1
    assert [r for _, r in summary.quarantine] == [
        "item 2: missing field 'text' (or 'content')",
        "item 3: expected a JSON object, got int",
    ]


def test_csv_bad_rows(store: Store, tmp_path: Path) -> None:
    content = (
        "text,published,outlet\n"
        "Fine row.,2014-11-25,AP\n"
        ",2014-11-25,AP\n"
        "Bad date.,someday,AP\n"
        "Too many cells.,2014-11-25,AP,surplus\n"
        '"multi\nline ok",,\n'
    )
    path = _write(tmp_path, "r.csv", content)
    summary = ingest_paths(store, [path])
    assert sorted(d.text for d in store.documents()) == ["Fine row.", "multi\nline ok"]
    assert [r for _, r in summary.quarantine] == [
        "row 2 (line 3): missing field 'text' (or 'content')",
        "row 3 (line 4): field 'published': unparseable date 'someday'",
        "row 4 (line 5): 1 more cells than the header",
    ]


def test_unknown_time_zone_is_refused(store: Store, tmp_path: Path) -> None:
    # Guessing UTC for "EST" would put the report hours out.
    record = {"text": "t", "published": "25 Nov 2014 10:00 EST"}
    path = _write(tmp_path, "z.jsonl", json.dumps(record))
    summary = ingest_paths(store, [path])
    assert summary.quarantine == [
        (str(path), "line 1: field 'published': unknown time zone in '25 Nov 2014 10:00 EST'")
    ]


def test_a_reader_crash_quarantines_the_whole_file(
    store: Store, tmp_path: Path, monkeypatch
) -> None:
    from tolls.ingest import formats

    real = formats.read_jsonl

    def crash_after_first(path, raw, limits):
        gen = real(path, raw, limits)
        yield next(gen)
        raise RuntimeError("parser bug")

    monkeypatch.setitem(batch.READERS, ".jsonl", crash_after_first)
    path = _write(tmp_path, "f.jsonl", '{"text": "a"}\n{"text": "b"}\n')
    summary = ingest_paths(store, [path])
    assert store.documents() == []  # the row read before the crash is not kept
    assert summary.quarantine == [(str(path), "could not be read as .jsonl: RuntimeError: "
                                              "parser bug")]


def test_a_store_failure_leaves_none_of_the_file(
    store: Store, tmp_path: Path, monkeypatch
) -> None:
    first = _write(tmp_path, "a.txt", "Committed before the failure.")
    rows = _write(tmp_path, "b.jsonl", '{"text": "row one"}\n{"text": "row two"}\n')
    real = store.add_document
    calls = {"n": 0}

    def fail_on_third(doc):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real(doc)

    monkeypatch.setattr(store, "add_document", fail_on_third)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest_paths(store, [first, rows])
    # The earlier file stays; not one row of the failed file was written.
    assert [d.text for d in store.documents()] == ["Committed before the failure."]
