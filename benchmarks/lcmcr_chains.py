"""Study: many full Kosovo chains of ``mse_latent_class`` against LCMCR's five recorded runs.

Each chain is the full LCMCR run (K=10, burnin 10,000, 10,000 draws x thinning 100: 1,010,000
iterations) with its own seed. Prints, per posterior statistic (2.5%, 50%, 97.5% quantiles),
the mean and sd over our chains against R's over its seeds (``lcmcr_results.json``), the
difference in standard errors and an exact Mann-Whitney test, and how many of our chains pass
the tolerance of ``tests/test_mse_latent_class.py`` (R's range widened by 3 MCSE of the chain).
About 15 s of CPU per chain.

Run: ``.venv/bin/python benchmarks/lcmcr_chains.py --chains 20``
"""

from __future__ import annotations

import argparse
import json

import numpy as np
import pandas as pd
from arviz_stats.base import array_stats
from scipy import stats

from idlibstats._paths import shared_reference_file
from idlibstats.mse import mse_latent_class

STATS = {"q0.025": 0.025, "q0.5": 0.5, "q0.975": 0.975}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chains", type=int, default=10)
    parser.add_argument("--first-seed", type=int, default=1)
    args = parser.parse_args()
    ref = shared_reference_file("mse")
    kosovo = pd.read_csv(ref / "kosovo_4lists.csv")
    runs = json.loads((ref / "lcmcr_results.json").read_text())["runs"]
    r_values = {k: np.array([run["quantiles_type7"][k] for run in runs]) for k in STATS}

    rows = []
    for seed in range(args.first_seed, args.first_seed + args.chains):
        d = mse_latent_class(kosovo, seed=seed).draws["N"].to_numpy(dtype=float)[None, :]
        row = {"seed": seed}
        for key, prob in STATS.items():
            row[key] = float(np.quantile(d, prob))
            method = "median" if prob == 0.5 else "quantile"
            extra = {} if prob == 0.5 else {"prob": prob}
            row[f"mcse {key}"] = float(array_stats.mcse(d, method=method, **extra))
        rows.append(row)
        print(f"seed {seed}: " + ", ".join(f"{k} {v:,.1f}" for k, v in row.items() if k != "seed"))
    ours = pd.DataFrame(rows)

    print(f"\n{len(ours)} chains here against LCMCR's {len(runs)} recorded seeds:")
    for key in STATS:
        r, o = r_values[key], ours[key].to_numpy()
        se = np.hypot(r.std(ddof=1) / np.sqrt(len(r)), o.std(ddof=1) / np.sqrt(len(o)))
        lo, hi = r.min() - 3 * ours[f"mcse {key}"], r.max() + 3 * ours[f"mcse {key}"]
        passed = int(((o >= lo) & (o <= hi)).sum())
        p = stats.mannwhitneyu(r, o, method="exact").pvalue
        print(
            f"{key}: ours {o.mean():,.1f} (sd {o.std(ddof=1):,.1f}), R {r.mean():,.1f} "
            f"(sd {r.std(ddof=1):,.1f}, {r.min():,.1f}-{r.max():,.1f}); difference "
            f"{(o.mean() - r.mean()) / se:+.1f} SE, Mann-Whitney p = {p:.3g}; "
            f"{passed}/{len(o)} chains within R's range +- 3 MCSE"
        )


if __name__ == "__main__":
    main()
