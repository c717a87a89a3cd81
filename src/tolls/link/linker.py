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
    clusters, _ = cluster_claims(to_records(claims), s)
    return clusters.keys()


def cluster_claims(records: Sequence[Record], s: LinkSettings,
                   extra: Sequence[Record] = ()) -> tuple[Clusters, list[Pair]]:
    """The clusters of `records` (every step of docs/linking.md), and the
    scored pairs, including those of `extra` records (figureless reports),
    which are scored by the same model but take no part in these steps."""
    by_id = {r.id: r for r in records}
    scored, _ = score_pairs(records, s, extra)
    pairs = [p for p in scored if p[0] in by_id and p[1] in by_id]
    # A claim dated only to a long window ("80 killed this year", "in
    # November") is a tally, not an event date: it stays with its report's
    # claims but never links across reports.
    broad = {r.id for r in records if _broad(r, s)}
    pairs = [p for p in pairs if p[0] not in broad and p[1] not in broad]
    clusters = Clusters(records, s)
    _keep_existing(clusters, records)
    if s.merge_documents:
        _merge_documents(clusters, records, s)
    strong = _edges(pairs, by_id, s, s.threshold)
    # Only clusters holding a claim dated to the day (or an existing incident)
    # found incidents; a claim dated to a window ("on or just before the
    # report") or not at all joins one.
    for a, b in strong:
        if clusters.cluster(a).anchored and clusters.cluster(b).anchored:
            clusters.union(a, b)
    _attach_restated(clusters, records, pairs, by_id, s)
    _attach_echoes(clusters, records, s)
    _attach_windowed(clusters, records, s)
    _attach_by_figures(clusters, records, s)
    weak = _edges(pairs, by_id, s, s.attach_threshold)
    _attach_undated(clusters, weak, strong)
    _link_windows(clusters, weak, by_id)
    return clusters, scored


