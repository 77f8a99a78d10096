"""Coverage simulations (seeded): the intervals cover the true rate as often as they claim.

Nominal 95%. Garwood is conservative, so its coverage must be at least 93.5% (nominal - 1.5
points) and is typically above 95%; the quasi-Poisson interval for overdispersed (negative
binomial) series must lie within 1.5 points of 95%. Monte Carlo standard error with 2,000
replicates is about 0.5 points.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from idlibstats.estimate import rate_overdispersed, rates

N_SIM = 2_000
NOMINAL = 0.95


@pytest.mark.slow
@pytest.mark.parametrize("true_rate", [0.05, 0.5, 3.0, 40.0])
def test_garwood_coverage_poisson(true_rate):
    rng = np.random.default_rng(20200129)
    exposure = rng.integers(28, 32, N_SIM).astype(float)  # district-months of 28..31 days
    counts = rng.poisson(true_rate * exposure)
    out = rates(pd.DataFrame({"count": counts, "exposure": exposure}))
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
    pooled = rates(pd.DataFrame({"count": series.sum(axis=1), "exposure": 90.0}))
    naive = ((pooled["lower"] <= mean) & (mean <= pooled["upper"])).mean()
    print(f"  Garwood (wrong model) coverage: {naive:.4f}")
    assert naive < NOMINAL - 0.1
