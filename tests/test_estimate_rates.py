"""Rates with exact Poisson (Garwood) intervals: reference values, figure bounds, bad input."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from idlibstats.errors import EstimatorInputError, IdlibstatsDeprecationWarning
from idlibstats.estimate import (
    PER_DAYS,
    RateResult,
    RatesResult,
    rate,
    rate_from_figure,
    rate_overdispersed,
    rates,
)

NAN = math.nan


def fig(value, qualifier, lower=None, upper=None, **kw):
    """A figure-table row with the bounds the schema implies for the qualifier."""
    if lower is None and upper is None:
        lower, upper = {
            "exact": (value, value),
            "more_than": (value, NAN),
            "at_least": (value, NAN),
            "vague": (value, NAN),
            "less_than": (NAN, value),
            "at_most": (NAN, value),
            "approx": (NAN, NAN),
        }[qualifier]
    return {
        "value": value,
        "lower": lower,
        "upper": upper,
        "qualifier": qualifier,
        "unit": "count",
        **kw,
    }


# ---------------------------------------------------------------- reference values


def test_rate_matches_statsmodels_exact_c():
    # statsmodels.stats.rates.confint_poisson(1300, 123, method="exact-c")
    # -> (10.002311892090534, 11.15965052694288)
    r = rate(1300, 123)
    assert r.estimate == pytest.approx(1300 / 123, rel=1e-12)
    assert r.lower == pytest.approx(10.002311892090534, rel=1e-6)
    assert r.upper == pytest.approx(11.15965052694288, rel=1e-6)
    assert r.bound == "two-sided" and r.method == "exact Poisson (Garwood)"


def test_rate_zero_count():
    # confint_poisson(0, 31, method="exact-c") -> (0.0, 0.1189961114230302); = -ln(0.025)/31
    r = rate(0, 31)
    assert r.lower == 0.0
    assert r.upper == pytest.approx(0.1189961114230302, rel=1e-6)
    assert r.upper == pytest.approx(-math.log(0.025) / 31, rel=1e-9)


def test_per_units():
    r_day, r_month, r_year = (rate(12, 30, per=p) for p in ("day", "month", "year"))
    assert PER_DAYS["month"] == 365.25 / 12
    assert r_month.estimate == pytest.approx(r_day.estimate * 365.25 / 12)
    assert r_year.upper == pytest.approx(r_day.upper * 365.25)
    assert rate(7, 7, per="week").estimate == pytest.approx(7.0)


def test_rates_vectorised_matches_statsmodels_and_scalar():
    from statsmodels.stats.rates import confint_poisson

    rng = np.random.default_rng(3)
    df = pd.DataFrame(
        {
            "district": [f"SY07{i:02d}" for i in range(50)],
            "count": rng.poisson(5, 50),
            "exposure": rng.integers(28, 32, 50),
        }
    )
    out = rates(df, per="month").table
    lo, hi = confint_poisson(
        df["count"].to_numpy(), df["exposure"].to_numpy(float), method="exact-c"
    )
    k = PER_DAYS["month"]
    np.testing.assert_allclose(out["lower"], lo * k, rtol=1e-6, atol=1e-12)
    np.testing.assert_allclose(out["upper"], hi * k, rtol=1e-6)
    assert list(out["district"]) == list(df["district"])  # input columns kept
    one = rate(int(df["count"][7]), float(df["exposure"][7]), per="month")
    assert out["upper"][7] == pytest.approx(one.upper)
    with pytest.warns(IdlibstatsDeprecationWarning, match="rate\\(\\) with arrays"):
        arr = rate(df["count"].to_numpy(), df["exposure"].to_numpy(), per="month")
    np.testing.assert_allclose(arr["rate"], out["rate"])  # the old DataFrame, for one release


def test_rates_returns_a_result_with_the_pooled_rate():
    df = pd.DataFrame({"count": [0, 12, 7], "exposure": [31, 30, 31]}, index=["a", "b", "c"])
    res = rates(df, per="month")
    assert isinstance(res, RatesResult) and res.n == 3 and res.per == "month"
    pooled = rate(19, 92, per="month")  # the groups added up
    assert (res.estimate, res.lower, res.upper) == (pooled.estimate, pooled.lower, pooled.upper)
    table = res.summary()
    assert list(table.columns[:3]) == ["estimate", "lower", "upper"]
    assert list(table.index) == ["a", "b", "c"]
    assert table.loc["b", "upper"] == pytest.approx(rate(12, 30, per="month").upper)


def test_result_repr_and_frame():
    r = rate(1300, 123)
    assert isinstance(r, RateResult)
    text = repr(r)
    assert "\n" not in text and "95% CI" in text and "count=1300" in text
    frame = r.to_frame()
    assert frame.shape[0] == 1 and {"estimate", "lower", "upper", "count", "per"} <= set(frame)
    with pytest.raises(AttributeError):
        r.estimate = 1.0  # frozen


# ---------------------------------------------------------------- the seed's statements


def test_seed_1300_killed_may_august_is_a_lower_bound(seed_figures_row):
    r = rate_from_figure(seed_figures_row(7))
    # "more than 1,300" -> at least 1,301 whole deaths over 123 days (both ends counted)
    assert r.exposure == 123
    assert r.count == 1301
    assert r.estimate == pytest.approx(1301 / 123)  # 10.5772
    assert r.estimate > 1300 / 123
    assert math.floor(r.estimate * 100) / 100 == 10.57  # "at least 10.57 civilian deaths a day"
    assert r.bound == "lower" and r.relation == "at_least" and r.upper == math.inf
    # one-sided 95% Garwood lower limit at 1301: chi2.ppf(0.05, 2602) / 2 / 123
    assert r.lower == pytest.approx(stats.chi2.ppf(0.05, 2602) / 2 / 123, rel=1e-9)
    # = lower end of the two-sided 90% interval:
    # statsmodels confint_poisson(1301, 123, method="exact-c", alpha=0.10)[0] -> 10.09955352798387
    assert r.lower == pytest.approx(10.09955352798387, rel=1e-6)


def test_seed_24_villages_in_less_than_four_days(seed_figures_row):
    r = rate_from_figure(seed_figures_row(3))
    assert r.estimate == 6.0 and r.relation == "more_than"  # "more than 6 localities a day"
    assert r.bound == "lower" and r.upper == math.inf
    # chi2.ppf(0.05, 48) / 2 / 4 = 4.1368
    assert r.lower == pytest.approx(stats.chi2.ppf(0.05, 48) / 2 / 4, rel=1e-9)


@pytest.fixture
def seed_figures_row():
    from idlibstats import datasets

    seed = datasets.load("seed_figures")
    return lambda fid: seed.loc[seed["figure_id"] == fid].iloc[0]


# ---------------------------------------------------------------- bounds from wording


def test_exact_over_period_is_two_sided_and_matches_rate():
    r = rate_from_figure(fig(30.0, "exact", period_start="2020-01-01", period_end="2020-01-10"))
    ref = rate(30, 10)
    assert r.bound == "two-sided" and r.exposure == 10
    assert (r.estimate, r.lower, r.upper) == pytest.approx((ref.estimate, ref.lower, ref.upper))


def test_duration_wins_over_period():
    r = rate_from_figure(
        fig(14.0, "exact", period_start="2020-01-22", period_end="2020-01-29", duration_days=7.0)
    )
    assert r.exposure == 7 and r.estimate == 2.0


def test_upper_bounds():
    r = rate_from_figure(fig(100.0, "less_than", duration_days=10.0))
    assert r.bound == "upper" and r.count == 99 and r.estimate == pytest.approx(9.9)
    assert r.lower == 0.0
    assert r.upper == pytest.approx(stats.chi2.ppf(0.95, 200) / 2 / 10)
    r = rate_from_figure(fig(100.0, "at_most", duration_days=10.0))
    assert r.count == 100 and r.relation == "at_most"
    # exact count over "more than 10 days": rate below 10/day
    r = rate_from_figure(fig(100.0, "exact", duration_days=10.0, duration_qualifier="more_than"))
    assert r.bound == "upper" and r.relation == "less_than" and r.estimate == 10.0


def test_both_kinds_combine():
    # more than 50 in less than 5 days: both push the rate up -> lower bound 51/5
    r = rate_from_figure(fig(50.0, "more_than", duration_days=5.0, duration_qualifier="less_than"))
    assert r.bound == "lower" and r.estimate == pytest.approx(51 / 5)
    # at most 50 in at least 5 days: both push it down -> upper bound 50/5
    r = rate_from_figure(fig(50.0, "at_most", duration_days=5.0, duration_qualifier="at_least"))
    assert r.bound == "upper" and r.estimate == 10.0
    # opposite directions: nothing can be said
    with pytest.raises(EstimatorInputError, match="neither side"):
        rate_from_figure(fig(50.0, "more_than", duration_days=5.0, duration_qualifier="more_than"))
    with pytest.raises(EstimatorInputError, match="neither side"):
        rate_from_figure(fig(50.0, "less_than", duration_days=5.0, duration_qualifier="less_than"))


def test_range_and_approx():
    r = rate_from_figure(fig(425.0, "range", 400.0, 450.0, duration_days=10.0))
    assert r.bound == "two-sided" and r.estimate == 42.5
    assert r.lower == pytest.approx(stats.chi2.ppf(0.025, 800) / 2 / 10)
    assert r.upper == pytest.approx(stats.chi2.ppf(0.975, 902) / 2 / 10)
    a = rate_from_figure(fig(500.0, "approx", duration_days=10.0))
    assert a.lower == pytest.approx(stats.chi2.ppf(0.025, 900) / 2 / 10)  # band 450..550
    assert a.upper == pytest.approx(stats.chi2.ppf(0.975, 1102) / 2 / 10)
    wide = rate_from_figure(fig(500.0, "approx", duration_days=10.0), approx_band=0.2)
    assert wide.lower < a.lower and wide.upper > a.upper


def test_vague_uses_schema_minimum():
    r = rate_from_figure(fig(2000.0, "vague", duration_days=30.0))
    assert r.bound == "lower" and r.estimate == pytest.approx(2000 / 30)


# ---------------------------------------------------------------- overdispersed series


def test_rate_overdispersed_matches_statsmodels_glm():
    import statsmodels.api as sm

    y = np.array([0, 3, 12, 1, 0, 7, 2, 9, 4, 0])
    e = np.array([1, 1, 2, 1, 1, 2, 1, 2, 1, 1], dtype=float)
    r = rate_overdispersed(y, e)
    # intercept-only Poisson GLM with log-exposure offset, Pearson chi2 scale
    fit = sm.GLM(y, np.ones((y.size, 1)), family=sm.families.Poisson(), offset=np.log(e)).fit(
        scale="X2"
    )
    lo, hi = np.exp(fit.conf_int(alpha=0.05)[0])
    assert r.estimate == pytest.approx(np.exp(fit.params[0]), rel=1e-6)
    assert r.lower == pytest.approx(lo, rel=1e-6) and r.upper == pytest.approx(hi, rel=1e-6)
    assert r.dispersion == pytest.approx(fit.scale, rel=1e-6)
    with pytest.raises(EstimatorInputError, match="all zero"):
        rate_overdispersed([0, 0, 0])


# ---------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(k=st.integers(0, 5000), e=st.floats(0.5, 1e4), a=st.floats(0.001, 0.5))
def test_interval_contains_estimate_and_widens(k, e, a):
    r = rate(k, e, alpha=a)
    assert r.lower <= r.estimate <= r.upper
    wider = rate(k, e, alpha=a / 2)
    assert wider.lower <= r.lower and wider.upper >= r.upper


@settings(max_examples=60, deadline=None)
@given(k=st.integers(0, 5000), e=st.floats(0.5, 1e4))
def test_monotone_in_count(k, e):
    r0, r1 = rate(k, e), rate(k + 1, e)
    assert r1.lower > r0.lower or (k == 0 and r1.lower > 0)
    assert r1.upper > r0.upper


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("count", "exposure", "match"),
    [
        (-1, 10, "count is negative"),
        (NAN, 10, "count is NaN"),
        (2.5, 10, "whole number"),
        (3, 0, "exposure must be positive"),
        (3, -2, "exposure must be positive"),
        (3, NAN, "exposure is NaN"),
        (3, math.inf, "exposure is infinite"),
    ],
)
def test_bad_scalar_input(count, exposure, match):
    with pytest.raises(EstimatorInputError, match=match):
        rate(count, exposure)


def test_non_numeric_input():
    with pytest.raises(EstimatorInputError, match="must be numbers"):
        rate("many", 10)
    with pytest.raises(EstimatorInputError, match="must be numbers"):
        rate("12", 10)  # numeric text is still text
    with pytest.raises(EstimatorInputError, match="must be numeric"):
        rates(pd.DataFrame({"count": ["a"], "exposure": [1.0]}))
    df = pd.DataFrame({"count": pd.array([1, None], dtype="Int64"), "exposure": [1.0, 2.0]})
    with pytest.raises(EstimatorInputError, match="column 'count' is NaN at rows 1"):
        rates(df)


@pytest.mark.parametrize(
    ("count", "exposure"),
    [
        (True, 30),
        (False, 30),
        (np.True_, 30),
        (3, True),
        ([True, False], 30),
        (np.array([1, 2]) > 1, 1),
    ],
)
def test_truth_values_are_not_counts(count, exposure):
    # numpy reads True as 1.0: rate(True, 30) would be a rate of one event
    with pytest.raises(EstimatorInputError, match="must be numbers"):
        rate(count, exposure)


def test_truth_values_rejected_by_the_other_rate_estimators():
    from idlibstats.estimate import rate_ratio

    with pytest.raises(EstimatorInputError, match="column 'count' must be numeric, not bool"):
        rates(pd.DataFrame({"count": [True, False], "exposure": [1.0, 2.0]}))
    with pytest.raises(EstimatorInputError, match="counts must be numbers"):
        rate_overdispersed([True, False, True])
    with pytest.raises(EstimatorInputError, match="count1 must be a number"):
        rate_ratio(True, 10, 3, 10)


def test_bad_options():
    with pytest.raises(EstimatorInputError, match="per="):
        rate(1, 1, per="fortnight")
    with pytest.raises(EstimatorInputError, match="alpha"):
        rate(1, 1, alpha=1.5)
    assert issubclass(EstimatorInputError, ValueError)


def test_rates_names_column_and_rows():
    df = pd.DataFrame({"n": [1, -3, 2], "days": [30, 31, 0]}, index=["a", "b", "c"])
    with pytest.raises(EstimatorInputError, match=r"column 'n' is negative at rows b"):
        rates(df, count="n", exposure="days")
    df.loc["b", "n"] = 3
    with pytest.raises(EstimatorInputError, match=r"column 'days' must be positive.*rows c"):
        rates(df, count="n", exposure="days")
    with pytest.raises(EstimatorInputError, match="no column 'count'"):
        rates(df)


def test_bad_figures():
    with pytest.raises(EstimatorInputError, match="no exposure"):
        rate_from_figure(fig(10.0, "exact"))
    with pytest.raises(EstimatorInputError, match="lower 450 > upper 400"):
        rate_from_figure(fig(425.0, "range", 450.0, 400.0, duration_days=3.0))
    with pytest.raises(EstimatorInputError, match="after period_end"):
        rate_from_figure(fig(10.0, "exact", period_start="2020-02-01", period_end="2020-01-01"))
    with pytest.raises(EstimatorInputError, match="negative"):
        rate_from_figure(fig(-10.0, "exact", duration_days=3.0))
    with pytest.raises(EstimatorInputError, match="unit"):
        rate_from_figure(fig(10.0, "exact", duration_days=3.0) | {"unit": "percent"})
    with pytest.raises(EstimatorInputError, match="duration_days"):
        rate_from_figure(fig(10.0, "exact", duration_days=0.0))


# ---------------------------------------------------------------- review fixes


def test_approx_duration_is_a_band_and_unknown_duration_qualifiers_raise():
    # "about 10 days": exposure 9..11 days; a count of 100 -> Garwood limits of 100 over the
    # longest and the shortest exposure: chi2.ppf(0.025, 200) / 2 / 11, chi2.ppf(0.975, 202) / 2 / 9
    r = rate_from_figure(fig(100.0, "exact", duration_days=10.0, duration_qualifier="approx"))
    assert r.bound == "two-sided" and r.estimate == pytest.approx(10.0) and r.exposure == 10.0
    assert r.lower == pytest.approx(stats.chi2.ppf(0.025, 200) / 2 / 11, rel=1e-12)
    assert r.upper == pytest.approx(stats.chi2.ppf(0.975, 202) / 2 / 9, rel=1e-12)
    exact = rate_from_figure(fig(100.0, "exact", duration_days=10.0))
    assert r.lower < exact.lower and r.upper > exact.upper
    wide = rate_from_figure(
        fig(100.0, "exact", duration_days=10.0, duration_qualifier="approx"), approx_band=0.5
    )
    assert wide.upper == pytest.approx(stats.chi2.ppf(0.975, 202) / 2 / 5, rel=1e-12)
    for dq in ("range", "vague", "aprox", "roughly"):
        with pytest.raises(EstimatorInputError, match=f"duration_qualifier '{dq}'"):
            rate_from_figure(fig(100.0, "exact", duration_days=10.0, duration_qualifier=dq))


@pytest.mark.parametrize(
    ("row", "match"),
    [
        (fig(5.0, "range", -2.0, 8.0, duration_days=3.0), "lower -2 is negative"),
        (fig(3.5, "range", 3.2, 3.8, duration_days=3.0), "no whole count"),
        (fig(2.5, "exact", duration_days=3.0), "not a whole number"),
        (fig(math.inf, "exact", duration_days=3.0), "not a finite number"),
        (fig(math.inf, "more_than", duration_days=3.0), "not a finite number"),
        (fig(5.0, "range", 2.0, math.inf, duration_days=3.0), "upper inf"),
        (fig(5.0, "exact", duration_days=math.inf), "duration_days inf"),
        (fig(0.0, "less_than", duration_days=3.0), "less than 0"),
        (fig(5.0, "vague", -1.0, NAN, duration_days=3.0), "lower -1 is negative"),
    ],
)
def test_impossible_figures_raise(row, match):
    with pytest.raises(EstimatorInputError, match=match):
        rate_from_figure(row)


def test_count_bounds_whole_counts_and_percent():
    from idlibstats.estimate.rates import count_bounds

    # a fractional exact value is fine for a percent figure (not a count)
    assert count_bounds(fig(2.5, "exact", unit="percent"))[:2] == (2.5, 2.5)
    assert count_bounds(fig(0.0, "at_most"))[:2] == (0.0, 0.0)
    # 100 * 1.1 is 110.00000000000001 in floating point; "about 100" still ends at 90..110
    assert 100 * (1 + 0.1) != 110
    assert count_bounds(fig(100.0, "approx"))[:2] == (90.0, 110.0)


def test_strict_relation_whatever_the_count_qualifier():
    # at least 24 villages in less than 4 days: the rate is strictly above 24 / 4 = 6 a day
    r = rate_from_figure(fig(24.0, "at_least", duration_days=4.0, duration_qualifier="less_than"))
    assert r.relation == "more_than" and r.estimate == 6.0
    r = rate_from_figure(fig(24.0, "at_least", duration_days=4.0, duration_qualifier="at_most"))
    assert r.relation == "at_least"
    # at most 20 in more than 4 days: strictly below 5 a day; "at most 0": exactly 0, not below
    r = rate_from_figure(fig(20.0, "at_most", duration_days=4.0, duration_qualifier="more_than"))
    assert r.relation == "less_than" and r.estimate == 5.0
    r = rate_from_figure(fig(0.0, "at_most", duration_days=4.0, duration_qualifier="more_than"))
    assert r.relation == "at_most" and r.estimate == 0.0


def test_rate_overdispersed_wrong_length_exposure_names_lengths():
    with pytest.raises(EstimatorInputError, match="exposure has length 3 but counts has length 5"):
        rate_overdispersed([1, 2, 3, 4, 5], exposure=[1.0, 2.0, 3.0])
    # a scalar still applies to every value (same as an array of ones)
    assert rate_overdispersed([1, 2, 3], exposure=2.0) == rate_overdispersed([1, 2, 3], [2.0] * 3)


def test_alpha_accepts_numpy_scalars_and_rejects_others():
    from idlibstats.estimate._checks import check_alpha as _check_alpha

    assert rate(3, 2, alpha=np.float64(0.1)) == rate(3, 2, alpha=0.1)
    assert rate(3, 2, alpha=np.float32(0.25)).alpha == pytest.approx(0.25)
    for bad in (True, "0.05", NAN, 0, 1, None):
        with pytest.raises(EstimatorInputError, match="alpha"):
            _check_alpha(bad)
