"""Reports linked by the people they name (victims and suspects, given with
an age in one of them). All sentences are written for these tests."""

from dataclasses import replace

from tolls.link import LinkSettings, link_reports
from tolls.link._people import aged_people, named_people
from tolls.link._records import tokens
from tolls.types import Place

from .test_figureless import HESSTON, WICHITA, report

TOPEKA = Place("Topeka", 39.05, -95.68, geonames_id=4280539, admin1="Kansas")
TOLEDO = Place("Toledo", 41.66, -83.56, geonames_id=5174035, admin1="Ohio")


def test_a_name_with_an_age_is_a_person_of_the_case():
    text = ("Police said Jane Q. Roe, 31, was shot on Main Street. Officers "
            "arrested Tom McAdoo Jr., 19, on Sunday. The Associated Press, 2016")
    assert aged_people(text) == ["jane roe", "tom mcadoo"]


def test_a_later_report_names_the_person_with_or_without_a_middle_name():
    names = named_people("A judge sentenced Jane Ann Roe on Monday, Wichita Eagle said.")
    assert "jane roe" in names


def test_a_follow_up_naming_the_victim_joins_the_incident_months_later():
    first = report("a", HESSTON, "2016-02-25",
                   "Jane Roe, 31, was shot dead at a plant in Hesston.")
    # filed from the county seat, eight months on, with no day in its lead
    trial = report("b", WICHITA, "2016-10-20",
                   "The trial of the man accused of killing Jane Roe opened.", end="2016-10-21")
    for r, text in ((first, first.text), (trial, trial.text)):
        r.people, r.names = aged_people(text), named_people(text)
    _, placed = link_reports([], [first, trial])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [first, trial], LinkSettings(people_days=-1))
    assert off["a"] != off["b"]


def test_the_same_name_in_another_state_is_another_person():
    kansas = report("a", TOPEKA, "2016-07-08", "")
    ohio = report("b", TOLEDO, "2016-07-09", "", end="2016-07-10")
    kansas = replace(kansas, people=["dominique alexander"], names=["dominique alexander"])
    ohio = replace(ohio, people=[], names=["dominique alexander"])
    _, placed = link_reports([], [kansas, ohio])
    assert placed["a"] != placed["b"]


def test_a_name_without_an_age_in_either_report_links_nothing():
    a = replace(report("a", HESSTON, "2016-02-25", ""), names=["john smith"])
    b = replace(report("b", HESSTON, "2016-05-25", ""), names=["john smith"])
    _, placed = link_reports([], [a, b])
    assert placed["a"] != placed["b"]


def test_reports_years_apart_stay_apart():
    a = replace(report("a", HESSTON, "2012-02-25", ""), people=["jane roe"], names=["jane roe"])
    b = replace(report("b", HESSTON, "2016-05-25", ""), people=["jane roe"], names=["jane roe"])
    _, placed = link_reports([], [a, b])
    assert placed["a"] != placed["b"]


def test_an_age_before_the_name_and_an_identification_also_name_a_person():
    text = ("Police identified the victim as John Allen Doe. A 19-year-old Tom Roe "
            "was held.")
    assert aged_people(text) == ["john doe", "tom roe"]


def test_a_town_after_an_age_is_not_a_person():
    from tolls.link import describe

    r = describe("A 4-year-old Long Beach girl was shot in Long Beach, California, on "
                 "Sunday. Jane Roe, 31, her mother, died.", title="Girl shot in Long Beach")
    assert "long beach" not in r.people
    assert "jane roe" in r.people


def test_headline_ages_are_children_and_teenagers():
    from tolls.link._people import headline_ages

    assert headline_ages("Gary police: Boy, 6, accidentally shot sister, 3") == [6, 3]
    assert headline_ages("Three-Year-Old Shot In Head; man, 34, held") == [3]


def _headline(doc: str, place: Place, day: str, title: str, end: str | None = None):
    from tolls.link._people import headline_ages

    return replace(report(doc, place, day, title, end=end), ages=headline_ages(title))


def test_headlines_giving_one_childs_age_at_one_town_are_one_case():
    first = _headline("a", HESSTON, "2015-05-08", "Police: 3-year-old child shot by sibling")
    later = _headline("b", HESSTON, "2015-05-13", "Dad charged in shooting of girl, 3",
                      end="2015-05-14")
    _, placed = link_reports([], [first, later])
    assert placed["a"] == placed["b"]


def test_another_age_another_town_or_another_season_stays_apart():
    first = _headline("a", HESSTON, "2015-05-08", "Police: 3-year-old child shot by sibling")
    for other in (_headline("b", HESSTON, "2015-05-09", "Boy, 5, shot in his home"),
                  _headline("b", WICHITA, "2015-05-09", "3-year-old boy shot"),
                  _headline("b", HESSTON, "2015-09-09", "3-year-old boy shot")):
        _, placed = link_reports([], [first, other])
        assert placed["a"] != placed["b"]


