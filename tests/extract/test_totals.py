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


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # an unnumbered survivor counts one when nobody died
        ("Girl, 7, wounded on porch", "A 7-year-old girl was shot in the arm on Sunday.",
         "injured", 1),
        ("Teen recovering", "A teenager is in stable condition after he shot himself in the "
         "foot while cleaning a rifle.", "injured", 1),
        # ... but not when the article reports a death
        ("Man dies after shooting", "Police said the victim had been shot near a bar.",
         "injured", 0),
        # a headline's unnumbered death
        ("Boy, 5, dies after gun accident", "Police are investigating the incident.",
         "killed", 1),
        # a murder-suicide without a number is the victim and the killer
        ("Police investigate murder-suicide", "Officers found a couple in the kitchen.",
         "killed", 2),
        # the killer's own death beside the victims' figure
        ("Father kills two daughters, then himself", "Neighbours heard shots.", "killed", 3),
        ("Farm shooting", "A farmer shot and killed three workers before turning the gun on "
         "himself, deputies said.", "killed", 4),
        # joined counts of one sentence are summed
        ("Parade shooting", "Four officers and two bystanders were wounded on Main Street.",
         "injured", 6),
        # a quadruple shooting is four people shot, the dead among them
        ("One dead in quadruple shooting", "Police have made no arrests.", "injured", 3),
    ],
)
def test_article_total_unnumbered(title: str, text: str, kind: str, total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a city's or a period's tally is background, not the incident
        ("Shooting on Oak Street", "More than 300 people have been shot in the city this "
         "year. A man was wounded on Oak Street on Sunday.", "injured", 1),
        ("Gunfire at party", "At least 40 people were killed in the county in March alone. "
         "Two men were wounded at a party.", "killed", 0),
        # a headline's "1 killed 3 injured" without commas
        ("1 killed 3 injured in weekend shooting", "Police are looking for a car.",
         "injured", 3),
        # a headline's unnumbered killing: a slaying, a coroner's identification
        ("Arrest in slaying of 7-year-old", "Detectives made the arrest on Monday.",
         "killed", 1),
        # a double/triple homicide is that many dead
        ("Names released in triple homicide", "Officers found the victims on Friday.",
         "killed", 3),
        # a toll restated as it rises is still the incident's
        ("Second victim dies", "A man wounded in Friday's shooting has died, bringing the "
         "number of dead to two.", "killed", 2),
    ],
)
def test_article_total_background_and_headlines(title: str, text: str, kind: str,
                                                total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # "shot" as a noun is a gunshot, not a person shot
        ("Boy dies in gun accident", "Only one shot was fired, and neighbours heard one "
         "shot from the yard.", "injured", 0),
        # a wounded person whose later death the sentence tells is a death
        ("Store clerk dies", "A clerk who was wounded in the robbery on Friday has died at "
         "the hospital.", "injured", 0),
        # a vague lead figure gives way to an exact one within its range
        ("Gunfire at reception", "The man who shot several people at a reception was "
         "arrested. Six people were shot, including the groom.", "injured", 6),
    ],
)
def test_article_total_shots_and_survivors(title: str, text: str, kind: str,
                                           total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a survivor beside the dead, told without a number
        ("2 dead, girl injured in apartment shooting", "Police have made no arrest.",
         "injured", 1),
        ("Farmhand shooting", "Two workers were killed and another critically wounded on a "
         "ranch on Monday.", "injured", 1),
        ("Couple dead, son in hospital after murder-suicide", "Deputies found the couple "
         "on Sunday.", "injured", 1),
        # ... not the dead themselves on their way to hospital
        ("Teen dies after shooting", "The teen was taken to the hospital with a gunshot "
         "wound, where he died.", "injured", 0),
        # whom a shooting hit, when the article reports no death
        ("Toddler accidentally shoots 8-year-old cousin", "Deputies are investigating.",
         "injured", 1),
        ("Arrest in shooting of neighbor's 6-year-old", "A man was arrested on Monday.",
         "injured", 1),
        ("Hunter airlifted after accident", "The hunter was airlifted from the woods.",
         "injured", 1),
        # ... and a clause saying nobody was hurt
        ("Shots fired at a bus stop", "No one was injured, police said.", "injured", 0),
    ],
)
def test_article_total_unnumbered_survivor(title: str, text: str, kind: str,
                                           total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a killing told in words without a number is one dead
        ("Teen charged with murder in shooting of classmate", "A hearing is set for May.",
         "killed", 1),
        ("Toddler fatally shoots himself with father's pistol", "Deputies responded.",
         "killed", 1),
        # ... not one that was tried, nor a unit or a vigil named after killings
        ("Man charged with attempted murder", "A woman was shot in the arm.", "killed", 0),
        ("Vigil at the park", "Neighbours gathered for a vigil for a homicide victim.",
         "killed", 0),
        # the killer's death told beside the victims' figure
        ("Mall shooting", "Two clerks and a gunman are dead after a shooting at the mall.",
         "killed", 3),
        ("Mall shooting", "Two clerks were fatally shot before officers killed the gunman.",
         "killed", 3),
        ("Two sisters killed, father commits suicide", "Deputies found them at home.",
         "killed", 3),
    ],
)
def test_article_total_killing_words(title: str, text: str, kind: str, total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # a headline listing the dead one by one, without a number
        ("Arrest in shooting deaths of grandmother and 6-year-old grandson",
         "Police arrested a man on Friday.", 2),
        ("Father, teenage daughter shot & killed at farm", "Deputies are investigating.", 2),
        ("Man kills ex-wife, himself at office park", "Police say he used a rifle.", 2),
        ("Two adults, one child dead in farmhouse", "Deputies found them on Friday.", 3),
        ("2 guards, gunman dead at warehouse", "Deputies sealed the site.", 3),
        ("4 killed at farm; suspect dead, boy hospitalized", "Deputies sealed the farm.", 5),
        # ... not a single death, nor a list of who did something else
        ("Man killed in crash on Route 9", "The driver lost control.", 1),
        ("Man kills ex-wife, shoots teen son at diner", "The son is in hospital.", 1),
    ],
)
def test_article_total_headline_lists_the_dead(title: str, text: str, total: int) -> None:
    assert _article(title, text, "killed") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        # a headline listing the hurt one by one, or in counted groups
        ("Woman and 4-year-old son injured in drive-by", 2),
        ("Boy charged after accidentally shooting self, cousin", 2),
        ("Block party gunfire leaves 2 men, 1 woman wounded", 3),
        ("4 adults, 3 teens shot outside skating rink", 7),
        # ... not the dead of a shooting
        ("Arrest in shooting deaths of neighbor, his son", 0),
    ],
)
def test_article_total_headline_lists_the_hurt(title: str, total: int) -> None:
    assert _article(title, "Police are investigating.", "injured") == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # the killer's death told apart from those he killed: GVA counts him too
        ("Gunman kills 3 at warehouse", "A gunman killed three workers at a warehouse on "
         "Friday. The gunman was shot and killed by deputies.", "killed", 4),
        # ... not when the figure is told in the passive and may count him already
        ("Warehouse shooting", "Four people are dead after a shooting at a warehouse. The "
         "gunman was later found dead.", "killed", 4),
        # other deaths than the incident's: a year's count, a death that was no shooting
        ("Two hurt in drive-by", "Two men were wounded on Elm Street. It was the tenth "
         "homicide of the year, police said; 12 people were killed every year there.",
         "killed", 0),
        ("Shots fired at a wake", "Three men were shot at a wake for a man who had died of "
         "natural causes.", "killed", 0),
    ],
)
def test_article_total_killer_and_background(title: str, text: str, kind: str,
                                             total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # "passed away" tells a killing; "non-fatal" does not
        ("Prayers for a family", "Our son passed away after a gunshot wound last May.", 1),
        ("Five shot at vigil", "Police are at the non-fatal shooting scene on North Avenue.",
         0),
        # a funeral's dead are earlier deaths
        ("Four hurt at funeral", "Four people were shot at the funeral of a man who died "
         "last week.", 0),
    ],
)
def test_article_total_killing_told_or_not(title: str, text: str, total: int) -> None:
    assert _article(title, text, "killed") == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a wounded person's death restating the toll is a death, not a survivor
        ("Third victim dies", "A man who was wounded in the bar shooting has died, bringing "
         "the death toll to three.", "injured", 0),
        # a list of other stories ("+ ...") is not the article's incident
        ("Teen killed on porch", "A teen was shot dead on a porch on Friday.\n\n"
         "+ 1 dead, 2 wounded in downtown shooting", "injured", 0),
        # a blast's hurt are no shooting's
        ("Teen killed at apartments", "A teen was shot dead at an apartment complex. "
         "25 hurt in apparent explosion in a nearby city.", "injured", 0),
    ],
)
def test_article_total_other_stories(title: str, text: str, kind: str, total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # how many a shooter hit, less the article's dead
        ("Party gunman arrested", "Police arrested a man accused of shooting five people "
         "at a house party after he was asked to leave.", 5),
        ("Gunman charged with murder", "A man accused of shooting six people at a cookout, "
         "killing one of them, was charged on Monday.", 5),
        ("Victims of bar shooting named", "The two men killed in the shooting of six people "
         "at a bar were named on Friday.", 4),
        ("Club gunman sought", "A man opened fire outside a club on Sunday night, "
         "striking four people, police said.", 4),
        # ... not an earlier year's shooting
        ("Suspect's past", "In 2015 he was accused of shooting three people.", 0),
    ],
)
def test_article_total_people_shot(title: str, text: str, total: int) -> None:
    assert _article(title, text, "injured") == total


