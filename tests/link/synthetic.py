"""Synthetic claims with known incidents, for scale and accuracy checks."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tolls.types import Claim, DateRange, Figure, Place

_ACTORS = ["Syrian government", "US-led coalition", "Russia", "Turkey", None]
_SITES = ["market", "hospital", "school", "mosque", "bakery", "bus station"]
_WORDS = [
    "raid", "strike", "shelling", "village", "town", "district", "convoy", "checkpoint",
    "family", "house", "residents", "fighters", "civilians", "neighbourhood", "bridge", "road",
    "factory", "camp",
]


def synthetic(n_incidents: int, per_incident: int = 5, seed: int = 1,
              places: int = 60, days: int = 365) -> tuple[list[Claim], dict[int, int]]:
    """Claims and their gold incident; incidents spread over places and days."""
    rnd = random.Random(seed)
    towns = [Place(f"town{i}", 30 + rnd.random() * 8, 35 + rnd.random() * 8,
                   geonames_id=1000 + i, admin1=f"prov{i % 8}") for i in range(places)]
    claims: list[Claim] = []
    gold: dict[int, int] = {}
    start = date(2015, 1, 1)
    for inc in range(n_incidents):
        town = rnd.choice(towns)
        day = start + timedelta(days=rnd.randrange(days))
        actor = rnd.choice(_ACTORS)
        site = rnd.choice(_SITES)
        words = rnd.sample(_WORDS, 6)
        for _ in range(per_incident):
            cid = len(claims) + 1
            n = rnd.randrange(1, 50)
            quote = " ".join(rnd.sample(words, 4) + [site, town.name, str(n)])
            claims.append(Claim(
                figure=Figure("killed", "all", n, n, "exact", str(n), (0, 1)),
                quote=quote, span=(0, len(quote)), source=f"src{rnd.randrange(9)}",
                actor=actor if rnd.random() < 0.8 else None,
                event_type="air strike", place=town,
                date=DateRange(day, day), sites=[site] if rnd.random() < 0.5 else [],
                id=cid,
            ))
            gold[cid] = inc
    return claims, gold
