"""Reconciling sources: interval-censored Poisson / negative binomial likelihood."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from idlibstats.errors import EstimatorInputError
from idlibstats.estimate import ReconcileResult, censored_bounds, reconcile

NAN, INF = math.nan, math.inf
CHI = stats.chi2.ppf(0.95, 1)

# The issue's example: SOHR "more than 1,000", SNHR "at least 1,089", a UN office "between 400
# and 450", an exact UCDP count.
FIGS = pd.DataFrame(
    {
        "value": [1000.0, 1089.0, 425.0, 1120.0],
        "lower": [1000.0, 1089.0, 400.0, 1120.0],
        "upper": [NAN, NAN, 450.0, 1120.0],
        "qualifier": ["more_than", "at_least", "range", "exact"],
        "source": ["SOHR", "SNHR", "UN", "UCDP"],
    },
    index=[11, 12, 13, 14],
)


def _grid_poisson_ll(mu, bounds):
    """Reference log-likelihood written independently: plain scipy pmf / cdf / sf, no logs."""
    ll = np.zeros_like(mu)
    for a, b in bounds:
        if a == b:
            p = stats.poisson.pmf(a, mu)
        elif b == INF:
            p = stats.poisson.sf(a - 1, mu)
        else:
            p = stats.poisson.cdf(b, mu) - stats.poisson.cdf(a - 1, mu)
        ll += np.log(p)
    return ll


def _grid_reference(bounds, lo, hi, step):
    mu = np.arange(lo, hi, step)
    ll = _grid_poisson_ll(mu, bounds)
    inside = mu[2 * (ll.max() - ll) <= CHI]
    return mu[ll.argmax()], inside.min(), inside.max()


def test_censored_bounds():
    assert censored_bounds({"value": 1000.0, "qualifier": "more_than"}) == (1001.0, INF)
    assert censored_bounds({"value": 1089.0, "qualifier": "at_least"}) == (1089.0, INF)
    assert censored_bounds({"value": 50.0, "qualifier": "less_than"}) == (0.0, 49.0)
    assert censored_bounds({"value": 50.0, "qualifier": "at_most"}) == (0.0, 50.0)
    assert censored_bounds({"value": 2000.0, "lower": 2000.0, "qualifier": "vague"}) == (
        2000.0,
        INF,
    )
    assert censored_bounds({"value": 500.0, "qualifier": "approx"}) == (450.0, 550.0)
    assert censored_bounds((NAN, 20)) == (0.0, 20.0)
    assert censored_bounds((3.5, 7.2)) == (4.0, 7.0)


def test_poisson_matches_brute_force_grid():
    r = reconcile(FIGS)
    assert isinstance(r, ReconcileResult) and r.model == "poisson"
    bounds = [(1001, INF), (1089, INF), (400, 450), (1120, 1120)]
    mu, lo, hi = _grid_reference(bounds, 850, 1000, 0.005)
    assert r.estimate == pytest.approx(mu, abs=0.01)
    assert r.lower == pytest.approx(lo, abs=0.01) and r.upper == pytest.approx(hi, abs=0.01)
    assert r.loglik == pytest.approx(_grid_poisson_ll(np.array([r.estimate]), bounds)[0], rel=1e-9)
    # Leave-one-out tail probability of SOHR's "more than 1,000" (label 11): Poisson fit of the
    # other three figures on a grid, then 2 P(Y >= 1001) (the figure is open above, so only the
    # "too small" side counts: P(Y <= inf) = 1).
    mu_r, _, _ = _grid_reference([(1089, INF), (400, 450), (1120, 1120)], 800, 1000, 0.005)
    ref = min(1.0, 2 * stats.poisson.sf(1000, mu_r))
    assert r.figures.loc[11, "tail_p"] == pytest.approx(ref, rel=0.01)
    # The Poisson model treats each source as an independent Poisson draw: a fit that includes
    # the UN's 400..450 is pulled so far below 1,100 that the others are all in its far tail
    # too, so Poisson flags every figure; the negative binomial singles out the outlier
    # (test_negbin_flags_the_outlier_only).
    assert not r.figures["consistent"].any()
    assert list(r.figures.index) == [11, 12, 13, 14]
    assert r.disjoint_pairs == [(11, 13), (12, 13), (13, 14)]
    assert r.figures.loc[13, "disjoint_with"] == "11, 12, 14"


def test_consistent_sources_small_counts():
    figs = [(41, NAN), (NAN, 60), (45, 55), (50, 50)]  # at least 41, at most 60, 45..55, 50
    r = reconcile(figs)
    mu, lo, hi = _grid_reference([(41, INF), (0, 60), (45, 55), (50, 50)], 20, 90, 0.001)
    assert r.estimate == pytest.approx(mu, abs=0.002)
    assert r.lower == pytest.approx(lo, abs=0.002) and r.upper == pytest.approx(hi, abs=0.002)
    assert r.figures["consistent"].all() and r.disjoint_pairs == []
    # leave-one-out tail probability of the exact 50 (label 3): grid Poisson fit of the other
    # three figures, then 2 min(P(Y <= 50), P(Y >= 50)) under it (capped at 1)
    mu_r, _, _ = _grid_reference([(41, INF), (0, 60), (45, 55)], 20, 90, 0.001)
    p = 2 * min(stats.poisson.cdf(50, mu_r), stats.poisson.sf(49, mu_r))
    assert r.figures.loc[3, "tail_p"] == pytest.approx(min(p, 1.0), rel=1e-3)


def test_single_exact_count_is_likelihood_ratio_interval():
    # one exact count y = 5: MLE 5, interval {mu: 2 (y ln(y/mu) - y + mu) <= chi2}
    r = reconcile([(5, 5)])
    assert r.estimate == pytest.approx(5, abs=1e-6)
    g = lambda m: 2 * (5 * math.log(5 / m) - 5 + m) - CHI  # noqa: E731
    from scipy.optimize import brentq

    assert r.lower == pytest.approx(brentq(g, 0.1, 5), abs=1e-6)
    assert r.upper == pytest.approx(brentq(g, 5, 50), abs=1e-6)


def test_negbin_matches_grid_and_reconciles():
    r = reconcile(FIGS, model="negbin")
    assert r.model == "negbin" and r.size > 0
    # reference: 2-D grid over (mu, log size) with plain nbinom probabilities
    mu = np.geomspace(300, 30_000, 2500)[:, None]
    size = np.geomspace(0.05, 1e6, 600)[None, :]
    p = size / (size + mu)
    with np.errstate(divide="ignore"):
        ll = (
            np.log(stats.nbinom.sf(1000, size, p))
            + np.log(stats.nbinom.sf(1088, size, p))
            + np.log(stats.nbinom.cdf(450, size, p) - stats.nbinom.cdf(399, size, p))
            + np.log(stats.nbinom.pmf(1120, size, p))
        )
    i, j = np.unravel_index(ll.argmax(), ll.shape)
    assert r.estimate == pytest.approx(mu[i, 0], rel=0.01)
    assert r.size == pytest.approx(size[0, j], rel=0.05)
    assert r.loglik == pytest.approx(ll.max(), abs=1e-3)
    prof = ll.max(axis=1)
    inside = mu[:, 0][2 * (ll.max() - prof) <= CHI]
    assert r.lower == pytest.approx(inside.min(), rel=0.01)
    assert r.upper == pytest.approx(inside.max(), rel=0.01)
    # leave-one-out: the three figures near 1,100 agree (large size), so the UN's 400..450 is
    # in the far tail of their fit; each of the others is compatible with the remaining three
    assert r.figures["consistent"].tolist() == [True, True, False, True]
    assert len(r.disjoint_pairs) == 3


def test_only_lower_bounds_gives_lower_bound():
    r = reconcile([(1001, NAN), (1089, NAN)])
    assert r.bound == "lower" and r.upper == INF and r.estimate == 1089
    # one-sided limit: P(Y >= 1001) P(Y >= 1089) = exp(-chi2_1(0.90) / 2)
    target = -stats.chi2.ppf(0.90, 1) / 2
    ll = np.log(stats.poisson.sf(1000, r.lower)) + np.log(stats.poisson.sf(1088, r.lower))
    assert ll == pytest.approx(target, abs=1e-6)


def test_only_upper_bounds_gives_upper_bound():
    r = reconcile([(NAN, 10), (NAN, 20)])
    assert r.bound == "upper" and r.estimate == 0 and r.lower == 0
    ll = np.log(stats.poisson.cdf(10, r.upper)) + np.log(stats.poisson.cdf(20, r.upper))
    assert ll == pytest.approx(-stats.chi2.ppf(0.90, 1) / 2, abs=1e-6)


def test_repr_and_frame():
    r = reconcile(FIGS)
    assert "\n" not in repr(r) and "model='poisson'" in repr(r)
    frame = r.to_frame()
    assert frame.shape[0] == 1 and "figures" not in frame and "disjoint_pairs" not in frame


def test_bad_input():
    with pytest.raises(EstimatorInputError, match="empty"):
        reconcile([])
    with pytest.raises(EstimatorInputError, match="model"):
        reconcile([(5, 5)], model="zip")
    with pytest.raises(EstimatorInputError, match="lower 9 > upper 3"):
        reconcile([(9, 3)])
    with pytest.raises(EstimatorInputError, match="negative"):
        reconcile([(-1, 3)])
    with pytest.raises(EstimatorInputError, match="no whole count"):
        reconcile([(3.2, 3.8)])
    with pytest.raises(EstimatorInputError, match="qualifier"):
        reconcile([{"value": 3.0, "qualifier": "maybe"}])


def test_leave_one_out_flags_the_outlier_only():
    # three figures near 1,100 and one "between 400 and 450": the 400..450 figure is the one in
    # the far tail of what the others jointly support (negative binomial: the three agree, so
    # the size of their fit is large and their spread small)
    figs = [(400, 450), (1100, 1100), (1110, 1110), (1120, 1120)]
    nb = reconcile(figs, model="negbin")
    assert nb.figures["consistent"].tolist() == [False, True, True, True]
    # reference for the 1,100 (label 1): NB fit of {400..450, 1110, 1120} on a 2-D grid with
    # plain scipy nbinom, then 2 min(P(Y <= 1100), P(Y >= 1100)) at the maximum
    mu = np.geomspace(300, 5000, 3000)[:, None]
    size = np.geomspace(0.05, 1e4, 800)[None, :]
    p = size / (size + mu)
    with np.errstate(divide="ignore"):
        ll = (
            np.log(stats.nbinom.cdf(450, size, p) - stats.nbinom.cdf(399, size, p))
            + np.log(stats.nbinom.pmf(1110, size, p))
            + np.log(stats.nbinom.pmf(1120, size, p))
        )
    i, j = np.unravel_index(ll.argmax(), ll.shape)
    m, k = mu[i, 0], size[0, j]
    ref = 2 * min(stats.nbinom.cdf(1100, k, k / (k + m)), stats.nbinom.sf(1099, k, k / (k + m)))
    assert nb.figures.loc[1, "tail_p"] == pytest.approx(min(ref, 1.0), abs=0.01)
    # The Poisson model treats each source as an independent Poisson draw: leaving out any one
    # of the 1,1xx figures, the fit still includes 400..450 and sits near 880, far below it.
    pois = reconcile(figs)
    assert not pois.figures["consistent"].any()


def test_leave_one_out_with_open_reduced_sets():
    # the others are only lower bounds: one-sided, at their largest lower bound (1089):
    # tail_p of "1000..1010" is 2 P(Y <= 1010 | Poisson 1089); a figure far *above* them
    # (2000..2100) is not extreme: the others allow any larger count
    r = reconcile([(1001, NAN), (1089, NAN), (1000, 1010)])
    assert r.figures.loc[2, "tail_p"] == pytest.approx(2 * stats.poisson.cdf(1010, 1089), rel=1e-6)
    assert not r.figures.loc[2, "consistent"]  # 2 P(Y <= 1010 | 1089) = 0.017
    r = reconcile([(1001, NAN), (1089, NAN), (2000, 2100)])
    assert r.figures.loc[2, "tail_p"] == 1.0 and r.figures.loc[2, "consistent"]
    # the others are only upper bounds: at their smallest upper bound (10), "too large" only:
    # exact 17 -> 2 P(Y >= 17 | 10) = 0.054 (kept); exact 19 -> 2 P(Y >= 19 | 10) = 0.014 (flagged)
    for y, ok in ((17, True), (19, False)):
        r = reconcile([(NAN, 10), (NAN, 20), (y, y)])
        assert r.figures.loc[2, "tail_p"] == pytest.approx(2 * stats.poisson.sf(y - 1, 10))
        assert bool(r.figures.loc[2, "consistent"]) is ok
    # a single figure: nothing to compare against, never flagged
    one = reconcile([(5, 5)])
    assert math.isnan(one.figures.loc[0, "tail_p"]) and one.figures["consistent"].all()


@pytest.mark.parametrize("other", [(30, NAN), (1000, NAN)])
def test_negbin_open_upper_limit_warns_instead_of_crashing(other):
    # "at most 10" and "at least 30": with the NB size floor k = 0.01 the count can be so skewed
    # that both stay likely for any large mu, so no finite upper limit exists
    from idlibstats.errors import StatisticalWarning

    with pytest.warns(StatisticalWarning, match="upper limit is open"):
        r = reconcile([(0, 10), other], model="negbin")
    assert r.upper == INF and r.lower < r.estimate and "size floor" in r.method
    assert r.bound == "two-sided"
    with pytest.warns(StatisticalWarning, match="upper limit is open"):
        up = reconcile([(NAN, 10)], model="negbin")
    assert up.bound == "upper" and up.upper == INF


def test_results_compare_with_equals():
    assert reconcile(FIGS) == reconcile(FIGS)
    assert reconcile(FIGS) != reconcile(FIGS, model="negbin")
