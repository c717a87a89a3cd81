"""No recogniser raises on arbitrary Unicode; mentions are exact, in-range, non-overlapping."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tolls.extract._automaton import word_starts
from tolls.extract.actors import _conflict, find_actors
from tolls.extract.dates import _ANCHOR as DATE_ANCHOR
from tolls.extract.dates import find_dates
from tolls.extract.events import find_event_types
from tolls.extract.numbers import _anchor_re
from tolls.extract.places import find_places
from tolls.extract.sites import find_sites
from tolls.extract.sources import find_sources
from tolls.lexicons import load

SEEDS = ["IS", "Raqqa", "al-Raqqa", "İstanbul", "SOHR", "Tuesday", "25 November", "Gaza - ",
         "market", "air strike", "ß", "ﬁ", "\u0130", "\u212a", "ſ", "\x00", "-", "'s", " "]
texts = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(SEEDS)), max_size=12).map(
    "".join)


def check(text, mentions):
    last = 0
    for m in sorted(mentions, key=lambda m: m.start):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last
        last = m.end


@settings(max_examples=300, deadline=None)
@given(texts)
def test_lexicon_recognisers_never_raise(text):
    for find in (find_actors, find_sources, find_sites, find_event_types, find_places):
        check(text, find(text))


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.none(), st.dates(min_value=date(1, 2, 1))))
def test_dates_never_raise(text, reference):
    check(text, find_dates(text, reference))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_word_starts_matches_where_a_word_boundary_pattern_does(text):
    """`word_starts(body)` over " " + text starts where `\\b(?:body)` matches in text."""
    for pattern in (_anchor_re(), DATE_ANCHOR, word_starts(r"one|two|\d+|kill(?:ed)?")):
        body = pattern.pattern[len(r"\W(?:"):-1]
        plain = re.compile(rf"\b(?:{body})")
        for form in (text, text.lower()):
            assert [m.start() for m in pattern.finditer(f" {form}")] == [
                m.start() for m in plain.finditer(form)]


CONFLICT_SEEDS = ["air strike", "AIR STRIKE", "air\u00a0strike", "IED", "İED", "ſortie", "rebels_",
                  "xrebels", "fighters2", "-", "’", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=8), st.sampled_from(CONFLICT_SEEDS)), max_size=8).map(
    "".join))
def test_conflict_words_found_as_a_plain_ignorecase_alternation_finds_them(text):
    words = sorted(load("actors")["conflict_words"], key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    assert _conflict(text) == (plain.search(text) is not None)
