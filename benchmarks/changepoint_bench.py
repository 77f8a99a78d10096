"""Benchmark: ``detect_changepoints`` with defaults on 10,000 overdispersed periods vs ruptures.

Series (seeded): 20 segments of 500 periods, segment means drawn from U(5, 40), negative
binomial counts with alpha = 0.3 (var = mu + 0.3 mu^2), exposure 1.

Baseline (same run): ``ruptures.KernelCPD(kernel="linear", min_size=2)``, ruptures' C
implementation of PELT for a change in mean (squared-error cost), the fastest change point
search a user would pick. Its penalty is on another scale, so it is searched (bisection on a
log grid, untimed) for the one that finds the number of breaks closest to ours; that run is
timed. The ratio printed is our time over KernelCPD's at that penalty (target: <= 30x).

Also printed, for reference: our PELT with the Poisson cost (``family="poisson"``: the noise
is read as change points) and ruptures' own Python ``Pelt`` with this module's NB cost, on a
shorter prefix (it asks for one segment cost at a time).

Run: ``.venv/bin/python benchmarks/changepoint_bench.py``
"""

from __future__ import annotations

import math
import time
import warnings

import numpy as np
import ruptures as rpt

from idlibstats.errors import OverdispersionWarning
from idlibstats.estimate.changepoints import NegBinCost, detect_changepoints

N = 10_000
SEGMENTS = 20
NB_ALPHA = 0.3
PREFIX = 1_000  # ruptures' Python Pelt with the NB cost, for reference only


def _series(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    mu = np.repeat(rng.uniform(5, 40, SEGMENTS), N // SEGMENTS)
    y = rng.negative_binomial(1 / NB_ALPHA, 1 / (1 + NB_ALPHA * mu)).astype(float)
    return y, mu


def _best(func, repeat: int = 3):
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = func()
        times.append(time.perf_counter() - t0)
    return min(times), out


def _kernel(y: np.ndarray, pen: float) -> list[int]:
    algo = rpt.KernelCPD(kernel="linear", min_size=2).fit(y.reshape(-1, 1))
    return algo.predict(pen=pen)[:-1]


def _kernel_penalty(y: np.ndarray, target: int) -> float:
    """Penalty at which KernelCPD finds the number of breaks closest to ``target``."""
    lo, hi = math.log(1e1), math.log(1e7)
    best = (math.inf, math.exp(hi))
    for _ in range(25):
        mid = (lo + hi) / 2
        k = len(_kernel(y, math.exp(mid)))
        best = min(best, (abs(k - target), math.exp(mid)))
        if k == target:
            break
        lo, hi = (mid, hi) if k > target else (lo, mid)
    return best[1]


def main() -> None:
    y, mu = _series()
    true_breaks = int(np.count_nonzero(np.diff(mu)))
    t_ours, res = _best(lambda: detect_changepoints(y))
    n_ours = int(res.estimate)

    pen = _kernel_penalty(y, n_ours)
    t_kernel, kb = _best(lambda: _kernel(y, pen))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OverdispersionWarning)
        t_pois, pois = _best(lambda: detect_changepoints(y, family="poisson"), repeat=1)

    yp = y[:PREFIX]
    cost = NegBinCost(res.nb_alpha)
    t_rpt, _ = _best(
        lambda: (
            rpt.Pelt(custom_cost=cost, min_size=2, jump=1)
            .fit(np.column_stack([yp, np.ones(PREFIX)]))
            .predict(pen=2 * math.log(PREFIX))
        ),
        repeat=1,
    )
    t_ours_prefix, _ = _best(
        lambda: detect_changepoints(yp, family="negbin", dispersion=res.nb_alpha)
    )

    print(f"series: {N:,} periods, {true_breaks} true breaks, NB alpha {NB_ALPHA}")
    print(
        f"idlibstats detect_changepoints (defaults):   {t_ours:8.3f} s  {n_ours:4d} breaks  "
        f"(family {res.family}, alpha {res.nb_alpha:.3f})"
    )
    print(f"ruptures KernelCPD linear, pen {pen:10.4g}:   {t_kernel:8.3f} s  {len(kb):4d} breaks")
    print(f"ratio (ours / KernelCPD): {t_ours / t_kernel:.1f}x  (target <= 30x)")
    print(
        f"reference: family='poisson' (forced):        {t_pois:8.3f} s  {int(pois.estimate):4d} "
        "breaks (noise read as change points)"
    )
    print(
        f"reference, first {PREFIX:,} periods, NB cost at fixed alpha: ruptures Pelt "
        f"{t_rpt:.3f} s vs ours {t_ours_prefix:.3f} s ({t_rpt / t_ours_prefix:.0f}x)"
    )


if __name__ == "__main__":
    main()