# A lead that reports deaths and no survivor: what follows decides.
_BODY = ("Two people were shot and killed in a house on Elm Street on Friday night. "
         "Police were called at 11 p.m. Officers found the victims in the living room. "
         "Neighbours said they heard an argument. ")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a survivor besides the dead, told after the lead, is one injured
        (_BODY + "The mother was also shot and attacked in the kitchen.", 1),
        (_BODY + "Another child was hospitalized with a wound to the arm.", 1),
        (_BODY + "Their neighbour, Dana Smith, 40, was also shot.", 1),
        (_BODY + "The grocer was shot twice in the chest but survived.", 1),
        (_BODY + "Their mother was also found in the bedroom with gunshot wounds.", 1),
        # not one: the other is the shooter, an earlier event, a death, a house
        (_BODY + "The boy was shot by another boy, 12.", 0),
        (_BODY + "A year ago, another man was also shot on the same block.", 0),
        (_BODY + "A second teen was also shot and killed later that night.", 0),
        (_BODY + "Two houses nearby were also hit by gunfire.", 0),
        (_BODY + "He is survived by his wife and two sons.", 0),
    ],
)


def test_article_total_survivor_beside_the_dead(text: str, total: int) -> None:
    assert _article("Shooting on the north side", text, "injured") == total


