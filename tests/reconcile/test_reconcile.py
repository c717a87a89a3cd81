from dataclasses import replace
from datetime import date

import pytest

from link.raqqa_week import COALITION, GOV, claim, incident_claims, source_info, week
from tolls.reconcile import (
    POLICIES,
    attribute,
    compare,
    evolution,
    grade,
    latest_by_source,
    reconcile,
    source_key,
)
from tolls.types import DateRange, Toll


def rec(name_or_claims, policy="ibc", notes=None):
    claims = incident_claims(name_or_claims) if isinstance(name_or_claims, str) else name_or_claims
    return reconcile(claims, policy, source_info=source_info, notes=notes)


def killed(inc, group="all"):
    t = inc.figures["killed"][group]
    return (t.low, t.best, t.high)


# --- evolution and latest figures -------------------------------------------------

def test_evolution_series_in_reported_order():
    series = evolution(incident_claims("B"))["killed"]["all"]
    assert [(p.low, p.high) for p in series["SOHR"]] == [(61, None), (95, None)]
    assert [(p.low, p.high) for p in series["LCC"]] == [(70, None), (87, 87)]
    assert [(p.low, p.high) for p in series["RBSS"]] == [(81, None), (209, 209)]
    assert [p.outlet for p in series["SOHR"]] == ["AP", "BBC News"]
    assert [p.claim for p in series["RBSS"]] == [5, 11]


def test_evolution_orders_by_reported_at_not_input_order():
    series = evolution(list(reversed(incident_claims("B"))))["killed"]["all"]["LCC"]
    assert [p.low for p in series] == [70, 87]


def test_latest_by_source_supersedes_and_credits_the_quoted_source():
    latest = latest_by_source(incident_claims("B"), "killed", "all")
    assert {s: c.figure.low for s, c in latest.items()} == {
        "SOHR": 95, "LCC": 87, "RBSS": 209, "activists": 135}
    # The AP and BBC stories are SOHR's claims, not the outlets'.
    assert "AP" not in latest and "BBC News" not in latest


def test_claim_without_source_counts_under_its_outlet_and_rejected_are_ignored():
    a = claim(1, "killed", 4, outlet="Reuters", day="11-25")
    b = claim(2, "killed", 9, source="SOHR", day="11-25", reported="11-26 10", status="rejected")
    c = claim(3, "killed", 6, source="SOHR", day="11-25", reported="11-25 10")
    assert source_key(a) == "Reuters"
    latest = latest_by_source([a, b, c], "killed", "all")
    assert {s: x.figure.low for s, x in latest.items()} == {"Reuters": 4, "SOHR": 6}


# --- policies on the worked example ------------------------------------------------

def test_ibc_on_the_worked_example():
    assert killed(rec("B")) == (87, 95, 209)


def test_ucdp_on_the_worked_example():
    # Most reliable source is the monitor (SOHR, at least 95); unnamed activists set aside.
    assert killed(rec("B", "ucdp")) == (87, 95, 209)
    # GED has no open ends: SOHR's "at least 52 civilians" is coded 52.
    assert killed(rec("B", "ucdp"), "civilians") == (52, 52, 52)


def test_airwars_on_the_worked_example():
    inc = rec("B", "airwars")
    # best: the largest toll at least half the sources reach (87, 95.., 135, 209 -> 135).
    assert killed(inc) == (87, 135, 209)
    # Sources without a breakdown count their dead as civilians; SOHR gave one (52).
    assert killed(inc, "civilians") == (52, 135, 209)


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_every_policy_stays_within_the_reported_range(policy):
    low, best, high = killed(rec("B", policy))
    assert 60 <= low <= best <= high <= 209


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_never_summed_across_sources(policy):
    claims = [claim(i, "killed", 10, source=s, day="11-25") for i, s in enumerate("XYZ", 1)]
    assert killed(rec(claims, policy)) == (10, 10, 10)


def test_kinds_and_groups_are_reconciled_separately():
    inc = rec("B")
    assert inc.figures["strikes"]["all"] == Toll(10, 10, 10)
    assert inc.figures["injured"]["all"] == Toll(24, 24, None)


# --- open bounds and clamps ----------------------------------------------------------

def test_open_bound_stays_open_when_nothing_closes_it():
    sohr = claim(1, "killed", 95, q="at_least", source="SOHR", day="11-25")
    assert killed(rec([sohr])) == (95, 95, None)
    lower = claim(2, "killed", 87, source="LCC", day="11-25")
    assert killed(rec([sohr, lower])) == (87, 87, None)


