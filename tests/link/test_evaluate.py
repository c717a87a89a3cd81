import pytest
from hypothesis import given
from hypothesis import strategies as st

from tolls.link import bcubed, pairwise

GOLD = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b"}
PRED = {1: 1, 2: 1, 3: 2, 4: 2, 5: 2}


def test_pairwise_hand_computed():
    # gold pairs: 12 13 23 45 (4); predicted: 12 34 35 45 (4); shared: 12 45.
    s = pairwise(GOLD, PRED)
    assert (s.precision, s.recall, s.f1) == (0.5, 0.5, 0.5)


def test_bcubed_hand_computed():
    # precision per item: 1,1 | 1/3, 2/3, 2/3 -> 11/3 / 5; recall: 2/3,2/3,1/3 | 1,1 -> 11/3 / 5
    s = bcubed(GOLD, PRED)
    assert s.precision == pytest.approx(11 / 15)
    assert s.recall == pytest.approx(11 / 15)
    assert s.f1 == pytest.approx(11 / 15)


def test_all_singletons_against_one_cluster():
    gold = {i: 0 for i in range(4)}
    pred = {i: i for i in range(4)}
    assert pairwise(gold, pred).precision == 1.0 and pairwise(gold, pred).recall == 0.0
    b = bcubed(gold, pred)
    assert b.precision == 1.0 and b.recall == 0.25


def test_items_must_match():
    with pytest.raises(ValueError):
        bcubed({1: 1}, {2: 1})


labels = st.dictionaries(st.integers(0, 30), st.integers(0, 4), min_size=1)


@given(labels)
def test_perfect_prediction_scores_one(gold):
    relabelled = {k: f"x{v}" for k, v in gold.items()}
    assert bcubed(gold, relabelled).f1 == pytest.approx(1.0)
    assert pairwise(gold, relabelled).f1 == pytest.approx(1.0)


@given(labels, st.data())
def test_scores_are_bounded_and_symmetric(gold, data):
    pred = {k: data.draw(st.integers(0, 4)) for k in gold}
    b, rb = bcubed(gold, pred), bcubed(pred, gold)
    assert 0 <= b.precision <= 1 and 0 <= b.recall <= 1
    assert b.precision == pytest.approx(rb.recall)
