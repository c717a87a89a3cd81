"""Gazetteer: spelling variants, country disambiguation, common words not matched."""

from __future__ import annotations

import pytest

from tolls.extract.places import find_places


def names(text, hint=None):
    return [(m.text, m.value.name, m.value.country) for m in find_places(text, hint)]


@pytest.mark.parametrize(
    "spelling", ["Raqqa", "Ar-Raqqah", "al-Raqqa", "Raqqah", "ar-Raqqa", "Al-Raqqah"]
)
def test_raqqa_spellings(spelling):
    [m] = find_places(f"Warplanes struck {spelling} on Tuesday.")
    assert m.text == spelling
    assert (m.value.name, m.value.country) == ("Raqqa", "SY")
    assert m.value.geonames_id == 172955
    assert m.value.lat == pytest.approx(35.95, abs=0.1)


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Deir ez-Zor", "Deir ez-Zor"), ("Deir Ezzor", "Deir ez-Zor"),
        ("Deir al-Zour", "Deir ez-Zor"), ("Kobane", "Kobani"), ("Ayn al-Arab", "Kobani"),
        ("Ain al-Arab", "Kobani"), ("Halab", "Aleppo"), ("Tadmur", "Palmyra"),
        ("Douma", "Douma"), ("Manbij", "Manbij"), ("Tabqa", "Tabqa"), ("Idlib", "Idlib"),
    ],
)
def test_syrian_spellings(spelling, name):
    assert names(f"Clashes near {spelling} killed several.", "SY") == [(spelling, name, "SY")]


def test_gaza_neighbourhoods_as_acled_names_them():
    found = find_places("Israeli warplanes struck a house in Gaza - Az Zaytun (Gaza City, "
                        "Gaza Strip) and shelled Shujaiyya.")
    assert [m.value.name for m in found] == [
        "Gaza - Az Zaytun", "Gaza City", "Gaza Strip", "Gaza - Shujaiyya"]
    assert found[0].value.lat == pytest.approx(31.4964)
    assert found[0].value.precision == "district"
    assert found[2].value.precision == "province"


def test_longest_match_wins():
    assert names("Shelling in Deir ez-Zor Governorate")[0][1] == "Deir ez-Zor Governorate"


def test_country_hint_disambiguates():
    assert names("He lives in Paris.")[0][2] == "FR"
    assert names("He lives in Paris.", "US")[0][2] == "US"


def test_country_most_mentioned_in_text_disambiguates():
    # Tripoli: Libya's is larger, but the text is about Lebanon.
    assert names("In Lebanon, Tripoli was quiet.")[1][2] == "LB"
    assert names("Tripoli was quiet.")[0][2] == "LY"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the mobile clinic was hit.",
        "Of the dead, most were children.",
        "March was the deadliest month.",
        "the raqqa river",  # lower-case: not written as a name
        "Many were hurt. Hope remains.",
        "Casualties unknown.",
    ],
)
def test_common_words_are_not_places(text):
    assert find_places(text) == []


def test_small_foreign_village_needs_context():
    # "Hunaydah" is a Syrian village known only from UCDP GED: accepted with a
    # Syrian hint or Syrian context, and it is curated so always accepted.
    assert names("Strikes on Hunaydah village", "SY")[0][1] == "Hunaydah"