def _broad(r: Record, s: LinkSettings) -> bool:
    return (r.is_new and r.day_start is not None and r.day_end is not None
            and r.day_end - r.day_start > s.max_window_days)


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
    actor; when the figure matches claims in several incidents it stays out.
    The echo must name a place, and the figure it repeats must be at most
    `followup_days` older than its window (a "police: one killed" a year on
    is another shooting)."""
    firsthand: dict[tuple, list[Record]] = defaultdict(list)
    for r in records:
        if r.figure_key is not None and r.precise_day:
            firsthand[r.figure_key].append(r)
    for r in records:
        if r.precise_day or not r.is_new or r.figure_key is None or not _alone(clusters, r.id):
            continue
        if r.place_key is None and r.admin1 is None:
            continue  # "police said one was killed", with no place, echoes nothing
        matches = [o for o in firsthand.get(r.figure_key, ())
                   if (r.day_end is None or o.day_start <= r.day_end)  # type: ignore[operator]
                   and (r.day_start is None
                        or o.day_start >= r.day_start - s.followup_days)  # type: ignore
                   and _place_compatible(r, o, s)]
        roots = {clusters.find(o.id) for o in matches}
        if len(roots) == 1 and _actor_fits(r, clusters.cluster(matches[0].id).actors):
            # The echo's window is when it was reported, not the event's day:
            # it must not stretch the incident's dates, hence no date check.
            clusters.force_union(matches[0].id, r.id)


def _attach_windowed(clusters: Clusters, records: Sequence[Record], s: LinkSettings) -> None:
    """A cluster dated only to a window (its claims share a window, none is
    dated to the day) joins the one compatible incident holding a claim dated
    to a day inside that window, at a place of the cluster (same place key),
    with actor and event type not in conflict. With several candidates it
    cannot say which, so it stays out."""
    by_place: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.precise_day:
            for key in r.places:
                by_place[key].append(r)
    members: dict[int, list[Record]] = defaultdict(list)
    for r in records:
        members[clusters.find(r.id)].append(r)
    for root, rs in sorted(members.items()):
        c = clusters.cluster(root)
        if c.anchored or c.max_start is None or c.min_end is None:
            continue
        # the days every member allows (or the gap between them, if none)
        lo, hi = sorted((c.max_start, c.min_end))
        if hi - lo > s.max_window_days:
            continue
        roots = set()
        for r in rs:
            for o in {id(o): o for k in r.places for o in by_place.get(k, ())}.values():
                inside = lo <= o.day_start <= hi  # type: ignore[operator]
                events_fit = not (r.event_type and o.event_type
                                  and r.event_type != o.event_type)
                if inside and events_fit and _actor_fits(r, clusters.cluster(o.id).actors):
                    roots.add(clusters.find(o.id))
        if len(roots) == 1:
            clusters.union(root, next(iter(roots)))


def _figure_evidence(rs: Sequence[Record], os: Sequence[Record], before: int, after: int,
                     s: LinkSettings) -> int:
    """Evidence that two clusters are one event, from their figures.

    The clusters must share a place (a place key of one is a place key of
    the other: within a report, claims carry the gazetteer's noise, so any
    place of the report counts). Each figure (kind and interval) they share
    counts 2 for a value of 2 or more and 1 for a 0 or 1 (the commonest
    tolls). The claim of `os` sharing it must lie at most `before` days
    before and `after` days after the claim of `rs` (gap between their dates).
    """
    if not set().union(*(r.places for r in rs)) & set().union(*(o.places for o in os)):
        return 0
    rs = [r for r in rs if not _broad(r, s)]
    os = [o for o in os if not _broad(o, s)]
    keys: dict[tuple, int] = {}
    for r in rs:
        if r.fig_kind is None or (r.fig_low is None and r.fig_high is None) or r.day_start is None:
            continue
        for o in os:
            if (r.fig_kind, r.fig_low, r.fig_high) != (o.fig_kind, o.fig_low, o.fig_high):
                continue
            if o.day_start is None:
                continue
            earlier = r.day_start - o.day_end  # type: ignore[operator]
            later = o.day_start - r.day_end  # type: ignore[operator]
            if earlier > before or later > after:
                continue
            value = r.fig_low if r.fig_low is not None else r.fig_high
            keys[(r.fig_kind, r.fig_low, r.fig_high)] = 2 if value >= 2 else 1  # type: ignore
    return sum(keys.values())


def _attach_by_figures(clusters: Clusters, records: Sequence[Record], s: LinkSettings) -> None:
    """A cluster not dated to the day (its claims are dated only to the window
    of their report) joins the cluster that gives the same figures at the same
    place within `window_days`: articles about one shooting come out over
    several days, and "4 killed, 14 wounded in Hesston" is what they share.

    Evidence is counted by `_figure_evidence` and must reach 2 (one figure of
    2 or more, or two figures). A cluster with such evidence for one dated
    incident joins it; with evidence for several it stays out; with evidence
    only for other undated clusters it joins them (strongest first).

    A follow-up ("Taunton teen charged with murder in fatal shooting", two
    weeks on) is dated only to its own publication window; it joins the one
    dated incident up to `followup_days` earlier that shares figures worth 3
    (killed 1 and injured 3, say) at one of its places.
    """
    if s.window_days < 0:
        return
    members: dict[int, list[Record]] = defaultdict(list)
    for r in records:
        members[clusters.find(r.id)].append(r)
    by_place: dict[str, set[int]] = defaultdict(set)
    for root, rs in members.items():
        for r in rs:
            for key in r.places:
                by_place[key].add(root)
    for root in sorted(members):
        c = clusters.cluster(root)
        if c.anchored or c.max_start is None:
            continue
        rs = members[root]
        others = set().union(*(by_place.get(k, set()) for r in rs for k in r.places)) - {root}
        scored, followed = [], set()
        for o in sorted(others):
            if not _actors_fit(c.actors, clusters.cluster(o).actors):
                continue
            ev = _figure_evidence(rs, members[o], s.window_days, s.window_days, s)
            if ev >= 2:
                scored.append((-ev, o))
            elif (clusters.cluster(o).anchored
                  and _figure_evidence(rs, members[o], s.followup_days, 0, s) >= 3):
                followed.add(o)
        dated = {clusters.find(o) for _, o in scored if clusters.cluster(o).anchored}
        if not scored and len(followed) == 1:
            dated = followed
        if len(dated) == 1:
            clusters.force_union(next(iter(dated)), root)
        elif not dated:
            for _, o in sorted(scored):
                cr, co = clusters.cluster(root), clusters.cluster(o)
                # o may have joined a dated incident meanwhile: one at most
                if (clusters.find(o) != clusters.find(root) and _actors_fit(cr.actors, co.actors)
                        and not (cr.anchored and co.anchored)):
                    clusters.force_union(root, o)


def _actors_fit(a: set[str], b: set[str]) -> bool:
    return len(a | b) <= 1


def _merge_documents(clusters: Clusters, records: Sequence[Record], s: LinkSettings) -> None:
    """Claims of one report that can be one event are one cluster.

    A report is usually about one event (a local news story about a
    shooting, a monitor's statement about one raid), but it may also recall
    earlier events ("the 2009 Fort Hood shooting killed 13") or go strike by
    strike through a week. So a report's claims are grouped by date: claims
    dated to the day first, then windowed ones, then undated ones; a claim
    joins the largest group it shares a day with (undated: the only group).
    Places carried from other sentences are not compared (a gazetteer reads
    surnames and street names as towns, so one article can name three
    "towns" for one shooting), but two claims naming distant towns in their
    own sentences are two events (`_distinct_towns`). Actors
    are: a report naming two or more actors keeps each actor's claims apart,
    and its claims without an actor are left to the pairwise model.
    """
    docs: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.is_new and r.document is not None:
            docs[r.document].append(r)
    for rs in docs.values():
        if len(rs) < 2:
            continue
        several = len({r.actor for r in rs if r.actor}) > 1
        rs = sorted(rs, key=lambda r: (not r.precise_day, r.day_start is None, r.id))
        groups: list[list[Record]] = []
        for r in rs:
            if several and r.actor is None:
                continue
            fits = [g for g in groups if _fits_group(r, g, s)]
            if r.day_start is None and len(fits) != 1:
                continue
            if fits:
                group = max(fits, key=len)  # first of the largest
                clusters.force_union(group[0].id, r.id)
                group.append(r)
            elif r.day_start is not None:
                groups.append([r])


def _fits_group(r: Record, group: list[Record], s: LinkSettings) -> bool:
    if r.actor and any(o.actor and o.actor != r.actor for o in group):
        return False
    if any(_distinct_towns(r, o, s) for o in group):
        return False
    if r.day_start is None:
        return True
    dated = [o for o in group if o.day_start is not None]
    hi = max([r.day_start] + [o.day_start for o in dated])  # type: ignore[type-var]
    lo = min([r.day_end] + [o.day_end for o in dated])  # type: ignore[type-var]
    return hi <= lo


def _distinct_towns(a: Record, b: Record, s: LinkSettings) -> bool:
    """Both claims name their own town in their own sentence, towns whose
    province the gazetteer knows, further apart than `max_km`: a military
    release listing strikes "near Raqqa" and "near Kobani" reports two
    events, not one. Claims of one sentence stay together ("DAMASCUS (LWS) -
    ten raids on Raqqa killed seven": the dateline is where the story was
    filed), and so do towns without a province: those are the gazetteer's
    guesses abroad, often a name read as a town (a victim called Ola in a
    Gaza assessment read as Ola, Russia; a Rodriguez as a Philippine town)."""
    if not (a.own_place and b.own_place) or a.place_name == b.place_name or a.span == b.span:
        return False
    if a.admin1 is None or b.admin1 is None:
        return False
    d = km(a, b)
    return d is not None and d > s.max_km


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
    if a.places & b.places:
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
            if (r.place_key is None and r.admin1 is None) or (o.place_key is None
                                                               and o.admin1 is None):
                continue  # with no place, the day alone does not say which incident
            if o.day_start is None or max(r.day_start, o.day_start) > min(r.day_end, o.day_end):
                continue
            if _place_compatible(r, o, s) and p > best.get(r.id, (-1.0, 0))[0]:
                best[r.id] = (p, o.id)
    for rid in sorted(best):
        members = clusters.cluster(rid).members
        if all(by_id[m].restated for m in members):
            clusters.union(rid, best[rid][1])


def _attach_undated(clusters: Clusters, weak: Sequence[tuple[int, int]],
                    strong: Sequence[tuple[int, int]]) -> None:
    """Claims not yet anchored join their best compatible dated incident, else
    each other.

    Such a claim must not bridge two dated incidents, so its cluster joins at
    most one, through its strongest link (at `attach_threshold`: with no date
    to compare, the bar is lower), and only if both name a place (a report
    with neither day nor place has only its figures, and "one killed" fits
    any shooting of the week); the rest cluster among themselves.
    """
    for a, b in weak:  # strongest first
        for u, o in ((a, b), (b, a)):
            cu = clusters.cluster(u)
            co = clusters.cluster(o)
            if not cu.anchored and cu.placed and co.anchored and co.placed:
                clusters.union(u, o)
    for a, b in strong:
        if not (clusters.cluster(a).anchored or clusters.cluster(b).anchored):
            clusters.union(a, b)


def _link_windows(clusters: Clusters, weak: Sequence[tuple[int, int]],
                  by_id: dict[int, Record]) -> None:
    """Clusters still dated only to report windows link with each other at
    `attach_threshold` when the pair names the same place and both claims
    carry a window: two reports of one town published a day apart, each
    "on or just before" its publication, are one event more often than not,
    and neither has a day that would set it apart."""
    for a, b in weak:
        ra, rb = by_id[a], by_id[b]
        if (not ra.places & rb.places
                or ra.precise_day or rb.precise_day
                or ra.day_start is None or rb.day_start is None):
            continue
        if not (clusters.cluster(a).anchored or clusters.cluster(b).anchored):
            clusters.union(a, b)


def clusters_by_key(assignment: dict[int, int]) -> dict[int, list[int]]:
    """Invert a link result: incident key -> sorted claim ids."""
    groups: dict[int, list[int]] = defaultdict(list)
    for cid, key in sorted(assignment.items()):
        groups[key].append(cid)
    return dict(groups)
