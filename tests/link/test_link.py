import time
from dataclasses import replace

import pytest

from tolls.link import LinkSettings, bcubed, clusters_by_key, link_claims
from tolls.types import Place

from .raqqa_week import COALITION, GOLD, GOV, RAQQA, claim, week
from .synthetic import synthetic


def _groups(assignment: dict[int, int]) -> list[list[int]]:
    return sorted(clusters_by_key(assignment).values())


def test_raqqa_week_links_into_the_six_incidents():
    assert _groups(link_claims(week())) == sorted(GOLD.values())


def test_new_incidents_get_negative_keys_in_claim_order():
    result = link_claims(week())
    assert result[1] == -1 and result[3] == -2 and result[22] == -6


def test_same_day_same_place_different_actors_stay_apart():
    # 29 Nov: government hit the hospital by day, the coalition IS bases at night.
    result = link_claims(week())
    assert result[20] == result[21]
    assert result[22] == result[23] == result[24]
    assert result[21] != result[22]


def test_restated_toll_joins_the_earlier_day():
    # RBSS's 209, reported on 28 Nov about Tuesday, shares no words with the first reports.
    result = link_claims(week())
    assert result[11] == result[3]
    assert result[19] == result[16]


def test_strike_count_joins_casualties_of_same_actor_day_place():
    claims = [
        claim(1, "strikes", 4, actor=GOV, day="11-25", quote="Jets flew four sorties."),
        claim(2, "killed", 12, actor=GOV, day="11-25", quote="Twelve died in the market."),
    ]
    assert _groups(link_claims(claims)) == [[1, 2]]


def test_different_known_actors_never_join_even_with_identical_text():
    text = "Air strikes on Raqqa killed 10 people at the market."
    claims = [claim(1, "killed", 10, actor=GOV, day="11-25", quote=text, sites=("market",)),
              claim(2, "killed", 10, actor=COALITION, day="11-25", quote=text, sites=("market",))]
    assert _groups(link_claims(claims)) == [[1], [2]]


def test_unknown_actor_does_not_bridge_two_actors():
    text = "Air strikes on Raqqa killed 10 people at the market."
    claims = [claim(1, "killed", 10, actor=GOV, day="11-25", quote=text, sites=("market",)),
              claim(2, "killed", 10, actor=COALITION, day="11-25", quote=text, sites=("market",)),
              claim(3, "killed", 10, day="11-25", quote=text, sites=("market",))]
    groups = _groups(link_claims(claims))
    assert len(groups) == 2 and [3] not in groups


def test_dates_further_apart_than_max_days_never_join():
    text = "Regime jets struck the National Hospital in Raqqa, killing five."
    claims = [claim(1, "killed", 5, actor=GOV, day="11-27", quote=text, sites=("hospital",)),
              claim(2, "killed", 5, actor=GOV, day="11-29", quote=text, sites=("hospital",))]
    assert _groups(link_claims(claims)) == [[1], [2]]
    assert _groups(link_claims(claims, LinkSettings(max_days=3, threshold=0.5))) == [[1, 2]]


def test_places_further_apart_than_max_km_never_join():
    aleppo = Place("Aleppo", 36.2021, 37.1343, geonames_id=170063, admin1="Aleppo")
    text = "Regime jets struck the market, killing ten."
    claims = [claim(1, "killed", 10, actor=GOV, day="11-25", quote=text),
              claim(2, "killed", 10, actor=GOV, day="11-25", quote=text, place=aleppo)]
    assert _groups(link_claims(claims)) == [[1], [2]]


def test_undated_claim_without_actor_joins_its_best_incident_only():
    claims = week() + [claim(99, "killed", 5, day=None, sites=("hospital",),
                             quote="The LCC named the five people killed in the strike on "
                                   "the hospital.")]
    result = link_claims(claims)
    assert result[99] == result[21]
    assert _groups({k: v for k, v in result.items() if k != 99}) == sorted(GOLD.values())


def test_undated_claim_with_nothing_in_common_stays_alone():
    lone = claim(99, "killed", 3, day=None, place=None, quote="Three died.")
    result = link_claims(week() + [lone])
    assert [99] in _groups(result)


def test_incremental_keeps_existing_and_confirmed_assignments():
    claims = week()
    first = link_claims(claims)
    # Save: new keys become incident ids 100.. ; a person moved claim 14 to incident 7.
    ids = {key: 100 + i for i, key in enumerate(sorted(set(first.values()), reverse=True))}
    saved = [replace(c, incident=ids[first[c.id]]) for c in claims]
    saved[13] = replace(saved[13], incident=7, status="confirmed")
    new = [
        claim(50, "killed", 96, q="at_least", source="SOHR", outlet="Reuters",
              reported="11-27 09", actor=GOV, day="11-25", sites=("market",),
              quote="The Observatory raised its toll for the market strikes to at least 96."),
        claim(51, "killed", 4, actor=GOV, day="12-02", quote="Four killed in a raid on Tabqa."),
    ]
    result = link_claims(saved + new)
    assert all(result[c.id] == c.incident for c in saved)
    assert result[14] == 7
    assert result[50] == ids[first[3]]
    assert result[51] == -1


def test_claims_need_unique_ids():
    c = claim(1, "killed", 1, day="11-25")
    with pytest.raises(ValueError, match="unique"):
        link_claims([c, c])
    with pytest.raises(ValueError, match="id"):
        link_claims([replace(c, id=None)])


def test_empty_and_single():
    assert link_claims([]) == {}
    assert link_claims([claim(5, "killed", 1, day="11-25")]) == {5: -1}


def test_three_thousand_claims_in_seconds_with_em():
    claims, gold = synthetic(600)
    start = time.perf_counter()
    result = link_claims(claims)
    elapsed = time.perf_counter() - start
    assert elapsed < 20, elapsed
    assert bcubed(gold, result).f1 >= 0.95


def test_raqqa_claims_are_placed_in_raqqa():
    assert all(c.place is RAQQA for c in week())


def test_same_town_name_in_two_states_is_one_place():
    # The gazetteer picked Newark NY for one report and Newark NJ for the
    # other: same day, same words, same toll is one shooting.
    ny = Place("Newark", 43.0467, -77.0952, geonames_id=5128723, admin1="New York")
    nj = Place("Newark", 40.7357, -74.1724, geonames_id=5101798, admin1="New Jersey")
    text = "A teen was killed and three men hurt in a shooting in Newark."
    claims = [claim(1, "killed", 1, day="05-10", quote=text, place=ny),
              claim(2, "killed", 1, day="05-10", quote=text, place=nj)]
    assert _groups(link_claims(claims)) == [[1, 2]]
