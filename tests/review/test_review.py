"""People's decisions: applied with their audit event, kept by relinking."""

import pytest

from tolls import pipeline, review
from tolls.store import Store

REPORT = """---
title: Raids on Raqqa
outlet: Test Wire
published: 2014-11-25T18:00:00Z
---
Syrian government warplanes carried out ten air strikes on Raqqa on Tuesday. More than 60
people were killed, the Syrian Observatory for Human Rights said.

On Sunday, US-led coalition aircraft struck a building in Raqqa with two air strikes.
"""


@pytest.fixture
def store(tmp_path):
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    s = Store(f"sqlite:///{tmp_path / 'review.db'}")
    pipeline.run(s, [tmp_path / "r.md"])
    yield s
    s.close()


def killed_claim(store):
    return next(c for c in store.claims() if c.figure.kind == "killed")


def test_reject_removes_the_figure_and_is_logged(store):
    claim = killed_claim(store)
    review.reject(store, claim.id, who="ana", why="duplicate of wire copy")
    inc = pipeline.incident(store, claim.incident)
    assert "killed" not in inc.figures
    events, broken = review.log(store)
    assert broken is None
    assert (events[-1].who, events[-1].action, events[-1].target) == (
        "ana", "reject", f"claim:{claim.id}")


def test_a_moved_claim_stays_where_the_person_put_it(store, tmp_path):
    claim = killed_claim(store)
    new_incident = review.move(store, claim.id, None, who="ana", why="separate event")
    assert new_incident != claim.incident
    # New reports and relinking leave the person's decision alone.
    (tmp_path / "more.txt").write_text(
        "At least 70 people were killed in Raqqa on Tuesday, the LCC said.", encoding="utf-8")
    from tolls.ingest import IngestDefaults
    pipeline.run(store, [tmp_path / "more.txt"],
                 defaults=IngestDefaults(published="2014-11-25T20:00:00Z"))
    moved = next(c for c in store.claims() if c.id == claim.id)
    assert moved.incident == new_incident and moved.pinned


def test_merge_and_split(store):
    incidents = store.incident_ids()
    assert len(incidents) == 2
    kept = review.merge(store, incidents, who="ana", why="same raid")
    assert store.incident_ids() == [kept]
    claim = killed_claim(store)
    new = review.split(store, [claim.id], who="ana")
    assert sorted(store.incident_ids()) == sorted([kept, new])


def test_a_decision_needs_a_reviewer_and_a_real_claim(store):
    with pytest.raises(ValueError):
        review.confirm(store, killed_claim(store).id, who=" ")
    with pytest.raises(ValueError):
        review.confirm(store, 99999, who="ana")
    assert review.log(store)[0] == []


def test_a_failed_decision_leaves_no_audit_event(store):
    with pytest.raises(ValueError):
        review.move(store, killed_claim(store).id, 424242, who="ana")
    assert review.log(store)[0] == []


def figureless_document(store) -> str:
    """A document that gives no figure (added without linking)."""
    from tolls.store import document_id
    from tolls.types import Document

    raw = b"Raqqa buried its dead on Wednesday."
    store.add_document(Document(id=document_id(raw), raw=raw, text=raw.decode(), format="txt"))
    return document_id(raw)


def test_merge_carries_documents_without_a_figure(store):
    first, second = store.incident_ids()
    doc = figureless_document(store)
    store.place_documents({doc: second})
    kept = review.merge(store, [first, second], who="ana", why="same raid")
    assert [(p.document, p.incident, p.pinned) for p in store.document_placements()] == [
        (doc, kept, True)]
    assert review.log(store)[0][-1].payload["documents"] == [doc]


def test_a_placed_document_stays_where_the_person_put_it(store):
    first, second = store.incident_ids()
    doc = figureless_document(store)
    store.place_documents({doc: first})
    assert review.place(store, doc, second, who="ana", why="it is the Sunday raid") == second
    pipeline.link_pending(store)
    assert [(p.incident, p.pinned) for p in store.document_placements()] == [(second, True)]
    event = review.log(store)[0][-1]
    assert (event.action, event.target, event.payload["from"], event.payload["to"]) == (
        "place", f"document:{doc}", first, second)


def test_a_document_with_claims_is_not_placed_by_hand(store):
    with pytest.raises(ValueError, match="has claims"):
        review.place(store, killed_claim(store).document, store.incident_ids()[0], who="ana")
    with pytest.raises(ValueError, match="no incident"):
        review.place(store, figureless_document(store), 424242, who="ana")
    assert store.document_placements() == [] and review.log(store)[0] == []


def test_a_split_that_empties_an_incident_takes_its_documents_out(store):
    first, _ = store.incident_ids()
    doc = figureless_document(store)
    store.place_documents({doc: first})
    review.split(store, [c.id for c in store.claims(incident=first)], who="ana")
    assert first not in store.incident_ids()
    assert store.document_placements() == []
