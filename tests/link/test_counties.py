"""Reports naming one US county (docs/linking.md, "same county")."""

from __future__ import annotations

from dataclasses import replace

from tolls.link import LinkSettings, link_reports
from tolls.link._counties import counties
from tolls.link._people import headline_ages
from tolls.types import Place

from .test_figureless import HESSTON, report

EVERETT = Place("Everett", 47.98, -122.20, geonames_id=5793933, admin1="Washington")


def test_a_county_is_keyed_by_its_state():
    # The report's own state when that state has a county of the name.
    assert counties("A boy was shot in Barrow County on Sunday.", "Georgia") == ["barrow|Georgia"]
    # Only one state has an Itasca County: no town needed.
    assert counties("Teen killed in Itasca County", None) == ["itasca|Minnesota"]
    # Thirty states have a Jefferson County: without the state, nothing.
    assert counties("Jefferson County deputy shot", None) == []
    assert counties("Jefferson County deputy shot", "Kentucky") == ["jefferson|Kentucky"]
    # Else the state of another town the report names (a guess abroad first).
    assert counties("Hunter found dead in Chautauqua County", [None, "New York"]) == [
        "chautauqua|New York"]
    assert counties("Hunter found dead in Chautauqua County", ["Colorado", "Kansas"]) == [
        "chautauqua|Kansas"]
    # The state written right after the county wins, also in a dateline's
    # capitals; without one, a county of several states stays unplaced.
    assert counties("Hamilton County, TN (WDEF) - A boy, 3, died.", None) == [
        "hamilton|Tennessee"]
    assert counties("ALLEN COUNTY, Ind. (WANE) The father pleaded guilty.", "Ohio") == [
        "allen|Indiana"]
    assert counties("Deputies in Hamilton County said a boy, 3, died.", None) == []
    # a state after the county that has no county of the name is no help
    assert counties("Itasca County, Texas", None) == ["itasca|Minnesota"]
    assert counties("THE COUNTY, Ind. said", None) == []
    # else a state written after a comma elsewhere in the text
    assert counties("Hunter found dead in Chautauqua County\n\nTOWN OF BUSTI, N.Y. (WKBW)",
                    "Colorado") == ["chautauqua|New York"]
    assert counties("Hunter found dead in Chautauqua County\n\nTOWN OF BUSTI (WKBW)",
                    "Colorado") == []
    # A possessive name, with either apostrophe.
    assert counties("Five shot in Prince George’s County", None) == ["prince george's|Maryland"]
    # (without the "'s", Virginia's county of that name)
    assert counties("Five shot in Prince George County", "Maryland") == [
        "prince george|Virginia"]
    # Two words, and "the" before the name.
    assert counties("in the St. Louis County town", "Missouri") == ["st. louis|Missouri"]
    assert counties("in the Okaloosa County area", "Florida") == ["okaloosa|Florida"]


def _county(doc: str, place: Place | None, day: str, title: str, end: str | None = None):
    r = report(doc, place, day, title, end=end)
    state = place.admin1 if place else None
    return replace(r, ages=headline_ages(title), counties=counties(title, state))


def test_two_reports_of_one_county_within_a_week_are_one_incident():
    first = _county("a", None, "2016-05-08", "Teen accidentally shot and killed in Itasca County")
    later = _county("b", None, "2016-05-11", "Apparent accidental shooting in Itasca County",
                    end="2016-05-12")
    _, placed = link_reports([], [first, later])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [first, later], LinkSettings(county_days=-1))
    assert off["a"] != off["b"]


def test_a_county_a_fortnight_later_or_two_ages_or_two_towns_stays_apart():
    first = _county("a", EVERETT, "2016-05-08", "Boy, 11, shot in Snohomish County")
    for other in (
        _county("b", None, "2016-05-25", "Boy, 11, shot in Snohomish County"),  # later
        _county("b", None, "2016-05-09", "Girl, 5, shot in Snohomish County"),  # another child
        # a city of the county and another town of it: two own towns, the
        # county is no evidence (Houston and Humble in Harris County)
        _county("b", Place("Lynnwood", 47.82, -122.31, geonames_id=5802570,
                           admin1="Washington"), "2016-05-09",
                "Man shot in Snohomish County"),
    ):
        _, placed = link_reports([], [first, other])
        assert placed["a"] != placed["b"]


def test_a_suburb_and_its_city_in_one_county_are_one_place():
    first = _county("a", EVERETT, "2016-05-08", "Boy, 11, shot in Snohomish County")
    # Mukilteo, 9 km from Everett: a suburb and its city
    near = _county("b", Place("Mukilteo", 47.94, -122.30, geonames_id=5804127,
                              admin1="Washington"), "2016-05-09", "Man shot in Snohomish County")
    _, placed = link_reports([], [first, near])
    assert placed["a"] == placed["b"]
    _, apart = link_reports([], [first, near], LinkSettings(county_town_km=5.0))
    assert apart["a"] != apart["b"]


def test_one_county_name_in_two_states_is_two_counties():
    a = _county("a", HESSTON, "2016-05-08", "Deputy shot in Washington County")
    hillsboro = Place("Hillsboro", 45.52, -122.99, geonames_id=5731070, admin1="Oregon")
    b = _county("b", hillsboro, "2016-05-08", "Shooting in Washington County")
    assert (a.counties, b.counties) == (["washington|Kansas"], ["washington|Oregon"])
    _, placed = link_reports([], [replace(a, place=None), replace(b, place=None)])
    assert placed["a"] != placed["b"]


def test_a_town_of_another_state_is_the_gazetteers_guess_and_does_not_block():
    florida = Place("New Port Richey", 28.24, -82.72, geonames_id=4165869, admin1="Florida")
    guess = Place("Pasco", 46.24, -119.10, geonames_id=5804306, admin1="Washington")
    a = _county("a", florida, "2015-02-09", "Manhunt after three found dead in Pasco County")
    b = replace(_county("b", guess, "2015-02-09", "Moon Lake slayings"), counties=a.counties)
    assert a.counties == ["pasco|Florida"]
    _, placed = link_reports([], [a, b])
    assert placed["a"] == placed["b"]


def test_a_county_of_one_state_votes_for_the_reports_own_town():
    from datetime import date

    from tolls.link import describe

    text = ("A teen visiting from Dallas was shot in Deer River on Sunday, the Itasca "
            "County sheriff said.")
    r = describe(text, published=date(2015, 11, 30), title="Teen shot and killed")
    assert r.place is not None and r.place.name == "Deer River"  # Minnesota, with the county
    # without it, one town of each state: the first named
    r = describe(text.replace("Itasca County", "county"), published=date(2015, 11, 30),
                 title="Teen shot and killed")
    assert r.place is not None and r.place.name == "Dallas"