def test_a_report_naming_no_place_joins_the_one_case_of_its_headline_age():
    placed_story = _headline("a", HESSTON, "2015-05-08", "Boy, 4, who shot himself has died")
    wire = _headline("b", None, "2015-05-09", "Deputies: 4-year-old dies after shooting")
    _, placed = link_reports([], [placed_story, wire])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [placed_story, wire], LinkSettings(placeless_age_days=-1))
    assert off["a"] != off["b"]


def test_a_placeless_report_with_two_cases_of_its_age_or_days_away_joins_none():
    wire = _headline("b", None, "2015-05-09", "Deputies: 4-year-old dies after shooting")
    hesston = _headline("a", HESSTON, "2015-05-08", "Boy, 4, shot at home")
    wichita = _headline("c", WICHITA, "2015-05-09", "Girl, 4, wounded in drive-by")
    _, placed = link_reports([], [hesston, wire, wichita])
    assert placed["b"] not in (placed["a"], placed["c"])
    later = _headline("d", HESSTON, "2015-05-20", "Boy, 4, shot at home")
    _, placed = link_reports([], [wire, later])
    assert placed["b"] != placed["d"]
    # a report with a place is no placeless report
    _, placed = link_reports([], [hesston, replace(wire, place=WICHITA, places=[WICHITA])])
    assert placed["a"] != placed["b"]


# Other stories of the state, so that document frequencies mean something.
_BACKGROUND = [report(f"w{i}", WICHITA, f"2016-0{i + 1}-10", text) for i, text in enumerate([
    "A man was wounded in a robbery at a gas station, officials said.",
    "Two teenagers were hurt in a drive-by shooting, officials said.",
    "A woman was shot during an argument at her home, officials said.",
    "A store clerk was shot in a holdup, police said.",
    "Officers shot a suspect after a car chase, police said.",
    "A boy found a handgun in a closet and shot his sister, police said.",
])]


def test_leads_sharing_rare_words_at_one_town_are_one_incident():
    club = report("a", HESSTON, "2016-06-23",
                  "Gunfire erupted outside a motorcycle club on Prospect Avenue.")
    window = report("b", HESSTON, "2016-06-23", "The motorcycle club on Prospect Avenue "
                    "had no permit for its party, officials said.", end="2016-06-24")
    other = report("c", HESSTON, "2016-06-23", "A man was wounded in a robbery at a gas "
                   "station on Main Street.", end="2016-06-24")
    reports = [club, window, other, *_BACKGROUND]
    _, placed = link_reports([], reports)
    assert placed["a"] == placed["b"] != placed["c"]
    _, off = link_reports([], reports, LinkSettings(lead_similarity=1.1))
    assert off["a"] != off["b"]


def test_similar_leads_naming_two_days_stay_apart():
    # a city's shootings of two nights, written alike
    a = report("a", HESSTON, "2016-06-23", "Gunfire erupted outside a motorcycle club.")
    b = report("b", HESSTON, "2016-06-24", "Gunfire erupted outside a motorcycle club.")
    _, placed = link_reports([], [a, b, *_BACKGROUND])
    assert placed["a"] != placed["b"]


def test_a_follow_up_joins_the_one_earlier_report_naming_a_day_at_its_town():
    # the first story's claims (if any) sit wherever the gazetteer put them;
    # its lead names the day and the town
    first = report("a", HESSTON, "2016-03-01", "A girl was shot at a house on Friday.")
    later = replace(report("b", HESSTON, "2016-03-03", "A man was charged and bonded out of "
                           "jail.", end="2016-03-04"), headline=tokens("Man charged in shooting"))
    _, placed = link_reports([], [first, later, *_BACKGROUND])
    assert placed["a"] == placed["b"]
    two = report("c", HESSTON, "2016-02-28", "A store clerk was robbed.")
    _, placed = link_reports([], [first, two, later, *_BACKGROUND])
    assert placed["b"] not in (placed["a"], placed["c"])  # two candidates: none


def test_parts_of_a_city_and_schools_are_no_people():
    text = ("A 7-year-old South Dallas girl was hit. Garden City High School, 17 "
            "students said, was closed.")
    assert aged_people(text) == []


