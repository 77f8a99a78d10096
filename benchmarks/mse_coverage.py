"""Coverage of the multiple systems estimators' intervals, by seeded simulation (known N).

The MSE part of the coverage table (the other estimators are in ``benchmarks/coverage.py``).
N = 2,000 people and 4 lists; each replication draws who each list records, keeps the people on
at least one list, and asks every estimator for its 95% and 90% interval for N:

- ``mse_loglinear`` with its default model (``Mt``, independent lists) and with ``select="aic"``
  (the AIC-best hierarchical model with two-way interactions), multinomial profile intervals;
- ``mse_bma`` with its defaults (``delta = 2**-4``, grid 0 .. 10 n, prior 1/N);
- ``mse_latent_class`` with a short run (``LC_RUN``: 12,000 iterations instead of 1,010,000;
  the 90% limits are the 5%/95% quantiles of the same draws).

Scenarios (what the truth looks like):

- ``independent``: every person has the same capture probabilities (0.30, 0.25, 0.35, 0.20):
  every model's assumptions hold;
- ``two classes``: 35% hard to reach (0.15, 0.25, 0.10, 0.20), the rest easy (0.55, 0.45, 0.60,
  0.40), lists independent within each class: the latent-class model's assumption; the lists
  look positively dependent overall;
- ``logit-normal``: logit p_ij = logit(p_j) + 1.0 z_i with z_i ~ N(0, 1) (continuous
  heterogeneity, a Rasch model), p_j as in ``independent``: no method's model is exactly true.

Monte Carlo SE of a coverage c over R replications: sqrt(level (1 - level) / R), at the nominal
level (the SE the comparison with nominal needs).

Run: ``.venv/bin/python benchmarks/mse_coverage.py [replications]`` (default 100 per scenario).
"""

from __future__ import annotations

import math
import sys
import time
import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd
from scipy.special import expit, logit

from idlibstats.mse import capture_table, mse_bma, mse_latent_class, mse_loglinear
from idlibstats.mse.bma import grid_quantile

N_TRUE = 2_000
LISTS = ("A", "B", "C", "D")
LEVELS = (0.95, 0.90)
P_LIST = np.array([0.30, 0.25, 0.35, 0.20])
LC_RUN = {"burnin": 2_000, "samples": 1_000, "thinning": 10}


def _independent(rng: np.random.Generator) -> np.ndarray:
    return np.broadcast_to(P_LIST, (N_TRUE, len(LISTS)))


def _two_classes(rng: np.random.Generator) -> np.ndarray:
    hard = rng.random(N_TRUE) < 0.35
    return np.where(hard[:, None], [0.15, 0.25, 0.10, 0.20], [0.55, 0.45, 0.60, 0.40])


def _logit_normal(rng: np.random.Generator) -> np.ndarray:
    return expit(logit(P_LIST)[None, :] + 1.0 * rng.standard_normal((N_TRUE, 1)))


SCENARIOS: dict[str, Callable[[np.random.Generator], np.ndarray]] = {
    "independent": _independent,
    "two classes": _two_classes,
    "logit-normal": _logit_normal,
}


def simulate(rng: np.random.Generator, scenario: str):
    """A capture table of the people recorded by at least one list, under ``scenario``."""
    p = SCENARIOS[scenario](rng)
    caught = (rng.random(p.shape) < p).astype(int)
    seen = pd.DataFrame(caught[caught.any(axis=1)], columns=list(LISTS))
    return capture_table(seen, lists=list(LISTS))


def _intervals(table, seed: int) -> dict[str, dict[float, tuple[float, float]]]:
    """Every estimator's interval at every level for one table."""
    out: dict[str, dict[float, tuple[float, float]]] = {}
    for name, kwargs in (("mse_loglinear (Mt)", {}), ("mse_loglinear (AIC)", {"select": "aic"})):
        out[name] = {
            lev: (r.lower, r.upper)
            for lev in LEVELS
            for r in [mse_loglinear(table, alpha=1 - lev, **kwargs)]
        }
    b = mse_bma(table)
    n_grid, post = b.posterior["N"].to_numpy(), b.posterior["posterior"].to_numpy()
    out["mse_bma"] = {
        lev: (
            grid_quantile(n_grid, post, (1 - lev) / 2),
            grid_quantile(n_grid, post, (1 + lev) / 2),
        )
        for lev in LEVELS
    }
    lc = mse_latent_class(table, seed=seed, **LC_RUN)
    d = lc.draws["N"].to_numpy()
    out["mse_latent_class (short run)"] = {
        lev: tuple(np.quantile(d, [(1 - lev) / 2, (1 + lev) / 2])) for lev in LEVELS
    }
    return out


def mse_coverage(
    replications: int = 100, seed: int = 20260415, scenarios: tuple[str, ...] | None = None
) -> pd.DataFrame:
    """Coverage of each MSE estimator's interval: one row per scenario, estimator and level.

    Returns
    -------
    pandas.DataFrame
        Columns ``estimator``, ``configuration`` (the scenario), ``level``, ``replications``,
        ``coverage``, ``mc_se``, ``median_estimate_ratio`` (median over replications of the
        interval midpoint / N, a bias indicator) and ``seconds`` (per replication, all methods).
    """
    rows = []
    for scenario in scenarios or tuple(SCENARIOS):
        rng = np.random.default_rng([seed, list(SCENARIOS).index(scenario)])
        hits: dict[tuple[str, float], int] = {}
        mids: dict[str, list[float]] = {}
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # poor-fit, sparse and short-chain warnings by design
            for rep in range(replications):
                for name, by_level in _intervals(simulate(rng, scenario), seed=rep).items():
                    for lev, (lo, hi) in by_level.items():
                        hits[name, lev] = hits.get((name, lev), 0) + int(lo <= N_TRUE <= hi)
                    lo, hi = by_level[0.95]
                    mids.setdefault(name, []).append((lo + hi) / 2 / N_TRUE)
        seconds = (time.perf_counter() - t0) / replications
        for (name, lev), h in hits.items():
            rows.append(
                {
                    "estimator": name,
                    "configuration": scenario,
                    "level": lev,
                    "replications": replications,
                    "coverage": h / replications,
                    "mc_se": math.sqrt(lev * (1 - lev) / replications),
                    "median_estimate_ratio": float(np.median(mids[name])),
                    "seconds": seconds,
                }
            )
    return pd.DataFrame(rows)


def main() -> None:
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    table = mse_coverage(reps)
    print(f"MSE interval coverage, N = {N_TRUE:,}, 4 lists, {reps} replications per scenario")
    print(f"latent-class run per replication: {LC_RUN}")
    with pd.option_context("display.width", 140, "display.max_columns", 20):
        print(table.round(3).to_string(index=False))


if __name__ == "__main__":
    main()
