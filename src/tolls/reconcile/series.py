"""Each source's figure over time, and its latest word."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from tolls.types import Claim, SeriesPoint

UNKNOWN_SOURCE = "unknown"


def source_key(claim: Claim) -> str:
    """Who asserts the figure: its source; an outlet's own reporting counts as the outlet.

    A wire story quoting SOHR is SOHR's claim, not the wire's.
    """
    return claim.source or claim.outlet or UNKNOWN_SOURCE


def live(claims: Iterable[Claim]) -> list[Claim]:
    """Claims a person has not rejected."""
    return [c for c in claims if c.status != "rejected"]


def moment(claim: Claim) -> datetime:
    """When the claim was reported, in naive UTC; undated claims are the oldest."""
    when = claim.reported_at or datetime.min
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def _order(claim: Claim) -> tuple[datetime, bool, int, int]:
    # Undated reports count as the oldest, so they never supersede a dated one.
    # Times are compared in UTC whether or not the store kept their zone.
    # Figures given at the same moment (one report naming the toll and its
    # parts: "22 killed ... five of them children ... alongside his son") are
    # ordered so that a number outranks a vague quantity and the larger number
    # comes last: the toll of an event only rises, so of a source's figures at
    # one moment the largest is its toll and the smaller ones are parts of it
    # or counts it has overtaken. Then the claim id (the order claims were saved in).
    when = moment(claim)
    f = claim.figure
    size = f.low if f.low is not None else f.high if f.high is not None else -1
    return (when, f.qualifier != "vague", size, claim.id or 0)


def evolution(claims: Iterable[Claim]) -> dict[str, dict[str, dict[str, list[SeriesPoint]]]]:
    """kind -> group -> source -> that source's figures ordered by `reported_at`.

    A series records each change in the source's figure: the same figure
    carried again by another outlet is not a new step (its claims are still
    listed with the incident), so SOHR reads ">60 then ≥95".
    """
    out: dict[str, dict[str, dict[str, list[SeriesPoint]]]] = {}
    for c in sorted(live(claims), key=_order):
        f = c.figure
        points = out.setdefault(f.kind, {}).setdefault(f.group, {}).setdefault(source_key(c), [])
        if points and (points[-1].low, points[-1].high, points[-1].qualifier) == (
                f.low, f.high, f.qualifier):
            continue
        points.append(SeriesPoint(c.reported_at, f.low, f.high, f.qualifier, c.id, c.outlet))
    return out


def latest_by_source(claims: Iterable[Claim], kind: str, group: str) -> dict[str, Claim]:
    """Each source's latest claim for (kind, group); it supersedes the source's earlier ones."""
    out: dict[str, Claim] = {}
    for c in sorted(live(claims), key=_order):
        if c.figure.kind == kind and c.figure.group == group:
            out[source_key(c)] = c
    return out


def kinds_and_groups(claims: Iterable[Claim]) -> list[tuple[str, str]]:
    return sorted({(c.figure.kind, c.figure.group) for c in live(claims)})
