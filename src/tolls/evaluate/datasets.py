"""One evaluator per dataset: run the pipeline on real text, score it.

Each evaluator takes the data folder and a row limit and returns a
`DatasetResult`; how every metric is defined is written next to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from tolls.evaluate import components as comp
from tolls.evaluate import loaders
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
from tolls.evaluate.report import DatasetResult, MetricRow
from tolls.link.evaluate import bcubed, pairwise
from tolls.types import Claim


class Runner:
    """Calls one pipeline function and counts (rather than raises) its errors,
    so that one bad row costs one miss, not the whole evaluation."""

    def __init__(self, fn: Callable[..., Any], label: str) -> None:
        self.fn, self.label = fn, label
        self.errors: Counter[str] = Counter()

    def __call__(self, *args: Any, default: Any = None, **kwargs: Any) -> Any:
        try:
            return self.fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - measured, reported below
            self.errors[f"{type(exc).__name__}: {exc}"[:160]] += 1
            return default

    def note(self) -> list[str]:
        if not self.errors:
            return []
        total = sum(self.errors.values())
        first, _ = self.errors.most_common(1)[0]
        return [f"{self.label} raised {total} times (most common: {first})"]


def _row(name: str, hits: int, n: int) -> MetricRow:
    return MetricRow(name=name, value=rate(hits, n), n=n)


# --- ACLED ---------------------------------------------------------------


def eval_acled(data_dir: Path, limit: int | None = None) -> DatasetResult:
    """ACLED notes against ACLED's own coding.

    - killed_exact_deaths / killed_exact_zero: the note's total under ACLED's
      conventions, `tolls.extract.totals.document_total(claims, "killed")`
      (the coder's own count first; else distinct events summed; restated,
      recovered-body and sub-group figures never counted twice; 0 when no
      killed claim), equals `fatalities`, on rows with fatalities > 0 and on
      rows coded 0.
    - actor: `actor1` (ignoring the period suffix "(2022-)", a sub-unit
      suffix and case) is the ACLED name (`actor_info(name).acled`) of a
      canonical actor the extractor assigns to one of the note's claims or
      finds in the note (`find_actors`). This is how ACLED defines actor1 in
      this export: the file is one row per event *and actor*, filtered on
      Israel, so actor1 is "Military Forces of Israel" on 1969 of 1970 rows,
      including notes where Israel is the target ("Hamas fired mortars at
      Israeli troops"). actor1 is a party to the event, not necessarily the
      attacker; asking for the note's main attacker would grade ACLED's
      export convention, not the extractor.
    - actor_any: `actor1` is the ACLED name of any actor the notes mention
      (`find_actors` alone, without the claims' actors).
    - sub_event_type: the first event type `find_event_types(notes)` finds,
      mapped to ACLED sub-event types, includes `sub_event_type`.
    - location: `location` (normalised for case, accents, apostrophes, dashes)
      equals the canonical name or the matched text of any place that
      `find_places(notes)` or the claims found.
    """
    try:
        extract: Runner | None = Runner(comp.extractor(), "extract")
    except comp.Unavailable as exc:  # the recognisers can still be measured
        extract, missing = None, str(exc)
    document_total = comp.component("tolls.extract.totals", "document_total")
    actors = Runner(comp.component("tolls.extract.actors", "find_actors"), "find_actors")
    actor_names = Runner(comp.acled_actor_names, "actor_info")
    events = Runner(comp.component("tolls.extract.events", "find_event_types"), "events")
    sub_events = Runner(comp.acled_sub_event, "acled sub-event mapping")
    places = Runner(comp.component("tolls.extract.places", "find_places"), "find_places")
    hits: Counter[str] = Counter()
    n: Counter[str] = Counter()
    for row in loaders.load_acled(data_dir, limit):
        notes, published = row["notes"], loaders.parse_date(row["event_date"])
        claims = extract(notes, published=published, default=[]) or [] if extract else []
        if extract:
            bucket = "killed_exact_deaths" if int(row["fatalities"]) > 0 else "killed_exact_zero"
            n[bucket] += 1
            hits[bucket] += document_total(claims, "killed") == int(row["fatalities"])
        found = [m.value for m in actors(notes, default=[]) or []]
        gold_actor = norm_actor(row["actor1"])
        assigned = [c.actor for c in claims if c.actor]
        n["actor"] += 1
        hits["actor"] += gold_actor in _acled_names(actor_names, [*assigned, *found])
        n["actor_any"] += 1
        hits["actor_any"] += gold_actor in _acled_names(actor_names, found)
        kinds = events(notes, default=[]) or []
        subs = sub_events(kinds[0].value, default=set()) if kinds else set()
        n["sub_event_type"] += 1
        hits["sub_event_type"] += norm_name(row["sub_event_type"]) in {norm_name(s) for s in subs}
        n["location"] += 1
        hits["location"] += norm_name(row["location"]) in _place_names(
            places(notes, default=[]) or [], claims
        )
    names = (
        "killed_exact_deaths", "killed_exact_zero", "actor", "actor_any", "sub_event_type",
        "location",
    )
    runners = (extract, actors, actor_names, events, sub_events, places)
    notes = [note for r in runners if r for note in r.note()]
    if extract is None:
        notes.append(f"killed not measured: {missing}")
    return DatasetResult(
        name="acled", rows=[_row(m, hits[m], n[m]) for m in names if n[m]], notes=notes
    )


def _acled_names(actor_names: Runner, canonical: list) -> set[str]:
    names: set[str] = set()
    for name in dict.fromkeys(canonical):
        names.update(norm_actor(x) for x in actor_names(name, default=set()) or ())
    return names


def _place_names(mentions: list, claims: list[Claim]) -> set[str]:
    names = set()
    for m in mentions:
        names.add(norm_name(m.text))
        if getattr(m.value, "name", None):
            names.add(norm_name(m.value.name))
    names.update(norm_name(c.place.name) for c in claims if c.place and c.place.name)
    return names


# --- GVA -----------------------------------------------------------------


def eval_gva(data_dir: Path, limit: int | None = None) -> DatasetResult:
    """Gun Violence Archive news articles against the incidents they report.

    Per article (title passed as `title`, `dct` as `published`):
    - killed / injured: the toll of the incident the article reports,
      `tolls.extract.totals.article_total` over the article's claims and its
      title's own claims (the title extracted as a text of its own: the
      headline's figure first, else the first sentence with a figure; injured
      excludes the dead; an unnumbered killing counts one), equals
      num_killed / num_injured.
    - date: the date of the claim that gave the killed toll (else the injured
      toll, else the first dated claim) starts on the incident's date.
    Linking: every claim of every article gets a unique id, every article is
    described (`tolls.link.describe`: its day, own town, lead), and both go
    through `tolls.link.link_reports`; an article with claims joins the
    incident holding most of them, one without claims the incident its
    report joined (docs/linking.md); pairwise and
    B-cubed precision/recall/F1 are computed over articles against the gold
    clusters (articles sharing `incident_uri`).
    - incident_killed / incident_injured: what a user sees after linking and
      reconciling (`_incident_toll_rows`), per gold incident.
    """
    extract = Runner(comp.extractor(), "extract")
    article_total = comp.component("tolls.extract.totals", "article_total")
    articles, incidents = loaders.load_gva(data_dir, limit)
    hits: Counter[str] = Counter()
    claim_doc: dict[int, int] = {}
    all_claims: list[Claim] = []
    for i, art in enumerate(articles):
        claims = extract(
            art.text, published=art.published, title=art.title or None,
            document=art.doc_id, url=art.url or None, default=[],
        ) or []
        gold = incidents[art.incident]
        title_claims = (extract(art.title, published=art.published, default=[]) or []
                        if art.title else [])
        for kind, want in (("killed", gold.killed), ("injured", gold.injured)):
            hits[kind] += article_total(claims, kind, title_claims=title_claims,
                                        title=art.title or "", text=art.text) == want
        hits["date"] += _date_hit(claims, gold.date)
        for c in claims:
            c.id = len(all_claims)
            c.document = c.document or art.doc_id
            claim_doc[c.id] = i
            all_claims.append(c)
    n = len(articles)
    rows = [_row(m, hits[m], n) for m in ("killed", "injured", "date")]
    notes = extract.note()
    try:
        rows += _linking_rows(all_claims, claim_doc, articles, incidents)
    except comp.Unavailable as exc:
        notes.append(f"linking not measured: {exc}")
    return DatasetResult(name="gva", rows=rows, notes=notes)


def _date_hit(claims: list[Claim], gold: datetime | None) -> bool:
    claim = toll_claim(claims, "killed") or toll_claim(claims, "injured")
    if claim is None or claim.date is None:
        claim = next((c for c in claims if c.date and c.date.start), None)
    if gold is None or claim is None or claim.date is None or claim.date.start is None:
        return False
    start = claim.date.start
    start = start.date() if isinstance(start, datetime) else start
    return start == gold.date()


def _linking_rows(claims: list[Claim], claim_doc: dict[int, int],
                  articles: list[loaders.GvaArticle],
                  incidents: dict[str, loaders.GvaIncident]) -> list[MetricRow]:
    describe, link_reports = comp.report_linker()
    with_claims = set(claim_doc.values())
    figureless = [i for i in range(len(articles)) if i not in with_claims]
    # Every article is described: a figureless one to be linked at all, one
    # with claims to lend its incident the article's own town and day.
    reports = [describe(a.text, published=a.published, title=a.title or None,
                        document=a.doc_id) for a in articles]
    keys, report_keys = link_reports(claims, reports) if claims or reports else ({}, {})
    predicted = majority_clusters(claim_doc, keys, range(len(articles)))
    for i in figureless:
        predicted[i] = ("c", report_keys[articles[i].doc_id])
    gold = {i: a.incident for i, a in enumerate(articles)}
    n = len(gold)
    rows = []
    for prefix, fn in (("pairwise", pairwise), ("bcubed", bcubed)):
        scores = fn(gold, predicted)
        p, r, f = scores.precision, scores.recall, scores.f1
        rows += [
            MetricRow(f"{prefix}_precision", p, n),
            MetricRow(f"{prefix}_recall", r, n),
            MetricRow(f"{prefix}_f1", f, n),
        ]
    return rows + _incident_toll_rows(claims, keys, claim_doc, articles, incidents)


def _incident_toll_rows(claims: list[Claim], keys: dict[int, int], claim_doc: dict[int, int],
                        articles: list[loaders.GvaArticle],
                        incidents: dict[str, loaders.GvaIncident]) -> list[MetricRow]:
    """What a user sees: per gold incident, the linked incident holding most
    of its articles' claims, reconciled (`ibc`); its killed/all and
    injured/all `best` equal num_killed / num_injured (no figure: 0). A gold
    incident none of whose articles has a claim is a miss."""
    reconcile = comp.reconciler()
    members: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        members[keys[c.id]].append(c)  # type: ignore[index]
    per_gold: dict[str, list[int]] = defaultdict(list)
    for c in claims:
        per_gold[articles[claim_doc[c.id]].incident].append(keys[c.id])  # type: ignore[index]
    hits: Counter[str] = Counter()
    for uri, gold in incidents.items():
        main = main_value(per_gold.get(uri, []))
        if main is None:
            continue
        figures = reconcile(members[main], "ibc").figures or {}
        for kind, want in (("killed", gold.killed), ("injured", gold.injured)):
            toll = (figures.get(kind) or {}).get("all")
            hits[kind] += (toll.best if toll is not None and toll.best is not None else 0) == want
    n = len(incidents)
    return [MetricRow(f"incident_{kind}", hits[kind] / n if n else 0.0, n)
            for kind in ("killed", "injured")]


# --- GED (information only) ----------------------------------------------


def eval_ged(data_dir: Path, limit: int | None = None) -> DatasetResult:
    """UCDP GED headlines, for information (a headline often gives a day's
    total across several events, so it is not event-level gold).

    Each event's `source_headline` is split on ';' and every headline
    extracted with `published=date_start`; a headline's figure is its killed
    toll (as for ACLED) when it has a killed claim.
    - killed_found: share of events where some headline has a killed figure.
    - killed_within_range: share of events where some headline's figure lies
      within the event's [low, high].
    """
    extract = Runner(comp.extractor(), "extract")
    hits: Counter[str] = Counter()
    rows = loaders.load_ged(data_dir, limit)
    for row in rows:
        published = loaders.parse_date(row["date_start"])
        bounds = (int(float(row["low"] or 0)), int(float(row["high"] or 0)))
        figures = []
        for headline in filter(None, (h.strip() for h in row["source_headline"].split(";"))):
            claims = extract(headline, published=published, default=[]) or []
            if any(c.figure.kind == "killed" for c in claims):
                figures.append(toll_value(claims, "killed"))
        hits["killed_found"] += bool(figures)
        hits["killed_within_range"] += any(within(v, bounds) for v in figures)
    names = ("killed_found", "killed_within_range")
    return DatasetResult(
        name="ged", rows=[_row(m, hits[m], len(rows)) for m in names], notes=extract.note()
    )


# --- Airwars -------------------------------------------------------------


def eval_airwars(data_dir: Path, limit: int | None = None) -> DatasetResult:
    """Airwars Gaza assessments, each ingested as one report.

    Each assessment is one report (outlet Airwars, document = its incident
    id, url = its page), so a figure with no named source is Airwars' own.
    Claims of the assessment (published = incident date) are linked with
    `link_claims`; the incident holding most of them is reconciled with the
    `airwars` policy. Its killed/civilians `best` (killed/all `best` when
    there is no civilians figure; 0 when there is no killed figure at all)
    must lie within `Civilians reported killed` (a number, or a range
    "a – b", inclusive). Rows whose reported figure is not a number
    ("Unknown") have no gold and are left out of n.
    - civilians_killed_within: share of hits.
    """
    extract = Runner(comp.extractor(), "extract")
    reconcile = Runner(comp.reconciler(), "reconcile")
    notes: list[str] = []
    try:
        link: Runner | None = Runner(comp.linker(), "link_claims")
    except comp.Unavailable as exc:
        link = None
        notes.append(f"{exc}: all claims of an assessment taken as one incident")
    hits = n = no_gold = 0
    for row in loaders.load_airwars(data_dir, limit):
        bounds = parse_range(row["Civilians reported killed"])
        if bounds is None:
            no_gold += 1
            continue
        published = loaders.parse_date(row["Incidence_date"])
        # One report: Airwars' assessment, so unnamed figures are Airwars' own
        # and its claims share a document (linking keeps a report together).
        claims = extract(
            row["Airwars_assessment"], published=published, outlet="Airwars",
            document=row.get("Incidence_id") or None, url=row.get("Incidence_url") or None,
            default=[],
        ) or []
        best = _airwars_best(_main_incident(claims, link), reconcile)
        n += 1
        hits += within(best, bounds)
    notes.append(f"{no_gold} rows without a numeric 'Civilians reported killed' left out")
    notes += [x for r in (extract, link, reconcile) if r for x in r.note()]
    return DatasetResult(
        name="airwars", rows=[_row("civilians_killed_within", hits, n)], notes=notes
    )


def _main_incident(claims: list[Claim], link: Runner | None) -> list[Claim]:
    """The claims of the incident that holds most of `claims`."""
    if not claims or link is None:
        return claims
    for i, c in enumerate(claims):
        c.id = i
    keys = link(claims, default=None)
    if not keys:
        return claims
    main = main_value([keys[c.id] for c in claims if c.id in keys])
    return [c for c in claims if keys.get(c.id) == main]


def _airwars_best(claims: list[Claim], reconcile: Runner) -> int | None:
    if not claims:
        return 0
    incident = reconcile(claims, "airwars")
    if incident is None:
        return None
    killed = (incident.figures or {}).get("killed") or {}
    for group in ("civilians", "all"):
        toll = killed.get(group)
        if toll is not None and toll.best is not None:
            return toll.best
    return 0


EVALUATORS: dict[str, Callable[[Path, int | None], DatasetResult]] = {
    "acled": eval_acled,
    "gva": eval_gva,
    "ged": eval_ged,
    "airwars": eval_airwars,
}
