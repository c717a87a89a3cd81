"""Date recogniser (placeholder: the resolving version replaces this body)."""

from __future__ import annotations

from datetime import date

from tolls.extract.mentions import Mention


def find_dates(text: str, reference: date | None) -> list[Mention]:
    """Date mentions resolved against `reference`; `value` is a `tolls.types.DateRange`."""
    return []
