"""The JSON contract of DESIGN.md, checked on hand-built objects."""

from datetime import UTC, date, datetime

from tolls.publish.jsonout import claim_dict, incident_dict
from tolls.types import Claim, DateRange, Figure, Incident, Place, SeriesPoint, Toll

CLAIM_KEYS = {
    "source", "outlet", "reported_at", "document", "url", "quote", "span", "kind", "group",
    "low", "high", "qualifier", "acled", "actor", "event_type", "place", "date", "sites",
}
INCIDENT_KEYS = {
    "id", "date", "place", "sites", "actors", "attribution", "event_type", "figures",
    "grade", "sources", "claims",
}


def make_claim(**over) -> Claim:
    fig = Figure(kind="killed", group="all", low=96, high=None, qualifier="more_than",
                 words="more than 95", words_span=(10, 22), acled=95)
    base = dict(
        figure=fig, quote="Jets killed more than 95 people.", span=(0, 33), source="SOHR",
        outlet="BBC News", reported_at=datetime(2014, 11, 26, 9, 0, tzinfo=UTC),
        document="ab" * 32, url="https://example.org/a", actor="Syrian government",
        event_type="air strike",
        place=Place(name="Raqqa", lat=35.95, lon=39.01, geonames_id=163345, country="SY"),
        date=DateRange(date(2014, 11, 25), date(2014, 11, 25)), sites=["market"], id=7,
        incident=2,
    )
    base.update(over)
    return Claim(**base)


def test_claim_object_has_every_contract_key_with_plain_json_types():
    out = claim_dict(make_claim())
    assert set(out) >= CLAIM_KEYS
    assert out["span"] == [0, 33]
    assert out["reported_at"] == "2014-11-26T09:00:00+00:00"
    assert out["place"] == {"name": "Raqqa", "lat": 35.95, "lon": 39.01,
                            "geonames_id": 163345, "country": "SY", "precision": "town"}
    assert out["date"]["start"] == "2014-11-25" and out["date"]["end"] == "2014-11-25"
    assert (out["low"], out["high"], out["qualifier"]) == (96, None, "more_than")


def test_claim_object_open_values_are_null():
    out = claim_dict(make_claim(place=None, date=None, reported_at=None, source=None))
    assert out["place"] == {"name": None, "lat": None, "lon": None}
    assert out["date"] == {"start": None, "end": None}
    assert out["reported_at"] is None and out["source"] is None


def test_incident_object_contract_and_default_figure_slots():
    claim = make_claim()
    inc = Incident(
        id=2, claims=[claim], date=DateRange(date(2014, 11, 25), date(2014, 11, 25)),
        place=claim.place, sites=["market"], actors=["Syrian government"],
        attribution="single", event_type="air strike",
        figures={"killed": {"all": Toll(96, 96, None)}}, grade="weak", sources=["SOHR"],
        evolution={"killed": {"all": {"SOHR": [SeriesPoint(claim.reported_at, 96, None,
                                                           "more_than", 7, "BBC News")]}}},
    )
    out = incident_dict(inc)
    assert set(out) >= INCIDENT_KEYS
    assert out["figures"]["killed"]["all"] == {"low": 96, "best": 96, "high": None}
    # Slots the contract names are present even when nothing was reported.
    assert out["figures"]["killed"]["children"] == {"low": None, "best": None, "high": None}
    assert out["figures"]["strikes"]["all"]["best"] is None
    assert out["figures"]["injured"]["all"]["low"] is None
    assert out["claims"][0]["quote"] == claim.quote
    assert out["evolution"]["killed"]["all"]["SOHR"][0]["low"] == 96


def test_documents_without_a_figure_are_listed_by_id_apart_from_the_claims():
    claim = make_claim()
    inc = Incident(id=2, claims=[claim], figureless_documents=["cd" * 32, "ef" * 32])
    out = incident_dict(inc)
    assert set(out) >= INCIDENT_KEYS
    assert out["figureless_documents"] == ["cd" * 32, "ef" * 32]
    assert [c["document"] for c in out["claims"]] == [claim.document]
    assert incident_dict(Incident(id=3, claims=[claim]))["figureless_documents"] == []
