"""Benchmark: Poisson ``count_trend`` and ``interrupted_time_series`` vs a bare statsmodels GLM.

Series (seeded): 60 monthly Poisson counts (mean 20, +1% a month, a drop at month 30),
exposure 30 days. Baseline (same run, same series and design matrix): what a user would write
without idlibstats, ``sm.GLM(y, X, family=Poisson(), offset=log(e)).fit()`` plus
``conf_int()``, with X = [1, t] for the trend and [1, t, post, (t - t1) post] for ITS. Ours
also reads and checks the input, tests for overdispersion and builds the coefficient table
(``summary``); the per-period ``fitted`` table is built on first access, as statsmodels builds
its results' tables.

Calls alternate (ours, baseline, ours, ...) so both see the same machine load; the fastest
of ``REPEAT`` calls each is compared (``timeit``'s rule: slower calls measure the other
processes on a shared machine). Target: ratio <= 2x.

For reference (no target) the negative binomial fits are timed against statsmodels' discrete
``NegativeBinomial(...).fit()``, which stops short of the maximum that ours (like R's
``MASS::glm.nb``) reaches.

Run: ``.venv/bin/python benchmarks/trend_bench.py``
"""

from __future__ import annotations

import time
import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm

from idlibstats.estimate import count_trend, interrupted_time_series

N = 60
BREAK = 30
REPEAT = 300


def _series():
    rng = np.random.default_rng(0)
    t = np.arange(N, dtype=float)
    post = (t >= BREAK).astype(float)
    y = rng.poisson(20 * np.exp(0.01 * t) * np.where(post > 0, 0.6, 1.0)).astype(float)
    e = np.full(N, 30.0)
    dates = pd.date_range("2016-01-01", periods=N, freq="MS")
    X2 = np.column_stack([np.ones(N), t])
    X4 = np.column_stack([np.ones(N), t, post, np.where(post > 0, t - BREAK, 0.0)])
    return y, e, dates, X2, X4


def _paired(ours, base, repeat: int = REPEAT, number: int = 1) -> tuple[float, float]:
    """Seconds per call of ``ours`` and ``base``: batches of ``number`` calls, alternated,
    best batch of ``repeat`` each (as ``timeit`` advises: on a shared machine the slower
    batches measure the other processes; single calls, because a longer batch is more often
    interrupted, which would penalise the slower function twice)."""
    ta, tb = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            ours()
        ta.append((time.perf_counter() - t0) / number)
        t0 = time.perf_counter()
        for _ in range(number):
            base()
        tb.append((time.perf_counter() - t0) / number)
    return min(ta), min(tb)


def main() -> None:
    y, e, dates, X2, X4 = _series()
    off = np.log(e)

    def glm(X):
        fit = sm.GLM(y, X, family=sm.families.Poisson(), offset=off).fit()
        fit.conf_int()
        return fit

    # same numbers first: the comparison is of the same fit
    trend = count_trend(y, exposure=e)
    its = interrupted_time_series(y, dates, "2018-07-01", exposure=e)
    np.testing.assert_allclose(trend.slope, glm(X2).params[1], rtol=1e-8)
    np.testing.assert_allclose(its.summary["coef"].to_numpy(), glm(X4).params, rtol=1e-8)

    t_trend, t_glm2 = _paired(lambda: count_trend(y, exposure=e), lambda: glm(X2))
    t_its, t_glm4 = _paired(
        lambda: interrupted_time_series(y, dates, "2018-07-01", exposure=e), lambda: glm(X4)
    )

    def nb_sm(X):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sm.NegativeBinomial(y, X, offset=off, loglike_method="nb2").fit(disp=0)

    t_nb, t_nb_sm = _paired(
        lambda: count_trend(y, exposure=e, family="negbin"), lambda: nb_sm(X2), 30
    )

    print(f"series: {N} monthly counts; fastest of {REPEAT} alternating calls")
    print(
        f"count_trend (Poisson):            {1e3 * t_trend:7.3f} ms   bare GLM fit+conf_int "
        f"{1e3 * t_glm2:7.3f} ms   ratio {t_trend / t_glm2:.2f}x (target <= 2x)"
    )
    print(
        f"interrupted_time_series (Poisson): {1e3 * t_its:7.3f} ms   bare GLM fit+conf_int "
        f"{1e3 * t_glm4:7.3f} ms   ratio {t_its / t_glm4:.2f}x (target <= 2x)"
    )
    print(
        f"reference: count_trend (negbin, to the ML as glm.nb) {1e3 * t_nb:7.3f} ms vs "
        f"statsmodels NegativeBinomial.fit {1e3 * t_nb_sm:7.3f} ms ({t_nb / t_nb_sm:.1f}x)"
    )


if __name__ == "__main__":
    main()
