"""Named rules that turn each source's latest figure into low / best / high.

A figure is never summed across sources: every bound below is one source's
number. docs/policies.md states each rule with a worked example.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import median_high, median_low

from tolls.extract.sources import SourceInfo
from tolls.reconcile.series import moment
from tolls.types import Claim, Figure, Toll

SourceLookup = Callable[[str], SourceInfo]
TollRule = Callable[[Sequence[tuple[str, Claim]], SourceLookup], Toll]

# How far UCDP-style coding trusts a type of source. Parties to the conflict
# (their armies, governments and state media) and unnamed sources rank lowest.
RELIABILITY = {
    "un": 5, "agency": 5, "monitor": 4, "ngo": 4, "media": 3, "health_ministry": 3,
    "activist": 2, "generic": 1, "unknown": 1,
    "military": 0, "government": 0, "state_media": 0,
}
RELIABLE = 2  # activists and better


def point(f: Figure) -> int | None:
    """The single number a figure stands for: its bound, or its midpoint for ranges.

    A vague quantity ("hundreds" = 200..999) stands for its lower bound: its
    midpoint is a number nobody reported.
    """
    if f.qualifier == "vague":
        return f.low if f.low is not None else f.high
    if f.low is not None and f.high is not None:
        return (f.low + f.high) // 2
    return f.low if f.low is not None else f.high


def lowest(figs: Sequence[Figure]) -> int | None:
    lows = [f.low for f in figs if f.low is not None]
    return min(lows) if lows else None


def highest(figs: Sequence[Figure]) -> int | None:
    """The highest closed figure, unless an open one ("at least 95") goes beyond it.

    "At least 95" alone leaves the high open; an exact 209 from another source
    closes it at 209; an exact 87 does not (it is below what SOHR asserts).
    """
    closed = [f.high for f in figs if f.high is not None]
    if not closed:
        return None
    top = max(closed)
    open_lows = [f.low for f in figs if f.high is None and f.low is not None]
    return None if open_lows and max(open_lows) > top else top


def clamp(low: int | None, best: int | None, high: int | None) -> Toll:
    if best is not None:
        if low is not None:
            best = max(best, low)
        if high is not None:
            best = min(best, high)
    return Toll(low, best, high)


def ibc(latest: Sequence[tuple[str, Claim]], info: SourceLookup) -> Toll:
    """low = lowest latest figure, high = highest; best = the median source's figure."""
    figs = [c.figure for _, c in latest]
    points = [p for p in map(point, figs) if p is not None]
    best = median_low(points) if points else None
    return clamp(lowest(figs), best, highest(figs))


def _rank(source: str, info: SourceLookup) -> int:
    return RELIABILITY.get(info(source).type, 1)


def ucdp(latest: Sequence[tuple[str, Claim]], info: SourceLookup) -> Toll:
    """UCDP GED: low / high = lowest / highest reliable estimate, best = the most reliable.

    Sources ranked below RELIABLE (parties to the conflict, unnamed sources)
    are set aside when any reliable source speaks. GED has no open ends, so
    "at least 95" is read as 95 on both sides.
    """
    ranked = [(src, c, _rank(src, info)) for src, c in latest]
    reliable = [x for x in ranked if x[2] >= RELIABLE] or ranked
    nums = [(p, src, c, r) for src, c, r in reliable if (p := point(c.figure)) is not None]
    if not nums:
        return Toll(None, None, None)
    lows = [c.figure.low if c.figure.low is not None else p for p, _, c, _ in nums]
    highs = [c.figure.high if c.figure.high is not None else p for p, _, c, _ in nums]
    # Most reliable first; then the most recent report; then the lower figure.
    top = max(nums, key=lambda x: (x[3], moment(x[2]), -x[0]))
    return clamp(min(lows), top[0], max(highs))


def counted(figs: Sequence[Figure]) -> list[Figure]:
    """The figures that are counts: vague quantities ("a number of", "dozens")
    are set aside whenever some source gives a number."""
    numbers = [f for f in figs if f.qualifier != "vague"]
    return numbers or list(figs)


def airwars(latest: Sequence[tuple[str, Claim]], info: SourceLookup) -> Toll:
    """Airwars: low / high = min / max of the sources' latest counts; best = the
    largest count at least half of the sources reach (their upper median).

    A source reporting N dead says that at least k died for every k <= N, so
    the upper median is the highest toll that half the sources stand behind:
    one source's partial or early count (the named dead of one family, the
    first bodies recovered) does not pull it down, and one outlying figure
    does not push it up. It is always a figure some source gave, so it lies
    in Airwars' min-max range. Vague quantities are set aside when a source
    gives a number; "up to 10" counts as 10.
    """
    figs = counted([c.figure for _, c in latest])
    points = [p for p in map(point, figs) if p is not None]
    best = median_high(points) if points else None
    return clamp(lowest(figs), best, highest(figs))


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    summary: str
    toll: TollRule
    # Count a source's killed/all figure as civilians when that source gives no
    # civilian or combatant breakdown (Airwars counts the dead of a strike as
    # civilians unless reported otherwise); a civilian count as a floor under
    # the total of a source that gives none; and, when no source gives a
    # civilian or total figure, children and women as "at least" civilians.
    civilians_from_all: bool = False


POLICIES: dict[str, Policy] = {
    "ibc": Policy("ibc", "low = lowest latest figure, high = highest, best = median source", ibc),
    "ucdp": Policy("ucdp", "UCDP GED: lowest / most reliable / highest reliable estimate", ucdp),
    "airwars": Policy("airwars", "min / max civilian deaths across sources, best = upper median",
                      airwars, civilians_from_all=True),
}
DEFAULT_POLICY = "ibc"


def get_policy(name: str) -> Policy:
    try:
        return POLICIES[name]
    except KeyError:
        raise ValueError(f"unknown policy {name!r}; choose one of {sorted(POLICIES)}") from None
