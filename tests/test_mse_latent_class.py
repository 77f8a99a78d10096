"""Latent-class MSE (Manrique-Vallier 2016) against R's LCMCR 0.4.14 on Kosovo, plus unit tests.

R reference (../shared/reference/mse/lcmcr_results.json, R 4.2.2, LCMCR 0.4.14, GSL 2.7.1):

    m <- lcmCR(captures=kosovo_aggregate, tabular=FALSE, in_list_label='1',
               not_in_list_label='0', K=10, a_alpha=0.25, b_alpha=0.25, seed=SEED, verbose=FALSE)
    N <- lcmCR_PostSampl(m, burnin=10000, samples=10000, thinning=100, output=FALSE)
    quantile(N, c(0.025, 0.5, 0.975))      # SEED in 1, 2, 3, 12345, 2024

Over the five seeds the median ranges over [10376, 10422] (sd 18.7), the 2.5% quantile over
[8763.0, 8959.0] (sd 84.6) and the 97.5% quantile over [13721.5, 14026.2] (sd 119.3). Our sampler
has the same model but another random stream, so one of our runs is compared with that range
widened by three Monte Carlo standard errors of our own run (ArviZ's MCSE, which uses the
effective sample size of the draws).

What agrees, measured over 40 chains of 1,010,000 iterations here (2026-12-02; two starts, with
and without extra label-swap and collapsed-concentration moves): the median (10,422 on average
over chains against R's mean 10,404, 2.0 standard errors) and the 97.5% quantile (13,818
against 13,863, 0.8 standard errors) agree within Monte Carlo error, and 39 of the 40 medians
pass the median test below. The 2.5% quantile does not quite: 9,009 on average over chains
against R's 8,860, 3.5 standard errors apart (exact Mann-Whitney p = 0.004), and 4 of the 40
chains fail the quantile test below. That test is not a sharp one: ArviZ's MCSE of one chain's
2.5% quantile (55-75) is below the chain-to-chain sd (123, skewed by chains with a long
excursion to low N), so a sampler with R's distribution would fail it now and then too. Seed 0,
the one tested, passes. The start and the extra moves do not explain the gap, and without R on
this machine it is open (README). That the sampler itself is right is tested exactly: for K=2
on small tables the posterior of N can be computed by enumeration, and the draws reproduce it.
"""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from arviz_stats.base import array_stats
from scipy import stats
from scipy.special import betaln, gammaln, roots_genlaguerre

from idlibstats import ConvergenceWarning, EstimatorInputError, StatisticalWarning
from idlibstats.mse import LatentClassResult, capture_table, mse_latent_class

# R range over the five seeds: (min, max) of each posterior statistic (lcmcr_results.json).
R_MEDIAN = (10376.0, 10422.0)
R_Q025 = (8762.975, 8959.0)
R_Q975 = (13721.45, 14026.2)

SMALL = pd.DataFrame(
    {
        "A": [0, 0, 0, 1, 1, 1, 1],
        "B": [0, 1, 1, 0, 0, 1, 1],
        "C": [1, 0, 1, 0, 1, 0, 1],
        "count": [45, 70, 30, 105, 45, 70, 30],  # 500 x P(pattern), lists independent
    }
)
FAST = {"burnin": 200, "samples": 200, "thinning": 2}


@pytest.fixture(scope="module")
def kosovo(mse_reference) -> pd.DataFrame:
    return pd.read_csv(mse_reference / "kosovo_4lists.csv")


@pytest.fixture(scope="module")
def kosovo_full(kosovo) -> LatentClassResult:
    """The full LCMCR run of the R reference (1,010,000 iterations), seed 0."""
    return mse_latent_class(kosovo, K=10, a_alpha=0.25, b_alpha=0.25, seed=0)


