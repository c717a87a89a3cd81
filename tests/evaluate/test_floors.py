"""The evaluation gate: every metric pinned in floors.yaml must hold on the
real development data in ../shared/data/ (skipped when that folder is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tolls.evaluate import check_floors, evaluate, load_floors


def shared_data() -> Path:
    if env := os.environ.get("TOLLS_SHARED_DATA"):
        return Path(env)
    return Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


DATA = shared_data()


@pytest.mark.skipif(not DATA.is_dir(), reason=f"no evaluation data at {DATA}")
def test_metrics_hold_their_floors():
    floors = load_floors()
    report = evaluate(DATA, list(floors), floors=floors)
    failures = check_floors(report, floors)
    assert not failures, "metrics below their floors:\n" + "\n".join(failures)
