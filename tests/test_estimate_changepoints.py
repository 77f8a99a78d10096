"""Tests of idlibstats.estimate.changepoints: count costs for ruptures, PELT/binseg, segments."""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats
from statsmodels.stats.rates import confint_poisson

from idlibstats.errors import (
    EstimatorInputError,
    IdlibstatsDeprecationWarning,
    OverdispersionWarning,
)
from idlibstats.estimate.changepoints import (
    ChangepointResult,
    NegBinCost,
    PoissonCost,
    detect_changepoints,
)


def _nb(rng, mu, a, size):
    """NB2 draws with mean mu and var mu + a mu^2."""
    return rng.negative_binomial(1 / a, 1 / (1 + a * np.asarray(mu)), size)


def _planted(seed=0, n1=30, n2=30, r1=5.0, r2=15.0):
    return np.random.default_rng(seed).poisson(np.r_[np.full(n1, r1), np.full(n2, r2)])


# ------------------------------------------------------------------------------------- costs


def test_poisson_cost_hand_derived():
    # y = 2, 4, 3 (exposure 1): rate 3, log-lik = 9 log 3 - 9 - log(2! 4! 3!) = 9 log 3 - 9
    # - log 288, so the cost is -2 * (9.887511 - 9 - 5.662960) = 9.550900.
    c = PoissonCost().fit(np.array([2.0, 4.0, 3.0]))
    assert c.error(0, 3) == pytest.approx(-2 * (9 * math.log(3) - 9 - math.log(288)), rel=1e-12)
    assert c.error(0, 3) == pytest.approx(9.550900, abs=1e-6)
    # a single zero-count period costs 0 (its rate is 0 and P(0 | 0) = 1)
    assert PoissonCost().fit(np.array([0.0, 5.0])).error(0, 1) == 0.0


def test_poisson_cost_with_exposure_matches_scipy():
    rng = np.random.default_rng(4)
    e = rng.uniform(28, 31, 20)
    y = rng.poisson(0.5 * e).astype(float)
    c = PoissonCost().fit(np.column_stack([y, e]))
    for s, t in [(0, 20), (3, 11), (11, 12)]:
        rate = y[s:t].sum() / e[s:t].sum()
        ref = -2 * stats.poisson.logpmf(y[s:t], rate * e[s:t]).sum()
        assert c.error(s, t) == pytest.approx(ref, rel=1e-10)


@pytest.mark.parametrize("equal_exposure", [True, False])
def test_negbin_cost_matches_scipy(equal_exposure):
    rng = np.random.default_rng(6)
    e = np.full(25, 30.0) if equal_exposure else rng.uniform(28, 31, 25)
    y = _nb(rng, 0.4 * e, 0.3, 25).astype(float)
    a = 0.3
    c = NegBinCost(a).fit(np.column_stack([y, e]))
    for s, t in [(0, 25), (5, 17), (20, 21)]:
        mu = y[s:t].sum() / e[s:t].sum() * e[s:t]
        k = 1 / a
        ref = -2 * stats.nbinom.logpmf(y[s:t], k, k / (k + mu)).sum()
        assert c.error(s, t) == pytest.approx(ref, rel=1e-10)


# ---------------------------------------------------------------------------- segmentation


def _brute_force(cost, n, pen, min_size):
    """Minimum penalised cost over every segmentation (reference for PELT's exact optimum)."""
    best = (math.inf, None)
    for k in range(n):
        for cut in itertools.combinations(range(min_size, n - min_size + 1), k):
            b = [0, *cut, n]
            if any(t - s < min_size for s, t in itertools.pairwise(b)):
                continue
            v = sum(cost.error(s, t) for s, t in itertools.pairwise(b)) + pen * (k + 1)
            if v < best[0] - 1e-9:
                best = (v, list(cut))
    return best


