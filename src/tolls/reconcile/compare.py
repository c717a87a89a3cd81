"""Per-actor comparison over reconciled incidents.

Summing across incidents is aggregation over distinct events, which is
fine; the figures summed are each incident's reconciled toll, never the
sources' figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from tolls.reconcile.grade import FAIR_OR_BETTER
from tolls.types import Incident, Toll


@dataclass(slots=True)
class CompareRow:
    """One actor's record. Open highs (None) stay open in the sums.

    `strikes` sums only incidents that report a strike count (`strike_incidents`);
    `killed_per_strike` is killed best / strikes best over those same incidents.
    An incident that reports no figure for killed (or civilians, children)
    adds 0 to low and best and opens the high: nothing reported is not zero.
    Killed/all missing but a subgroup reported (20 combatants) counts the
    largest subgroup low as the incident's low.
    """

    key: str
    incidents: int = 0
    strikes: Toll = field(default_factory=lambda: Toll(0, 0, 0))
    strike_incidents: int = 0
    killed: Toll = field(default_factory=lambda: Toll(0, 0, 0))
    civilians: Toll = field(default_factory=lambda: Toll(0, 0, 0))
    children: Toll = field(default_factory=lambda: Toll(0, 0, 0))
    killed_per_strike: float | None = None
    fair_or_better: float = 0.0
    incident_ids: list[int | None] = field(default_factory=list)


_UNKNOWN = Toll(0, 0, None)


def _add(a: Toll, b: Toll | None) -> Toll:
    b = b or _UNKNOWN

    def s(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y
    # An unknown low counts as 0 (nothing established); an open high stays open.
    return Toll(s(a.low, b.low or 0), s(a.best, b.best if b.best is not None else b.low or 0),
                s(a.high, b.high))


def _fig(inc: Incident, kind: str, group: str) -> Toll | None:
    return inc.figures.get(kind, {}).get(group)


def _in_period(inc: Incident, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if inc.date is None or inc.date.start is None:
        return False
    end = inc.date.end or inc.date.start
    return (since is None or end >= since) and (until is None or inc.date.start <= until)


def _at(inc: Incident, place: str | None) -> bool:
    if not place:
        return True
    p = inc.place
    names = {x.strip().lower() for x in (p.name, p.admin1, p.country) if x} if p else set()
    return place.strip().lower() in names


def _killed_all(inc: Incident) -> Toll | None:
    total = _fig(inc, "killed", "all")
    if total is not None:
        return total
    lows = [t.low for t in inc.figures.get("killed", {}).values() if t.low is not None]
    return Toll(max(lows), max(lows), None) if lows else None


_KEYS: dict[str, Callable[[Incident], list[str]]] = {
    "actor": lambda i: list(i.actors) or ["unknown"],
    "event_type": lambda i: [i.event_type or "unknown"],
    "place": lambda i: [i.place.name if i.place else "unknown"],
}


def compare(incidents: Iterable[Incident], by: str = "actor", since: date | None = None,
            until: date | None = None, place: str | None = None) -> list[CompareRow]:
    """One row per actor (or event type, or place), sorted by key.

    An incident blamed on several actors counts once under each of them.
    """
    if by not in _KEYS:
        raise ValueError(f"cannot compare by {by!r}; choose one of {sorted(_KEYS)}")
    rows: dict[str, CompareRow] = {}
    per_strike: dict[str, tuple[int, int]] = {}
    fair: dict[str, int] = {}
    for inc in incidents:
        if not (_in_period(inc, since, until) and _at(inc, place)):
            continue
        for key in _KEYS[by](inc):
            row = rows.setdefault(key, CompareRow(key))
            _accumulate(row, inc)
            fair[key] = fair.get(key, 0) + (inc.grade in FAIR_OR_BETTER)
            strikes, killed = _fig(inc, "strikes", "all"), _killed_all(inc)
            if strikes and killed and strikes.best and killed.best is not None:
                k, n = per_strike.get(key, (0, 0))
                per_strike[key] = (k + killed.best, n + strikes.best)
    for key, row in rows.items():
        row.fair_or_better = fair[key] / row.incidents
        k, n = per_strike.get(key, (0, 0))
        row.killed_per_strike = k / n if n else None
    return [rows[k] for k in sorted(rows)]


def _accumulate(row: CompareRow, inc: Incident) -> None:
    row.incidents += 1
    row.incident_ids.append(inc.id)
    strikes = _fig(inc, "strikes", "all")
    if strikes is not None:
        row.strike_incidents += 1
        row.strikes = _add(row.strikes, strikes)
    row.killed = _add(row.killed, _killed_all(inc))
    row.civilians = _add(row.civilians, _fig(inc, "killed", "civilians"))
    row.children = _add(row.children, _fig(inc, "killed", "children"))


def rows_as_dicts(rows: Sequence[CompareRow]) -> list[dict]:
    """Plain dicts for JSON / CSV output."""
    return [
        {
            "key": r.key, "incidents": r.incidents, "strike_incidents": r.strike_incidents,
            "strikes_low": r.strikes.low, "strikes_high": r.strikes.high,
            "killed_low": r.killed.low, "killed_best": r.killed.best, "killed_high": r.killed.high,
            "civilians_low": r.civilians.low, "civilians_best": r.civilians.best,
            "civilians_high": r.civilians.high, "children_low": r.children.low,
            "children_best": r.children.best, "children_high": r.children.high,
            "killed_per_strike": r.killed_per_strike, "fair_or_better": r.fair_or_better,
            "incident_ids": list(r.incident_ids),
        }
        for r in rows
    ]
