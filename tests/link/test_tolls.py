"""Reports whose headlines give one exact toll at one town (docs/linking.md,
"same toll"). Headlines written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tolls.link import LinkSettings, link_reports
from tolls.link.reports import headline_tolls

from .test_figureless import HESSTON, WICHITA, report


def test_a_headline_gives_its_exact_toll():
    day = date(2016, 10, 9)
    assert headline_tolls("One dead, 8 injured in Hesston shooting", day) == {
        "killed": 1, "injured": 8}
    assert headline_tolls("Four killed in Hesston shooting", day) == {"killed": 4}
    assert headline_tolls("At least four killed in Hesston shooting", day) == {}
    assert headline_tolls("Police investigate Hesston shooting", day) == {}


def _toll(doc: str, place, day: str, title: str, end: str | None = None):
    return replace(report(doc, place, day, title, end=end), tolls=headline_tolls(title))


def test_one_exact_toll_at_one_town_months_apart_is_one_incident():
    first = _toll("a", HESSTON, "2016-10-09", "One dead, 8 injured in Hesston shooting")
    later = _toll("b", HESSTON, "2017-02-01", "Man arrested in Hesston shooting that killed 1, "
                  "hurt 8", end="2017-02-02")
    _, placed = link_reports([], [first, later])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [first, later], LinkSettings(toll_days=-1))
    assert off["a"] != off["b"]


def test_another_toll_town_small_toll_or_year_stays_apart():
    first = _toll("a", HESSTON, "2016-10-09", "One dead, 8 injured in Hesston shooting")
    for other in (
        _toll("b", HESSTON, "2016-10-20", "One dead, 7 injured in Hesston shooting"),
        _toll("b", WICHITA, "2016-10-20", "One dead, 8 injured in Wichita shooting"),
        _toll("b", HESSTON, "2018-10-20", "Man arrested in shooting that killed 1, hurt 8"),
    ):
        _, placed = link_reports([], [first, other])
        assert placed["a"] != placed["b"]
    # "two killed" is every city's week
    a = _toll("a", HESSTON, "2016-10-09", "Two killed in Hesston shooting")
    b = _toll("b", HESSTON, "2016-10-20", "2 dead in Hesston shooting")
    assert a.tolls == b.tolls == {"killed": 2}
    _, placed = link_reports([], [a, b])
    assert placed["a"] != placed["b"]


def test_two_days_named_within_a_month_are_two_events_of_one_toll():
    # one place raided on Friday and on Saturday, "5 killed" each time
    fri = _toll("a", HESSTON, "2014-11-28", "Raid kills 5 in Hesston")
    sat = _toll("b", HESSTON, "2014-11-29", "Raid kills 5 in Hesston")
    assert fri.tolls == {"killed": 5}
    _, placed = link_reports([], [fri, sat])
    assert placed["a"] != placed["b"]