def test_the_main_town_is_one_of_the_state_most_towns_are_in():
    from tolls.link.reports import _main_town

    pasco_wa = Place("Pasco", 46.24, -119.1, geonames_id=5804306, admin1="Washington")
    richey = Place("New Port Richey", 28.24, -82.72, geonames_id=4165869, admin1="Florida")
    tampa = Place("Tampa", 27.95, -82.46, geonames_id=4174757, admin1="Florida")
    assert _main_town([pasco_wa], [pasco_wa, richey, tampa, richey]) == richey
    # one town of a state is no majority: the title's town stays
    assert _main_town([pasco_wa], [pasco_wa, richey]) == pasco_wa


def test_headlines_giving_two_different_childrens_ages_keep_claims_apart():
    from dataclasses import replace as _r

    from .test_figureless import claim

    # Two stories of one town, one day, one toll ("one killed"): the claims
    # alone would be one incident, the headlines say two children.
    claims = [claim(1, "a", HESSTON, "2016-05-08", "One child was killed in Hesston.", n=1),
              claim(2, "b", HESSTON, "2016-05-08", "One child was killed in Hesston.", n=1)]
    boy = _headline("a", HESSTON, "2016-05-08", "9-year-old boy shoots himself")
    girl = _headline("b", HESSTON, "2016-05-08", "Girl, 5, dies after shooting")
    keys, _ = link_reports(claims, [boy, girl])
    assert keys[1] != keys[2]
    # the same age, or no age on one side, says nothing against
    keys, _ = link_reports(claims, [boy, _r(girl, ages=[9])])
    assert keys[1] == keys[2]
    keys, _ = link_reports(claims, [boy, _r(girl, ages=[])])
    assert keys[1] == keys[2]


def test_a_follow_up_from_another_state_naming_the_first_town_is_the_same_case():
    kansas = replace(report("a", TOPEKA, "2016-07-08", ""), people=["jane roe"],
                     names=["jane roe"])
    # an arrest filed from Toledo, naming the Topeka of the killing
    ohio = replace(report("b", TOLEDO, "2016-07-20", "", end="2016-07-21"),
                   places=[TOLEDO, TOPEKA], people=[], names=["jane roe"])
    _, placed = link_reports([], [kansas, ohio])
    assert placed["a"] == placed["b"]


def test_a_name_before_a_year_old_and_not_the_day_after_it():
    text = ("Police named the boy as Sam Poe, the 9-year-old who was hit. A judge sentenced "
            "25-year-old Kevin McAdoo Monday. Rita Vance, a nurse, testified. The "
            "gunman was named as 31-year-old Anna Maria Lucia Ruiz of Topeka.")
    assert aged_people(text) == ["sam poe", "kevin mcadoo", "anna ruiz"]
def test_a_town_of_unknown_province_is_no_main_town_beside_one_of_known_province():
    from tolls.link.reports import _main_town

    arrest = Place("Arrest", 50.1, 1.6, geonames_id=3037085, country="FR")
    lopez = Place("Lopez", 13.88, 122.26, geonames_id=1705357, country="PH")
    killeen = Place("Killeen", 31.12, -97.73, geonames_id=4705349, country="US",
                    admin1="Texas")
    # a headline word or a surname read as a town abroad gives way to the
    # report's town of known province, in the title or in the text
    assert _main_town([arrest], [killeen]) == killeen
    assert _main_town([], [lopez, lopez, lopez, killeen, lopez]) == killeen
    # with no town of known province, the gazetteer's guess is all there is
    assert _main_town([arrest], []) == arrest
    assert _main_town([], [lopez, lopez]) == lopez


def test_a_persons_town_and_the_outlets_town_are_not_the_titles_own_town():
    from datetime import date

    from tolls.link import describe

    body = ("Police said the shooting happened late Saturday outside a bar. "
            "Officers are looking for a gray car.")
    for title, town in [
        ("Fort Worth man found not guilty in fatal Arlington shooting", "Arlington"),
        ("Pittsburgh Man To Stand Trial For Allentown Homicide", "Allentown"),
        # with no other town, the outlet's is the best guess left
        ("Girl shot outside bar - WMC Action News 5 - Memphis, Tennessee", "Memphis"),
        ("Man shot outside Wichita bar - KWCH 12 Wichita News", "Wichita"),
        # one town only: a person's town is the title's town all the same
        ("Beloit teen charged in shooting death of best friend", "Beloit"),
        # a dash that opens no outlet's name keeps the town
        ("Two shot in Wichita - suspect at large", "Wichita"),
    ]:
        r = describe(body, published=date(2016, 3, 7), title=title)
        assert (r.place.name if r.place else None) == town, title
    # the text's town comes before the outlet's
    r = describe("A boy was hurt in Mechanicsville. Deputies in Mechanicsville said so.",
                 published=date(2016, 3, 7),
                 title="Boy hurt in accident - NBC12 - WWBT - Richmond, VA News")
    assert r.place is not None and r.place.name == "Mechanicsville"
