"""The command line end to end on small reports written here."""

import json

import pytest
from typer.testing import CliRunner

from tolls.cli import app

runner = CliRunner()

REPORT = """---
title: Jets strike Raqqa market
outlet: Test Wire
published: 2014-11-25T18:00:00Z
---
Syrian government warplanes carried out ten air strikes on Raqqa on Tuesday, hitting
the main market. More than 60 people were killed, the Syrian Observatory for Human
Rights said. Some 5,000 fighters hold the city.
"""


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def invoke(*args, input=None):
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    return result


def test_ingest_then_incidents_json(tmp_path, db):
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    first = invoke("--db", db, "ingest", str(tmp_path / "r.md"))
    assert first.exit_code == 0, first.output
    assert "added 1" in first.output
    again = invoke("--db", db, "ingest", str(tmp_path / "r.md"))
    assert "added 0, duplicates 1" in again.output

    out = invoke("--db", db, "incidents", "--json")
    incidents = json.loads(out.stdout)
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc["date"]["start"] == "2014-11-25"
    assert inc["actors"] == ["Syrian government"]
    assert inc["figures"]["killed"]["all"]["low"] == 61
    assert inc["figures"]["strikes"]["all"]["best"] == 10
    assert inc["place"]["name"] == "Raqqa" and inc["place"]["lat"] is not None
    quotes = [c["quote"] for c in inc["claims"]]
    assert any("More than 60 people were killed" in q for q in quotes)
    # "Some 5,000 fighters hold the city" is a force size, not a toll.
    assert not any("5,000" in c["words"] for c in inc["claims"])


def test_show_prints_quotes_and_sources(tmp_path, db):
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    invoke("--db", db, "ingest", str(tmp_path / "r.md"))
    inc_id = json.loads(invoke("--db", db, "incidents", "--json").stdout)[0]["id"]
    out = invoke("--db", db, "show", str(inc_id))
    assert out.exit_code == 0
    assert "SOHR" in out.output and "More than 60" in out.output
    assert invoke("--db", db, "show", "999").exit_code == 1


def test_markup_in_report_text_is_printed_literally(tmp_path, db):
    hostile = REPORT.replace("the main market", "the [bold red]main[/] market [link=x]")
    (tmp_path / "h.md").write_text(hostile, encoding="utf-8")
    invoke("--db", db, "ingest", str(tmp_path / "h.md"))
    out = invoke("--db", db, "claims")
    assert out.exit_code == 0
    # Printed as typed, not interpreted as Rich markup.
    assert "red]main[/]" in out.output


def test_extract_single_text_needs_no_database(tmp_path):
    text = "At least 70 people were killed in Raqqa on Tuesday, the LCC said."
    out = invoke("extract", "-", "--published", "2014-11-26", "--json", input=text)
    assert out.exit_code == 0
    claims = json.loads(out.stdout)
    killed = [c for c in claims if c["kind"] == "killed"]
    assert killed[0]["low"] == 70 and killed[0]["qualifier"] == "at_least"
    start, end = killed[0]["span"]
    assert text[start:end] == killed[0]["quote"]
    assert killed[0]["date"]["start"] == "2014-11-25"
    assert not list(tmp_path.glob("*.db"))


def test_extract_jsonl_batch_one_line_per_input(tmp_path):
    batch = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "Two people were killed.", "published": "2020-01-02"},
        {"id": "b", "text": "Nothing happened in 18 months.", "published": "2020-01-02"},
    ]
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    out = invoke("extract", "--input", str(batch))
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", None]
    assert lines[0]["claims"][0]["low"] == 2
    assert lines[1]["claims"] == []
    assert "in.jsonl:3" in lines[2]["error"]


def test_bad_published_option_is_a_clear_error(tmp_path, db):
    (tmp_path / "r.txt").write_text("Five people were killed.", encoding="utf-8")
    out = runner.invoke(app, ["--db", db, "ingest", str(tmp_path / "r.txt"),
                              "--published", "yesterday"])
    assert out.exit_code != 0
    assert "--published" in out.output


def test_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TOLLS_DB", f"sqlite:///{tmp_path / 'env.db'}")
    (tmp_path / "r.txt").write_text("Five people were killed.", encoding="utf-8")
    out = invoke("ingest", str(tmp_path / "r.txt"), "--published", "2020-01-01")
    assert out.exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_review_commands_record_audit_events(tmp_path, db):
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    invoke("--db", db, "ingest", str(tmp_path / "r.md"))
    claim = json.loads(invoke("--db", db, "claims", "--json").stdout)[0]
    out = invoke("--db", db, "review", "reject", str(claim["id"]), "--who", "ana",
                 "--why", "misread")
    assert out.exit_code == 0
    log = json.loads(invoke("--db", db, "review", "log", "--json").stdout)
    assert log["broken_at"] is None
    assert [(e["who"], e["action"], e["why"]) for e in log["events"]] == [
        ("ana", "reject", "misread")]
    bad = runner.invoke(app, ["--db", db, "review", "move", "999999", "--who", "ana"])
    assert bad.exit_code == 2 and "999999" in bad.output


