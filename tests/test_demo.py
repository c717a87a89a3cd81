"""The bundled Raqqa 2014 example end to end: the six incidents of the fact sheet."""

import json
from datetime import date

import pytest

from tolls.demo import EXAMPLE, run_demo
from tolls.store import Store

GOV = "Syrian government"
COALITION = "US-led coalition"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    store = Store(f"sqlite:///{out / 'demo.db'}")
    result = run_demo(store, out_dir=out)
    yield result
    store.close()


def by_day_actor(result):
    return {(i.date.start, tuple(i.actors)): i for i in result.incidents}


def toll(inc, kind, group="all"):
    return inc.figures.get(kind, {}).get(group)


def series(inc, source, kind="killed", group="all"):
    return [(p.low, p.high, p.qualifier) for p in inc.evolution[kind][group][source]]


def test_example_has_enough_reports():
    assert (EXAMPLE / "demo.yaml").is_file()
    assert len([p for p in (EXAMPLE / "reports").rglob("*") if p.is_file()]) >= 10


def test_six_incidents_with_the_right_days_and_actors(demo):
    keys = sorted((i.date.start, tuple(i.actors)) for i in demo.incidents)
    assert keys == [
        (date(2014, 11, 23), (COALITION,)),
        (date(2014, 11, 25), (GOV,)),
        (date(2014, 11, 27), (GOV,)),
        (date(2014, 11, 28), (GOV,)),
        (date(2014, 11, 29), (GOV,)),
        (date(2014, 11, 29), (COALITION,)),
    ]


def test_tuesday_25_november(demo):
    inc = by_day_actor(demo)[(date(2014, 11, 25), (GOV,))]
    killed = toll(inc, "killed")
    assert 60 <= killed.low <= killed.best <= 209
    assert killed.high is None or killed.best <= killed.high <= 209
    assert toll(inc, "strikes").best == 10
    assert {"market", "bus station", "mosque"} <= set(inc.sites)
    assert inc.place.name == "Raqqa"
    # Each monitor's figure in the order it was reported.
    assert series(inc, "SOHR") == [(61, None, "more_than"), (95, None, "at_least")]
    assert series(inc, "LCC") == [(70, None, "at_least"), (87, 87, "exact")]
    assert series(inc, "RBSS")[0] == (81, None, "more_than")
    assert series(inc, "RBSS")[-1] == (209, 209, "exact")
    assert toll(inc, "killed", "civilians").low == 52


def test_the_later_government_strikes(demo):
    incs = by_day_actor(demo)
    thu = incs[(date(2014, 11, 27), (GOV,))]
    assert (toll(thu, "strikes").low, toll(thu, "strikes").high) == (7, 10)
    assert toll(thu, "killed").low == 7
    assert "hospital" in thu.sites
    fri = incs[(date(2014, 11, 28), (GOV,))]
    assert toll(fri, "strikes").best == 3
    assert toll(fri, "killed").low == 5
    assert toll(fri, "killed", "children").low == 3
    sat = incs[(date(2014, 11, 29), (GOV,))]
    assert toll(sat, "strikes").best == 1
    assert toll(sat, "killed").best == 5
    assert "LCC" in sat.sources and "hospital" in sat.sites


def test_coalition_strikes(demo):
    incs = by_day_actor(demo)
    sun = incs[(date(2014, 11, 23), (COALITION,))]
    assert toll(sun, "strikes").best == 2
    civ = toll(sun, "killed", "civilians")
    assert civ is None or civ.high == 0
    sat = incs[(date(2014, 11, 29), (COALITION,))]
    assert toll(sat, "strikes").low >= 15
    # No civilian toll was reported for the coalition's evening strikes.
    sat_civ = toll(sat, "killed", "civilians")
    assert sat_civ is None or sat_civ.high == 0


def test_json_written_and_traceable(demo):
    payload = json.loads(demo.json_path.read_text(encoding="utf-8"))
    assert len(payload) == 6
    for inc in payload:
        for claim in inc["claims"]:
            assert claim["quote"] and claim["document"]


def test_compare_shows_the_weeks_two_step(demo):
    from tolls.reconcile import compare

    rows = {r.key: r for r in compare(demo.incidents, by="actor")}
    gov, coalition = rows[GOV], rows[COALITION]
    assert (gov.incidents, coalition.incidents) == (4, 2)
    # 10 + (7..10) + 3 + 1 government strikes; 2 + (more than 30) coalition strikes
    assert (gov.strikes.low, gov.strikes.high) == (21, 24)
    assert coalition.strikes.low >= 2 + 15
    assert gov.killed.low >= 60 + 7 + 5 + 5
    # every compared number traces back to the incidents it sums
    ids = {i.id for i in demo.incidents}
    assert set(gov.incident_ids) | set(coalition.incident_ids) == ids


def test_every_claim_of_the_week_is_placed_in_raqqa(demo):
    # A press release listing strikes near several towns must not lend its
    # Kobani or Mosul strikes to the Raqqa incident of the same day.
    payload = json.loads(demo.json_path.read_text(encoding="utf-8"))
    for inc in payload:
        for claim in inc["claims"]:
            place = claim["place"]
            assert place is None or place["name"] in ("Raqqa", "Syria"), claim["quote"]


def test_coalition_sunday_strike_count_is_one_figure(demo):
    sun = by_day_actor(demo)[(date(2014, 11, 23), (COALITION,))]
    assert {p.low for p in sun.evolution["strikes"]["all"]["CENTCOM"]} == {2}
