"""Days a follow-up recalls: the day of the shooting it follows.

A story of an arrest, charges or a sentencing, weeks or months on, says
which shooting it follows by its day ("charged in the Nov. 29 death of",
"in the Feb. 13 shooting"), where its own news is of another day. A day
named within the week before publication is the report's own event day
(`reports._event_date`); an earlier one is recalled.
"""

from __future__ import annotations

from datetime import date, timedelta

from tolls.extract.dates import find_dates

# The report's own week: a day named in it is its event's, not a recalled one.
_OWN_DAYS = 7


def recalled_days(text: str, published: date | None) -> list[str]:
    """Single days the text names before the week of its publication, as ISO
    strings in text order."""
    if published is None:
        return []
    out: list[str] = []
    for m in find_dates(text, published):
        d = m.value
        if (d.start is not None and d.start == d.end
                and d.start < published - timedelta(days=_OWN_DAYS)
                and d.start.isoformat() not in out):
            out.append(d.start.isoformat())
    return out
