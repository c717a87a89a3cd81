"""Reports linked by what their texts share beyond town and day: a street,
the story's particular words. All sentences are written for these tests."""

from dataclasses import replace
from datetime import date

from tolls.link import LinkSettings, describe, link_reports
from tolls.link._addresses import streets
from tolls.link._followups import recalled_days
from tolls.link._records import tokens
from tolls.link._stories import story, story_words
from tolls.types import Place

from .test_figureless import HESSTON, WICHITA, report

TOLEDO = Place("Toledo", 41.66, -83.56, geonames_id=5174035, admin1="Ohio")


def test_streets_are_read_with_one_spelling_and_without_their_direction():
    text = "Officers found him on Moss Trail, near West Algonquin Parkway."
    assert streets(text) == ["moss trl", "algonquin pkwy"]
    assert streets("The car was found on Algonquin Pkwy. Police said") == ["algonquin pkwy"]


def test_a_text_giving_an_address_counts_only_its_addressed_streets():
    text = ("Officers found him in the 4400 block of Moss Trail, then followed the car to "
            "Algonquin Parkway. A second man was hurt at 1200 West 79th Street.")
    assert streets(text) == ["moss trl", "1200 79th st"]
    # the street of the address, named again without its number, still counts
    assert streets("He lived at 310 Elm Court. Elm Court was closed; Oak Drive too.") == [
        "elm ct"]


def test_saints_courts_and_bare_numbered_streets_are_no_streets():
    text = ("He grew up in St. Louis and Port St. Lucie, appeared in Superior Court, "
            "and lived off 79th Street.")
    assert streets(text) == []


def test_a_follow_up_naming_the_street_joins_across_towns():
    first = replace(report("a", HESSTON, "2016-02-25", "A man was shot on Moss Trail."),
                    streets=["moss trl"])
    # filed from the county seat three weeks on, naming no day of its own
    arrest = replace(report("b", WICHITA, "2016-03-15", "An arrest in the Moss Trail case.",
                            end="2016-03-16"), streets=["moss trl"])
    _, placed = link_reports([], [first, arrest])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [first, arrest], LinkSettings(street_days=-1))
    assert off["a"] != off["b"]


def test_a_street_named_from_another_state_joins_when_it_names_the_first_town():
    kansas = replace(report("a", HESSTON, "2016-02-25", ""), streets=["moss trl"])
    ohio = replace(report("b", TOLEDO, "2016-03-02", "", end="2016-03-03"),
                   places=[TOLEDO, HESSTON], streets=["moss trl"])
    _, placed = link_reports([], [kansas, ohio])
    assert placed["a"] == placed["b"]


def test_one_street_in_two_states_or_months_apart_stays_apart():
    kansas = replace(report("a", HESSTON, "2016-02-25", ""), streets=["main st"])
    ohio = replace(report("b", TOLEDO, "2016-02-26", ""), streets=["main st"])
    later = replace(report("c", HESSTON, "2016-06-25", ""), streets=["main st"])
    _, placed = link_reports([], [kansas, ohio, later])
    assert len(set(placed.values())) == 3


STORY = ("Three people were shot outside the Blue Heron tavern after an argument over a "
         "parking space, and the owner said the tavern would stay closed until Friday.")
OTHER = ("A woman was wounded by gunfire while she sat on her porch, and neighbours said "
         "they heard several shots from a passing car before dawn.")


# Other stories, so that a word's rarity means something.
ELSEWHERE = [replace(report(f"o{i}", TOLEDO, f"2015-0{i}-01", ""), words=tokens(OTHER))
             for i in range(1, 4)]


def test_two_texts_retelling_one_story_join_across_towns():
    a = replace(report("a", HESSTON, "2016-02-25", ""), words=tokens(STORY))
    b = replace(report("b", WICHITA, "2016-02-27", "", end="2016-02-28"),
                words=tokens("Tavern owner speaks. " + STORY))
    _, placed = link_reports([], [a, b, *ELSEWHERE])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [a, b, *ELSEWHERE], LinkSettings(text_similarity=2))
    assert off["a"] != off["b"]


