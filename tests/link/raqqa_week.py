"""The Raqqa week of the fact sheet, as claims an extractor would produce.

Shared by the link and reconcile tests. Six incidents:
A 23 Nov coalition, B 25 Nov government, C 27 Nov government (hospital),
D 28 Nov government, E 29 Nov government (hospital), F 29 Nov evening coalition.
"""

from __future__ import annotations

from datetime import date, datetime

from tolls.extract.sources import SourceInfo
from tolls.types import Claim, DateRange, Figure, Place

GOV = "Syrian government"
COALITION = "US-led coalition"
RAQQA = Place("Raqqa", 35.9528, 39.0079, geonames_id=163915, country="SY", admin1="Raqqa")

_TYPES = {
    "SOHR": ("monitor", "SOHR"),
    "LCC": ("activist", "LCC"),
    "RBSS": ("activist", "RBSS"),
    "activists": ("generic", "activists"),
    "CJTF-OIR": ("military", COALITION),
    "US State Department": ("government", COALITION),
    "AP": ("media", "AP"),
}


def source_info(name: str) -> SourceInfo:
    """A fixed source table so the tests do not follow the lexicon's edits."""
    kind, group = _TYPES.get(name, ("unknown", name))
    return SourceInfo(name=name, type=kind, independence=group)


_QUALIFIED = {
    "exact": lambda n, m: (n, n),
    "at_least": lambda n, m: (n, None),
    "more_than": lambda n, m: (n + 1, None),
    "up_to": lambda n, m: (None, n),
    "range": lambda n, m: (n, m),
    "vague": lambda n, m: (n, m),
}


def claim(
    id: int, kind: str, n: int | None, *, q: str = "exact", m: int | None = None,
    group: str = "all", source: str | None = None, outlet: str | None = None,
    reported: str | None = None, actor: str | None = None, day: str | None = None,
    sites: tuple[str, ...] = (), quote: str = "", restated: bool = False,
    place: Place | None = RAQQA, event_type: str | None = "air strike",
    incident: int | None = None, status: str = "open",
) -> Claim:
    """A claim in one line; dates are 'MM-DD' in 2014, reported 'MM-DD HH'."""
    low, high = _QUALIFIED[q](n, m) if n is not None else (None, m)
    when = None
    if reported:
        md, _, hh = reported.partition(" ")
        when = datetime.fromisoformat(f"2014-{md}T{hh or '12'}:00")
    d = None
    if day:
        d = DateRange(date.fromisoformat(f"2014-{day}"), date.fromisoformat(f"2014-{day}"))
    fig = Figure(kind, group, low, high, q, str(n), (0, 1))
    return Claim(
        figure=fig, quote=quote or f"{n} {kind}", span=(0, len(quote)), source=source,
        outlet=outlet or source, reported_at=when, actor=actor, event_type=event_type,
        place=place, date=d, sites=list(sites), restated=restated, id=id,
        incident=incident, status=status,
    )


