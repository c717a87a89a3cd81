"""A report's own town (`describe`): names that are no town there, and the
state a report writes. All sentences are written for these tests."""

from datetime import date

from tolls.link import describe

DAY = date(2016, 3, 7)


def _town(title: str, text: str) -> tuple[str, str | None] | None:
    r = describe(text, published=DAY, title=title)
    return (r.place.name, r.place.admin1) if r.place else None


def test_a_name_written_as_a_shop_is_no_town():
    title = "Teen killed in Macy's parking lot"
    # the text writes "a Macy's": a store, so the title's "Macy" (Nebraska) is no town
    text = "Officers said a teen was shot outside a Macy's store in Garland on Friday."
    assert _town(title, text) == ("Garland", "Texas")
    # never written with an article: the title's town stands
    assert _town(title, "Officers said a teen was shot in Garland on Friday.") \
        == ("Macy", "Nebraska")


def test_a_name_written_as_a_person_is_no_town():
    title = "Man charged in Friday shooting"
    # "Kyle Denton, 19", "Denton faces": a man, named twice, against one Garland
    text = ("Officers say Kyle Denton, 19, shot a neighbour in Garland on Friday. A "
            "witness saw Denton run away. Denton faces a murder charge.")
    assert _town(title, text) == ("Garland", "Texas")
    # a list of names is no "Town, State"
    text = ("Deputies held Kyle Denton, Maria Roe and a third man in Garland on Friday. "
            "A witness saw Denton run away. Denton faces a murder charge.")
    assert _town(title, text) == ("Garland", "Texas")
    # written as a place once ("in Denton", "Denton police"): a town at every mention
    text = ("A man was shot in Denton on Friday. A witness saw Denton police arrive. "
            "Denton faces a hard week.")
    assert _town(title, text) == ("Denton", "Texas")


def test_a_name_beside_no_other_name_stays_a_town():
    # "Uptown Denton" and "the Denton Record" make no person's name with it
    text = ("A man was hurt on Friday. Shots rang out in Uptown Denton again. The "
            "Denton Record said so. Denton was quiet by Sunday.")
    assert _town("Man hurt in shooting", text) == ("Denton", "Texas")


def test_a_state_the_story_writes_votes_for_its_own_town():
    title = "Boy hurt in Joplin shooting"
    text = "Deputies said the boy, 3, was shot at a home near Kingsport, Tennessee, on Sunday."
    assert _town(title, text) == ("Kingsport", "Tennessee")
    # nothing written: the title's town stands
    assert _town(title, "Deputies said the boy, 3, was shot at a home on Sunday.") \
        == ("Joplin", "Missouri")


def test_the_outlets_state_in_the_title_casts_no_vote():
    text = "Police said a boy was shot in Southaven on Sunday. A Memphis hospital treated him."
    title = "Boy hurt in Southaven shooting - WMC News - Memphis, TN"
    assert _town(title, text) == ("Southaven", "Mississippi")
    # the same state written in the story does vote
    assert _town("Boy hurt in Southaven shooting",
                 text + " Memphis, Tenn., police helped.") == ("Memphis", "Tennessee")


def test_a_newspapers_town_counts_after_the_storys():
    title = "Boy shot on Sunday"
    text = "The Tampa Times reported that a boy was shot in Lakeland on Sunday."
    assert _town(title, text) == ("Lakeland", "Florida")
    # named in the story as well ("Tampa police"): a town of the story
    text = "Tampa police said a boy was shot in Lakeland on Sunday, the Tampa Times reported."
    assert _town(title, text) == ("Tampa", "Florida")


def test_a_town_of_another_state_is_read_again_in_the_reports_state():
    title = "Teen hurt in Lakewood shooting"
    text = ("Police said a teen was shot in Lakewood on Friday. He was taken to a hospital "
            "in Tacoma. Officers in Tacoma are looking for a gray car, as are officers in "
            "Tacoma's suburbs.")
    # the gazetteer's Lakewood is in Colorado; the story is of Washington
    assert _town(title, text) == ("Lakewood", "Washington")
    # a town written with its state keeps it (and loses to the story's state)
    text = ("Police said a teen from Lakewood, Colo., was shot in Tacoma on Friday. He was "
            "taken to a hospital in Tacoma. Officers in Tacoma are looking for a gray car.")
    assert _town("Teen hurt in shooting", text) == ("Tacoma", "Washington")
    from tolls.link.reports import _in_state

    lakewood = describe("Shots were fired in Lakewood.", published=DAY).place
    assert lakewood is not None and lakewood.admin1 == "Colorado"
    assert _in_state(lakewood, "Washington", ()).admin1 == "Washington"
    assert _in_state(lakewood, "Washington", {"Lakewood"}) == lakewood
    # no town of the name in that state: the gazetteer's stands
    assert _in_state(lakewood, "Hawaii", ()) == lakewood
