"""Benchmark: multiple systems estimation on the Kosovo 4-list table (n = 4,400).

1. ``mse_bma`` over the 61 decomposable graphs and the grid Nmissing = 0..22000 (dga's Kosovo
   run) against the per-graph baseline a user would write from Madigan & York (1997): for each
   graph, the clique and separator marginals' Dirichlet-multinomial terms with
   ``scipy.special.gammaln`` vectorised over the grid. The two posteriors are checked to agree.
2. ``mse_loglinear(select="aic")`` over the 64 hierarchical two-way models against fitting the
   same models with ``statsmodels.formula.api.glm`` one by one (AIC only, no interval).

Needs ``../shared/reference/mse`` (or ``$IDLIBSTATS_SHARED_DATA`` beside it).
Run: ``.venv/bin/python benchmarks/mse_bench.py``
"""

from __future__ import annotations

import warnings
from itertools import chain, combinations

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from rates_bench import _best  # the timing helper of the benchmarks (same folder)
from scipy import special

from idlibstats._paths import shared_data_dir
from idlibstats.errors import StatisticalWarning
from idlibstats.mse import capture_table, decomposable_graphs, mse_bma, mse_loglinear


def per_graph_posterior(table, delta, m):
    """Madigan & York's posterior of the number missing, one graph at a time."""
    p, y = table.patterns, table.counts.astype(float)
    k, n = p.shape[1], y.sum()
    total = delta * 2**k

    def marginal(members):  # Dirichlet-multinomial log-likelihood of a marginal, over the grid
        a = delta * 2 ** (k - len(members))
        code = p[:, list(members)] @ (1 << np.arange(len(members)))
        cells = np.bincount(code, weights=y, minlength=2 ** len(members))
        return (
            special.gammaln(total)
            - special.gammaln(n + m + total)
            + special.gammaln(m + cells[0] + a)
            + special.gammaln(cells[1:] + a).sum()
            - 2 ** len(members) * special.gammaln(a)
        )

    coef = special.gammaln(n + m + 1) - special.gammaln(m + 1) - special.gammaln(y + 1).sum()
    rows = []
    for cliques, seps in decomposable_graphs(k):
        lml = sum(marginal(c) for c in cliques) - sum((marginal(s) for s in seps), 0.0)
        rows.append(lml + coef - np.log(n + m))
    lw = np.array(rows)
    w = np.exp(lw - special.logsumexp(lw)).sum(axis=0)
    return w / w.sum()


def formula_select(df, lists):
    pairs = [f"{a}:{b}" for a, b in combinations(lists, 2)]
    aics = []
    for terms in chain.from_iterable(combinations(pairs, r) for r in range(len(pairs) + 1)):
        f = "count ~ " + " + ".join([*lists, *terms])
        aics.append(smf.glm(f, data=df, family=sm.families.Poisson()).fit().aic)
    return min(aics)


def main() -> None:
    data = shared_data_dir(required=False)
    ref = None if data is None else data.parent / "reference" / "mse"
    if ref is None or not ref.is_dir():
        print("mse_bench: ../shared/reference/mse not found; skipped")
        return
    df = pd.read_csv(ref / "kosovo_4lists.csv")
    table = capture_table(df)
    m = np.arange(0, 22001, dtype=float)
    decomposable_graphs(4)  # enumerated once per process, outside the timing
    warnings.simplefilter("ignore", StatisticalWarning)

    t_ours, r = _best(lambda: mse_bma(table, delta=2**-4, missing=range(0, 22001)))
    t_base, post = _best(lambda: per_graph_posterior(table, 2**-4, m))
    assert np.allclose(r.posterior["posterior"], post, rtol=1e-9, atol=1e-15)
    print(
        f"mse_bma Kosovo, 61 graphs x 22,001 grid points: {t_ours * 1e3:.0f} ms; per-graph "
        f"gammaln baseline {t_base * 1e3:.0f} ms; ratio baseline/ours {t_base / t_ours:.1f}x "
        f"(median {r.estimate:.0f} [{r.lower:.0f}, {r.upper:.0f}])"
    )

    t_sel, s = _best(lambda: mse_loglinear(table, select="aic", interval="poisson"), repeat=1)
    t_f, best_aic = _best(lambda: formula_select(df, list(table.lists)), repeat=1)
    assert abs(best_aic - s.aic) < 1e-6
    print(
        f"mse_loglinear select='aic', 64 models + profile interval: {t_sel * 1e3:.0f} ms; "
        f"statsmodels formula glm loop (AIC only) {t_f * 1e3:.0f} ms; ratio {t_f / t_sel:.1f}x"
    )


if __name__ == "__main__":
    main()
