"""Rules that decide which actor, place, date and source a figure belongs to."""

from datetime import date

import pytest

from tolls.extract import extract
from tolls.extract.dates import find_dates
from tolls.extract.figures import find_figures
from tolls.extract.places import find_places
from tolls.extract.sources import canonical_source, source_info
from tolls.types import DateRange

REF = date(2014, 11, 26)


def one(text: str, kind: str = "killed", **kw):
    found = [c for c in extract(text, published=kw.pop("published", REF), **kw)
             if c.figure.kind == kind]
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, actor", [
    ("Coalition aircraft struck an Islamic State-held building in Raqqa with two airstrikes.",
     "US-led coalition"),
    ("Syrian government warplanes carried out ten raids on the Islamic State group's "
     "stronghold of Raqqa.", "Syrian government"),
    ("Ten air strikes carried out by regime warplanes hit al-Raqqa city, which is controlled "
     "by the Islamic State.", "Syrian government"),
    ("US-led coalition warplanes bombed Daesh bases. Many Daesh fighters were hit. "
     "Two air strikes hit the city.", "US-led coalition"),
])
def test_the_target_of_an_attack_is_not_its_actor(text, actor):
    assert one(text, kind="strikes").actor == actor


def test_a_country_named_as_a_place_is_not_the_actor():
    text = ("Military airstrikes continued against ISIL terrorists in Syria and Iraq. "
            "Near Raqqa, two airstrikes struck an ISIL building.")
    assert one(text, kind="strikes").actor is None


def test_a_military_source_speaks_for_its_own_strikes():
    claim = one("Near Raqqa, two airstrikes struck an ISIL building.", kind="strikes",
                outlet="U.S. Central Command")
    assert claim.source == "CENTCOM"
    assert claim.actor == "US-led coalition"


def test_outlet_as_source_is_canonical():
    assert canonical_source("Raqqa Is Being Slaughtered Silently") == "RBSS"
    assert canonical_source("Local Coordination Committees of Syria") == "LCC"
    assert canonical_source("The Meridian Review") == "The Meridian Review"


def test_a_weekday_beside_an_explicit_date_names_the_same_day():
    found = find_dates("- **23 November (Sunday):** two strikes", date(2014, 12, 8))
    assert [m.value.start for m in found] == [date(2014, 11, 23)]
    found = find_dates("on Sunday, Nov. 23, using bombers", date(2014, 12, 8))
    assert [m.value.start for m in found] == [date(2014, 11, 23)]


def test_no_date_clue_gives_the_window_ending_on_the_report_day():
    claim = one("At least 70 people were killed, activists said.")
    assert claim.date == DateRange(date(2014, 11, 25), date(2014, 11, 26), "days")


def test_a_citation_date_is_when_it_was_reported_not_when_it_happened():
    text = ("Press reports:\n\n"
            "- **BBC News, 26 November:** SOHR said at least 95 were killed.\n"
            "- **Wire reports, 28 November:** three government strikes that day.\n")
    claims = extract(text, published=date(2014, 12, 8))
    killed = [c for c in claims if c.figure.kind == "killed"][0]
    assert killed.date.precision == "days" and killed.date.end == date(2014, 11, 26)
    assert killed.reported_at.date() == date(2014, 11, 26) and killed.outlet == "BBC News"
    strikes = [c for c in claims if c.figure.kind == "strikes"][0]
    assert strikes.date == DateRange(date(2014, 11, 28), date(2014, 11, 28), "day")


def test_a_given_on_date_is_when_the_figure_was_given():
    claim = one("The new figure is higher than the one given on Wednesday by the Syrian "
                "Observatory for Human Rights, which said at least 95 people were killed.")
    assert claim.date.precision == "days"


def test_places_inside_names_datelines_and_adjectives_are_not_event_places():
    text = ("BEIRUT (AP) — The UK-based Syrian Observatory said raids on the Islamic State of "
            "Iraq and the Levant (ISIL) stronghold of Raqqa killed at least 60 people.")
    assert one(text).place.name == "Raqqa"
    assert [m.text for m in find_places("US officials and US-led jets, in the US")] == ["US"]


def test_the_finest_place_in_a_sentence_wins():
    assert one("Near Kobani, Syria, three airstrikes struck a unit.", kind="strikes"
               ).place.name.startswith("Kob")


def test_a_single_strike_is_a_count_of_one():
    kinds = [(h.kind, h.quantity.low) for h in
             find_figures("A regime warplane carried out a raid on the National Hospital.")]
    assert kinds == [("strikes", 1)]
    assert find_figures("They carried out a series of raids.") == []


