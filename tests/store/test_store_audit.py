from __future__ import annotations

from datetime import date

from sqlalchemy import text

from tolls.store import Store


def _three_events(store: Store) -> list[int]:
    return [
        store.append_audit("ann", "confirm", "claim:1", {"status": "confirmed"}, why="checked"),
        store.append_audit("bob", "merge", "incident:2", {"into": 3, "day": date(2014, 11, 25)}),
        store.append_audit("ann", "reject", "claim:7", {"status": "rejected"}, why="duplicate"),
    ]


def test_events_are_chained(store: Store) -> None:
    ids = _three_events(store)
    events = store.audit_events()
    assert [e.id for e in events] == ids
    assert events[0].prev_hash == "0" * 64
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    assert events[1].payload == {"into": 3, "day": "2014-11-25"}
    assert events[0].why == "checked" and events[1].why is None
    assert store.verify_audit() is None


def test_empty_log_verifies(store: Store) -> None:
    assert store.verify_audit() is None


def test_edited_payload_is_detected(store: Store) -> None:
    ids = _three_events(store)
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit SET payload = :p WHERE id = :id"),
            {"p": '{"into": 4, "day": "2014-11-25"}', "id": ids[1]},
        )
    assert store.verify_audit() == ids[1]


def test_edited_who_is_detected(store: Store) -> None:
    ids = _three_events(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit SET who = 'mallory' WHERE id = :id"), {"id": ids[0]})
    assert store.verify_audit() == ids[0]


def test_deleted_event_is_detected(store: Store) -> None:
    ids = _three_events(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit WHERE id = :id"), {"id": ids[1]})
    assert store.verify_audit() == ids[2]


def test_rehashed_event_breaks_the_next_link(store: Store) -> None:
    ids = _three_events(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit SET hash = :h WHERE id = :id"),
                     {"h": "f" * 64, "id": ids[0]})
    # The edited event's own hash no longer matches its content.
    assert store.verify_audit() == ids[0]


def test_appending_after_tampering_does_not_hide_it(store: Store) -> None:
    ids = _three_events(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit SET target = 'claim:8' WHERE id = :id"), {"id": ids[2]})
    store.append_audit("ann", "note", "claim:9", {})
    assert store.verify_audit() == ids[2]