def _quiet(*args, **kwargs) -> LatentClassResult:
    """A short run, which may well warn that it is short."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return mse_latent_class(*args, **kwargs)


@pytest.mark.slow
def test_kosovo_median_within_r_spread(kosovo_full):
    r = kosovo_full
    assert r.n_observed == 4400
    tol = 3 * r.mcse_median
    assert 0 < r.mcse_median < 50  # about 20 with ESS ~1,000
    assert R_MEDIAN[0] - tol <= r.estimate <= R_MEDIAN[1] + tol, (r.estimate, tol)


@pytest.mark.slow
def test_kosovo_quantiles_near_r(kosovo_full):
    r = kosovo_full
    x = r.draws["N"].to_numpy(dtype=float)[None, :]
    for value, prob, (lo, hi) in ((r.lower, 0.025, R_Q025), (r.upper, 0.975, R_Q975)):
        mcse = float(array_stats.mcse(x, method="quantile", prob=prob))
        assert lo - 3 * mcse <= value <= hi + 3 * mcse, (prob, value, mcse)


@pytest.mark.slow
def test_kosovo_draws_match_r_seed1_in_distribution(kosovo_full, mse_reference):
    """Two-sample Kolmogorov-Smirnov test against R's 10,000 draws of seed 1.

    Both chains are autocorrelated, which makes KS far too eager to reject; each chain is thinned
    to about its effective sample size first (ESS from ArviZ), so the test is a loose check that
    the two posteriors are the same distribution, not a digit-for-digit comparison.
    """
    ours = kosovo_full.draws["N"].to_numpy()
    r_draws = pd.read_csv(mse_reference / "lcmcr_kosovo_seed1_draws.csv")["N"].to_numpy()
    thinned = []
    for d in (ours, r_draws):
        ess = float(array_stats.ess(d[None, :].astype(float)))
        thinned.append(d[:: int(np.ceil(len(d) / ess))])
    assert stats.ks_2samp(*thinned).pvalue > 0.001
    # and the posterior mean and sd are in R's range, loosely (R: mean 10609-10681, sd 1240-1506)
    assert abs(ours.mean() - 10652.9) < 200
    assert 1000 < ours.std() < 1800


def _exact_posterior_k2(patterns, counts, a_alpha=0.25, b_alpha=0.25):
    """Exact posterior of N for the model with K=2 classes, by enumeration (a derivation).

    With V ~ Beta(1, a) (pi = V, 1 - V), a ~ Gamma(a_alpha, rate b_alpha), lambda_jk ~ Beta(1, 1),
    p(N) ∝ 1/N for n <= N <= 21 n (the sampler's bound), and n0 = N - n people on no list:

        p(N | x) ∝ (1/N) N!/n0! sum over splits of every cell's count between the classes of
                   prod_cells C(count, split) prod_jk B(1 + h_jk, 1 + s_k - h_jk)
                   E_a[a B(1 + s_1, a + s_2)]

    (s_k = people in class k, h_jk = those of them on list j; the lambdas and V integrate out
    in closed form, a by generalized Gauss-Laguerre quadrature). The splits of the observed
    cells enter only through (s_1, h_11, ..., h_J1), summed by dynamic programming.
    """
    n, n_lists = int(counts.sum()), patterns.shape[1]
    hits = (patterns * counts[:, None]).sum(axis=0)
    states = {(0,) * (1 + n_lists): 0.0}  # (s_1, h_11..h_J1) -> log sum of split weights
    for x, c in zip(patterns, counts, strict=True):
        new = {}
        for st, lw in states.items():
            for a in range(c + 1):
                key = (st[0] + a, *(st[1 + j] + a * x[j] for j in range(n_lists)))
                w = lw + gammaln(c + 1) - gammaln(a + 1) - gammaln(c - a + 1)
                new[key] = np.logaddexp(new.get(key, -np.inf), w)
        states = new
    s1 = np.array([k[0] for k in states])
    h1 = np.array([k[1:] for k in states])
    log_w = np.array(list(states.values()))
    nodes, weights = roots_genlaguerre(60, a_alpha - 1)
    a = nodes / b_alpha
    log_q = np.log(weights) - gammaln(a_alpha) + np.log(a)
    n_values = np.arange(n, 21 * n + 1)
    log_p = np.empty(len(n_values))
    for i, N in enumerate(n_values):
        n0, t = N - n, np.arange(N + 1)
        log_g = np.logaddexp.reduce(log_q + betaln(1 + t[:, None], a + (N - t)[:, None]), axis=1)
        u = np.arange(n0 + 1)  # of the n0 unseen, u in class 1
        t1 = s1[:, None] + u
        tot = log_w[:, None] + gammaln(n0 + 1) - gammaln(u + 1) - gammaln(n0 - u + 1) + log_g[t1]
        for j in range(n_lists):
            h = h1[:, j][:, None]
            tot += betaln(1 + h, 1 + t1 - h) + betaln(1 + hits[j] - h, 1 + N - t1 - hits[j] + h)
        log_p[i] = gammaln(N) - gammaln(n0 + 1) + np.logaddexp.reduce(tot.ravel())
    p = np.exp(log_p - log_p.max())
    return n_values, p / p.sum()


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::idlibstats.StatisticalWarning")  # tiny tables: sparse
@pytest.mark.parametrize("counts", [[3, 2, 1, 3, 1, 0, 2], [4, 3, 0, 5, 1, 1, 1]])
def test_k2_draws_reproduce_the_exact_posterior(counts):
    """With K=2 the posterior of N is exact by enumeration (above): the draws match its mean
    within 4 MCSE and its distribution function at every decile within 4 binomial standard
    errors of the effective sample size. This checks every full conditional (n0, classes,
    lambdas, sticks, concentration) and the 1/N prior, independently of R: on the first table a
    concentration prior of shape 1.25 instead of 0.25 moves the exact mean by 0.25 (15 MCSE), a
    flat prior on N by 1.09."""
    table = SMALL[["A", "B", "C"]].assign(count=counts)
    values, p = _exact_posterior_k2(table[["A", "B", "C"]].to_numpy(), table["count"].to_numpy())
    r = mse_latent_class(table, K=2, burnin=5000, samples=100_000, thinning=5, seed=7)
    d = r.draws["N"].to_numpy()
    exact_mean = float((values * p).sum())
    assert abs(d.mean() - exact_mean) < 4 * float(array_stats.mcse(d[None].astype(float))), (
        d.mean(),
        exact_mean,
    )
    cdf = np.cumsum(p)
    for q in np.arange(0.1, 1.0, 0.1):
        v = values[np.searchsorted(cdf, q)]
        f = cdf[values == v][0]
        assert abs((d <= v).mean() - f) < 4 * np.sqrt(f * (1 - f) / r.ess), (v, f)


def test_result_fields_are_the_draw_summaries():
    r = mse_latent_class(SMALL, burnin=500, samples=2000, thinning=5, seed=3)
    d = r.draws["N"].to_numpy()
    assert isinstance(r, LatentClassResult)
    assert r.estimate == np.median(d)
    assert (r.lower, r.upper) == tuple(np.quantile(d, [0.025, 0.975]))
    assert r.mean == pytest.approx(d.mean()) and r.sd == pytest.approx(d.std(ddof=1))
    assert d.min() >= r.n_observed == 395
    assert list(r.draws.columns) == ["chain", "draw", "N"]
    assert np.isnan(r.rhat) and r.chains == 1 and r.K == 10
    assert "latent class" in r.method and "independent within" in r.method
    assert r.alpha == 0.05 and r.bound == "two-sided"
    frame = r.to_frame()
    assert len(frame) == 1 and "draws" not in frame.columns
    assert "LatentClassResult(estimate=" in repr(r)


def test_alpha_sets_the_quantiles():
    r90 = mse_latent_class(SMALL, burnin=500, samples=2000, thinning=5, seed=3, alpha=0.1)
    d = r90.draws["N"].to_numpy()
    assert (r90.lower, r90.upper) == tuple(np.quantile(d, [0.05, 0.95]))
    assert "90%" in r90.method


def test_same_seed_same_draws_other_seed_other_draws():
    a = _quiet(SMALL, seed=11, **FAST)
    b = _quiet(SMALL, seed=11, **FAST)
    c = _quiet(SMALL, seed=12, **FAST)
    np.testing.assert_array_equal(a.draws["N"], b.draws["N"])
    assert not np.array_equal(a.draws["N"], c.draws["N"])


@pytest.mark.filterwarnings("ignore::idlibstats.ConvergenceWarning")
def test_chains_are_independent_streams_with_rhat():
    r = mse_latent_class(SMALL, burnin=500, samples=1000, thinning=2, seed=5, chains=3)
    assert r.chains == 3 and len(r.draws) == 3000
    per_chain = [g["N"].to_numpy() for _, g in r.draws.groupby("chain")]
    assert not np.array_equal(per_chain[0], per_chain[1])
    assert 0.98 < r.rhat < 1.2  # short chains: near 1, not below it
    # streams are spawned children of the seed: chain 0 is the one-chain run, more chains add to it
    one = mse_latent_class(SMALL, burnin=500, samples=1000, thinning=2, seed=5)
    np.testing.assert_array_equal(one.draws["N"], per_chain[0])


def test_one_row_per_person_counts_patterns():
    rows = SMALL.loc[SMALL.index.repeat(SMALL["count"]), ["A", "B", "C"]].sample(
        frac=1, random_state=0
    )
    a = _quiet(SMALL, seed=2, **FAST)
    b = _quiet(rows, seed=2, **FAST)
    np.testing.assert_array_equal(a.draws["N"], b.draws["N"])
    # zero-count rows, duplicated patterns and row order do not change the table
    messy = pd.concat([SMALL.iloc[::-1], SMALL.assign(count=0)], ignore_index=True)
    c = _quiet(messy, seed=2, **FAST)
    np.testing.assert_array_equal(a.draws["N"], c.draws["N"])


def test_capture_table_lists_and_strata():
    t = SMALL.assign(region="north")
    a = _quiet(SMALL, seed=4, **FAST)
    b = _quiet(capture_table(t, lists=["A", "B", "C"]), seed=4, **FAST)
    np.testing.assert_array_equal(a.draws["N"], b.draws["N"])
    assert a.lists == ("A", "B", "C") and a.missing == a.estimate - 395


@pytest.mark.filterwarnings("ignore::idlibstats.ConvergenceWarning")
def test_strata_are_estimated_separately_and_summed():
    two = pd.concat([SMALL.assign(region="north"), SMALL.assign(region="south")])
    r = mse_latent_class(capture_table(two, strata="region"), seed=4, **FAST)
    assert list(r.strata["stratum"]) == ["north", "south"]
    assert list(r.strata["n_observed"]) == [395, 395] and r.n_observed == 790
    assert "strata estimated separately" in r.method
    # the strata have the same table but independent streams, and the total is their sum
    north, south = r.strata.itertuples()
    assert north.estimate != south.estimate or north.upper != south.upper
    assert north.lower + south.lower < r.estimate < north.upper + south.upper
    assert r.draws["N"].min() >= 790


def test_independent_lists_recover_n():
    """Three independent lists, homogeneous capture 0.3: N = 3,000 is inside the interval and the
    median is within 10% (the posterior sd is about 3% of N here)."""
    rng = np.random.default_rng(8)
    caught = rng.random((3000, 3)) < 0.3
    seen = pd.DataFrame(caught[caught.any(axis=1)].astype(int), columns=["A", "B", "C"])
    r = mse_latent_class(seen, burnin=2000, samples=2000, thinning=5, seed=1)
    assert r.lower <= 3000 <= r.upper
    assert abs(r.estimate - 3000) < 300


def test_lists_that_never_overlap_warn_and_stay_below_the_bound():
    """No one on two lists: the data cannot bound N; the sparse-overlap warning names the pairs
    (and points at this file), and n0 stays at most 20 n, LCMCR 0.4.14's truncation."""
    apart = capture_table(pd.DataFrame({"A": [1, 0, 0], "B": [0, 1, 0], "C": [0, 0, 1],
                                        "count": [50, 50, 50]}))  # fmt: skip
    with pytest.warns(StatisticalWarning, match="sparse overlaps") as caught:
        r = _quiet(apart, seed=0, **FAST)
    assert any(w.filename == __file__ for w in caught)
    assert r.draws["N"].max() <= 21 * 150
    assert r.estimate > 5 * 150


def test_short_runs_warn_about_convergence():
    with pytest.warns(ConvergenceWarning, match="ESS"):
        mse_latent_class(SMALL, burnin=10, samples=20, thinning=1, seed=0)


@pytest.mark.parametrize(
    ("table", "match"),
    [
        (pd.DataFrame({"A": [0, 1, 1], "B": [1, 0, 1], "count": [5, 6, 7]}), "at least 3 lists"),
        (SMALL.assign(C=SMALL["C"] * 2), r"column 'C' must hold 0/1.*rows \[0, 2, 4, 6\]"),
        (SMALL.assign(count=[45, 70, -1, 105, 45, 70, 30]), r"'count'.*rows \[2\]"),
        (SMALL.assign(count=[45, 70, 1.5, 105, 45, 70, 30]), "whole numbers"),
        (SMALL.assign(count=[45, 70, "x", 105, 45, 70, 30]), r"'count'.*rows \[2\]"),
        (pd.concat([SMALL, pd.DataFrame([{"A": 0, "B": 0, "C": 0, "count": 5}])]), "none of"),
        (SMALL.assign(D=0), r"list\(s\) \['D'\] record nobody"),
        (SMALL.assign(D=1), r"list\(s\) \['D'\] hold every recorded person"),
        (SMALL.to_numpy(), "DataFrame"),
    ],
)
def test_bad_tables_are_refused(table, match):
    with pytest.raises(EstimatorInputError, match=match):
        mse_latent_class(table, **FAST)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"K": 1}, "K must be"),
        ({"K": 2.5}, "K must be"),
        ({"thinning": 0}, "thinning"),
        ({"samples": 1}, "samples"),
        ({"burnin": -1}, "burnin"),
        ({"seed": -3}, "seed"),
        ({"chains": 0}, "chains"),
        ({"a_alpha": 0}, "a_alpha"),
        ({"b_alpha": float("inf")}, "b_alpha"),
        ({"alpha": 1.5}, "alpha=1.5 must"),
    ],
)
def test_bad_arguments_are_refused(kwargs, match):
    with pytest.raises(EstimatorInputError, match=match):
        mse_latent_class(SMALL, **{**FAST, **kwargs})


