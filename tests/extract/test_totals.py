"""Totals of one report (ACLED convention) and of one news article."""

from __future__ import annotations

from datetime import date

import pytest

from tolls.extract import extract
from tolls.extract.totals import article_total, document_total

_PUB = date(2016, 5, 2)


def _total(text: str, kind: str = "killed") -> int:
    return document_total(extract(text), kind)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # separate events, one sentence each, are summed
        ("On 3 May, jets struck a house in Khan Yunis, killing 4 people. "
         "In another strike on a car nearby, 2 people were killed.", 6),
        # a sub-group figure is part of the all-group figure
        ("Shelling killed 7 people, including 3 children.", 7),
        # the coder's own count wins over the reported figures
        ("Gunmen killed 12 people, officials said. Total fatalities coded at least 9.", 9),
        # a restated cumulative toll is not a new event
        ("A strike killed 3 people. The death toll from the week's raids rose to 40.", 3),
        # a count split across events gives way to this event's share
        ("Tanks shelled two towns, killing 10 people. Fatalities split across 2 events, "
         "with 6 coded to this location.", 6),
        ("Troops killed an unknown number of gunmen. Unspecified fatalities coded as 10 "
         "split across 5 events, with 2 fatalities coded to this event.", 2),
        ("Nine were killed, 3 out of 9 coded to this location.", 3),
        # a count coded to other dates is not this event's
        ("Fighting went on; the army says it has killed 60 gunmen (50 fatalities were "
         "coded on 2 May). Fatalities coded as at least 8.", 8),
        # bodies recovered are earlier deaths
        ("Rescue teams recovered 14 bodies from the rubble of a school.", 0),
        ("Casualties unknown.", 0),
    ],
)
def test_document_total(text: str, total: int) -> None:
    assert _total(text) == total


def _article(title: str, text: str, kind: str) -> int:
    return article_total(extract(text, published=_PUB), kind,
                         title_claims=extract(title, published=_PUB), title=title,
                         text=text)


def test_article_total_prefers_title_and_lead() -> None:
    title = "3 hurt in downtown shooting"
    text = ("Three people were wounded on Friday night downtown. "
            "In 2009 a gunman at the same mall killed 13 people.")
    assert _article(title, text, "injured") == 3
    assert _article(title, text, "killed") == 0


def test_article_total_injured_excludes_the_dead() -> None:
    text = "Five people were shot, two of whom died at the hospital, police said."
    assert _article("Shooting at a party", text, "injured") == 3
    assert _article("Shooting at a party", text, "killed") == 2
    assert _article("Two men were shot, one fatally", "Police are looking for a car.",
                    "injured") == 1


def test_article_total_unnumbered_killing_counts_one() -> None:
    title = "Teenager shot, killed outside store"
    text = "The teenager was pronounced dead at the scene. Police have no suspect."
    assert _article(title, text, "killed") == 1
    assert _article("Store clerk robbed at gunpoint", "Nobody was hurt.", "killed") == 0


def test_vague_title_gives_way_to_exact_text() -> None:
    title = "Several injured in nightclub shooting"
    text = "Four people were injured in a shooting at a nightclub early Sunday."
    assert _article(title, text, "injured") == 4
