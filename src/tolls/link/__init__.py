"""Link claims that describe the same event into incidents (docs/linking.md)."""

from tolls.link.evaluate import Scores, bcubed, pairwise
from tolls.link.linker import clusters_by_key, link_claims
from tolls.link.reports import Report, describe, link_reports
from tolls.link.settings import DEFAULT_PRIORS, LinkSettings

__all__ = [
    "DEFAULT_PRIORS",
    "LinkSettings",
    "Report",
    "Scores",
    "bcubed",
    "clusters_by_key",
    "describe",
    "link_claims",
    "link_reports",
    "pairwise",
]
