"""The Splink model: comparisons, training and pairwise scores (DuckDB backend).

Splink 5 notes (they differ from Splink 4 tutorials):
- inputs must be registered with `DuckDBAPI.register(...)` and the returned
  SplinkDataFrame passed to `Linker`; plain dicts/Arrow tables are not accepted
  by `Linker` directly. Dicts of lists are registered as Arrow tables, so no
  pandas is needed;
- results are read with `SplinkDataFrame.as_record_list()` (pandas is optional);
- `estimate_u_using_random_sampling(max_pairs=..., seed=...)` and
  `estimate_parameters_using_expectation_maximisation(blocking_rule)` live on
  `linker.training`; `predict()` on `linker.inference`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb
from splink import DuckDBAPI, Linker, SettingsCreator
from splink.comparison_library import CustomComparison

from tolls.link._records import Record, columns
from tolls.link.settings import LinkSettings

log = logging.getLogger(__name__)

Pair = tuple[int, int, float]


def _km_sql(near: float) -> str:
    dist = (
        "2 * 6371 * asin(sqrt(pow(sin(radians(lat_r - lat_l) / 2), 2) + "
        "cos(radians(lat_l)) * cos(radians(lat_r)) * pow(sin(radians(lon_r - lon_l) / 2), 2)))"
    )
    return f"({dist}) <= {float(near)}"


def _level(sql: str, label: str, prior: tuple[float, float] | None = None,
           null: bool = False) -> dict[str, Any]:
    level: dict[str, Any] = {"sql_condition": sql, "label_for_charts": label}
    if null:
        level["is_null_level"] = True
    if prior is not None:
        level["m_probability"], level["u_probability"] = prior
    return level


def _comparison(name: str, levels: list[dict[str, Any]]) -> CustomComparison:
    return CustomComparison(comparison_levels=levels, output_column_name=name)


def _date(p: dict[str, tuple[float, float]]) -> CustomComparison:
    gap = "greatest(day_start_l, day_start_r) - least(day_end_l, day_end_r)"
    return _comparison("date", [
        _level("day_start_l IS NULL OR day_start_r IS NULL", "date unknown", null=True),
        _level("day_start_l = day_start_r AND day_end_l = day_end_r "
               "AND day_start_l = day_end_l", "same day", p["same_day"]),
        _level(f"{gap} <= 0", "date ranges overlap", p["overlap"]),
        _level(f"{gap} <= 1", "one day apart", p["one_day"]),
        _level("ELSE", "further apart", p["else"]),
    ])


def _place(p: dict[str, tuple[float, float]], s: LinkSettings) -> CustomComparison:
    return _comparison("place", [
        _level("(place_key_l IS NULL OR place_key_r IS NULL) AND "
               "(lat_l IS NULL OR lat_r IS NULL) AND (admin1_l IS NULL OR admin1_r IS NULL)",
               "place unknown", null=True),
        _level(f"place_key_l = place_key_r OR place_name_l = place_name_r OR {_km_sql(s.near_km)}",
               "same place", p["same"]),
        _level(_km_sql(s.max_km), f"within {s.max_km:g} km", p["near"]),
        _level("admin1_l = admin1_r", "same admin1", p["admin1"]),
        _level("ELSE", "elsewhere", p["else"]),
    ])


def _actor(p: dict[str, tuple[float, float]]) -> CustomComparison:
    return _comparison("actor", [
        _level("actor_l IS NULL AND actor_r IS NULL", "both unknown", null=True),
        _level("actor_l = actor_r", "same actor", p["same"]),
        _level("actor_l IS NULL OR actor_r IS NULL", "one unknown", p["one_unknown"]),
        _level("ELSE", "different actors", p["different"]),
    ])


def _event_type(p: dict[str, tuple[float, float]]) -> CustomComparison:
    return _comparison("event_type", [
        _level("event_type_l IS NULL OR event_type_r IS NULL", "unknown", null=True),
        _level("event_type_l = event_type_r", "same event type", p["same"]),
        _level("ELSE", "different event type", p["different"]),
    ])


def _sites(p: dict[str, tuple[float, float]]) -> CustomComparison:
    return _comparison("sites", [
        _level("sites_l IS NULL OR sites_r IS NULL", "no sites", null=True),
        _level("len(list_intersect(sites_l, sites_r)) > 0", "a site in common", p["overlap"]),
        _level("ELSE", "different sites", p["different"]),
    ])


def _text(p: dict[str, tuple[float, float]]) -> CustomComparison:
    jac = ("len(list_intersect(tokens_l, tokens_r)) / "
           "len(list_distinct(list_concat(tokens_l, tokens_r)))")
    return _comparison("text", [
        _level("tokens_l IS NULL OR tokens_r IS NULL", "no text", null=True),
        _level(f"{jac} >= 0.5", "token jaccard >= 0.5", p["high"]),
        _level(f"{jac} >= 0.25", "token jaccard >= 0.25", p["medium"]),
        _level(f"{jac} >= 0.1", "token jaccard >= 0.1", p["low"]),
        _level("ELSE", "different text", p["else"]),
    ])


def _figure(p: dict[str, tuple[float, float]]) -> CustomComparison:
    same_kind = "fig_kind_l = fig_kind_r"
    same = ("fig_low_l IS NOT DISTINCT FROM fig_low_r AND "
            "fig_high_l IS NOT DISTINCT FROM fig_high_r")
    overlap = ("coalesce(fig_low_l, 0) <= coalesce(fig_high_r, 1000000000) AND "
               "coalesce(fig_low_r, 0) <= coalesce(fig_high_l, 1000000000)")
    return _comparison("figure", [
        _level("fig_kind_l IS NULL OR fig_kind_r IS NULL OR "
               "(fig_low_l IS NULL AND fig_high_l IS NULL) OR "
               "(fig_low_r IS NULL AND fig_high_r IS NULL)", "no figure", null=True),
        _level(f"{same_kind} AND {same} AND coalesce(fig_low_l, fig_high_l) >= 2",
               "same kind and value (2 or more)", p["same_rare"]),
        _level(f"{same_kind} AND {same}", "same kind and value (0 or 1)", p["same"]),
        _level(f"{same_kind} AND {overlap}", "same kind, intervals overlap", p["overlap"]),
        _level(same_kind, "same kind, different value", p["differ"]),
        _level("ELSE", "different kinds", p["else"]),
    ])


def _prediction_rules(s: LinkSettings, incremental: bool) -> list[str]:
    # Pairs that the hard constraints would forbid are never generated.
    actors = "(l.actor IS NULL OR r.actor IS NULL OR l.actor = r.actor)"
    new = " AND (l.is_new OR r.is_new)" if incremental else ""
    window = (f"l.day_start <= r.day_end + {int(s.max_days)} AND "
              f"r.day_start <= l.day_end + {int(s.max_days)}")
    undated = "(l.day_start IS NULL OR r.day_start IS NULL)"
    return [
        f"{window} AND {actors}{new}",
        f"{undated} AND l.place_key = r.place_key AND {actors}{new}",
    ]


def splink_settings(s: LinkSettings, incremental: bool = False) -> SettingsCreator:
    p = s.priors
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=s.prior_match_probability,
        comparisons=[
            _date(p["date"]), _place(p["place"], s), _actor(p["actor"]),
            _event_type(p["event_type"]), _sites(p["sites"]), _text(p["text"]),
            _figure(p["figure"]),
        ],
        blocking_rules_to_generate_predictions=_prediction_rules(s, incremental),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Splink logs training progress at INFO and data-size warnings; keep them out."""
    logger = logging.getLogger("splink")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def _train(linker: Linker, records: Sequence[Record], s: LinkSettings) -> bool:
    """u by random sampling, m by EM; False (priors kept) when data is too small."""
    if len(records) < s.min_claims_for_em:
        return False
    training = linker.training
    try:
        training.estimate_u_using_random_sampling(max_pairs=s.em_max_pairs, seed=s.seed)
        # Blocking on the day trains every comparison but date; blocking on the
        # place trains date. Splink skips the blocked comparison in each pass.
        # Pairs within one report are left out: they share sentences, and the
        # model is there to judge claims of different reports.
        apart = " AND (l.document IS NULL OR r.document IS NULL OR l.document <> r.document)"
        training.estimate_parameters_using_expectation_maximisation(
            "l.day_start = r.day_start" + apart, estimate_without_term_frequencies=True)
        training.estimate_parameters_using_expectation_maximisation(
            "l.place_key = r.place_key" + apart, estimate_without_term_frequencies=True)
    except Exception as exc:  # EM can fail on degenerate data; the priors still hold
        log.warning("EM training failed (%s); using prior m/u", exc)
        return False
    _keep_signs(linker, s)
    return True


