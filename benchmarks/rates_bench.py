"""Benchmark: Garwood rates for 100,000 groups in one call vs what a user would write instead.

Baselines (same run, same arrays), both vectorised over all groups, as a user would call them:

* ``scipy.stats.chi2.ppf`` on whole arrays: the Garwood limits written out by hand,
  ``chi2.ppf(a/2, 2k) / 2 / e`` and ``chi2.ppf(1 - a/2, 2k + 2) / 2 / e``, scaled per month;
* ``statsmodels.stats.rates.confint_poisson(count, exposure, method="exact-c")`` on whole
  arrays.

Ours, ``idlibstats.estimate.rates``, also checks the input and returns a table (the groups'
count, exposure, rate, lower, upper), so parity or a little slower is the honest expectation.
The three are checked to agree. Ratios printed are our time / the baseline's (below 1: we are
faster), as in the other benchmarks. Best of ``REPEAT`` runs each, alternated.

Run: ``.venv/bin/python benchmarks/rates_bench.py``
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.rates import confint_poisson

from idlibstats.estimate import rates

N_GROUPS = 100_000
REPEAT = 5
ALPHA = 0.05
PER_MONTH = 365.25 / 12


def main() -> None:
    rng = np.random.default_rng(0)
    # district-month-like groups: overdispersed counts, 28..31 days of exposure
    df = pd.DataFrame(
        {
            "count": rng.negative_binomial(1.5, 1.5 / (1.5 + 8.0), N_GROUPS),
            "exposure": rng.integers(28, 32, N_GROUPS).astype(float),
        }
    )
    count, expo = df["count"].to_numpy(), df["exposure"].to_numpy()

    def scipy_garwood():
        k = count.astype(float)
        lo = np.where(k > 0, stats.chi2.ppf(ALPHA / 2, 2 * k) / 2, 0.0)
        hi = stats.chi2.ppf(1 - ALPHA / 2, 2 * k + 2) / 2
        return lo / expo * PER_MONTH, hi / expo * PER_MONTH

    def sm_confint():
        lo, hi = confint_poisson(count, expo, method="exact-c", alpha=ALPHA)
        return lo * PER_MONTH, hi * PER_MONTH

    runs = {"ours": lambda: rates(df, per="month"), "scipy": scipy_garwood, "sm": sm_confint}
    times = {name: [] for name in runs}
    out = {}
    for _ in range(REPEAT):
        for name, func in runs.items():
            t0 = time.perf_counter()
            out[name] = func()
            times[name].append(time.perf_counter() - t0)
    best = {name: min(t) for name, t in times.items()}

    ours = out["ours"]
    for name in ("scipy", "sm"):
        lo, hi = out[name]
        np.testing.assert_allclose(ours["lower"].to_numpy(), np.nan_to_num(lo), rtol=1e-6)
        np.testing.assert_allclose(ours["upper"].to_numpy(), hi, rtol=1e-6)

    print(f"groups: {N_GROUPS:,} (best of {REPEAT})")
    print(f"idlibstats.rates (checks + table):          {best['ours']:8.4f} s")
    print(
        f"scipy.stats.chi2.ppf Garwood, vectorised:   {best['scipy']:8.4f} s  "
        f"ours / this {best['ours'] / best['scipy']:.2f}x"
    )
    print(
        f"statsmodels confint_poisson, vectorised:    {best['sm']:8.4f} s  "
        f"ours / this {best['ours'] / best['sm']:.2f}x"
    )
    print("agreement: lower and upper limits within 1e-6 relative (checked)")


if __name__ == "__main__":
    main()
