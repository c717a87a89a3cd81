"""Which numbers are tolls: kind, group, interval, and the numbers that are not."""

from __future__ import annotations

import pytest

from tolls.extract.figures import find_figures


def _figs(sentence: str) -> list[tuple]:
    out = []
    for h in find_figures(sentence):
        q = h.quantity
        out.append((h.kind, h.group, q.low, q.high, q.qualifier, sentence[q.start:q.end]))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blast killed at least five people, including three children.",
         [("killed", "all", 5, None, "at_least", "at least five"),
          ("killed", "children", 3, 3, "exact", "three")]),
        ("At least 95 died, of whom at least 52 were civilians.",
         [("killed", "all", 95, None, "at_least", "At least 95"),
          ("killed", "civilians", 52, None, "at_least", "at least 52")]),
        ("The shelling killed 4 and injured 12.",
         [("killed", "all", 4, 4, "exact", "4"), ("injured", "all", 12, 12, "exact", "12")]),
        ("A shopkeeper's son was shot dead on Monday.",
         [("killed", "all", 1, 1, "exact", "A shopkeeper's son")]),
        ("A teenager was shot dead near the park.",
         [("killed", "children", 1, 1, "exact", "A teenager")]),
        ("Gunmen killed a farmer and his wife.",
         [("killed", "all", 2, 2, "exact", "a farmer and his wife")]),
        ("Rebels said the raid killed a high number of fighters.",
         [("killed", "combatants", 10, None, "vague", "a high number of")]),
        ("Planes carried out ten air strikes overnight.",
         [("strikes", "all", 10, 10, "exact", "ten")]),
        ("Between seven and ten raids hit the town.",
         [("strikes", "all", 7, 10, "range", "Between seven and ten")]),
        ("Two airstrikes struck a depot.", [("strikes", "all", 2, 2, "exact", "Two")]),
        ("Jets struck the town eight times.", [("strikes", "all", 8, 8, "exact", "eight")]),
        ("Twenty-five bodies were recovered.",
         [("killed", "all", 25, 25, "exact", "Twenty-five")]),
        ("The clinic treated 40 wounded.", [("injured", "all", 40, 40, "exact", "40")]),
        ("Nine people are still missing.", [("missing", "all", 9, 9, "exact", "Nine")]),
        ("Officials reported 3 fatalities.", [("killed", "all", 3, 3, "exact", "3")]),
        ("Scores of villagers were wounded.",
         [("injured", "civilians", 40, 199, "vague", "Scores")]),
        ("There were no civilian casualties.", [("killed", "civilians", 0, 0, "exact", "no")]),
        ("Nobody was hurt in the blast.", [("injured", "all", 0, 0, "exact", "Nobody")]),
        ("No one was killed.", [("killed", "all", 0, 0, "exact", "No one")]),
        ("Six soldiers died in the ambush.", [("killed", "combatants", 6, 6, "exact", "Six")]),
        ("Two women lost their lives.",
         [("killed", "women", 2, 2, "exact", "Two")]),
        ("The death toll from the quake stands at 212.",
         [("killed", "all", 212, 212, "exact", "212")]),
        ("The toll exceeded 100.", [("killed", "all", 101, None, "more_than", "exceeded 100")]),
        ("Total fatalities were at least 6.",
         [("killed", "all", 6, None, "at_least", "at least 6")]),
        ("12 fatalities coded to this event.", [("killed", "all", 12, 12, "exact", "12")]),
        ("Eleven civilians (among them two women) were killed.",
         [("killed", "civilians", 11, 11, "exact", "Eleven"),
          ("killed", "women", 2, 2, "exact", "two")]),
        ("The bombing left 14 dead and dozens injured.",
         [("killed", "all", 14, 14, "exact", "14"), ("injured", "all", 24, 99, "vague", "dozens")]),
        ("Monitors said 30 were killed; activists said 45.",
         [("killed", "all", 30, 30, "exact", "30"), ("killed", "all", 45, 45, "exact", "45")]),
        ("Some 20 members of one family were killed.",
         [("killed", "all", 18, 22, "about", "Some 20")]),
        ("A mortar round killed one soldier, the army said.",
         [("killed", "combatants", 1, 1, "exact", "one")]),
    ],
)
def test_figures(sentence: str, expected: list[tuple]) -> None:
    assert _figs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 5,000 fighters are based in the city after the killings began.",
        "The coalition has 5,000 troops in the region.",
        "He spent 18 months in prison after the killing.",
        "Dozens of people were gathered at the market when the bombs fell.",
        "A 17-year-old said the jets came back again and again.",
        "The victim, aged 34, lived nearby.",
        "Smith, 34, was charged with murder.",
        "In 2014 the war killed people across the region.",
        "She called 911 after hearing shots.",
        "The shooting happened at 6740 N. Clark St. near the station.",
        "Police said the 10:30 p.m. shooting is under investigation.",
        "Call 555-123-4567 with information about the killing.",
        "The story about the killing drew 250 comments.",
        "The city, which had a population of 220,000, was bombed.",
        "It lies 160 kilometres from the site of the massacre.",
        "The family received $50,000 after the death.",
        "Unemployment rose to 12 percent after the bombing.",
        "Police said they could not tell how many of the dead were fighters.",
        "Many of the wounded remain in hospital.",
        "On 25 November warplanes struck the city again.",
        "Ten years after the massacre, the town is rebuilt.",
    ],
)
def test_not_tolls(sentence: str) -> None:
    assert _figs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        ("The death toll rose to 87.", True),
        ("The number of martyrs from yesterday's raids on the market, the bus station and "
         "a mosque has risen to 87.", True),
        ("The raid killed 5, bringing the total this week to 40.", None),
        ("SOHR said 95 people were killed in Tuesday's raids.", True),
        ("The ministry reported 29195 fatalities up to 19 February.", True),
        ("The raid killed 5 people.", False),
    ],
)
def test_restated(sentence: str, restated: bool | None) -> None:
    hits = find_figures(sentence)
    if restated is None:  # the first is new, the total restated
        assert [h.restated for h in hits] == [False, True]
    else:
        assert [h.restated for h in hits] == [restated]


