"""Reconcile linked claims into tolls, grades and comparisons (docs/policies.md)."""

from tolls.reconcile.attribution import attribute
from tolls.reconcile.compare import CompareRow, compare, rows_as_dicts
from tolls.reconcile.grade import FAIR_OR_BETTER, GRADES, grade
from tolls.reconcile.incident import reconcile
from tolls.reconcile.policies import DEFAULT_POLICY, POLICIES, Policy, get_policy
from tolls.reconcile.series import evolution, latest_by_source, source_key

__all__ = [
    "DEFAULT_POLICY",
    "FAIR_OR_BETTER",
    "GRADES",
    "POLICIES",
    "CompareRow",
    "Policy",
    "attribute",
    "compare",
    "evolution",
    "get_policy",
    "grade",
    "latest_by_source",
    "reconcile",
    "rows_as_dicts",
    "source_key",
]
