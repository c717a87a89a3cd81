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