def test_pelt_finds_the_exact_optimum_of_the_penalised_cost():
    y = np.random.default_rng(9).poisson([3, 4, 2, 9, 11, 8, 10, 2, 3, 1, 4, 12, 10, 11])
    for pen in (2.0, 5.0, 2 * math.log(14)):
        res = detect_changepoints(y, family="poisson", penalty=pen, min_size=2)
        value, cut = _brute_force(PoissonCost().fit(y.astype(float)), 14, pen, 2)
        assert list(res.breakpoints) == cut
        assert res.cost + pen * (res.estimate + 1) == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("method", ["pelt", "binseg"])
@pytest.mark.parametrize("family", ["poisson", "negbin"])
def test_recovers_a_planted_break(method, family):
    dates = pd.date_range("2016-01-01", periods=60, freq="MS")
    res = detect_changepoints(_planted(), dates=dates, family=family, search=method)
    assert isinstance(res, ChangepointResult)
    assert res.estimate == 1 and abs(res.breakpoints[0] - 30) <= 1
    assert abs((res.break_dates[0] - pd.Timestamp("2018-07-01")).days) <= 31
    seg = res.segments
    assert list(res.summary().columns[:3]) == ["estimate", "lower", "upper"]
    assert res.summary()["estimate"].tolist() == seg["rate"].tolist()
    assert seg["count"].sum() == _planted().sum() and seg["n_periods"].sum() == 60
    assert seg.loc[0, "lower"] < 5 < seg.loc[0, "upper"]
    assert seg.loc[1, "lower"] < 15 < seg.loc[1, "upper"]
    assert seg.loc[0, "start"] == dates[0] and seg.loc[1, "end"] == dates[-1]


def test_planted_break_recovered_in_most_seeded_series():
    found = [detect_changepoints(_planted(seed=s)).breakpoints for s in range(50)]
    # the planted break is found (within one period) nearly always; a spurious extra break
    # appears in about 10% of series at the BIC penalty (see the constant-series test)
    assert np.mean([any(abs(b - 30) <= 1 for b in bk) for bk in found]) >= 0.9
    assert np.mean([len(bk) == 1 for bk in found]) >= 0.8


def test_segment_intervals_are_exact_poisson():
    y = _planted(seed=2)
    e = np.r_[np.full(30, 31.0), np.full(30, 30.0)]
    res = detect_changepoints(y, exposure=e, family="poisson")
    for _, row in res.segments.iterrows():
        lo, hi = confint_poisson(row["count"], row["exposure"], method="exact-c")
        assert row["rate"] == pytest.approx(row["count"] / row["exposure"])
        assert (row["lower"], row["upper"]) == pytest.approx((lo, hi), rel=1e-9)
    # 90% intervals are narrower
    narrow = detect_changepoints(y, exposure=e, family="poisson", alpha=0.1).segments
    assert (narrow["upper"] - narrow["lower"] < res.segments["upper"] - res.segments["lower"]).all()


def test_no_break_on_a_constant_series():
    assert detect_changepoints(np.full(40, 10)).breakpoints == ()
    res = detect_changepoints(np.full(40, 10), family="negbin")
    assert res.estimate == 0 and len(res.segments) == 1
    # seeded constant-rate Poisson series: the BIC penalty (2 log n per segment) keeps false
    # breaks rare (about 10% of n = 60 series)
    false = [
        detect_changepoints(np.random.default_rng(s).poisson(10, 60)).estimate > 0
        for s in range(100)
    ]
    assert np.mean(false) <= 0.18


def test_exposure_explains_a_jump_in_counts():
    # counts triple because exposure triples; the rate is constant -> no break with exposure
    e = np.r_[np.full(30, 10.0), np.full(30, 30.0)]
    y = np.random.default_rng(1).poisson(e)
    assert detect_changepoints(y).estimate >= 1
    assert detect_changepoints(y, exposure=e).estimate == 0