_WALL_TEXT = ("Almost there!\n\nWe have sent you a verification email. Click the link in it "
              "to finish signing up.\n\nClose")
_CLIPS = ("1:12 Man killed in crash on the interstate Pause\n\n0:45 Three hurt in a house "
          "fire\n\n2:03 Mayor talks about the budget\n\n1:30 Two dead in a lake drowning")


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a sign-in wall or a menu of video clips is not the article: the title tells
        ("Woman wounded in drive-by shooting", _WALL_TEXT, "injured", 1),
        ("Boy shoots himself in the hand while cleaning a rifle", _CLIPS, "injured", 1),
        ("Boy shoots himself in the hand while cleaning a rifle", _CLIPS, "killed", 0),
        ("Police chief holds a press conference", _CLIPS, "injured", 0),
        # a short article is still an article
        ("Shooting downtown", "Two men were wounded in a shooting downtown on Friday.",
         "injured", 2),
    ],
)
def test_article_total_page_furniture(title: str, text: str, kind: str, total: int) -> None:
    assert _article(title, text, kind) == total


def test_article_total_age_apposition_survivor() -> None:
    # "Girl, 9, accidentally shot": the age between the noun and the verb
    assert _article("Girl, 9, accidentally shot at a relative's home", "", "injured") == 1
    assert _article("Man, 30, wounded near the park", "", "injured") == 1


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # one dead, then "a man ... shot" told again: the dead victim, not a survivor
        ("Man shot dead outside a bakery",
         "A baker was fatally shot outside his shop on Monday. Neighbours said he had "
         "worked there for years. Police said they got a call about a man being shot at "
         "6 a.m.", 0),
        # another person shot beside the dead is a survivor
        ("Man shot dead outside a bakery",
         "A baker was fatally shot outside his shop on Monday. Neighbours said he had "
         "worked there for years. A second man was also shot and is in stable condition.", 1),
        ("Teen killed, driver wounded",
         "A teen was killed and a delivery driver was shot on Elm Street on Monday.", 1),
    ],
)
def test_article_total_dead_victim_told_again(title: str, text: str, total: int) -> None:
    assert _article(title, text, "injured") == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a round-up's figures sum several shootings: not the article's incident
        ("3 dead, 12 wounded in weekend shootings across the city",
         "A 20-year-old man was killed on Elm Street on Friday night.", "killed", 1),
        ("3 dead, 12 wounded in weekend shootings across the city",
         "A 20-year-old man was killed on Elm Street on Friday night.", "injured", 0),
        ("Quiet street shaken", "Five people were wounded in two separate shootings on "
         "Sunday. In the first, a man and his nephew were wounded outside a store.",
         "injured", 2),
        ("Violent night in the city leaves 4 hurt", "", "injured", 0),
        ("1 dead, 5 wounded in East Side shootings", "", "injured", 0),
        ("Three teens shot in 24-hour span", "", "injured", 0),
        ("Boy wounded at home", "A boy, 9, was wounded in his home on Monday. Eleven people "
         "were shot in the city in about eight hours.", "injured", 1),
        # one shooting with several victims is not a round-up
        ("4 wounded in shooting at a birthday party", "", "injured", 4),
        ("Gunman pleads guilty", "Three people were killed in the shootings at the mall.",
         "killed", 3),
    ],
)
def test_article_total_round_up(title: str, text: str, kind: str, total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # a headline or lead that tells one killed, then another shot: the second lived
        ("Woman kills husband, shoots her stepson before fleeing", "", 1),
        ("Gunman killed clerk, shooting a customer in the arm", "", 1),
        ("Suspect in court", "A man accused of murdering his wife, and shooting her "
         "brother, appeared in court on Monday.", 1),
        # one killing only
        ("Woman kills husband before fleeing", "", 0),
    ],
)
def test_article_total_kills_then_shoots(title: str, text: str, total: int) -> None:
    assert _article(title, text, "injured") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # one death: "he" / "the victim" in a survivor's state is the one who died
        ("A 19-year-old man died after a shooting on Elm Street on Friday. He was taken to "
         "the hospital in critical condition.", 0),
        # a survivor named apart from the one who died
        ("A 19-year-old man died after a shooting on Elm Street on Friday. His cousin "
         "was taken to the hospital in critical condition.", 1),
    ],
)
def test_article_total_one_death_told_again(text: str, total: int) -> None:
    assert _article("Shooting on Elm Street", text, "injured") == total


