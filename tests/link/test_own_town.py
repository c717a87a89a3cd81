"""A report's own town (`describe`). All sentences are written for these tests."""

from datetime import date

from tolls.link import describe

DAY = date(2016, 3, 7)


def _town(title: str, text: str) -> tuple[str, str | None] | None:
    r = describe(text, published=DAY, title=title)
    return (r.place.name, r.place.admin1) if r.place else None


def test_a_state_the_story_writes_votes_for_its_own_town():
    title = "Boy hurt in Springfield shooting"
    text = "Deputies said the boy, 3, was shot at a home near Kingsport, Tennessee, on Sunday."
    assert _town(title, text) == ("Kingsport", "Tennessee")
    # nothing written: the title's town stands
    assert _town(title, "Deputies said the boy, 3, was shot at a home on Sunday.") \
        == ("Springfield", "Missouri")


def test_the_outlets_state_in_the_title_casts_no_vote():
    text = "Police said a boy was shot in Southaven on Sunday. A Memphis hospital treated him."
    title = "Boy hurt in Southaven shooting - WMC News - Memphis, TN"
    assert _town(title, text) == ("Southaven", "Mississippi")
    # the same state written in the story does vote
    assert _town("Boy hurt in Southaven shooting",
                 text + " Memphis, Tenn., police helped.") == ("Memphis", "Tennessee")