def test_two_stories_of_one_week_or_one_story_weeks_apart_stay_apart():
    a = replace(report("a", HESSTON, "2016-02-25", ""), words=tokens(STORY))
    b = replace(report("b", HESSTON, "2016-02-26", ""), words=tokens(OTHER))
    weeks = replace(report("c", WICHITA, "2016-03-25", ""), words=tokens(STORY))
    _, placed = link_reports([], [a, b, weeks, *ELSEWHERE])
    assert len({placed[d] for d in "abc"}) == 3


def test_one_story_in_two_states_needs_the_higher_bar():
    a = replace(report("a", HESSTON, "2016-02-25", ""), words=tokens(STORY))
    b = replace(report("b", WICHITA, "2016-02-26", ""), words=tokens("Owner speaks. " + STORY))
    ohio = replace(report("c", TOLEDO, "2016-02-26", ""), words=tokens("Owner speaks. " + STORY))
    _, placed = link_reports([], [a, b, *ELSEWHERE])
    assert placed["a"] == placed["b"]
    _, placed = link_reports([], [a, ohio, *ELSEWHERE])
    assert placed["a"] == placed["c"]
    stricter = LinkSettings(text_similarity_states=0.95)
    _, placed = link_reports([], [a, b, *ELSEWHERE], stricter)
    assert placed["a"] == placed["b"]
    _, placed = link_reports([], [a, ohio, *ELSEWHERE], stricter)
    assert placed["a"] != placed["c"]


def test_a_page_s_furniture_is_no_part_of_its_story():
    body = ("Police said two men were shot outside a bar on Friday.\n\n"
            "MORE FROM KXYZ.COM\n\n+ Burglars take a family's valuables\n\n"
            "Copyright 2016 KXYZ. All rights reserved.")
    assert story(body) == "Police said two men were shot outside a bar on Friday."
    words = story_words("Two shot", body)
    assert "bar" in words and "burglars" not in words and "reserved" not in words


def test_a_body_telling_of_no_shooting_is_page_furniture():
    paywall = "Sorry, this area is not in our delivery zone. Sign up for digital access."
    bare = describe(paywall, published=date(2016, 2, 25), title="Four hurt at Blue Heron tavern")
    assert "tavern" in bare.words and "delivery" not in bare.words
    story = describe(STORY, published=date(2016, 2, 25), title="Four hurt at Blue Heron tavern")
    assert "parking" in story.words


def test_a_follow_up_recalls_the_day_of_the_shooting_it_follows():
    text = ("A Hesston man was charged Monday in the Nov. 29 death of a teenager, "
            "police said Monday.")
    assert recalled_days(text, date(2016, 2, 1)) == ["2015-11-29"]
    # a day of the report's own week is its event's, not a recalled one
    assert recalled_days("He was shot Saturday, Jan. 30.", date(2016, 2, 1)) == []


def test_a_follow_up_joins_the_one_incident_of_the_day_it_recalls():
    first = report("a", HESSTON, "2015-11-29", "A teenager was shot Sunday in Hesston.")
    other = report("b", HESSTON, "2015-12-04", "A woman was wounded Friday in Hesston.")
    charged = replace(report("c", HESSTON, "2016-02-01", "A man was charged.", end="2016-02-02"),
                      recalled=["2015-11-29"])
    _, placed = link_reports([], [first, other, charged])
    assert placed["c"] == placed["a"] != placed["b"]
    _, off = link_reports([], [first, other, charged], LinkSettings(recall_days=-1))
    assert off["c"] != off["a"]


def test_a_recalled_day_with_two_incidents_or_at_another_town_joins_nothing():
    # two children's shootings of one day (kept apart by their headlines' ages)
    one = replace(report("a", HESSTON, "2015-11-29", "A boy was shot Sunday in Hesston."),
                  ages=[3])
    two = replace(report("b", HESSTON, "2015-11-29", "A girl was shot Sunday in Hesston."),
                  ages=[9])
    charged = replace(report("c", HESSTON, "2016-02-01", "A man was charged.", end="2016-02-02"),
                      recalled=["2015-11-29"])
    elsewhere = replace(report("d", WICHITA, "2016-02-01", "A man was charged.",
                               end="2016-02-02"), recalled=["2015-11-29"])
    _, placed = link_reports([], [one, two, charged, elsewhere])
    assert placed["a"] != placed["b"]
    assert placed["c"] not in (placed["a"], placed["b"])
    assert placed["d"] not in (placed["a"], placed["b"])


