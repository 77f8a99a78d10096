"""Interval arithmetic on reported bounds and seeded Monte Carlo propagation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idlibstats.errors import EstimatorInputError
from idlibstats.estimate import Interval, PropagateResult, figure_interval, propagate
from idlibstats.estimate.rates import count_bounds

INF, NAN = math.inf, math.nan


def test_arithmetic_by_hand():
    a, b = Interval(400, 450), Interval(100, 120)
    assert a + b == Interval(500, 570)
    assert a - b == Interval(280, 350)
    assert a * b == Interval(40_000, 54_000)
    assert a / b == Interval(400 / 120, 4.5)
    assert 3 * a == Interval(1200, 1350) and a + 1 == Interval(401, 451)
    assert 1000 - a == Interval(550, 600)


def test_unbounded_ends():
    more = Interval(1300, NAN)  # "more than 1,300"
    assert more == Interval(1300, INF)
    assert more / Interval(123, 123) == Interval(1300 / 123, INF)
    assert more - Interval(0, 100) == Interval(1200, INF)
    assert Interval(0, 5) * Interval(2, INF) == Interval(0, INF)  # 0 * inf is 0
    assert Interval(NAN, 10).lower == -INF
    assert Interval(1, 2) / Interval(0, 4) == Interval(0.25, INF)
    assert Interval(1, 2) / Interval(-1, 4) == Interval(-INF, INF)
    with pytest.raises(EstimatorInputError, match=r"\[0, 0\]"):
        Interval(1, 2) / Interval(0, 0)
    with pytest.raises(EstimatorInputError, match="lower 5 > upper 3"):
        Interval(5, 3)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(0.1, 1e6), min_size=4, max_size=4), st.floats(0, 1), st.floats(0, 1))
def test_arithmetic_contains_every_pointwise_result(ends, u, v):
    a = Interval(min(ends[:2]), max(ends[:2]))
    b = Interval(min(ends[2:]), max(ends[2:]))
    # points of each interval (clipped: lower + u * width can round past the upper end)
    x = min(max(a.lower + u * (a.upper - a.lower), a.lower), a.upper)
    y = min(max(b.lower + v * (b.upper - b.lower), b.lower), b.upper)
    # rounding error relative to the operands, not the result: x - y may cancel to nearly 0
    for iv, val, scale in (
        (a + b, x + y, x + y),
        (a - b, x - y, x + y),
        (a * b, x * y, x * y),
        (a / b, x / y, x / y),
    ):
        assert iv.lower - 1e-12 * scale <= val <= iv.upper + 1e-12 * scale


def test_figure_interval():
    assert figure_interval({"value": 5.0, "qualifier": "exact"}) == Interval(5, 5)
    # a strict bound on a count is the next whole count, as count_bounds reads it
    assert figure_interval({"value": 1000.0, "qualifier": "more_than"}) == Interval(1001, INF)
    assert figure_interval({"value": 20.0, "qualifier": "less_than"}) == Interval(0, 19)
    assert figure_interval({"value": 20.0, "qualifier": "at_most"}) == Interval(0, 20)
    # a percentage keeps real ends; the strict bound is read as its closure
    pct = {"value": 50.0, "qualifier": "more_than", "unit": "percent"}
    assert figure_interval(pct) == Interval(50, INF)
    assert figure_interval({"value": 2000.0, "lower": 2000.0, "qualifier": "vague"}).upper == INF
    assert figure_interval(
        {"value": 425.0, "lower": 400.0, "upper": 450.0, "qualifier": "range"}
    ) == Interval(400, 450)
    assert figure_interval({"value": 500.0, "qualifier": "approx"}, 0.2) == Interval(400, 600)
    with pytest.raises(EstimatorInputError, match="qualifier"):
        figure_interval({"value": 1.0, "qualifier": "roughly"})


@pytest.mark.parametrize("qualifier", ["exact", "more_than", "at_least", "less_than", "at_most"])
@pytest.mark.parametrize("value", [0.0, 1.0, 999.0, 1000.0, 12.5])
def test_figure_interval_agrees_with_count_bounds(qualifier, value):
    row = {"value": value, "qualifier": qualifier, "unit": "count"}
    if (qualifier == "exact" and value != int(value)) or (qualifier == "less_than" and value == 0):
        with pytest.raises(EstimatorInputError):
            figure_interval(row)
        return
    cmin, cmax, _, _ = count_bounds(row)
    assert figure_interval(row) == Interval(cmin, cmax)


FIGS = [
    {"value": 500.0, "qualifier": "approx"},
    {"value": 425.0, "lower": 400.0, "upper": 450.0, "qualifier": "range"},
    {"value": 30.0, "qualifier": "exact"},
]


def test_propagate_sum_by_hand():
    r = propagate(lambda a, b, c: a + b + c, FIGS, n=200_000, seed=0)
    assert isinstance(r, PropagateResult)
    # U(450, 550) + U(400, 450) + 30: mean 955; quantiles of the trapezoid sum by hand:
    # the sum S - 880 is the sum of U(0,100) and U(0,50); its 2.5% point solves
    # x^2 / (2 * 100 * 50) = 0.025 -> x = sqrt(250) = 15.81; median 75 by symmetry.
    assert r.estimate == pytest.approx(955, abs=1.0)
    assert r.lower == pytest.approx(880 + math.sqrt(250), abs=1.0)
    assert r.upper == pytest.approx(1030 - math.sqrt(250), abs=1.0)
    assert r.n == 200_000 and r.seed == 0 and "uniform" in r.method


def test_propagate_is_seeded_and_band_settable():
    f = lambda a, b, c: a - b  # noqa: E731
    assert propagate(f, FIGS, seed=5) == propagate(f, FIGS, seed=5)
    assert propagate(f, FIGS, seed=5).lower != propagate(f, FIGS, seed=6).lower
    wide = propagate(f, FIGS, seed=5, approx_band=0.3)
    narrow = propagate(f, FIGS, seed=5)
    assert wide.upper - wide.lower > narrow.upper - narrow.lower


def test_propagate_refuses_open_figures_unless_capped():
    figs = [{"value": 1000.0, "qualifier": "more_than"}, {"value": 10.0, "qualifier": "exact"}]
    with pytest.raises(EstimatorInputError, match="no upper bound.*cap_factor"):
        propagate(lambda a, b: a / b, figs)
    r = propagate(lambda a, b: a / b, figs, cap_factor=1.5, seed=1)
    assert 100 <= r.lower < r.estimate < r.upper <= 150
    assert r.estimate == pytest.approx(125, abs=1)


def test_propagate_bad_input():
    with pytest.raises(EstimatorInputError, match="shape"):
        propagate(lambda a, b, c: np.zeros(3), FIGS)
    with pytest.raises(EstimatorInputError, match="NaN or infinite"):
        propagate(lambda a, b, c: a - np.inf, FIGS)
    with pytest.raises(EstimatorInputError, match="callable"):
        propagate(5, FIGS)
    with pytest.raises(EstimatorInputError, match="n="):
        propagate(lambda a, b, c: a, FIGS, n=10)


def test_figure_interval_rejects_impossible_bounds():
    with pytest.raises(EstimatorInputError, match="lower -5 is negative"):
        figure_interval({"value": 10.0, "lower": -5.0, "upper": 20.0, "qualifier": "range"})
    with pytest.raises(EstimatorInputError, match="not a finite number"):
        figure_interval({"value": math.inf, "qualifier": "exact"})
    # the approx band is free of float noise (100 * 1.1 -> 110); for a count it is rounded
    # outwards to whole counts (333 +- 10%: 299.7..366.3 -> 299..367), real for a percentage
    assert figure_interval({"value": 100.0, "qualifier": "approx"}) == Interval(90, 110)
    assert figure_interval({"value": 333.0, "qualifier": "approx"}) == Interval(299, 367)
    pct = {"value": 33.3, "qualifier": "approx", "unit": "percent"}
    assert figure_interval(pct) == Interval(29.97, 36.63)


def test_propagate_seed_none_draws_fresh_and_reports_the_seed():
    f = lambda a, b, c: a + b + c  # noqa: E731
    r = propagate(f, FIGS, seed=None)
    assert isinstance(r.seed, int) and r.seed >= 0
    assert propagate(f, FIGS, seed=r.seed) == r  # the reported seed repeats the run
    with pytest.raises(EstimatorInputError, match="seed"):
        propagate(f, FIGS, seed="abc")


def test_propagate_vague_lower_above_cap_raises():
    # "thousands" with schema minimum 2,000 but value 1,000: the cap 1,000 * 1.5 is below 2,000
    figs = [{"value": 1000.0, "lower": 2000.0, "qualifier": "vague"}]
    with pytest.raises(EstimatorInputError, match="above the cap"):
        propagate(lambda a: a, figs, cap_factor=1.5)
