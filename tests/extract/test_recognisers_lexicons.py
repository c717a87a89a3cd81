"""Actors, sources, sites and event types: aliases, case rules, boundaries, longest match."""

from __future__ import annotations

import pytest

from tolls.extract.actors import actor_info, find_actors
from tolls.extract.events import event_info, find_event_types
from tolls.extract.sites import find_sites
from tolls.extract.sources import find_sources, source_info


def values(mentions):
    return [(m.text, m.value) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regime warplanes hit the city.", [("Regime warplanes", "Syrian government")]),
        ("Assad's air force struck twice.", [("Assad's air force", "Syrian government")]),
        ("Syrian government jets returned.", [("Syrian government jets", "Syrian government")]),
        ("The Syrian Arab Army advanced.", [("Syrian Arab Army", "Syrian government")]),
        ("US warplanes and coalition aircraft struck.",
         [("US warplanes", "US-led coalition"), ("coalition aircraft", "US-led coalition")]),
        ("CJTF-OIR released figures.", [("CJTF-OIR", "US-led coalition")]),
        ("Israeli military airplanes struck a house.", [("Israeli military airplanes", "Israel")]),
        ("The IDF said; Israeli gunboats shelled the coast.",
         [("IDF", "Israel"), ("Israeli gunboats", "Israel")]),
        ("Settlers attacked the village.", [("Settlers", "Israeli settlers")]),
        ("Russian jets were seen.", [("Russian jets", "Russia")]),
        ("IS fighters, ISIS, ISIL and Daesh.",
         [("IS fighters", "Islamic State"), ("ISIS", "Islamic State"),
          ("ISIL", "Islamic State"), ("Daesh", "Islamic State")]),
        ("Hamas militants and PIJ militants clashed.",
         [("Hamas militants", "Hamas"), ("PIJ militants", "Palestinian Islamic Jihad")]),
        ("The Syrian Democratic Forces took the village.",
         [("Syrian Democratic Forces", "SDF")]),
        ("Jabhat al-Nusra fighters withdrew.", [("Jabhat al-Nusra fighters", "HTS")]),
        ("Government of Afghanistan forces; Afghan troops.",
         [("Government of Afghanistan", "Afghanistan"), ("Afghan troops", "Afghanistan")]),
    ],
)
def test_actor_aliases_map_to_canonical(text, expected):
    assert values(find_actors(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "this is what it is",  # "is" inside words and as a verb
        "Is this the place?",  # capitalised verb is not the acronym IS
        "isis was a goddess",  # lower-case acronym
        "let us go",  # "us" is not the US
        "the regimental band",  # "regime" inside a word
    ],
)
def test_actor_word_boundaries_and_case(text):
    assert find_actors(text) == []


def test_actor_longest_match_wins():
    [m] = find_actors("the US-led international coalition said")
    assert m.text == "US-led international coalition"
    assert m.value == "US-led coalition"


def test_actor_info_names_for_evaluation():
    info = actor_info("Israel")
    assert info.acled == "Military Forces of Israel (2022-)"
    assert info.ucdp == "Government of Israel"
    assert info.kind == "state military"
    assert actor_info("Syrian government").ucdp == "Government of Syria"
    assert actor_info("nobody at all").kind == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Syrian Observatory for Human Rights said",
         [("Syrian Observatory for Human Rights", "SOHR")]),
        ("The Britain-based monitor reported", [("Britain-based monitor", "SOHR")]),
        ("according to the Local Coordination Committees of Syria",
         [("Local Coordination Committees of Syria", "LCC")]),
        ("Raqqa Is Being Slaughtered Silently documented",
         [("Raqqa Is Being Slaughtered Silently", "RBSS")]),
        ("the Hamas-run health ministry said", [("Hamas-run health ministry",
                                                 "Gaza Health Ministry")]),
        ("a local doctor told AP", [("a local doctor", "medics"), ("AP", "AP")]),
        ("activists said", [("activists", "activists")]),
    ],
)
def test_sources(text, expected):
    assert values(find_sources(text)) == expected


