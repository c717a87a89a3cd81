"""Quantity expressions: digits, words, ranges, qualifiers, vague words."""

from __future__ import annotations

import pytest

from tolls.extract.numbers import find_quantities, words_to_int


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ten", 10), ("twenty-five", 25), ("two hundred and nine", 209), ("a dozen", 12),
        ("half a dozen", 6), ("one thousand two hundred", 1200), ("ninety nine", 99),
        ("a hundred", 100),
    ],
)
def test_words_to_int(words: str, value: int) -> None:
    assert words_to_int(words) == value


@pytest.mark.parametrize(
    ("text", "words", "low", "high", "qualifier", "acled"),
    [
        ("8 died", "8", 8, 8, "exact", 8),
        ("1,200 died", "1,200", 1200, 1200, "exact", 1200),
        ("at least 70 died", "at least 70", 70, None, "at_least", 70),
        ("no fewer than 12 died", "no fewer than 12", 12, None, "at_least", 12),
        ("more than 60 died", "more than 60", 61, None, "more_than", 60),
        ("over 80 died", "over 80", 81, None, "more_than", 80),
        ("upwards of 40 died", "upwards of 40", 41, None, "more_than", 40),
        ("as many as 10 died", "as many as 10", None, 10, "up_to", 10),
        ("up to 10 died", "up to 10", None, 10, "up_to", 10),
        ("at most 4 died", "at most 4", None, 4, "at_most", 4),
        ("fewer than 10 died", "fewer than 10", None, 9, "at_most", 10),
        ("about 100 died", "about 100", 90, 110, "about", 100),
        ("some 20 died", "some 20", 18, 22, "about", 20),
        ("nearly 100 died", "nearly 100", 90, 99, "about", 100),
        ("around 5 died", "around 5", 4, 6, "about", 5),
        ("between seven and ten died", "between seven and ten", 7, 10, "range", 7),
        ("7-10 died", "7-10", 7, 10, "range", 7),
        ("two or three died", "two or three", 2, 3, "range", 2),
        ("10 to 15 died", "10 to 15", 10, 15, "range", 10),
        ("dozens died", "dozens", 24, 99, "vague", 12),
        ("hundreds died", "hundreds", 200, 999, "vague", 100),
        ("scores died", "scores", 40, 199, "vague", 20),
        ("several died", "several", 3, 9, "vague", 3),
        ("a number of people died", "a number of", 2, None, "vague", 3),
        ("a few died", "a few", 2, 5, "vague", 3),
    ],
)
def test_quantity(text: str, words: str, low, high, qualifier: str, acled: int) -> None:
    [q] = find_quantities(text)
    assert text[q.start:q.end] == words
    assert (q.low, q.high, q.qualifier, q.acled) == (low, high, qualifier, acled)


@pytest.mark.parametrize("text", ["3.5", "10:30", "555-1234", "2014-11-25", "25th", "5km", "$"])
def test_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_toll_change_is_not_a_range() -> None:
    text = "the toll rose from 60 to 87"
    [q] = find_quantities(text)
    assert text[q.start:q.end] == "87"
