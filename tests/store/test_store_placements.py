"""Documents without a figure placed in incidents: kept, cleared with their incident."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from store_helpers import make_claim, make_doc

from tolls.store import DocumentPlacement, Store


def _incident_with_claim(store: Store, text: str) -> int:
    doc = make_doc(text)
    store.add_document(doc)
    store.replace_machine_claims(doc.id, [make_claim()], "v1")
    [claim] = store.claims(document=doc.id)
    return store.set_incidents({claim.id: None})[claim.id]


def _figureless(store: Store, text: str, **fields) -> str:
    doc = make_doc(text, **fields)
    store.add_document(doc)
    return doc.id


def test_place_read_back_and_take_out(store: Store) -> None:
    inc = _incident_with_claim(store, "Eight were killed in Raqqa.")
    late = _figureless(store, "Raqqa mourns.", published=datetime(2014, 11, 27, tzinfo=UTC))
    early = _figureless(store, "Raqqa counts.", published=datetime(2014, 11, 26, tzinfo=UTC))
    store.place_documents({late: inc, early: inc})
    assert store.document_placements() == sorted(
        [DocumentPlacement(late, inc, False), DocumentPlacement(early, inc, False)],
        key=lambda p: p.document,
    )
    assert [d.id for d in store.incident_documents(inc)] == [early, late]
    store.place_documents({late: None})
    assert [p.document for p in store.document_placements(incident=inc)] == [early]


def test_pin_is_recorded_and_not_lost_by_a_later_placement(store: Store) -> None:
    a = _incident_with_claim(store, "Eight were killed in Raqqa.")
    b = _incident_with_claim(store, "Eight were killed in Kobani.")
    doc = _figureless(store, "Raqqa mourns.")
    store.place_documents({doc: a}, pin=True)
    store.place_documents({doc: b})
    assert store.document_placements() == [DocumentPlacement(doc, b, True)]


def test_unknown_ids_change_nothing(store: Store) -> None:
    inc = _incident_with_claim(store, "Eight were killed in Raqqa.")
    doc = _figureless(store, "Raqqa mourns.")
    with pytest.raises(ValueError, match="no incident 999"):
        store.place_documents({doc: 999})
    with pytest.raises(ValueError, match="no document"):
        store.place_documents({doc: inc, "f" * 64: inc})
    assert store.document_placements() == []


def test_an_emptied_incident_takes_its_documents_out(store: Store) -> None:
    a = _incident_with_claim(store, "Eight were killed in Raqqa.")
    b = _incident_with_claim(store, "Eight were killed in Kobani.")
    doc = _figureless(store, "Raqqa mourns.")
    store.place_documents({doc: a})
    [claim] = store.claims(incident=a)
    store.set_incidents({claim.id: b})  # a is left without claims and deleted
    assert store.incident_ids() == [b]
    assert store.document_placements() == []


def test_re_extraction_that_empties_an_incident_takes_its_documents_out(store: Store) -> None:
    inc = _incident_with_claim(store, "Eight were killed in Raqqa.")
    doc = _figureless(store, "Raqqa mourns.")
    store.place_documents({doc: inc})
    [claim] = store.claims(incident=inc)
    store.replace_machine_claims(claim.document, [], "v2")
    assert store.incident_ids() == []
    assert store.incident_documents(inc) == []


def test_a_failed_transaction_keeps_the_placements(store: Store) -> None:
    inc = _incident_with_claim(store, "Eight were killed in Raqqa.")
    doc = _figureless(store, "Raqqa mourns.")
    store.place_documents({doc: inc})
    with pytest.raises(RuntimeError), store.transaction():
        store.place_documents({doc: None})
        raise RuntimeError("mid-run failure")
    assert store.document_placements() == [DocumentPlacement(doc, inc, False)]