def test_negbin_copes_with_overdispersion_where_poisson_oversegments():
    rng = np.random.default_rng(3)
    y = np.r_[_nb(rng, 5, 0.1, 30), _nb(rng, 20, 0.1, 30)]
    with pytest.warns(OverdispersionWarning, match="overdispersed"):
        pois = detect_changepoints(y, family="poisson")
    nb = detect_changepoints(y, family="negbin")
    assert pois.estimate > nb.estimate
    # the default follows the data: the NB cost, and the result says why
    auto = detect_changepoints(y)
    assert auto.family == "negbin" and auto.breakpoints == nb.breakpoints
    assert auto.family_reason.startswith("auto: counts overdispersed")
    assert auto.overdispersion_p < 0.05
    assert nb.estimate == 1 and abs(nb.breakpoints[0] - 30) <= 2
    assert 0.02 < nb.nb_alpha < 0.5 and "maximum likelihood" in nb.nb_alpha_method
    fixed = detect_changepoints(y, family="negbin", nb_alpha=0.1)
    assert fixed.nb_alpha == 0.1 and fixed.nb_alpha_method == "given"


def test_negbin_dispersion_is_the_ml_estimate():
    # one segment with equal exposure: the NB2 ML of alpha with mu = mean(y) equals the joint
    # ML of the intercept-only statsmodels NegativeBinomial model.
    y = _nb(np.random.default_rng(12), 10, 0.4, 80)
    res = detect_changepoints(y, family="negbin", penalty=1e6)
    assert res.estimate == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = sm.NegativeBinomial(y, np.ones(80), loglike_method="nb2").fit(disp=0, maxiter=500)
    assert res.nb_alpha == pytest.approx(ref.params[-1], rel=1e-4)


def test_series_input_and_to_frame():
    dates = pd.date_range("2016-01-01", periods=60, freq="MS")
    res = detect_changepoints(pd.Series(_planted(), index=dates))
    assert res.break_dates == (dates[res.breakpoints[0]],)
    row = res.to_frame()
    assert len(row) == 1 and "segments" not in row.columns and row.loc[0, "estimate"] == 1
    assert "ChangepointResult(breaks=1 at (" in repr(res)


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        ({"counts": [1, -1, 3, 4]}, "counts.*negative"),
        ({"counts": [1, np.nan, 3, 4]}, "counts.*NaN"),
        ({"counts": [1, 2, 3, 4], "exposure": [1, 0, 1, 1]}, "exposure"),
        ({"counts": [1, 2, 3, 4], "exposure": [1, 1]}, "exposure.*length"),
        ({"counts": [1, 2, 3]}, "2 \\* min_size"),
        ({"counts": [1, 2, 3, 4], "penalty": "aic"}, "penalty"),
        ({"counts": [1, 2, 3, 4], "penalty": -1.0}, "penalty"),
        ({"counts": [1, 2, 3, 4], "search": "dynp"}, "search"),
        ({"counts": [1, 2, 3, 4], "min_size": 0}, "min_size"),
        ({"counts": [1, 2, 3, 4], "dates": ["2019-01-01"]}, "dates.*length"),
        ({"counts": [1, 2, 3, 4], "family": "negbin", "nb_alpha": 0.0}, "nb_alpha"),
    ],
)
def test_bad_input(kw, match):
    with pytest.raises(EstimatorInputError, match=match):
        detect_changepoints(**kw)


def test_changepoints_on_ucdp_idlib_deaths(idleb_monthly):
    """Real monthly UCDP deaths in Idleb governorate (bundled dataset)."""
    idlib = idleb_monthly
    y, days = idlib["deaths_best"].to_numpy(float), idlib["days"].to_numpy(float)
    dates = pd.DatetimeIndex(idlib["period_start"])
    with pytest.warns(OverdispersionWarning):
        pois = detect_changepoints(y, exposure=days, dates=dates, family="poisson")
    nb = detect_changepoints(y, exposure=days, dates=dates, family="negbin")
    assert detect_changepoints(y, exposure=days, dates=dates).family == "negbin"
    # monthly deaths are far more variable than Poisson: the Poisson cost cuts the series
    # into many segments, the NB cost into far fewer
    assert nb.estimate < pois.estimate
    for res in (pois, nb):
        assert res.segments["count"].sum() == y.sum()
        assert (res.segments["lower"] <= res.segments["rate"]).all()
        assert (res.segments["rate"] <= res.segments["upper"]).all()


