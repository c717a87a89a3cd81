"""Link claims into incidents: Splink scores pairs, constraints decide clusters."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tolls.link._cluster import Clusters
from tolls.link._model import Pair, score_pairs
from tolls.link._records import Record, km, to_records
from tolls.link.settings import LinkSettings
from tolls.types import Claim


def link_claims(claims: Sequence[Claim], settings: LinkSettings | None = None) -> dict[int, int]:
    """Map every claim id to an incident key.

    Claims that already carry an `incident` keep it (a person's confirmations
    and moves live there too); only claims with `incident=None` are linked,
    against each other and against the claims of existing incidents. A new
    claim joining an existing incident gets that incident's id; each new
    incident gets a negative temporary key (-1, -2, ... by smallest claim id).
    """
    s = settings or LinkSettings()
    records = to_records(claims)
    by_id = {r.id: r for r in records}
    pairs, _ = score_pairs(records, s)
    clusters = Clusters(records, s)
    _keep_existing(clusters, records)
    strong = _edges(pairs, by_id, s, s.threshold)
    # Only claims dated to the day (or already placed) found incidents; a claim
    # dated to a window ("on or just before the report") or not at all joins one.
    anchored = {r.id for r in records if r.precise_day or not r.is_new}
    for a, b in strong:
        if a in anchored and b in anchored:
            clusters.union(a, b)
    _attach_restated(clusters, records, pairs, by_id, s)
    _attach_echoes(clusters, records, s)
    _attach_windowed(clusters, records, anchored, s)
    _attach_undated(clusters, _edges(pairs, by_id, s, s.attach_threshold), strong, anchored)
    return _keys(clusters)


def _alone(clusters: Clusters, rid: int) -> bool:
    return len(clusters.cluster(rid).members) == 1


def _actor_fits(r: Record, actors: set[str]) -> bool:
    return r.actor is None or not actors or actors == {r.actor}


def _attach_echoes(clusters: Clusters, records: Sequence[Record], s: LinkSettings) -> None:
    """A claim without a precise day that repeats a source's figure exactly
    (same source, kind, group and interval) as a claim dated to the day joins
    that claim's incident: it is the same claim carried again ("RBSS, 28
    November: 209 documented" restating the RBSS count of Tuesday's raids).
    It must not predate the figure it repeats, and must fit its place and
    actor; when the figure matches claims in several incidents it stays out."""
    firsthand: dict[tuple, list[Record]] = defaultdict(list)
    for r in records:
        if r.figure_key is not None and r.precise_day:
            firsthand[r.figure_key].append(r)
    for r in records:
        if r.precise_day or not r.is_new or r.figure_key is None or not _alone(clusters, r.id):
            continue
        matches = [o for o in firsthand.get(r.figure_key, ())
                   if (r.day_end is None or o.day_start <= r.day_end)  # type: ignore[operator]
                   and _place_compatible(r, o, s)]
        roots = {clusters.find(o.id) for o in matches}
        if len(roots) == 1 and _actor_fits(r, clusters.cluster(matches[0].id).actors):
            # The echo's window is when it was reported, not the event's day:
            # it must not stretch the incident's dates, hence no date check.
            clusters.force_union(matches[0].id, r.id)


def _attach_windowed(clusters: Clusters, records: Sequence[Record], anchored: set[int],
                     s: LinkSettings) -> None:
    """A claim dated only to a window joins the one compatible incident dated to
    a day inside that window (same place or near, actor and event type not in
    conflict). With several candidates it cannot say which, so it stays out."""
    by_place: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.id in anchored and r.place_key is not None:
            by_place[r.place_key].append(r)
    for r in records:
        if (r.id in anchored or r.day_start is None or r.place_key is None
                or not _alone(clusters, r.id)):
            continue
        roots = set()
        for o in by_place.get(r.place_key, ()):
            inside = r.day_start <= o.day_start <= r.day_end  # type: ignore[operator]
            events_fit = not (r.event_type and o.event_type and r.event_type != o.event_type)
            if inside and events_fit and _actor_fits(r, clusters.cluster(o.id).actors):
                roots.add(clusters.find(o.id))
        if len(roots) == 1:
            clusters.union(r.id, next(iter(roots)))


def _keep_existing(clusters: Clusters, records: Sequence[Record]) -> None:
    """Existing incidents are taken as given, even if they break a constraint."""
    first: dict[int, int] = {}
    for r in records:
        if r.incident is None:
            continue
        if r.incident in first:
            clusters.force_union(first[r.incident], r.id)
        else:
            first[r.incident] = r.id


def _same_actor_day_place(a: Record, b: Record, s: LinkSettings) -> bool:
    if not (a.actor and a.actor == b.actor and a.precise_day and b.precise_day):
        return False
    if a.day_start != b.day_start:
        return False
    if a.place_key is not None and a.place_key == b.place_key:
        return True
    d = km(a, b)
    return d is not None and d <= s.near_km


def _edges(pairs: Sequence[Pair], by_id: dict[int, Record], s: LinkSettings,
           threshold: float) -> list[tuple[int, int]]:
    """Pairs to link, strongest first; ties broken by ids so runs are repeatable."""
    edges = []
    for a, b, p in pairs:
        if s.same_actor_day_place and _same_actor_day_place(by_id[a], by_id[b], s):
            p = 1.0
        if p >= threshold:
            edges.append((-p, min(a, b), max(a, b)))
    edges.sort()
    return [(a, b) for _, a, b in edges]


def _place_compatible(a: Record, b: Record, s: LinkSettings) -> bool:
    if a.place_key is not None and a.place_key == b.place_key:
        return True
    d = km(a, b)
    if d is not None:
        return d <= s.max_km
    known = a.place_key is not None and b.place_key is not None
    return not known and (a.admin1 is None or b.admin1 is None or a.admin1 == b.admin1)


def _attach_restated(clusters: Clusters, records: Sequence[Record], pairs: Sequence[Pair],
                     by_id: dict[int, Record], s: LinkSettings) -> None:
    """A claim restating an earlier day's toll joins that day's incident.

    Its wording ("the toll from Tuesday's raids rose to 209") often shares
    little with the first reports, so its score may fall short; when it is
    left in a cluster of restatements only, it joins the best-scoring
    compatible cluster holding a first-hand claim dated the same day.
    """
    best: dict[int, tuple[float, int]] = {}
    for a, b, p in pairs:
        for r, o in ((by_id[a], by_id[b]), (by_id[b], by_id[a])):
            if not (r.restated and r.is_new and r.day_start is not None) or o.restated:
                continue
            if o.day_start is None or max(r.day_start, o.day_start) > min(r.day_end, o.day_end):
                continue
            if _place_compatible(r, o, s) and p > best.get(r.id, (-1.0, 0))[0]:
                best[r.id] = (p, o.id)
    for rid in sorted(best):
        members = clusters.cluster(rid).members
        if all(by_id[m].restated for m in members):
            clusters.union(rid, best[rid][1])


def _attach_undated(clusters: Clusters, weak: Sequence[tuple[int, int]],
                    strong: Sequence[tuple[int, int]], anchored: set[int]) -> None:
    """Undated claims join their best compatible dated incident, else each other.

    An undated claim must not bridge two dated incidents, so each joins at
    most one, through its strongest link (at `attach_threshold`: with no date
    to compare, the bar is lower); the rest cluster among themselves.
    """
    joined: set[int] = set()
    for a, b in weak:  # strongest first
        for u, o in ((a, b), (b, a)):
            if u not in anchored and u not in joined and o in anchored and clusters.union(u, o):
                joined.add(u)
    for a, b in strong:
        if not ({a, b} & anchored or {a, b} & joined):
            clusters.union(a, b)


def _keys(clusters: Clusters) -> dict[int, int]:
    out: dict[int, int] = {}
    new: list[list[int]] = []
    for c in clusters.groups():
        if c.incidents:
            out.update(dict.fromkeys(c.members, min(c.incidents)))
        else:
            new.append(sorted(c.members))
    for i, members in enumerate(sorted(new), start=1):
        out.update(dict.fromkeys(members, -i))
    return out


def clusters_by_key(assignment: dict[int, int]) -> dict[int, list[int]]:
    """Invert a link result: incident key -> sorted claim ids."""
    groups: dict[int, list[int]] = defaultdict(list)
    for cid, key in sorted(assignment.items()):
        groups[key].append(cid)
    return dict(groups)
