"""Sentence splitting keeps offsets and knows abbreviations and list items."""

from __future__ import annotations

from tolls.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_split() -> None:
    text = ("The U.S. Army said Dr. Smith left on Nov. 23. "
            "He was shot at 6740 N. Clark St. Police came.")
    assert _texts(text) == [
        "The U.S. Army said Dr. Smith left on Nov. 23.",
        "He was shot at 6740 N. Clark St. Police came.",
    ]


def test_hard_wrapped_paragraph_is_one_block() -> None:
    text = "Syrian jets struck the\ncity on Tuesday. Ten people\nwere killed.\n\nNext paragraph."
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "Syrian jets struck the\ncity on Tuesday.", "Ten people\nwere killed.", "Next paragraph."]
    assert sentences[0].block == sentences[1].block != sentences[2].block


def test_list_items_are_blocks() -> None:
    text = "Strikes:\n- 27 November: seven killed\n  in Raqqa\n- 28 November: five killed"
    sentences = split_sentences(text)
    items = [s for s in sentences if s.item]
    assert [text[s.start:s.end] for s in items] == [
        "- 27 November: seven killed\n  in Raqqa", "- 28 November: five killed"]
    assert items[0].block != items[1].block


def test_offsets_are_exact() -> None:
    text = "  A man died.  Two more died!\n\n\"Three,\" he said. "
    for s in split_sentences(text):
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        assert text[s.start:s.end]


def test_a_full_stop_glued_to_the_next_sentence_splits() -> None:
    text = ("the house was destroyed.Al Mezan reported three dead. "
            "Two died in the strike.Hassan's brother said so.")
    assert _texts(text) == [
        "the house was destroyed.", "Al Mezan reported three dead.",
        "Two died in the strike.", "Hassan's brother said so."]


def test_glued_dots_in_urls_initials_decimals_and_abbreviations_do_not_split() -> None:
    for text in ("See www.Example.com for more.", "The U.S.Army said.", "It was 3.5 km away.",
                 "Write to bob@site.Com today.", "Read Al-Jazeera.Net today.",
                 "The prices etc.The end."):
        assert _texts(text) == [text]
