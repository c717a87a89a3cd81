"""Site recogniser (placeholder: the lexicon-backed version replaces this body)."""

from __future__ import annotations

from tolls.extract.mentions import Mention


def find_sites(text: str) -> list[Mention]:
    """Site mentions (hospital, market, ...); `value` is the canonical site name."""
    return []