def test_source_case_rule_and_info():
    assert find_sources("the lcc and the un were there") == []
    assert source_info("SOHR").type == "monitor"
    assert source_info("AP").independence == source_info("Reuters").independence == "wire"
    assert source_info("Gaza Health Ministry").independence == "Hamas"
    assert source_info("activists").generic
    unknown = source_info("Some Blog")
    assert (unknown.type, unknown.independence) == ("unknown", "Some Blog")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("struck a crowded marketplace", [("marketplace", "market")]),
        ("the souq and two bus stations", [("souq", "market"), ("bus stations", "bus station")]),
        ("near the National Hospital", [("Hospital", "hospital")]),
        ("a mosque during prayers", [("mosque", "mosque")]),
        ("the bus terminal", [("bus terminal", "bus station")]),
        ("tents in a displacement camp", [("tents", "camp"), ("displacement camp", "camp")]),
        ("outside a bakery", [("bakery", "bakery")]),
        ("two schools and a UN shelter", [("schools", "school"), ("UN shelter", "shelter")]),
        ("the hospitality industry", []),
        ("the bus garage", [("bus garage", "bus station")]),
        # where the wounded were treated is not where the attack hit
        ("he was rushed to a nearby hospital", []),
        ("taken to St. Mary's Hospital in critical condition", []),
        ("the hospitals cannot cope", []),
        ("the city's hospitals, already short of staff", []),
        ("jets struck the hospital, and the wounded were taken to a clinic",
         [("hospital", "hospital")]),
    ],
)
def test_sites(text, expected):
    assert values(find_sites(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an airstrike", "air strike"),
        ("an air raid", "air strike"),
        ("regime helicopters dropped a barrel bomb", "air strike"),
        ("a drone strike", "drone strike"),
        ("Israeli artillery shelled houses", "shelling"),
        ("mortar fire", "shelling"),
        ("armed clashes broke out", "clash"),
        ("a car bomb", "bombing"),
        ("a suicide bombing", "suicide bombing"),
        ("a gunman opened fire", "shooting"),
    ],
)
def test_event_types(text, expected):
    assert expected in [m.value for m in find_event_types(text)]


def test_event_acled_mapping():
    assert event_info("air strike").acled == "Air/drone strike"
    assert event_info("shelling").acled == "Shelling/artillery/missile attack"
    assert event_info("clash").acled == "Armed clash"
    assert event_info("suicide bombing").core == "bombing"


@pytest.mark.parametrize(
    "text",
    [
        "said Tustin Police Chief Scott Jordan. Later Jordan said he left.",
        "Broward Sheriff Scott Israel said the suspect was in custody.",
        "Both officers, Jess Beagley and Chad Garrett, were hurt.",
        "THIS IS THE AMERICAN LEGION HALL WHERE IT HAPPENED.",
        "A gunman killed three people at the Fort Hood U.S. Army base in Texas.",
        "the deadliest mass shooting in modern U.S. history",
        "a coalition of churches held a vigil",
    ],
)
def test_country_and_coalition_aliases_need_a_conflict_context(text):
    assert find_actors(text) == []


def test_country_aliases_count_in_a_conflict_text():
    assert values(find_actors("Israel carried out airstrikes on Gaza.")) == [("Israel", "Israel")]
    assert values(find_actors("The coalition said its warplanes hit IS positions."))[0] == (
        "The coalition", "US-led coalition")
    # the title's context is the article's body
    assert values(find_actors("Jordan strikes back", context="Jordanian warplanes bombed "
                              "militants.")) == [("Jordan", "Jordan")]


@pytest.mark.parametrize(
    "text",
    [
        "The Local\n  Coordination Committees named five people.",
        "The Local   Coordination Committees named five people.",
        "The Local \nCoordination Committees named five people.",
    ],
)
def test_name_wrapped_over_lines_is_one_mention(text):
    (mention,) = find_sources(text)
    assert mention.value == "LCC"
    # The quote is the original text, wrap and all.
    assert text[mention.start:mention.end] == mention.text
    assert mention.text.startswith("Local") and mention.text.endswith("Committees")


def test_blank_line_still_separates_words():
    assert find_sources("The Local\n\nCoordination Committees said") == []


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes hit targets in Syria.\n\nIraq\n\n- Near Mosul, three airstrikes struck.",
        "Near Sinjar, Iraq, two airstrikes destroyed a building.",
        "The group and the threat it poses to Iraq, after airstrikes.",
        "Jets carried out airstrikes in Syria and Iraq on Sunday.",
    ],
)
def test_country_named_as_a_place_is_not_an_actor(text):
    assert [m.value for m in find_actors(text)] == []


def test_country_as_subject_is_still_an_actor():
    assert [m.value for m in find_actors("Iraq launched airstrikes on the town.")] == ["Iraq"]
    assert [m.value for m in find_actors("U.S. and partner nation forces struck.")] == \
        ["US-led coalition"]
