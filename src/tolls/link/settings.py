"""One settings object for linking claims into incidents.

Every number that changes which claims end up together lives here, so that a
run can be reproduced from its settings alone (docs/linking.md explains each).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Prior match weights (log2 Bayes factors) for each comparison level, used as
# the model when there are too few claims for EM to mean anything, and as the
# starting point of EM otherwise. They encode the ACLED / UCDP unit of
# analysis: one actor, one day, one place is one event, so a one-day gap
# between two precisely dated claims is strong evidence of two incidents.
# Each pair is (m_probability, u_probability).
DEFAULT_PRIORS: dict[str, dict[str, tuple[float, float]]] = {
    "date": {
        "same_day": (0.91, 0.010),
        "overlap": (0.06, 0.030),
        "one_day": (0.01, 0.160),
        "else": (0.02, 0.800),
    },
    "place": {
        "same": (0.85, 0.040),
        "near": (0.08, 0.040),
        "admin1": (0.05, 0.160),
        "else": (0.02, 0.760),
    },
    "actor": {
        "same": (0.80, 0.30),
        "one_unknown": (0.18, 0.40),
        "different": (0.02, 0.30),
    },
    "event_type": {
        "same": (0.90, 0.60),
        "different": (0.10, 0.40),
    },
    "sites": {
        "overlap": (0.50, 0.08),
        "different": (0.50, 0.92),
    },
    # Same kind and same value is evidence of one event, more so for a value
    # of 2 or more (one killed is the commonest toll there is); tolls evolve
    # (SOHR 60, then 95), so a different value is only weak evidence against.
    "figure": {
        "same_rare": (0.30, 0.010),
        "same": (0.20, 0.060),
        "overlap": (0.10, 0.040),
        "differ": (0.15, 0.290),
        "else": (0.25, 0.600),
    },
    "text": {
        "high": (0.35, 0.04),
        "medium": (0.30, 0.16),
        "low": (0.20, 0.30),
        "else": (0.15, 0.50),
    },
}


@dataclass(slots=True)
class LinkSettings:
    """How claims are linked into incidents.

    threshold: match probability at or above which two claims are linked
        (the clustering threshold).
    attach_threshold: match probability at which an undated claim joins its
        best compatible dated incident (it has no date to add evidence, and
        joins at most one incident, so a lower bar is safe).
    max_days: hard limit; claims whose event dates are further apart than this
        (gap between the two date ranges, in days) never share an incident.
    max_km: hard limit; claims whose places (town precision or finer) are
        further apart than this never share an incident.
    near_km: distance under which two places count as "the same place".
    prior_match_probability: prior probability that two random claims describe
        the same incident (Splink's `probability_two_random_records_match`).
    min_claims_for_em: below this many claims the fixed priors are the model;
        from here on u is estimated by random sampling and m by EM.
    em_max_pairs: cap on the pairs sampled for u estimation.
    same_actor_day_place: link claims that share a known actor, a precise day
        and a place regardless of their score (ACLED's event unit; it is what
        ties a strike count to the casualty report of the same raid).
    merge_documents: claims of one document are one event unless they name
        two actors or dates with no day in common (docs/linking.md).
    window_days: a cluster dated only to its reports' windows joins a cluster
        giving the same figures at the same place within this many days
        (negative: off; docs/linking.md).
    max_window_days: a claim dated to a longer window than this ("this year",
        "in November") is a tally, not an event: it stays with its report's
        other claims but never links across reports.
    followup_days: such a cluster also joins the one dated incident up to this
        many days before its window that shares figures worth 3 at one place.
    lead_days: two reports whose leads name days at most this far apart, at
        one town, are one incident (0: the same day; a city bombed on two
        consecutive days by one air force is two incidents).
    people_days: two reports naming one person (given with an age in one of
        them) in one state, up to this many days apart, are one case: the
        follow-ups of a shooting name its victims and suspects again
        (negative: off).
    lead_similarity: two reports at one town within `max_days` (not naming
        two different days) whose leads' TF-IDF cosine is at least this are
        one incident (above 1: off).
    county_days: two reports naming one US county (of one state) in their
        title or lead, at most this many days apart, are one incident when
        their headlines give no two different ages (negative: off).
    toll_days: two reports at one town (with a province) whose headlines
        give the same exact toll, killed and injured adding up to 3 or more,
        up to this many days apart, are one incident (negative: off).
    street_days: two reports naming one street (a numbered one with its
        block), in one state, up to this many days apart, are one incident
        (negative: off).
    text_similarity: two reports in one state, up to `text_days` apart,
        whose whole texts' TF-IDF cosine is at least this, are one incident
        (above 1: off).
    text_days: see `text_similarity`.
    text_similarity_states: the same bar for two reports in two states
        (above 1: off).
    recall_days: a report whose title or first paragraphs name a day up to
        this many days before its own (beyond its week) joins the one
        incident whose reports at its town name that day (negative: off).
    county_town_km: two reports naming one county with two different own
        towns of its state are joined by it only when the towns lie at most
        this far apart (a suburb and its city; Houston and Humble, 28 km
        apart in Harris County, stay apart).
    headline_similarity: two headlines in one state, at most `headline_days`
        apart, whose TF-IDF cosine is at least this are one incident (above
        1: off).
    headline_similarity_town: the same bar for two headlines at one town of
        a known province ("Man charged in downtown Minneapolis shooting",
        "6 hurt in 2 downtown Minneapolis shootings").
    headline_days: see `headline_similarity` and `headline_in_story`.
    placeless_age_days: a report naming no place at all whose headline
        gives a child's age joins the one incident whose reports' headlines
        give that age, with a place, at most this many days away (negative:
        off).
    headline_in_story: a page with no story of its own (a paywall) joins
        the report at most `headline_days` away, in one state, whose story
        holds at least this share of its headline's words weighted by
        rarity (above 1: off).
    seed: seed for Splink's random sampling, so runs are reproducible.
    priors: (m, u) per comparison level; see DEFAULT_PRIORS.
    """

    threshold: float = 0.9
    attach_threshold: float = 0.5
    max_days: int = 1
    max_km: float = 25.0
    near_km: float = 3.0
    prior_match_probability: float = 0.01
    min_claims_for_em: int = 300
    em_max_pairs: float = 2e6
    same_actor_day_place: bool = True
    merge_documents: bool = True
    admin1_suffices: bool = True
    window_days: int = 3
    max_window_days: int = 7
    followup_days: int = 30
    lead_days: int = 0
    people_days: int = 3 * 365
    lead_similarity: float = 0.3
    county_days: int = 7
    toll_days: int = 365
    street_days: int = 30
    text_similarity: float = 0.2
    text_days: int = 7
    text_similarity_states: float = 0.35
    recall_days: int = 365
    headline_similarity: float = 0.5
    headline_similarity_town: float = 0.4
    headline_days: int = 3
    placeless_age_days: int = 2
    headline_in_story: float = 0.65
    county_town_km: float = 10.0
    seed: int = 42
    priors: dict[str, dict[str, tuple[float, float]]] = field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_PRIORS.items()}
    )
