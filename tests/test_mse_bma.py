"""Model averaging over decomposable graphs against R's dga 2.0.2 (``bma.cr``), numbers from
``../shared/reference/mse/dga_results.json`` and the posterior CSVs beside it (README there).

Posterior over N = ``colSums(weights)``; quantile q = the smallest N with cumulative >= q.
"""

from __future__ import annotations

import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy.special import gammaln

from idlibstats.errors import EstimatorInputError, StatisticalWarning
from idlibstats.mse import capture_table, decomposable_graphs, mse_bma


@pytest.fixture(scope="module")
def dga(mse_reference):
    return json.loads((mse_reference / "dga_results.json").read_text())


def run(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StatisticalWarning)
        return mse_bma(*args, **kwargs)


def dims(graph: str, lists) -> str:
    """Our clique labels in dga's dim numbers: "[EXH,ABA]" -> "[1,2]"."""
    index = {name: str(i + 1) for i, name in enumerate(lists)}
    return re.sub(r"[^\[\],]+", lambda m: index[m.group(0)], graph)


def check_summary(r, ref, tol=1e-9):
    s = ref["summary"]
    assert r.estimate == s["posterior_median_N"]
    assert (r.lower, r.upper) == (s["quantiles_N"]["q0.025"], s["quantiles_N"]["q0.975"])
    assert r.mean == pytest.approx(s["posterior_mean_N"], rel=tol)
    assert r.sd == pytest.approx(s["posterior_sd_N"], rel=1e-7)
    assert r.map == s["MAP_N"]
    assert r.relative_loss == pytest.approx(s["bayes_relative_sq_loss_N"], rel=tol)
    assert r.posterior["posterior"].iloc[-1] == pytest.approx(s["prob_at_grid_max"], rel=1e-6)
    assert r.posterior["posterior"].max() == pytest.approx(s["MAP_prob"], rel=1e-8)
    top = r.models.head(len(s["top_models"]))
    for (_, ours), theirs in zip(top.iterrows(), s["top_models"], strict=True):
        assert dims(ours["graph"], r.lists) == theirs["cliques"]
        assert ours["posterior_prob"] == pytest.approx(theirs["posterior_prob"], rel=1e-6)
        assert ours["mean"] == pytest.approx(theirs["posterior_mean_N"], rel=1e-9)
        assert ours["map"] == theirs["MAP_N"]


def test_graph_counts_match_dga():
    # data(graphs3); data(graphs4); data(graphs5): 8, 61 and 822 decomposable graphs
    assert [len(decomposable_graphs(k)) for k in (3, 4, 5)] == [8, 61, 822]


def test_five_list_example(mse_reference, dga):
    ref = dga["example5"]
    t = capture_table(pd.read_csv(mse_reference / ref["csv"]))
    # bma.cr(Y, Nmissing=1:300, delta=0.5, graphs=graphs5): median 616, [588, 655]
    r = run(t, delta=0.5, missing=range(1, 301))
    assert (r.estimate, r.lower, r.upper) == (616, 588, 655)
    assert r.n_graphs == 822 and r.n_observed == 537
    check_summary(r, ref)
    post = pd.read_csv(mse_reference / ref["posterior_csv"])
    np.testing.assert_array_equal(r.posterior["N"], post["N"])
    np.testing.assert_allclose(r.posterior["posterior"], post["posterior"], rtol=1e-8, atol=1e-15)
    q = ref["summary"]["quantiles_N"]
    r90 = run(t, delta=0.5, missing=range(1, 301), alpha=0.1)
    assert (r90.lower, r90.upper) == (q["q0.05"], q["q0.95"])


def test_three_list_example_with_dga_prior(mse_reference, dga):
    ref = dga["example3"]
    t = capture_table(pd.read_csv(mse_reference / ref["csv"]))
    a, b = 13.14, 55.17

    def log_prior(N):  # the call's logprior <- N*log(b) - (N+a)*log(1+b) + lgamma(N+a) - ...
        return (
            N * np.log(b) - (N + a) * np.log(1 + b) + gammaln(N + a) - gammaln(N + 1) - gammaln(a)
        )

    # bma.cr(Y, Nmissing=1:300, delta=1, graphs3, logprior): median 731, [682, 797]
    r = run(t, delta=1, missing=range(1, 301), log_prior=log_prior)
    assert (r.estimate, r.lower, r.upper) == (731, 682, 797)
    check_summary(r, ref)
    assert round(r.models["posterior_prob"].iloc[0], 2) == 0.37  # dga's own test expectation
    post = pd.read_csv(mse_reference / ref["posterior_csv"])
    np.testing.assert_allclose(r.posterior["posterior"], post["posterior"], rtol=1e-8, atol=1e-15)
    # the same prior given as one value per grid point
    grid = r.n_observed + np.arange(1, 301)
    same = run(t, delta=1, missing=range(1, 301), log_prior=log_prior(grid))
    np.testing.assert_allclose(same.posterior["posterior"], r.posterior["posterior"])
    # bma.cr(Y, Nmissing=1:300, delta=1, graphs3)  # default logprior: median 732, [682, 798]
    check_summary(run(t, delta=1, missing=range(1, 301)), ref["default_prior_variant"])


