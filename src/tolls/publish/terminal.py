"""Terminal views (Rich tables and a plotext chart).

Report text is hostile input: every cell built from it is a `rich.text.Text`,
never a markup string, so "[bold]" or "[link=...]" in a quote prints literally.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from tolls.types import Claim, Document, Incident, SeriesPoint, Toll


def fmt_interval(low: int | None, high: int | None, qualifier: str) -> str:
    """A figure as a reader would write it: >60, ≥95, 87, 7–10, ≤10."""
    if qualifier == "more_than" and low is not None:
        return f">{low - 1}"
    if qualifier == "at_least" and low is not None:
        return f"≥{low}"
    if qualifier in ("up_to", "at_most") and high is not None:
        return f"≤{high}"
    if low is not None and low == high:
        return f"~{low}" if qualifier == "about" else str(low)
    if low is not None and high is not None:
        return f"{low}–{high}" + ("?" if qualifier == "vague" else "")
    if low is not None:
        return f"≥{low}"
    if high is not None:
        return f"≤{high}"
    return "?"


def fmt_toll(toll: Toll | None) -> str:
    if toll is None:
        return ""

    def part(v: int | None, open_mark: str) -> str:
        return open_mark if v is None else str(v)

    return f"{part(toll.low, '?')} / {part(toll.best, '?')} / {part(toll.high, 'open')}"


def _toll(inc: Incident, kind: str, group: str = "all") -> Toll | None:
    return inc.figures.get(kind, {}).get(group)


def latest_by_source(series: dict[str, list[SeriesPoint]]) -> list[tuple[str, SeriesPoint]]:
    return [(src, pts[-1]) for src, pts in sorted(series.items()) if pts]


def source_summary(inc: Incident, kind: str = "killed", group: str = "all") -> Text:
    """Each source's figure over time, oldest first: `SOHR >60 → ≥95`."""
    series = inc.evolution.get(kind, {}).get(group, {})
    lines = []
    for src, pts in sorted(series.items()):
        steps = " → ".join(fmt_interval(p.low, p.high, p.qualifier) for p in pts)
        lines.append(f"{src} {steps}")
    return Text("\n".join(lines))


def _date_text(inc: Incident) -> str:
    if inc.date is None or inc.date.start is None:
        return "?"
    if inc.date.end and inc.date.end != inc.date.start:
        return f"{inc.date.start:%a %d %b %Y}–{inc.date.end:%d %b}"
    return f"{inc.date.start:%a %d %b %Y}"


def _place_text(inc: Incident) -> Text:
    name = inc.place.name if inc.place else "?"
    sites = f" ({', '.join(inc.sites)})" if inc.sites else ""
    return Text(name + sites)


def incidents_table(incidents: Iterable[Incident], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=True)
    for col in ("id", "date", "actor", "place (sites)", "strikes", "killed l/b/h",
                "civilians l/b/h", "grade", "latest killed figure per source"):
        table.add_column(col)
    for inc in incidents:
        actors = ", ".join(inc.actors) or "unknown"
        if inc.attribution == "contested":
            actors += " (contested)"
        table.add_row(
            str(inc.id),
            _date_text(inc),
            Text(actors),
            _place_text(inc),
            fmt_toll(_toll(inc, "strikes")),
            fmt_toll(_toll(inc, "killed")),
            fmt_toll(_toll(inc, "killed", "civilians")),
            inc.grade or "",
            source_summary(inc),
        )
    return table


def claims_table(claims: Iterable[Claim], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=True)
    for col in ("id", "reported", "source", "outlet", "figure", "date", "actor", "quote"):
        table.add_column(col, overflow="fold")
    for c in claims:
        fig = c.figure
        when = f"{c.reported_at:%Y-%m-%d %H:%M}" if c.reported_at else ""
        event_day = f"{c.date.start}" if c.date and c.date.start else ""
        figure = f"{fig.kind}/{fig.group} {fmt_interval(fig.low, fig.high, fig.qualifier)}"
        table.add_row(
            str(c.id or ""), when, Text(c.source or ""), Text(c.outlet or ""),
            figure, event_day, Text(c.actor or ""), Text(c.quote),
        )
    return table


def documents_table(documents: Iterable[Document]) -> Table:
    table = Table(title="documents")
    for col in ("id", "published", "outlet", "title", "format", "chars"):
        table.add_column(col, overflow="fold")
    for d in documents:
        when = f"{d.published:%Y-%m-%d %H:%M}" if d.published else ""
        table.add_row(d.id[:12], when, Text(d.outlet or ""), Text(d.title or ""), d.format,
                      str(len(d.text)))
    return table