def test_article_total_stated_total() -> None:
    # a stated total is the article's toll when it gives no other figure
    text = ("Police gave an update on Monday. A total of 12 people were killed in the "
            "attack; another 20 were wounded.")
    assert _article("Police update on the attack", text, "killed") == 12
    assert _article("Police update on the attack", text, "injured") == 20


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # some of a count of the hurt died, told right after it: the rest are injured
        ("Police said five people were wounded in the fight at the bar. One of "
         "the victims died at the hospital.", 4),
        ("Three people were wounded, including a man who later died, police said.", 2),
        ("A guard was fatally shot on Friday. The guard was among four people shot "
         "outside the club.", 3),
        # survivors only: "among 20 others wounded"
        ("A guard was fatally shot on Friday. Ray Cole was among the 20 others wounded "
         "outside the club.", 20),
        # no one of them died
        ("Police said five people were wounded in the fight at the bar. "
         "All are expected to survive.", 5),
    ],
)
def test_article_total_some_of_the_hurt_died(text: str, total: int) -> None:
    assert _article("Shooting outside a club", text, "injured") == total


_STATEMENT = ("The school district released a statement on Monday. Classes will resume as "
              "usual. Counsellors will be available for students. Parents were sent a letter. ")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # no death told, no injured figure: a survivor in the first paragraphs counts one
        (_STATEMENT + "The accidental shooting on Friday sent a student to the hospital.", 1),
        # a count of people a shooter hit comes before an unnumbered survivor
        (_STATEMENT + "A gunman opened fire at the party, shooting six people. One victim "
         "was taken to the hospital in stable condition.", 6),
        (_STATEMENT + "A teen was airlifted to a children's hospital after the gun went "
         "off.", 1),
        (_STATEMENT + "No one was hurt.", 0),
    ],
)
def test_article_total_survivor_in_first_paragraphs(text: str, total: int) -> None:
    assert _article("School reopens after shooting", text, "injured") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a survivor told by a wound or a state, beside the dead, is one injured
        (_BODY + "A deputy sustained a minor gunshot wound to the shoulder.", 1),
        (_BODY + "A bystander suffered a bullet graze to the cheek.", 1),
        (_BODY + "Maria Lopez is in stable condition after the gunman shot her.", 1),
        (_BODY + "The officer was discharged from the hospital on Sunday evening.", 1),
        # not one: the dead victim again, or a sentence that tells the death
        (_BODY + "Paramedics found that he had suffered a gunshot wound.", 0),
        (_BODY + "The victim sustained a gunshot wound to the head.", 0),
        (_BODY + "A man sustained a gunshot wound and died at the scene.", 0),
    ],
)
def test_article_total_survivor_wound_or_state(text: str, total: int) -> None:
    assert _article("Shooting on the north side", text, "injured") == total


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # one of N hurt died: the others lived
        ("One of two teens shot near the river on Friday dies", "", 1),
        ("One of three people wounded at a bus stop has died", "", 2),
        # a next victim told by ordinal adds one to the lead's count
        ("Shooting on Elm Street", "Three men were shot on Elm Street late on Friday, "
         "police said. A fourth man who was shot turned up later at a clinic.", 4),
        # an ordinal counts the dead too, and glass is not gunfire
        ("Shooting on Elm Street", "One man was killed and two others were wounded on Elm "
         "Street, police said. A third man was shot in the hand.", 2),
        ("Shooting on Elm Street", "Three men were shot on Elm Street late on Friday, "
         "police said. A fourth man was injured by broken glass.", 3),
    ],
)
def test_article_total_one_of_n_and_ordinals(title: str, text: str, total: int) -> None:
    assert _article(title, text, "injured") == total