def test_coder_statement() -> None:
    sentence = "Total fatalities coded at least 5."
    [hit] = find_figures(sentence)
    assert hit.coder and hit.quantity.low == 5


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person and plural relatives: one plus the count
        ("Shells hit the flat, killing a mother and her 3 kids.",
         [("killed", 4, "a mother and her 3 kids")]),
        ("The raid killed a farmer and his 10-year-old son.",
         [("killed", 2, "a farmer and his 10-year-old son")]),
        ("The blast resulted in the death of a shepherd.", [("killed", 1, "a shepherd")]),
        ("The attack caused the injury of 9 people.", [("injured", 9, "9")]),
        ("A young man was shot to death on Main Street.", [("killed", 1, "A young man")]),
        # "shot" with an object is the shooter, not a victim
        ("Police said a woman shot her neighbour twice.", []),
        ("Two men were shot, one fatally.", [("injured", 2, "Two"), ("killed", 1, "one")]),
    ],
)
def test_more_figure_patterns(sentence: str, expected: list[tuple]) -> None:
    got = [(h.kind, h.quantity.low, sentence[h.quantity.start:h.quantity.end])
           for h in find_figures(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Deaths were split across 3 events, 2 coded to this location.", 2),
        ("The total is split across two events, with 6 coded to Beit Lahia.", 6),
        ("Twelve fatalities split between 4 events; 3 fatalities added to this event.", 3),
        ("Troops killed an unknown number of gunmen, coded as 10.", 10),
        ("At least 7 (PIJ) fatalities coded.", 7),
        ("Overall fatalties coded as 5 (3 gunmen + 2 soldiers).", 5),
        ("Two soldiers were killed in the camp, confirmed fatalities coded to this location.", 2),
    ],
)
def test_coder_assignments(sentence: str, value: int) -> None:
    coder = [h for h in find_figures(sentence) if h.coder]
    assert [h.quantity.low for h in coder][-1:] == [value]
    assert all(h.kind == "killed" for h in coder)