def test_a_long_toll_phrase_before_its_verb_of_change():
    claim = one("The number of people killed in air strikes on the Islamic State (IS) "
                "stronghold of Raqqa has risen to at least 95, a monitoring group says.")
    assert (claim.figure.low, claim.figure.qualifier, claim.source) == (95, "at_least",
                                                                        "monitors")
    assert claim.restated


def test_figures_in_a_bracketed_quotation_are_cited_wording():
    text = ('Central Command releases are precise in form ("two airstrikes struck an ISIL '
            'building") but provisional in substance.')
    assert [c for c in extract(text, published=REF)] == []


@pytest.mark.parametrize("text, source", [
    ("Syrian government jets carried out ten air strikes on the city.", None),
    ("The Syrian government said its jets carried out ten air strikes on the city.",
     "Syrian government"),
    ("Syrian government jets bombed the northern city of al-Raqqa again yesterday, activists "
     "said, carrying out between seven and ten raids.", "activists"),
])
def test_the_acting_party_is_not_the_source_unless_it_speaks(text, source):
    assert one(text, kind="strikes", published=date(2014, 12, 8)).source == source


def test_a_local_dateline_is_the_place_of_a_story_that_names_no_other_town():
    text = ("OAKLAND, Calif. -- Police in California said two people were killed and three "
            "wounded late Saturday. Officer Jordan Ford said the gunman fled.")
    claims = extract(text)
    assert {c.place.name for c in claims} == {"Oakland"}


def test_a_dateline_in_the_same_country_gives_way_to_the_town_the_sentence_names():
    # Filed from the capital, about raids on another town: the raids are in Raqqah.
    text = ("HOMS, Nov 27 (XYZ) - Army jets carried out between six and nine raids on the "
            "rebel-held town of Raqqah on Thursday, killing at least four people.")
    claims = extract(text, published=date(2014, 11, 27))
    assert {(c.figure.kind, c.place.name) for c in claims} == {
        ("strikes", "Raqqa"), ("killed", "Raqqa")}


def test_a_place_named_only_after_the_last_figure_is_still_found():
    claims = extract("1 dead, 6 wounded in shootings overnight. Chicago police said the "
                     "victims were young men.")
    assert [(c.figure.kind, c.place.name) for c in claims] == [
        ("killed", "Chicago"), ("injured", "Chicago")]


def test_the_title_gives_a_place_when_the_body_names_none():
    claims = extract("Two people were killed and three wounded late Saturday.",
                     title="2 dead in Pasadena shooting")
    assert {c.place.name for c in claims} == {"Pasadena"}


def test_unnamed_press_cited_as_a_source_is_generic():
    text = ("Sources:\n\n"
            "- **Wire reports, 28 November:** three government strikes that day; at least\n"
            "  five dead.\n")
    claims = extract(text, published=date(2014, 12, 8))
    assert {c.source for c in claims} == {"media reports"}
    assert source_info("media reports").generic
    assert one("At least four people died, according to local media.").source == "media reports"


def test_a_site_does_not_carry_past_a_new_day():
    text = ("Jets struck the hospital on Thursday, killing at least seven people. "
            "On Friday, three more strikes killed at least five people.")
    thursday, friday = [c for c in extract(text, published=date(2014, 11, 30))
                        if c.figure.kind == "killed"]
    assert thursday.sites == ["hospital"] and friday.sites == []
    same_day = extract("On Thursday jets struck the hospital. At least seven people were killed.",
                       published=date(2014, 11, 30))
    assert [c.sites for c in same_day] == [["hospital"]]


def test_a_monitoring_group_is_the_monitor_named_next():
    text = ("The toll of the air raids has risen to at least 95, a monitoring group says.\n\n"
            "The Syrian Observatory for Human Rights said 52 of the dead were civilians.")
    toll, civilians = extract(text, published=date(2014, 11, 26))
    assert toll.source == "SOHR" and civilians.source == "SOHR"
    alone = one("The toll has risen to at least 95, a monitoring group says.")
    assert alone.source == "monitors"
    # activists and the LCC are not one count
    text = "Activists said 135 people were killed. The LCC said 87 were killed."
    assert [c.source for c in extract(text, published=date(2014, 11, 26))] == ["activists", "LCC"]


def test_it_said_is_whoever_spoke_last_in_the_paragraph():
    text = ("Activists said at least 95 people were killed on Tuesday. The coalition says it "
            "takes great care to avoid civilian casualties. It carried out two air strikes on "
            "Sunday, and said it had no reports of civilians being harmed.")
    claims = extract(text, published=date(2014, 11, 26), outlet="BBC")
    assert [c.source for c in claims] == ["activists", "CJTF-OIR", "CJTF-OIR"]
    # with no speaker in between, "it said" is still the last figure's source
    text = "The LCC said 87 people were killed. It said 20 of them were children."
    assert {c.source for c in extract(text, published=date(2014, 11, 26))} == {"LCC"}
