"""News reports of one shooting: document pre-merge, figures, windows, follow-ups.

GVA-like claims: no actor, event type shooting, places from a noisy gazetteer
(surnames read as towns), dates from the report's publication window.
"""

from datetime import date

from tolls.link import link_claims
from tolls.link._model import score_pairs
from tolls.link._records import to_records
from tolls.link.settings import LinkSettings
from tolls.types import Claim, DateRange, Figure, Place

from .raqqa_week import COALITION, GOV
from .raqqa_week import claim as raqqa_claim

GARY = Place("Gary", 41.59, -87.35, geonames_id=4920607, admin1="Indiana")
HESSTON = Place("Hesston", 38.14, -97.43, geonames_id=4271086, admin1="Kansas")
# Gazetteer noise: a victim's surname read as a town far away.
WALTON = Place("Walton", 38.88, -84.61, geonames_id=4312671, admin1="Kentucky")
CHICAGO = Place("Chicago", 41.85, -87.65, geonames_id=4887398, admin1="Illinois")


def shot(id: int, kind: str, n: int, doc: str, place: Place | None, start: str,
         end: str | None = None, quote: str = "") -> Claim:
    """A claim of a US news report; dates 'YYYY-MM-DD' (end: a window)."""
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end) if end else d0
    fig = Figure(kind, "all", n, n, "exact", str(n), (0, 1))
    q = quote or f"{n} {kind} in a shooting"
    return Claim(figure=fig, quote=q, span=(0, len(q)), event_type="shooting", place=place,
                 date=DateRange(d0, d1, "days" if end else "day"), id=id, document=doc)


def test_claims_of_one_report_stay_together_despite_gazetteer_noise():
    claims = [
        shot(1, "killed", 4, "a", HESSTON, "2016-02-25"),
        shot(2, "injured", 14, "a", WALTON, "2016-02-25"),
        shot(3, "injured", 1, "a", CHICAGO, "2016-02-24", "2016-02-25"),
    ]
    out = link_claims(claims)
    assert out[1] == out[2] == out[3]


def test_a_report_recalling_an_earlier_event_keeps_it_apart():
    claims = [
        shot(1, "killed", 3, "a", HESSTON, "2014-04-02"),
        shot(2, "killed", 13, "a", HESSTON, "2009-11-05"),  # "the 2009 shooting killed 13"
    ]
    out = link_claims(claims)
    assert out[1] != out[2]


def test_a_report_naming_two_actors_does_not_merge_its_unattributed_claims():
    # The 29 Nov strike by the government (actor missed by the extractor) and the
    # coalition's strikes that evening, both in one weekly summary.
    claims = [
        raqqa_claim(1, "strikes", 1, day="11-29"),
        raqqa_claim(2, "strikes", 15, q="at_least", actor=COALITION, day="11-29"),
        raqqa_claim(3, "killed", 5, actor=GOV, day="11-29"),
    ]
    for c in claims:
        c.document = "summary"
    out = link_claims(claims)
    assert out[2] != out[3]  # the unattributed claim did not bridge the two actors


def test_windowed_reports_of_one_town_with_the_same_figures_link_across_days():
    # Published on 8 and 10 May with no date clue: windows 7-8 and 9-10 May.
    claims = [
        shot(1, "killed", 1, "a", GARY, "2015-05-07", "2015-05-08"),
        shot(2, "injured", 3, "a", GARY, "2015-05-07", "2015-05-08"),
        shot(3, "killed", 1, "b", GARY, "2015-05-09", "2015-05-10"),
        shot(4, "injured", 3, "b", GARY, "2015-05-09", "2015-05-10"),
    ]
    out = link_claims(claims)
    assert out[1] == out[2] == out[3] == out[4]


def test_windowed_reports_with_different_figures_stay_apart():
    claims = [
        shot(1, "killed", 2, "a", GARY, "2015-05-07", "2015-05-08", quote="a"),
        shot(2, "killed", 5, "b", GARY, "2015-05-10", "2015-05-11", quote="b"),
    ]
    out = link_claims(claims)
    assert out[1] != out[2]


def test_a_follow_up_joins_the_one_dated_incident_with_its_figures():
    claims = [
        shot(1, "killed", 1, "a", GARY, "2015-06-27"),
        shot(2, "injured", 3, "a", GARY, "2015-06-27"),
        # "Teen charged in fatal shooting", two weeks on, no date clue
        shot(3, "killed", 1, "b", GARY, "2015-07-08", "2015-07-09", quote="charged"),
        shot(4, "injured", 3, "b", GARY, "2015-07-08", "2015-07-09", quote="charged"),
        # a report with one figure of 1 only is not enough to follow up
        shot(5, "killed", 1, "c", GARY, "2015-07-08", "2015-07-09", quote="other"),
    ]
    out = link_claims(claims)
    assert out[3] == out[4] == out[1]
    assert out[5] != out[1]
    assert link_claims(claims, LinkSettings(followup_days=0))[3] != out[1]


def test_a_shared_figure_raises_the_match_probability():
    base = [shot(1, "killed", 4, "a", GARY, "2015-05-07"),
            shot(2, "killed", 4, "b", GARY, "2015-05-07", quote="other words")]
    other = [shot(1, "killed", 4, "a", GARY, "2015-05-07"),
             shot(2, "killed", 9, "b", GARY, "2015-05-07", quote="other words")]
    same = score_pairs(to_records(base), LinkSettings())[0][0][2]
    differ = score_pairs(to_records(other), LinkSettings())[0][0][2]
    assert same > differ



def test_a_tally_over_a_long_window_never_links_across_reports():
    claims = [
        shot(1, "killed", 2, "a", GARY, "2016-08-06"),
        shot(2, "injured", 3, "a", GARY, "2016-08-06"),
        # "two killed in Gary this year": a tally, dated Jan 1 to the report's day
        shot(3, "killed", 2, "b", GARY, "2016-01-01", "2016-08-13", quote="this year"),
    ]
    out = link_claims(claims)
    assert out[3] != out[1]


def test_a_windowed_report_without_a_place_does_not_attach():
    claims = [
        shot(1, "killed", 1, "a", GARY, "2016-06-03"),
        shot(2, "killed", 1, "b", None, "2016-06-02", "2016-06-03"),
    ]
    out = link_claims(claims)
    assert out[2] != out[1]
