"""Each format reader, through `ingest_paths`, into a real (in-memory) store."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from tolls.ingest import ingest_paths
from tolls.store import Store

HTML = """<!doctype html>
<html lang="en">
<head>
  <title>Air strikes kill dozens in Raqqa - Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2014-11-25T16:30:00+02:00">
  <link rel="canonical" href="https://news.example.org/raqqa-strikes">
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
  <article>
    <h1>Air strikes kill dozens in Raqqa</h1>
    <p>At least 63 people were killed in air strikes on Raqqa on Tuesday, a monitor said.</p>
    <p>The strikes hit a market and a mosque in the city centre.</p>
  </article>
  <footer>Copyright 2014 Example News. All rights reserved.</footer>
</body>
</html>
"""


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.write_bytes(data)
    return path


def test_txt_is_taken_as_is(store: Store, tmp_path: Path) -> None:
    body = "  Eight people were killed.\r\nTwo more died later.\n"
    path = _write(tmp_path, "a.txt", body)
    summary = ingest_paths(store, [path])
    assert (summary.added, summary.duplicates, summary.quarantined) == (1, 0, 0)
    [doc] = store.documents()
    assert doc.text == body and doc.format == "txt" and doc.path == str(path)
    assert doc.id == hashlib.sha256(body.encode()).hexdigest() == summary.document_ids[0]
    assert doc.raw == body.encode()
    assert doc.retrieved is not None and doc.retrieved.tzinfo is not None
    assert doc.published is None and doc.language is None


def test_txt_with_byte_order_mark(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", b"\xef\xbb\xbfSix killed.")
    ingest_paths(store, [path])
    [doc] = store.documents()
    assert doc.text == "Six killed." and doc.raw.startswith(b"\xef\xbb\xbf")


def test_markdown_front_matter(store: Store, tmp_path: Path) -> None:
    content = (
        "---\n"
        "title: Raqqa strikes\n"
        "outlet: SOHR\n"
        "url: https://example.org/sohr\n"
        "published: 2014-11-25T18:00:00+03:00\n"
        "updated: 2014-11-26\n"
        "language: en\n"
        "author: ignored\n"
        "---\n"
        "# Statement\n\nMore than 60 people were killed.\n"
    )
    path = _write(tmp_path, "s.md", content)
    ingest_paths(store, [path])
    [doc] = store.documents()
    assert doc.text == "# Statement\n\nMore than 60 people were killed.\n"
    assert (doc.title, doc.outlet, doc.url, doc.language) == (
        "Raqqa strikes", "SOHR", "https://example.org/sohr", "en")
    assert doc.published == datetime(2014, 11, 25, 15, 0, tzinfo=UTC)
    assert doc.updated == datetime(2014, 11, 26, tzinfo=UTC)
    assert doc.format == "md" and doc.raw == content.encode()


def test_markdown_without_front_matter(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "plain.md", "Nine were killed.\n\n---\n\nfooter\n")
    ingest_paths(store, [path])
    [doc] = store.documents()
    assert doc.text == "Nine were killed.\n\n---\n\nfooter\n" and doc.title is None


def test_html_main_text_and_metadata(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "story.html", HTML)
    summary = ingest_paths(store, [path])
    assert summary.added == 1, summary.quarantine
    [doc] = store.documents()
    assert "At least 63 people were killed in air strikes on Raqqa" in doc.text
    assert "a market and a mosque" in doc.text
    # Boilerplate is dropped by the extractor.
    assert "Subscribe now" not in doc.text and "All rights reserved" not in doc.text
    assert "<p>" not in doc.text
    assert doc.title == "Air strikes kill dozens in Raqqa"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.org/raqqa-strikes"
    assert doc.published == datetime(2014, 11, 25, 16, 30, tzinfo=timezone(timedelta(hours=2)))
    assert doc.language == "en" and doc.format == "html"
    assert doc.raw == HTML.encode()


def test_htm_extension_is_html(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "story.HTM", HTML)
    ingest_paths(store, [path])
    assert store.documents()[0].format == "html"


def test_jsonl_one_document_per_line(store: Store, tmp_path: Path) -> None:
    lines = [
        {"text": "Four killed.", "title": "One", "outlet": "AFP", "url": "https://a/1",
         "published": "2014-11-25T10:00:00Z", "language": "en"},
        {"content": "Twelve injured.", "published": "Tue, 25 Nov 2014 12:00:00 +0000",
         "updated": "2014-11-26 08:00"},
    ]
    body = "\n".join(json.dumps(x) for x in lines[:1]) + "\n\n" + json.dumps(lines[1]) + "\n"
    path = _write(tmp_path, "feed.jsonl", body)
    summary = ingest_paths(store, [path])
    assert (summary.added, summary.quarantined) == (2, 0)
    first, second = store.documents()
    assert (first.text, first.title, first.outlet, first.url, first.language) == (
        "Four killed.", "One", "AFP", "https://a/1", "en")
    assert first.published == datetime(2014, 11, 25, 10, tzinfo=UTC)
    assert second.text == "Twelve injured."
    assert second.published == datetime(2014, 11, 25, 12, tzinfo=UTC)
    assert second.updated == datetime(2014, 11, 26, 8, tzinfo=UTC)
    assert first.path == f"{path}#line=1" and second.path == f"{path}#line=3"
    assert {d.format for d in (first, second)} == {"jsonl"}
    # A row's bytes are the canonical JSON of its record; its id is their hash.
    assert json.loads(first.raw) == lines[0]
    assert first.id == hashlib.sha256(first.raw).hexdigest()


def test_json_object_and_array(store: Store, tmp_path: Path) -> None:
    one = _write(tmp_path, "one.json", json.dumps({"text": "Single report.", "outlet": "AP"}))
    many = _write(tmp_path, "many.json", json.dumps([
        {"text": "First of many.", "published": "2014-11-24"},
        {"content": "Second of many.", "title": "Two"},
    ]))
    summary = ingest_paths(store, [one, many])
    assert (summary.added, summary.quarantined) == (3, 0)
    docs = {d.text: d for d in store.documents()}
    assert docs["Single report."].outlet == "AP"
    assert docs["Single report."].path == str(one)
    assert docs["First of many."].path == f"{many}#item=1"
    assert docs["First of many."].published == datetime(2014, 11, 24, tzinfo=UTC)
    assert docs["Second of many."].title == "Two"
    assert {d.format for d in docs.values()} == {"json"}


def test_csv_one_document_per_row(store: Store, tmp_path: Path) -> None:
    content = (
        "title,outlet,url,published,text,extra\n"
        "First,Reuters,https://r/1,2014-11-25,Sixty killed.,x\n"
        'Second,BBC,,25 November 2014 14:00,"A quoted, multi-line\nreport, with ""quotes"".",\n'
    )
    path = _write(tmp_path, "rows.csv", content)
    summary = ingest_paths(store, [path])
    assert (summary.added, summary.quarantined) == (2, 0), summary.quarantine
    first, second = store.documents()
    assert (first.title, first.outlet, first.url, first.text) == (
        "First", "Reuters", "https://r/1", "Sixty killed.")
    assert second.text == 'A quoted, multi-line\nreport, with "quotes".'
    assert second.url is None  # blank cells are missing values
    assert second.published == datetime(2014, 11, 25, 14, tzinfo=UTC)
    assert first.path == f"{path}#row=1" and second.path == f"{path}#row=2"
    assert json.loads(first.raw)["extra"] == "x"


def test_csv_content_column(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "c.csv", "content,outlet\nSeven killed.,AP\n")
    ingest_paths(store, [path])
    [doc] = store.documents()
    assert (doc.text, doc.outlet, doc.format) == ("Seven killed.", "AP", "csv")
