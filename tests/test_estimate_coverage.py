"""Coverage simulations (seeded): the intervals cover the true rate as often as they claim.

Nominal 95%. Garwood is conservative, so its coverage must be at least 93.5% (nominal - 1.5
points) and is typically above 95%; the quasi-Poisson interval for overdispersed (negative
binomial) series must lie within 1.5 points of 95%. Monte Carlo standard error with 2,000
replicates is about 0.5 points.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from idlibstats._paths import REPO_DIR
from idlibstats.estimate import rate_overdispersed, rates

NAN = math.nan

N_SIM = 2_000
NOMINAL = 0.95


@pytest.mark.slow
@pytest.mark.parametrize("true_rate", [0.05, 0.5, 3.0, 40.0])
def test_garwood_coverage_poisson(true_rate):
    rng = np.random.default_rng(20200129)
    exposure = rng.integers(28, 32, N_SIM).astype(float)  # district-months of 28..31 days
    counts = rng.poisson(true_rate * exposure)
    out = rates(pd.DataFrame({"count": counts, "exposure": exposure})).table
    covered = ((out["lower"] <= true_rate) & (true_rate <= out["upper"])).mean()
    print(f"Garwood coverage at rate {true_rate}/day: {covered:.4f}")
    assert covered >= NOMINAL - 0.015


def _nb_series(rng, mean, size, n_days):
    return rng.negative_binomial(size, size / (size + mean), size=(N_SIM, n_days))


@pytest.mark.slow
@pytest.mark.parametrize(("mean", "size"), [(5.0, 2.0), (20.0, 1.0)])
def test_quasi_poisson_coverage_negbin(mean, size):
    rng = np.random.default_rng(17092018)
    series = _nb_series(rng, mean, size, n_days=90)  # 90 days of overdispersed daily deaths
    hits = 0
    for y in series:
        r = rate_overdispersed(y, 1.0)
        hits += r.lower <= mean <= r.upper
    covered = hits / N_SIM
    print(f"quasi-Poisson coverage, NB mean {mean} size {size}: {covered:.4f}")
    assert abs(covered - NOMINAL) <= 0.015
    # The Poisson interval on the same series is far too narrow: that is why this one exists.
    pooled = rates(pd.DataFrame({"count": series.sum(axis=1), "exposure": 90.0})).table
    naive = ((pooled["lower"] <= mean) & (mean <= pooled["upper"])).mean()
    print(f"  Garwood (wrong model) coverage: {naive:.4f}")
    assert naive < NOMINAL - 0.1


# --------------------------------------------------------------------------- reconcile
# The parameter is the common mean of independent reports. Coverage of a one-figure result can
# be computed exactly, summing P(Y = y | mu) over the counts whose interval holds mu.


def _exact_coverage(word, mu, ys):
    from idlibstats.estimate import reconcile

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ivs = [reconcile([word(y)]) for y in ys]
    p = stats.poisson.pmf(ys, mu)
    return float(sum(pi for pi, r in zip(p, ivs, strict=True) if r.lower <= mu <= r.upper))


def test_reconcile_one_tight_floor_covers_exactly_at_every_mean():
    ys = np.arange(0, 80)
    for mu in (0.5, 2.0, 5.0, 11.3, 20.0, 30.0):
        cov = _exact_coverage(lambda y: (y, NAN) if y > 0 else (0, 0), mu, ys)
        assert cov >= 0.95 - 1e-12, (mu, cov)


def test_reconcile_exact_zero_limitation_is_as_documented():
    # one exact count: two-sided Garwood for y > 0, the one-sided 2.996 for y = 0. Just above
    # 2.996 the switch covers 1 - P(Y = 0) - P(Y >= 8) = 93.8% (docstring, warns); elsewhere
    # at least 95%
    ys = np.arange(0, 60)
    cov3 = _exact_coverage(lambda y: (y, y), 3.0, ys)
    assert cov3 == pytest.approx(1 - stats.poisson.pmf(0, 3.0) - stats.poisson.sf(7, 3.0))
    assert round(cov3, 3) == 0.938
    for mu in (0.5, 1.0, 2.0, 2.9, 4.0, 6.0, 10.0, 20.0):
        assert _exact_coverage(lambda y: (y, y), mu, ys) >= 0.95 - 1e-12, mu


@pytest.mark.parametrize(
    ("words", "seed"),
    [
        ("mixed", 1),  # exact, "more than X0", "between X0 and X9"
        ("ceilings", 2),  # two "less than X0"
    ],
)
def test_reconcile_covers_in_a_seeded_simulation(words, seed):
    from idlibstats.estimate import reconcile

    rng = np.random.default_rng(seed)
    mu, n = 30.0, 300
    hits = 0
    for _ in range(n):
        y = rng.poisson(mu, 3)
        floor = [10 * ((int(v) - 1) // 10) for v in y]
        if words == "mixed":
            figs = [(y[0], y[0]), (floor[1] + 1, NAN), (10 * (y[2] // 10), 10 * (y[2] // 10) + 9)]
        else:
            figs = [(NAN, 10 * (y[0] // 10) + 9), (NAN, 10 * (y[1] // 10) + 9)]
        r = reconcile(figs)
        hits += r.lower <= mu <= r.upper
    se = math.sqrt(0.95 * 0.05 / n)
    assert hits / n >= 0.95 - 2 * se


def _coverage_module():
    path = REPO_DIR / "benchmarks" / "coverage_study.py"
    spec = importlib.util.spec_from_file_location("coverage_bench", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["coverage_bench"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_coverage_benchmark_table_and_markdown():
    bench = _coverage_module()
    table = bench.coverage_table(scale=0.005, only={"rate", "figure_interval", "propagate"})
    assert set(table["estimator"]) == {"rate", "figure_interval", "propagate"}
    assert (table["reps"] >= 10).all()
    assert {"cover95", "se95", "cover90", "se90", "flag", "note"} <= set(table.columns)
    assert (table.loc[table["estimator"] == "figure_interval", "cover95"] == 1.0).all()
    md = bench.to_markdown(table, when="2026-12-01")
    assert md.startswith("Measured 2026-12-01")
    assert "| estimator | configuration | reps |" in md and "| stock_growth | no interval" in md
    assert md.count("\n| rate |") == 1
