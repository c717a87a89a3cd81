"""Conversions between rows and the dataclasses of `tolls.types`."""

from __future__ import annotations

from tolls.store.models import ClaimRow, DocumentRow
from tolls.types import Claim, DateRange, Document, Figure, Place


def document_row(doc: Document) -> DocumentRow:
    return DocumentRow(
        id=doc.id,
        raw=doc.raw,
        text=doc.text,
        format=doc.format,
        url=doc.url,
        outlet=doc.outlet,
        title=doc.title,
        published=doc.published,
        updated=doc.updated,
        language=doc.language,
        retrieved=doc.retrieved,
        path=doc.path,
    )


def document_from_row(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        raw=row.raw,
        text=row.text,
        format=row.format,
        url=row.url,
        outlet=row.outlet,
        title=row.title,
        published=row.published,
        updated=row.updated,
        language=row.language,
        retrieved=row.retrieved,
        path=row.path,
    )


def claim_row(claim: Claim, *, extractor_version: str | None, pinned: bool = False) -> ClaimRow:
    """A new row for `claim`; its `id` and `incident` are left to the store."""
    fig, place, when = claim.figure, claim.place, claim.date
    return ClaimRow(
        document_id=claim.document,
        quote=claim.quote,
        span_start=claim.span[0],
        span_end=claim.span[1],
        source=claim.source,
        outlet=claim.outlet,
        reported_at=claim.reported_at,
        url=claim.url,
        actor=claim.actor,
        event_type=claim.event_type,
        place_name=place.name if place else None,
        place_lat=place.lat if place else None,
        place_lon=place.lon if place else None,
        place_geonames_id=place.geonames_id if place else None,
        place_country=place.country if place else None,
        place_admin1=place.admin1 if place else None,
        place_precision=place.precision if place else None,
        date_start=when.start if when else None,
        date_end=when.end if when else None,
        date_precision=when.precision if when else None,
        sites=list(claim.sites),
        restated=claim.restated,
        origin=claim.origin,
        status=claim.status,
        extractor_version=extractor_version,
        pinned=pinned,
        kind=fig.kind,
        grp=fig.group,
        low=fig.low,
        high=fig.high,
        qualifier=fig.qualifier,
        words=fig.words,
        words_start=fig.words_span[0],
        words_end=fig.words_span[1],
        acled=fig.acled,
    )


def claim_from_row(row: ClaimRow) -> Claim:
    return Claim(
        figure=Figure(
            kind=row.kind,
            group=row.grp,
            low=row.low,
            high=row.high,
            qualifier=row.qualifier,
            words=row.words,
            words_span=(row.words_start, row.words_end),
            acled=row.acled,
        ),
        quote=row.quote,
        span=(row.span_start, row.span_end),
        source=row.source,
        outlet=row.outlet,
        reported_at=row.reported_at,
        document=row.document_id,
        url=row.url,
        actor=row.actor,
        event_type=row.event_type,
        place=_place(row),
        date=_date(row),
        sites=list(row.sites or []),
        restated=row.restated,
        id=row.id,
        incident=row.incident_id,
        origin=row.origin,
        status=row.status,
        pinned=row.pinned,
    )


def _place(row: ClaimRow) -> Place | None:
    if row.place_name is None:
        return None
    return Place(
        name=row.place_name,
        lat=row.place_lat,
        lon=row.place_lon,
        geonames_id=row.place_geonames_id,
        country=row.place_country,
        admin1=row.place_admin1,
        precision=row.place_precision or "town",
    )


def _date(row: ClaimRow) -> DateRange | None:
    # date_precision is written whenever the claim had a DateRange, even an open one.
    if row.date_precision is None and row.date_start is None and row.date_end is None:
        return None
    return DateRange(start=row.date_start, end=row.date_end, precision=row.date_precision or "day")


def figure_key(kind: str, group: str, words_span: tuple[int, int]) -> tuple[str, str, int, int]:
    """What makes two claims of one document the same figure, for re-extraction."""
    return (kind, group, words_span[0], words_span[1])
