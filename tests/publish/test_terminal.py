"""Terminal views: report text is printed as typed, never read as Rich markup."""

from datetime import UTC, datetime

from rich.console import Console

from tolls.publish.terminal import incident_view
from tolls.store import document_id
from tolls.types import Document, Incident


def _render(renderable) -> str:
    console = Console(width=400, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def _doc(title: str, outlet: str, url: str) -> Document:
    raw = title.encode()
    return Document(id=document_id(raw), raw=raw, text="", format="txt", title=title,
                    outlet=outlet, url=url, published=datetime(2014, 11, 26, 9, tzinfo=UTC))


def test_reports_without_a_figure_are_listed_with_markup_escaped():
    doc = _doc("Raqqa buries its [bold red]dead[/]", "[link=https://evil.example]Wire[/link]",
               "https://example.org/a?[i]=1")
    out = _render(incident_view(Incident(id=6, claims=[]), [doc]))
    assert "reports without a figure" in out
    row = next(line for line in out.splitlines() if doc.id[:12] in line)
    for cell in ("2014-11-26 09:00", "Raqqa buries its [bold red]dead[/]",
                 "[link=https://evil.example]Wire[/link]", "https://example.org/a?[i]=1"):
        assert cell in row


def test_no_table_when_every_report_gives_a_figure():
    assert "reports without a figure" not in _render(incident_view(Incident(id=6, claims=[])))