def test_kosovo(mse_reference, dga):
    ref = dga["kosovo"]
    t = capture_table(pd.read_csv(mse_reference / ref["csv"]))
    # bma.cr(Yk, Nmissing=0:22000, delta=2^-4, graphs4): median 12595, [9827, 16544]
    r = run(t, delta=2**-4, missing=range(0, 22001))
    assert (r.estimate, r.lower, r.upper) == (12595, 9827, 16544)
    check_summary(r, ref, tol=1e-8)
    assert r.delta == 2**-4 == run(t, missing=range(0, 22001)).delta  # default 2**-k
    post = pd.read_csv(mse_reference / ref["posterior_csv"])  # only points with posterior > 1e-6
    ours = r.posterior.set_index("N").loc[post["N"], "posterior"].to_numpy()
    np.testing.assert_allclose(ours, post["posterior"], rtol=1e-5)  # the CSV has 6 digits
    assert "no interaction among all 4 lists" in r.method


def test_strata_posterior_is_the_convolution():
    a = pd.DataFrame(
        {"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1], "C": [1, 0, 1, 0, 1, 0, 1],
         "count": [60, 50, 12, 70, 15, 14, 4]}
    )  # fmt: skip
    b = a.assign(count=[30, 20, 9, 41, 8, 10, 5])
    t = capture_table(pd.concat([a.assign(g="a"), b.assign(g="b")]), strata="g")
    ra, rb = (run(x, delta=1, missing=range(0, 801)) for x in (a, b))
    r = run(t, delta=1, missing=range(0, 801))
    # P(total missing = s) = sum_j P_a(j) P_b(s - j), by direct summation
    pa, pb = ra.posterior["posterior"].to_numpy(), rb.posterior["posterior"].to_numpy()
    s = 700
    direct = sum(pa[j] * pb[s - j] for j in range(s + 1))
    got = r.posterior.set_index("missing").loc[s, "posterior"]
    assert got == pytest.approx(direct, rel=1e-6)
    assert r.n_observed == ra.n_observed + rb.n_observed
    assert ra.estimate + rb.estimate - 20 < r.estimate < ra.estimate + rb.estimate + 20
    assert list(r.strata["stratum"]) == ["a", "b"] and "convolution" in r.method


def test_refusals_and_warnings():
    t = pd.DataFrame(
        {"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1], "C": [1, 0, 1, 0, 1, 0, 1],
         "count": [60, 50, 12, 70, 15, 14, 4]}
    )  # fmt: skip
    with pytest.raises(EstimatorInputError, match="at least 3 lists"):
        mse_bma(pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [3, 4, 5]}))
    for bad in ([3, 2, 1], [-1, 0], [0.5, 1], []):
        with pytest.raises(EstimatorInputError, match="missing"):
            mse_bma(t, missing=bad)
    with pytest.raises(EstimatorInputError, match="delta"):
        mse_bma(t, delta=0)
    with pytest.raises(EstimatorInputError, match="log_prior"):
        mse_bma(t, missing=range(10), log_prior=[0.0, 1.0])
    with pytest.warns(StatisticalWarning, match="end of the grid"):
        mse_bma(t, delta=1, missing=range(0, 50))


@pytest.mark.slow
def test_credible_interval_covers_under_independence():
    # 150 seeded tables of N=400 people on 3 independent lists; 95% posterior interval
    rng = np.random.default_rng(16)
    N, hits, reps = 400, 0, 150
    for _ in range(reps):
        people = pd.DataFrame(
            (rng.random((N, 3)) < [0.3, 0.4, 0.5]).astype(int), columns=list("ABC")
        )
        r = run(capture_table(people[people.sum(axis=1) > 0]), missing=range(0, 1500))
        hits += r.lower <= N <= r.upper
    assert 0.90 <= hits / reps <= 0.995