def test_coder_out_of_and_classification() -> None:
    hits = find_figures("Nine were killed, 3 out of 9 coded to this location.")
    assert [(h.quantity.low, h.coder) for h in hits] == [(9, True), (3, True)] or \
        [h.quantity.low for h in hits if h.coder] == [3]
    # "coded as" a category is not a count
    hits = find_figures("5 men (coded as PIJ fighters) were killed in the raid.")
    assert [(h.quantity.low, h.coder) for h in hits] == [(5, False)]
    assert find_figures("The strikes were coded as 2 separate events.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # persons joined into one count
        ("A 9-year-old boy and his mother were shot dead.", [("killed", 2)]),
        ("Police found a grandmother and her two grandsons shot to death.", [("killed", 3)]),
        # two joined counts before one verb
        ("Three guards and a visitor were wounded.", [("injured", 3), ("injured", 1)]),
        # the killer is not a victim
        ("A woman killed her husband and her two children.", [("killed", 3)]),
        # broadcasters and appositive ages are not tolls
        ("A witness told 12 News the victim was wounded.", []),
        ("Police said the driver, 41, was injured.", []),
        # injuries told with "suffered" / "struck by"
        ("Three teenagers suffered minor injuries.", [("injured", 3)]),
        ("Two people were struck by stray bullets.", [("injured", 2)]),
        # a headline's "1 killed 3 injured"
        ("1 killed 3 injured in shooting", [("killed", 1), ("injured", 3)]),
    ],
)
def test_persons_and_labels(sentence: str, expected: list[tuple[str, int]]) -> None:
    got = [(h.kind, h.quantity.low) for h in find_figures(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a head count told with its family; the family's make-up is not a figure
        ("Nine members of the Haddad family, including four children and two women, were "
         "killed when their three-storey home was hit.",
         [("killed", "all", 9), ("killed", "children", 4), ("killed", "women", 2)]),
        ("At least six people from three generations of one family died in the raid.",
         [("killed", "all", 6)]),
        ("Eleven civilians belonging to two different families were killed overnight.",
         [("killed", "civilians", 11)]),
        ("The blast killed 14 members of the Karam family.", [("killed", "all", 14)]),
        # a long aside between the count and its verb
        ("At least 30 civilians, including 9 members of the Nasser family and five "
         "members of the Saleh family, were killed in the shelling.",
         [("killed", "civilians", 30), ("killed", "civilians", 9),
          ("killed", "civilians", 5)]),
        # parts of a count take its group unless they name their own
        ("At least five civilians, including two reporters and a young man, were killed.",
         [("killed", "civilians", 5), ("killed", "civilians", 2),
          ("killed", "civilians", 1)]),
        # an aside that ends is not a list of parts
        ("The raid left 3 dead (including 2 boys) and a number of injuries.",
         [("killed", "all", 3), ("killed", "children", 2), ("injured", "all", 2)]),
        # an age is not a toll (the neighbour is one killed)
        ("Her neighbour, aged either 52 or 53, was also killed.", [("killed", "all", 1)]),
    ],
)
def test_family_counts_and_asides(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    got = [(h.kind, h.group, h.quantity.low) for h in find_figures(sentence)
           if h.kind != "strikes"]
    assert got == expected


def test_earlier_counts_are_restated() -> None:
    hits = find_figures("Early reports said 12 were killed, but later counts gave 9 dead.")
    assert [(h.quantity.low, h.restated) for h in hits] == [(12, True), (9, False)]
    hits = find_figures("Local media initially reported four people killed.")
    assert [(h.quantity.low, h.restated) for h in hits] == [(4, True)]


def test_place_name_is_not_a_restatement() -> None:
    # "Uptown" is not "up to"
    hits = find_figures("7 shot in Uptown overnight")
    assert [(h.kind, h.quantity.low, h.restated) for h in hits] == [("injured", 7, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named person as the subject of a passive or intransitive verb of death
        ("On 3 May, Omar Khaled Abu Nasser was killed in a strike on his home.",
         [("killed", "all", 1, 1, "exact", "Omar Khaled Abu Nasser")]),
        ("Dr Layla Haddad was reportedly killed by a drone strike near the clinic.",
         [("killed", "all", 1, 1, "exact", "Dr Layla Haddad")]),
        ("Two cousins, 40-year-old Sami Farid Al-Masri and 35-year-old Rami Taha Odeh, were "
         "reported killed when a shell hit their car.",
         [("killed", "all", 2, 2, "exact",
           "40-year-old Sami Farid Al-Masri and 35-year-old Rami Taha Odeh")]),
        ("Nadia Salem (aged 31) died of her wounds in hospital.",
         [("killed", "all", 1, 1, "exact", "Nadia Salem")]),
        # companions named after the verb are counted with the person
        ("Yusuf Ali Hamdan was killed in the strike along with his three children.",
         [("killed", "all", 4, 4, "exact", "Yusuf Ali Hamdan")]),
        ("A woman was killed alongside her son.",
         [("killed", "all", 2, 2, "exact", "A woman")]),
        ("A man was killed along with his children.",  # how many children is not said
         [("killed", "all", 1, 1, "exact", "A man")]),
        # ages written "13 year-old" / "66-year old" still make a person
        ("A 13 year-old girl was killed in the raid.",
         [("killed", "children", 1, 1, "exact", "A 13 year-old girl")]),
        ("A 66-year old man was killed when the camp was shelled.",
         [("killed", "all", 1, 1, "exact", "A 66-year old man")]),
    ],
)
def test_named_dead(sentence, expected):
    assert [f for f in _figs(sentence) if f[0] == "killed"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Israeli Military killed three people.",  # active: the killer, not a victim
        "His cousin Hana Odeh posted that Samir Odeh was killed.",  # one name of a list
        "A year earlier, Marcus Lee was shot and killed near the school.",  # background
        "Relatives said Ahmad Nasser Salem died in the strike.",  # reported speech
        "Officer Dana Brooks killed the suspect.",
    ],
)
def test_named_dead_not_counted(sentence):
    assert not [f for f in _figs(sentence) if f[0] == "killed" and f[2] == 1
                and f[5][0].isupper() and " " in f[5] and f[5] != "the suspect"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "shot" as a noun: the gunshot, not the people
        ("The boy pulled the trigger, firing one shot.", []),
        ("Neighbours said just one shot was heard before midnight.", []),
    ],
)
def test_shot_as_noun(sentence: str, expected: list[tuple]) -> None:
    got = [(h.kind, h.quantity.low, sentence[h.quantity.start:h.quantity.end])
           for h in find_figures(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age modifying the noun of a count
        ("Two 15-year-old girls were killed on the porch.", [("killed", 2, "Two")]),
        # a headline's verb-before without its article
        ("Man arrested in killings of three hikers", [("killed", 3, "three")]),
        ("Suspect pleads not guilty to murdering two neighbors", [("killed", 2, "two")]),
    ],
)
def test_headline_and_age_counts(sentence: str, expected: list[tuple]) -> None:
    got = [(h.kind, h.quantity.low, sentence[h.quantity.start:h.quantity.end])
           for h in find_figures(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the dead named one by one after "identified the dead as"
        ("The coroner identified the dead victims as 58 year old Rosa Lind, and her 19 year "
         "old grandson Milo Lind", [("killed", 2)]),
        ("Police identified the dead as John Smith, 40; Mary Smith, 38; and Tom Jones, 19.",
         [("killed", 3)]),
        ("Police identified the dead man as John Smith.", [("killed", 1)]),
        # a set that says nothing of its kind is no toll
        ("Two of the victims were men and two were women.", []),
    ],
)
def test_identified_dead_and_neutral_sets(sentence: str, expected: list[tuple]) -> None:
    assert [(h.kind, h.quantity.low) for h in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one more person listed before "and", with a plural verb: counted per person
        ("Ortiz's uncle and a 12-year-old girl were also shot but survived.",
         [("injured", 2, "Ortiz's uncle and a 12-year-old girl")]),
        ("Ramirez and her 70-year-old father were wounded.",
         [("injured", 2, "Ramirez and her 70-year-old father")]),
        ("Another officer and a man also shot are in stable condition.",
         [("injured", 2, "Another officer and a man")]),
        # not a list of the hurt: a singular verb, or the police
        ("Carla was killed and her brother was injured.", [("injured", 1, "her brother")]),
        ("Police and a neighbour were wounded in the gunfire.",
         [("injured", 1, "a neighbour")]),
    ],
)
def test_person_listed_before(sentence: str, expected: list[tuple]) -> None:
    got = [(h.kind, h.quantity.low, sentence[h.quantity.start:h.quantity.end])
           for h in find_figures(sentence) if h.kind == "injured"]
    assert got == expected


