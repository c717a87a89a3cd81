"""The audit chain: each event's hash covers the previous hash and the event itself."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: str,
    *,
    at: datetime,
    who: str,
    action: str,
    target: str,
    payload: Any,
    why: str | None,
) -> str:
    event = {
        "at": at.isoformat(),
        "who": who,
        "action": action,
        "target": target,
        "payload": payload,
        "why": why,
    }
    return hashlib.sha256((prev_hash + canonical_json(event)).encode("utf-8")).hexdigest()
