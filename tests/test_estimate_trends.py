"""Tests of idlibstats.estimate.trends: count GLM trends, Mann-Kendall, interrupted time series."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy import stats

from idlibstats.errors import (
    ConvergenceWarning,
    EstimatorInputError,
    IdlibstatsDeprecationWarning,
    OverdispersionWarning,
    StatisticalWarning,
)
from idlibstats.estimate.trends import (
    ITSResult,
    MannKendallResult,
    TrendResult,
    count_trend,
    interrupted_time_series,
    mann_kendall,
)

# A fixed small monthly dataset: counts and days in the month as exposure.
DATES = pd.date_range("2018-01-01", periods=14, freq="MS")
DAYS = DATES.days_in_month.to_numpy(dtype=float)
COUNTS = np.array([31, 25, 40, 38, 45, 41, 52, 60, 48, 66, 70, 62, 81, 77], dtype=float)


def _nb(rng, mu, a, size):
    """NB2 draws with mean mu and var mu + a mu^2."""
    return rng.negative_binomial(1 / a, 1 / (1 + a * np.asarray(mu)), size)


def _overdispersion_warned(**kw) -> bool:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        count_trend(**kw)
    return any(issubclass(w.category, OverdispersionWarning) for w in caught)


# ---------------------------------------------------------------------------------- count_trend


def test_poisson_trend_matches_statsmodels_formula_glm():
    data = pd.DataFrame({"y": COUNTS, "t": np.arange(14.0), "days": DAYS})
    ref = smf.glm("y ~ t", data, family=sm.families.Poisson(), offset=np.log(data["days"])).fit()
    ci = ref.conf_int(alpha=0.05).loc["t"]
    res = count_trend(COUNTS, exposure=DAYS)
    assert isinstance(res, TrendResult)
    assert res.estimate == pytest.approx(math.exp(ref.params["t"]), rel=1e-6)
    assert res.lower == pytest.approx(math.exp(ci[0]), rel=1e-6)
    assert res.upper == pytest.approx(math.exp(ci[1]), rel=1e-6)
    assert res.slope_se == pytest.approx(ref.bse["t"], rel=1e-6)
    assert res.p_value == pytest.approx(ref.pvalues["t"], rel=1e-6)
    assert res.dispersion == pytest.approx(ref.pearson_chi2 / ref.df_resid, rel=1e-6)
    assert res.coefficients.loc["const", "coef"] == pytest.approx(ref.params["Intercept"], rel=1e-6)
    # alpha=0.1 gives the 90% Wald interval
    ci90 = ref.conf_int(alpha=0.1).loc["t"]
    assert count_trend(COUNTS, DAYS, alpha=0.1).lower == pytest.approx(math.exp(ci90[0]), rel=1e-6)
    # the fitted band that plot() draws: statsmodels' Wald interval of the mean, per period
    band = ref.get_prediction(data, offset=np.log(data["days"])).summary_frame(alpha=0.05)
    np.testing.assert_allclose(res.fitted["fitted_lower"], band["mean_ci_lower"], rtol=1e-6)
    np.testing.assert_allclose(res.fitted["fitted_upper"], band["mean_ci_upper"], rtol=1e-6)
    table = res.summary()
    assert list(table.columns[:3]) == ["estimate", "lower", "upper"]
    assert table.loc["time", "estimate"] == res.estimate and table.loc["time", "upper"] == res.upper


def test_series_and_dataframe_input_give_months_and_the_same_fit():
    s = pd.Series(COUNTS, index=DATES)
    df = pd.DataFrame({"count": COUNTS, "exposure": DAYS}, index=DATES)
    a = count_trend(COUNTS, exposure=DAYS)
    b = count_trend(s, exposure=DAYS)
    c = count_trend(df)
    assert b.per == c.per == "month" and a.per == "period"
    assert b.estimate == pytest.approx(a.estimate, rel=1e-9)
    assert c.estimate == pytest.approx(a.estimate, rel=1e-9)
    assert c.fitted["date"].iloc[0] == DATES[0]
    # A gap (missing March) is a two-month step in time, not one.
    gap = s.drop(DATES[2])
    res = count_trend(gap)
    assert res.fitted["time"].tolist()[:3] == [0.0, 1.0, 3.0]
    ref = sm.GLM(
        gap.to_numpy(), sm.add_constant(res.fitted["time"].to_numpy()), family=sm.families.Poisson()
    ).fit()
    assert res.slope == pytest.approx(ref.params[1], rel=1e-6)


def test_negbin_trend_is_ml_and_matches_glm_at_the_ml_dispersion():
    rng = np.random.default_rng(11)
    t = np.arange(40.0)
    y = _nb(rng, 20 * np.exp(0.02 * t), 0.3, 40)
    res = count_trend(y, family="negbin")
    ref = smf.negativebinomial("y ~ t", pd.DataFrame({"y": y, "t": t})).fit(disp=0, maxiter=500)
    assert res.nb_alpha == pytest.approx(ref.params["alpha"], rel=1e-4)
    assert res.slope == pytest.approx(ref.params["t"], rel=1e-4)
    # Given alpha, the NB GLM (IRLS) gives the same slope and standard error.
    glm = sm.GLM(
        y, sm.add_constant(t), family=sm.families.NegativeBinomial(alpha=res.nb_alpha)
    ).fit()
    assert res.slope == pytest.approx(glm.params[1], rel=1e-4)
    assert "maximum likelihood" in res.nb_alpha_method and res.family == "negbin"
    assert res.lower < res.estimate < res.upper


def test_overdispersion_warning_on_negbin_data_only():
    t = np.arange(60.0)
    mu = 10 * np.exp(0.01 * t)
    nb_rate = np.mean(
        [
            _overdispersion_warned(counts=_nb(np.random.default_rng(s), mu, 0.5, 60))
            for s in range(40)
        ]
    )
    pois_rate = np.mean(
        [_overdispersion_warned(counts=np.random.default_rng(s).poisson(mu)) for s in range(150)]
    )
    assert nb_rate > 0.9  # power of the Cameron-Trivedi test against alpha = 0.5
    assert pois_rate < 0.11  # its size is 0.05
    y = _nb(np.random.default_rng(1), mu, 0.5, 60)
    with pytest.warns(OverdispersionWarning, match="negbin"):
        res = count_trend(y)
    assert res.dispersion > 2 and res.overdispersion_p < 0.05
    with warnings.catch_warnings():
        warnings.simplefilter("error", OverdispersionWarning)
        count_trend(y, family="negbin")  # the NB fit does not warn


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"counts": [1, -2, 3, 4]}, "counts.*negative"),
        ({"counts": [1, np.nan, 3, 4]}, "counts.*NaN"),
        ({"counts": [1, 2.5, 3, 4]}, "counts.*whole"),
        ({"counts": [1, 2, 3, 4], "exposure": [1, 0, 1, 1]}, "exposure"),
        ({"counts": [1, 2, 3, 4], "exposure": [1, -1, 1, 1]}, "exposure"),
        ({"counts": [1, 2, 3, 4], "exposure": [1, 1, 1]}, "exposure.*length"),
        ({"counts": [1, 2]}, "at least 3"),
        ({"counts": [1, 2, 3], "family": "negbin"}, "at least 4"),
        ({"counts": [0, 0, 0, 0]}, "all zero"),
        ({"counts": [1, 2, 3, 4], "family": "normal"}, "family"),
        ({"counts": [1, 2, 3, 4], "alpha": 1.5}, "alpha"),
        ({"counts": [1, 2, 3, 4], "time": [0, 1, 2]}, "time"),
        ({"counts": pd.DataFrame({"deaths": [1, 2, 3]})}, "count_col"),
    ],
)
def test_count_trend_bad_input(kwargs, match):
    with pytest.raises(EstimatorInputError, match=match):
        count_trend(**kwargs)


# --------------------------------------------------------------------------------- Mann-Kendall


def test_mann_kendall_hand_computed():
    # x = 1 3 2 5 4: concordant minus discordant pairs S = 4 + 1 + 2 - 1 = 6;
    # var(S) = n(n-1)(2n+5)/18 = 5*4*15/18 = 16.667; z = (S-1)/sqrt(var) = 1.2247;
    # tau = 6/10; pairwise slopes sorted -1 -1 .333 .5 .75 1 1 1.333 2 3 -> median 0.875.
    res = mann_kendall([1, 3, 2, 5, 4])
    assert isinstance(res, MannKendallResult)
    assert res.s == 6 and res.tau == pytest.approx(0.6)
    assert res.var_s == pytest.approx(5 * 4 * 15 / 18)
    assert res.z == pytest.approx(5 / math.sqrt(5 * 4 * 15 / 18))
    assert res.p_value == pytest.approx(2 * stats.norm.sf(5 / math.sqrt(50 / 3)))
    assert res.estimate == pytest.approx(0.875) and res.trend == "no trend"
    # ties: x = 1 2 2 3 -> S = 5, var = (4*3*13 - 2*1*9)/18
    tied = mann_kendall([1, 2, 2, 3])
    assert tied.s == 5 and tied.var_s == pytest.approx((156 - 18) / 18)


def test_sen_interval_matches_scipy_theilslopes():
    y = np.random.default_rng(5).poisson(np.linspace(5, 15, 30)).astype(float)
    res = mann_kendall(pd.Series(y))
    ref = stats.theilslopes(y, np.arange(30), alpha=0.95)
    assert res.estimate == pytest.approx(ref.slope)
    assert (res.lower, res.upper) == pytest.approx((ref.low_slope, ref.high_slope))
    assert res.trend == "increasing" and res.lower > 0


def test_hamed_rao_widens_under_positive_autocorrelation():
    rng = np.random.default_rng(2)
    e = np.zeros(80)
    for i in range(1, 80):  # AR(1), phi = 0.8, around a weak trend
        e[i] = 0.8 * e[i - 1] + rng.normal()
    x = 0.02 * np.arange(80) + e
    orig = mann_kendall(x)
    hr = mann_kendall(x, test="hamed_rao")
    assert hr.var_s > orig.var_s and hr.p_value > orig.p_value
    assert hr.upper - hr.lower > orig.upper - orig.lower
    assert hr.s == orig.s and hr.estimate == orig.estimate
    assert "Hamed-Rao" in hr.method
    with pytest.warns(IdlibstatsDeprecationWarning, match="use test="):
        assert mann_kendall(x, method="hamed_rao") == hr


@pytest.mark.parametrize(
    ("series", "kw", "match"),
    [
        ([1, 2, np.nan, 4, 5], {}, "NaN"),
        ([1, 2, 3], {}, "at least 4"),
        ([1, 2, 3, 4], {"test": "yue"}, "test"),
    ],
)
def test_mann_kendall_bad_input(series, kw, match):
    with pytest.raises(EstimatorInputError, match=match):
        mann_kendall(series, **kw)


# ----------------------------------------------------------------------- interrupted time series


def _its_data(seed=3, n=48, level=0.4):
    dates = pd.date_range("2016-01-01", periods=n, freq="MS")
    post = dates >= pd.Timestamp("2018-09-01")
    mu = 20 * np.exp(0.005 * np.arange(n)) * np.where(post, level, 1.0)
    return dates, np.random.default_rng(seed).poisson(mu).astype(float)


def test_its_matches_statsmodels_segmented_glm():
    dates, y = _its_data()
    days = dates.days_in_month.to_numpy(dtype=float)
    res = interrupted_time_series(y, dates, "2018-09-01", exposure=days)
    t = np.arange(48.0)
    post = (dates >= "2018-09-01").astype(float)
    t1 = t[post == 1][0]  # 32
    data = pd.DataFrame({"y": y, "t": t, "post": post, "tp": post * (t - t1)})
    ref = smf.glm(
        "y ~ t + post + tp", data, family=sm.families.Poisson(), offset=np.log(days)
    ).fit()
    ci = ref.conf_int()
    assert isinstance(res, ITSResult)
    assert res.estimate == pytest.approx(math.exp(ref.params["post"]), rel=1e-6)
    assert res.lower == pytest.approx(math.exp(ci.loc["post", 0]), rel=1e-6)
    assert res.upper == pytest.approx(math.exp(ci.loc["post", 1]), rel=1e-6)
    assert res.slope_change == pytest.approx(math.exp(ref.params["tp"]), rel=1e-6)
    assert res.slope_change_upper == pytest.approx(math.exp(ci.loc["tp", 1]), rel=1e-6)
    assert res.pre_trend == pytest.approx(math.exp(ref.params["t"]), rel=1e-6)
    assert res.coefficients.loc["level_change", "p"] == pytest.approx(ref.pvalues["post"], rel=1e-6)
    assert (res.n_pre, res.n_post, res.n_excluded) == (32, 16, 0)
    # bands of the fit and of the counterfactual (pre-break terms only, post set to 0)
    band = ref.get_prediction(data, offset=np.log(days)).summary_frame(alpha=0.05)
    np.testing.assert_allclose(res.fitted["fitted_lower"], band["mean_ci_lower"], rtol=1e-6)
    cf = data.assign(post=0.0, tp=0.0)
    band = ref.get_prediction(cf, offset=np.log(days)).summary_frame(alpha=0.05)
    np.testing.assert_allclose(res.fitted["counterfactual_upper"], band["mean_ci_upper"], rtol=1e-6)


def test_its_recovers_a_planted_level_change():
    dates, y = _its_data(seed=8)
    for fam in ("poisson", "negbin"):
        res = interrupted_time_series(y, dates, "2018-09-01", family=fam)
        assert res.lower < 0.4 < res.upper, fam
        assert res.upper < 1 and res.level_p < 1e-3
        assert res.slope_change_lower < 1 < res.slope_change_upper
    # no change planted -> the interval covers 1
    dates, flat = _its_data(seed=8, level=1.0)
    res = interrupted_time_series(flat, dates, "2018-09-01")
    assert res.lower < 1 < res.upper


@pytest.mark.filterwarnings("ignore::idlibstats.errors.OverdispersionWarning")  # ~5% false alarms
def test_its_level_change_interval_coverage():
    # 200 seeded series with a planted level change of 0.4: the 95% interval covers it about
    # 95% of the time (binomial sd 1.5 points).
    hits = []
    for seed in range(200):
        dates, y = _its_data(seed=seed)
        res = interrupted_time_series(y, dates, "2018-09-01")
        hits.append(res.lower < 0.4 < res.upper)
    assert 0.90 <= np.mean(hits) <= 0.99


def test_its_break_inside_a_month():
    dates, y = _its_data()
    sochi = interrupted_time_series(y, dates, "2018-09-17")  # default: leave Sept 2018 out
    assert sochi.n_excluded == 1 and (sochi.n_pre, sochi.n_post) == (32, 15)
    sept = sochi.fitted.set_index("date").loc["2018-09-01"]
    assert not sept["used"]
    # majority of days: 16 days before 17 Sep, 14 on/after -> September is pre
    maj = interrupted_time_series(y, dates, "2018-09-17", partial="majority")
    assert (maj.n_pre, maj.n_post, maj.n_excluded) == (33, 15, 0)
    # 12 January 2020: 11 days before, 20 on/after -> January is post
    d2 = pd.date_range("2018-01-01", periods=36, freq="MS")
    y2 = np.random.default_rng(1).poisson(10, 36)
    jan = interrupted_time_series(y2, d2, "2020-01-12", partial="majority")
    assert jan.fitted.set_index("date").loc["2020-01-01", "post"]
    assert (jan.n_pre, jan.n_post) == (24, 12)
    # the same series with a PeriodIndex
    per = interrupted_time_series(
        y2, pd.period_range("2018-01", periods=36, freq="M"), "2020-01-12", partial="majority"
    )
    assert per.estimate == pytest.approx(jan.estimate, rel=1e-9) and per.per == "month"


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        ({"break_date": "2019-12-15"}, "got 47 before and 0 after"),
        ({"break_date": "2016-01-20"}, "got 0 before"),
        ({"break_date": "not a date"}, "break_date"),
        ({"dates": pd.date_range("2016-01-01", periods=47, freq="MS")}, "dates.*length"),
        ({"partial": "drop"}, "partial"),
    ],
)
def test_its_bad_input(kw, match):
    dates, y = _its_data()
    args = {"counts": y, "dates": dates, "break_date": "2018-09-01"} | kw
    with pytest.raises(EstimatorInputError, match=match):
        interrupted_time_series(**args)


def test_trend_and_its_on_ucdp_idlib_deaths(idleb_monthly):
    """Real monthly UCDP deaths in Idleb governorate (bundled dataset)."""
    idlib = idleb_monthly
    dates = pd.DatetimeIndex(idlib["period_start"])
    y, days = idlib["deaths_best"].to_numpy(float), idlib["days"].to_numpy(float)
    with pytest.warns(OverdispersionWarning):
        pois = count_trend(pd.Series(y, index=dates), exposure=days)
    res = count_trend(pd.Series(y, index=dates), exposure=days, family="negbin")
    its = interrupted_time_series(y, dates, "2018-09-17", exposure=days, family="negbin")
    assert res.per == "month" and res.lower <= res.estimate <= res.upper
    assert res.nb_alpha > 0.1 and pois.dispersion > 10  # deaths are very overdispersed
    assert res.upper - res.lower > pois.upper - pois.lower
    assert its.n_excluded == 1 and its.lower <= its.estimate <= its.upper


@settings(max_examples=30, deadline=None)
@given(y=st.lists(st.integers(0, 200), min_size=5, max_size=25).filter(lambda v: sum(v) > 0))
@example(y=[0, 0, 0, 0, 5])  # the review's degenerate cases: one non-zero count at an end
@example(y=[7, 0, 0, 0, 0, 0])
def test_trend_interval_contains_estimate_and_widens_as_alpha_falls(y):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r95 = count_trend(y)
        r99 = count_trend(y, alpha=0.01)
    warned = any(issubclass(w.category, ConvergenceWarning) for w in caught)
    # a degenerate fit (e.g. one non-zero count at an end: infinite MLE) must say so
    nonzero = np.flatnonzero(y)
    separated = nonzero.size and nonzero.min() == nonzero.max() in (0, len(y) - 1)
    if separated or not (np.isfinite(r95.lower) and np.isfinite(r95.upper)):
        assert not r95.converged and not r99.converged and warned
        return
    assert r95.lower <= r95.estimate <= r95.upper
    assert r99.lower <= r95.lower and r95.upper <= r99.upper


# ---------------------------------------------------------------------------------- review fixes


@pytest.mark.parametrize(
    ("y", "family"),
    [([0, 0, 0, 0, 5], "poisson"), ([5, 0, 0, 0, 0], "negbin"), ([0, 0, 0, 3, 4], "poisson")],
)
def test_degenerate_trend_fits_warn_and_are_not_converged(y, family):
    # Hand derivation: with the non-zero counts only at one end of the series, the Poisson
    # log-likelihood keeps rising as the slope goes to +-inf (e.g. [0,0,0,0,5]: the fitted
    # counts of the first four periods fall towards 0 while the last stays 5), so no finite MLE.
    # [0, 0, 0, 3, 4]: zeros before t = 3, positive counts at t = 3, 4 -> two distinct times
    # carry the positives, so the MLE is finite: that one must NOT be flagged.
    separated = y != [0, 0, 0, 3, 4]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = count_trend(y, family=family)
    warned = [w for w in caught if issubclass(w.category, ConvergenceWarning)]
    assert res.converged is not separated and bool(warned) is separated
    if separated:
        assert "degenerate" in str(warned[0].message)


def test_its_separated_by_the_break_warns():
    # no events at all before the break: the level change has no finite MLE
    dates = pd.date_range("2018-01-01", periods=12, freq="MS")
    y = [0, 0, 0, 0, 0, 0, 5, 7, 6, 8, 7, 9]
    with pytest.warns(ConvergenceWarning, match="degenerate"):
        res = interrupted_time_series(y, dates, "2018-07-01")
    assert not res.converged


def test_month_end_labels_are_months():
    # resample("ME") labels months by their last day; they must give the same fit as month
    # starts (reference: the month-start result, itself checked against statsmodels above)
    ends = pd.date_range("2018-01-31", periods=14, freq="ME")
    assert ends.is_month_end.all()
    a = count_trend(pd.Series(COUNTS, index=DATES), exposure=DAYS)
    b = count_trend(pd.Series(COUNTS, index=ends), exposure=DAYS)
    assert b.per == "month" and b.estimate == pytest.approx(a.estimate, rel=1e-9)
    assert (b.lower, b.upper) == pytest.approx((a.lower, a.upper), rel=1e-9)
    dates, y = _its_data()
    me = pd.date_range(dates[0], periods=len(dates), freq="ME")
    for brk in ("2018-09-01", "2018-09-17"):
        start = interrupted_time_series(y, dates, brk)
        end = interrupted_time_series(y, me, brk)
        assert end.per == "month" and (end.n_pre, end.n_post, end.n_excluded) == (
            start.n_pre,
            start.n_post,
            start.n_excluded,
        )
        assert end.estimate == pytest.approx(start.estimate, rel=1e-9)
        assert end.slope_change == pytest.approx(start.slope_change, rel=1e-9)
    # the fitted table keeps the labels given
    assert (end.fitted["date"] == me).all()
    # year ends (resample("YE")) are years
    ye = pd.date_range("2010-12-31", periods=6, freq="YE")
    assert count_trend(pd.Series([3, 5, 4, 6, 8, 9], index=ye)).per == "year"


def test_sen_interval_of_tied_series():
    from idlibstats.estimate.trends import _sen_interval

    flat = mann_kendall([3, 3, 3, 3, 3])  # every pairwise slope is 0: the interval is [0, 0]
    assert (flat.estimate, flat.lower, flat.upper) == (0.0, 0.0, 0.0)
    # var(S) not positive while slopes differ: NaN, but not silently
    with pytest.warns(StatisticalWarning, match="var"):
        lo, hi = _sen_interval(np.array([1.0, 2.0, 4.0, 3.0]), 0.0, 0.05)
    assert math.isnan(lo) and math.isnan(hi)


def test_results_with_tables_compare_with_equals():
    from idlibstats.estimate import detect_changepoints

    y = pd.Series(COUNTS, index=DATES)
    assert count_trend(y) == count_trend(y)
    assert count_trend(y) != count_trend(y, alpha=0.1)
    dates, its_y = _its_data()
    assert interrupted_time_series(its_y, dates, "2018-09-01") == interrupted_time_series(
        its_y, dates, "2018-09-01"
    )
    cp = [4, 6, 5, 3, 5, 4, 6, 5, 16, 14, 15, 17, 13, 15, 16, 14]
    assert detect_changepoints(cp) == detect_changepoints(cp)


def test_alpha_accepts_numpy_scalars():
    y = pd.Series(COUNTS, index=DATES)
    assert count_trend(y, alpha=np.float64(0.1)).lower == count_trend(y, alpha=0.1).lower
    with pytest.raises(EstimatorInputError, match="alpha"):
        count_trend(y, alpha="0.05")


# ------------------------------------------------------------------ negative binomial vs R


def _idleb_civilians(idleb_monthly):
    d = idleb_monthly
    return (
        d["deaths_civilians"].to_numpy(float),
        d["days"].to_numpy(float),
        pd.DatetimeIndex(d["period_start"]),
    )


def test_negbin_trend_matches_mass_glm_nb_on_idleb(idleb_monthly):
    # R 4.2, MASS 7.3 (data written from the bundled dataset: SY07, deaths_civilians, days):
    #   d <- read.csv("idleb.csv"); d$t <- 0:46
    #   f <- glm.nb(deaths_civilians ~ t + offset(log(days)), data = d,
    #               control = glm.control(epsilon = 1e-12, maxit = 100))
    #   summary(f)$coefficients; f$theta; logLik(f)
    # (default control gives the same numbers to 1e-7; SE(t) 0.00980088760549413)
    y, days, dates = _idleb_civilians(idleb_monthly)
    res = count_trend(pd.Series(y, index=dates), exposure=days, family="negbin")
    tab = res.coefficients
    assert tab.loc["const", "coef"] == pytest.approx(1.0044309597523828, rel=1e-6)
    assert tab.loc["time", "coef"] == pytest.approx(-0.0015065842686032, rel=1e-5)
    assert tab.loc["const", "se"] == pytest.approx(0.26166907497783032, rel=1e-6)
    assert res.slope_se == pytest.approx(0.00980088761088566, rel=1e-6)  # issue: within 0.5%
    assert 1 / res.nb_alpha == pytest.approx(1.22214534800528, rel=1e-6)
    # the maximum, not short of it: log-likelihood within 1e-8 relative of R's
    mu = res.fitted["fitted"].to_numpy()
    llf = stats.nbinom.logpmf(y, 1 / res.nb_alpha, 1 / (1 + res.nb_alpha * mu)).sum()
    assert llf == pytest.approx(-252.849614459919, rel=1e-8)
    assert res.converged and "glm.nb" in res.nb_alpha_method


def test_negbin_its_matches_mass_glm_nb_on_idleb(idleb_monthly):
    # R (same data; Sochi 17 Sep 2018: September 2018 straddles the break and is left out):
    #   d$date <- as.Date(d$period_start); post <- d$date >= as.Date("2018-10-01")
    #   used <- d$date != as.Date("2018-09-01"); d$level <- as.numeric(post)
    #   d$slope <- ifelse(post, d$t - min(d$t[post & used]), 0)
    #   g <- glm.nb(deaths_civilians ~ t + level + slope + offset(log(days)), data = d[used, ],
    #               control = glm.control(epsilon = 1e-12, maxit = 100))
    #   summary(g)$coefficients; g$theta
    y, days, dates = _idleb_civilians(idleb_monthly)
    its = interrupted_time_series(y, dates, "2018-09-17", exposure=days, family="negbin")
    r_coef = [1.3503480090427209, -0.0283959386148943, -0.7202970761807213, 0.2181921373197688]
    r_se = [0.2920172246655043, 0.0162217716266669, 0.5404642286454797, 0.0587027903727451]
    tab = its.coefficients
    np.testing.assert_allclose(tab["coef"].to_numpy(), r_coef, rtol=1e-5)
    np.testing.assert_allclose(tab["se"].to_numpy(), r_se, rtol=1e-6)
    assert 1 / its.nb_alpha == pytest.approx(1.42076179069658, rel=1e-6)
    assert its.n_excluded == 1 and its.converged


def test_observed_information_standard_errors_option(idleb_monthly):
    # Reference: the inverse of the numerical Hessian (statsmodels approx_hess) of the NB2
    # log-likelihood in (b0, b1, alpha), written here with scipy's nbinom.
    from statsmodels.tools.numdiff import approx_hess

    y, days, _ = _idleb_civilians(idleb_monthly)
    t = np.arange(y.size, dtype=float)
    res = count_trend(y, exposure=days, family="negbin", se="observed")

    def loglik(p):
        mu = days * np.exp(p[0] + p[1] * t)
        return stats.nbinom.logpmf(y, 1 / p[2], 1 / (1 + p[2] * mu)).sum()

    p = np.r_[res.coefficients["coef"].to_numpy(), res.nb_alpha]
    se = np.sqrt(np.diag(np.linalg.inv(-approx_hess(p, loglik))))
    assert res.slope_se == pytest.approx(se[1], rel=1e-4)
    assert res.coefficients.loc["const", "se"] == pytest.approx(se[0], rel=1e-4)
    assert "observed information" in res.method
    # Poisson: one set of standard errors
    assert count_trend(COUNTS, DAYS, se="observed").slope_se == count_trend(COUNTS, DAYS).slope_se
    with pytest.raises(EstimatorInputError, match="se must be"):
        count_trend(COUNTS, se="sandwich")


def test_negbin_fit_on_poisson_counts_reaches_the_poisson_limit():
    # equidispersed counts: the NB2 likelihood is highest at alpha -> 0; that is reported as
    # 0 and the fit is the Poisson one (statsmodels GLM).
    y = np.array([10, 11, 10, 11, 10, 11, 10, 11, 10, 11], dtype=float)
    with pytest.warns(StatisticalWarning, match="10 periods"):
        res = count_trend(y, family="negbin")
    ref = sm.GLM(y, sm.add_constant(np.arange(10.0)), family=sm.families.Poisson()).fit()
    assert res.nb_alpha == 0.0 and res.converged
    assert res.slope == pytest.approx(ref.params[1], abs=1e-6)


def test_cameron_trivedi_statistic_matches_statsmodels():
    from statsmodels.discrete.diagnostic import test_poisson_dispersion

    y = _nb(np.random.default_rng(21), 15 * np.exp(0.01 * np.arange(50)), 0.2, 50)
    ref = sm.GLM(y, sm.add_constant(np.arange(50.0)), family=sm.families.Poisson()).fit()
    disp = test_poisson_dispersion(ref)
    z_ref = disp.statistic[list(disp.method).index("CT nb2")]
    res = count_trend(y, family="negbin")
    assert res.overdispersion_z == pytest.approx(z_ref, rel=1e-9)
    assert res.overdispersion_p == pytest.approx(stats.norm.sf(z_ref), rel=1e-9)
    assert res.dispersion == pytest.approx(ref.pearson_chi2 / ref.df_resid, rel=1e-9)


def test_mann_kendall_tau_is_tau_b_with_ties():
    # ties in the series: tau-b (scipy.stats.kendalltau against time) differs from S / (n(n-1)/2)
    x = [3, 3, 5, 4, 4, 4, 7, 6, 9, 9]
    res = mann_kendall(x)
    ref = stats.kendalltau(np.arange(10), x)
    assert res.tau == pytest.approx(ref.statistic, rel=1e-12)
    assert res.tau != pytest.approx(res.s / 45)
    # R: cor(0:4, c(1, 3, 2, 5, 4), method = "kendall") = 0.6 (no ties: tau-a = tau-b)
    assert mann_kendall([1, 3, 2, 5, 4]).tau == pytest.approx(0.6)


def test_negbin_slope_interval_coverage():
    # 400 seeded NB series (alpha 0.3, 40 months, +2% a month): the 95% Wald interval with R's
    # standard errors covers the slope 93.25% of the time with these seeds (Monte Carlo sd 1.1
    # points): a little short in short series, the dispersion being estimated (see docstring).
    t = np.arange(40.0)
    hits = []
    for seed in range(400):
        y = _nb(np.random.default_rng(1000 + seed), 15 * np.exp(0.02 * t), 0.3, 40)
        res = count_trend(y, family="negbin")
        hits.append(res.lower <= math.exp(0.02) <= res.upper)
    assert 0.92 <= np.mean(hits) <= 0.98


def test_separation_check_runs_only_when_the_fit_diverges(monkeypatch):
    from idlibstats.estimate import trends

    calls = []
    real = trends._separated
    monkeypatch.setattr(trends, "_separated", lambda X, y: calls.append(1) or real(X, y))
    count_trend([3, 0, 4, 6, 0, 5, 8, 7, 0, 9])  # zeros, but a finite MLE: no check
    assert calls == []
    with pytest.warns(ConvergenceWarning, match="degenerate"):
        count_trend([0, 0, 0, 0, 5])  # diverging: checked, and separated
    assert calls == [1]


def test_short_negbin_series_warn_that_intervals_are_approximate():
    rng = np.random.default_rng(3)
    with pytest.warns(StatisticalWarning, match="too narrow"):
        count_trend(_nb(rng, 15, 0.3, 20), family="negbin")
    with warnings.catch_warnings():
        warnings.simplefilter("error", StatisticalWarning)
        count_trend(_nb(rng, 15, 0.3, 40), family="negbin")
        count_trend(rng.poisson(15, 20))  # Poisson Wald intervals: no such warning