def test_exact_higher_figure_closes_an_open_bound():
    sohr = claim(1, "killed", 95, q="at_least", source="SOHR", day="11-25")
    rbss = claim(2, "killed", 209, source="RBSS", day="11-25")
    assert rec([sohr, rbss]).figures["killed"]["all"].high == 209


def test_more_than_is_one_above():
    assert killed(rec([claim(1, "killed", 60, q="more_than", source="SOHR")])) == (61, 61, None)


def test_a_larger_subgroup_raises_the_totals_high_with_a_note():
    # LCC's 8 children killed means at least 8 killed: the range keeps both sources.
    claims = [claim(1, "killed", 5, source="SOHR", day="11-28"),
              claim(2, "killed", 8, group="children", source="LCC", day="11-28")]
    notes: list[str] = []
    inc = rec(claims, notes=notes)
    assert killed(inc) == (5, 5, 8)
    assert killed(inc, "children") == (8, 8, 8)
    assert notes and "raised" in notes[0]


def test_children_above_a_closed_total_are_cut_with_a_note():
    # Only the part of a subgroup range above every total is cut.
    claims = [claim(1, "killed", 5, source="SOHR", day="11-28"),
              claim(2, "killed", 3, m=9, q="range", group="children", source="LCC",
                    day="11-28")]
    notes: list[str] = []
    inc = rec(claims, notes=notes)
    low, _, high = killed(inc, "children")
    assert (low, high) == (3, 5)
    assert any("children" in n for n in notes)


def test_a_sources_own_partial_total_gives_way_to_its_subgroup():
    # One report: "along with his son" read as 1 killed, and 4 civilians killed.
    claims = [claim(1, "killed", 1, source="WAFA", day="11-28"),
              claim(2, "killed", 4, group="civilians", source="WAFA", day="11-28")]
    inc = rec(claims)
    assert killed(inc) == (4, 4, None)  # "at least 4": its own 1 was a partial count
    assert killed(inc, "civilians")[0] == 4


@pytest.mark.parametrize("policy", ["ibc", "ucdp", "airwars"])
def test_a_subgroup_alone_is_a_floor_for_the_total(policy):
    # "a 3-year-old boy was killed" and "two women died": at least two dead,
    # never 3 (parts may overlap, so they are not summed)
    claims = [claim(1, "killed", 1, group="children", source="police", day="11-28"),
              claim(2, "killed", 2, group="women", source="police", day="11-28")]
    low, best, high = killed(rec(claims, policy))
    assert (low, best) == (2, 2)
    # UCDP's high is the highest figure reported; the others leave "at least" open
    assert high == (2 if policy == "ucdp" else None)


def test_no_civilian_casualties_is_not_a_total():
    claims = [claim(1, "strikes", 2, source="CENTCOM", day="11-23"),
              claim(2, "killed", 0, group="civilians", source="CENTCOM", day="11-23")]
    assert "all" not in rec(claims).figures["killed"]


def test_a_subgroup_alone_does_not_lower_another_sources_total():
    claims = [claim(1, "killed", 5, source="SOHR", day="11-28"),
              claim(2, "killed", 3, group="children", source="LCC", day="11-28")]
    assert killed(rec(claims))[0] == 5


def test_open_subgroup_is_closed_by_the_total():
    notes: list[str] = []
    assert killed(rec("B", notes=notes), "civilians") == (52, 52, 209)
    assert any("civilians" in n for n in notes)


def test_unknown_policy_is_a_clear_error():
    with pytest.raises(ValueError, match="ibc"):
        reconcile(week(), "nope")


# --- incident fields -------------------------------------------------------------

def test_incident_fields():
    inc = rec("B")
    assert inc.date.start == inc.date.end == date(2014, 11, 25)
    assert inc.place.name == "Raqqa"
    assert inc.actors == [GOV]
    assert inc.sites == ["bus station", "market", "mosque"]
    assert inc.sources == ["LCC", "RBSS", "SOHR", "activists"]
    assert inc.event_type == "air strike"
    assert inc.policy == "ibc"


# --- grades and attribution -----------------------------------------------------------

def test_grades_of_the_week():
    grades = {name: rec(name).grade for name in "ABCDEF"}
    assert grades == {"A": "confirmed", "B": "fair", "C": "fair", "D": "weak",
                      "E": "weak", "F": "confirmed"}


