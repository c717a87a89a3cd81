"""Reports without a figure (`describe`, `link_reports`) and the document
pre-merge split by distant towns. All sentences are written for these tests."""

import json
from dataclasses import replace
from datetime import date

from tolls.link import LinkSettings, Report, describe, link_claims, link_reports
from tolls.link._records import tokens
from tolls.types import Claim, DateRange, Figure, Place

HESSTON = Place("Hesston", 38.14, -97.43, geonames_id=4271086, admin1="Kansas")
WICHITA = Place("Wichita", 37.69, -97.34, geonames_id=4281730, admin1="Kansas")
RAQQA = Place("Raqqa", 35.95, 39.01, geonames_id=163915, admin1="Raqqa")
KOBANI = Place("Kobani", 36.89, 38.35, geonames_id=170063, admin1="Aleppo")
DAMASCUS = Place("Damascus", 33.51, 36.29, geonames_id=170654, admin1="Damascus")


def claim(id: int, doc: str, place: Place, day: str, quote: str, kind: str = "killed",
          n: int = 2, span: tuple[int, int] | None = None, end: str | None = None) -> Claim:
    d0 = date.fromisoformat(day)
    d1 = date.fromisoformat(end) if end else d0
    fig = Figure(kind, "all", n, n, "exact", str(n), (0, 1))
    return Claim(figure=fig, quote=quote, span=span or (id * 100, id * 100 + len(quote)),
                 event_type="shooting", place=place, document=doc, id=id,
                 date=DateRange(d0, d1, "days" if end else "day"))


def report(doc: str, place: Place | None, day: str, text: str, end: str | None = None) -> Report:
    d0 = date.fromisoformat(day)
    d1 = date.fromisoformat(end) if end else d0
    return Report(document=doc, date=DateRange(d0, d1, "days" if end else "day"),
                  place=place, places=[place] if place else [], event_type="shooting",
                  text=text)


# --- the document pre-merge ----------------------------------------------


def test_a_release_listing_strikes_at_distant_towns_keeps_them_apart():
    strikes = [
        claim(1, "release", RAQQA, "2014-11-23", "Near Raqqa, two airstrikes hit a depot.",
              "strikes", 2),
        claim(2, "release", KOBANI, "2014-11-23", "Near Kobani, five airstrikes hit a unit.",
              "strikes", 5),
        claim(3, "release", RAQQA, "2014-11-23", "No civilians were hurt near Raqqa.",
              "killed", 0),
    ]
    out = link_claims(strikes)
    assert out[1] == out[3]
    assert out[2] != out[1]


def test_a_town_named_in_another_spelling_still_splits_the_release():
    # the gazetteer's display name has accents and an article; the quote has neither
    fallujah = Place("Al Fallūjah", 33.35, 43.79, geonames_id=99454, admin1="Anbar")
    strikes = [
        claim(1, "release", RAQQA, "2014-11-29", "Near Raqqa, 15 airstrikes hit targets.",
              "strikes", 15),
        claim(2, "release", fallujah, "2014-11-29", "Near Fallujah, one airstrike hit a unit.",
              "strikes", 1),
    ]
    out = link_claims(strikes)
    assert out[1] != out[2]


def test_claims_of_one_sentence_stay_together_whatever_their_places():
    # the dateline (where the story was filed) and the town struck, one sentence
    quote = "DAMASCUS (Wire) - Four raids on Raqqa killed nine people on Monday."
    both = [
        claim(1, "wire", DAMASCUS, "2014-11-24", quote, "strikes", 4, span=(0, len(quote))),
        claim(2, "wire", RAQQA, "2014-11-24", quote, "killed", 9, span=(0, len(quote))),
    ]
    out = link_claims(both)
    assert out[1] == out[2]