@pytest.mark.parametrize("sentence", ["No one else was injured in the shooting.",
                                      "Nobody else was hurt, police said."])
def test_no_one_else_is_no_figure(sentence: str) -> None:
    # nobody besides those told: neither a zero toll nor the "one" of "no one"
    assert find_figures(sentence) == []


def test_killed_and_a_relative_is_not_a_role() -> None:
    # "killed and his brother": a new clause, not "killed the brother of ..."
    got = [(h.kind, h.quantity.low) for h in
           find_figures("A man was shot and killed and his brother was also shot.")]
    assert got == [("killed", 1), ("injured", 1)]


def test_double_hyphen_aside() -> None:
    # an aside set off by double hyphens, as by commas or dashes
    got = [(h.kind, h.quantity.low) for h in find_figures(
        "Five teens -- including a 12-year-old girl -- were wounded at the park.")]
    assert got[0] == ("injured", 5)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # police wording for one person
        ("A 16-year-old male was shot in the leg on Friday.", [("injured", 1)]),
        ("A juvenile was wounded in the arm, police said.", [("injured", 1)]),
        ("A woman and a male were hurt.", [("injured", 2)]),
    ],
)
def test_police_wording_persons(sentence: str, expected: list[tuple]) -> None:
    got = [(h.kind, h.quantity.low) for h in find_figures(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "another" and an age alone each name one person
        ("Another man was wounded in the leg.", [("injured", 1, "Another man")]),
        ("A 15-year-old was wounded in the arm.", [("injured", 1, "A 15-year-old")]),
        ("A woman was killed and another woman was hurt.",
         [("killed", 1, "A woman"), ("injured", 1, "another woman")]),
        # an age that is no subject of a casualty verb is nobody
        ("The suspect, a 20-year-old from Dayton, fled.", []),
    ],
)
def test_another_and_age_persons(sentence: str, expected: list[tuple]) -> None:
    got = [(h.kind, h.quantity.low, sentence[h.quantity.start:h.quantity.end])
           for h in find_figures(sentence)]
    assert got == expected


def test_killed_role_then_name() -> None:
    # "killed journalist Samir Haddad": the role noun before the name is one person
    sentence = "A drone strike killed journalist Samir Haddad, who was filming nearby."
    got = [(h.kind, h.quantity.low, sentence[h.quantity.start:h.quantity.end])
           for h in find_figures(sentence)]
    assert got == [("killed", 1, "journalist Samir Haddad")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages after a count are ages, and the count still binds to its verb
        ("2 children, ages 5 and 6, injured in accidental shooting",
         [("injured", "children", 2, 2, "exact", "2")]),
        ("Three boys, aged 12, 13 and 15, were wounded.",
         [("injured", "children", 3, 3, "exact", "Three")]),
        # an age between a person and the verb: "A woman, 31, was killed"
        ("A woman, 31, was killed and two men, 19 and 22, were shot.",
         [("killed", "women", 1, 1, "exact", "A woman"),
          ("injured", "all", 2, 2, "exact", "two")]),
    ],
)
def test_ages_after_a_count(sentence: str, expected: list[tuple]) -> None:
    assert _figs(sentence) == expected