def test_wire_quoting_a_monitor_is_not_a_second_source():
    claims = [claim(1, "strikes", 3, source="SOHR", actor=GOV, day="11-28"),
              claim(2, "killed", 5, source="SOHR", outlet="AP", actor=GOV, day="11-28"),
              claim(3, "killed", 5, source="SOHR", outlet="AFP", actor=GOV, day="11-28")]
    assert grade(claims, [GOV], source_info) == "weak"
    other = claim(4, "killed", 6, source="LCC", actor=GOV, day="11-28")
    assert grade(claims + [other], [GOV], source_info) == "fair"


def test_two_sources_without_a_strike_report_are_weak():
    claims = [claim(1, "killed", 5, source="SOHR", actor=GOV, day="11-28"),
              claim(2, "killed", 6, source="LCC", actor=GOV, day="11-28")]
    assert grade(claims, [GOV], source_info) == "weak"


def test_discounted_when_combatants_only_or_all_rejected():
    fighters = [claim(1, "killed", 10, group="combatants", source="RBSS", actor=COALITION)]
    assert grade(fighters, [COALITION], source_info) == "discounted"
    gone = [claim(1, "killed", 10, source="SOHR", actor=GOV, status="rejected")]
    assert grade(gone, [GOV], source_info) == "discounted"


def test_another_governments_statement_does_not_confirm():
    # The State Department speaks for the coalition, not for Damascus.
    claims = [claim(1, "killed", 10, source="US State Department", actor=GOV, day="11-25")]
    assert grade(claims, [GOV], source_info) == "weak"


def test_contested_when_claims_blame_two_actors():
    claims = [claim(1, "killed", 5, source="SOHR", actor=GOV), claim(2, "killed", 5,
              source="LCC", actor=COALITION)]
    inc = rec(claims)
    assert inc.grade == "contested" and inc.attribution == "contested"


def test_attribution_contested_when_two_actors_struck_the_same_place_that_day():
    incidents = [rec(name) for name in "ABCDEF"]
    attribute(incidents)
    assert [i.attribution for i in incidents] == [
        "single", "single", "single", "single", "contested", "contested"]
    # A weak grade becomes contested; a belligerent's confirmation stands.
    assert incidents[4].grade == "contested" and incidents[5].grade == "confirmed"


def test_attribution_window_widens_the_search():
    incidents = [rec(name) for name in "ABCDEF"]
    attribute(incidents, window_days=1)
    assert incidents[3].attribution == "contested"  # 28 Nov, coalition struck on the 29th


def test_attribution_unknown_without_actor():
    inc = rec([claim(1, "killed", 3, source="SOHR", day="11-25")])
    attribute([inc])
    assert inc.attribution == "unknown"


# --- comparison ---------------------------------------------------------------------

def _week_incidents(policy="ibc"):
    incidents = [replace(rec(name, policy), id=i) for i, name in enumerate("ABCDEF", 1)]
    attribute(incidents)
    return incidents


def test_compare_the_two_step():
    rows = {r.key: r for r in compare(_week_incidents())}
    gov, coa = rows[GOV], rows[COALITION]
    assert (gov.incidents, coa.incidents) == (4, 2)
    assert (gov.strikes.low, gov.strikes.high) == (21, 24)
    assert (coa.strikes.low, coa.strikes.high) == (33, None)
    assert (gov.killed.low, gov.killed.best, gov.killed.high) == (104, 112, None)
    assert gov.children.low == 3
    assert gov.killed_per_strike == pytest.approx(112 / 22)
    assert gov.fair_or_better == 0.5 and coa.fair_or_better == 1.0
    assert gov.incident_ids == [2, 3, 4, 5]


def test_compare_filters_by_period_and_place():
    rows = compare(_week_incidents(), since=date(2014, 11, 28), until=date(2014, 11, 29))
    assert {r.key: r.incidents for r in rows} == {GOV: 2, COALITION: 1}
    assert compare(_week_incidents(), place="aleppo") == []
    assert len(compare(_week_incidents(), place="raqqa")) == 2
    with pytest.raises(ValueError):
        compare([], by="colour")


# --- airwars: the rules an Airwars assessment exercises ------------------------------

def _aw(claims):
    return reconcile(claims, "airwars", source_info=source_info)


