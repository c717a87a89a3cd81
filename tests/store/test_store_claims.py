from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from store_helpers import full_claim, make_claim, make_doc

from tolls.store import Store
from tolls.types import Claim


def _doc(store: Store, body: str = "Eight people were killed.") -> str:
    doc = make_doc(body)
    store.add_document(doc)
    return doc.id


def _key(c: Claim) -> tuple:
    return (c.figure.kind, c.figure.group, c.figure.low, c.origin, c.status)


def test_claim_round_trip_with_every_field(store: Store) -> None:
    doc = _doc(store)
    claim = full_claim(doc)
    store.replace_machine_claims(doc, [claim], "v1")
    [back] = store.claims()
    assert back.id is not None and back.incident is None
    assert (back.origin, back.status) == ("machine", "open")
    back.id = None
    assert back == claim


def test_claim_without_place_or_date_reads_back_as_none(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(doc, [make_claim(document=doc)], "v1")
    [back] = store.claims()
    assert back.place is None and back.date is None and back.sites == []
    assert back.figure.words_span == (0, 5) and back.span == (0, 25)


def test_open_ended_date_range_survives(store: Store) -> None:
    from tolls.types import DateRange

    doc = _doc(store)
    claim = make_claim(date=DateRange(start=date(2014, 11, 1), end=None, precision="month"))
    store.replace_machine_claims(doc, [claim], "v1")
    assert store.claims()[0].date == DateRange(date(2014, 11, 1), None, "month")


def test_documents_to_extract_tracks_extractor_version(store: Store) -> None:
    first, second = _doc(store, "first"), _doc(store, "second")
    assert {d.id for d in store.documents_to_extract("v1")} == {first, second}
    store.replace_machine_claims(first, [make_claim()], "v1")
    store.replace_machine_claims(second, [], "v1")  # read, nothing found: still done
    assert store.documents_to_extract("v1") == []
    assert {d.id for d in store.documents_to_extract("v2")} == {first, second}


def test_replace_keeps_what_people_touched(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(
        doc,
        [make_claim(1, span=(0, 1)), make_claim(2, span=(2, 3)), make_claim(3, span=(4, 5)),
         make_claim(4, span=(6, 7))],
        "v1",
    )
    one, two, three, four = store.claims()
    store.update_claim(one.id, status="confirmed")
    store.update_claim(two.id, status="rejected")
    store.set_incidents({three.id: None}, pin=True)
    human = make_claim(9, span=(20, 21), document=doc, origin="human")
    human_id = store.add_claim(human)

    # v2 finds the same four figures with new values, and one new figure.
    store.replace_machine_claims(
        doc,
        [make_claim(10, span=(0, 1)), make_claim(20, span=(2, 3)), make_claim(30, span=(4, 5)),
         make_claim(40, span=(6, 7)), make_claim(90, span=(20, 21)),
         make_claim(50, span=(8, 9))],
        "v2",
    )
    claims = store.claims(include_rejected=True)
    by_low = {c.figure.low: c for c in claims}
    # Person-touched claims stay as they were; their figures are not added again.
    assert sorted(by_low) == [1, 2, 3, 9, 40, 50]
    assert by_low[1].status == "confirmed" and by_low[2].status == "rejected"
    assert by_low[3].incident is not None
    assert by_low[9].id == human_id and by_low[9].origin == "human"
    assert by_low[40].id != four.id  # untouched machine claim replaced
    assert [c.figure.low for c in store.claims()] == [1, 3, 9, 40, 50]  # rejected hidden
    assert store.documents_to_extract("v2") == []


def test_replace_deletes_incidents_it_empties(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(doc, [make_claim(1)], "v1")
    [claim] = store.claims()
    store.set_incidents({claim.id: None})
    assert len(store.incident_ids()) == 1
    store.replace_machine_claims(doc, [make_claim(2)], "v2")
    assert store.incident_ids() == []
    assert store.claims()[0].incident is None


def test_replace_is_all_or_nothing(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(doc, [make_claim(1)], "v1")
    broken = make_claim(2)
    broken.quote = None  # type: ignore[assignment]  # NOT NULL violation after the delete
    with pytest.raises(Exception):  # noqa: B017 - whichever DB error the backend raises
        store.replace_machine_claims(doc, [make_claim(3), broken], "v2")
    assert [c.figure.low for c in store.claims()] == [1]
    assert store.documents_to_extract("v2")[0].id == doc


def test_replace_on_unknown_document_raises(store: Store) -> None:
    with pytest.raises(KeyError):
        store.replace_machine_claims("missing", [make_claim()], "v1")


def test_claims_filters(store: Store) -> None:
    a, b = _doc(store, "a"), _doc(store, "b")
    store.replace_machine_claims(a, [make_claim(1), make_claim(2, kind="injured")], "v1")
    store.replace_machine_claims(b, [make_claim(3)], "v1")
    assert [c.figure.low for c in store.claims(document=a)] == [1, 2]
    assert all(c.document == a for c in store.claims(document=a))
    ids = [c.id for c in store.claims()]
    assert ids == sorted(ids)
    final = store.set_incidents({ids[0]: -1, ids[2]: -1})
    assert [c.figure.low for c in store.claims(incident=final[ids[0]])] == [1, 3]


def test_hand_entered_claim_without_document(store: Store) -> None:
    claim_id = store.add_claim(make_claim(12, origin="human", status="confirmed"))
    [back] = store.claims()
    assert (back.id, back.document, back.origin, back.status) == (claim_id, None, "human",
                                                                   "confirmed")


def test_bad_status_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="status"):
        store.add_claim(make_claim(status="maybe"))
    cid = store.add_claim(make_claim())
    with pytest.raises(ValueError, match="status"):
        store.update_claim(cid, status="maybe")


def test_set_incidents_creates_reuses_and_cleans_up(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(doc, [make_claim(n, span=(n, n + 1)) for n in range(1, 6)], "v1")
    c1, c2, c3, c4, c5 = (c.id for c in store.claims())
    first = store.set_incidents({c1: -1, c2: -1, c3: -2, c4: None, c5: None})
    assert first[c1] == first[c2]
    assert len({first[c1], first[c3], first[c4], first[c5]}) == 4
    assert store.incident_ids() == sorted(set(first.values()))

    # Move c3 into c1's incident and c5 into c4's: their old incidents are emptied.
    second = store.set_incidents({c3: first[c1], c5: first[c4]})
    assert second == {c3: first[c1], c5: first[c4]}
    assert store.incident_ids() == sorted({first[c1], first[c4]})
    assert [c.id for c in store.claims(incident=first[c1])] == [c1, c2, c3]


def test_set_incidents_unknown_ids_change_nothing(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(doc, [make_claim(1)], "v1")
    [claim] = store.claims()
    with pytest.raises(ValueError, match="no incident 999"):
        store.set_incidents({claim.id: 999})
    with pytest.raises(ValueError, match="no claim"):
        store.set_incidents({claim.id: -1, 10_000: -1})
    assert store.incident_ids() == []
    assert store.claims()[0].incident is None


def test_save_reconciled_stores_json(store: Store) -> None:
    doc = _doc(store)
    store.replace_machine_claims(doc, [make_claim()], "v1")
    [claim] = store.claims()
    incident = store.set_incidents({claim.id: None})[claim.id]
    store.save_reconciled(incident, {"killed": {"all": [60, 87, 209]}, "day": date(2014, 11, 25)})
    assert store.reconciled(incident) == {"killed": {"all": [60, 87, 209]}, "day": "2014-11-25"}
    with pytest.raises(KeyError):
        store.save_reconciled(12345, {})


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception), store.transaction() as s:  # noqa: B017
        s.execute(text(
            "INSERT INTO claims (document_id, quote, span_start, span_end, sites, restated,"
            " origin, status, pinned, kind, grp, qualifier, words, words_start, words_end)"
            " VALUES ('nope', 'q', 0, 1, '[]', false, 'machine', 'open', false, 'killed',"
            " 'all', 'exact', '1', 0, 1)"
        ))
