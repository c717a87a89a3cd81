"""Constrained clustering of scored claim pairs.

Splink's `cluster_pairwise_predictions_at_threshold` takes connected
components, which is transitive: a claim with no actor that matches a
government claim and a coalition claim would pull both into one incident.
So links are accepted greedily, strongest first, and a link is refused when
the two clusters it would join break a hard constraint (two known actors, two
existing incidents, dates further apart than `max_days`, no place of one
within `max_km` of a place of the other and no province in common). Without
constraints this is exactly connected components at the threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tolls.link._records import Record, haversine
from tolls.link.settings import LinkSettings


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    actors: set[str] = field(default_factory=set)
    incidents: set[int] = field(default_factory=set)
    max_start: int | None = None
    min_end: int | None = None
    points: list[tuple[float, float]] = field(default_factory=list)
    admin1: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # town names (the gazetteer's state may be wrong)
    placed: bool = False  # some member has a place (key or province)
    dated: bool = False
    anchored: bool = False  # holds a claim dated to the day (or an existing incident)
    ages: set[int] = field(default_factory=set)  # ages its headlines give

    @classmethod
    def of(cls, r: Record) -> _Cluster:
        c = cls(members=[r.id])
        if r.actor:
            c.actors.add(r.actor)
        if r.incident is not None:
            c.incidents.add(r.incident)
        if r.day_start is not None:
            c.max_start, c.min_end, c.dated = r.day_start, r.day_end, True
        if r.lat is not None and r.lon is not None:
            c.points.append((r.lat, r.lon))
        c.anchored = r.precise_day or not r.is_new
        if r.admin1:
            c.admin1.add(r.admin1)
        if r.place_name:
            c.names.add(r.place_name)
        c.placed = r.place_key is not None or r.admin1 is not None
        c.ages = set(r.ages)
        return c

    def other_child(self, other: _Cluster) -> bool:
        """Both clusters' headlines give ages, and none in common: a
        9-year-old boy's shooting is not a 5-year-old girl's."""
        return bool(self.ages and other.ages and not self.ages & other.ages)


def _near(a: list[tuple[float, float]], b: list[tuple[float, float]], max_km: float) -> bool:
    """Some point of one cluster lies within max_km of some point of the other."""
    if not a or not b:
        return True
    return any(haversine(p[0], p[1], q[0], q[1]) <= max_km for p in a for q in b)


def _opt(f, a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else f(a, b)


class Clusters:
    """Union-find over claim ids with per-cluster constraint summaries."""

    def __init__(self, records: Sequence[Record], settings: LinkSettings):
        self.s = settings
        self.parent = {r.id: r.id for r in records}
        self.info = {r.id: _Cluster.of(r) for r in records}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def compatible(self, a: int, b: int) -> bool:
        ca, cb = self.info[self.find(a)], self.info[self.find(b)]
        if len(ca.actors | cb.actors) > 1 or len(ca.incidents | cb.incidents) > 1:
            return False
        if ca.other_child(cb):
            return False
        hi, lo = _opt(max, ca.max_start, cb.max_start), _opt(min, ca.min_end, cb.min_end)
        if hi is not None and lo is not None and hi - lo > self.s.max_days:
            return False
        # A place of one within max_km of a place of the other, or (for
        # clusters whose reports name several places) a province in common,
        # or a town of the same name (the gazetteer may have picked another
        # state's Newark).
        return (_near(ca.points, cb.points, self.s.max_km)
                or (self.s.admin1_suffices and bool(ca.admin1 & cb.admin1))
                or bool(ca.names & cb.names))

    def union(self, a: int, b: int) -> bool:
        """Join the clusters of a and b unless that breaks a constraint."""
        if self.find(a) == self.find(b) or not self.compatible(a, b):
            return False
        return self.force_union(a, b)

    def force_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ca, cb = self.info[ra], self.info.pop(rb)
        self.parent[rb] = ra
        ca.members += cb.members
        ca.actors |= cb.actors
        ca.incidents |= cb.incidents
        ca.max_start = _opt(max, ca.max_start, cb.max_start)
        ca.min_end = _opt(min, ca.min_end, cb.min_end)
        ca.points += [p for p in cb.points if p not in ca.points]
        ca.dated = ca.dated or cb.dated
        ca.anchored = ca.anchored or cb.anchored
        ca.admin1 |= cb.admin1
        ca.names |= cb.names
        ca.placed = ca.placed or cb.placed
        ca.ages |= cb.ages
        return True

    def add(self, r: Record) -> None:
        """A record of its own (a figureless report joining after the claims)."""
        self.parent[r.id] = r.id
        self.info[r.id] = _Cluster.of(r)

    def keys(self) -> dict[int, int]:
        """Every member's incident key: the existing incident's id, else a
        temporary key -1, -2, ... in order of each new cluster's smallest id."""
        out: dict[int, int] = {}
        new: list[list[int]] = []
        for c in self.groups():
            if c.incidents:
                out.update(dict.fromkeys(c.members, min(c.incidents)))
            else:
                new.append(sorted(c.members))
        for i, members in enumerate(sorted(new), start=1):
            out.update(dict.fromkeys(members, -i))
        return out

    def cluster(self, x: int) -> _Cluster:
        return self.info[self.find(x)]

    def groups(self) -> Iterable[_Cluster]:
        return self.info.values()
