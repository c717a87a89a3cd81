"""One reader per file format: bytes in, documents or quarantine items out.

A reader raises `BadInput` when the whole file is unusable. Tabular readers
(jsonl, json, csv) instead yield a `QuarantineItem` for each bad row and go on.

A row of a tabular file is a document of its own. Its `raw` bytes, and so its
id, are the canonical JSON of the record as read (sorted keys, no spaces,
UTF-8; for CSV the header -> cell mapping), so identical records are one
document whatever the spacing or key order of the line they came from.
Its `path` is the file's with `#line=N` (jsonl), `#item=N` (json) or `#row=N`
(csv, N counting data rows from 1, header excluded).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import trafilatura
import yaml

from tolls.ingest._common import (
    BadInput,
    Limits,
    QuarantineItem,
    canonical_json,
    decode_utf8,
    make_document,
    metadata,
    parse_datetime,
    text_field,
)
from tolls.types import Document

Item = Document | QuarantineItem
Reader = Callable[[str, bytes, Limits], Iterator[Item]]

# Dates from HTML with their time and offset; htmldate's default keeps only the day.
HTML_DATE_CONFIG = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True,
                    "extensive_search": False}


def read_txt(path: str, raw: bytes, limits: Limits) -> Iterator[Item]:
    """Plain text, as is."""
    yield make_document(raw, decode_utf8(raw), "txt", path, {}, limits)


def read_md(path: str, raw: bytes, limits: Limits) -> Iterator[Item]:
    """Markdown with optional YAML front matter; the text is the body after it."""
    header, body = split_front_matter(decode_utf8(raw))
    yield make_document(raw, body, "md", path, metadata(header), limits)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(front matter, body). Front matter is a first line `---` up to a `---` or `...` line."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise BadInput("front matter: no closing '---' line")
    try:
        header = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise BadInput(f"front matter: invalid YAML{where}: {problem}") from None
    if header is None:
        header = {}
    if not isinstance(header, dict):
        raise BadInput("front matter: expected 'key: value' lines")
    return header, "".join(lines[end + 1 :])


def read_html(path: str, raw: bytes, limits: Limits) -> Iterator[Item]:
    """HTML: main text and metadata through trafilatura (boilerplate dropped)."""
    tree = trafilatura.load_html(decode_utf8(raw))
    if tree is None:
        raise BadInput("not parseable as HTML")
    language = tree.get("lang") or None
    # Metadata first: extraction prunes the tree it is given.
    meta = trafilatura.extract_metadata(tree, date_config=HTML_DATE_CONFIG)
    text = trafilatura.extract(tree, include_comments=False, include_tables=True)
    if not text:
        raise BadInput("no main text found in the HTML")
    fields = {
        "title": meta.title or None,
        "outlet": meta.sitename or None,
        "url": meta.url or None,
        "published": parse_datetime(meta.date) if meta.date else None,
        "language": language.strip() if language else None,
    }
    yield make_document(raw, text, "html", path, fields, limits)


def read_jsonl(path: str, raw: bytes, limits: Limits) -> Iterator[Item]:
    """One JSON object per line; blank lines are skipped, each line decoded on its own."""
    start = 0
    for number, piece in enumerate(raw.split(b"\n"), 1):
        line, offset, start = piece.rstrip(b"\r"), start, start + len(piece) + 1
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(decode_utf8(line, base=offset))
        except BadInput as exc:
            yield QuarantineItem(path, f"{where}: {exc}", number, line)
            continue
        except json.JSONDecodeError as exc:
            reason = f"{where}: invalid JSON at column {exc.colno}: {exc.msg}"
            yield QuarantineItem(path, reason, number, line)
            continue
        yield _record_item(path, "jsonl", where, ("line", number), record, line, limits)


def read_json(path: str, raw: bytes, limits: Limits) -> Iterator[Item]:
    """A JSON object, or an array of objects, each one report."""
    try:
        data = json.loads(decode_utf8(raw))
    except json.JSONDecodeError as exc:
        raise BadInput(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict):
        yield _record_item(path, "json", "", None, data, None, limits)
        return
    if not isinstance(data, list):
        raise BadInput(f"expected a JSON object or array of objects, got {type(data).__name__}")
    for number, record in enumerate(data, 1):
        anchor = ("item", number)
        yield _record_item(path, "json", f"item {number}", anchor, record, None, limits)


def read_csv(path: str, raw: bytes, limits: Limits) -> Iterator[Item]:
    """A header row, then one report per row. A row the CSV parser cannot read ends
    the file there (rows before it are kept); a row with bad fields is skipped."""
    reader = csv.DictReader(io.StringIO(decode_utf8(raw), newline=""))
    _raise_csv_field_limit(limits.max_text_bytes)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise BadInput(f"header: malformed CSV: {exc}") from None
    if not header:
        raise BadInput("empty CSV file: no header row")
    if "text" not in header and "content" not in header:
        raise BadInput("no 'text' or 'content' column in the header")
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"row {number + 1} (line {reader.line_num})"
            yield QuarantineItem(path, f"{where}: malformed CSV: {exc}", number + 1, None)
            return
        number += 1
        where = f"row {number} (line {reader.line_num})"
        if None in row:
            extra = row.pop(None)
            raw_row = canonical_json({**row, "": extra})
            reason = f"{where}: {len(extra)} more cells than the header"
            yield QuarantineItem(path, reason, number, raw_row)
            continue
        yield _record_item(path, "csv", where, ("row", number), row, None, limits)


def _raise_csv_field_limit(max_text_bytes: int) -> None:
    # The csv module refuses fields over 128 KiB by default; reports may be longer.
    wanted = max_text_bytes + 1
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def _record_item(
    path: str,
    fmt: str,
    where: str,
    anchor: tuple[str, int] | None,
    record: object,
    line: bytes | None,
    limits: Limits,
) -> Item:
    """A document from one record, or a quarantine item saying which field is wrong.

    `where` names the record in messages ("row 3 (line 4)"); `anchor` is its
    (kind, number) for the document's path and the quarantine row, None for a file
    that is a single record.
    """
    number = anchor[1] if anchor else None
    prefix = f"{where}: " if where else ""
    if not isinstance(record, Mapping):
        kind = type(record).__name__
        return QuarantineItem(path, f"{prefix}expected a JSON object, got {kind}", number, line)
    raw = canonical_json(record)
    try:
        text = text_field(record, "text") or text_field(record, "content")
        if text is None:
            raise BadInput("missing field 'text' (or 'content')")
        doc = make_document(raw, text, fmt, path, metadata(record), limits)
    except BadInput as exc:
        return QuarantineItem(path, f"{prefix}{exc}", number, raw)
    if anchor is not None:
        doc.path = f"{path}#{anchor[0]}={anchor[1]}"
    return doc


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
}