HEAD = "One dead, six hurt in Riverbend Old Town tavern shooting"
SAME_HEAD = "One killed, six injured in Old Town tavern shooting"
OTHER_HEAD = "Woman wounded on her porch by gunfire from passing car"
# Other headlines, so that a word's rarity means something.
HEADLINES = [replace(report(f"h{i}", TOLEDO, f"2015-0{i}-01", ""), headline=tokens(OTHER_HEAD))
             for i in range(1, 4)]


def test_two_headlines_sharing_rare_words_within_days_join():
    a = replace(report("a", HESSTON, "2016-02-25", ""), headline=tokens(HEAD))
    # a second outlet's page, its body a sign-up box, its town not read
    b = replace(report("b", None, "2016-02-26", ""), headline=tokens(SAME_HEAD))
    _, placed = link_reports([], [a, b, *HEADLINES])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [a, b, *HEADLINES], LinkSettings(headline_similarity=2))
    assert off["a"] != off["b"]


def test_like_headlines_in_two_states_or_a_week_apart_stay_apart():
    a = replace(report("a", HESSTON, "2016-02-25", ""), headline=tokens(HEAD))
    ohio = replace(report("b", TOLEDO, "2016-02-26", ""), headline=tokens(SAME_HEAD))
    later = replace(report("c", HESSTON, "2016-03-04", ""), headline=tokens(SAME_HEAD))
    _, placed = link_reports([], [a, ohio, later, *HEADLINES])
    assert len({placed[d] for d in "abc"}) == 3


def test_headlines_at_one_town_join_at_a_lower_bar():
    # TF-IDF cosine 0.47 among these headlines: under the state's bar (0.5)
    arrest = "Teen charged after downtown shooting spree"
    news = "Downtown shooting spree leaves teen hurt"
    a = replace(report("a", HESSTON, "2016-02-25", ""), headline=tokens(news))
    b = replace(report("b", HESSTON, "2016-02-26", ""), headline=tokens(arrest))
    _, placed = link_reports([], [a, b, *HEADLINES])
    assert placed["a"] == placed["b"]
    _, off = link_reports([], [a, b, *HEADLINES], LinkSettings(headline_similarity_town=2))
    assert off["a"] != off["b"]
    # two towns of one state keep the state's bar
    wichita = replace(b, place=WICHITA, places=[WICHITA])
    _, placed = link_reports([], [a, wichita, *HEADLINES])
    assert placed["a"] != placed["b"]


def test_a_page_without_a_story_joins_the_story_holding_its_headline():
    words = tokens(HEAD + ". " + STORY)
    a = replace(report("a", HESSTON, "2016-02-25", ""), words=words, headline=tokens(HEAD))
    head = "Parking space argument outside Blue Heron tavern ends in gunfire"
    paywall = replace(report("b", None, "2016-02-26", ""), words=tokens(head),
                      headline=tokens(head))
    others = [replace(report(f"o{i}", TOLEDO, f"2016-02-2{i}", ""), words=tokens(OTHER),
                      headline=tokens(OTHER_HEAD)) for i in range(4, 7)]
    only = LinkSettings(text_similarity=2, headline_similarity=2)  # this rule alone
    _, placed = link_reports([], [a, paywall, *others], only)
    assert placed["a"] == placed["b"]
    assert placed["o5"] != placed["b"]  # a story of that day without its headline's words
    only.headline_in_story = 2
    _, off = link_reports([], [a, paywall, *others], only)
    assert off["a"] != off["b"]


def test_a_page_with_a_story_of_its_own_is_not_read_by_its_headline_alone():
    a = replace(report("a", HESSTON, "2016-02-25", ""), words=tokens(STORY),
                headline=tokens("Tavern shooting"))
    head = "Blue Heron tavern owner closes after parking argument"
    # its body tells another story: the story's words, not the headline's, count
    b = replace(report("b", None, "2016-02-26", ""), words=tokens(head + ". " + OTHER),
                headline=tokens(head))
    _, placed = link_reports([], [a, b, *ELSEWHERE],
                             LinkSettings(text_similarity=2, headline_similarity=2))
    assert placed["a"] != placed["b"]
