"""Pure metric functions used by the evaluation harness.

Everything here works on plain values (claims, labels, strings) so that it can
be unit-tested with tiny hand-made inputs, independently of the extractor.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence

from tolls.extract.totals import figure_value
from tolls.types import Claim

# "(2022-)", "(1948-2022)": the period suffix ACLED appends to state forces.
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
_RANGE = re.compile(r"^\s*(\d[\d,]*)\s*(?:[-\u2010-\u2015]|to)\s*(\d[\d,]*)\s*$")
_NUMBER = re.compile(r"^\s*(\d[\d,]*)\s*$")


def rate(hits: int, n: int) -> float:
    """Share of hits; 0.0 when there is nothing to measure."""
    return hits / n if n else 0.0


def toll_claim(claims: Iterable[Claim], kind: str) -> Claim | None:
    """The claim that gives a text's `kind` toll: the largest `all`-group figure
    of that kind; when no claim has group `all`, the largest of any group.

    The maximum (not the sum) is right for ACLED notes: a note that lists
    several strikes ("killing 4 ... In addition, 6 were killed") states the
    coder's total ("Total fatalities coded at least 10"), and notes that
    mention a toll twice ("killing 2 ... the 2 members killed") would be
    double-counted by a sum.
    """
    of_kind = [c for c in claims if c.figure.kind == kind]
    pool = [c for c in of_kind if c.figure.group == "all"] or of_kind
    return max(pool, key=lambda c: figure_value(c.figure), default=None)


def toll_value(claims: Iterable[Claim], kind: str) -> int:
    """The `kind` toll of a text (see `toll_claim`); 0 when no claim has that kind."""
    claim = toll_claim(claims, kind)
    return figure_value(claim.figure) if claim else 0


def parse_range(text: str) -> tuple[int, int] | None:
    """Parse "12", "1,200", "3 – 7", "3-7" or "3 to 7" into (low, high);
    None for anything else ("Unknown", "", "NA")."""
    text = (text or "").strip()
    if m := _NUMBER.match(text):
        n = int(m.group(1).replace(",", ""))
        return n, n
    if m := _RANGE.match(text):
        lo, hi = (int(g.replace(",", "")) for g in m.groups())
        return min(lo, hi), max(lo, hi)
    return None


def within(value: int | None, bounds: tuple[int, int]) -> bool:
    """True when `value` lies in the inclusive interval `bounds`."""
    return value is not None and bounds[0] <= value <= bounds[1]


def norm_name(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive form of a name:
    "Gaza - Ash Shati' Camp" and "gaza ash-shati camp" compare equal."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['\u2018\u2019`\u02bc]", "", text.casefold())
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def norm_actor(name: str) -> str:
    """ACLED actor name without its period suffix, normalised:
    "Military Forces of Israel (2022-)" -> "military forces of israel"."""
    return norm_name(_PERIOD.sub("", name))


def main_value(values: Sequence[Hashable]) -> Hashable | None:
    """The most common value, ties broken by first occurrence; None if empty."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def majority_clusters(
    claim_doc: Mapping[Hashable, Hashable],
    claim_cluster: Mapping[Hashable, Hashable],
    docs: Iterable[Hashable],
) -> dict[Hashable, Hashable]:
    """Map each document to the cluster holding most of its claims (ties: the
    cluster of its earliest claim); a document without linked claims gets a
    singleton cluster of its own."""
    per_doc: dict[Hashable, list[Hashable]] = {}
    for claim, doc in claim_doc.items():
        if claim in claim_cluster:
            per_doc.setdefault(doc, []).append(("c", claim_cluster[claim]))
    return {d: main_value(per_doc[d]) if d in per_doc else ("doc", d) for d in docs}
