"""Small readers for the third-party development data in ../shared/data/.

No pandas: the csv and json modules are enough. Each loader returns plain
rows; `limit` keeps the first rows only (the files are deterministic splits).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

FILES: dict[str, tuple[str, ...]] = {
    "acled": ("acled_palestine_dev.csv",),
    "gva": ("gva_documents_dev.jsonl", "gva_incidents_dev.csv"),
    "ged": ("ged_syria_dev.csv",),
    "airwars": ("airwars_gaza_dev.csv",),
}


def default_data_dir() -> Path:
    """$TOLLS_SHARED_DATA, else ../shared/data next to the repository root."""
    if env := os.environ.get("TOLLS_SHARED_DATA"):
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def missing_files(data_dir: Path, dataset: str) -> list[str]:
    """The files of `dataset` that are absent from `data_dir`."""
    return [f for f in FILES[dataset] if not (data_dir / f).is_file()]


def read_csv(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(islice(csv.DictReader(fh), limit))


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    def rows() -> Iterator[dict]:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    return list(islice(rows(), limit))


def parse_date(text: str) -> datetime | None:
    """Dates as the datasets write them: "08 November 2024" (ACLED),
    "February 5, 2014" (GVA), "2016-01-02" (GED, GVA dct),
    "october-7-2023" (Airwars)."""
    text = (text or "").strip()
    for fmt in ("%d %B %Y", "%B %d, %Y", "%Y-%m-%d", "%B-%d-%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


@dataclass(slots=True)
class GvaArticle:
    doc_id: str
    incident: str
    published: datetime | None
    title: str
    url: str
    text: str


@dataclass(slots=True)
class GvaIncident:
    uri: str
    date: datetime | None
    killed: int
    injured: int


def load_acled(data_dir: Path, limit: int | None = None) -> list[dict[str, str]]:
    return read_csv(data_dir / "acled_palestine_dev.csv", limit)


def load_ged(data_dir: Path, limit: int | None = None) -> list[dict[str, str]]:
    return read_csv(data_dir / "ged_syria_dev.csv", limit)


def load_airwars(data_dir: Path, limit: int | None = None) -> list[dict[str, str]]:
    return read_csv(data_dir / "airwars_gaza_dev.csv", limit)


def load_gva(
    data_dir: Path, limit: int | None = None
) -> tuple[list[GvaArticle], dict[str, GvaIncident]]:
    """Articles (first `limit`) and the incidents they belong to, by uri."""
    articles = [
        GvaArticle(
            doc_id=row["doc_id"],
            incident=str(row["incident_uri"]),
            published=parse_date(row.get("dct", "")),
            title=row.get("title") or "",
            url=row.get("uri") or "",
            text=row.get("content") or "",
        )
        for row in read_jsonl(data_dir / "gva_documents_dev.jsonl", limit)
    ]
    incidents = {
        row["incident_uri"]: GvaIncident(
            uri=row["incident_uri"],
            date=parse_date(row["date"]),
            killed=int(row["num_killed"] or 0),
            injured=int(row["num_injured"] or 0),
        )
        for row in read_csv(data_dir / "gva_incidents_dev.csv")
    }
    return articles, incidents
