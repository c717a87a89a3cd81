"""Casualty and strike figures inside one sentence.

A number is a figure only when it is grammatically tied to a casualty or
strike word. For each quantity (numbers.py) the cascade below is tried in
order and the first rule that fires decides kind and group:

  0. reject: dates, times, years, ages, units ("18 months", "5 km", "$50,000"),
     labels ("No. 3", "Route 9", "call 911"), "Smith, 34," appositions;
  1. sub-figure: "including three children", "of whom at least 52 civilians"
     -> same kind as the figure before it, group from the noun;
  2. toll phrase before: "the death toll rose to 87", "fatalities coded at least 6";
  3. verb before: "killing at least five people", "injured 12";
  4. noun after: "70 dead", "5 fatalities", "ten airstrikes", "dozens of wounded";
  5. verb after: "70 people died", "five were killed", "a man was shot dead";
  6. "struck the city ten times" -> strikes.

Between a quantity and its noun/verb only a short noun phrase may stand
("people", "more civilians", "members of the same family"), an optional
parenthesis or ", including ...," aside, and auxiliaries ("were", "have
been", "reportedly"). A force size ("5,000 troops are based") or crowd
("dozens of people were gathered") never reaches a casualty word this way.
Zero statements ("no civilian casualties", "no one was hurt") are rule Z.
Word lists live in lexicons/casualty_words.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from tolls.extract._automaton import match_form, trie
from tolls.extract.numbers import Quantity, find_quantities, to_int
from tolls.lexicons import load

# A word of a noun phrase: no digits first, no sentence-final dot ("U.S. troops" is fine).
_WORD = r"[^\W\d][\w'’-]*(?:\.[^\W\d][\w'’-]*)*(?:\.(?=\s+[a-z]))?"
_NP_STOP = (
    "were|was|are|is|be|been|being|have|has|had|who|that|which|and|or|but|in|on|at|after|"
    "when|while|during|by|from|to|with|as|for|than|into|near|since|said|says|say|told|"
    "according|until|before|because|if|not|also|reportedly|including|among|killed|dead|"
    "died|injured|wounded|hurt|missing"
)
_AUX = (
    r"(?:(?:who|that|which|were|was|are|is|have|has|had|been|being|got|get|reportedly|also|"
    r"later|all|allegedly|subsequently|critically|seriously|slightly|severely|mortally|"
    r"lightly|now|both|so\s+far|since|then|each|either|believed\s+to\s+have|said\s+to\s+have|"
    r"to\s+have|thought\s+to\s+have|confirmed|ultimately|eventually|left|lay|remain|remained|"
    r"still|were\s+left)\s+){0,4}"
)
_SUB_BEFORE = re.compile(
    r"(?:\binclud(?:ing|ed|es)|\bamong\s+(?:them|whom|those|the\s+dead|the\s+victims)"
    r"|\bof\s+(?:whom|them|which|those)|\bamongst\s+them|\bmostly|\bmost\s+of\s+them"
    r"|\bincluding\s+at\s+least)[\s,:]*(?:\(\s*)?$",
    re.I,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Every alternative is tried at every offset of a sentence, so they are grouped
# by what can stand at the offset where a match starts (a digit, a letter, "("
# or a currency sign): elsewhere the whole pattern fails after a test or two.
# At any one offset only one group can match, and inside each group the
# alternatives keep their order, so matches are those of the flat alternation.
# Every alternative needs a digit (see `_masked`).
_MASK_RE = re.compile(
    r"\b(?:(?=\d)(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b\.?"
    r"|(?:1[89]|20)\d\d\b(?![\d,])"
    r"|\d{1,2}[:.]\d\d\b|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\d+(?:st|nd|rd|th)\b"
    r"|(?-i:\d+\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road"
    r"|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Pl|Place|Ct|Court|Hwy|Highway|Pkwy|Parkway|Terrace)\b)"
    r"|911\s+(?:call|dispatch|operator))"
    r"|(?=[^\W\d_])(?:"
    rf"{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|(?-i:[A-Z][\w'’-]+,\s+\d{1,2},)"  # "Smith, 34," (an age)
    r"|(?:b(?:oy(?:friend)?|oys|rother)|c(?:hild|ousin)|d(?:aughters?|eputy|river)"
    r"|f(?:ather|riend)|g(?:irl(?:friend)?|irls|unman)|husband|m(?:an|other)"
    r"|neighbou?r|officer|s(?:hooter|ister|ons?|tudent|uspect)|t(?:een(?:ager)?|oddler)"
    r"|victim|wife|woman),"
    r"\s+\d{1,2}(?:\s+and\s+\d{1,2})?,"  # "the man, 34,", "two girls, 7 and 5,"
    r"|(?:call(?:ed|ing)?|dial(?:l?ed|ing)?)\s+911\b"
    r"|age[sd]?\s+\d{1,2}(?:\s*(?:,|and|to|-)\s*\d{1,2})+\b)"  # "2 children, ages 5 and 6,"
    r")"
    r"|\(\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|[$£€]\s?\d[\d,.]*",
    re.I,
)
_DIGIT = re.compile(r"\d")


# An age as a modifier: "17-year-old", "13 year-old", "66-year old", "three-year old".
_AGE = r"(?:\d{1,3}|[^\W\d][\w]*)[-\s](?:year|month|week|day)s?[-\s]old"
# A personal name: a run of capitalised words with name particles ("Abdullah Ahmed
# Abu Saif", "Dima Hatem Al-Qudra", "Dr Safia Hamdan"), optionally after an age.
_NAME = (r"(?:\d{1,3}[-\s]years?[-\s]old\s+)?(?:(?:Dr|Mr|Mrs|Ms|Haji|Sheikh)\.?\s+)?"
         r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"
         r"(?:\s+(?:(?:al|el|bin|ibn|bint|abu|Abu|Al|El|Bin)[-\s])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,5}")
# Named dead as the subject of a passive or intransitive verb of death:
# "Abdullah Ahmed Abu Saif was killed", "Khalil Abu Athrah and Moaz Abu Athrah
# were reported killed", "Safaa Musa (aged 28) was reportedly killed". One a name.
# (A name starts with a digit or a capital: the leading look-ahead lets the scan
# fail at once everywhere else, before the look-behinds.)
_NAMED_DEAD = re.compile(
    rf"(?=[\dA-Z])(?<![Tt]he\s)(?<!\w)(?-i:(?P<names>{_NAME}(?:\s*,\s*{_NAME}){{0,3}}(?:,?\s+and\s+{_NAME})?))"
    r"(?:\s*\([^()]{0,40}\))?\s*[,–—]?\s+"
    r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
    r"(?:(?:reportedly|allegedly|also|later|likely|reported|confirmed|both|all|then|subsequently)"
    r"\s+){0,2}(?:killed|martyred|shot\s+dead|shot\s+and\s+killed)"
    r"|(?:(?:reportedly|allegedly|also|later|likely|both|all|then|subsequently)\s+){0,2}died)\b")
_NAME_RE = re.compile(_NAME)
_COMPANION_BEFORE = re.compile(r"\b(?:along\s+with|alongside|together\s+with)\s+$", re.I)
# Another, earlier event told as background to the one reported.
_BACKGROUND = re.compile(
    r"\b(?:earlier|ago|previous(?:ly)?|last\s+(?:year|month|week)|then|first|another"
    r"|separate|since|comes|came)\b", re.I)
_COMPANION = re.compile(r"(?:along\s+with|alongside|together\s+with)\b", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9}
# A name inside reported speech or a list of the dead is one of many, not the toll.
_REPORTED_SPEECH = re.compile(
    r"\b(?:that|posted|said|says|reported|wrote|writes|stated|identified|added|mourned|named"
    r"|listed|including|included|among|also|alongside|along\s+with|as\s+well\s+as|whose|his|her"
    r"|their)\b", re.I)


@dataclass(slots=True)
class Hit:
    """One figure found in a sentence (offsets relative to the sentence)."""

    kind: str
    group: str
    quantity: Quantity
    restated: bool = False
    coder: bool = False  # an ACLED coder's own statement ("fatalities coded ...")
    np_end: int = -1  # end of the noun phrase the rule read ("20 members of one family")


def _trie_alt(words: list[str]) -> str:
    """`phrase_alternation(words)` factored into a trie (`trie`), with one try
    per offset instead of one per phrase. The same matches, inside any
    pattern: both try the phrases that fit at an offset longest first (the
    trie's optional tails are greedy), and two phrases off one branch cannot
    both fit (the lexicons are ASCII, so no two letters fold to one)."""
    return trie(sorted({w.lower() for w in words})).replace("\\ ", r"\s+")


@cache
def _lex() -> dict:
    return load("casualty_words")


@cache
def cue_re() -> re.Pattern[str]:
    """Pre-scan: any casualty/strike cue word (a sentence without one has no figure)."""
    stems = "|".join(_lex()["cue_stems"])
    return re.compile(rf"\b(?:{stems}|no\s+one|nobody|none)", re.I)


_CHANGE_LINK = (r"(?:has\s+|had\s+|have\s+)?(?:risen|rose|climbed|jumped|increased|reached)"
                r"(?:\s+to)?")


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    lex = _lex()
    # an age may modify the noun: "two 16-year-old boys were shot dead"
    np_ = rf"(?:\s+(?!(?:{_NP_STOP})\b)(?:{_AGE}|{_WORD})){{0,5}}?"
    # an aside between a count and its verb: "(...)", ", including ...,", or an age: "A
    # woman, 31, was killed", "Two men, 19 and 22, were shot"
    aside = r"(?:\s*\([^()]{0,80}\)|\s*,\s*(?:including|among\s+them|mostly|most\s+of" \
            r"\s+them)[^,.;]{0,60},|(?P<ages>\s*,\s*(?:aged?\s+|ages\s+)?\d{1,3}(?:\s*(?:,|and|or" \
            r"|to)\s*\d{1,3})*\s*,))?"
    nouns = {k: _trie_alt(v) for k, v in lex["nouns"].items()}
    after = {k: _trie_alt(v) for k, v in lex["after"].items()}
    noun_re = "|".join(f"(?P<n_{k}>{v})" for k, v in nouns.items())
    after_re = "|".join(f"(?P<a_{k}>{v})" for k, v in after.items())
    before_re = "|".join(f"(?P<b_{k}>{_trie_alt(v)})" for k, v in lex["before"].items())
    toll_re = "|".join(f"(?P<t_{k}>{_trie_alt(v)})" for k, v in lex["toll"].items())
    links = _trie_alt(lex["toll_links"])
    return {
        "noun": re.compile(rf"(?P<np>{np_})(?:\s*\([^()]{{1,40}}\))?(?:\s+of)?\s+(?:{noun_re})\b",
                           re.I),
        "after": re.compile(rf"(?P<np>{np_}){aside}\s*,?\s+{_AUX}(?:{after_re})\b", re.I),
        "before": re.compile(
            rf"\b(?:{before_re})\s+(?:a\s+total\s+of\s+|another\s+|at\s+least\s+)?$", re.I),
        # A toll phrase, then a link word a few words on, or a verb of change much
        # further on: "the number of people killed in ... (IS) stronghold of Raqqa
        # has risen to at least 95".
        "toll": re.compile(
            rf"\b(?:{toll_re})\b(?:(?:\s+[\w'’-]+){{0,6}}?\s+(?:{links})"
            rf"|(?:\s+[\w'’(),-]+){{0,30}}?\s+{_CHANGE_LINK})?\s+$", re.I),
        # "nine officers and two civilians were injured": the first of two joined counts
        "after_and": re.compile(
            rf"(?P<np>{np_})\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            rf"|\d{{1,3}})(?:\s+(?!(?:{_NP_STOP})\b){_WORD}){{1,4}}?\s+{_AUX}(?:{after_re})\b",
            re.I),
        # A head count told with its family: "seven members of the Al Najjar family",
        # "at least 10 people from three generations of the Al-Louh family",
        # "eight civilians belonging to two different families" (the numbers inside
        # are the family's make-up, not figures).
        "family": re.compile(
            rf"(?:\s+(?!(?:{_NP_STOP})\b){_WORD}){{0,2}}?\s+(?:members|people|persons|civilians"
            r"|relatives|individuals|victims|Palestinians)\s+(?:of|from|belonging\s+to)\s+"
            r"[^,.;:()\d]{0,60}?\b(?:family|families|generations?|household|clan)\b"
            r"(?:\s+of\s+[^,.;:()\d]{0,40}?\b(?:family|families|household|clan)\b)?", re.I),
        # A long aside between a count and its verb: "at least 39 civilians, including
        # 11 members of al-Ashqar family and eight members of al-Wardeh family, were killed"
        "after_long": re.compile(
            # (or set off by double hyphens: "Four juveniles -- including two children --
            # were injured"; or their ages: "2 children, ages 5 and 6, injured")
            rf"(?P<np>{np_})\s*(?:--|[,–—-])\s*(?:including|among\s+them|among\s+whom|mostly"
            rf"|most\s+of\s+them|aged|ages)\b[^.;]{{0,160}}?(?:--|[,–—])\s*{_AUX}(?:{after_re})\b",
            re.I),
        "np_after": re.compile(rf"(?P<np>{np_})(?=\s*[,.;:)(]|\s+(?:{_NP_STOP})\b|$)", re.I),
        "times": re.compile(
            r"\b(?:struck|hit|bombed|pounded|targeted|shelled|raided)\b[^.;]{0,60}$", re.I),
        "not_after": re.compile(rf"\s*(?:-\s*)?(?:{_trie_alt(lex['not_toll_after'])})(?![\w])",
                                re.I),
        "not_before": re.compile(rf"(?<![\w])(?:{_trie_alt(lex['not_toll_before'])})\s*$", re.I),
        # "fired one shot", "one shot was heard": a gunshot, not a person shot
        "gunshot_before": re.compile(rf"\b(?:{_trie_alt(lex['gunshot_before'])})\s+$", re.I),
        "gunshot_after": re.compile(rf"\s+(?:{_trie_alt(lex['gunshot_after'])})\b", re.I),
        "person": re.compile(
            rf"\b(?:a|an|her|his|their|another)\s+(?:(?:{_WORD}|{_AGE}),?\s+){{0,2}}?"
            rf"(?:{_trie_alt(lex['persons'])})\b"
            # an age alone names one person: "a 15-year-old was wounded"
            rf"|\b(?:a|an|another)\s+{_AGE}(?=\s+(?:was|is|who|also|had|has)\b)"
            # "killed the commander of ...", not "was killed and his brother ..."
            rf"|(?<=killed\s)(?!and\b)(?:the\s+)?(?:{_WORD}\s+){{0,3}}?(?:{_trie_alt(lex['roles'])})\b"
            rf"|(?<=killing\s)(?!and\b)(?:the\s+)?(?:{_WORD}\s+){{0,3}}?(?:{_trie_alt(lex['roles'])})\b"
            # "killed Ahmed Saleh", "killed journalist Ahmed Saleh, who ..."
            rf"|(?<=killed\s)(?:(?:{_trie_alt(lex['persons'])})\s+)?"
            r"(?-i:[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|al|el|bin|abu|Abu|Al)){1,4})"
            r"(?=\s*[,.(]|\s+(?:the|a|an|who|in|on)\b)", re.I),
        # "and her husband", "and her 12-year-old son", "and her 4 children"
        "more_persons": re.compile(
            rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:(?:a|an|her|his|their|one|the)\s+)?"
            rf"(?:{_WORD}\s+)?(?:{_AGE}\s+)?(?:{_trie_alt(lex['persons'])})"
            rf"|(?:(?:her|his|their)\s+)?(?P<count>[1-9]|two|three|four|five|six|seven|eight"
            rf"|nine)\s+(?:{_WORD}\s+)?(?:{_trie_alt(lex['relatives'])}))\b(?![-'’])", re.I),
    }


@cache
def _companions_re() -> re.Pattern[str]:
    """Companions named after the verb: "was killed along with his three children",
    "died alongside her son", "were killed together with their two daughters"."""
    lex = _lex()
    return re.compile(
        rf"(?:\s+(?!(?:and|but|while|when|after|who|which)\b)[\w'’-]+){{0,6}}?,?\s+"
        rf"(?:along\s+with|alongside|together\s+with)\s+(?:his|her|their)\s+"
        rf"(?:(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine)\s+)?(?:{_AGE}\s+)?"
        rf"(?:(?P<one>{_trie_alt(lex['persons'])})|(?P<many>{_trie_alt(lex['relatives'])}))\b(?![-'’])",
        re.I)


def _companions(s: str, pos: int) -> int:
    """How many people a companion phrase right after `pos` adds (0 when none)."""
    m = _companions_re().match(s, pos)
    if m is None or (m.group("many") and not m.group("n")):
        return 0  # "along with her children": how many is not said
    n = m.group("n")
    return (_COUNT_WORDS.get(n.lower()) or int(n)) if n else 1


@cache
def _group_words() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"\b(?:{_trie_alt(words)})\b", re.I), group)
            for group, words in _lex()["groups"].items()]


_SHORT_NP = re.compile(r"(?:\s+(?!(?:of|the|and)\b)[\w'’-]+){0,2}", re.I)
_GROUP_ALT = r"children|child|civilians|civilian|women|woman|fighters|militants|combatants" \
             r"|soldiers|minors|girls|boys"
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|injured|wounded|victims|killed)\b",
                        re.I)
_HOW = re.compile(r"\b(?:how|so|too|not|very)\s+$", re.I)
_COPULA_GROUP = re.compile(rf"\s+(?:were|was|are)\s+(?:all\s+)?(?P<g>{_GROUP_ALT})\b", re.I)
_OF_THEM = re.compile(
    rf"\s+of\s+(?:them|whom|those|the\s+(?:dead|victims|killed))\s*(?:were|being|was|are)?"
    rf"\s+(?P<g>{_GROUP_ALT})\b", re.I)
_OF_THOSE = re.compile(
    rf"\s+of\s+(?:those|the\s+(?:dead|victims|people|injured|wounded|killed))(?P<mid>[^.;]{{0,60}}?)"
    rf"\s+(?:were|was|are)\s+(?:all\s+)?(?P<g>{_GROUP_ALT})\b", re.I)
# A set that says nothing of its kind: "two of the victims were women".
_NEUTRAL_SET = re.compile(r"\s+of\s+the\s+(?:victims|people)\b", re.I)
_ELLIPSIS = re.compile(
    r"(?:\b(?:said|says|put\s+it\s+at|gave|reported|counted|recorded|documented|claimed"
    r"|estimated)|;)\s+$", re.I)
_ENDS = re.compile(r"\s*(?:[.;,)]|$|\s+(?:and|while|but|,)\b)")
_FIGURE_OF = re.compile(
    r"\b(?:(?:gave|giving|with|put|puts|putting|cited|citing)\s+(?:a|the|its|their)\s+"
    r"(?:figure|number|total|tally|count|toll)\s+(?:of|at|as)"
    r"|put\s+(?:the|its|their)\s+(?:figure|number|total|tally|count)\s+at"
    r"|\b(?:bringing|raising|brought|raised|taking|took|pushing|pushed)\s+(?:the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:total|toll|tally|number|count)\b[^.;]{0,30}?\s+to)\s+$", re.I)
# Every _FIGURE_OF match names one of these (a gate on `match_form`, see `_bind`).
_FIGURE_OF_GATE = re.compile(r"figure|number|t(?:otal|ally|oll)|count")
_RESTATED_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|reached|bringing|raising|brought|raised"
    r"|total|totall?ing|cumulative|overall|now\s+stands|has\s+hit)\b"
    r"[^.;]{0,40}$", re.I)
_RESTATED_AFTER = re.compile(
    r"^[^.;,]{0,80}?\b(?:so\s+far|to\s+date|in\s+total|up\s*to\s+\d|upto\b|until|since"
    r"|(?:this|last|past)\s+(?:week|month|year)|split\s+across|not\s+attributed"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|previous|earlier"
    r"|between\s+\d{1,2}\s+\w+\s*-)", re.I)
# One of these stands in every _RESTATED_BEFORE / _RESTATED_AFTER match (gates
# on `match_form`, over the same window).
_RESTATED_BEFORE_GATE = re.compile(
    r"r(?:ose|isen|ising|eached|ais(?:ing|ed))|climbed|increased|jumped|br(?:inging|ought)"
    r"|total|cumulative|overall|stands|hit")
_RESTATED_AFTER_GATE = re.compile(
    r"far|date|total|up|until|since|week|month|year|across|attributed|day|previous|earlier"
    r"|between")
_CODER_RE = re.compile(
    r"\bfatalit(?:y|ies)\s+(?:were\s+|was\s+)?coded\b|\bcoded\s+to\s+this\b"
    r"|\bcoded\s+(?:as|at)\s+(?:at\s+least\s+)?\d"
    r"|\btotal\s+fatalities\b|\bfatalities\s+(?:were|was)\s+(?:at\s+least\s+)?\d"
    r"|\btotal\s+number\s+of\s+[\w\s]{0,30}fatalities\s+(?:was|were)\b"
    r"|\b(?:out\s+of\s+\d+|of\s+them)\s+(?:were\s+)?(?:coded|attributed)\b", re.I)
_CODER_GATE = re.compile(r"coded|fatalit|attributed")
# ACLED splits: "4 out of 8 coded to this location", "with 9 of them attributed to ..."
_CODER_SPLIT = re.compile(r"\s+(?:out\s+of\s+\d+|of\s+them)\s+(?:were\s+)?(?:coded|attributed)\b",
                          re.I)
# ACLED's own assignment of a count to this event: "5 coded to this location",
# "with 4 coded to At Tuffah", "1 fatality added to this event", "2 fatalities added here".
_CODER_TO = re.compile(
    r"\s+(?:(?:[\w'’-]+\s+){0,2}?fatalit(?:y|ies)\s+)?(?:were\s+|was\s+)?"
    r"(?:coded\s+(?:to|in)\b|added\s+(?:to\s+this|here\b))", re.I)
# "2 soldiers were killed in Gaza City, confirmed fatalities coded to this location"
_CODED_HERE = re.compile(r"[^.;\[\]()]{0,80}?\bcoded\s+to\s+this\s+(?:location|event)\b", re.I)
# "killing unspecified number of militants, coded as 10": the coder's value.
_CODED_AS = re.compile(r"\bcoded\s+(?:as|at)\s+$", re.I)
_CODED_AS_END = re.compile(r"\s*(?:[.;,()\[]|$|\s+(?:split|fatalit|in\b|and\b|for\b|to\b))",
                           re.I)
# "shot" with an object after it is active: "a man shot his wife", "shot a clerk".
_ACTIVE_SHOT = re.compile(
    r"(?<=shot)\s+(?:his|her|their|a|an|the|him|them|himself|herself|themselves|another|"
    r"two|three|four|five|\d+)\b", re.I)
# A headline's "1 killed 3 injured": the number's own word comes right after it.
_OWN_WORD = re.compile(r"\s+(injured|wounded|hurt|dead|killed)\b", re.I)
_OWN_KIND = {"injured": "injured", "wounded": "injured", "hurt": "injured", "dead": "killed",
             "killed": "killed"}
# An active verb of killing with an object after it: "killed her daughter",
# "shot and killed two men", "fatally shot a clerk".
_ACTIVE_KILLED = re.compile(
    r"\s+(?:his|her|their|a|an|the|him|them|himself|herself|themselves|another|two|three|four"
    r"|five|six|seven|eight|nine|ten|\d+|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|got)\s", re.I)
# An earlier count that a later one replaced: "Initial sources reported 11",
# "initially reported 10 killed", "initial reporting said five", "first reports
# spoke of three".
_EARLIER = re.compile(
    r"\b(?:initial(?:ly)?|at\s+first|first\s+reports?|early\s+reports?|preliminary)\b"
    r"(?:(?!\b(?:later|but|however|subsequently|updated|since)\b)[^.;]){0,100}$", re.I)
# Every _EARLIER match holds one of these (a gate on `match_form`).
_EARLIER_GATE = re.compile(r"initial|first|early|preliminary")
# Bodies recovered or discovered are usually earlier deaths, not new ones.
_RECOVERED = re.compile(
    r"\b(?:recover\w*|retriev\w*|exhum\w*|discover\w*|pulled|mass\s+graves?|decomposed)\b",
    re.I)
_ZERO_RE = re.compile(
    r"\b(?:no|zero)\s+(?:immediate\s+|reported\s+|reports\s+of\s+|known\s+)?"
    r"(?:(?P<g>civilian|civilians|child|children|women)\s+)?"
    r"(?:(?P<k>casualties|deaths|fatalities|dead|injuries|wounded|injured)\b)"
    r"|\b(?P<one>no\s+one|nobody|none\s+of\s+(?:them|the\s+\w+)|none)\s+(?:else\s+)?"
    r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|got|reportedly)\s+){0,2}"
    r"(?P<k2>killed|dead|died|injured|hurt|wounded|harmed|missing)\b"
    r"|\bno\s+reports?\s+of\s+(?P<g3>civilians?|anyone|anybody)\s+(?:being\s+|having\s+been\s+)?"
    r"(?P<k3>killed|harmed|hurt|injured|wounded)\b",
    re.I)
_ELSE = re.compile(r"\s+else\b", re.I)
_ZERO_KIND = {"casualties": "killed", "deaths": "killed", "fatalities": "killed",
              "dead": "killed", "died": "killed", "killed": "killed", "injuries": "injured",
              "wounded": "injured", "injured": "injured", "hurt": "injured",
              "harmed": "killed", "missing": "missing"}
_ZERO_GROUP = {"civilian": "civilians", "civilians": "civilians", "child": "children",
               "children": "children", "women": "women"}


def group_of(np: str) -> str:
    for pattern, group in _group_words():
        if pattern.search(np):
            return group
    return "all"


def _gate(phrases: list[str]) -> re.Pattern[str]:
    """A cheap necessary condition for a match of `_trie_alt(phrases)` (IGNORECASE):
    one word of each phrase (its longest) as a plain substring, to search in
    `match_form(s)`, where the words of a match stand in lower case. A word
    holding another is left out: the shorter one is found anyway."""
    words = {max(reversed(p.lower().split()), key=len) for p in phrases}  # ties: the last
    words = {w for w in words if not any(o != w and o in w for o in words)}
    return re.compile(trie(sorted(words)))


@cache
def _before_gate() -> re.Pattern[str]:
    return _gate([p for v in _lex()["before"].values() for p in v])


@cache
def _noun_gate() -> re.Pattern[str]:
    return _gate([p for v in _lex()["nouns"].values() for p in v])


@cache
def _after_gate() -> re.Pattern[str]:
    return _gate([p for v in _lex()["after"].values() for p in v])


# Every `family` match ends in one of these words (a gate on `match_form`).
_FAMILY_GATE = re.compile(r"famil|generation|household|clan")
_TIMES_AFTER = re.compile(r"\s+times\b")


@cache
def _toll_gate() -> re.Pattern[str]:
    return _gate([p for v in _lex()["toll"].values() for p in v])


@cache
def _before_words() -> int:
    """Most whitespace-separated words in a `before` match: a phrase, then
    "a total of" at most (`_tail`)."""
    return max(len(p.split()) for v in _lex()["before"].values() for p in v) + 3


@cache
def _not_before_words() -> int:
    """Most whitespace-separated words in a `not_before` match (`_tail`)."""
    return max(len(p.split()) for p in _lex()["not_toll_before"])


def _tail(s: str, end: int, words: int) -> int:
    """Where a match of at most `words` whitespace-separated words, ending at
    `end`, can start: it cannot span the whitespace before the last `words`
    words of `s[:end]` (that would make `words` + 1). Searching from there
    instead of 0 finds the same leftmost match (lookbehinds and \b still see
    the text before the start of a search)."""
    head = s[:end].rsplit(None, words)
    return len(head[0]) if len(head) > words else 0


# Where a `_MASK_RE` match can start, in `match_form(s)` (a superset; one
# character or part of one word consumed, so no start is skipped): a digit or a
# "(" before one, a currency sign ("£", "€" stand in as "#") before one, a
# month, "call"/"dial", "age", and, only when the sentence has a ", <digit>", a word
# right before it ("Smith, 34,", "the man, 34,").
# (The leading look-ahead names every first character the branches can take,
# so that the scan fails at most offsets after one test.)
_MASK_ANCHOR = (r"\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|call|dial|age)"
                r"|\((?=\d)|[$#](?=\s?\d)")
_MASK_ANCHORS = (re.compile(rf"(?=[\d(#$acdfjmnos])(?:{_MASK_ANCHOR})"),
                 re.compile(_MASK_ANCHOR + r"|\b[a-z](?=[\w'#-]*,\s+\d)"))
_COMMA_DIGIT = re.compile(r",\s+\d")


def _masked(s: str, low: str) -> list[tuple[int, int]]:
    """Spans of `_MASK_RE.finditer(s)`, trying the pattern only at the offsets
    where a match can start (`_MASK_ANCHOR` over `low`, `match_form(s)`), left
    to right, each after the end of the last match: the same matches."""
    if _DIGIT.search(s) is None:
        return []  # every mask holds a digit
    match = _MASK_RE.match
    out: list[tuple[int, int]] = []
    pos = 0
    anchors = _MASK_ANCHORS[_COMMA_DIGIT.search(low) is not None]
    for a in anchors.finditer(low):
        start = a.start()
        if start < pos:
            continue
        if m := match(s, start):
            out.append(m.span())
            pos = m.end()
    return out


def _overlaps(q: Quantity, spans: list[tuple[int, int]]) -> bool:
    return any(a < q.end and q.start < b for a, b in spans)


def _kind(m: re.Match[str], prefix: str) -> str:
    for name, value in m.groupdict().items():
        if value and name.startswith(prefix):
            return name[len(prefix):]
    raise ValueError("no kind group matched")


@cache
def _person_word_re() -> re.Pattern[str]:
    """A person noun after a space, for `match_form(s)`: every match of the
    first `person` alternative holds one (see `_articles`)."""
    words = trie(sorted({w.lower() for w in _lex()["persons"]}))
    return re.compile(rf"\s(?:{words.replace(chr(92) + ' ', chr(92) + 's+')})\b")


# Where a `person` match can start, in `match_form(s)`: at a determiner before a
# space (first alternative), or right after "killed "/"killing " (the others,
# whose lookbehinds need that word): the match is the end of the anchor.
# (The leading look-ahead only lets the scan fail at once at most offsets.)
_PERSON_ANCHOR = re.compile(
    r"(?=[ahkt])(?:\b(?:an?|h(?:er|is)|their|another)(?=\s)|(?P<after>killed|killing)\s)")


def _person_matches(s: str, low: str) -> list[re.Match[str]]:
    """`_rules()["person"].finditer(s)`, but trying the pattern only at the
    offsets where a match can start (`_PERSON_ANCHOR`), left to right, each
    try after the end of the last match: the same matches, without a try at
    every offset of the sentence."""
    match = _rules()["person"].match
    out: list[re.Match[str]] = []
    pos = 0
    for a in _PERSON_ANCHOR.finditer(low):
        start = a.end() if a.group("after") else a.start()
        if start < pos:
            continue
        if m := match(s, start):
            out.append(m)
            pos = m.end()
    return out


def _articles(s: str, taken: list[Quantity], low: str) -> list[Quantity]:
    """"a man", "an 18-year-old woman", "a woman and her daughter" read as a count;
    the quantity spans the whole phrase, so rules look right after the nouns.
    `low` is `match_form(s)`."""
    out: list[Quantity] = []
    # Every `person` match is a person noun after a space, an age ("a 15-year-old
    # was"), or comes right after "killed"/"killing": without any, skip the scan.
    if ("killed" not in low and "killing" not in low and "old" not in low
            and _person_word_re().search(low) is None):
        return out
    for m in _person_matches(s, low):
        if any(q.start < m.end() and m.start() < q.end for q in taken):
            continue
        if _COMPANION_BEFORE.search(s, 0, m.start()) or _COMPANION.match(s, m.start()):
            continue  # "killed alongside her son": counted with the one before
        n, start, end = 1, m.start(), m.end()
        while more := _rules()["more_persons"].match(s, end):
            count = more.group("count")
            n, end = n + (to_int(count) if count else 1), more.end()
        if (first := _listed_before(s, start, end)) is not None:
            n, start = n + 1, first  # "Smith's father and a boy were also shot": two
        out.append(Quantity(start, end, n, n, "exact", n, n, article=True))
    return out


# One more person named before "and", with a plural verb after the list: "Milien's
# father and a 15-year-old boy were also shot", "Gonzalez and her grandfather were
# wounded", "Another deputy and a woman also shot and are in the hospital".
_PLURAL_AFTER = re.compile(r"\s*,?\s+(?:were|are|have\s+been|had\s+been|both|also)\b")


@cache
def _listed_before_re() -> re.Pattern[str]:
    persons = _trie_alt(_lex()["persons"])
    return re.compile(
        rf"(?:^|[,;:.–—]\s*|\b(?:found|said|says|and|but|while|when)\s+)"
        rf"(?P<item>(?:another|the)\s+(?:{_WORD}\s+)?(?:{persons})"
        rf"|(?-i:(?!(?:Police|Officers|Deputies|Authorities|Investigators|Detectives|They|He"
        rf"|She|It|We|Both|Residents|Neighbors|Witnesses)\b)[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)"
        rf"(?:['’]s\s+(?:{persons}))?)\s+and\s+$", re.I)


def _listed_before(s: str, start: int, end: int) -> int | None:
    """Where a person listed right before the phrase `s[start:end]` starts, when the
    list takes a plural verb; None when there is none."""
    if not _PLURAL_AFTER.match(s, end) or s.rfind(" and ", 0, start) < start - 5:
        return None
    m = _listed_before_re().search(s, max(0, start - 60), start)
    return m.start("item") if m else None


def _gunshot(s: str, q: Quantity, m: re.Match[str], before: str) -> bool:
    """The "shot" after the number is the noun, a gunshot ("heard one shot", "one
    shot was fired"), not people who were shot."""
    if q.article or not re.search(r"\bshots?$", m.group(0), re.I):
        return False
    rules = _rules()
    return bool(rules["gunshot_before"].search(before) or rules["gunshot_after"].match(s, m.end()))


def _rejected(s: str, q: Quantity, masks: list[tuple[int, int]]) -> bool:
    if q.article:
        return False
    if _overlaps(q, masks):
        return True
    rules = _rules()
    return bool(rules["not_after"].match(s, q.end) or rules["not_before"].search(
        s, _tail(s, q.start, _not_before_words()), q.start))


def _bind(s: str, q: Quantity, hits: list[Hit], low: str) -> Hit | None:
    """Run the cascade on one quantity; None when it is not a figure.
    `low` is `match_form(s)`: the gates on it skip a rule's regex when a word
    every match of it needs is missing."""
    rules = _rules()
    reach = max(0, q.start - 80)
    before = s[reach:q.start]
    # a `before` match lies inside `before`, so holds a gate word there; it
    # ends at the number, so starts within its last few words (`_tail`)
    verb_before = (rules["before"].search(before, _tail(before, len(before), _before_words()))
                   if _before_gate().search(low, reach, q.start) else None)
    # The noun and verb rules match inside s[q.end:], so need one of their words there.
    noun_after = _noun_gate().search(low, q.end) is not None
    verb_after = _after_gate().search(low, q.end) is not None
    if q.vague == "others" and not verb_before:
        return None
    if q.vague and (_PARTITIVE.match(s, q.end) or _HOW.search(before)):
        return None  # "many of the wounded", "how many": a share of a set, not a count
    if hits and not q.article:
        sub = _SUB_BEFORE.search(before)
        np = rules["np_after"].match(s, q.end)
        group = group_of(np.group("np")) if np else "all"
        if group == "all" and (cop := _COPULA_GROUP.match(s, q.end)):
            group = group_of(cop.group("g"))  # "of whom 52 were civilians"
        if sub and group != "all":
            return Hit(hits[-1].kind, group, q)
        if m := _OF_THEM.match(s, q.end):  # "three of them children"
            return Hit(hits[-1].kind, group_of(m.group("g")), q)
    if hits and (parent := _aside_parent(s, q, hits)) and not (
            noun_after and (m := rules["noun"].match(s, q.end)) and _kind(m, "n_") != parent.kind):
        # "seven civilians, including three journalists and a young man, were
        # killed": parts of the count before, in its group unless they name their own
        np = rules["np_after"].match(s, q.end)
        group = group_of(s[q.start:q.end] if q.article else np.group("np") if np else "")
        return Hit(parent.kind, parent.group if group == "all" else group, q)
    if not q.article and (m := _OF_THOSE.match(s, q.end)):  # "52 of those who died were civilians"
        kind = "injured" if re.search(r"injur|wound|hurt", m.group("mid"), re.I) else "killed"
        if _NEUTRAL_SET.match(s, q.end) and not re.search(r"kill|die|dead|death", m.group(0), re.I):
            if not hits:
                return None  # "two of the victims were men": who they were, not a toll
            kind = hits[-1].kind
        return Hit(kind, group_of(m.group("g")), q)
    if hits and not q.article and _ELLIPSIS.search(before) and _ENDS.match(s, q.end):
        return Hit(hits[-1].kind, hits[-1].group, q)  # "SOHR said 60 killed; the LCC said 70"
    if not q.article and _CODER_SPLIT.match(s, q.end):
        return Hit("killed", "all", q)
    if not q.article and not q.vague and low.find("out", reach, q.start) >= 0 and re.search(
            r"\bout\s+of\s+$", before):
        return None  # the "8" of "4 out of 8 coded to this location"
    if not q.article and not q.vague and (
            _CODER_TO.match(s, q.end)
            or (low.find("coded", reach, q.start) >= 0 and _CODED_AS.search(before)
                and _CODED_AS_END.match(s, q.end))):
        return Hit("killed", "all", q, coder=True)
    if not q.article and _FIGURE_OF_GATE.search(low, reach, q.start) and (
            m := _FIGURE_OF.search(before)):
        kind = hits[-1].kind if hits else "killed"
        if re.search(r"\b(?:dead|deaths?|fatalit\w+|killed)\b", m.group(0), re.I):
            kind = "killed"  # "bringing the number of dead to two"
        elif re.search(r"\b(?:injur\w+|wounded)\b", m.group(0), re.I):
            kind = "injured"
        return Hit(kind, "all", q)
    # The toll phrase may stand far ahead of its verb of change, so a longer look back.
    if not q.article and _toll_gate().search(low, max(0, q.start - 200), q.start) and (
            m := rules["toll"].search(s, max(0, q.start - 200), q.start)):
        np = rules["np_after"].match(s, q.end)
        return Hit(_kind(m, "t_"), group_of(np.group("np")) if np else "all", q)
    # "a girl" carries its own group; "a farmer and his wife" is mixed
    own = s[q.start:q.end] if q.article and q.low == 1 else ""
    if not q.article and _FAMILY_GATE.search(low, q.end) and (
            head := rules["family"].match(s, q.end)):
        if m := verb_before:
            return Hit(_kind(m, "b_"), group_of(head.group(0)), q, np_end=head.end())
        if verb_after and (m := rules["after"].match(s, head.end())
                           or rules["after_long"].match(s, head.end())):
            return Hit(_kind(m, "a_"), group_of(head.group(0)), q, np_end=head.end())
    if (m := verb_before) and not (
            (m2 := _OWN_WORD.match(s, q.end)) and _kind(m, "b_") != _OWN_KIND[m2.group(1).lower()]):
        np = rules["np_after"].match(s, q.end)
        return Hit(_kind(m, "b_"), group_of(own + " " + (np.group("np") if np else "")), q)
    if noun_after and (m := rules["noun"].match(s, q.end)):
        kind = _kind(m, "n_")
        if kind == "strikes" and (q.article or not _SHORT_NP.fullmatch(m.group("np"))):
            return None
        return Hit(kind, "all" if kind == "strikes" else group_of(own + m.group("np")), q,
                   np_end=m.end("np"))
    if verb_after and (m := rules["after"].match(s, q.end)):
        if m.group("a_injured") and _ACTIVE_SHOT.match(s, m.end()):
            return None  # "a man shot his two sons": the shooter, not a victim
        if m.group("a_injured") and _gunshot(s, q, m, before):
            return None  # "fired one shot": the gunshot itself
        if (m.group("a_killed") and q.article and not _PASSIVE.search(m.group(0))
                and _ACTIVE_KILLED.match(s, m.end())):
            return None  # "a woman killed her daughter": the killer, not a victim
        if q.article and q.low > 1 and re.search(r",?\s+(?:was|is|has)\s", s[m.end("np"):m.end()]):
            return None  # "... his brother and sister, was shot": the verb is another's
        if q.article and m.group("a_killed") and (k := _companions(s, m.end())):
            q = replace(q, low=q.low + k, high=q.high + k, stated=q.low + k, acled=q.low + k)
            own = ""  # "a woman was killed along with her two sons": a mixed group
        # the numbers of an aside ("Two men, 19 and 22, were shot") are not counts
        end = m.end("ages") if m.group("ages") else m.end("np")
        return Hit(_kind(m, "a_"), group_of(own + " " + m.group("np")), q, np_end=end)
    if verb_after and (m := rules["after_long"].match(s, q.end)):
        return Hit(_kind(m, "a_"), group_of(own + " " + m.group("np")), q, np_end=m.end("np"))
    if not q.article and verb_after and (m := rules["after_and"].match(s, q.end)) and m.group(
            "np").strip():
        return Hit(_kind(m, "a_"), group_of(m.group("np")), q, np_end=m.end("np"))
    if not q.article and _TIMES_AFTER.match(s, q.end) and rules["times"].search(before):
        return Hit("strikes", "all", q)
    return None


_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|amongst\s+them)\b",
                        re.I)