@settings(max_examples=40, deadline=None)
@given(
    y=st.lists(st.integers(0, 60), min_size=4, max_size=30),
    family=st.sampled_from(["auto", "poisson", "negbin"]),
)
def test_segments_partition_the_series_property(y, family):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # all-zero or tiny series may hit optimiser edges
        res = detect_changepoints(y, family=family)
    seg = res.segments
    assert seg["count"].sum() == sum(y) and seg["n_periods"].sum() == len(y)
    assert (seg["n_periods"] >= 2).all()
    assert (seg["lower"] <= seg["rate"] + 1e-12).all() and (seg["rate"] <= seg["upper"]).all()
    assert list(res.breakpoints) == seg["start_index"].tolist()[1:]


# ------------------------------------------------------------------ vectorised PELT, auto family


def _ruptures_pelt(cost, signal, min_size, pen):
    import ruptures as rpt

    algo = rpt.Pelt(custom_cost=cost, min_size=min_size, jump=1).fit(signal)
    return [int(b) for b in algo.predict(pen=pen)][:-1]


@pytest.mark.parametrize("exposure", ["one", "days", "continuous"])
@pytest.mark.parametrize("family", ["poisson", "negbin"])
def test_vectorised_pelt_gives_ruptures_pelt_breaks(family, exposure):
    # Reference: ruptures' own Pelt searching the same cost one segment at a time.
    for seed in range(6):
        rng = np.random.default_rng(40 + seed)
        mu = np.repeat(rng.uniform(2, 30, 4), 15)
        e = {
            "one": np.ones(60),
            "days": rng.choice([28.0, 29.0, 30.0, 31.0], 60),
            "continuous": rng.uniform(0.5, 2.0, 60),
        }[exposure]
        y = _nb(rng, mu * e, 0.2, 60).astype(float)
        signal = np.column_stack([y, e])
        for pen, min_size in ((2 * math.log(60), 2), (3.0, 1), (20.0, 3)):
            cost = PoissonCost() if family == "poisson" else NegBinCost(0.2)
            kw = {"nb_alpha": 0.2} if family == "negbin" else {}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", OverdispersionWarning)
                res = detect_changepoints(
                    y, exposure=e, family=family, penalty=pen, min_size=min_size, **kw
                )
            assert list(res.breakpoints) == _ruptures_pelt(cost, signal, min_size, pen)


@pytest.mark.parametrize("levels", [1, 4, 40])
def test_search_costs_are_the_segment_costs_up_to_additive_terms(levels):
    # C(s, t) - search_costs(s, t) must be A(t) - A(s) for one function A of the period
    rng = np.random.default_rng(levels)
    e = rng.choice(np.linspace(28, 31, levels), 40) if levels > 1 else np.full(40, 30.0)
    y = _nb(rng, 0.5 * e, 0.3, 40).astype(float)
    for cost in (PoissonCost(), NegBinCost(0.3)):
        cost.fit(np.column_stack([y, e]))
        starts = np.arange(0, 30)
        diff = np.array([cost.error(s, 35) for s in starts]) - cost.search_costs(starts, 35)
        a = np.r_[
            0.0, [cost.error(0, t) - cost.search_costs(np.array([0]), t)[0] for t in starts[1:]]
        ]
        np.testing.assert_allclose(diff, diff[0] - a, rtol=1e-9, atol=1e-7)


def test_negbin_cost_with_days_in_month_exposure_matches_scipy():
    # four distinct exposures: the per-value prefix-sum path (the uniform-exposure test above
    # covers the general, per-period path)
    rng = np.random.default_rng(8)
    e = rng.choice([28.0, 29.0, 30.0, 31.0], 30)
    y = _nb(rng, 0.4 * e, 0.3, 30).astype(float)
    c = NegBinCost(0.3).fit(np.column_stack([y, e]))
    for s, t in [(0, 30), (4, 19), (29, 30)]:
        mu = y[s:t].sum() / e[s:t].sum() * e[s:t]
        ref = -2 * stats.nbinom.logpmf(y[s:t], 1 / 0.3, 1 / (1 + 0.3 * mu)).sum()
        assert c.error(s, t) == pytest.approx(ref, rel=1e-10)


