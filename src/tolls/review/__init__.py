"""Review: people confirm, reject and move claims, and merge or split incidents.

Every decision and its audit event are written in one transaction, so the log
never records a change that did not happen (or misses one that did). Claims a
person touched are kept by re-extraction and stay where the person put them
when new reports are linked (`pinned`).

Documents that report an incident without a figure go with their incident:
a merge carries them into the incident kept; an incident that loses its last
claim (by a move or split) is deleted and its documents are placed afresh by
the next linking. `place` lets a person put such a document where it belongs.
"""

from __future__ import annotations

from collections.abc import Sequence

from tolls.store import AuditEvent, Store


def _decide(store: Store, who: str, action: str, target: str, payload: dict,
            why: str | None, apply) -> int:
    if not who.strip():
        raise ValueError("a review decision needs a reviewer name (who)")
    with store.transaction():
        result = apply()
        store.append_audit(who, action, target, {**payload, "result": result}, why)
    return result


def _claim_incident(store: Store, claim_id: int) -> int | None:
    for claim in store.claims(include_rejected=True):
        if claim.id == claim_id:
            return claim.incident
    raise ValueError(f"no claim {claim_id}")


def _set_status(store: Store, claim_id: int, status: str) -> int:
    store.update_claim(claim_id, status=status, pinned=True)
    return claim_id


def confirm(store: Store, claim_id: int, *, who: str, why: str | None = None) -> int:
    """A person vouches for a claim: it is kept and stays in its incident."""
    incident = _claim_incident(store, claim_id)
    return _decide(store, who, "confirm", f"claim:{claim_id}", {"incident": incident}, why,
                   lambda: _set_status(store, claim_id, "confirmed"))


def reject(store: Store, claim_id: int, *, who: str, why: str | None = None) -> int:
    """A person rules a claim wrong: reconciliation ignores it from now on."""
    incident = _claim_incident(store, claim_id)
    return _decide(store, who, "reject", f"claim:{claim_id}", {"incident": incident}, why,
                   lambda: _set_status(store, claim_id, "rejected"))


def move(store: Store, claim_id: int, incident_id: int | None, *, who: str,
         why: str | None = None) -> int:
    """Put a claim into another incident (None: an incident of its own)."""
    before = _claim_incident(store, claim_id)
    return _decide(
        store, who, "move", f"claim:{claim_id}", {"from": before, "to": incident_id}, why,
        lambda: store.set_incidents({claim_id: incident_id}, pin=True)[claim_id],
    )


def merge(store: Store, incident_ids: Sequence[int], *, who: str,
          why: str | None = None) -> int:
    """Fold incidents into the first one named; returns its id."""
    if len(incident_ids) < 2:
        raise ValueError("merge needs at least two incidents")
    keep, *others = incident_ids
    claim_ids = [c.id for i in others for c in store.claims(incident=i, include_rejected=True)]
    documents = [p.document for i in incident_ids for p in store.document_placements(incident=i)]

    def apply() -> int:
        # Documents first: moving the claims deletes the emptied incidents, and
        # with them whatever documents were still placed there.
        store.place_documents(dict.fromkeys(documents, keep), pin=True)
        store.set_incidents(dict.fromkeys(claim_ids, keep), pin=True)
        for c in store.claims(incident=keep, include_rejected=True):
            store.update_claim(c.id, pinned=True)
        return keep

    return _decide(store, who, "merge", f"incident:{keep}",
                   {"incidents": list(incident_ids), "claims": claim_ids,
                    "documents": documents}, why, apply)


def place(store: Store, document_id: str, incident_id: int, *, who: str,
          why: str | None = None) -> int:
    """Put a document without a figure into an incident; linking leaves it there."""
    before = {p.document: p.incident for p in store.document_placements()}.get(document_id)

    def apply() -> int:
        if store.claims(document=document_id):
            raise ValueError(f"document {document_id} has claims: move its claims instead")
        store.place_documents({document_id: incident_id}, pin=True)
        return incident_id

    return _decide(store, who, "place", f"document:{document_id}",
                   {"from": before, "to": incident_id}, why, apply)


def split(store: Store, claim_ids: Sequence[int], *, who: str, why: str | None = None) -> int:
    """Take claims out of their incident into one new incident; returns its id."""
    if not claim_ids:
        raise ValueError("split needs at least one claim")
    before = {cid: _claim_incident(store, cid) for cid in claim_ids}
    return _decide(
        store, who, "split", f"claims:{','.join(map(str, claim_ids))}", {"from": before}, why,
        lambda: store.set_incidents(dict.fromkeys(claim_ids, -1), pin=True)[claim_ids[0]],
    )


def log(store: Store) -> tuple[list[AuditEvent], int | None]:
    """The audit events, oldest first, and the first event whose hash chain is broken."""
    return store.audit_events(), store.verify_audit()
