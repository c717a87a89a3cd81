"""The pipeline over a store: documents without a figure join their incident,
and each document is described once. All reports are written for these tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.store_helpers import reset_postgres
from tolls import pipeline
from tolls.ingest import ingest_paths
from tolls.store import Store
from tolls.types import Claim, Figure, Place

STRIKE = """---
title: Jets strike Raqqa market
outlet: Test Wire
published: 2014-11-25T18:00:00Z
---
Syrian government warplanes carried out ten air strikes on Raqqa on Tuesday, hitting
the main market. More than 60 people were killed, the Syrian Observatory for Human
Rights said.
"""

# Names the town, the day and the actor, but gives no number.
FUNERALS = """---
title: Raqqa buries its dead after Tuesday's air strikes on the market
outlet: Other Wire
published: 2014-11-26T09:00:00Z
url: https://example.org/raqqa-funerals
---
Residents of Raqqa buried their dead on Wednesday after Syrian government air strikes
hit the main market on Tuesday, activists said.
"""

KOBANI = Place("Kobani", 36.89, 38.35, geonames_id=170063, admin1="Aleppo")


def _write(folder: Path, **reports: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, body in reports.items():
        (folder / f"{name}.md").write_text(body, encoding="utf-8")
    return folder


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Store:
    """An in-memory SQLite store, and a PostgreSQL one when TOLLS_TEST_POSTGRES_URL
    names a throwaway database (its tolls tables are dropped first)."""
    url = "sqlite://"
    if request.param == "postgres":
        url = os.environ.get("TOLLS_TEST_POSTGRES_URL", "")
        if not url:
            pytest.skip("TOLLS_TEST_POSTGRES_URL is not set")
        reset_postgres(url)
    with Store(url) as s:
        yield s


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every document `describe` is called on, in order."""
    calls: list[str] = []
    real = pipeline.describe

    def counting(text, **kwargs):
        calls.append(kwargs["document"])
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "describe", counting)
    return calls


def _ids(store: Store) -> tuple[str, str]:
    """The ids of the strike report (with claims) and the funerals report."""
    docs = {d.title: d.id for d in store.documents()}
    return docs["Jets strike Raqqa market"], next(i for t, i in docs.items() if "buries" in t)


def _hand_incident(store: Store) -> int:
    """An incident elsewhere, from a claim entered by hand."""
    fig = Figure("killed", "all", 3, 3, "exact", "three", (0, 5))
    cid = store.add_claim(Claim(figure=fig, quote="three killed in Kobani", span=(0, 22),
                                place=KOBANI, origin="human"))
    return store.set_incidents({cid: None})[cid]


def test_a_report_without_a_figure_joins_its_incident(store: Store, tmp_path: Path) -> None:
    pipeline.run(store, [_write(tmp_path / "r", strike=STRIKE, funerals=FUNERALS)])
    strike, funerals = _ids(store)
    [inc] = pipeline.incidents(store)
    assert {c.document for c in inc.claims} == {strike}
    assert inc.figureless_documents == [funerals]
    detail = pipeline.incident_detail(store, inc.id)
    assert detail is not None
    assert [d.url for d in detail.figureless] == ["https://example.org/raqqa-funerals"]


def test_a_second_run_describes_only_new_documents(
    store: Store, tmp_path: Path, counted: list[str]
) -> None:
    pipeline.run(store, [_write(tmp_path / "a", strike=STRIKE)])
    [strike] = counted
    pipeline.link_pending(store)
    assert counted == [strike]  # unchanged: read back from the store
    pipeline.run(store, [_write(tmp_path / "b", funerals=FUNERALS)])
    assert counted == [strike, _ids(store)[1]]
    assert pipeline.incidents(store)[0].figureless_documents == [_ids(store)[1]]


def test_a_changed_describer_describes_again(
    store: Store, tmp_path: Path, counted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline.run(store, [_write(tmp_path / "r", strike=STRIKE, funerals=FUNERALS)])
    assert len(counted) == 2
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "new recognisers")
    pipeline.link_pending(store)
    assert len(counted) == 4


def test_a_stored_description_reads_back_equal(store: Store, tmp_path: Path) -> None:
    pipeline.run(store, [_write(tmp_path / "r", strike=STRIKE, funerals=FUNERALS)])
    docs = store.documents()
    fresh = [pipeline.describe(d.text, published=d.updated or d.published, title=d.title,
                               document=d.id) for d in docs]
    stored = pipeline.describe_documents(store, docs)
    assert stored == fresh
    assert any(r.place is not None and r.date is not None and r.places for r in stored)


def test_a_placed_report_keeps_its_incident(store: Store, tmp_path: Path) -> None:
    pipeline.run(store, [_write(tmp_path / "r", strike=STRIKE, funerals=FUNERALS)])
    _, funerals = _ids(store)
    elsewhere = _hand_incident(store)
    store.place_documents({funerals: elsewhere}, pin=True)  # a person's decision
    pipeline.link_pending(store)
    assert [(p.document, p.incident) for p in store.document_placements()] == [
        (funerals, elsewhere)]


def test_a_report_whose_incident_vanished_is_placed_again(store: Store, tmp_path: Path) -> None:
    pipeline.run(store, [_write(tmp_path / "r", strike=STRIKE, funerals=FUNERALS)])
    _, funerals = _ids(store)
    elsewhere = _hand_incident(store)
    store.place_documents({funerals: elsewhere})
    [hand] = store.claims(incident=elsewhere)
    store.update_claim(hand.id, status="rejected")
    store.set_incidents({hand.id: pipeline.incidents(store)[0].id})  # elsewhere is emptied
    assert store.document_placements() == []
    pipeline.link_pending(store)
    [inc] = pipeline.incidents(store)
    assert inc.figureless_documents == [funerals]


def test_a_document_with_claims_is_placed_by_them(store: Store, tmp_path: Path) -> None:
    pipeline.run(store, [_write(tmp_path / "r", strike=STRIKE)])
    [inc] = store.incident_ids()
    [strike] = [d.id for d in store.documents()]
    store.place_documents({strike: inc})  # as if it had had no figure before
    pipeline.link_pending(store)
    assert store.document_placements() == []


def test_a_failed_link_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_paths(store, [_write(tmp_path / "r", strike=STRIKE, funerals=FUNERALS)])
    pipeline.extract_pending(store)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # After the descriptions and the claims' incidents are written, before the reports'.
    monkeypatch.setattr(Store, "place_documents", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        pipeline.link_pending(store)
    assert store.incident_ids() == []
    assert all(c.incident is None for c in store.claims())
    assert store.descriptions() == {}
    assert store.document_placements() == []
