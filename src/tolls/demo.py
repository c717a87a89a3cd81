"""The bundled example: the Raqqa week of 23-29 November 2014."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

from tolls import pipeline
from tolls.ingest import IngestDefaults
from tolls.publish.jsonout import incident_dict
from tolls.store import Store
from tolls.types import Incident

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "raqqa-2014"


@dataclass(slots=True)
class DemoResult:
    incidents: list[Incident]
    json_path: Path
    title: str


def _batches(example: Path) -> list[tuple[list[Path], IngestDefaults]]:
    """The ingest batches of the example's demo.yaml, as a user would type them."""
    manifest = yaml.safe_load((example / "demo.yaml").read_text(encoding="utf-8"))
    batches = []
    for batch in manifest["batches"]:
        published = batch.get("published")
        defaults = IngestDefaults(
            outlet=batch.get("outlet"),
            published=datetime.fromisoformat(published) if published else None,
            url=batch.get("url"),
            title=batch.get("title"),
        )
        batches.append(([example / p for p in batch["paths"]], defaults))
    return batches


def run_demo(
    store: Store,
    *,
    out_dir: Path,
    policy: str = "ibc",
    example: Path = EXAMPLE,
    progress: pipeline.Progress | None = None,
) -> DemoResult:
    """Ingest the example, link and reconcile it, and write its incidents to JSON.

    The military releases also list strikes elsewhere (Kobani, Mosul...), which
    become incidents of their own; the demo shows the example's place only.
    """
    if not (example / "demo.yaml").is_file():
        raise FileNotFoundError(
            f"{example}: the bundled example is not here (run from a checkout of tolls)"
        )
    for paths, defaults in _batches(example):
        pipeline.run(store, paths, defaults=defaults, progress=progress)
    place = yaml.safe_load((example / "demo.yaml").read_text(encoding="utf-8"))["place"]
    found = pipeline.incidents(store, policy=policy, where=pipeline.IncidentFilter(place=place))
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / "incidents.json"
    tmp = json_path.with_suffix(".json.tmp")
    payload = [incident_dict(i) for i in found]
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(json_path)  # never leave a half-written file behind
    return DemoResult(found, json_path, f"{place}, 23-29 November 2014 (policy {policy})")
