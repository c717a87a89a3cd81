"""What every format reader shares: decoding, dates, fields and the document checks."""

from __future__ import annotations

import codecs
import json
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from dateutil import parser as dateparser

from tolls.store import document_id
from tolls.types import Document

META_FIELDS = ("title", "outlet", "url", "language")
DATE_FIELDS = ("published", "updated")


class BadInput(Exception):
    """Input that cannot become a document; the message says why, for people."""


@dataclass(slots=True, frozen=True)
class QuarantineItem:
    """A file, or one row of a tabular file, that was not ingested."""

    path: str
    reason: str
    row: int | None = None
    raw: bytes | None = None

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True, frozen=True)
class Limits:
    """Size limits; past them input is quarantined rather than loaded into memory."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_text_bytes: int = 1024 * 1024


def decode_utf8(raw: bytes, *, base: int | None = None) -> str:
    """UTF-8 text, with or without a byte-order mark; anything else is refused, not guessed.

    `base` is where `raw` starts in its file, for the offset in the error message of
    a piece (a JSON line) whose line number the caller reports itself.
    """
    skip = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        bad = raw[offset]
        if base is not None:
            return _raise_utf8(f"byte 0x{bad:02x} at byte offset {base + offset}")
        utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        hint = " (it looks like UTF-16)" if utf16 else ""
        line = raw.count(b"\n", 0, offset) + 1
        return _raise_utf8(f"byte 0x{bad:02x} at byte offset {offset} (line {line}){hint}")


def _raise_utf8(where: str) -> str:
    raise BadInput(f"not valid UTF-8: {where}")


def canonical_json(value: Any) -> bytes:
    """The bytes that identify a record: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def parse_datetime(value: object, field: str = "published") -> datetime | None:
    """A timezone-aware datetime from ISO 8601, RFC 2822 and similar text (UTC if naive).

    Raises BadInput naming `field` for text that is not a complete date: dateutil
    would fill a missing year or day from today, which would be silently wrong.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        parsed = _parse_date_text(value.strip(), field)
    else:
        raise BadInput(f"field '{field}': expected a date, got {type(value).__name__}")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_date_text(text: str, field: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    shown = text if len(text) <= 60 else text[:57] + "..."
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", dateparser.UnknownTimezoneWarning)
            # Two different defaults: a component missing from the text shows as a difference.
            first = dateparser.parse(text, default=datetime(2000, 1, 1))
            second = dateparser.parse(text, default=datetime(2001, 2, 2))
    except dateparser.UnknownTimezoneWarning:
        raise BadInput(f"field '{field}': unknown time zone in {shown!r}") from None
    except (ValueError, OverflowError):
        raise BadInput(f"field '{field}': unparseable date {shown!r}") from None
    if first.date() != second.date():
        raise BadInput(f"field '{field}': incomplete date {shown!r} (needs year, month, day)")
    return first


def text_field(record: Mapping[str, Any], name: str) -> str | None:
    """A text field; numbers are accepted as text, blanks are None, other types refused."""
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise BadInput(f"field '{name}': expected text, got {type(value).__name__}")
    return value.strip() or None


def metadata(record: Mapping[str, Any]) -> dict[str, Any]:
    """Document metadata from a record or front matter, checked and parsed."""
    meta: dict[str, Any] = {name: text_field(record, name) for name in META_FIELDS}
    for name in DATE_FIELDS:
        meta[name] = parse_datetime(record.get(name), name)
    return meta


def make_document(
    raw: bytes, text: str, fmt: str, path: str, meta: Mapping[str, Any], limits: Limits
) -> Document:
    """A checked document whose id is the SHA-256 of `raw`."""
    check_text(text, limits)
    return Document(
        id=document_id(raw),
        raw=raw,
        text=text,
        format=fmt,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        published=meta.get("published"),
        updated=meta.get("updated"),
        language=meta.get("language"),
        path=path,
    )


def check_text(text: str, limits: Limits) -> None:
    if not text.strip():
        raise BadInput("empty text")
    if "\x00" in text:
        # PostgreSQL cannot store NUL in text, and real reports never contain one.
        raise BadInput("text contains NUL characters (a binary file?)")
    size = len(text.encode("utf-8"))
    if size > limits.max_text_bytes:
        raise BadInput(f"text is {size} bytes, over the limit of {limits.max_text_bytes}")
