"""Lazy access to the pipeline stages the harness measures.

The extractor, recognisers, linker and reconciler are imported on first use,
so the harness loads (and its unit tests run) even while a stage is missing
or incomplete; a missing stage becomes a clear `Unavailable` message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from tolls.types import Claim


class Unavailable(RuntimeError):
    """A pipeline stage the harness needs cannot be imported."""


def component(module: str, name: str) -> Callable[..., Any]:
    """`module.name`, or Unavailable naming what is missing."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise Unavailable(f"{module}.{name} is unavailable ({exc})") from exc


def extractor() -> Callable[..., list[Claim]]:
    return component("tolls.extract", "extract")


def linker() -> Callable[[list[Claim]], dict]:
    return component("tolls.link", "link_claims")


def report_linker() -> tuple[Callable[..., Any], Callable[..., tuple[dict, dict]]]:
    """`tolls.link.describe` and `tolls.link.link_reports` (figureless reports)."""
    return component("tolls.link", "describe"), component("tolls.link", "link_reports")


def reconciler() -> Callable[..., Any]:
    return component("tolls.reconcile", "reconcile")


def acled_actor_names(canonical: str) -> set[str]:
    """The ACLED spellings of a canonical actor, through
    `tolls.extract.actors.actor_info(name).acled` (a name or a list of names)."""
    info = component("tolls.extract.actors", "actor_info")(canonical)
    return set(_as_names(getattr(info, "acled", None)))


def acled_sub_event(event_type: str) -> set[str]:
    """The ACLED sub-event type(s) of one of our event types. Looks for a mapping
    function in `tolls.extract.events`, then an `acled` field in events.yaml."""
    events = importlib.import_module("tolls.extract.events")
    for name in ("acled_sub_event_type", "acled_sub_event", "to_acled", "acled_sub_event_types"):
        fn = getattr(events, name, None)
        if callable(fn):
            return set(_as_names(fn(event_type)))
    for name in ("ACLED_SUB_EVENT", "ACLED_SUB_EVENT_TYPES", "ACLED"):
        table = getattr(events, name, None)
        if isinstance(table, dict):
            return set(_as_names(table.get(event_type)))
    return set(_as_names(_lexicon_entry("events", event_type).get("acled")))


def _lexicon_entry(lexicon: str, key: str) -> dict:
    from tolls.lexicons import load

    try:
        data = load(lexicon)
    except FileNotFoundError as exc:
        raise Unavailable(f"lexicon {lexicon}.yaml is unavailable") from exc
    if isinstance(data, dict):
        data = data.get(lexicon, data)
    if isinstance(data, dict):
        entry = data.get(key) or next((v for v in data.values() if _names(v, key)), None)
    else:
        entry = next((v for v in data or [] if _names(v, key)), None)
    return entry if isinstance(entry, dict) else {}


def _names(entry: Any, key: str) -> bool:
    return isinstance(entry, dict) and key in (entry.get("name"), entry.get("type"))


def _as_names(value: Any) -> Iterable[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [str(v) for v in value.values() if isinstance(v, str)]
    return [str(v) for v in value]
