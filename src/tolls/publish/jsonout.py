"""The JSON shapes of DESIGN.md ("Interfaces"): claim objects and incident objects.

This is the one place that turns dataclasses into what users and other tools
read, so the contract is tested here and nowhere else builds these dicts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from tolls.types import Claim, DateRange, Incident, Place, SeriesPoint, Toll

# Kinds and groups always present in an incident's `figures`, so consumers can
# index them without checking; open or unknown values are null.
CONTRACT_FIGURES: dict[str, tuple[str, ...]] = {
    "killed": ("all", "civilians", "children"),
    "injured": ("all",),
    "strikes": ("all",),
}


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def place_dict(place: Place | None) -> dict[str, Any]:
    if place is None:
        return {"name": None, "lat": None, "lon": None}
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "country": place.country,
        "precision": place.precision,
    }


def date_dict(span: DateRange | None) -> dict[str, Any]:
    if span is None:
        return {"start": None, "end": None}
    return {"start": _iso(span.start), "end": _iso(span.end), "precision": span.precision}


def claim_dict(claim: Claim) -> dict[str, Any]:
    """A claim object exactly as DESIGN.md lists it, plus id/words/status extras."""
    fig = claim.figure
    return {
        "id": claim.id,
        "source": claim.source,
        "outlet": claim.outlet,
        "reported_at": _iso(claim.reported_at),
        "document": claim.document,
        "url": claim.url,
        "quote": claim.quote,
        "span": [claim.span[0], claim.span[1]],
        "kind": fig.kind,
        "group": fig.group,
        "low": fig.low,
        "high": fig.high,
        "qualifier": fig.qualifier,
        "acled": fig.acled,
        "words": fig.words,
        "words_span": [fig.words_span[0], fig.words_span[1]],
        "actor": claim.actor,
        "event_type": claim.event_type,
        "place": place_dict(claim.place),
        "date": date_dict(claim.date),
        "sites": list(claim.sites),
        "restated": claim.restated,
        "incident": claim.incident,
        "origin": claim.origin,
        "status": claim.status,
    }


def toll_dict(toll: Toll | None) -> dict[str, int | None]:
    if toll is None:
        return {"low": None, "best": None, "high": None}
    return {"low": toll.low, "best": toll.best, "high": toll.high}


def figures_dict(figures: dict[str, dict[str, Toll]]) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    for kind, groups in CONTRACT_FIGURES.items():
        out[kind] = {g: toll_dict(figures.get(kind, {}).get(g)) for g in groups}
    # Anything else reconciled (women, combatants, missing...) is passed through.
    for kind, groups in figures.items():
        for group, toll in groups.items():
            out.setdefault(kind, {})[group] = toll_dict(toll)
    return out


def series_dict(points: list[SeriesPoint]) -> list[dict[str, Any]]:
    return [
        {
            "reported_at": _iso(p.reported_at),
            "low": p.low,
            "high": p.high,
            "qualifier": p.qualifier,
            "claim": p.claim,
            "outlet": p.outlet,
        }
        for p in points
    ]


def incident_dict(incident: Incident) -> dict[str, Any]:
    """An incident object with every key DESIGN.md requires."""
    evolution = {
        kind: {
            group: {source: series_dict(points) for source, points in by_source.items()}
            for group, by_source in groups.items()
        }
        for kind, groups in incident.evolution.items()
    }
    return {
        "id": incident.id,
        "date": date_dict(incident.date),
        "place": place_dict(incident.place),
        "sites": list(incident.sites),
        "actors": list(incident.actors),
        "attribution": incident.attribution,
        "event_type": incident.event_type,
        "figures": figures_dict(incident.figures),
        "grade": incident.grade,
        "policy": incident.policy,
        "notes": list(incident.notes),
        "sources": list(incident.sources),
        "evolution": evolution,
        "claims": [claim_dict(c) for c in incident.claims],
        # Ids of documents that report the incident but give no figure (an extra key:
        # the contract's keys are unchanged, and `claims` still holds only figures).
        "figureless_documents": list(incident.figureless_documents),
    }
