"""The harness end to end on tiny hand-made data files and stand-in stages,
so that its plumbing is tested whatever state the real pipeline is in."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from tolls import evaluate as ev
from tolls.evaluate import components as comp
from tolls.evaluate.report import load_floors
from tolls.extract import totals
from tolls.extract.mentions import Mention
from tolls.types import Claim, DateRange, Figure, Incident, Place, Toll

_NUM = re.compile(r"(killing|injuring) (\d+)")


def fake_extract(text: str, *, published=None, **_: object) -> list[Claim]:
    kinds = {"killing": "killed", "injuring": "injured"}
    day = published.date() if published else None
    return [
        Claim(
            figure=Figure(kinds[m[1]], "all", int(m[2]), int(m[2]), "exact", m[2], m.span(2)),
            quote=text, span=(0, len(text)), date=DateRange(day, day),
            place=Place("Gaza") if "Gaza" in text else None,
        )
        for m in _NUM.finditer(text)
    ]


def fake_component(module: str, name: str):
    table = {
        "find_actors": lambda t: [Mention(0, 7, "Israeli", "Israel")] if "Israeli" in t else [],
        "find_event_types": lambda t: [Mention(0, 6, "struck", "air strike")],
        "find_places": lambda t, country_hint=None: [Mention(0, 4, "Gaza", Place("Gaza"))],
        # pure functions of the claims: the real ones
        "document_total": totals.document_total,
        "article_total": totals.article_total,
    }
    return table[name]


def fake_link(claims: list[Claim]) -> dict[int, str]:
    return {c.id: c.document or "one" for c in claims}


def fake_describe(text: str, *, document: str = "", **_: object) -> SimpleNamespace:
    return SimpleNamespace(document=document)


def fake_link_reports(claims: list[Claim], reports: list) -> tuple[dict, dict]:
    """Claims as `fake_link`; each figureless report on its own."""
    return fake_link(claims), {r.document: f"report {r.document}" for r in reports}


def fake_reconcile(claims: list[Claim], policy: str) -> Incident:
    """Per kind, the largest figure as low = best = high."""
    figures: dict[str, dict[str, Toll]] = {}
    for kind in {c.figure.kind for c in claims}:
        best = max(c.figure.low for c in claims if c.figure.kind == kind)
        figures[kind] = {"all": Toll(best, best, best)}
    return Incident(id=None, claims=claims, figures=figures)


@pytest.fixture
def stages(monkeypatch):
    monkeypatch.setattr(comp, "extractor", lambda: fake_extract)
    monkeypatch.setattr(comp, "component", fake_component)
    monkeypatch.setattr(comp, "acled_actor_names", lambda n: {"Military Forces of Israel"})
    monkeypatch.setattr(comp, "acled_sub_event", lambda t: {"Air/drone strike"})
    monkeypatch.setattr(comp, "linker", lambda: fake_link)
    monkeypatch.setattr(comp, "report_linker", lambda: (fake_describe, fake_link_reports))
    monkeypatch.setattr(comp, "reconciler", lambda: fake_reconcile)


def write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    acled = [
        ("Israeli jets struck Gaza, killing 4.", "4", "Gaza", "Air/drone strike"),
        ("Israeli jets struck Gaza. Casualties unknown.", "0", "Gaza", "Air/drone strike"),
        ("Hamas fired at troops in Gaza - Nasr.", "0", "Gaza - Nasr", "Armed clash"),
        ("Israeli jets struck Gaza, killing 2.", "3", "Gaza", "Air/drone strike"),
    ]
    write_csv(tmp_path / "acled_palestine_dev.csv", [
        {"event_date": "08 November 2024", "notes": n, "fatalities": f, "location": loc,
         "sub_event_type": s, "actor1": "Military Forces of Israel (2022-)"}
        for n, f, loc, s in acled
    ])
    write_csv(tmp_path / "gva_incidents_dev.csv", [
        {"incident_uri": "1", "date": "February 5, 2014", "num_killed": "1", "num_injured": "3"},
        {"incident_uri": "2", "date": "March 1, 2014", "num_killed": "0", "num_injured": "2"},
    ])
    docs = [
        ("1", "a", "2014-02-05", "A shooting, killing 1 and injuring 3."),
        ("1", "b", "2014-02-06", "Police say the shooting, killing 1 and injuring 2."),
        ("2", "c", "2014-03-01", "Two hurt, injuring 2."),
    ]
    with (tmp_path / "gva_documents_dev.jsonl").open("w") as fh:
        for uri, doc, dct, text in docs:
            row = {"incident_uri": uri, "doc_id": doc, "dct": dct, "title": "", "content": text}
            fh.write(json.dumps(row) + "\n")
    write_csv(tmp_path / "ged_syria_dev.csv", [
        {"source_headline": "Raid, killing 5; Later, killing 9", "date_start": "2016-01-02",
         "low": "8", "high": "9"},
        {"source_headline": "Clashes go on", "date_start": "2016-01-03", "low": "2", "high": "2"},
    ])
    write_csv(tmp_path / "airwars_gaza_dev.csv", [
        {"Incidence_date": "october-7-2023", "Civilians reported killed": "1 – 2",
         "Airwars_assessment": "A strike, killing 2."},
        {"Incidence_date": "october-8-2023", "Civilians reported killed": "5",
         "Airwars_assessment": "A strike, killing 7."},
        {"Incidence_date": "october-9-2023", "Civilians reported killed": "Unknown",
         "Airwars_assessment": "No figures."},
    ])
    return tmp_path


def values(report: ev.EvalReport, dataset: str) -> dict[str, tuple[float, int]]:
    return {r.name: (round(r.value, 3), r.n) for r in report.datasets[dataset].rows}


def test_acled_metrics(stages, data):
    got = values(ev.evaluate(data, ["acled"], floors={}), "acled")
    assert got["killed_exact_deaths"] == (0.5, 2)
    assert got["killed_exact_zero"] == (1.0, 2)
    assert got["actor"] == (0.75, 4)
    assert got["actor_any"] == (0.75, 4)
    assert got["sub_event_type"] == (0.75, 4)
    assert got["location"] == (0.75, 4)


def test_gva_metrics_and_linking(stages, data):
    got = values(ev.evaluate(data, ["gva"], floors={}), "gva")
    assert got["killed"] == (1.0, 3)
    assert got["injured"] == (round(2 / 3, 3), 3)
    assert got["date"] == (round(2 / 3, 3), 3)
    # fake linker keeps each document apart: perfect precision, partial recall
    assert got["pairwise_precision"] == (1.0, 3) and got["pairwise_recall"] == (0.0, 3)
    assert got["bcubed_precision"] == (1.0, 3)
    assert got["bcubed_recall"] == (round((0.5 + 0.5 + 1) / 3, 3), 3)
    # per gold incident, the linked incident holding most of its claims
    # (incident 1: document a's, 1 killed and 3 injured; incident 2: no killed = 0)
    assert got["incident_killed"] == (1.0, 2)
    assert got["incident_injured"] == (1.0, 2)


def test_ged_and_airwars_metrics(stages, data):
    report = ev.evaluate(data, ["ged", "airwars"], floors={})
    assert values(report, "ged") == {
        "killed_found": (0.5, 2), "killed_within_range": (0.5, 2)
    }
    assert values(report, "airwars") == {"civilians_killed_within": (0.5, 2)}


def test_limit_reads_first_rows_only(stages, data):
    got = values(ev.evaluate(data, ["acled"], limit=1, floors={}), "acled")
    assert got["killed_exact_deaths"] == (1.0, 1) and got["actor"] == (1.0, 1)


def test_errors_in_a_stage_cost_a_miss_and_are_reported(stages, data, monkeypatch):
    def broken(text, **_):
        raise ValueError("boom")

    monkeypatch.setattr(comp, "extractor", lambda: broken)
    result = ev.evaluate(data, ["acled"], floors={}).datasets["acled"]
    assert result.metric("killed_exact_deaths").value == 0.0
    assert any("boom" in note for note in result.notes)


def test_missing_data_is_skipped_not_failed(tmp_path):
    report = ev.evaluate(tmp_path, floors={"acled": {"actor": 0.9}})
    assert all(r.data_missing for r in report.datasets.values())
    assert ev.check_floors(report, {"acled": {"actor": 0.9}}) == []


def test_missing_stage_fails_floors(data, monkeypatch):
    def unavailable():
        raise comp.Unavailable("tolls.extract.extract is unavailable")

    monkeypatch.setattr(comp, "extractor", unavailable)
    report = ev.evaluate(data, ["gva"], floors={})
    failures = ev.check_floors(report, {"gva": {"killed": 0.9}})
    assert failures and "unavailable" in failures[0]


def test_recognisers_are_measured_without_the_extractor(stages, data, monkeypatch):
    def unavailable():
        raise comp.Unavailable("tolls.extract.extract is unavailable")

    monkeypatch.setattr(comp, "extractor", unavailable)
    report = ev.evaluate(data, ["acled"], floors={})
    result = report.datasets["acled"]
    assert result.metric("actor").value == 0.75 and result.metric("killed_exact_zero") is None
    failures = ev.check_floors(report, {"acled": {"actor": 0.7, "killed_exact_zero": 0.9}})
    assert failures == ["acled.killed_exact_zero: no value (not measured)"]


def test_floors_checked_and_suggested(stages, data):
    floors = {"acled": {"killed_exact_deaths": 0.6, "killed_exact_zero": 0.9}}
    report = ev.evaluate(data, ["acled", "ged"], floors=floors)
    assert ev.check_floors(report, floors) == ["acled.killed_exact_deaths: 0.500 < floor 0.600"]
    suggested = ev.suggest_floors(report)
    assert suggested["acled"]["killed_exact_deaths"] == 0.48
    assert suggested["acled"]["killed_exact_zero"] == 0.98
    assert "ged" not in suggested


def test_run_cli_prints_tables_and_returns_exit_code(stages, data, monkeypatch):
    console = Console(record=True, width=120)
    monkeypatch.setattr(ev, "load_floors", lambda: {"acled": {"killed_exact_deaths": 0.9}})
    assert ev.run_cli(data, ["acled"], console=console) == 1
    out = console.export_text()
    assert "killed_exact_deaths" in out and "FAIL" in out
    assert ev.run_cli(data, ["acled"], limit=2, console=console) == 0


def test_packaged_floors_parse():
    floors = load_floors()
    assert set(floors) <= set(ev.DATASETS) and "ged" not in floors
    assert all(0.0 <= v <= 1.0 for metrics in floors.values() for v in metrics.values())


def test_date_hit_accepts_the_incident_day():
    from datetime import datetime

    from tolls.evaluate.datasets import _date_hit

    claims = fake_extract("killing 1", published=datetime(2014, 2, 5))
    assert claims[0].date == DateRange(date(2014, 2, 5), date(2014, 2, 5))
    assert _date_hit(claims, datetime(2014, 2, 5))
    assert not _date_hit(claims, datetime(2014, 2, 6))
    assert not _date_hit([], datetime(2014, 2, 6))


def test_sub_event_mapping_reads_the_events_lexicon(monkeypatch):
    import tolls.lexicons

    lexicon = {"events": [{"name": "air strike", "acled": "Air/drone strike"},
                          {"name": "grenade", "acled": ["Grenade"]}]}
    monkeypatch.setattr(tolls.lexicons, "load", lambda name: lexicon)
    assert comp._lexicon_entry("events", "grenade")["acled"] == ["Grenade"]
    assert comp._lexicon_entry("events", "nothing") == {}
