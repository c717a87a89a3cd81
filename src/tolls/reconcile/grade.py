"""Airwars-style confidence grades for an incident.

confirmed   a belligerent accepted responsibility: a claim sourced to the
            acting actor's own military, government or state media;
discounted  nothing credible is left (every claim rejected), or the only
            casualties reported are combatants (or an explicit zero);
contested   more than one actor is blamed (set here when claims name two
            actors, and by `attribute` when another actor struck nearby);
fair        two or more independent sources, and a strike by the actor
            reported in the incident;
weak        anything less.
"""

from __future__ import annotations

from collections.abc import Sequence

from tolls.extract.sources import SourceInfo
from tolls.reconcile.policies import SourceLookup
from tolls.reconcile.series import live, source_key
from tolls.types import Claim

GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
FAIR_OR_BETTER = frozenset({"confirmed", "fair"})
_BELLIGERENT_TYPES = frozenset({"military", "government", "state_media"})
_CASUALTY_KINDS = frozenset({"killed", "injured", "missing"})


def _actor_names(info: SourceInfo) -> set[str]:
    """Actors a source speaks for: its name, its group, and what the actor lexicon makes of them."""
    names = {info.name.lower(), info.independence.lower()}
    try:
        from tolls.extract.actors import find_actors

        for text in (info.name, info.independence):
            names |= {str(m.value).lower() for m in find_actors(text)}
    except Exception:  # the lexicon is optional here; names alone still work
        pass
    return names


def speaks_for(source: str, actor: str, info: SourceLookup) -> bool:
    """True when `source` is the actor's own military, government or state media."""
    si = info(source)
    return si.type in _BELLIGERENT_TYPES and actor.lower() in _actor_names(si)


def independent_sources(claims: Sequence[Claim], info: SourceLookup) -> set[str]:
    """Independence groups of the named sources behind the claims.

    Unnamed sources ("activists") cannot be shown independent, and an outlet
    retelling an earlier toll without naming its source is not new evidence.
    """
    groups = set()
    for c in claims:
        if c.restated and not c.source:
            continue
        si = info(source_key(c))
        if not getattr(si, "generic", False) and si.type != "generic":
            groups.add(si.independence)
    return groups


def _combatants_only(claims: Sequence[Claim]) -> bool:
    casualty = [c for c in claims if c.figure.kind in _CASUALTY_KINDS]
    return bool(casualty) and all(
        c.figure.group == "combatants" or c.figure.high == 0 for c in casualty
    )


def grade(claims: Sequence[Claim], actors: Sequence[str], info: SourceLookup) -> str:
    """The grade of an incident made of `claims` attributed to `actors`."""
    claims = live(claims)
    if not claims:
        return "discounted"
    if any(speaks_for(source_key(c), a, info) for c in claims for a in actors if c.actor == a):
        return "confirmed"
    if _combatants_only(claims):
        return "discounted"
    if len(actors) > 1:
        return "contested"
    struck = any(c.figure.kind == "strikes" and c.actor in actors for c in claims)
    if struck and len(independent_sources(claims, info)) >= 2:
        return "fair"
    return "weak"