_CLAUSE_BREAK = re.compile(r"[.;)]|\b(?:were|was|are|is|had|have|has|killing|killed|died|injured"
                           r"|wounded|while|when|after)\b", re.I)
_VERB = re.compile(r"\b(?!including\b)[a-z]+(?:ing|ed)\b(?![-'’])", re.I)


def _aside_parent(s: str, q: Quantity, hits: list[Hit]) -> Hit | None:
    """The count whose "including ..." aside `q` stands in, if any."""
    for h in reversed(hits):
        if h.kind == "strikes":
            return None
        between = s[h.quantity.end:q.start]
        if _CLAUSE_BREAK.search(between):
            return None
        if inc := list(_INCLUDING.finditer(between)):
            # only a list of people may follow: "including two children and a young
            # man", not "including children, and injuring a number of others"
            return None if _VERB.search(between, inc[-1].end()) else h
    return None


def _zeros(s: str, low: str) -> list[Hit]:
    out: list[Hit] = []
    if "no" not in low and "zero" not in low:
        return out  # every _ZERO_RE match starts "no..." or "zero" (`low` = match_form(s))
    for m in _ZERO_RE.finditer(s):
        kind = _ZERO_KIND[(m.group("k") or m.group("k2") or m.group("k3")).lower()]
        g = (m.group("g") or m.group("g3") or "").lower()
        group = "civilians" if g.startswith("civilian") else _ZERO_GROUP.get(g, "all")
        end = m.end("one") if m.group("one") else m.start() + 2
        if not m.group("one") and s[m.start():m.start() + 4].lower() == "zero":
            end = m.start() + 4
        out.append(Hit(kind, group, Quantity(m.start(), end, 0, 0, "exact", 0, 0)))
    return out


