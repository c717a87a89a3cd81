"""Place recogniser (placeholder: the gazetteer-backed version replaces this body)."""

from __future__ import annotations

from tolls.extract.mentions import Mention


def find_places(text: str, country_hint: str | None = None) -> list[Mention]:
    """Place mentions in `text`; `value` is a `tolls.types.Place`."""
    return []