@pytest.mark.parametrize(
    ("title", "text", "total"),
    [
        # victims told as other than the dead are the hurt
        ("Two dead in bar shooting", "Two men were shot and killed outside a bar on Main "
         "Street early on Sunday. Three other gunshot victims drove themselves to the "
         "clinic, police said.", 3),
        ("Two dead in bar shooting", "Two men were shot and killed outside a bar on Main "
         "Street early on Sunday. Two other shooting victims died at the scene.", 0),
    ],
)
def test_article_total_other_victims(title: str, text: str, total: int) -> None:
    assert _article(title, text, "injured") == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a tally over months is not the article's incident
        ("Boy, 6, dies after finding a gun", "A 6-year-old boy died after he found a loaded "
         "gun at home. The prosecutor said nine children have been shot in the past 14 "
         "months across the county.", "injured", 0),
        # two shooting incidents in one headline are a round-up, also after "St."
        ("One dead, one critical after three separate shooting incidents in Oakland", "",
         "injured", 0),
        ("Two dead, one hurt in overnight St. Paul shootings", "", "killed", 0),
    ],
)
def test_article_total_tallies_and_round_ups(title: str, text: str, kind: str,
                                              total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("text", "kind", "total"),
    [
        # another kind of event told beside the shooting is not its toll
        ("A man was shot and killed on Oak Street on Friday. Related: 30 hurt in a gas "
         "explosion downtown.", "injured", 0),
        ("A man was shot and killed on Oak Street on Friday. Related: 30 hurt in a gas "
         "explosion downtown.", "killed", 1),
        # gunfire told with the crash is the shooting's
        ("Two people were shot and wounded before the gunman crashed his car.", "injured", 2),
    ],
)
def test_article_total_other_kind_of_event(text: str, kind: str, total: int) -> None:
    assert _article("Shooting on Oak Street", text, kind) == total


@pytest.mark.parametrize(
    ("title", "text", "kind", "total"),
    [
        # a named victim "killed," in a headline is one killing
        ("Jane Roe killed, two hurt in shooting near the mall", "", "killed", 1),
        # but not in a round-up's headline
        ("Veteran killed, three teens hurt in three shootings over two days", "", "killed",
         0),
    ],
)
def test_article_total_named_killed_headline(title: str, text: str, kind: str,
                                             total: int) -> None:
    assert _article(title, text, kind) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an ordinal within the dead is one of them
        ("Police found three people shot dead inside a house on Pine Street. Officers "
         "later found a third person shot in the garage.", 0),
        # an ordinal past the dead is a survivor
        ("Two men were shot dead inside a house on Pine Street. Officers later found a "
         "third man shot in the garage.", 1),
    ],
)
def test_article_total_ordinal_within_the_dead(text: str, total: int) -> None:
    assert _article("Shooting on Pine Street", text, "injured") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        # a headline's one counted group in a survivor's state is that many hurt
        ("Three cousins recovering after accidental shooting at a farm", 3),
        # not a round-up's count, nor the dead ("shot dead")
        ("Three teens shot in 24-hour span across town", 0),
        ("Two brothers shot dead at their home", 0),
    ],
)
def test_article_total_headline_counted_group(title: str, total: int) -> None:
    assert _article(title, "", "injured") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        # those a shooter hit, less the dead, when the figures tell fewer
        ("Man held after shooting four people at a party", 4),
        ("Man held after shooting three people, killing two, at a party", 1),
    ],
)
def test_article_total_people_shot_over_one_told(title: str, total: int) -> None:
    text = "A 30-year-old woman was shot in the arm, police said."
    assert _article(title, text, "injured") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "both" hurt beside a lead that tells one survivor: two
        ("A teen was shot in the arm outside a store on Friday. The clerk fired back, "
         "hitting the robber. Both were taken to a hospital in stable condition.", 2),
        # not beside a death: "both" may count the dead
        ("A teen was shot and killed outside a store on Friday. A clerk was shot in the "
         "leg. Both were taken to a hospital in stable condition.", 1),
    ],
)
def test_article_total_both_hurt(text: str, total: int) -> None:
    assert _article("Teen shot outside store", text, "injured") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # beside the dead, someone found badly hurt is a survivor
        ("Two brothers were shot dead in their home on Birch Lane on Monday. Their "
         "grandmother was found seriously injured in the kitchen.", 1),
        # someone found dead is not
        ("Two brothers were shot dead in their home on Birch Lane on Monday. Their "
         "grandmother was found dead in the kitchen.", 0),
    ],
)
def test_article_total_found_badly_hurt(text: str, total: int) -> None:
    assert _article("Two brothers shot dead", text, "injured") == total


