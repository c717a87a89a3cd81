"""Dates resolved against a reference: 25 November 2014 was a Tuesday."""

from __future__ import annotations

from datetime import date

import pytest

from tolls.extract.dates import find_dates

REF = date(2014, 11, 26)  # a Wednesday, the day after the market strike
D = date


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "precision"),
    [
        ("on 25 November", "25 November", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("on November 25, 2014", "November 25, 2014", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("on Nov. 25 strikes", "Nov. 25", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("on the 25th of November", "25th of November", D(2014, 11, 25), D(2014, 11, 25),
         "day"),
        ("dated 2014-11-25", "2014-11-25", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("dated 25/11/2014", "25/11/2014", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("dated 11/25/2014", "11/25/2014", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("in November 2014", "November 2014", D(2014, 11, 1), D(2014, 11, 30), "month"),
        ("on Tuesday", "Tuesday", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("Tuesday's attacks", "Tuesday's", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("on Thursday night", "Thursday night", D(2014, 11, 20), D(2014, 11, 20), "day"),
        ("on Wednesday", "Wednesday", D(2014, 11, 26), D(2014, 11, 26), "day"),
        ("last Wednesday", "last Wednesday", D(2014, 11, 19), D(2014, 11, 19), "day"),
        ("today", "today", D(2014, 11, 26), D(2014, 11, 26), "day"),
        ("yesterday", "yesterday", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("the day before yesterday", "the day before yesterday", D(2014, 11, 24),
         D(2014, 11, 24), "day"),
        ("the day before", "the day before", D(2014, 11, 25), D(2014, 11, 25), "day"),
        ("two days ago", "two days ago", D(2014, 11, 24), D(2014, 11, 24), "day"),
        ("overnight", "overnight", D(2014, 11, 25), D(2014, 11, 26), "days"),
        ("last night", "last night", D(2014, 11, 25), D(2014, 11, 26), "days"),
        ("this morning", "this morning", D(2014, 11, 26), D(2014, 11, 26), "day"),
        ("tonight", "tonight", D(2014, 11, 26), D(2014, 11, 26), "day"),
        ("last week", "last week", D(2014, 11, 17), D(2014, 11, 23), "week"),
        ("earlier this week", "earlier this week", D(2014, 11, 24), D(2014, 11, 26), "week"),
        ("last month", "last month", D(2014, 10, 1), D(2014, 10, 31), "month"),
        # a month or a year on its own is a period
        ("killed in November alone", "in November", D(2014, 11, 1), D(2014, 11, 30), "month"),
        ("In March, five died", "In March", D(2014, 3, 1), D(2014, 3, 31), "month"),
        ("died in 2013", "in 2013", D(2013, 1, 1), D(2013, 12, 31), "year"),
        ("in Nov. 2014", "Nov. 2014", D(2014, 11, 1), D(2014, 11, 30), "month"),
    ],
)
def test_date_forms(text, span, start, end, precision):
    [m] = find_dates(text, REF)
    assert (m.text, m.value.start, m.value.end, m.value.precision) == (span, start, end,
                                                                         precision)
    assert text[m.start:m.end] == m.text


def test_weekday_equal_to_reference_is_the_reference_day():
    [m] = find_dates("on Tuesday", date(2014, 11, 25))
    assert m.value.start == date(2014, 11, 25)


def test_a_month_without_year_is_the_latest_begun():
    [m] = find_dates("in December", date(2015, 1, 3))
    assert (m.value.start, m.value.end) == (date(2014, 12, 1), date(2014, 12, 31))
    [m] = find_dates("in November 23", REF)  # a day after the month: that day
    assert m.value.precision == "day"


def test_date_without_year_across_new_year():
    [m] = find_dates("on 25 December", date(2015, 1, 3))
    assert m.value.start == date(2014, 12, 25)


@pytest.mark.parametrize(
    "text",
    [
        "05/06/2014",  # day-first or month-first? unknown
        "31 February 2014",
        "they may 5 times march",
        "18 months",
        "a 17-year-old",
        "call 911",
        "they may in may go",  # a month in lower case is a verb first
    ],
)
def test_not_dates(text):
    assert find_dates(text, REF) == []


def test_without_reference_only_dates_with_a_year():
    found = find_dates("on 25 November, on Tuesday, and on 25 November 2014", None)
    assert [m.text for m in found] == ["25 November 2014"]
