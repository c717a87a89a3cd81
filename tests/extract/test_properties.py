"""Properties that hold for any text."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tolls.extract import extract
from tolls.extract._automaton import phrase_alternation
from tolls.extract.figures import _trie_alt
from tolls.lexicons import load

_PIECES = st.sampled_from([
    "killed", "at least", "between", "and", "more than", "dozens of", "people", "were",
    "wounded", "7-10", "two hundred and nine", "strikes", "\n\n", "- ", "27 November:",
    "no one", "said", "SOHR", ".", ",", "1,200", "a man was shot dead", "(", ")", "of whom",
    "including", "children", "éé", "\u200b", "٣", "toll rose to", "911", "a", "an",
])
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map(" ".join))


def _check(text: str) -> None:
    for c in extract(text, published=date(2014, 11, 25), outlet="X"):
        assert text[c.span[0]:c.span[1]] == c.quote
        assert text[c.figure.words_span[0]:c.figure.words_span[1]] == c.figure.words
        f = c.figure
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        assert f.low is None or f.low >= 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extract_never_raises_and_keeps_invariants(text: str) -> None:
    _check(text)


_PERSONS = sorted(load("casualty_words")["persons"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*_PERSONS, "and", "of", "s", " ", "  ", "-"]),
                          st.text(max_size=3)), max_size=8).map(" ".join))
def test_a_phrase_trie_matches_where_the_longest_first_alternation_does(text):
    # `_trie_alt` stands in for `phrase_alternation` inside the cascade's rules,
    # where the extent of a match (not only whether there is one) counts.
    for tail in (r"\b", r"(?:\s+and)?\s+\w", r"s?\b", ""):
        flat = re.compile(rf"(?:{phrase_alternation(_PERSONS)}){tail}", re.I)
        factored = re.compile(rf"(?:{_trie_alt(_PERSONS)}){tail}", re.I)
        assert [m.span() for m in flat.finditer(text)] == [
            m.span() for m in factored.finditer(text)]
