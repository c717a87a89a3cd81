"""The `tolls` command: parses input, calls one library function, renders output."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tolls import pipeline
from tolls.config import resolve_db_url
from tolls.publish import jsonout, terminal

app = typer.Typer(
    help="Turn reports of violent incidents into death tolls people can trust.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
# Piped output (make demo in CI, a log file) gets room for the wide tables.
console = Console(width=None if sys.stdout.isatty() else 170)
err = Console(stderr=True)

POLICY_HELP = "Reconciliation policy: ibc (default), ucdp or airwars."


@dataclass
class State:
    db_url: str


def _store(ctx: typer.Context):
    from tolls.store import Store

    return Store(ctx.obj.db_url)


@contextmanager
def _progress(label: str):
    """A Rich progress bar fed by the library's (done, total) callbacks."""
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _parse_datetime(value: str | None, field: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{field}: not an ISO date or datetime: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_date(value: str | None, field: str) -> date | None:
    parsed = _parse_datetime(value, field)
    return parsed.date() if parsed else None


def _dump(payload) -> None:
    # Plain print: Rich would interpret brackets in report text as markup.
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(help="Database URL (else $TOLLS_DB, else "
                                           "sqlite:///tolls.db).")] = None,
) -> None:
    ctx.obj = State(db_url=resolve_db_url(db))


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of reports.")],
    outlet: Annotated[str | None, typer.Option(help="Outlet for files that lack one.")] = None,
    published: Annotated[str | None, typer.Option(help="ISO publication time for files "
                                                  "that lack one.")] = None,
    url: Annotated[str | None, typer.Option(help="URL for files that lack one.")] = None,
    title: Annotated[str | None, typer.Option(help="Title for files that lack one.")] = None,
) -> None:
    """Ingest reports, then extract their claims and link them into incidents."""
    from tolls.ingest import IngestDefaults

    defaults = IngestDefaults(
        outlet=outlet, published=_parse_datetime(published, "--published"), url=url, title=title
    )
    store = _store(ctx)
    with _progress("ingesting") as update:
        summary = pipeline.run(store, paths, defaults=defaults, progress=update)
    ing = summary.ingest
    console.print(
        f"added {ing.added}, duplicates {ing.duplicates}, quarantined {ing.quarantined}; "
        f"extracted {summary.extracted_documents} documents, {summary.claims} claims, "
        f"{summary.incidents} incidents"
    )
    for path, reason in ing.quarantine:
        err.print("quarantined:", path, "-", reason, markup=False, highlight=False)


@app.command()
def documents(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False
) -> None:
    """List ingested documents."""
    docs = _store(ctx).documents()
    if as_json:
        _dump([{"id": d.id, "outlet": d.outlet, "title": d.title, "url": d.url,
                "published": d.published.isoformat() if d.published else None,
                "format": d.format, "path": d.path} for d in docs])
    else:
        console.print(terminal.documents_table(docs))