def test_a_town_carried_from_an_earlier_sentence_does_not_split_a_report():
    # "Walton" comes from a surname two sentences up, not from this sentence
    walton = Place("Walton", 38.88, -84.61, geonames_id=4312671, admin1="Kentucky")
    claims = [
        claim(1, "a", HESSTON, "2016-02-25", "A gunman killed three people in Hesston."),
        claim(2, "a", walton, "2016-02-25", "Fourteen more were wounded.", "injured", 14),
    ]
    out = link_claims(claims)
    assert out[1] == out[2]


# --- describe --------------------------------------------------------------


def test_describe_takes_the_title_town_and_the_day_named_in_the_lead():
    r = describe("Police said a man was shot on Saturday night outside a bar. "
                 "Officers in Wichita are looking for a gray car.",
                 published=date(2016, 3, 7), title="Man shot outside Wichita bar",
                 document="d1")
    assert r.document == "d1"
    assert r.place is not None and r.place.name == "Wichita"
    assert r.date == DateRange(date(2016, 3, 5), date(2016, 3, 5), "day")


def test_describe_without_a_day_gives_the_publication_window():
    r = describe("A woman was hurt by a stray bullet, the sheriff's office said.",
                 published=date(2016, 3, 7))
    assert r.date == DateRange(date(2016, 3, 6), date(2016, 3, 7), "days")
    assert r.place is None


# --- link_reports ----------------------------------------------------------

WORDS = "man shot outside a bar in Hesston on Friday night"


def test_a_report_joins_the_incident_at_its_own_town_and_day():
    claims = [claim(1, "a", HESSTON, "2016-02-26", f"Two killed: a {WORDS}.")]
    reports = [report("b", HESSTON, "2016-02-26", f"A {WORDS}; police seek a gunman.")]
    keys, placed = link_reports(claims, reports)
    assert keys == link_claims(claims)
    assert placed["b"] == keys[1]


def test_a_report_at_another_town_stays_apart():
    claims = [claim(1, "a", HESSTON, "2016-02-26", f"Two killed: a {WORDS}.")]
    reports = [report("b", WICHITA, "2016-02-26", f"A {WORDS}; police seek a gunman.")]
    keys, placed = link_reports(claims, reports)
    assert placed["b"] != keys[1]


def test_a_follow_up_joins_the_one_earlier_incident_in_its_town():
    claims = [claim(1, "a", HESSTON, "2016-02-26", "Two people were killed in Hesston.")]
    later = [replace(report("b", HESSTON, "2016-03-10", "A teenager was charged on Thursday.",
                            end="2016-03-11"), headline=tokens("Teen charged in killings"))]
    keys, placed = link_reports(claims, later)
    assert placed["b"] == keys[1]
    # a month and more later, it is not a follow-up of that shooting any more
    trial = replace(report("c", HESSTON, "2016-04-20", "A trial opened."),
                    headline=tokens("Trial opens in killings"))
    _, placed = link_reports(claims, [trial])
    assert placed["c"] != keys[1]


def test_a_report_whose_headline_is_news_of_its_own_is_no_follow_up():
    claims = [claim(1, "a", HESSTON, "2016-02-26", "Two people were killed in Hesston.")]
    news = replace(report("b", HESSTON, "2016-03-10", "A woman was hit by a stray bullet.",
                          end="2016-03-11"), headline=tokens("Woman hit by stray bullet"))
    keys, placed = link_reports(claims, [news])
    assert placed["b"] != keys[1]
    charged = replace(news, headline=tokens("Teen charged in Hesston killings"))
    keys, placed = link_reports(claims, [charged])
    assert placed["b"] == keys[1]


def test_a_follow_up_with_two_candidate_incidents_stays_alone():
    claims = [
        claim(1, "a", HESSTON, "2016-02-20", "One man was killed in Hesston."),
        claim(2, "b", HESSTON, "2016-02-26", "Two people were killed in Hesston.", n=2),
    ]
    keys, placed = link_reports(claims, [report("c", HESSTON, "2016-03-10", "Charges filed.")])
    assert keys[1] != keys[2]
    assert placed["c"] not in (keys[1], keys[2])