def test_default_does_not_invent_breaks_in_stationary_overdispersed_counts():
    # issue 9: stationary NB counts (mean 20, alpha 0.5, 60 periods); seeded.
    found = []
    for s in range(200):
        res = detect_changepoints(_nb(np.random.default_rng(s), 20, 0.5, 60))
        found.append(res.estimate > 0)
        assert res.family == "negbin"  # the test sees the overdispersion every time
    assert np.mean(found) <= 0.10  # 0.07 with these seeds (Poisson cost: every series)


def test_default_still_recovers_a_doubling():
    # mean 20 -> 40 at period 30, NB alpha 0.5: a break is found in >= 85% of series (0.88
    # with these seeds). Where it falls is imprecise at this noise (the per-period log-sd is
    # about 0.7): within 6 periods of 30 in about 70%.
    mu = np.r_[np.full(30, 20.0), np.full(30, 40.0)]
    bk = [
        detect_changepoints(_nb(np.random.default_rng(10_000 + s), mu, 0.5, 60)).breakpoints
        for s in range(200)
    ]
    assert np.mean([len(b) > 0 for b in bk]) >= 0.85
    assert np.mean([any(abs(b - 30) <= 6 for b in x) for x in bk]) >= 0.65


def test_forcing_poisson_on_overdispersed_counts_warns():
    y = _nb(np.random.default_rng(1), 20, 0.5, 60)
    with pytest.warns(OverdispersionWarning, match="Cameron-Trivedi"):
        res = detect_changepoints(y, family="poisson")
    assert res.family == "poisson" and res.estimate > 5  # noise read as change points
    assert res.family_reason.startswith("asked for") and res.overdispersion_p < 0.05
    # Poisson counts: no warning, and the default picks the Poisson cost
    with warnings.catch_warnings():
        warnings.simplefilter("error", OverdispersionWarning)
        auto = detect_changepoints(_planted(seed=5))
        forced = detect_changepoints(_planted(seed=5), family="poisson")
    assert auto.family == "poisson" and "not overdispersed" in auto.family_reason
    assert auto.breakpoints == forced.breakpoints


def test_unidentified_dispersion_is_reported_as_such():
    res = detect_changepoints([0] * 20, family="negbin")
    assert math.isnan(res.nb_alpha) and res.nb_alpha_method.startswith("not identified")
    assert res.estimate == 0 and res.segments["upper"].iloc[0] > 0
    # equidispersed: the maximum is at the Poisson limit, reported as 0, not as 1e-8
    flat = detect_changepoints(np.full(40, 10), family="negbin")
    assert flat.nb_alpha == 0.0 and "Poisson limit" in flat.nb_alpha_method
    # the default on all zeros: nothing to test, so the Poisson cost
    assert detect_changepoints([0] * 20).family == "poisson"


def test_nb_alpha_with_poisson_family_is_an_error():
    with pytest.raises(EstimatorInputError, match="nb_alpha"):
        detect_changepoints([1, 2, 3, 4], family="poisson", nb_alpha=0.1)


def test_old_argument_names_warn_and_still_work():
    y = _planted()
    with pytest.warns(IdlibstatsDeprecationWarning, match="use search="):
        old = detect_changepoints(y, method="binseg")
    assert old == detect_changepoints(y, search="binseg") and old.search == "binseg"
    with pytest.warns(IdlibstatsDeprecationWarning, match="use nb_alpha="):
        old = detect_changepoints(y, dispersion=0.1)
    assert old == detect_changepoints(y, nb_alpha=0.1) and old.nb_alpha == 0.1
    with pytest.raises(EstimatorInputError, match="pass search= only"):
        detect_changepoints(y, search="binseg", method="pelt")
