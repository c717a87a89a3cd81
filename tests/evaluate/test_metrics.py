"""Metric functions on tiny hand-made inputs."""

from __future__ import annotations

import pytest

from tolls.evaluate.metrics import (
    main_value,
    majority_clusters,
    norm_actor,
    norm_name,
    parse_range,
    rate,
    toll_claim,
    toll_value,
    within,
)
from tolls.extract.totals import figure_value
from tolls.types import Claim, Figure


def claim(kind: str, group: str, low: int | None, high: int | None = None, acled=None) -> Claim:
    fig = Figure(kind, group, low, high, "exact", str(low), (0, 1), acled)
    return Claim(figure=fig, quote="x", span=(0, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", (12, 12)),
        ("1,200", (1200, 1200)),
        ("3 – 7", (3, 7)),
        ("3-7", (3, 7)),
        ("21 — 22", (21, 22)),
        ("4 to 2", (2, 4)),
        ("0 – 2", (0, 2)),
        ("Unknown", None),
        ("", None),
        ("NA", None),
        ("about 5", None),
    ],
)
def test_parse_range(text, expected):
    assert parse_range(text) == expected


def test_within_is_inclusive_and_rejects_none():
    assert within(3, (3, 7)) and within(7, (3, 7))
    assert not within(8, (3, 7))
    assert not within(None, (0, 2))


def test_figure_value_prefers_acled_then_low_then_high():
    assert figure_value(claim("killed", "all", 61, None, acled=60).figure) == 60
    assert figure_value(claim("killed", "all", 70, None).figure) == 70
    assert figure_value(claim("killed", "all", None, 10).figure) == 10
    assert figure_value(claim("killed", "all", None, None).figure) == 0


def test_toll_is_the_largest_all_group_figure_not_the_sum():
    # "killing 4 ... 6 were killed ... Total fatalities coded at least 10"
    claims = [claim("killed", "all", 4), claim("killed", "all", 6), claim("killed", "all", 10)]
    assert toll_value(claims, "killed") == 10


def test_toll_ignores_other_groups_when_all_is_present():
    claims = [claim("killed", "all", 3), claim("killed", "combatants", 19)]
    assert toll_value(claims, "killed") == 3


def test_toll_falls_back_to_other_groups_and_to_zero():
    assert toll_value([claim("killed", "women", 1)], "killed") == 1
    assert toll_value([claim("injured", "all", 12)], "killed") == 0
    assert toll_value([], "killed") == 0
    assert toll_claim([], "killed") is None


def test_norm_name_ignores_case_accents_apostrophes_and_dashes():
    assert norm_name("Gaza - Ash Shati' Camp") == norm_name("gaza ash shati camp")
    assert norm_name("Gaza – Az Zaytūn") == norm_name("Gaza - Az Zaytun")
    assert norm_name("Ar-Raqqa") == norm_name("ar raqqa")


def test_norm_actor_strips_acled_period_suffix():
    assert norm_actor("Military Forces of Israel (2022-)") == "military forces of israel"
    assert norm_actor("Military Forces of Syria (2000-2024)") == "military forces of syria"
    assert norm_actor("Military Forces of Israel (2022-) Special Forces") == (
        "military forces of israel special forces"
    )


def test_main_value_breaks_ties_by_first_occurrence():
    assert main_value(["b", "a", "a", "b"]) == "b"
    assert main_value(["b", "a", "a"]) == "a"
    assert main_value([]) is None


def test_rate():
    assert rate(1, 4) == 0.25
    assert rate(0, 0) == 0.0


def test_majority_clusters_maps_documents_and_keeps_claimless_ones_apart():
    claim_doc = {0: "d1", 1: "d1", 2: "d1", 3: "d2", 4: "d3"}
    claim_cluster = {0: "A", 1: "B", 2: "B", 3: "B", 4: "A"}
    out = majority_clusters(claim_doc, claim_cluster, ["d1", "d2", "d3", "d4"])
    assert out["d1"] == out["d2"] != out["d3"]
    assert out["d4"] not in (out["d1"], out["d3"])