def test_two_figureless_reports_of_one_town_and_day_join_each_other():
    reports = [
        report("a", HESSTON, "2016-02-26", f"A {WORDS}, police said."),
        report("b", HESSTON, "2016-02-26", f"Police said a {WORDS}."),
        report("c", WICHITA, "2016-02-26", "Police said a man was shot outside a bar."),
    ]
    _, placed = link_reports([], reports)
    assert placed["a"] == placed["b"] != placed["c"]


# --- documents with claims, described ------------------------------------

ELSEWHERE = Place("Dale", 38.17, -86.99, geonames_id=4254957, admin1="Indiana")


def test_two_documents_naming_one_day_and_town_are_one_incident_despite_noisy_claims():
    # the claims' places are the gazetteer's noise (a surname read as a town)
    claims = [
        claim(1, "a", HESSTON, "2016-02-26", "Two were killed, police said."),
        claim(2, "b", ELSEWHERE, "2016-02-26", "Officer Dale said one man was hurt.",
              "injured", 1),
    ]
    assert len(set(link_claims(claims).values())) == 2
    leads = [report("a", HESSTON, "2016-02-26", "Shots at a Hesston plant on Friday."),
             report("b", HESSTON, "2016-02-26", "A Hesston worker was hurt Friday.")]
    keys, placed = link_reports(claims, leads)
    assert keys[1] == keys[2] == placed["a"] == placed["b"]


def test_documents_whose_leads_name_days_apart_stay_apart():
    claims = [
        claim(1, "a", HESSTON, "2016-02-20", "One man was killed, police said."),
        claim(2, "b", ELSEWHERE, "2016-02-26", "Officer Dale said two were killed."),
    ]
    leads = [report("a", HESSTON, "2016-02-20", "A man was shot in Hesston on Saturday."),
             report("b", HESSTON, "2016-02-26", "Two were shot in Hesston on Friday.")]
    keys, _ = link_reports(claims, leads)
    assert keys[1] != keys[2]


def test_a_publication_window_is_not_a_day_named_in_the_lead():
    claims = [
        claim(1, "a", HESSTON, "2016-02-26", "Two were killed, police said."),
        claim(2, "b", ELSEWHERE, "2016-02-26", "Officer Dale said one man was hurt.",
              "injured", 1),
    ]
    leads = [report("a", HESSTON, "2016-02-26", "Shots at a Hesston plant."),
             report("b", HESSTON, "2016-02-25", "A Hesston worker was hurt.", end="2016-02-26")]
    keys, _ = link_reports(claims, leads)
    assert keys[1] != keys[2]


def test_a_town_named_in_the_other_lead_counts_as_the_same_town():
    humble = Place("Humble", 29.99, -95.26, geonames_id=4696202, admin1="Texas")
    houston = Place("Houston", 29.76, -95.36, geonames_id=4699066, admin1="Texas")
    leads = [
        report("a", humble, "2016-09-25", "Four children were shot in Humble, northeast "
                                          "of Houston, on Sunday."),
        report("b", houston, "2016-09-25", "Deputies said children were shot on Sunday."),
        report("c", houston, "2016-09-25", "A man was shot in Houston on Sunday."),
    ]
    _, placed = link_reports([], leads)
    assert placed["a"] == placed["b"] == placed["c"]
    # the other way round: Humble is not named in the Houston story's lead
    _, placed = link_reports([], [leads[2], report("d", humble, "2016-09-25", "Shots.")])
    assert placed["c"] != placed["d"]


def test_leads_naming_consecutive_days_are_two_incidents_by_default():
    # one air force over one city on Friday and again on Saturday: two raids
    leads = [report("fri", HESSTON, "2016-02-26", "A man was shot in Hesston on Friday."),
             report("sat", HESSTON, "2016-02-27", "A woman was shot in Hesston on Saturday.")]
    _, placed = link_reports([], leads)
    assert placed["fri"] != placed["sat"]


