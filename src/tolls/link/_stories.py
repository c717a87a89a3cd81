"""The words of a report's story, without the page around it.

Two stories of one shooting retell its particulars (the club's name, the
street, the argument that led to it); two pages of one outlet share its
furniture: the copyright line, the wire credit, a list of other stories
("MORE FROM ...", "+ Burglars take ..."), a sign-up box, a paywall. That
furniture would make any two of an outlet's pages alike, so its paragraphs
are dropped, and a body that tells of no shooting or attack at all is
furniture whole (only the title then counts).
"""

from __future__ import annotations

import re

from tolls.extract.events import find_event_types
from tolls.link._records import tokens

# A paragraph of the page, not of the story: legal lines, credits, lists of
# links (each item opening with a bullet), boxes asking the reader to act.
_FURNITURE = re.compile(
    r"©|\bcopyright\b|all rights reserved|may not be (?:published|reproduced|redistributed)"
    r"|contributed to this report|\bmore from\b|\brelated (?:stories|coverage|articles|links)\b"
    r"|\bread more\b|\bclick here\b|\bsign up\b|\bsubscri(?:be|ption)\b|\bnewsletter\b"
    r"|\bfollow us\b|\bnotifications?\b|^\s*[+•·*]\s",
    re.I)
_PARAGRAPH = re.compile(r"\n\s*\n")


def story(body: str) -> str:
    """The body without its furniture paragraphs."""
    return "\n\n".join(p for p in _PARAGRAPH.split(body) if not _FURNITURE.search(p))


def story_words(title: str, body: str) -> list[str]:
    """The content words of the title and the story; a body that tells of
    no shooting or attack once its furniture is gone gives none."""
    text = story(body)
    return tokens(f"{title}\n\n{text}" if find_event_types(text) else title)
