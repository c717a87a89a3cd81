"""Claims dated only to a window (or echoing a dated figure) join an incident."""

from datetime import date

from tolls.link import link_claims
from tolls.types import DateRange

from .raqqa_week import claim

GOV, COALITION = "Syrian government", "US-led coalition"


def window(c, start: str, end: str):
    c.date = DateRange(date.fromisoformat(f"2014-{start}"), date.fromisoformat(f"2014-{end}"),
                       "days")
    return c


def test_a_windowed_claim_joins_the_one_incident_inside_its_window():
    claims = [
        claim(1, "strikes", 10, source="SOHR", actor=GOV, day="11-25", reported="11-25 12"),
        claim(2, "killed", 61, q="more_than", source="SOHR", actor=GOV, day="11-25",
              reported="11-25 13"),
        window(claim(3, "killed", 70, q="at_least", source="LCC", reported="11-25 18"),
               "11-24", "11-25"),
    ]
    out = link_claims(claims)
    assert out[3] == out[1] == out[2]


def test_a_windowed_claim_with_two_candidates_stays_out():
    claims = [
        claim(1, "strikes", 7, source="SOHR", actor=GOV, day="11-27"),
        claim(2, "strikes", 3, source="SOHR", actor=GOV, day="11-28"),
        window(claim(3, "killed", 5, q="at_least", source="activists"), "11-27", "11-28"),
    ]
    out = link_claims(claims)
    assert out[1] != out[2]
    assert out[3] not in (out[1], out[2])


def test_an_echo_of_a_dated_figure_joins_its_incident_even_outside_the_window():
    claims = [
        claim(1, "killed", 209, source="RBSS", actor=GOV, day="11-25", reported="11-28 12"),
        claim(2, "strikes", 3, source="activists", actor=GOV, day="11-28"),
        claim(3, "strikes", 7, source="activists", actor=GOV, day="11-27"),
        # "RBSS, 28 November: 209 documented", no event date of its own
        window(claim(4, "killed", 209, source="RBSS", reported="11-28 12"), "11-27", "11-28"),
    ]
    out = link_claims(claims)
    assert out[4] == out[1]
    assert out[4] not in (out[2], out[3])


def test_an_echo_never_joins_an_incident_of_another_actor():
    claims = [
        claim(1, "killed", 5, source="LCC", actor=GOV, day="11-29"),
        window(claim(2, "killed", 5, source="LCC", actor=COALITION), "11-29", "11-30"),
    ]
    out = link_claims(claims)
    assert out[1] != out[2]
