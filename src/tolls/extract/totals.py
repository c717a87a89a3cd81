"""The total of one report: how many a single document says were killed (or injured).

A report's claims are not a toll by themselves: a note may give the coder's
own count, list several separate events, restate an earlier toll, or break a
figure down into groups. `document_total` folds them into one number under
ACLED's coding conventions (the convention the `acled` value of a figure
follows):

  1. the coder's count first: a claim whose source is the ACLED coder
     ("Fatalities coded at least 6", "81 fatalities coded to this event")
     is the total. With several: a stated total ("Total fatalities coded as
     6") wins, then the share assigned to this event ("4 out of 8 coded to
     this location", "1 fatality added to this event"), then the largest of
     the rest; a count split across events ("10 split across 5 events") or
     coded to other dates ("40 fatalities were coded on 18 March") is not
     this event's;
  2. otherwise the distinct events are summed: per sentence, the largest
     figure of the kind (a sentence usually describes one event, and a
     second figure in it restates or splits the first), and the sentences
     summed (ACLED notes list separate events one sentence each);
  3. a figure is never counted twice: restated or cumulative figures ("the
     death toll rose to 87", "in Tuesday's attacks") are left out, as are
     sub-group figures ("including three children") whenever the document has
     an all-group figure of the kind; a later sentence whose figure equals an
     earlier one and is written the same way repeats it.

`article_total` is the convention for a news article about one incident (Gun
Violence Archive-style): the incident the article is about is its title's and
its first figures', so the largest figure of the headline, else of the lead,
not the sum over the article (articles recall older incidents as background).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from tolls.extract._automaton import phrase_alternation as _alt
from tolls.extract.numbers import to_int
from tolls.lexicons import load
from tolls.types import Claim, Figure

CODER_SOURCE = "ACLED coder"

# Coder statements that are not this event's count: a total split across
# several events ("10 split across 5 events"), or a count coded to other dates
# ("(40 fatalities were coded on 18 March)").
_SPLIT = re.compile(
    r"^[^.;]{0,40}?\b(?:split|divided|spread)\s+(?:across|between|among|over)\b"
    r"|^[^.;]{0,25}?\bcoded\s+(?:on|between|for|during)\s+(?!this\b)", re.I)
# The coder's share for this event: "4 out of 8 coded to this location",
# "with 3 coded to Ad Darraj", "1 fatality added to this event".
_ASSIGNED = re.compile(
    r"\s*(?:out\s+of\s+\d+\s+)?(?:[^\W\d][\w'’-]*\s+){0,2}?(?:were\s+|was\s+)?"
    r"(?:coded\s+(?:to|in)\b|added\s+(?:to\s+this|here\b))", re.I)
# A coder's statement of the note's total: "Total fatalities coded at least 93",
# "Total fatlities coded as 6", "The total fatalities were at least 11".
_TOTAL = re.compile(r"\btotal\b[^.;]{0,40}$", re.I)
# Bodies recovered, discovered or exhumed are earlier deaths, not this event's.
_RECOVERED = re.compile(
    r"\b(?:recover\w*|retriev\w*|exhum\w*|discover\w*|uncover\w*|unearth\w*|pulled|"
    r"mass\s+graves?|decomposed)\b", re.I)


def figure_value(figure: Figure) -> int:
    """One number for a figure: its ACLED-convention value, else its low end,
    else its high end, else 0 (a figure with both ends open says nothing)."""
    for value in (figure.acled, figure.low, figure.high):
        if value is not None:
            return value
    return 0


def _of_kind(claims: Iterable[Claim], kind: str) -> list[Claim]:
    of_kind = [c for c in claims if c.figure.kind == kind]
    everyone = [c for c in of_kind if c.figure.group == "all"]
    return everyone or of_kind


def document_total(claims: Sequence[Claim], kind: str = "killed") -> int:
    """The ACLED-convention `kind` total of one report (see the module doc);
    0 when the report has no figure of that kind."""
    of_kind = [c for c in claims if c.figure.kind == kind]
    coder = [c for c in of_kind if c.source == CODER_SOURCE]
    if coder:
        totals = [c for c in coder if _TOTAL.search(_before(c))]
        assigned = [c for c in coder if _ASSIGNED.match(_after(c))]
        own = [c for c in coder if not _SPLIT.search(_after(c))]
        chosen = totals or assigned or own
        if chosen:
            return max(figure_value(c.figure) for c in chosen)
    of_kind = [c for c in of_kind if c.source != CODER_SOURCE and not _recovered(c)]
    pool = _of_kind([c for c in of_kind if not c.restated], kind)
    if not pool:  # only restated figures: the largest of them
        pool = _of_kind(of_kind, kind)
        return max((figure_value(c.figure) for c in pool), default=0)
    per_sentence: dict[tuple[int, int], Claim] = {}
    for c in pool:
        best = per_sentence.get(c.span)
        if best is None or figure_value(c.figure) > figure_value(best.figure):
            per_sentence[c.span] = c
    total = 0
    seen: set[tuple[int, str]] = set()
    for c in per_sentence.values():
        value = figure_value(c.figure)
        key = (value, c.figure.words.casefold())
        if key in seen and value > 0:
            continue  # the same figure in the same words: a repetition
        seen.add(key)
        total += value
    return total


def _offset(c: Claim) -> int:
    return c.figure.words_span[0] - c.span[0]


def _before(c: Claim) -> str:
    return c.quote[:max(0, _offset(c))]


def _after(c: Claim) -> str:
    return c.quote[max(0, _offset(c)) + len(c.figure.words):]


def _recovered(c: Claim) -> bool:
    return bool(_RECOVERED.search(c.quote)) and bool(re.search(r"\bbod(?:y|ies)\b", c.quote,
                                                                re.I))


def article_total(claims: Sequence[Claim], kind: str = "killed", *,
                  title_claims: Sequence[Claim] = (), title: str = "", text: str = "") -> int:
    """The `kind` toll of the one incident a news article is about (see the module
    doc).

    - the title's figure when it states one (a vague title figure, "several
      injured", gives way to an exact figure in the article), else the largest
      non-restated figure of the first sentence holding a figure of that kind;
    - a figure in a sentence dated to another year than the report ("In 2009 a
      gunman killed 13") is background, not the article's incident, and so is a
      period's tally ("74 people shot since Wednesday", "this year"; not "the
      shootings last month", an incident's date), another kind of event's
      (an explosion, a crash, a blaze: "40 feared dead in warehouse fire"), and a
      round-up's ("2 dead, 8 wounded in overnight shootings across the city"):
      it sums several incidents;
    - injured excludes the dead: when the figure counts people *shot* and the
      same sentence says how many of them died ("Six people were shot, two of
      whom died"; "Two people were shot, one fatally"), those are taken off; a
      count of people shot in the body below the article's dead ("the family of
      four had been shot" beside five dead) counts the dead only;
    - a killing reported without a number ("Toddler shot, killed", "was
      pronounced dead", "a fatal shooting", "Boy, 4, dies") counts one when no
      figure says otherwise (pass the article's `title` and `text`), and so does
      a named victim "killed," in a headline ("Jane Roe killed, two hurt") but
      never in a round-up's; a "murder-suicide" without a number counts two;
    - one hurt in a shooting that killed another, told in the lead to have died
      ("A woman wounded in a shooting that killed her husband died Tuesday"), is
      one more dead and no longer hurt (not when the lead's toll is a risen one,
      "... has died, bringing the toll to three", which counts her already);
    - one of a count of the dead ("One of the five people shot and killed ...")
      is that count;
    - the killer's own death told beside the victims' figure ("killed his two
      sons, then himself", "before turning the gun on herself") adds one;
    - injured: joined counts of the lead sentence are summed ("nine officers
      and two civilians were injured"); "a double/triple/quadruple shooting"
      without an injured figure is that many shot less the dead; else a
      survivor told without a number ("a 6-year-old girl was shot", "is in
      stable condition", "shot himself in the leg") counts one when the
      article reports no death; beside reported deaths, another person hurt
      later in the body ("his mother was also shot", "another child was
      hospitalized", "... but survived", "was found critically injured") counts
      one, a victim told by an ordinal within the dead ("three found shot dead
      ... a third person shot") is one of them, while one person *shot*
      told again after the one death ("a call about a woman being shot") is the
      dead victim, not a survivor;
    - injured: a lead that tells one survivor, in an article with no death, gives
      way to "both" hurt told later ("Both were taken to a hospital in stable
      condition"): two;
    - injured: a lead count below the number a shooter is told to have hit
      ("accused of shooting five people" beside "a woman was shot in the arm")
      gives way to those hit less the article's dead;
    - a headline listing its victims one by one ("Mother, son shot & killed",
      "leaves 5-year-old, 2 others wounded") or
      giving one counted group in their state ("Three cousins recovering after
      ...") gives that many when its figures say fewer; never a round-up's;
    - a text that is page furniture (a sign-in wall, a menu of video clips) is
      not the article: the title alone tells.
    """
    if _page_furniture(text):  # a sign-in wall or a video menu: the title alone tells
        claims, text = (), ""

    @cache
    def killed_total() -> int:
        """The article's dead, which several injured rules read: computed once."""
        return article_total(claims, "killed", title_claims=title_claims, title=title, text=text)

    title_pool = [c for c in title_claims if c.figure.kind == kind and not c.restated
                  and not _ROUNDUP.search(c.quote)]
    told = [c for c in claims if c.figure.kind == kind and not _background(c)
            and not _not_gunfire(c.quote)]
    text_pool = [c for c in told if not c.restated or _RISEN.search(_before(c)[-60:])]
    if not text_pool and not title_pool:  # only a total: "A total of 50 people were killed"
        text_pool = [c for c in told if _TOTAL_OF.search(_before(c)[-30:])]
    text_pool = _vague_gives_way(text_pool)
    if kind == "injured":  # "a woman who was wounded on Sunday has died": a death
        title_pool = [c for c in title_pool if not _died_later(c, title_claims)]
        text_pool = [c for c in text_pool if not _died_later(c, claims)]
        if any(_ORDINAL.match(c.figure.words) for c in text_pool):
            dead = killed_total()
            text_pool = [c for c in text_pool if not _ordinal_dead(c, dead)]
        if any(_dead_retold(c, claims) for c in text_pool) and killed_total() == 1:
            text_pool = [c for c in text_pool if not _dead_retold(c, claims)]  # one dead
    if title_pool and all(c.figure.qualifier == "vague" for c in title_pool) and any(
            c.figure.qualifier != "vague" for c in text_pool):
        title_pool = []
    if (named := _headline_count(title, kind)) > 1 and named > max(
            (figure_value(c.figure) for c in title_pool), default=0):
        return named  # "Shooting deaths of mother, brother": the headline lists them
    for pool, all_claims in ((title_pool, title_claims), (text_pool, claims)):
        if pool:
            first = min(c.span for c in pool)
            lead = _of_kind([c for c in pool if c.span == first], kind)
            best = max(lead, key=lambda c: figure_value(c.figure))
            value = _lead_value(best, [c for c in pool if c.span == first])
            dead = [c for c in all_claims if c.figure.kind == "killed" and c.span == first
                    and c.figure.words_span[0] > best.figure.words_span[0]]
            if kind == "injured" and dead and _SHOT.match(_after(best)):
                value -= max(figure_value(c.figure) for c in dead)
            elif kind == "injured" and pool is text_pool and value > 1:
                value -= _died_of_them(best, text, dead=any(
                    c.figure.kind == "killed" for c in (*claims, *title_claims)))
            if kind == "injured" and value > 1 and pool is text_pool and _SHOT.match(
                    _after(best)) and killed_total() > value:
                value = 0  # "a family of four had been shot" beside five dead: all of them
            if kind == "injured" and (n := _one_of_n_died(best)):
                value = n - 1  # "One of two men shot late Monday dies": the other lived
            elif kind == "injured":
                value = _next_ordinal(value, [c for c in claims if c.figure.kind == kind
                                              and not _background(c)], dead=killed_total())
            if kind == "injured" and (hit := _people_shot(title, text)) > value:
                dead = killed_total()
                value = max(value, hit - dead)  # one told, then "shot five people" in all
            if kind == "injured" and value == 1 and _both_hurt(text) and not killed_total():
                value = 2  # "A child was shot ... Both were taken to a hospital"
            if kind == "killed" and value == 1 and (m := _ONE_OF_DEAD.match(_after(best))):
                value = to_int(m.group("n")) or value  # "One of the five people killed"
            if kind == "killed" and not best.restated and any(
                    o.figure.kind == "injured" and o.span == first
                    and _died_later(o, all_claims) for o in all_claims):
                value += 1  # "A teen wounded in a shooting that killed his brother died"
            if kind == "killed" and (_shooter_died(best) or _killer_died_elsewhere(
                    best, title, text)):
                value += 1
            return max(value, 0)
    if kind == "killed" and (m := _MULTIPLE_DEATH.search(title) or _MULTIPLE_DEATH.search(
            text[:600])):
        return _MULTIPLE_N[m.group(1).lower()]
    if kind == "killed" and any((_KILLING.search(_NON_FATAL.sub("", s)) or _killing_told(s))
                                and not _TALLY.search(s) and not _ROUNDUP.search(s)
                                and not _background_re().search(s)
                                for s in _lead_sentences(title, text, n=99, chars=600)):
        return 2 if _MURDER_SUICIDE.search(title) or _MURDER_SUICIDE.search(text[:600]) else 1
    if kind == "injured" and (m := _MULTIPLE.search(title) or _MULTIPLE.search(text[:600])):
        killed = killed_total()
        return max(_MULTIPLE_N[m.group(1).lower()] - killed, 0)
    if kind == "injured" and (hit := _people_shot(title, text)):
        # "accused of shooting eight people": those hit, less the article's dead
        killed = killed_total()
        return hit - killed if hit > killed else 0
    if kind == "injured" and (n := _other_victims(text)):
        return n  # "Two other gunshot victims arrived at the hospital": besides the dead
    if kind == "injured" and not _KILLING.search(title) and killed_total() == 0 and any(
            _HURT.search(s) and not _DEATH.search(s) and not _ROUNDUP.search(s)
            for s in _lead_sentences(title, text, n=_BODY_N, chars=_BODY_CHARS)):
        # an unnumbered survivor, only when the article reports no death: anywhere in
        # its first paragraphs (an article that opens on a school's statement)
        return 1
    if kind == "injured" and _survivor(title, text, dead=killed_total()):
        return 1
    if kind == "injured" and _other_survivor(text) and killed_total() > 0:
        return 1
    return 0


# Victims told as *other* than the dead told before: "Two other gunshot victims arrived
# at the hospital". Read here, not as a figure of the extractor: a claim this bare
# (no place, no date) would be linked to other incidents.
_OTHER_VICTIMS = re.compile(r"\b(?P<n>two|three|four|five|six|\d)\s+other\s+(?:gunshot|shooting)"
                            r"\s+victims\b(?!\s+(?:died|were\s+(?:killed|pronounced)))", re.I)


def _other_victims(text: str) -> int:
    """How many victims besides the dead the article's first paragraphs tell (see
    `_OTHER_VICTIMS`); 0 when none."""
    for sentence in _lead_sentences("", text, n=_BODY_N, chars=_BODY_CHARS)[1:]:
        if (m := _OTHER_VICTIMS.search(sentence)) and not (
                _TALLY.search(sentence) or _ROUNDUP.search(sentence) or _YEAR.search(sentence)):
            return to_int(m.group("n")) or 0
    return 0


# A page whose text is not the article: a sign-in or subscription wall, a social-media
# frame, or a menu of video clips ("1:37 Mother of missing woman speaks
# Pause").
_WALL = re.compile(
    r"verification\s+email|\bsign\s+in\s+using\b|thank\s+you\s+for\s+registering"
    r"|get\s+email\s+notifications|premium\s+clicks|add\s+a\s+location\s+to\s+your\s+tweets"
    r"|not\s+in\s+our\s+deliverable\s+area", re.I)
_CLIP = re.compile(r"^\d{1,2}:\d\d\s+\S", re.M)


def _page_furniture(text: str) -> bool:
    """The text is page furniture, not an article: it opens on a wall's words, or
    half its paragraphs are video clip titles."""
    if _WALL.search(text[:400]):
        return True
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return len(paragraphs) >= 4 and 2 * len(_CLIP.findall(text)) >= len(paragraphs)


# "the non-fatal shooting scene" tells no killing.
_NON_FATAL = re.compile(r"\bnon-?\s?fatal\b", re.I)


@cache
def _killing_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load("casualty_words")
    return (re.compile(rf"\b(?:{_alt(lex['killing_words'])})\b", re.I),
            re.compile(rf"\b(?:{_alt(lex['killing_negations'])})\b", re.I))


def _killing_told(sentence: str) -> bool:
    """A headline's or lead's words of a killing done, not tried ("charged with murder
    in shooting of teen", not "charged with attempted murder")."""
    done, tried = _killing_res()
    return bool(done.search(sentence)) and not tried.search(sentence)


_HEADLINE_VERBS = {
    "killed": (r"deaths?\s+of|killed|kills|killing|slayings?\s+of|murders?\s+of|murdering",
               r"shot\s+(?:&|and)\s+killed|killed|dead|slain|shot\s+dead|shot\s+to\s+death"),
    "injured": (r"injur(?:ed|es|ing)|wound(?:ed|s|ing)|shoots|shooting|shot",
                # ("shot dead" is the killed's)
                r"injured|wounded|hurt|shot(?!\s+(?:dead|(?:and|&)\s+killed|to\s+death))"
                r"|hospitali[sz]ed|recovering"),
}


@cache
def _headline_list_res(kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load("casualty_words")
    # up to three modifiers ("Long Beach woman", "8-year-old son"), never a verb or a
    # word that starts another phrase ("shooting deaths of", "kills ex-wife, shoots ...")
    modifier = (r"(?!(?:shoots|shot|shooting|kills|killed|killing|and|of|deaths?|leaves"
                r"|left)\b)[\w'’-]+\s+")
    head = (rf"(?:{modifier}){{0,3}}?"
            rf"(?:{_alt([*lex['persons'], *lex['headline_persons']])})(?![\w'’-])")
    counted = (rf"(?:\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?:[\w'’-]+\s+)?"
               rf"(?:{_alt(lex['headline_groups'])}|[a-z]+s)\b")
    age = r"\d{1,2}-(?:year|month)-old(?![\w'’-])"  # "leaves 2-year-old, 3 others shot"
    item = rf"(?:{counted}|{head}|{age}|{_alt(lex['headline_selves'])})"
    listed = rf"(?P<list>{item}(?:\s*(?:,|\band\b|&)\s*{item}){{1,4}})"
    before, after = _HEADLINE_VERBS[kind]
    return (
        re.compile(rf"\b(?:{before})\s+{listed}", re.I),
        # "Mother, son shot & killed", "gunplay leaves 3 men, 1 woman wounded"
        re.compile(rf"(?:^(?:[^:]{{0,40}}:\s*)?|\b(?:leaves|left|leaving)\s+)"
                   rf"(?:{listed}|(?P<one>{counted}))\s+"
                   rf"(?:(?:were|are)\s+)?(?:found\s+)?(?:{after})\b", re.I),
    )


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9}


def _headline_count(title: str, kind: str) -> int:
    """How many dead (or hurt) a headline lists one by one without a total ("Arrest in
    shooting deaths of woman and 4-year-old daughter" is two; "3 men, 1 woman wounded"
    is four); 0 when it lists none, or when it is a round-up's ("Two teens shot in
    24-hour span")."""
    if _ROUNDUP.search(title):
        return 0
    for pattern in _headline_list_res(kind):
        if m := pattern.search(title):
            listed = m.group("list") or m.groupdict().get("one") or ""
            items = re.split(r"\s*(?:,|\band\b|&)\s*", listed.strip())
            return sum(_item_count(x) for x in items)
    return 0


def _item_count(item: str) -> int:
    """"3 men" is three, "two girls" two, "4-year-old daughter" and "mother" one."""
    words = item.lower().split()
    if len(words) > 1 and words[0].isdigit():
        return int(words[0])
    return _COUNTS.get(words[0], 1) if len(words) > 1 else 1


@cache
def _killer_dead_re() -> re.Pattern[str]:
    killer = rf"(?:{_alt(load('casualty_words')['killers'])})"
    dead = (r"(?:shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot|pronounced\s+dead"
            r"|dead|found\s+dead)")
    return re.compile(
        rf"\b{killer}(?:,\s+[^,.;]{{1,40}},)?\s+(?:was|had\s+been|is)\s+"
        rf"(?:(?:later|also|then|eventually)\s+)?{dead}\b"
        rf"|\b{killer}\s+(?:(?:later|then)\s+)?(?:died|killed\s+(?:himself|herself)"
        r"|shot\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|committed\s+suicide)\b"
        rf"|\b(?:killed|shot\s+and\s+killed|shot\s+dead|fatally\s+shot)\s+(?:the\s+)?"
        rf"{killer}\b", re.I)


# The victims' figure as the object of the killer's verb: "the gunman who killed 49",
# "a man massacred 49 people", "opened fire, killing 49".
_KILLED_BY = re.compile(r"\b(?:killed|killing|kills|massacred|shot\s+and\s+killed|fatally\s+shot"
                        r"|shot\s+dead|gunned\s+down)\s+(?:at\s+least\s+)?$", re.I)


def _killer_died_elsewhere(best: Claim, title: str, text: str) -> bool:
    """The killer's own death told apart from the figure of those he killed ("the
    gunman who killed 49 ..."; "The gunman was killed by police."): a figure told
    in the passive ("four people are dead") may already count him."""
    if not _KILLED_BY.search(_before(best)) or _killer_dead_re().search(best.quote):
        return False
    return any(_killer_dead_re().search(s) for s in _lead_sentences(title, text, n=99,
                                                                    chars=1500))


@cache
def _people_shot_re() -> re.Pattern[str]:
    lex = load("casualty_words")
    return re.compile(
        rf"\b(?:{_alt(lex['shooter_verbs'])})\s+(?:at\s+least\s+)?(?P<n>\d{{1,3}}|[a-z]+)\s+"
        rf"(?:[\w'’-]+\s+)?(?:{_alt(lex['shot_people'])})\b", re.I)


# The first paragraphs of an article, read for the fallbacks of an article that gives
# no figure of the kind (a wider window than the lead's three sentences).
_BODY_N, _BODY_CHARS = 12, 3000


def _people_shot(title: str, text: str) -> int:
    """The number of people a shooter hit, told in the headline or first paragraphs
    ("crashing a party and shooting four people"), outside dated background; 0 when
    none."""
    for sentence in _lead_sentences(title, text, n=_BODY_N, chars=_BODY_CHARS):
        if _YEAR.search(sentence) or _TALLY.search(sentence) or _ROUNDUP.search(sentence):
            continue
        for m in _people_shot_re().finditer(sentence):
            if (n := to_int(m.group("n"))) and n > 1:
                return n
    return 0


# Clauses of a headline or lead sentence: "3 dead, child injured", "Three people were
# killed and another critically injured", "Boy, 7, hospitalized after accidental shooting".
_CLAUSE = re.compile(r"[;:]|,(?!\s*\d{1,2}\s*,)|\s+(?:and|but|while|after|before|as)\s+"
                     r"|\s[-–—]\s", re.I)


@cache
def _survivor_res() -> dict[str, re.Pattern[str]]:
    lex = load("casualty_words")
    whom = rf"(?:{_alt([*lex['persons'], *lex['shot_objects']])}|\d{{1,2}}[- ]years?[- ]old)"
    bare = rf"(?:{_alt(lex['shot_objects'])}|\d{{1,2}}[- ]years?[- ]old)"
    det = r"(?:his|her|a|an|the|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    return {
        "state": re.compile(rf"\b(?:{_alt(lex['survivor_state'])})\b", re.I),
        "clue": re.compile(rf"\b(?:{_alt(lex['survivor_clues'])})\b", re.I),
        "negated": re.compile(rf"\b(?:{_alt(lex['survivor_negations'])})\b", re.I),
        # "shoots teen", "shooting his sister", "shooting of girlfriend's 9-year-old"
        "shot": re.compile(
            rf"\b(?:shoots|shot|shooting)\s+(?:{det}{whom}|(?:[\w'’-]+\s+)?{bare})\b"
            rf"|\bshooting\s+(?:injury\s+)?of\s+(?:{det})?{whom}\b", re.I),
    }


# A headline or lead that tells one killed, then another shot: "Man kills wife, shoots
# son", "accused of murdering his wife, and shooting her son".
_KILLS_THEN_SHOOTS = re.compile(
    r"\b(?:kill|murder)(?:s|ed|ing)?\b[^.;:]*?,\s*(?:and\s+)?(?:shoot(?:s|ing)|shot)\b", re.I)


# A clause whose subject was told before: "He was taken to hospital", "the victim was".
_TOLD_BEFORE = re.compile(r"\s*(?:he|she|the\s+(?:victim|teen(?:ager)?|boy|girl|man|woman"
                          r"|child|toddler))\b", re.I)


def _survivor(title: str, text: str, *, dead: int) -> bool:
    """A survivor told without a number in the headline or lead: a clause in a
    survivor's state ("woman injured", "another critically wounded", "daughter in
    hospital") and free of death words; when the article reports no death, also
    weaker clues ("airlifted") and whom a shooting hit ("accidentally shoots
    12-year-old", "shooting of teen"). When it reports one death, a clause about
    someone already told ("He was taken to hospital in critical condition") is
    about the one who died."""
    res = _survivor_res()
    # with no death told, the first paragraphs; beside a death, the lead only (later
    # survivors there need "also"/"another", see `_other_survivor`)
    window = {"n": _BODY_N, "chars": _BODY_CHARS} if not dead else {}
    for sentence in _lead_sentences(title, text, **window):
        if sentence.lstrip().startswith("+") or _ROUNDUP.search(sentence) or _not_gunfire(
                sentence):
            continue  # a list of other stories, a round-up of several shootings, a crash
        for clause in _CLAUSE.split(sentence):
            if res["negated"].search(clause) or _DEATH.search(clause) or _KILLING.search(
                    clause) or _TALLY.search(clause) or dead == 1 and _TOLD_BEFORE.match(clause):
                continue
            if res["state"].search(clause) or not dead and (
                    res["clue"].search(clause) or res["shot"].search(clause)):
                return True
            if _KILLS_THEN_SHOOTS.search(sentence) and res["shot"].search(clause):
                return True  # "Man kills ex-wife, shoots daughter": the second one lived
    return False


# Someone besides the dead was hurt, told as another person in the passive: "his
# mother was also shot", "another child was hospitalized", "a second man got shot",
# "was shot and slashed but survived", "was also found with multiple injuries" (not "shot
# by another boy", "one shot the other", "is survived by his wife").
_HURT_VERB = (r"(?:shot|wounded|injured|hurt|grazed|hospitali[sz]ed"
              r"|taken\s+to\s+(?:a|the)\s+(?:[\w-]+\s+)?hospital"
              # "was also found in the basement with multiple injuries"
              r"|found\s+[^.;,]{0,40}?\bwith\s+(?:[\w-]+\s+)?(?:injuries|gunshot\s+wounds?))\b"
              r"(?!\s+(?:dead|and\s+killed|to\s+death|by\s+(?:another|the\s+other)))")
_OTHER_HURT = re.compile(
    rf"\b(?:another|a\s+second|the\s+other)\s+(?:[\w'’-]+\s+){{0,3}}?(?:was|were|got|is)\s+"
    rf"(?:also\s+)?(?:[a-z]+ly\s+)?{_HURT_VERB}"
    rf"|\b(?:was|were|got|is)\s+also\s+(?:[a-z]+ly\s+)?{_HURT_VERB}"
    r"|\bbut\s+survived\b(?!\s+by)"
    # a survivor found: "was discovered severely injured" (not "was found dead")
    r"|\bwas\s+(?:discovered|found)\s+(?:severely|critically|seriously|badly)\s+"
    r"(?:injured|wounded|hurt)\b", re.I)
# A survivor told by a wound or a state, in the body of an article that reports deaths:
# "a police officer sustained a moderate gunshot wound", "an officer suffered a bullet
# graze", "is in serious condition after she was shot", "was discharged from the
# hospital". Read only in a sentence that tells no death (the dead, too, were "in
# critical condition" before they died) and whose subject is not one told before ("He
# was in critical condition" is, in an article with a death, the dead victim).
_WOUND_STATE = re.compile(
    r"\b(?:sustained|suffered|received)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:gunshot\s+"
    r"wounds?|bullet\s+(?:graze|wounds?)|graze\s+wound)"
    r"|\bwas\s+grazed\b"
    r"|\b(?:is|was|remains|remained)\s+(?:listed\s+)?in\s+(?:serious|critical|stable|fair|good)"
    r"(?:\s+but\s+stable)?\s+condition\b"
    r"|\b(?:was|were|has\s+been)\s+(?:released|discharged)\s+from\s+(?:the\s+)?hospital\b",
    re.I)
# An earlier event recalled in the body: "A year ago, another teen was shot".
_EARLIER_EVENT = re.compile(
    r"\b(?:ago|earlier|previous\w*|last\s+(?:week|month|year)|before\s+that)\b", re.I)


def _other_survivor(text: str) -> bool:
    """A survivor besides the dead told in the body of an article that reports deaths
    (see `_OTHER_HURT`), outside recalled events and period tallies."""
    for sentence in _lead_sentences("", text, n=20, chars=3000)[1:]:
        if (_YEAR.search(sentence) or _TALLY.search(sentence) or _EARLIER_EVENT.search(sentence)
                or _background_re().search(sentence)):
            continue
        for m in _OTHER_HURT.finditer(sentence):
            clause = _clause_at(sentence, m.start())
            if not _DEATH.search(clause) and not _KILLING.search(clause):
                return True
        if _wound_state(sentence):
            return True
    return False


def _wound_state(sentence: str) -> bool:
    """A survivor's wound or state told of someone not told before, in a sentence with
    no death (see `_WOUND_STATE`)."""
    m = _WOUND_STATE.search(sentence)
    if m is None or _DEATH.search(sentence) or _KILLING.search(sentence) or _ROUNDUP.search(
            sentence):
        return False
    return not _SUBJECT_TOLD.search(_clause_at(sentence, m.start())[:m.start()])


# The subject of a survivor's state is someone told before (the dead victim again): "he
# suffered a gunshot wound", "found the victim had suffered", "All had suffered".
_SUBJECT_TOLD = re.compile(r"\b(?:he|she|they|him|her|his|all|both|each|victims?|the\s+(?:man|"
                           r"woman|boy|girl|teen(?:ager)?|child|toddler))\b", re.I)


def _clause_at(sentence: str, pos: int) -> str:
    """The clause of `sentence` (split by `_CLAUSE`) that holds offset `pos`."""
    start = 0
    for m in _CLAUSE.finditer(sentence):
        if m.start() > pos:
            return sentence[start:m.start()]
        start = m.end()
    return sentence[start:]


# "a quadruple shooting": four people shot, the dead among them.
_MULTIPLE = re.compile(r"\b(double|triple|quadruple|quintuple)[- ]shooting\b", re.I)
_MULTIPLE_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# "a triple homicide", "the double murder": that many dead.
_MULTIPLE_DEATH = re.compile(
    r"\b(double|triple|quadruple|quintuple)[- ](?:homicide|murder|killing|slaying)s?\b", re.I)
# A total stated as such, the article's own toll when it gives no other.
_TOTAL_OF = re.compile(r"\b(?:a\s+total\s+of|in\s+total|in\s+all)\s+$", re.I)
# An incident's toll restated as it rises is still the incident's: "has died,
# bringing the number of fatalities to three".
_RISEN = re.compile(r"\b(?:bringing|raising|rose|risen|climbed|increased|jumped)\b[^.;]*$",
                    re.I)


def _vague_gives_way(pool: list[Claim]) -> list[Claim]:
    """"The man who shot several people ..." then "Five people were shot": a vague
    lead figure gives way to the first exact figure that lies within its range."""
    exact = sorted((c for c in pool if c.figure.qualifier != "vague"), key=lambda c: c.span)
    vague = [c for c in pool if c.figure.qualifier == "vague"]
    if not exact or not vague:
        return pool
    first = figure_value(exact[0].figure)
    if all((c.figure.low or 0) <= first <= (c.figure.high or first) for c in vague):
        return exact
    return pool


# Some of a count of the hurt died, told right after it: "Four people had gunshot wounds.
# One of the male victims died", "Three were injured, including a girl who succumbed",
# "the guard was among four people shot".
_OF_THEM_DIED = re.compile(
    r"^\W*(?P<n>one|two|three)\s+of\s+(?:the|them|those)\b[^.;]{0,30}?\b(?:died|was\s+killed"
    r"|was\s+pronounced\s+dead|succumbed)\b", re.I)
_INCLUDING_DIED = re.compile(
    r"^[^.;]{0,40}?,?\s+including\s+(?:a|an|one)\b[^.;]{0,60}?\bwho\s+(?:later\s+)?"
    r"(?:died|succumbed)\b", re.I)
_AMONG_SHOT = re.compile(r"\bwas\s+among\s+(?:the\s+)?$", re.I)


def _died_of_them(best: Claim, text: str, *, dead: bool) -> int:
    """How many of the hurt the lead counts (`best`) are told, right after, to have died;
    "X was among four people shot" is one of them when the article tells a death."""
    if _INCLUDING_DIED.match(_after(best)) or dead and _AMONG_SHOT.search(
            _before(best)) and _SHOT.match(_after(best)):
        return 1  # ("among 53 others wounded" counts survivors only: not "shot")
    start = text.find(best.quote)
    following = _SPLIT_SENT.split(text[start + len(best.quote):start + len(best.quote) + 400])
    for sentence in [s for s in following if s.strip()][:2]:
        if m := _OF_THEM_DIED.match(sentence):
            return _COUNTS.get(m.group("n").lower(), 1)
    return 0


# The one wounded person's later death told in the same sentence: "a woman who was
# shot near the park ... died at the hospital", "a man wounded on Sunday has died".
_DIED = re.compile(r"\b(?:died|dies|has\s+died|succumbed|passed\s+away)\b", re.I)


def _died_later(c: Claim, claims: Sequence[Claim]) -> bool:
    """A single injured person whose sentence goes on to say they died (and gives no
    separate killed figure, as "five were shot, two of whom died" does)."""
    if figure_value(c.figure) != 1 or not _DIED.search(_after(c)) or _one_of_n_died(c):
        return False
    return not any(o.figure.kind == "killed" and o.span == c.span and not o.restated
                   and not _KILLED_OBJECT.search(_before(o)[-40:])
                   for o in claims)  # ("... has died, bringing the toll to three" restates)


# A killed figure told as the object of a killing inside the hurt person's sentence ("A
# teen wounded in a shooting that killed his brother died Tuesday"): the one who "died"
# is still the hurt person.
_KILLED_OBJECT = re.compile(r"\b(?:that|which)\s+(?:also\s+)?killed\s+$", re.I)


# One of a count of the hurt who died: "One of two men shot late Monday dies", "one of
# three people wounded ... has died".
_ONE_OF_N = re.compile(r"\s+of\s+(?:the\s+)?(?P<n>two|three|four|five|\d{1,2})\b[^.;]{0,80}?"
                       r"\b(?:shot|wounded|injured)\b[^.;]{0,80}?\b(?:dies|died|has\s+died)\b",
                       re.I)


def _one_of_n_died(c: Claim) -> int:
    """N when the claim is "one of N" hurt told to have died (those hurt then are N less
    the one); 0 otherwise."""
    if figure_value(c.figure) != 1 or not (m := _ONE_OF_N.match(_after(c))):
        return 0
    return to_int(m.group("n")) or 0


# "both" of two people, not "both sides", "both ways", "both of his legs".
_BOTH = re.compile(r"\bboth\b(?!\s+(?:sides|ways|hands|times|of\s+(?:his|her|their)\s+\w+))",
                   re.I)


def _both_hurt(text: str) -> bool:
    """The first paragraphs tell *both* of two people hurt, in a sentence with no death
    and no tally ("Both the suspect and the child were taken to a hospital"): beside a
    lead that tells one survivor, there were two."""
    return any(_BOTH.search(s) and (_HURT.search(s) or _survivor_res()["state"].search(s))
               and not (_DEATH.search(s) or _YEAR.search(s) or _TALLY.search(s))
               for s in _lead_sentences("", text, n=_BODY_N, chars=_BODY_CHARS))


# One named among a count of the dead: "One of the five people shot and killed Friday
# was a local man" (the toll is the five).
_ONE_OF_DEAD = re.compile(r"\s+of\s+(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten"
                          r"|\d{1,3})\s+(?:[\w'’-]+\s+){0,2}?(?:shot\s+and\s+)?(?:killed|dead"
                          r"|slain|who\s+died)\b", re.I)


# Ordinals that count a further victim: "a fifth person may have been wounded".
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL = re.compile(rf"(?:a|an)\s+({'|'.join(_ORDINALS)})\b", re.I)


def _next_ordinal(value: int, claims: Sequence[Claim], *, dead: int) -> int:
    """The lead's count of the hurt, raised by one when the article then tells the next
    victim by ordinal ("Four young people were shot ..., and a fifth person may have been
    wounded", "A fifth victim was found later at a hospital"): one more, never a sum. An
    ordinal counts the dead too ("killed two men and injured a third man"), and a person
    hurt by glass or debris is not shot."""
    for c in claims:
        m = _ORDINAL.match(c.figure.words)
        if m and _ORDINALS[m.group(1).lower()] == value + dead + 1 and not _NOT_SHOT.search(
                _after(c)):
            return value + 1
    return value


def _ordinal_dead(c: Claim, dead: int) -> bool:
    """A victim told by an ordinal within the article's dead ("four people were found
    shot dead ... Police later found a fourth person shot"): one of the dead, not a
    survivor (a "third" beside two dead is another)."""
    m = _ORDINAL.match(c.figure.words)
    return m is not None and _ORDINALS[m.group(1).lower()] <= dead


# A person hurt otherwise than by gunfire: "was injured by debris", "cut by broken glass".
_NOT_SHOT = re.compile(r"\b(?:debris|glass|shrapnel|fell|fall|trampl\w+|stampede)\b", re.I)


# "a woman", "an 18-year-old man": one person named by an article, not a count.
_ONE_PERSON = re.compile(r"(?:a|an)\s", re.I)
# Words that make a person another than one already told: "a second man was shot".
_ANOTHER = re.compile(r"\b(?:also|another|other|second|third|too|as\s+well)\b", re.I)


def _dead_retold(c: Claim, claims: Sequence[Claim]) -> bool:
    """One person *shot* ("a woman", not a count), in a sentence that tells no death,
    with no death told after it, and not told as another person: in an article with
    one dead ("A woman was fatally shot by her husband. ... police got a call about a
    woman being shot"), the dead victim told again, not a survivor."""
    if figure_value(c.figure) != 1 or not _ONE_PERSON.match(c.figure.words) or not _SHOT.match(
            _after(c)) or _DEATH.search(c.quote) or _ANOTHER.search(
            _clause_at(c.quote, max(0, _offset(c)))):
        return False
    return not any(o.figure.kind == "killed" and o.span >= c.span for o in claims)


def _lead_value(best: Claim, sentence: list[Claim]) -> int:
    """The largest figure of the lead sentence, or the sum of its joined counts
    ("nine officers and two civilians were injured", "3 adults, 5 minors shot",
    "shot his girlfriend, then wounded a police officer"): figures that are not
    part of another ("including five minors", "one of them")."""
    joined = [c for c in sentence if not _PART_OF.search(_before(c)[-30:])]
    distinct = len({c.figure.words_span for c in joined}) == len(joined)
    if best.figure.kind == "injured" and len(joined) > 1 and distinct:
        return sum(figure_value(c.figure) for c in joined)
    return figure_value(best.figure)


_PART_OF = re.compile(r"\b(?:including|includ\w+|among|of\s+(?:whom|them|those|the)|with"
                      r"|leaving|while|as|mostly|plus)[\s,(]*$", re.I)


def _lead_sentences(title: str, text: str, n: int = 3, chars: int = 800) -> list[str]:
    """The title and the first `n` sentences of the text's first `chars` (a rough
    split is enough)."""
    return [title, *[s for s in _SPLIT_SENT.split(text[:chars]) if s.strip()][:n]]


# A count of people shot (not "wounded"): "six people were shot", "4 shot".
_SHOT = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}?(?:(?:were|have\s+been|had\s+been|"
                   r"are|got)\s+)?shot\b(?!\s+(?:dead|and\s+killed|to\s+death))", re.I)
# A killing told without a number.
_KILLING = re.compile(
    r"\b(?:shot\s+(?:and\s+)?(?:dead|killed)|shot,\s+killed|(?:was|is)\s+killed|"
    r"pronounced\s+dead|(?:fatal|deadly)\s+shooting|fatally\s+(?:shot|wounded)|"
    r"shooting\s+death|died\s+(?:at|after|from|of|in)|killed\s+(?:himself|herself)|"
    r"dead\s+after|found\s+dead"
    # and in a headline's or lead's words: "Boy, 4, dies after ...", "9-year-old
    # killed in gun accident", "arrest in the death of", "a fatal Arlington shooting",
    # "Jane Roe killed, two hurt" (a named victim: a numbered one is a figure)
    r"|dies|died|has\s+died|(?:killed|slain)\s+(?:in|at|by|during|after|while|on)|(?:killed|slain)(?=,)"
    r"|(?:the\s+)?death\s+of|fatally\s+shooting|(?:fatal|deadly)\s+(?:[\w.'’-]+\s+){1,2}shooting"
    r"|murder-suicide|(?:took|taking)\s+the\s+life\s+of|succumbed|coroner|medical\s+examiner"
    r"|(?:slaying|killing|murder)\s+of|shot\s+to\s+death|gunned\s+down|fatally\s+injured)\b",
    re.I)


# A murder-suicide is at least the victim and the one who killed.
_MURDER_SUICIDE = re.compile(r"\bmurder[- /]suicide\b", re.I)
# A surviving victim told without a number: "a 6-year-old girl was shot", "Boy, 7,
# accidentally shot",
# "is recovering after being shot", "was taken to the hospital in stable condition".
_HURT = re.compile(
    r"\b(?:critical|serious|stable|fair|good|grave)\s+condition\b"
    r"|\bnon-?\s?life[- ]threatening\b|\bnot\s+life[- ]threatening\b"
    r"|\b(?:is|was|are|were)\s+(?:recovering|hospitali[sz]ed)\b|\bexpected\s+to\s+"
    r"(?:survive|recover|be\s+ok)\b|\bsent\s+(?:\w+\s+){0,3}to\s+(?:the\s+|a\s+)?hospital\b"
    r"|\b(?:was|were|is|been|being|got|getting)\s+(?:accidentally\s+|critically\s+|"
    r"seriously\s+)?(?:shot|wounded|injured|hurt)\b"
    r"|\b(?:shot|shooting|shoots)\s+(?:himself|herself|themselves|self)\b"
    r"|\bgunshot\s+wounds?\b|\b(?:year-old|boy|girl|man|woman|teen|child|toddler|officer|"
    r"deputy|student)(?:,\s*\d{1,2},)?\s+(?:accidentally\s+)?(?:shot|wounded|injured|hurt)\b",
    re.I)
# Words that make a sentence about a death, not a survivor.
_DEATH = re.compile(r"\b(?:die[sd]?|dead|death|deaths|killed|kills?|fatal\w*|slain|murder\w*"
                    r"|homicide|deceased|lifeless|suicide)\b", re.I)
_SPLIT_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


# The one who killed died too, told apart from the victims' figure: "killed his
# wife and two sons before turning the gun on himself", "kills daughter,
# grandchildren, self", "before he was shot and killed by police".
_SELF = re.compile(
    r"(?:\bthen|\bbefore|\band|,)\s+(?:[\w'’-]+\s+){0,4}?(?:himself|herself|self)\b"
    r"|\b(?:committing|committed|commits|commit)\s+suicide\b"
    r"|\btaking\s+(?:his|her)\s+own\s+life\b"
    # the killer dead beside the victims: "Two bailiffs, shooter killed", "two bailiffs
    # and a gunman are dead", "before officers killed the gunman"
    r"|(?:[,;]|\band)\s+(?:the\s+|a\s+)?(?:shooter|gunman|suspect|attacker)\s+"
    r"(?:(?:are|were|was|is)\s+(?:also\s+)?)?(?:dead|killed)\b"
    r"|\b(?:police|officers?|deputies|deputy|troopers?)\s+(?:shot\s+and\s+)?killed\s+"
    r"the\s+(?:gunman|shooter|suspect|attacker)\b"
    r"|\bbefore\s+(?:he|she|the\s+(?:gunman|shooter|suspect))\s+was\s+(?:fatally\s+shot|"
    r"shot\s+and\s+killed|killed|shot\s+dead)\b", re.I)
_ATTEMPT = re.compile(r"\b(?:attempt\w*|tried|survived|wounded|injured|critical|accident\w*)\b",
                      re.I)


def _shooter_died(c: Claim) -> bool:
    """The claim's sentence adds the killer's own death outside the figure's words."""
    start = max(0, _offset(c))
    rest = c.quote[start + len(c.figure.words):]
    m = _SELF.search(rest)
    return m is not None and not _ATTEMPT.search(rest[m.start():m.end() + 40])


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# A city's or a period's tally, not the article's incident: "have been shot in
# Chicago this year", "in November alone", "in those shootings", "so far".
_TALLY = re.compile(
    # (not an incident's date: "pleaded not guilty to the shootings last month")
    r"(?<!shootings\s)(?<!shooting\s)(?<!killings\s)(?<!attack\s)"
    r"\b(?:this|last)\s+(?:year|month)\b|\bso\s+far\b|\bin\s+(?:those|these|such)\s+"
    r"(?:shootings|incidents|attacks)\b|\balone\b|\bsince\s+(?:the\s+start\s+of|jan)"
    r"|\bin\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b(?!\s+\d)"
    # a span of months or years: "eight children have been shot in the past 17 months"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d+|[a-z]+)\s+(?:months|years)\b"
    # a count since a weekday: "brought to 74 the number of people shot since Wednesday"
    r"|\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I)


# A round-up of several shootings, whose figures sum many incidents, not the one an
# article is about: "in two separate shootings", "weekend shootings across the city",
# "a violent night in Philadelphia".
_ROUNDUP = re.compile(
    r"\b(?:separate|several|multiple|different|weekend|overnight|city|\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten)\s+(?:[\w.-]+\s+){0,2}?(?:shootings|shooting\s+incidents)\b"
    r"|\bshootings\s+(?:across|around|throughout|in)\s+(?:the\s+)?(?:city|chicago|detroit"
    r"|st\.\s+louis|baltimore)\b|\bviolent\s+(?:(?:holiday\s+)?weekend|night|afternoon|day"
    r"|24\s+hours)\b"
    # "wounded in South Side shootings", "killed in shootings from Friday to Sunday" (not
    # "in the shootings": one incident's victims)
    r"|\b(?:in|from)\s+(?!(?:the|a|an|those|these|his|her|their|both)\b)"
    r"(?:[\w-]+\s+){0,3}?shootings\b"
    # a span of hours, not an incident: "in a 24-hour span", "in about ten hours"
    r"|\b(?:24|\d+)-hour\s+(?:span|period)\b|\bin\s+(?:about\s+|just\s+)?\w+\s+hours\b", re.I)


@cache
def _background_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(load('casualty_words')['background_phrases'])})\b", re.I)


# A toll of another kind of event, told without gunfire: "25 hurt in apparent explosion",
# "a charter bus wreck killed four" (a list of other stories beside a shooting article).
_OTHER_EVENT = re.compile(r"\b(?:explosions?|exploded|explodes|blast|crash(?:es|ed)?|wreck"
                          r"|collision|derail\w*)\b", re.I)
_GUNFIRE = re.compile(r"\b(?:shot|shoot\w*|gun\w*|bullets?|fire[ds]?|firing|armed)\b", re.I)


def _not_gunfire(sentence: str) -> bool:
    """The sentence tells an explosion, a crash or a blaze, and no gunfire: its figure
    or survivor is another event's, not the shooting's an article is about (the metric's
    convention: Gun Violence Archive counts those shot). The blaze's own "fire" is not
    gunfire."""
    blaze = _BLAZE.search(sentence)
    rest = _BLAZE.sub(" ", sentence)
    return bool(_OTHER_EVENT.search(sentence) or blaze) and not _GUNFIRE.search(rest)


# A blaze, not gunfire: "40 feared dead in fire at a warehouse", "killed in a house
# fire" (not "caught in the cross fire", "opened fire").
_BLAZE = re.compile(r"\b(?:in|by|from)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?<!cross\s)"
                    r"(?:fire|blaze)\b", re.I)


def _background(c: Claim) -> bool:
    """The claim's sentence names years, none of them the report's year, or is a
    period's tally or a round-up of several shootings."""
    if _TALLY.search(c.quote) or _background_re().search(c.quote):
        return True
    if _ROUNDUP.search(c.quote):
        return True  # "2 dead, 8 wounded in overnight shootings": many incidents' sum
    if c.quote.lstrip().startswith("+"):
        return True  # "+ 1 dead, 1 wounded in Park Hill shooting": a list of other stories
    if c.reported_at is None:
        return False
    years = {int(y) for y in _YEAR.findall(c.quote)}
    return bool(years) and c.reported_at.year not in years