def figureless_table(documents: Iterable[Document]) -> Table:
    """The documents that report an incident without giving a figure."""
    table = Table(title="reports without a figure")
    for col in ("published", "outlet", "title", "url", "document"):
        table.add_column(col, overflow="fold")
    for d in documents:
        when = f"{d.published:%Y-%m-%d %H:%M}" if d.published else ""
        table.add_row(when, Text(d.outlet or ""), Text(d.title or ""), Text(d.url or ""),
                      d.id[:12])
    return table


def evolution_chart(inc: Incident, kind: str = "killed", group: str = "all",
                    width: int = 78, height: int = 16) -> str | None:
    """A small terminal chart of each source's figure over time (low end, or high
    when only an upper bound is known); None when there is nothing to draw."""
    import plotext as plt

    series = inc.evolution.get(kind, {}).get(group, {})
    drawable = {
        src: [(p.reported_at, p.low if p.low is not None else p.high) for p in pts
              if p.reported_at is not None and (p.low is not None or p.high is not None)]
        for src, pts in series.items()
    }
    drawable = {s: pts for s, pts in drawable.items() if pts}
    if not drawable:
        return None
    plt.clear_figure()
    plt.plotsize(width, height)
    plt.date_form("Y-m-d H:M")
    plt.theme("clear")
    for src, pts in sorted(drawable.items()):
        xs = [p[0].strftime("%Y-%m-%d %H:%M") for p in pts]
        plt.plot(xs, [p[1] for p in pts], label=src, marker="dot")
    plt.title(f"{kind}/{group} by source over time")
    return plt.build()


def audit_table(events: Iterable) -> Table:
    table = Table(title="audit log")
    for col in ("id", "at", "who", "action", "target", "why", "hash"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(str(e.id), f"{e.at:%Y-%m-%d %H:%M:%S}", Text(e.who), e.action,
                      Text(e.target), Text(e.why or ""), e.hash[:12])
    return table


def compare_table(rows: Iterable, *, by: str = "actor", policy: str = "ibc") -> Table:
    """`tolls compare`: one row per actor; every number traces to incident ids."""
    table = Table(title=f"comparison by {by} (policy {policy})", show_lines=True)
    for col in (by, "incidents", "strikes", "killed l/b/h", "civilians l/b/h",
                "children l/b/h", "killed per strike", "fair or better", "incident ids"):
        table.add_column(col)
    for r in rows:
        per_strike = f"{r.killed_per_strike:.1f}" if r.killed_per_strike is not None else ""
        strikes = f"{r.strikes.low}..{'open' if r.strikes.high is None else r.strikes.high}"
        table.add_row(
            Text(r.key), str(r.incidents), strikes, fmt_toll(r.killed), fmt_toll(r.civilians),
            fmt_toll(r.children), per_strike, f"{r.fair_or_better:.0%}",
            ", ".join(str(i) for i in r.incident_ids),
        )
    return table


def incident_view(inc: Incident, figureless: Sequence[Document] = ()) -> Group:
    """Everything `tolls show` prints about one incident; `figureless` are the
    documents that report it without a figure."""
    head = Text()
    head.append(f"Incident {inc.id}: ", style="bold")
    head.append(f"{_date_text(inc)}, ")
    head.append_text(_place_text(inc))
    head.append(f"\nactors: {', '.join(inc.actors) or 'unknown'} ({inc.attribution})")
    head.append(f"  event: {inc.event_type or '?'}  grade: {inc.grade}  policy: {inc.policy}")
    head.append(f"\nsources: {', '.join(inc.sources)}")

    figures = Table(title="reconciled figures (low / best / high)")
    figures.add_column("kind")
    figures.add_column("group")
    figures.add_column("toll")
    figures.add_column("each source's figure over time")
    for kind, groups in sorted(inc.figures.items()):
        for group, toll in sorted(groups.items()):
            figures.add_row(kind, group, fmt_toll(toll), source_summary(inc, kind, group))

    parts: list = [Panel(head), figures]
    chart = evolution_chart(inc)
    if chart:
        parts.append(Text.from_ansi(chart))
    ordered = sorted(inc.claims, key=lambda c: (c.reported_at is None, c.reported_at, c.id))
    parts.append(claims_table(ordered, title="claims"))
    if figureless:
        parts.append(figureless_table(figureless))
    return Group(*parts)
