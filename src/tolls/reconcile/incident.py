"""Reconcile the claims of one incident into dates, place, tolls and a grade."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tolls.extract.sources import source_info as default_source_info
from tolls.reconcile.grade import grade
from tolls.reconcile.policies import DEFAULT_POLICY, Policy, SourceLookup, get_policy
from tolls.reconcile.series import (
    evolution,
    kinds_and_groups,
    latest_by_source,
    live,
    source_key,
)
from tolls.types import Claim, DateRange, Incident, Place, Toll

_PRECISION = {"site": 0, "town": 1, "district": 2, "province": 3, "country": 4}
SUBGROUPS = ("civilians", "children", "women", "combatants")
# Groups that are civilians by definition (Airwars counts them so).
PARTS = ("children", "women")


def reconcile(
    claims: Sequence[Claim],
    policy: str = DEFAULT_POLICY,
    *,
    id: int | None = None,
    source_info: SourceLookup = default_source_info,
    notes: list[str] | None = None,
) -> Incident:
    """An incident from its claims under the named policy.

    Rejected claims are ignored. `notes`, when given, collects what the
    reconciliation had to correct (a subgroup clamped to the total).
    """
    rule = get_policy(policy)
    kept = live(claims)
    actors = sorted({c.actor for c in kept if c.actor})
    notes = notes if notes is not None else []
    return Incident(
        id=id,
        claims=list(claims),
        date=_date(kept),
        place=_place(kept),
        sites=sorted({s for c in kept for s in c.sites}),
        actors=actors,
        attribution="single" if len(actors) == 1 else "contested" if actors else "unknown",
        event_type=_most_common(c.event_type for c in kept),
        figures=figures(_event_claims(kept, notes), rule, source_info, notes),
        grade=grade(kept, actors, source_info),
        sources=sorted({source_key(c) for c in kept}),
        evolution=evolution(kept),
        policy=rule.name,
        notes=notes,
    )


# A claim dated to a month or a year is a tally of that period ("this year has
# seen more than 130 shooting deaths in the city"), not the toll of an event
# dated to the day or the week beside it.
_PERIOD = frozenset({"month", "year"})


def _event_claims(claims: Sequence[Claim], notes: list[str]) -> list[Claim]:
    """The claims that set the tolls: all of them, less period tallies when the
    incident also has claims dated to the day or the week (the tallies stay
    in the incident, shown and traceable, but count for nothing)."""
    tallies = [c for c in claims if c.date is not None and c.date.precision in _PERIOD]
    if not tallies or len(tallies) == len(claims):
        return list(claims)
    notes.append(f"{len(tallies)} claim(s) dated only to a month or a year left out of the "
                 "tolls as period tallies: " + "; ".join(
                     f"{c.figure.kind}/{c.figure.group} {c.figure.words!r}" for c in tallies[:3]))
    return [c for c in claims if c not in tallies]


def figures(claims: Sequence[Claim], rule: Policy, info: SourceLookup,
            notes: list[str]) -> dict[str, dict[str, Toll]]:
    """kind -> group -> Toll, each (kind, group) reconciled on its own."""
    out: dict[str, dict[str, Toll]] = {}
    pairs = set(kinds_and_groups(claims))
    if rule.civilians_from_all:
        pairs |= {(k, "civilians") for k, g in pairs if g in ("all", *PARTS) and k != "strikes"}
    pairs |= {(k, "all") for k, g in pairs if g in SUBGROUPS}
    for kind, group in sorted(pairs):
        latest = _latest(claims, kind, group, rule)
        if latest:
            out.setdefault(kind, {})[group] = rule.toll(sorted(latest.items()), info)
    for kind, groups in out.items():
        _clamp_subgroups(kind, groups, notes)
    return out


def _latest(claims: Sequence[Claim], kind: str, group: str, rule: Policy) -> dict[str, Claim]:
    latest = latest_by_source(claims, kind, group)
    if group == "all":
        _own_parts_floor(claims, kind, latest)
    if rule.civilians_from_all and group == "all":
        # A source's civilian count is a floor under its total ("15 civilians
        # killed" says at least 15 died), so a source with no total counts so.
        for src, c in latest_by_source(claims, kind, "civilians").items():
            if src not in latest and c.figure.low is not None:
                latest[src] = replace(c, figure=replace(
                    c.figure, group="all", high=None,
                    qualifier="vague" if c.figure.qualifier == "vague" else "at_least"))
    if rule.civilians_from_all and group == "civilians":
        broken_down = {source_key(c) for c in claims if c.figure.kind == kind
                       and c.figure.group in ("civilians", "combatants")}
        for src, c in latest_by_source(claims, kind, "all").items():
            if src not in broken_down:
                latest.setdefault(src, c)
        if not latest:
            latest = _floor_from_parts(claims, kind, PARTS, "civilians")
    if group == "all" and not latest:
        # nobody gives a total: "a 3-year-old boy was killed" is at least one dead
        latest = _floor_from_parts(claims, kind, SUBGROUPS, "all")
    return latest


def _own_parts_floor(claims: Sequence[Claim], kind: str, latest: dict[str, Claim]) -> None:
    """A source whose own subgroup count exceeds its own total ("along with his
    son" read as 1 killed, beside its 4 civilians killed) gave a partial total:
    its total becomes "at least" its largest subgroup."""
    for group in SUBGROUPS:
        for src, part in latest_by_source(claims, kind, group).items():
            total = latest.get(src)
            n = part.figure.low
            if total is None or n is None or total.figure.high is None:
                continue
            if total.figure.high < n:
                latest[src] = replace(total, figure=replace(
                    total.figure, low=n, high=None, qualifier="at_least"))


def _floor_from_parts(claims: Sequence[Claim], kind: str, parts: Sequence[str],
                     target: str) -> dict[str, Claim]:
    """Each source's largest figure among `parts`, read as "at least that many"
    of `target`: used only when no source gives a `target` figure ("two
    children were killed" is at least two civilians, and two people, dead).
    Parts are never summed: a source's children and women may overlap."""
    out: dict[str, Claim] = {}
    for group in parts:
        for src, c in latest_by_source(claims, kind, group).items():
            n = c.figure.low
            if n is None or (n == 0 and target == "all"):
                continue  # "no civilian casualties" says nothing of the total
            have = out.get(src)
            if have is None or (have.figure.low or 0) < n:
                qualifier = "vague" if c.figure.qualifier == "vague" else "at_least"
                out[src] = replace(c, figure=replace(
                    c.figure, group=target, low=n, high=None, qualifier=qualifier))
    return out


def _clamp_subgroups(kind: str, groups: dict[str, Toll], notes: list[str]) -> None:
    """A subgroup (civilians, children, ...) cannot exceed the total's high.

    A subgroup's low is a fact about the total too (15 civilians killed means
    at least 15 killed), so it first raises the total's high where that is
    lower; only what is left above the total's high is cut.
    """
    total = groups.get("all")
    if total is None or total.high is None:
        return
    floor = max((t.low for g in SUBGROUPS if (t := groups.get(g)) and t.low is not None),
                default=None)
    if floor is not None and floor > total.high:
        notes.append(f"{kind}/all high raised from {total.high} to {floor}: "
                     f"a subgroup reports at least {floor}")
        total = groups["all"] = Toll(total.low, total.best, floor)
    cap = total.high
    for g in SUBGROUPS:
        t = groups.get(g)
        if t is None:
            continue
        fixed = Toll(*(None if v is None else min(v, cap) for v in (t.low, t.best, t.high)))
        if fixed.high is None:
            fixed.high = cap
        if fixed != t:
            notes.append(f"{kind}/{g} clamped to {kind}/all high {cap}: "
                         f"{t.low}/{t.best}/{t.high} -> {fixed.low}/{fixed.best}/{fixed.high}")
            groups[g] = fixed


_DATE_PRECISION = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4}


def _date(claims: Sequence[Claim]) -> DateRange | None:
    """The span of the most precise claim dates: a report that only implies
    "on or just before today" must not widen an incident dated to the day."""
    dated = [c.date for c in claims if c.date and (c.date.start or c.date.end)]
    if not dated:
        return None
    finest = min(_DATE_PRECISION.get(d.precision, 5) for d in dated)
    dated = [d for d in dated if _DATE_PRECISION.get(d.precision, 5) == finest]
    starts = [d.start or d.end for d in dated]
    ends = [d.end or d.start for d in dated]
    start, end = min(starts), max(ends)  # type: ignore[type-var]
    return DateRange(start, end, "day" if start == end else "days")


def _place_key(p: Place) -> object:
    return p.geonames_id if p.geonames_id is not None else p.name.strip().lower()


def _place(claims: Sequence[Claim]) -> Place | None:
    """The most commonly reported place; ties go to the more precise one."""
    places = [c.place for c in claims if c.place is not None]
    if not places:
        return None
    counts = Counter(_place_key(p) for p in places)
    return min(places, key=lambda p: (-counts[_place_key(p)],
                                      _PRECISION.get(p.precision, 5), p.name))


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
