"""The seam between the recognisers and claim assembly.

Every recogniser takes a piece of text and returns `Mention`s whose offsets
are relative to that text; claim assembly shifts them to document offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True, frozen=True)
class Mention:
    start: int
    end: int
    text: str
    # Canonical value: an actor or source name (str), a `Place`, a `DateRange`,
    # a site name (str) or an event type (str), depending on the recogniser.
    value: Any