def find_figures(s: str, low: str | None = None) -> list[Hit]:
    """Figures in sentence `s`, in text order. `low` is `match_form(s)`, when
    the caller has it already (a slice of the document's: it maps one
    character at a time)."""
    # Lower-case stand-in (same offsets) for cheap literal checks that skip a
    # whole-sentence regex scan when the words it needs are absent.
    if low is None:
        low = match_form(s)
    zeros = _zeros(s, low)
    quantities = find_quantities(s, low)
    masks = _masked(s, low) if quantities else []
    quantities = [q for q in quantities if not _rejected(s, q, masks)]
    articles = _articles(s, quantities, low)
    quantities = [q for q in quantities  # the "4" of "a woman and her 4 children"
                  if not any(a.start <= q.start and q.end <= a.end for a in articles)]
    quantities = sorted([*quantities, *articles], key=lambda q: q.start)
    hits: list[Hit] = []
    # every _CODER_RE and _CODED_HERE match holds one of these words
    coderish = _CODER_GATE.search(low) is not None
    for q in quantities:
        if any(z.quantity.start <= q.start < z.quantity.end + 12 for z in zeros):
            continue  # the "one" of "no one was killed"
        if hits and q.start < hits[-1].np_end:
            continue  # inside the previous figure's noun phrase
        hit = _bind(s, q, hits, low)
        if hit is None:
            continue
        hit.restated = bool((_RESTATED_BEFORE_GATE.search(low, max(0, q.start - 60), q.start)
                             and _RESTATED_BEFORE.search(s, max(0, q.start - 60), q.start))
                            or (_RESTATED_AFTER_GATE.search(low, q.end, q.end + 100)
                                and _RESTATED_AFTER.match(s[q.end:q.end + 100]))
                            or (_EARLIER_GATE.search(low, 0, q.start)
                                and _EARLIER.search(s, 0, q.start))
                            or ("bod" in low and _RECOVERED.search(s)
                                and re.search(r"bod(?:y|ies)", s, re.I)))
        hit.coder = hit.coder or not q.vague and coderish and bool(
            _CODER_RE.search(s, max(0, q.start - 40), q.end + 30) or _CODED_HERE.match(s, q.end))
        hits.append(hit)
    # _NAMED_DEAD is case-sensitive and ends in one of these verbs
    if "killed" in s or "died" in s or "martyred" in s or "shot" in s:
        hits.extend(_named_dead(s, hits))
    if "identified" in low:
        hits.extend(_identified_dead(s, hits))
    # "no one else was hurt" says nobody besides those told: it hides its "one", but
    # is no zero toll
    hits.extend(z for z in zeros if not _ELSE.match(s, z.quantity.end))
    if not any(h.kind == "strikes" for h in hits) and _strike_words().search(low):
        hits.extend(_single_strike(s))
    hits.sort(key=lambda h: h.quantity.start)
    return hits


