"""Date recogniser: explicit and relative dates resolved against a reference date.

Why no dateparser here: every form we accept is a closed class (month names,
weekdays, ISO / numeric dates, a dozen relative phrases), which one compiled
regex finds and a few lines resolve. `dateparser.parse` costs about a
millisecond per call and `search_dates` tens of milliseconds per sentence,
which alone would be slower than the whole extractor's budget; its
forgiving parser also reads numbers such as "25" or "2014" as dates. A span
the regex does not fully understand is therefore left out rather than
guessed.

Conventions (reference = the document's date):
* weekdays ("on Tuesday", "Tuesday's attacks", "Thursday night") are the most
  recent such day on or before the reference; "last Tuesday" is strictly before;
* a day and month without a year take the reference's year, or the year before
  when that would put the date more than `_FUTURE_SLACK` days after it;
* "overnight" / "last night" span the night before: (reference-1, reference), days;
* "last week" is the previous Monday-Sunday week; "earlier this week" / "this
  week" run from this week's Monday to the reference (precision week);
* "in November" (capitalised, no day after it) is that month, the latest one
  begun by the reference; "in 2013" is that year: periods, not days;
* numeric d/m/y dates are read only when unambiguous (one part > 12), because
  US and European sources order them differently.
Without a reference only dates that carry their year are returned.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from tolls.extract._automaton import trie, word_starts
from tolls.extract.mentions import Mention
from tolls.types import DateRange

_FUTURE_SLACK = 7

_MONTHS = {
    name: i
    for i in range(1, 13)
    for name in {calendar.month_name[i].lower(), calendar.month_abbr[i].lower()}
}
_MONTHS.update({"sept": 9})
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a": 1,
}

_MONTH = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
         r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<{}>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)[0-9]{{2}})"
_WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?P<y>(?:19|20)[0-9]{2})-(?P<m>[01]?[0-9])-(?P<d>[0-3]?[0-9])(?![0-9])"),
    ("numeric", r"(?P<a>[0-3]?[0-9])[/.](?P<b>[0-3]?[0-9])[/.](?P<y>(?:19|20)[0-9]{2})"),
    ("dmy", _DAY.format("d") + r"(?:\s+of)?\s+" + _MONTH.format("m")
     + r"(?:,?\s+" + _YEAR.format("y") + r")?"),
    ("mdy", _MONTH.format("m") + r"\s+" + _DAY.format("d") + r"(?![0-9])"
     + r"(?:,?\s+" + _YEAR.format("y") + r")?"),
    ("my", _MONTH.format("m") + r",?\s+" + _YEAR.format("y")),
    ("weekday", r"(?:(?P<rel>last|this|past|previous)\s+)?" + _WEEKDAY + r"(?:'s)?" + _PART),
    ("ago", r"(?P<n>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
     r"(?P<unit>days?|weeks?)\s+(?:ago|earlier)"),
    ("rel", r"(?P<phrase>the\s+day\s+before\s+yesterday|the\s+day\s+before|yesterday|"
     r"earlier\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|overnight|"
     r"last\s+night|earlier\s+this\s+week|this\s+week|last\s+week|the\s+past\s+week|"
     r"earlier\s+this\s+month|this\s+month|last\s+month|earlier\s+this\s+year|this\s+year|"
     r"last\s+year)"),
    # a month or a year on its own: a period ("killed in November alone", "died in 2013")
    ("inm", r"in\s+" + _MONTH.format("m")
     + r"(?!\.?(?:\s+[0-3]?[0-9](?![0-9])|,?\s+(?:19|20)[0-9]{2}))"),
    ("iny", r"in\s+" + _YEAR.format("y")),
]
# Every character a pattern above may start with (digits; month, weekday, number
# and relative words): a look-ahead on it first lets most positions fail at
# once. Extend it when a pattern may start with another letter.
_FIRST = "0-9adefijlmnopstwy"
# re.ASCII keeps \s and case folding to ASCII: "ſ" or "K" (Kelvin) never reach the tables.
_SCAN = re.compile(
    rf"(?=[{_FIRST}])(?<![\w/.-])(?:"
    + "|".join(f"(?P<{k}>{p.replace('(?P<', f'(?P<{k}_')})" for k, p in _PATTERNS)
    + r")(?![\w/-])",
    re.IGNORECASE | re.ASCII,
)


_EXPLICIT = frozenset({"iso", "numeric", "dmy", "mdy"})
# What may stand between a weekday and the explicit date it glosses:
# "23 November (Sunday)", "Sunday, Nov. 23", "**25 November (Tuesday):**".
_GLOSS_GAP = re.compile(r"[\s,()*]{0,4}")


def find_dates(text: str, reference: date | None, until: int | None = None) -> list[Mention]:
    """Date mentions resolved against `reference`; `value` is a `tolls.types.DateRange`.

    With `until`, only the mentions that start before that offset: the scan
    stops after the first date past it (which the gloss test may need)."""
    found: list[tuple[str, Mention]] = []
    for match in _scan(text):
        value = _resolve(match, reference)
        if value is not None:
            kind = match.lastgroup or ""
            found.append((kind, Mention(match.start(), match.end(), match.group(), value)))
            if until is not None and match.start() >= until:
                break
    return [m for i, (kind, m) in enumerate(found)
            if (until is None or m.start < until) and not _glosses(text, found, i)]


# Where a `_SCAN` match can start, in `_scan_form(text)`: at a word boundary
# (`_SCAN` wants no ASCII word character before it, and a character of
# `_FIRST` at it), every first digit, and the first word of each pattern
# ("a"/"the"/"in" only before what the pattern needs next). Trying `_SCAN` there,
# instead of at every letter of `_FIRST`, finds the same matches. Every
# anchor is a word start (`word_starts`: run over " " + the scan form).
_ANCHOR = word_starts(r"[0-9]|a(?=\s+(?:day|week))|the(?=\s+(?:day|past))|"
                     r"in(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|19|20))|" + trie([
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    *_WEEKDAYS, "last", "this", "past", "previous", *(w for w in _NUMBERS if w != "a"),
    "yesterday", "earlier", "today", "tonight", "overnight"]))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _scan_form(text: str) -> str:
    """`text` as `_SCAN` (re.ASCII) sees it, one character for one: ASCII lower
    case, and every other character "#", which under re.ASCII is no word
    character, digit, space or letter of the tables either."""
    if not text.isascii():
        text = _NON_ASCII.sub("#", text)
    return text.lower()


def _scan(text: str) -> Iterator[re.Match[str]]:
    """`_SCAN.finditer(text)`: the pattern tried only at `_ANCHOR` offsets, left
    to right, each after the end of the last match."""
    match = _SCAN.match
    pos = 0
    for a in _ANCHOR.finditer(f" {_scan_form(text)}"):  # (`word_starts`)
        start = a.start()
        if start < pos:
            continue
        if m := match(text, start):
            yield m
            pos = m.end()


def _glosses(text: str, found: list[tuple[str, Mention]], i: int) -> bool:
    """True when mention i is a weekday written beside an explicit date: the date
    says which day it is, and resolving the weekday on its own could disagree."""
    kind, m = found[i]
    if kind != "weekday":
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(found) and found[j][0] in _EXPLICIT:
            other = found[j][1]
            gap = (other.end, m.start) if j < i else (m.end, other.start)
            if gap[0] <= gap[1] and _GLOSS_GAP.fullmatch(text[gap[0]:gap[1]]):
                return True
    return False


# Pattern name -> (name inside it, group name) of its groups: `_resolve` reads
# only the matched pattern's groups (`groupdict` would build all of them).
_GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    kind: tuple((g[len(kind) + 1:], g) for g in _SCAN.groupindex if g.startswith(f"{kind}_"))
    for kind, _ in _PATTERNS
}


def _resolve(match: re.Match[str], ref: date | None) -> DateRange | None:
    kind = match.lastgroup
    groups = {name: v for name, g in _GROUPS.get(kind or "", ()) if (v := match.group(g))
              is not None}
    try:
        if kind == "iso":
            return _day(date(int(groups["y"]), int(groups["m"]), int(groups["d"])))
        if kind == "numeric":
            return _numeric(int(groups["a"]), int(groups["b"]), int(groups["y"]))
        if kind == "iny":
            year = int(groups["y"])
            return DateRange(date(year, 1, 1), date(year, 12, 31), "year")
        if kind in ("dmy", "mdy", "my", "inm") and not groups["m"][0].isupper():
            return None  # "may", "march" in lower case are verbs far more often than months
        if kind in ("dmy", "mdy"):
            return _day_month(int(groups["d"]), _month(groups["m"]), groups.get("y"), ref)
        if kind == "my":
            return _month_range(int(groups["y"]), _month(groups["m"]), "month")
        if ref is None:
            return None
        if kind == "inm":
            return _month_of(_month(groups["m"]), ref)
        if kind == "weekday":
            return _weekday(_WEEKDAYS[groups["wd"].lower()], groups.get("rel"), ref)
        if kind == "ago":
            return _ago(groups["n"].lower(), groups["unit"].lower(), ref)
        if kind == "rel":
            return _relative(" ".join(groups["phrase"].lower().split()), ref)
    except (ValueError, OverflowError):  # 31 February, year 0 and friends
        return None
    return None


def _month(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")]


def _day(d: date) -> DateRange:
    return DateRange(d, d, "day")


def _numeric(a: int, b: int, year: int) -> DateRange | None:
    if a > 12 >= b:
        return _day(date(year, b, a))
    if b > 12 >= a:
        return _day(date(year, a, b))
    return None  # 05/06/2014: day-first or month-first depends on the writer


def _day_month(day: int, month: int, year: str | None, ref: date | None) -> DateRange | None:
    if year is not None:
        return _day(date(int(year), month, day))
    if ref is None:
        return None
    candidate = date(ref.year, month, day)
    if candidate > ref + timedelta(days=_FUTURE_SLACK):
        candidate = date(ref.year - 1, month, day)
    return _day(candidate)


def _month_range(year: int, month: int, precision: str) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1), date(year, month, last), precision)


def _month_of(month: int, ref: date) -> DateRange:
    """A month named without a year: the latest one that has begun by `ref`."""
    year = ref.year if date(ref.year, month, 1) <= ref + timedelta(days=_FUTURE_SLACK) \
        else ref.year - 1
    return _month_range(year, month, "month")


def _weekday(weekday: int, rel: str | None, ref: date) -> DateRange:
    back = (ref.weekday() - weekday) % 7
    if rel and rel.lower() in ("last", "past", "previous") and back == 0:
        back = 7
    return _day(ref - timedelta(days=back))


def _ago(n: str, unit: str, ref: date) -> DateRange:
    count = _NUMBERS[n] if n in _NUMBERS else int(n)
    if unit.startswith("week"):
        start = ref - timedelta(weeks=count)
        return DateRange(start - timedelta(days=start.weekday()),
                         start + timedelta(days=6 - start.weekday()), "week")
    return _day(ref - timedelta(days=count))


def _relative(phrase: str, ref: date) -> DateRange | None:
    day = timedelta(days=1)
    monday = ref - timedelta(days=ref.weekday())
    if phrase in ("today", "earlier today", "tonight") or phrase.startswith("this ") and \
            phrase.split()[1] in ("morning", "afternoon", "evening"):
        return _day(ref)
    if phrase in ("yesterday", "the day before"):
        return _day(ref - day)
    if phrase == "the day before yesterday":
        return _day(ref - 2 * day)
    if phrase in ("overnight", "last night"):
        return DateRange(ref - day, ref, "days")
    if phrase in ("earlier this week", "this week"):
        return DateRange(monday, ref, "week")
    if phrase == "last week":
        return DateRange(monday - 7 * day, monday - day, "week")
    if phrase == "the past week":
        return DateRange(ref - 7 * day, ref, "week")
    if phrase in ("earlier this month", "this month"):
        return DateRange(ref.replace(day=1), ref, "month")
    if phrase == "last month":
        first = ref.replace(day=1) - day
        return _month_range(first.year, first.month, "month")
    if phrase in ("earlier this year", "this year"):
        return DateRange(date(ref.year, 1, 1), ref, "year")
    if phrase == "last year":
        return DateRange(date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "year")
    return None