@pytest.mark.parametrize(
    ("text", "kind", "total"),
    [
        # the hurt one of a shooting that killed another died later: two dead
        ("A woman wounded in a shooting that killed her husband on Maple Road died on "
         "Tuesday, police said.", "killed", 2),
        ("A woman wounded in a shooting that killed her husband on Maple Road died on "
         "Tuesday, police said.", "injured", 0),
        # the one who "died" here is the dead told beside the hurt
        ("A woman was wounded and her husband died in a shooting on Maple Road on "
         "Tuesday, police said.", "killed", 1),
        ("A woman was wounded and her husband died in a shooting on Maple Road on "
         "Tuesday, police said.", "injured", 1),
    ],
)
def test_article_total_hurt_one_died_later(text: str, kind: str, total: int) -> None:
    assert _article("Shooting on Maple Road", text, kind) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a count since a weekday is a tally, not the article's incident
        ("Five people were shot on Walnut Street on Sunday. The attacks brought to 60 the "
         "number of people shot since Thursday, with 9 of them killed.", 0),
        # a blaze told beside the shooting is another event
        ("Five people were shot on Walnut Street on Sunday. Related: 20 feared dead in "
         "fire at a downtown warehouse.", 0),
        # gunfire told with a fire is the shooting's
        ("A man opened fire on Walnut Street on Sunday, killing two people.", 2),
    ],
)
def test_article_total_tallies_and_blazes(text: str, total: int) -> None:
    assert _article("Shooting on Walnut Street", text, "killed") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        # a child told by age is one of the headline's list
        ("Gunfire at a park leaves 5-year-old, 2 others wounded", 3),
        # one child by age alone is no list
        ("Gunfire at a park leaves 5-year-old wounded", 1),
    ],
)
def test_article_total_headline_lists_an_age(title: str, total: int) -> None:
    assert _article(title, "", "injured") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # one of a count of the dead is that count
        ("One of the four people shot and killed at the mall on Friday was a nurse from "
         "Dover.", 4),
        # one of a count that is not the dead is one
        ("One of the four people shot at the mall on Friday died at the hospital.", 1),
    ],
)
def test_article_total_one_of_the_dead(text: str, total: int) -> None:
    assert _article("Mall shooting victims named", text, "killed") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "the shootings last month" dates the incident
        ("A man accused in the Elmwood shootings last month pleaded not guilty on Monday "
         "to murdering four people.", 4),
        # a count of a month is a tally
        ("A man was shot dead on Elm Street on Monday. Police said 11 people were killed "
         "in the county last month.", 1),
    ],
)
def test_article_total_incident_last_month(text: str, total: int) -> None:
    assert _article("Suspect in court", text, "killed") == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # those shot, fewer than the dead, are the dead
        ("Five people are dead after a shooting at a farmhouse on Monday. Deputies were "
         "called after neighbors heard that three people had been shot at the farm.", 0),
        # more shot than dead: the others lived
        ("One man is dead after a shooting at a farmhouse on Monday. Deputies were "
         "called after neighbors heard that three people had been shot at the farm.", 3),
    ],
)
def test_article_total_shot_fewer_than_the_dead(text: str, total: int) -> None:
    assert _article("Farmhouse shooting", text, "injured") == total
