"""Actor recogniser (placeholder: the lexicon-backed version replaces this body)."""

from __future__ import annotations

from tolls.extract.mentions import Mention


def find_actors(text: str) -> list[Mention]:
    """Actor mentions in `text`; `value` is the canonical actor name."""
    return []
