"""Evaluation harness: the extractor, linker and reconciler measured on real,
human-coded data (../shared/data/), with floors pinned in floors.yaml.

    from tolls.evaluate import evaluate, check_floors, load_floors
    report = evaluate(Path("../shared/data"), ["acled"], limit=200)
    failures = check_floors(report, load_floors())

`run_cli` is what `tolls eval` and `make eval` call.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from tolls.evaluate.components import Unavailable
from tolls.evaluate.loaders import FILES, default_data_dir, missing_files
from tolls.evaluate.report import (
    DatasetResult,
    EvalReport,
    Floors,
    MetricRow,
    apply_floors,
    check_floors,
    floors_yaml,
    load_floors,
    render,
    suggest_floors,
)

DATASETS: tuple[str, ...] = tuple(FILES)

__all__ = [
    "DATASETS", "DatasetResult", "EvalReport", "Floors", "MetricRow", "check_floors",
    "default_data_dir", "evaluate", "floors_yaml", "load_floors", "render", "run_cli",
    "suggest_floors",
]


def evaluate(
    data_dir: Path,
    datasets: Sequence[str] | None = None,
    limit: int | None = None,
    floors: Floors | None = None,
) -> EvalReport:
    """Measure every dataset in `datasets` (default: all) on the first `limit`
    rows (default: all). Floors (default: the packaged floors.yaml) are copied
    into the rows; a dataset whose files are absent is skipped, not failed."""
    from tolls.evaluate.datasets import EVALUATORS

    names = list(datasets or DATASETS)
    unknown = [n for n in names if n not in EVALUATORS]
    if unknown:
        raise ValueError(f"unknown dataset(s) {unknown}; choose from {list(DATASETS)}")
    report = EvalReport(data_dir=Path(data_dir), limit=limit)
    started = time.perf_counter()
    for name in names:
        report.datasets[name] = _run_one(name, Path(data_dir), limit, EVALUATORS[name])
    report.seconds = time.perf_counter() - started
    apply_floors(report, load_floors() if floors is None else floors)
    return report


def _run_one(name: str, data_dir: Path, limit: int | None, fn) -> DatasetResult:
    if missing := missing_files(data_dir, name):
        why = f"missing {', '.join(missing)} in {data_dir}"
        return DatasetResult(name=name, skipped=why, data_missing=True)
    started = time.perf_counter()
    try:
        result = fn(data_dir, limit)
    except Unavailable as exc:
        result = DatasetResult(name=name, skipped=str(exc))
    result.seconds = time.perf_counter() - started
    return result


def run_cli(
    data_dir: Path | None = None,
    datasets: Sequence[str] | None = None,
    limit: int | None = None,
    *,
    suggest: bool = False,
    console: Console | None = None,
) -> int:
    """Evaluate, print a table per dataset, and return the exit code: 1 when a
    floor fails (floors are only checked on full runs, without `limit`), else 0.
    With `suggest`, also print floors.yaml content pinned just under the
    measured values."""
    console = console or Console()
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    if not data_dir.is_dir():
        console.print(f"[yellow]no evaluation data at {data_dir}: nothing measured[/yellow]")
        return 0
    report = evaluate(data_dir, datasets, limit)
    render(report, console)
    if suggest:
        console.print("# suggested floors.yaml", highlight=False)
        console.print(floors_yaml(suggest_floors(report)), highlight=False, markup=False)
    if limit is not None:
        console.print("[dim]floors not checked on a limited run[/dim]")
        return 0
    floors = load_floors()
    floors = {k: v for k, v in floors.items() if k in report.datasets}
    failures = check_floors(report, floors)
    for failure in failures:
        console.print(f"[bold red]floor failed:[/bold red] {failure}", highlight=False)
    return 1 if failures else 0
