"""Evaluation report, pinned floors, and the Rich tables that show them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

Floors = dict[str, dict[str, float]]


@dataclass(slots=True)
class MetricRow:
    name: str
    value: float
    n: int
    floor: float | None = None  # None: information only

    @property
    def status(self) -> str:
        if self.floor is None:
            return "info"
        return "ok" if self.value >= self.floor else "FAIL"


@dataclass(slots=True)
class DatasetResult:
    name: str
    rows: list[MetricRow] = field(default_factory=list)
    seconds: float = 0.0
    # Set when the dataset could not be measured at all (data or stage missing).
    skipped: str | None = None
    # True when skipped only because the data files are absent: not a failure.
    data_missing: bool = False
    notes: list[str] = field(default_factory=list)

    def metric(self, name: str) -> MetricRow | None:
        return next((r for r in self.rows if r.name == name), None)


@dataclass(slots=True)
class EvalReport:
    data_dir: Path
    datasets: dict[str, DatasetResult] = field(default_factory=dict)
    seconds: float = 0.0
    limit: int | None = None


def load_floors(path: Path | None = None) -> Floors:
    """Floors by dataset and metric, from `path` or the packaged floors.yaml."""
    if path is None:
        text = resources.files(__package__).joinpath("floors.yaml").read_text("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return {ds: {m: float(v) for m, v in (metrics or {}).items()} for ds, metrics in data.items()}


def apply_floors(report: EvalReport, floors: Floors) -> None:
    """Copy each metric's floor into its row (rows without a floor stay info)."""
    for name, result in report.datasets.items():
        for row in result.rows:
            row.floor = floors.get(name, {}).get(row.name)


def check_floors(report: EvalReport, floors: Floors) -> list[str]:
    """Failures: a metric below its floor, or a floored metric that was not
    measured although its data is present. Datasets whose data files are
    absent are skipped, not failed."""
    failures: list[str] = []
    for dataset, metrics in floors.items():
        result = report.datasets.get(dataset)
        if result is None or result.data_missing:
            continue
        for metric, floor in metrics.items():
            row = result.metric(metric)
            if row is None:
                why = result.skipped or "not measured"
                failures.append(f"{dataset}.{metric}: no value ({why})")
            elif row.value < floor:
                failures.append(f"{dataset}.{metric}: {row.value:.3f} < floor {floor:.3f}")
    return failures


def suggest_floors(report: EvalReport, margin: float = 0.02) -> Floors:
    """Floors just under the measured values: floor(value*100 - margin*100)/100,
    never below 0. Information-only datasets (ged) get none."""
    out: Floors = {}
    for name, result in report.datasets.items():
        if name in INFO_ONLY or result.skipped:
            continue
        out[name] = {
            r.name: max(0.0, math.floor(r.value * 100 - margin * 100) / 100) for r in result.rows
        }
    return out


def floors_yaml(floors: Floors) -> str:
    return yaml.safe_dump(floors, sort_keys=False)


INFO_ONLY = frozenset({"ged"})

_STYLE = {"ok": "green", "FAIL": "bold red", "info": "dim"}


def render(report: EvalReport, console: Console | None = None) -> None:
    """One Rich table per dataset: metric, value, n, floor, status."""
    console = console or Console()
    for name, result in report.datasets.items():
        if result.skipped:
            console.print(f"[yellow]{name}: skipped[/yellow] ({result.skipped})")
            continue
        table = Table(title=f"{name}  ({result.seconds:.1f} s)", title_justify="left")
        for col in ("metric", "value", "n", "floor", "status"):
            table.add_column(col, justify="left" if col in ("metric", "status") else "right")
        for r in result.rows:
            floor = "" if r.floor is None else f"{r.floor:.2f}"
            table.add_row(
                r.name, f"{r.value:.3f}", str(r.n), floor,
                f"[{_STYLE[r.status]}]{r.status}[/{_STYLE[r.status]}]",
            )
        console.print(table)
        for note in result.notes:
            console.print(f"  [dim]{name}: {note}[/dim]", highlight=False)
    limit = f", limit {report.limit} rows per dataset" if report.limit else ""
    console.print(f"evaluation took {report.seconds:.1f} s{limit}")