def test_days_named_in_one_incident_span_at_most_lead_days():
    # Friday's, Saturday's and Sunday's shootings in one town are not one chain
    leads = [report("fri", HESSTON, "2016-02-26", "A man was shot in Hesston on Friday."),
             report("sat", HESSTON, "2016-02-27", "A woman was shot in Hesston on Saturday."),
             report("sun", HESSTON, "2016-02-28", "A teen was shot in Hesston on Sunday.")]
    _, placed = link_reports([], leads, LinkSettings(lead_days=1))
    assert placed["fri"] == placed["sat"] != placed["sun"]


def test_a_town_named_in_a_lead_never_joins_two_incidents_of_several_documents():
    leads = [
        report("w1", WICHITA, "2016-07-07", "Five were shot in Wichita on Thursday."),
        report("w2", WICHITA, "2016-07-07", "Police in Wichita named the five on Thursday."),
        # the second shooting's stories recall the first
        report("h1", HESSTON, "2016-07-08", "Two were shot in Hesston on Friday, a day "
                                            "after the Wichita shooting."),
        report("h2", HESSTON, "2016-07-08", "A Hesston bailiff was shot on Friday."),
    ]
    _, placed = link_reports([], leads)
    assert placed["w1"] == placed["w2"]
    assert placed["h1"] == placed["h2"]
    assert placed["w1"] != placed["h1"]


def test_a_name_read_as_a_town_abroad_does_not_split_a_report():
    # a victim's first name read as a town in Russia (no province known)
    bureij = Place("Bureij", 31.44, 34.40, geonames_id=1, country="PS", admin1="Gaza Strip")
    ola = Place("Ola", 59.58, 151.28, geonames_id=2, country="RU")
    claims = [
        claim(1, "a", bureij, "2023-10-09", "A strike on a house in Bureij killed a woman.",
              n=1),
        claim(2, "a", ola, "2023-10-09", "Ola and her four sons were killed.", n=5),
    ]
    out = link_claims(claims)
    assert out[1] == out[2]


def test_a_description_survives_its_json_form():
    text = ("Alex Doe, 24, was shot and killed Friday on Main Street in Joliet, police said. "
            "Three other people were wounded.")
    report = describe(text, published=date(2016, 5, 7), title="1 dead, 3 hurt in Joliet",
                      document="d1")
    assert report.streets == ["main st"] and "joliet" in report.words
    old = describe("Charged in the April 2 shooting of a Joliet man.", document="d2",
                   published=date(2016, 5, 7))
    assert old.recalled == ["2016-04-02"]
    assert Report.from_json(json.loads(json.dumps(old.to_json()))) == old
    again = Report.from_json(json.loads(json.dumps(report.to_json())))
    assert again == report and again.place == report.place and again.date == report.date


def test_a_headline_toll_found_in_a_claim_at_its_town_joins_that_incident():
    claims = [claim(1, "a", HESSTON, "2016-02-26", "Five people were hurt at a pub.",
                    "injured", 5)]
    page = replace(report("b", HESSTON, "2016-02-27", "Video: the scene this morning.",
                          end="2016-02-28"), tolls={"injured": 5})
    keys, placed = link_reports(claims, [page])
    assert placed["b"] == keys[1]
    _, placed = link_reports(claims, [replace(page, tolls={"injured": 4})])
    assert placed["b"] != keys[1]
    # the same toll at another town, or at two incidents of its town: none
    _, placed = link_reports(claims, [replace(page, place=WICHITA, places=[WICHITA])])
    assert placed["b"] != keys[1]
    two = [*claims, claim(2, "c", HESSTON, "2016-02-28", "Five were wounded at a party.",
                          "injured", 5)]
    keys, placed = link_reports(two, [page])
    assert keys[1] != keys[2] and placed["b"] not in (keys[1], keys[2])