def test_airwars_best_is_not_pulled_down_by_one_partial_count():
    # Two sources say 22; a third names only the five found first.
    cs = [claim(1, "killed", 22, source="relatives", day="11-25", reported="11-25 10"),
          claim(2, "killed", 22, source="SOHR", day="11-25", reported="11-25 11"),
          claim(3, "killed", 5, source="LCC", day="11-25", reported="11-25 12")]
    assert killed(_aw(cs), "civilians") == (5, 22, 22)


def test_airwars_sets_vague_quantities_aside_and_reads_up_to_as_its_number():
    cs = [claim(1, "killed", None, q="up_to", m=10, source="SOHR", day="11-25",
                reported="11-25 10"),
          claim(2, "killed", 2, q="vague", source="LCC", day="11-25", reported="11-25 10")]
    # "a number of" (2..) does not compete with a number; "up to 10" stands for 10.
    assert killed(_aw(cs), "civilians") == (None, 10, 10)


def test_same_moment_figures_of_one_source_keep_the_toll_not_its_parts():
    # One report: "22 killed ... Ahmed was killed along with his son (1)".
    cs = [claim(1, "killed", 22, source="SOHR", day="11-25", reported="11-25 10"),
          claim(2, "killed", 1, source="SOHR", day="11-25", reported="11-25 10")]
    assert latest_by_source(cs, "killed", "all")["SOHR"].figure.low == 22
    # A later report still supersedes, even with a lower figure.
    cs.append(claim(3, "killed", 20, source="SOHR", day="11-25", reported="11-26 10"))
    assert latest_by_source(cs, "killed", "all")["SOHR"].figure.low == 20


def test_airwars_children_alone_are_at_least_that_many_civilians():
    cs = [claim(1, "killed", 2, group="children", source="SOHR", day="11-25",
                reported="11-25 10")]
    assert killed(_aw(cs), "civilians") == (2, 2, None)
    # Not under the other policies: children are reconciled on their own there.
    assert "civilians" not in reconcile(cs, "ibc", source_info=source_info).figures["killed"]


def test_airwars_civilian_count_floors_the_total_of_a_source_without_one():
    # SOHR: 15 civilians; LCC: only 4 dead in all. The civilians are not cut to 4.
    cs = [claim(1, "killed", 15, group="civilians", source="SOHR", day="11-25",
                reported="11-25 10"),
          claim(2, "killed", 4, source="LCC", day="11-25", reported="11-25 10")]
    inc = _aw(cs)
    assert killed(inc) == (4, 15, None)
    assert killed(inc, "civilians") == (4, 15, 15)


def test_a_vague_figure_stands_for_its_lower_bound_never_its_midpoint():
    from tolls.reconcile.policies import point
    from tolls.types import Figure

    hundreds = Figure("injured", "all", 200, 999, "vague", "Hundreds", (0, 8))
    assert point(hundreds) == 200
    between = Figure("strikes", "all", 7, 10, "range", "between seven and ten", (0, 21))
    assert point(between) == 8


def test_unnamed_press_is_not_a_second_source():
    # "Wire reports, 27 November: ... at least seven dead" beside the activists the
    # wire quoted: one count, so one source (the lexicon's table, not the fixed one).
    from tolls.extract.sources import source_info as lexicon_info

    claims = [claim(1, "strikes", 7, source="activists", actor=GOV, day="11-27"),
              claim(2, "killed", 7, source="activists", actor=GOV, day="11-27"),
              claim(3, "killed", 7, source="media reports", actor=GOV, day="11-27"),
              claim(4, "killed", 7, source="SOHR", actor=GOV, day="11-27")]
    assert grade(claims, [GOV], lexicon_info) == "weak"
    named = claim(5, "killed", 8, source="LCC", actor=GOV, day="11-27")
    assert grade([*claims, named], [GOV], lexicon_info) == "fair"


def test_a_period_tally_does_not_set_an_events_toll():
    # "2 killed on Friday" beside "this year has seen more than 130 shooting deaths"
    year = DateRange(date(2014, 1, 1), date(2014, 11, 28), "year")
    tally = replace(claim(2, "killed", 131, q="at_least", source="police"), date=year)
    event = claim(1, "killed", 2, source="police", day="11-28")
    notes: list[str] = []
    inc = rec([event, tally], notes=notes)
    assert killed(inc) == (2, 2, 2)
    assert len(inc.claims) == 2 and "period tallies" in notes[0]
    # a tally alone is all there is to show
    assert killed(rec([tally])) == (131, 131, None)
