"""Clustering quality against gold labels: pairwise and B-cubed P/R/F1.

Both take `gold` and `predicted` as mappings from item id to cluster label,
over the same items. Pairwise scores count item pairs placed together;
B-cubed (Bagga & Baldwin 1998) averages, per item, the overlap of its
predicted and gold clusters, so large clusters do not dominate.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _check(gold: Mapping, predicted: Mapping) -> None:
    if set(gold) != set(predicted):
        missing = set(gold) ^ set(predicted)
        example = sorted(map(str, missing))[:3]
        raise ValueError(f"gold and predicted cover different items, e.g. {example}")


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> Scores:
    """Precision and recall over pairs of items placed in one cluster.

    With no pairs on a side the score is 1.0 (nothing claimed, nothing missed).
    """
    _check(gold, predicted)
    both = Counter((gold[i], predicted[i]) for i in gold)
    tp = _pairs(both)
    pred_pairs = _pairs(Counter(predicted.values()))
    gold_pairs = _pairs(Counter(gold.values()))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    return Scores(p, r, _f1(p, r))


def bcubed(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> Scores:
    """B-cubed precision and recall, averaged over items."""
    _check(gold, predicted)
    if not gold:
        return Scores(1.0, 1.0, 1.0)
    both = Counter((gold[i], predicted[i]) for i in gold)
    gold_size = Counter(gold.values())
    pred_size = Counter(predicted.values())
    p = sum(n * n / pred_size[pl] for (_, pl), n in both.items()) / len(gold)
    r = sum(n * n / gold_size[gl] for (gl, _), n in both.items()) / len(gold)
    return Scores(p, r, _f1(p, r))


def clusters(labels: Mapping[Hashable, Hashable]) -> list[set]:
    """Labels as a list of clusters (sets of item ids), for printing and tests."""
    out: dict[Hashable, set] = defaultdict(set)
    for item, label in labels.items():
        out[label].add(item)
    return list(out.values())
