"""Lexicons are data files (YAML) shipped in this folder; this loads them.

Code never hard-codes actor names, source names, sites, vague quantities or
gazetteer additions: it asks `load("actors")` and friends.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Return the parsed contents of `<name>.yaml` from this package."""
    path = resources.files(__package__).joinpath(f"{name}.yaml")
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)
