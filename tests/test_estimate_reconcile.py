"""Reconciling sources: interval-censored Poisson / negative binomial likelihood."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.optimize import brentq

from idlibstats.errors import (
    EstimatorInputError,
    IdlibstatsDeprecationWarning,
    StatisticalWarning,
)
from idlibstats.estimate import (
    Interval,
    ReconcileResult,
    censored_bounds,
    rate_from_figure,
    reconcile,
)

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


def test_old_model_argument_warns_and_still_works():
    with pytest.warns(IdlibstatsDeprecationWarning, match="use family="):
        old = reconcile(FIGS, model="negbin")
    assert old == reconcile(FIGS, family="negbin")
    with pytest.warns(IdlibstatsDeprecationWarning, match=r"\.family"):
        assert old.model == "negbin"


def test_censored_bounds_is_an_interval_that_unpacks():
    b = censored_bounds({"value": 1000.0, "qualifier": "more_than"})
    assert isinstance(b, Interval) and b.bound == "lower" and b.estimate == 1001.0
    lo, hi = b
    assert (lo, hi) == (1001.0, INF)


def test_censored_bounds():
    assert tuple(censored_bounds({"value": 1000.0, "qualifier": "more_than"})) == (1001.0, INF)
    assert tuple(censored_bounds({"value": 1089.0, "qualifier": "at_least"})) == (1089.0, INF)
    assert tuple(censored_bounds({"value": 50.0, "qualifier": "less_than"})) == (0.0, 49.0)
    assert tuple(censored_bounds({"value": 50.0, "qualifier": "at_most"})) == (0.0, 50.0)
    assert tuple(censored_bounds({"value": 2000.0, "lower": 2000.0, "qualifier": "vague"})) == (
        2000.0,
        INF,
    )
    assert tuple(censored_bounds({"value": 500.0, "qualifier": "approx"})) == (450.0, 550.0)
    assert tuple(censored_bounds((NAN, 20))) == (0.0, 20.0)
    assert tuple(censored_bounds((3.5, 7.2))) == (4.0, 7.0)


def test_poisson_matches_brute_force_grid():
    with pytest.warns(StatisticalWarning, match="no mean is compatible"):
        r = reconcile(FIGS)
    assert isinstance(r, ReconcileResult) and r.family == "poisson"
    bounds = [(1001, INF), (1089, INF), (400, 450), (1120, 1120)]
    mu, _, _ = _grid_reference(bounds, 850, 1000, 0.005)
    assert r.estimate == pytest.approx(mu, abs=0.01)
    # interval: the exact test of the sums. Lower ends of the four figures sum to
    # 1001 + 1089 + 400 + 1120 = 3610, upper ends of the two bounded ones to 450 + 1120 = 1570:
    # no mean passes both one-sided tests at 2.5% (poisson root of P(S >= 3610 | 4 m) = 0.025
    # is 873.3, above the root 824.8 of P(S <= 1570 | 2 m) = 0.025), so the interval is empty
    lo = brentq(lambda m: stats.poisson.sf(3609, 4 * m) - 0.025, 700, 1000)
    hi = brentq(lambda m: stats.poisson.cdf(1570, 2 * m) - 0.025, 700, 1000)
    assert lo == pytest.approx(873.3, abs=0.05) and hi == pytest.approx(824.8, abs=0.05)
    assert math.isnan(r.lower) and math.isnan(r.upper) and "empty" in r.method
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
    assert r.disjoint_pairs == ((11, 13), (12, 13), (13, 14))
    assert r.figures.loc[13, "disjoint_with"] == "11, 12, 14"


def test_consistent_sources_small_counts():
    figs = [(41, NAN), (NAN, 60), (45, 55), (50, 50)]  # at least 41, at most 60, 45..55, 50
    r = reconcile(figs)
    mu, _, _ = _grid_reference([(41, INF), (0, 60), (45, 55), (50, 50)], 20, 90, 0.001)
    assert r.estimate == pytest.approx(mu, abs=0.002)
    # exact test of the sums: the three figures bounded below have lower ends 41 + 45 + 50 =
    # 136, the three bounded above upper ends 60 + 55 + 50 = 165; each side at 2.5%
    lo = brentq(lambda m: stats.poisson.sf(135, 3 * m) - 0.025, 1, 100)
    hi = brentq(lambda m: stats.poisson.cdf(165, 3 * m) - 0.025, 1, 100)
    assert r.lower == pytest.approx(lo, rel=1e-9) and r.upper == pytest.approx(hi, rel=1e-9)
    assert r.bound == "two-sided" and "Garwood" in r.method
    assert r.figures["consistent"].all() and r.disjoint_pairs == ()
    # leave-one-out tail probability of the exact 50 (label 3): grid Poisson fit of the other
    # three figures, then 2 min(P(Y <= 50), P(Y >= 50)) under it (capped at 1)
    mu_r, _, _ = _grid_reference([(41, INF), (0, 60), (45, 55)], 20, 90, 0.001)
    p = 2 * min(stats.poisson.cdf(50, mu_r), stats.poisson.sf(49, mu_r))
    assert r.figures.loc[3, "tail_p"] == pytest.approx(min(p, 1.0), rel=1e-3)


def test_single_exact_count_is_garwood():
    # one exact count y = 5 is the exact Poisson interval, as rate(5, 1) gives it
    # R: poisson.test(5)$conf.int -> 1.62348639011842 11.66833207932267
    r = reconcile([(5, 5)])
    assert r.estimate == pytest.approx(5, abs=1e-6)
    assert r.lower == pytest.approx(1.62348639011842, rel=1e-12)
    assert r.upper == pytest.approx(11.66833207932267, rel=1e-12)


def test_negbin_matches_grid_and_reconciles():
    r = reconcile(FIGS, family="negbin")
    assert r.family == "negbin" and r.size > 0
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
    # interval: the sums' test maximised over the sizes in the 99.9% profile-likelihood set
    # (Berger-Boos, 0.001 taken off alpha), by brute force on the same grid. Lower ends of the
    # four figures sum to 3610: S ~ NB(4 m, 4 k), P(S >= 3610) = 0.025 - 0.0005
    prof_k = ll.max(axis=0)
    in_set = size[0][prof_k >= ll.max() - stats.chi2.ppf(0.999, 1) / 2]
    assert r.method.count("<= k <=") == 1
    m = np.geomspace(50, 1000, 3000)[:, None]
    k = np.geomspace(in_set.min(), in_set.max(), 400)[None, :]
    p_low = stats.nbinom.sf(3609, 4 * k, k / (k + m)).max(axis=1)
    ref_lower = m[np.argmax(p_low >= 0.0245), 0]
    assert r.lower == pytest.approx(ref_lower, rel=0.02)
    assert r.upper > 1e6  # 450 + 1120 over two figures with sizes down to ~0.07: nearly open
    # leave-one-out: the three figures near 1,100 agree (large size), so the UN's 400..450 is
    # in the far tail of their fit; each of the others is compatible with the remaining three
    assert r.figures["consistent"].tolist() == [True, True, False, True]
    assert len(r.disjoint_pairs) == 3


def test_only_lower_bounds_gives_lower_bound():
    r = reconcile([(1001, NAN), (1089, NAN)])
    # estimate: the smallest mean the wording allows, (1001 + 1089) / 2; lower: one-sided exact
    # limit of the sum. R: poisson.test(2090, 2, alternative="greater")$conf.int[1]
    assert r.bound == "lower" and r.upper == INF and r.estimate == 1045
    assert r.lower == pytest.approx(1007.68790575588, rel=1e-12)


def test_only_upper_bounds_gives_upper_bound():
    r = reconcile([(NAN, 10), (NAN, 20)])
    # R: poisson.test(30, 2, alternative="less")$conf.int[2] -> 20.3452537972248
    assert r.bound == "upper" and r.estimate == 15 and r.lower == 0
    assert r.upper == pytest.approx(20.3452537972248, rel=1e-12)


FLOOR = {"value": 1300.0, "lower": 1300.0, "upper": NAN, "qualifier": "more_than"}


@pytest.mark.parametrize(
    "row",
    [
        FLOOR,
        {"value": 1089.0, "lower": 1089.0, "upper": NAN, "qualifier": "at_least"},
        {"value": 2000.0, "lower": 2000.0, "upper": NAN, "qualifier": "vague"},
        {"value": 50.0, "lower": NAN, "upper": 50.0, "qualifier": "less_than"},
        {"value": 50.0, "lower": NAN, "upper": 50.0, "qualifier": "at_most"},
        {"value": 425.0, "lower": 400.0, "upper": 450.0, "qualifier": "range"},
        {"value": 500.0, "lower": NAN, "upper": NAN, "qualifier": "approx"},
        {"value": 24.0, "lower": 24.0, "upper": 24.0, "qualifier": "exact"},
    ],
)
def test_one_figure_equals_rate_from_figure(row):
    r = reconcile([row])
    ref = rate_from_figure({**row, "duration_days": 1.0})
    assert (r.lower, r.upper, r.bound) == (ref.lower, ref.upper, ref.bound)


def test_more_than_1300_is_the_garwood_bound():
    # "more than 1,300" is a count >= 1301; R: qchisq(0.05, 2 * 1301) / 2 -> 1242.24508394202
    r = reconcile([(1301, NAN)])
    assert r.lower == pytest.approx(1242.24508394202, rel=1e-12)
    assert reconcile([FLOOR]).lower == r.lower and r.estimate == 1301


def test_exact_zero_is_the_exact_one_sided_limit():
    # R: qchisq(0.95, 2) / 2 -> 2.99573227355399 (= -log(0.05), the "rule of three")
    with pytest.warns(StatisticalWarning, match="one-sided upper limit"):
        r = reconcile([(0, 0)])
    assert r.upper == pytest.approx(2.99573227355399, rel=1e-12)
    assert r.bound == "upper" and r.lower == 0 and r.estimate == 0


def test_no_bounds_at_all_raises():
    with pytest.raises(EstimatorInputError, match="neither side"):
        reconcile([(NAN, NAN)])
    with pytest.raises(EstimatorInputError, match="figure 1 bounds the count on neither side"):
        reconcile([(5, 5), (None, None)])


def _floors(rng, mu, n_sim, n_reports, model="poisson", size=None):
    """Independent reports of mean mu, each worded as a floor: the count rounded down to 10."""
    if model == "poisson":
        y = rng.poisson(mu, size=(n_sim, n_reports))
    else:
        y = rng.negative_binomial(size, size / (size + mu), size=(n_sim, n_reports))
    return 10 * (y // 10)


@pytest.mark.parametrize("mu", [30.0, 1000.0])
def test_two_floors_cover_in_a_seeded_simulation(mu):
    # The parameter is the common mean of the reports: draw two Poisson reports, word each as
    # "at least" the count rounded down to a multiple of 10, and check the one-sided 95% limit.
    rng = np.random.default_rng(9)
    floors = _floors(rng, mu, 400, 2)
    hits = [reconcile([(f1, NAN), (f2, NAN)]).lower <= mu for f1, f2 in floors]
    assert np.mean(hits) >= 0.94


@pytest.mark.slow
def test_two_floors_cover_2000_replications():
    rng = np.random.default_rng(10)
    for mu in (30.0, 1000.0):
        floors = 1.0 * rng.poisson(mu, size=(2000, 2))  # tight floors: the worst case
        hits = [reconcile([(f1, NAN), (f2, NAN)]).lower <= mu for f1, f2 in floors]
        assert np.mean(hits) >= 0.94


def test_negbin_floor_covers_in_a_seeded_simulation():
    rng = np.random.default_rng(11)
    floors = _floors(rng, 200.0, 150, 1, "negbin", size=2.0)
    hits = [reconcile([(f[0], NAN)], family="negbin").lower <= 200.0 for f in floors]
    assert np.mean(hits) >= 0.94


def test_repr_and_frame():
    with pytest.warns(StatisticalWarning, match="no mean is compatible"):
        r = reconcile(FIGS)
    assert "\n" not in repr(r) and "family='poisson'" in repr(r)
    frame = r.to_frame()
    assert frame.shape[0] == 1 and "figures" not in frame and "disjoint_pairs" not in frame


def test_bad_input():
    with pytest.raises(EstimatorInputError, match="empty"):
        reconcile([])
    with pytest.raises(EstimatorInputError, match="family"):
        reconcile([(5, 5)], family="zip")
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
    nb = reconcile(figs, family="negbin")
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
        r = reconcile([(0, 10), other], family="negbin")
    assert r.upper == INF and r.lower < r.estimate and "size floor" in r.method
    assert r.bound == "two-sided"
    with pytest.warns(StatisticalWarning, match="upper limit is open"):
        up = reconcile([(NAN, 10)], family="negbin")
    assert up.bound == "upper" and up.upper == INF


def test_results_compare_with_equals():
    with pytest.warns(StatisticalWarning, match="no mean is compatible"):
        assert reconcile(FIGS) == reconcile(FIGS)
        assert reconcile(FIGS) != reconcile(FIGS, family="negbin")