@app.command()
def claims(
    ctx: typer.Context,
    incident: Annotated[int | None, typer.Option(help="Only this incident's claims.")] = None,
    document: Annotated[str | None, typer.Option(help="Only this document's claims.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List extracted claims with their quotes."""
    found = _store(ctx).claims(incident=incident, document=document)
    if as_json:
        _dump([jsonout.claim_dict(c) for c in found])
    else:
        console.print(terminal.claims_table(found, title="claims"))


@app.command()
def incidents(
    ctx: typer.Context,
    actor: Annotated[str | None, typer.Option(help="Only incidents by this actor.")] = None,
    place: Annotated[str | None, typer.Option(help="Only incidents at this place.")] = None,
    since: Annotated[str | None, typer.Option(help="ISO date.")] = None,
    until: Annotated[str | None, typer.Option(help="ISO date.")] = None,
    policy: Annotated[str, typer.Option(help=POLICY_HELP)] = "ibc",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List incidents with reconciled tolls."""
    where = pipeline.IncidentFilter(
        actor=actor, place=place, since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"),
    )
    found = pipeline.incidents(_store(ctx), policy=policy, where=where)
    if as_json:
        _dump([jsonout.incident_dict(i) for i in found])
    else:
        console.print(terminal.incidents_table(found, title=f"incidents (policy {policy})"))


@app.command()
def show(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument(metavar="ID")],
    policy: Annotated[str, typer.Option(help=POLICY_HELP)] = "ibc",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One incident: every claim with its quote, each source's figure over time, and
    the reports of it that give no figure."""
    found = pipeline.incident_detail(_store(ctx), incident_id, policy=policy)
    if found is None:
        err.print(f"no incident {incident_id}")
        raise typer.Exit(1)
    if as_json:
        _dump(jsonout.incident_dict(found.incident))
    else:
        console.print(terminal.incident_view(found.incident, found.figureless))


@app.command("extract")
def extract_cmd(
    file: Annotated[str | None, typer.Argument(
        help="A report file, read as `ingest` reads it (front matter, a page's main text, "
             "one document per row; spans index that text), or - for stdin.")] = None,
    published: Annotated[str | None, typer.Option(help="ISO publication date.")] = None,
    input_jsonl: Annotated[Path | None, typer.Option("--input", help="JSONL of {id, text, "
                                                     "published[, outlet, title]}.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Extract the claims of one text (or a JSONL batch) without touching the store."""
    if input_jsonl is not None:
        _extract_batch(input_jsonl)
        return
    when = _parse_datetime(published, "--published")
    if file is None or file == "-":
        found, name = pipeline.extract_text(sys.stdin.read(), published=when), "<stdin>"
    else:
        found, bad = pipeline.extract_file(file, published=when)
        for item in bad:
            err.print(str(item), markup=False, soft_wrap=True)
        if bad and not found:
            raise typer.Exit(2)
        name = file
    if as_json:
        _dump([jsonout.claim_dict(c) for c in found])
    else:
        console.print(terminal.claims_table(found, title=f"claims in {name}"))


def _extract_batch(path: Path) -> None:
    """One output line per input line; a bad line gets an `error` naming it."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError("field 'text' is not a string")
                when = _parse_datetime(item.get("published"), "published")
            except (ValueError, KeyError, TypeError, typer.BadParameter) as exc:
                out = {"id": None, "error": f"{path}:{lineno}: {exc}"}
                sys.stdout.write(json.dumps(out) + "\n")
                continue
            found = pipeline.extract_text(text, published=when, outlet=item.get("outlet"),
                                          title=item.get("title"))
            out = {"id": item.get("id"), "claims": [jsonout.claim_dict(c) for c in found]}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


@app.command()
def compare(
    ctx: typer.Context,
    by: Annotated[str, typer.Option(help="Group by: actor.")] = "actor",
    place: Annotated[str | None, typer.Option()] = None,
    since: Annotated[str | None, typer.Option(help="ISO date.")] = None,
    until: Annotated[str | None, typer.Option(help="ISO date.")] = None,
    policy: Annotated[str, typer.Option(help=POLICY_HELP)] = "ibc",
    as_json: Annotated[bool, typer.Option("--json")] = False,
    as_csv: Annotated[bool, typer.Option("--csv")] = False,
) -> None:
    """Compare actors: incidents, strikes, tolls, civilians, killed per strike."""
    from tolls.reconcile import rows_as_dicts

    where = pipeline.IncidentFilter(place=place, since=_parse_date(since, "--since"),
                                    until=_parse_date(until, "--until"))
    rows = pipeline.compare_by(_store(ctx), by=by, policy=policy, where=where)
    if as_json:
        _dump(rows_as_dicts(rows))
    elif as_csv:
        _write_csv(rows_as_dicts(rows))
    else:
        console.print(terminal.compare_table(rows, by=by, policy=policy))


def _write_csv(rows: list[dict]) -> None:
    """CSV to stdout; cells a spreadsheet would run as formulas are neutralised."""
    fields = list(rows[0]) if rows else ["key"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows({k: _csv_safe(v) for k, v in row.items()} for row in rows)


def _csv_safe(value):
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


review_app = typer.Typer(help="Confirm, reject or move claims; merge or split incidents; "
                         "place a document without a figure. Every decision is an audit "
                         "event.", no_args_is_help=True)
app.add_typer(review_app, name="review")
WHO = Annotated[str, typer.Option(help="Who decides (recorded in the audit log).")]
WHY = Annotated[str | None, typer.Option(help="Why (recorded in the audit log).")]


def _review(action) -> None:
    try:
        result = action()
    except ValueError as exc:
        err.print(str(exc), markup=False)
        raise typer.Exit(2) from None
    console.print(f"done: {result}")


@review_app.command("confirm")
def review_confirm(ctx: typer.Context, claim_id: int, who: WHO, why: WHY = None) -> None:
    """A person vouches for a claim; it stays where it is."""
    from tolls import review

    _review(lambda: review.confirm(_store(ctx), claim_id, who=who, why=why))


@review_app.command("reject")
def review_reject(ctx: typer.Context, claim_id: int, who: WHO, why: WHY = None) -> None:
    """A person rules a claim wrong; reconciliation ignores it."""
    from tolls import review

    _review(lambda: review.reject(_store(ctx), claim_id, who=who, why=why))


@review_app.command("move")
def review_move(
    ctx: typer.Context, claim_id: int, who: WHO,
    to: Annotated[int | None, typer.Option(help="Incident id; omit for a new incident.")] = None,
    why: WHY = None,
) -> None:
    """Put a claim into another incident."""
    from tolls import review

    _review(lambda: review.move(_store(ctx), claim_id, to, who=who, why=why))


@review_app.command("merge")
def review_merge(ctx: typer.Context, incident_ids: list[int], who: WHO, why: WHY = None) -> None:
    """Fold incidents into the first one named."""
    from tolls import review

    _review(lambda: review.merge(_store(ctx), incident_ids, who=who, why=why))


@review_app.command("place")
def review_place(
    ctx: typer.Context, document_id: str, who: WHO,
    to: Annotated[int, typer.Option(help="Incident id.")], why: WHY = None,
) -> None:
    """Put a document that gives no figure into an incident."""
    from tolls import review

    _review(lambda: review.place(_store(ctx), document_id, to, who=who, why=why))


@review_app.command("split")
def review_split(ctx: typer.Context, claim_ids: list[int], who: WHO, why: WHY = None) -> None:
    """Take claims out into a new incident of their own."""
    from tolls import review

    _review(lambda: review.split(_store(ctx), claim_ids, who=who, why=why))


@review_app.command("log")
def review_log(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False
               ) -> None:
    """The audit log, and whether its hash chain is intact."""
    from tolls import review

    events, broken = review.log(_store(ctx))
    if as_json:
        _dump({"events": [{"id": e.id, "at": e.at.isoformat(), "who": e.who,
                           "action": e.action, "target": e.target, "payload": e.payload,
                           "why": e.why, "hash": e.hash} for e in events],
               "broken_at": broken})
    else:
        console.print(terminal.audit_table(events))
        console.print("audit chain intact" if broken is None
                      else f"audit chain BROKEN at event {broken}")
    if broken is not None:
        raise typer.Exit(1)


@app.command()
def demo(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option(help="Folder for incidents.json.")] = Path("out"),
    policy: Annotated[str, typer.Option(help=POLICY_HELP)] = "ibc",
) -> None:
    """Ingest the bundled Raqqa 2014 example and print the week's incidents."""
    from tolls.demo import run_demo

    with _progress("demo") as update:
        result = run_demo(_store(ctx), out_dir=out, policy=policy, progress=update)
    console.print(terminal.incidents_table(result.incidents, title=result.title))
    console.print(f"{len(result.incidents)} incidents; JSON written to {result.json_path}")


@app.command("eval")
def eval_cmd(
    data: Annotated[Path | None, typer.Option(help="Folder of evaluation data "
                                              "(default: ../shared/data).")] = None,
    dataset: Annotated[list[str] | None, typer.Option(help="Only these datasets.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows each.")] = None,
) -> None:
    """Measure extraction and linking against human-coded data; fail below the floors."""
    from tolls.evaluate import run_cli

    raise typer.Exit(run_cli(data, dataset, limit))


def main() -> None:
    app()
