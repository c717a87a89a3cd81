"""The bundled Raqqa example: the extractor gets each report's figures right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from tolls.extract import extract

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "raqqa-2014" / "reports"


def _md(name: str) -> list[tuple]:
    path = REPORTS / name
    if not path.exists():
        pytest.skip(f"{name} not bundled")
    _, front, body = path.read_text(encoding="utf-8").split("---", 2)
    meta = yaml.safe_load(front)
    claims = extract(body, published=meta["published"], outlet=meta["outlet"])
    return [(c.source, c.figure.kind, c.figure.group, c.figure.low, c.figure.high) for c in claims]


def test_ap_wire() -> None:
    got = _md("2014-11-25-ap-wire.md")
    for expected in [("SOHR", "killed", "all", 61, None), ("LCC", "killed", "all", 70, None),
                     ("RBSS", "killed", "all", 81, None)]:
        assert expected in got
    assert [f for f in got if f[1] == "strikes"][0][3:] == (10, 10)
    # not tolls: the 5,000 fighters, the 17-year-old, the crowd, the population, distances
    assert all(f[3] in (0, 2, 10, 40, 61, 70, 81) for f in got), got


def test_opinion_piece_press_list() -> None:
    got = _md("2014-12-08-opinion-one-week-in-raqqa.md")
    for expected in [("SOHR", "killed", "all", 61, None), ("LCC", "killed", "all", 70, None),
                     ("RBSS", "killed", "all", 81, None), ("SOHR", "killed", "all", 95, None),
                     ("SOHR", "killed", "civilians", 52, None), ("LCC", "killed", "all", 87, 87),
                     ("activists", "killed", "all", 135, 135), ("RBSS", "killed", "all", 209, 209)]:
        assert expected in got, expected


def test_weekend_dispatch() -> None:
    got = _md("2014-12-01-levant-dispatch-weekend.md")
    kinds = {(f[1], f[2], f[3], f[4]) for f in got}
    assert {("strikes", "all", 31, None), ("killed", "all", 5, None),
            ("killed", "children", 3, 3), ("strikes", "all", 7, 10)} <= kinds


def test_published_string_or_date_accepted() -> None:
    assert extract("Five people were killed.", published=date(2014, 11, 25))
