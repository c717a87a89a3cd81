"""Source recogniser (placeholder: the lexicon-backed version replaces this body)."""

from __future__ import annotations

from dataclasses import dataclass

from tolls.extract.mentions import Mention


@dataclass(slots=True, frozen=True)
class SourceInfo:
    name: str
    type: str  # monitor | activist | ministry | military | government | agency | media | ...
    independence: str  # sources sharing this group are not independent of each other


def find_sources(text: str) -> list[Mention]:
    """Known source mentions in `text`; `value` is the canonical source name."""
    return []


def source_info(name: str) -> SourceInfo:
    """Type and independence group of a canonical source name (unknown: own group)."""
    return SourceInfo(name=name, type="unknown", independence=name)