def week() -> list[Claim]:
    return [
        # A: Sun 23 Nov, coalition, two strikes, no civilian casualties
        claim(1, "strikes", 2, source="CJTF-OIR", reported="11-24 09", actor=COALITION, day="11-23",
              quote="Near Raqqa, two airstrikes struck an ISIL building."),
        claim(2, "killed", 0, group="civilians", source="CJTF-OIR", outlet="AP",
              reported="11-24 15", actor=COALITION, day="11-23",
              quote="The coalition said it had no reports of civilian casualties from the raids."),
        # B: Tue 25 Nov, government, ten strikes, market, bus station, mosque
        claim(3, "killed", 60, q="more_than", source="SOHR", outlet="AP", reported="11-25 18",
              actor=GOV, day="11-25", sites=("market", "bus station"),
              quote="Syrian government warplanes struck a market and a bus station in Raqqa, "
                    "killing more than 60 people, the Syrian Observatory said."),
        claim(4, "killed", 70, q="at_least", source="LCC", outlet="AP", reported="11-25 18",
              actor=GOV, day="11-25", quote="The Local Coordination Committees put the toll "
              "from the regime air raids on Raqqa at at least 70."),
        claim(5, "killed", 80, q="more_than", source="RBSS", outlet="AP", reported="11-25 18",
              actor=GOV, day="11-25", sites=("mosque",), quote="Raqqa Is Being Slaughtered "
              "Silently said more than 80 died, many at a mosque during prayers."),
        claim(6, "strikes", 10, source="SOHR", outlet="AP", reported="11-25 18", actor=GOV,
              day="11-25", quote="The Observatory counted ten air strikes on the city."),
        claim(7, "killed", 87, source="LCC", outlet="BBC News", reported="11-26 10", actor=GOV,
              day="11-25", quote="The LCC said 87 people died in Tuesday's regime air strikes "
              "on Raqqa.", restated=True),
        claim(8, "killed", 95, q="at_least", source="SOHR", outlet="BBC News",
              reported="11-26 10", actor=GOV, day="11-25", sites=("market",),
              quote="The Observatory said at least 95 people, of whom at least 52 civilians, "
                    "were killed in the strikes on the market and elsewhere in Raqqa."),
        claim(9, "killed", 52, q="at_least", group="civilians", source="SOHR",
              outlet="BBC News", reported="11-26 10", actor=GOV, day="11-25", sites=("market",),
              quote="The Observatory said at least 95 people, of whom at least 52 civilians, "
                    "were killed in the strikes on the market and elsewhere in Raqqa."),
        claim(10, "killed", 135, source="activists", outlet="Al Jazeera", reported="11-26 20",
              day="11-25", sites=("mosque",), restated=True,
              quote="Activists said 135 people were killed in Tuesday's raids, many of them "
                    "at a mosque."),
        claim(11, "killed", 209, source="RBSS", reported="11-28 12", day="11-25", restated=True,
              quote="RBSS has now documented by name 209 victims of the massacre."),
        claim(12, "injured", 24, q="vague", source="SOHR", outlet="AP", reported="11-25 18",
              actor=GOV, day="11-25", quote="Dozens more were wounded, the Observatory said."),
        # C: Thu 27 Nov, government, seven to ten strikes incl. the National Hospital
        claim(13, "strikes", 7, q="range", m=10, source="SOHR", outlet="Reuters",
              reported="11-27 17", actor=GOV, day="11-27", sites=("hospital",),
              quote="Regime jets carried out between seven and ten raids on Raqqa on Thursday, "
                    "one of them near the National Hospital."),
        claim(14, "killed", 7, q="at_least", source="SOHR", outlet="Reuters",
              reported="11-27 17", actor=GOV, day="11-27",
              quote="At least seven people were killed, the monitor said."),
        claim(15, "killed", 7, q="at_least", source="LCC", reported="11-27 21", actor=GOV,
              day="11-27", sites=("hospital",),
              quote="Seven martyrs at least in regime raids on Raqqa, including near the "
                    "hospital."),
        # D: Fri 28 Nov, government, three strikes, at least five killed incl. 3 children
        claim(16, "strikes", 3, source="SOHR", outlet="AFP", reported="11-28 16", actor=GOV,
              day="11-28", quote="Three more regime air raids hit Raqqa on Friday."),
        claim(17, "killed", 5, q="at_least", source="SOHR", outlet="AFP", reported="11-28 16",
              actor=GOV, day="11-28",
              quote="At least five people were killed, including three children."),
        claim(18, "killed", 3, group="children", source="SOHR", outlet="AFP",
              reported="11-28 16", actor=GOV, day="11-28",
              quote="At least five people were killed, including three children."),
        claim(19, "killed", 5, q="at_least", outlet="Opinion", reported="12-05 08", actor=GOV,
              day="11-28", restated=True,
              quote="On Friday three raids killed at least five, three of them children."),
        # E: Sat 29 Nov, government, one strike on the National Hospital, five killed
        claim(20, "strikes", 1, source="LCC", reported="11-29 14", actor=GOV, day="11-29",
              sites=("hospital",), quote="A regime warplane struck the National Hospital "
              "in Raqqa again on Saturday."),
        claim(21, "killed", 5, source="LCC", reported="11-29 15", actor=GOV, day="11-29",
              sites=("hospital",), quote="The LCC named the five people killed in the strike "
              "on the hospital."),
        # F: Sat 29 Nov evening, coalition, at least 15 then over 30 strikes on IS bases
        claim(22, "strikes", 15, q="at_least", source="CJTF-OIR", reported="11-29 23",
              actor=COALITION, day="11-29",
              quote="Coalition aircraft conducted at least 15 airstrikes on ISIL bases near "
                    "Raqqa."),
        claim(23, "strikes", 30, q="more_than", source="CJTF-OIR", outlet="AP",
              reported="12-01 09", actor=COALITION, day="11-29",
              quote="The coalition later said it had carried out more than 30 strikes on "
                    "Saturday evening."),
        claim(24, "killed", 10, q="vague", group="combatants", source="RBSS",
              reported="11-30 08", actor=COALITION, day="11-29",
              quote="Many IS fighters were hit when coalition jets bombed their bases."),
        claim(25, "strikes", 2, outlet="Opinion", reported="12-05 08", actor=COALITION,
              day="11-23", restated=True,
              quote="The coalition's two strikes of 23 November hit an IS building."),
    ]


GOLD = {
    "A": [1, 2, 25],
    "B": [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    "C": [13, 14, 15],
    "D": [16, 17, 18, 19],
    "E": [20, 21],
    "F": [22, 23, 24],
}


def incident_claims(name: str) -> list[Claim]:
    ids = set(GOLD[name])
    return [c for c in week() if c.id in ids]
