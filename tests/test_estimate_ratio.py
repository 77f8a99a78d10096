"""Rate ratios: exact conditional interval and score test against statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from idlibstats.errors import EstimatorInputError
from idlibstats.estimate import RateRatioResult, rate_ratio


def _cp_ratio(c1, e1, c2, e2, alpha=0.05):
    """Reference: statsmodels' Clopper-Pearson interval for c1 of n, mapped to the rate ratio."""
    from statsmodels.stats.proportion import proportion_confint

    lo, hi = proportion_confint(c1, c1 + c2, alpha=alpha, method="beta")
    return lo / (1 - lo) * e2 / e1, (hi / (1 - hi) * e2 / e1 if hi < 1 else math.inf)


@pytest.mark.parametrize(
    "args",
    [(60, 30, 20, 30), (1300, 123, 450, 92), (0, 10, 5, 10), (5, 10, 0, 10), (7, 3.5, 11, 9)],
)
def test_interval_matches_statsmodels_clopper_pearson(args):
    r = rate_ratio(*args)
    lo, hi = _cp_ratio(*args)
    assert r.lower == pytest.approx(lo, rel=1e-6, abs=1e-12)
    assert r.upper == pytest.approx(hi, rel=1e-6)


def test_pinned_values():
    # statsmodels.stats.proportion.proportion_confint(60, 80, method="beta") mapped by p/(1-p):
    # (1.78269792854299, 5.254704925598705);
    # statsmodels.stats.rates.test_poisson_2indep(60, 30, 20, 30, method="score").pvalue
    # -> 7.74421643104407e-06; method="exact-cond" -> 8.580559867049611e-06
    r = rate_ratio(60, 30, 20, 30)
    assert isinstance(r, RateRatioResult)
    assert r.estimate == 3.0
    assert (r.lower, r.upper) == pytest.approx((1.78269792854299, 5.254704925598705), rel=1e-6)
    assert r.p_value == pytest.approx(7.74421643104407e-06, rel=1e-6)
    assert r.p_value_exact == pytest.approx(8.580559867049611e-06, rel=1e-6)
    assert "95% CI" in repr(r) and r.to_frame().shape == (1, 13)


@pytest.mark.parametrize(
    ("args", "value"),
    [
        ((60, 30, 20, 30), 1.0),
        ((60, 30, 20, 30), 2.0),
        ((7, 3.5, 11, 9), 1.0),
        ((1300, 123, 450, 92), 2.0),
    ],
)
def test_score_p_value_by_hand(args, value):
    # Score test of R = value: given n, c1 ~ Bin(n, p0), p0 = value e1 / (value e1 + e2);
    # z = (c1 - n p0) / sqrt(n p0 (1 - p0)), p = 2 * norm.sf(|z|).
    c1, e1, c2, e2 = args
    n, p0 = c1 + c2, value * e1 / (value * e1 + e2)
    z = (c1 - n * p0) / math.sqrt(n * p0 * (1 - p0))
    assert rate_ratio(*args, value=value).p_value == pytest.approx(
        2 * stats.norm.sf(abs(z)), rel=1e-6
    )


def test_open_ends():
    r = rate_ratio(0, 10, 5, 10)
    assert r.estimate == 0.0 and r.lower == 0.0 and math.isfinite(r.upper)
    r = rate_ratio(5, 10, 0, 10)
    assert r.estimate == math.inf and r.upper == math.inf and r.lower > 0


@settings(max_examples=40, deadline=None)
@given(c1=st.integers(1, 300), c2=st.integers(1, 300), e1=st.floats(1, 400), e2=st.floats(1, 400))
def test_contains_estimate_and_widens(c1, c2, e1, e2):
    r = rate_ratio(c1, e1, c2, e2)
    assert r.lower <= r.estimate <= r.upper
    w = rate_ratio(c1, e1, c2, e2, alpha=0.01)
    assert w.lower <= r.lower and w.upper >= r.upper
    up = rate_ratio(c1 + 1, e1, c2, e2)
    assert up.lower > r.lower and up.upper > r.upper


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((0, 10, 0, 10), "no events"),
        ((-1, 10, 2, 10), "count1 is negative"),
        ((1, 0, 2, 10), "exposure1 must be positive"),
        ((1, 10, np.nan, 10), "count2 is NaN"),
        ((1, 10, 2, -5), "exposure2 must be positive"),
        (([1, 2], 10, 2, 5), "single number"),
    ],
)
def test_bad_input(args, match):
    with pytest.raises(EstimatorInputError, match=match):
        rate_ratio(*args)
