"""Claim assembly: quotes and spans, attribution, outlet, context carried, dates."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

import tolls.extract.claims as claims_mod
from tolls.extract import EXTRACTOR_VERSION, extract
from tolls.extract.mentions import Mention
from tolls.types import DateRange, Place


def _finder(table: dict[str, object]):
    """A fake recogniser: every occurrence of each key, with its value."""
    def find(text: str, *args, **kwargs) -> list[Mention]:
        out = [Mention(m.start(), m.end(), m.group(), value)
               for key, value in table.items()
               for m in re.finditer(re.escape(key), text, re.I)]
        return sorted(out, key=lambda m: m.start)
    return find


@pytest.fixture
def fake_recognisers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_mod, "find_actors", _finder(
        {"regime warplanes": "Syrian government", "coalition jets": "US-led coalition"}))
    monkeypatch.setattr(claims_mod, "find_sources", _finder(
        {"the Observatory": "SOHR", "SOHR": "SOHR", "LCC": "LCC", "activists": "activists"}))
    monkeypatch.setattr(claims_mod, "find_places", _finder({"Raqqa": Place("Raqqa")}))
    monkeypatch.setattr(claims_mod, "find_sites", _finder({"market": "market",
                                                           "hospital": "hospital"}))
    monkeypatch.setattr(claims_mod, "find_event_types", _finder({"struck": "air strike"}))
    monkeypatch.setattr(claims_mod, "find_dates", _finder(
        {"on Tuesday": DateRange(date(2014, 11, 25), date(2014, 11, 25)),
         "Tuesday's": DateRange(date(2014, 11, 25), date(2014, 11, 25)),
         "27 November": DateRange(date(2014, 11, 27), date(2014, 11, 27)),
         "on Wednesday": DateRange(date(2014, 11, 26), date(2014, 11, 26))}))


def _one(claims, kind: str, group: str = "all"):
    [c] = [c for c in claims if c.figure.kind == kind and c.figure.group == group]
    return c


def test_version_is_a_string() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_no_cue_no_claims() -> None:
    assert extract("The weather in Raqqa was fine, with 12 degrees on 25 November.") == []
    assert extract("") == []


def test_quote_span_and_words(fake_recognisers: None) -> None:
    text = "Intro line.\n\nThe raid killed 4 and injured 12, the LCC said. Nothing else."
    out = extract(text, published=date(2014, 11, 26), outlet="Wire")
    assert [(c.figure.kind, c.figure.low) for c in out] == [("killed", 4), ("injured", 12)]
    for c in out:
        assert text[c.span[0]:c.span[1]] == c.quote
        assert c.quote == "The raid killed 4 and injured 12, the LCC said."
        assert text[c.figure.words_span[0]:c.figure.words_span[1]] == c.figure.words
        assert c.source == "LCC" and c.outlet == "Wire"
        assert c.reported_at == datetime(2014, 11, 26)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Observatory said 60 people were killed.", "SOHR"),
        ("According to the LCC, 70 people were killed.", "LCC"),
        ("70 people were killed, the LCC said.", "LCC"),
        ("The BBC cites SOHR as saying 60 people were killed.", "SOHR"),
        ("Activists say 135 people were killed.", "activists"),
        ("SOHR, which tracks the war from Britain, said 60 were killed.", "SOHR"),
    ],
)
def test_attribution(fake_recognisers: None, sentence: str, source: str) -> None:
    [c] = extract(sentence, outlet="Wire")
    assert c.source == source and c.outlet == "Wire"


def test_unattributed_figure_is_the_outlets_own(fake_recognisers: None) -> None:
    [c] = extract("Two airstrikes struck a building near Raqqa.", outlet="CENTCOM")
    assert c.source == "CENTCOM" and c.figure.kind == "strikes"


def test_source_carried_within_paragraph(fake_recognisers: None) -> None:
    text = "The Observatory said 95 people were killed. The dead included 12 children."
    first, second = extract(text, outlet="BBC")
    assert first.source == second.source == "SOHR"
    assert second.figure.group == "children"


def test_context_carried_and_reset(fake_recognisers: None) -> None:
    text = (
        "On Tuesday regime warplanes struck the market in Raqqa.\n\n"
        "The Observatory said at least 60 people were killed in Tuesday's raids.\n\n"
        "Timeline:\n"
        "- 27 November: coalition jets struck again; five people were killed.\n"
        "- Later, three people were killed.\n"
    )
    c1, c2, c3 = extract(text, published=date(2014, 11, 26), outlet="Wire")
    assert c1.actor == "Syrian government" and c1.place and c1.place.name == "Raqqa"
    assert c1.event_type == "air strike" and c1.sites == ["market"]
    assert c1.date == DateRange(date(2014, 11, 25), date(2014, 11, 25)) and c1.restated
    assert c2.actor == "US-led coalition" and c2.date.start == date(2014, 11, 27)
    assert c2.sites == []  # a new dated item: the market is not carried
    # a new list item resets context: no actor, and with no date clue the event
    # lies in the window ending on the published day
    assert c3.actor is None
    assert c3.date == DateRange(date(2014, 11, 25), date(2014, 11, 26), "days")


def test_reporting_date_is_not_the_event_date(fake_recognisers: None) -> None:
    text = "The Observatory said on Wednesday that 95 people were killed in Tuesday's raids."
    [c] = extract(text, published=date(2014, 11, 26))
    assert c.date.start == date(2014, 11, 25)


def test_dated_citation_sets_outlet_and_reported_at(fake_recognisers: None) -> None:
    text = ("Press reports:\n"
            "- Associated Press, 25 November: SOHR said more than 60 people were killed; "
            "the LCC said at least 70.\n"
            "- BBC News, 26 November (updated): the Observatory said at least 95 were killed.\n")
    out = extract(text, published=date(2014, 12, 8), outlet="Opinion Review")
    assert [(c.source, c.outlet, c.reported_at, c.figure.low) for c in out] == [
        ("SOHR", "Associated Press", datetime(2014, 11, 25), 61),
        ("LCC", "Associated Press", datetime(2014, 11, 25), 70),
        ("SOHR", "BBC News", datetime(2014, 11, 26), 95),
    ]


def test_acled_coder_statement() -> None:
    text = ("On 3 May 2024, warplanes struck a house, killing 2 persons. "
            "[Ministry reported 300 fatalities up to 3 May. 12 fatalities coded to this event.]")
    out = extract(text, outlet="ACLED")
    coded = [c for c in out if c.source == "ACLED coder"]
    assert [c.figure.low for c in coded] == [12]
    assert [c.restated for c in out if c.figure.low == 300] == [True]


def test_vague_acled_value() -> None:
    [c] = extract("Dozens of people were killed.")
    f = c.figure
    assert (f.low, f.high, f.qualifier, f.acled) == (24, 99, "vague", 12)


def test_real_recognisers_smoke() -> None:
    """With whatever recognisers are installed, the figures themselves are stable."""
    out = extract("Syrian government warplanes carried out ten airstrikes on Raqqa on Tuesday, "
                  "killing at least 70 people, activists said.", published=date(2014, 11, 25))
    assert [(c.figure.kind, c.figure.low) for c in out] == [("strikes", 10), ("killed", 70)]
