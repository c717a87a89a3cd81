"""Documents' descriptions for linking, stored as JSON with their fingerprint."""

from __future__ import annotations

import pytest
from store_helpers import make_doc

from tolls.store import CachedDescription, Store

PAYLOAD = {
    "document": "x",
    "date": {"start": "2014-11-25", "end": "2014-11-25", "precision": "day"},
    "place": {"name": "Raqqa", "lat": 35.95, "lon": 39.01},
    "places": [],
    "sites": ["market"],
    "text": "Jets struck [Raqqa]",
}


def _doc(store: Store, text: str = "Jets struck Raqqa.") -> str:
    doc = make_doc(text)
    store.add_document(doc)
    return doc.id


def test_save_read_back_and_replace(store: Store) -> None:
    doc = _doc(store)
    assert store.descriptions() == {}
    store.save_descriptions({doc: CachedDescription("f1", PAYLOAD)})
    assert store.descriptions() == {doc: CachedDescription("f1", PAYLOAD)}
    store.save_descriptions({doc: CachedDescription("f2", {**PAYLOAD, "sites": []})})
    assert store.descriptions()[doc].fingerprint == "f2"
    assert store.descriptions()[doc].payload["sites"] == []


def test_an_unknown_document_saves_nothing(store: Store) -> None:
    doc = _doc(store)
    with pytest.raises(ValueError, match="no document"):
        store.save_descriptions({doc: CachedDescription("f1", PAYLOAD),
                                 "0" * 64: CachedDescription("f1", PAYLOAD)})
    assert store.descriptions() == {}
