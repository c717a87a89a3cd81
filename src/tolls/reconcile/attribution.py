"""Contested attribution: another actor struck the same place in the same window."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta

from tolls.types import Incident, Place

WINDOW_DAYS = 0
MAX_KM = 10.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Place | None, b: Place | None, max_km: float = MAX_KM) -> bool:
    if a is None or b is None:
        return False
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _km(a.lat, a.lon, b.lat, b.lon) <= max_km  # type: ignore[arg-type]
    return a.name.strip().lower() == b.name.strip().lower()


def _overlap(a: Incident, b: Incident, window_days: int) -> bool:
    if not (a.date and b.date and a.date.start and b.date.start):
        return False
    pad = timedelta(days=window_days)
    a_end, b_end = a.date.end or a.date.start, b.date.end or b.date.start
    return a.date.start - pad <= b_end and b.date.start - pad <= a_end


def attribute(incidents: Sequence[Incident], window_days: int = WINDOW_DAYS,
              max_km: float = MAX_KM) -> None:
    """Set each incident's `attribution` (single | contested | unknown) in place.

    Contested when the incident's claims blame more than one actor, or when
    another incident by a different actor falls within `window_days` of its
    dates and `max_km` of its place (coalition and government jets over Raqqa
    on 29 November 2014). A contested incident graded fair or weak is
    re-graded contested; confirmed and discounted grades stand.
    """
    for inc in incidents:
        if not inc.actors:
            inc.attribution = "unknown"
            continue
        rivals = any(
            other is not inc and other.actors and set(other.actors) != set(inc.actors)
            and _overlap(inc, other, window_days) and same_place(inc.place, other.place, max_km)
            for other in incidents
        )
        contested = len(inc.actors) > 1 or rivals
        inc.attribution = "contested" if contested else "single"
        if contested and inc.grade in ("fair", "weak"):
            inc.grade = "contested"