# Names the town, the day and the actor, but gives no number; its title, outlet and
# url carry Rich markup that must print as typed.
FIGURELESS = """---
title: Raqqa buries its dead after Tuesday's [bold red]air strikes[/] on the market
outlet: Other [link=https://evil.example]Wire[/link]
published: 2014-11-26T09:00:00Z
url: https://example.org/raqqa-funerals?[i]=1
---
Residents of Raqqa buried their dead on Wednesday after Syrian government air strikes
hit the main market on Tuesday, activists said.
"""


def test_show_lists_a_report_without_a_figure(tmp_path, db):
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "f.md").write_text(FIGURELESS, encoding="utf-8")
    assert invoke("--db", db, "ingest", str(tmp_path)).exit_code == 0
    [inc] = json.loads(invoke("--db", db, "incidents", "--json").stdout)
    docs = {d["title"]: d["id"] for d in json.loads(invoke("--db", db, "documents",
                                                           "--json").stdout)}
    figureless = next(i for t, i in docs.items() if t.startswith("Raqqa buries"))
    assert inc["figureless_documents"] == [figureless]
    assert figureless not in {c["document"] for c in inc["claims"]}
    shown = json.loads(invoke("--db", db, "show", str(inc["id"]), "--json").stdout)
    assert shown["figureless_documents"] == [figureless]

    out = invoke("--db", db, "show", str(inc["id"]))
    assert out.exit_code == 0
    assert "reports without a figure" in out.output
    assert "2014-11-26 09:00" in out.output and figureless[:12] in out.output
    # Printed as typed (cells may fold, so each piece is checked on its own).
    for literal in ("red]air strikes[/]", "[link=https://evil.example]Wire[/link]", "[i]=1"):
        assert literal in out.output


def test_review_place_puts_a_document_without_a_figure(tmp_path, db):
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "f.txt").write_text("Mourners gathered in silence.", encoding="utf-8")
    invoke("--db", db, "ingest", str(tmp_path), "--published", "2014-12-20")
    [inc] = json.loads(invoke("--db", db, "incidents", "--json").stdout)
    assert inc["figureless_documents"] == []  # names no town: linking leaves it out
    doc = next(d["id"] for d in json.loads(invoke("--db", db, "documents", "--json").stdout)
               if d["format"] == "txt")
    out = invoke("--db", db, "review", "place", doc, "--to", str(inc["id"]), "--who", "ana")
    assert out.exit_code == 0, out.output
    [inc] = json.loads(invoke("--db", db, "incidents", "--json").stdout)
    assert inc["figureless_documents"] == [doc]
    log = json.loads(invoke("--db", db, "review", "log", "--json").stdout)
    assert [e["action"] for e in log["events"]] == ["place"]
    bad = runner.invoke(app, ["--db", db, "review", "place", doc, "--to", "999", "--who", "ana"])
    assert bad.exit_code == 2 and "999" in bad.output


def test_extract_a_file_reads_it_as_ingest_does(tmp_path):
    report = tmp_path / "lcc.md"
    body = "The number of martyrs from yesterday's raids on Raqqa has risen to 87.\n"
    report.write_text("---\ntitle: Toll rises\noutlet: Local Coordination Committees\n"
                      "published: 2014-11-26T06:00:00Z\n---\n\n" + body, encoding="utf-8")
    out = invoke("extract", str(report), "--json")
    assert out.exit_code == 0, out.output
    [claim] = json.loads(out.stdout)
    # the front matter is metadata, not text: no claim from its lines, and spans index the body
    assert claim["low"] == 87 and claim["source"] == "LCC"
    assert claim["outlet"] == "Local Coordination Committees"
    assert claim["reported_at"].startswith("2014-11-26") and claim["date"]["start"] == "2014-11-25"
    start, end = claim["span"]  # the body starts at the blank line after the front matter
    assert claim["quote"] == body.strip() and (start, end) == (1, 1 + len(body.strip()))
    rows = tmp_path / "briefs.csv"
    rows.write_text('text,published,outlet\n"Two people were killed.",2020-01-02,Wire\n'
                    '"Three people were wounded.",2020-01-03,Wire\n', encoding="utf-8")
    out = invoke("extract", str(rows), "--json")
    assert [(c["kind"], c["low"]) for c in json.loads(out.stdout)] == [("killed", 2),
                                                                      ("injured", 3)]


def test_extract_a_broken_file_names_it(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [\n---\nFive people were killed.\n", encoding="utf-8")
    out = invoke("extract", str(bad))
    assert out.exit_code == 2
    assert "bad.md" in out.output and "front matter" in out.output