def _keep_signs(linker: Linker, s: LinkSettings) -> None:
    """A level whose prior says "evidence against" (different actors, another
    event type, elsewhere) must not come out of EM as evidence for: EM fits
    a two-class mixture, and on noisy extractions the second class is not
    always "same incident". Such a level gets its prior m and u back."""
    by_label = {
        ("date", "further apart"): ("date", "else"),
        ("place", "elsewhere"): ("place", "else"),
        ("actor", "different actors"): ("actor", "different"),
        ("event_type", "different event type"): ("event_type", "different"),
        ("sites", "different sites"): ("sites", "different"),
        ("text", "different text"): ("text", "else"),
        ("figure", "same kind, different value"): ("figure", "differ"),
    }
    try:
        comparisons = linker._settings_obj.comparisons
    except AttributeError:  # pragma: no cover - Splink internals moved
        return
    for comparison in comparisons:
        for level in comparison.comparison_levels:
            key = by_label.get((comparison.output_column_name, level.label_for_charts))
            if key is None or level.is_null_level:
                continue
            m, u = level.m_probability, level.u_probability
            if m is not None and u is not None and m > u:
                level.m_probability, level.u_probability = s.priors[key[0]][key[1]]


def score_pairs(records: Sequence[Record], s: LinkSettings,
                extra: Sequence[Record] = ()) -> tuple[list[Pair], bool]:
    """Every blocked pair with its match probability, and whether EM was used.

    `extra` records (figureless reports, `tolls.link.reports`) are scored by
    the model trained on `records` alone, so adding reports never changes how
    claims link with each other; only pairs involving an extra record are
    added to the result.
    """
    if len(records) + len(extra) < 2:
        return [], False
    incremental = any(not r.is_new for r in records)
    con = duckdb.connect()
    try:
        db_api = DuckDBAPI(con)
        with _quiet():
            table = db_api.register(columns(records), table_name="claims")
            linker = Linker(table, splink_settings(s, incremental), log_level=None)
            trained = _train(linker, records, s) if len(records) >= 2 else False
            pairs = _predict(linker) if len(records) >= 2 else []
            if extra:
                model = linker.misc.save_model_to_json()
                both = db_api.register(columns([*records, *extra]), table_name="with_reports")
                scored = _predict(Linker(both, model, log_level=None))
                ids = {r.id for r in extra}
                pairs += [p for p in scored if p[0] in ids or p[1] in ids]
    finally:
        con.close()
    return pairs, trained


def _predict(linker: Linker) -> list[Pair]:
    predictions = linker.inference.predict(warning_mode="never")
    rows = predictions.as_duckdbpyrelation().select(
        "unique_id_l, unique_id_r, match_probability").fetchall()
    return [(int(a), int(b), float(p)) for a, b, p in rows]