# "the coroner identified the dead victims as Ann Lee, 67, and her granddaughter Kim Lee":
# the dead named one by one after "identified ... as".
_IDENTIFIED = re.compile(
    r"\bidentified\s+the\s+(?:dead|deceased|slain)(?:\s+(?:victims?|m[ae]n|wom[ae]n|people|person))?"
    r"\s+as\s+",
    re.I)
_LIST_SPLIT = re.compile(r"\s*,?\s+and\s+|\s*;\s*|,\s+(?=(?:\d|[A-Z]|his\b|her\b|their\b))")


def _identified_dead(s: str, hits: list[Hit]) -> list[Hit]:
    """How many dead an "identified the dead as ..." list names, when no count of the
    sentence already covers them."""
    m = _IDENTIFIED.search(s)
    if m is None or any(h.kind == "killed" for h in hits):
        return []
    end = re.search(r"\.(?:\s|$)|$", s[m.end():]).start() + m.end()
    items = [x for x in _LIST_SPLIT.split(s[m.end():end]) if _NAME_RE.search(x)]
    if not items:
        return []
    q = Quantity(m.end(), end, len(items), len(items), "exact", len(items), len(items),
                 article=True)
    return [Hit("killed", "all", q)]


def _named_dead(s: str, hits: list[Hit]) -> list[Hit]:
    """"Abdullah Abu Saif was killed" (one), "Khalil ... and Moaz ... were killed" (two),
    when no count of the same clause already covers them."""
    out = []
    for m in _NAMED_DEAD.finditer(s):
        clause = s.rfind(".", 0, m.start()), s.rfind(";", 0, m.start())
        start = max(max(clause) + 1, m.start() - 120)
        if any(start <= h.quantity.start < m.end() and h.kind != "strikes" for h in hits):
            continue  # "two brothers, Khalil ... and Moaz ..., were killed"
        if _BACKGROUND.search(s):
            continue  # "A year earlier, Altone Finney was shot and killed": another event
        if _REPORTED_SPEECH.search(s, 0, m.start()):
            continue  # "X posted that Y was killed": one name of a list, not a toll
        names = m.group("names")
        n = len(_NAME_RE.findall(names)) + _companions(s, m.end())
        q = Quantity(m.start(), m.start("names") + len(names), n, n, "exact", n, n, article=True)
        out.append(Hit("killed", "all", q))
    return out


@cache
def _single_strike_re() -> re.Pattern[str]:
    singular = [n for n in _lex()["nouns"]["strikes"] if not n.endswith("s")]
    return re.compile(
        rf"\b(?:(?:carried\s+out|launched|conducted|made|in)\s+an?|an?\s+single|one\s+single)"
        rf"(?:\s+{_WORD}){{0,2}}?\s+(?:{_trie_alt(singular)})\b", re.I)


@cache
def _strike_words() -> re.Pattern[str]:
    """`_gate` of the singular strike nouns of `_single_strike_re`."""
    return _gate([n for n in _lex()["nouns"]["strikes"] if not n.endswith("s")])


def _single_strike(s: str) -> list[Hit]:
    """"carried out a raid on the hospital", "a single government air strike": one
    strike, when the sentence gives no other strike count."""
    m = _single_strike_re().search(s)
    if m is None:
        return []
    q = Quantity(m.start(), m.end(), 1, 1, "exact", 1, 1, article=True)
    return [Hit("strikes", "all", q)]