# ------------------------------------------------------------- coverage by seeded simulation
def _coverage_module():
    """benchmarks/mse_coverage.py, the simulation study (benchmarks is not a package)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "mse_coverage.py"
    spec = importlib.util.spec_from_file_location("mse_coverage", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_mse_intervals_cover_when_their_assumptions_hold():
    """20 seeded tables of N = 2,000 on 4 independent lists, every method's model holds: each
    95% interval covers N in at least 80% of them (binomial sd at 95% and 20 draws: 4.9 points,
    so 80% is 3 sd below nominal)."""
    table = _coverage_module().mse_coverage(replications=20, scenarios=("independent",))
    at95 = table[table["level"] == 0.95].set_index("estimator")["coverage"]
    assert len(at95) == 4
    assert (at95 >= 0.8).all(), at95


@pytest.mark.slow
def test_independence_interval_fails_under_hidden_classes():
    """The same study with a hard-to-reach class (35% of people): the independence model's
    interval misses N almost always, and the latent-class median is closer to N than Mt's."""
    table = _coverage_module().mse_coverage(replications=8, scenarios=("two classes",))
    t = table[table["level"] == 0.95].set_index("estimator")
    assert t.loc["mse_loglinear (Mt)", "coverage"] <= 0.25
    ratio = t["median_estimate_ratio"]
    assert abs(1 - ratio["mse_latent_class (short run)"]) < abs(1 - ratio["mse_loglinear (Mt)"])
