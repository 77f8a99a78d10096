"""Bayesian model averaging over decomposable graphical models (Madigan & York 1997), as R's dga.

Each decomposable (chordal) graph on the lists is a loglinear model whose cliques may interact
freely; its hyper-Dirichlet prior gives every clique marginal a Dirichlet with ``delta * 2**(k -
|C|)`` per cell (the same total ``delta * 2**k`` for every marginal, so the priors are
consistent). For a number ``m`` never recorded, the all-zero cell of the complete table is ``m``
and the marginal likelihood of graph G is the product over cliques divided by the product over
separators of the Dirichlet-multinomial likelihoods of the marginal tables (Dawid & Lauritzen
1993). The posterior weight of ``(G, m)`` is that likelihood times the multinomial coefficient
``N! / (m! prod n_w!)``, the prior ``p(N)`` (default ``1/N``, dga's) and a uniform prior on
graphs; ``N = n + m`` over the given grid of ``m``.

Written with numpy rather than wrapping dga: the whole (graph x grid) table of log-likelihoods is
one matrix product of a clique/separator incidence matrix with the per-subset ``gammaln`` terms.
"""

from __future__ import annotations

import math
import numbers
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd
from scipy import signal, special

from idlibstats.errors import EstimatorInputError, StatisticalWarning
from idlibstats.estimate._result import ALPHA, estimate_first
from idlibstats.mse._checks import check_alpha, check_estimable, warn_sparse
from idlibstats.mse._result import MSEResult
from idlibstats.mse.table import CaptureTable, capture_table

__all__ = ["BMAResult", "decomposable_graphs", "grid_quantile", "mse_bma"]

#: More lists than this would mean enumerating 2**21 graphs: refused.
MAX_BMA_LISTS = 6

#: Posterior at an end of the grid above this fraction of its peak: the grid cuts the posterior.
GRID_EDGE = 1e-3


@dataclass(frozen=True, slots=True, repr=False)
class BMAResult(MSEResult):
    """Posterior of the population size, averaged over decomposable graphical models.

    Attributes
    ----------
    delta : float
        Hyper-Dirichlet prior weight per cell of the full table.
    prior : str
        The prior on N.
    mean, sd : float
        Posterior mean and standard deviation of N.
    relative_loss : float
        Bayes estimate under relative squared error loss, ``E[1/N] / E[1/N**2]`` (dga's
        ``bayesEstimator``).
    map : int
        Posterior mode of N.
    n_graphs : int
        Decomposable graphs averaged over.
    posterior : pandas.DataFrame
        ``missing``, ``N``, ``posterior`` over the grid (sums to 1).
    models : pandas.DataFrame
        One row per graph, most probable first: ``graph`` (cliques, e.g. ``"[A,B][C]"``),
        ``posterior_prob``, and N's posterior ``median``, ``lower``, ``upper``, ``mean``, ``map``
        under that graph alone.
    """

    delta: float = math.nan
    prior: str = ""
    mean: float = math.nan
    sd: float = math.nan
    relative_loss: float = math.nan
    map: float = math.nan
    n_graphs: int = 0
    posterior: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    models: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def summary(self) -> pd.DataFrame:
        """The model average, then each graph (most probable first).

        Columns estimate (posterior median), lower, upper, posterior_prob, mean, map.
        """
        avg = {
            "model": "model average",
            "posterior_prob": 1.0,
            "estimate": self.estimate,
            "lower": self.lower,
            "upper": self.upper,
            "mean": self.mean,
            "map": self.map,
        }
        per = self.models.rename(columns={"graph": "model", "median": "estimate"})
        return estimate_first(pd.concat([pd.DataFrame([avg]), per[list(avg)]], ignore_index=True))


# ------------------------------------------------------------------------------- the graphs


@lru_cache(maxsize=8)
def decomposable_graphs(k: int) -> tuple[tuple[tuple[tuple[int, ...], ...], tuple], ...]:
    """All decomposable (chordal) graphs on ``k`` labelled vertices, with cliques and separators.

    Returns
    -------
    tuple of (cliques, separators)
        Each a tuple of sorted vertex tuples; the separators (with multiplicity) are the
        non-empty intersections along a junction tree (a maximum-weight spanning tree of the
        clique graph).

    Examples
    --------
    >>> [len(decomposable_graphs(k)) for k in (2, 3, 4, 5)]
    [2, 8, 61, 822]
    >>> decomposable_graphs(3)[-1]
    (((0, 1, 2),), ())
    """
    nodes = range(k)
    pairs = list(combinations(nodes, 2))
    out = []
    for mask in range(2 ** len(pairs)):
        g = nx.Graph()
        g.add_nodes_from(nodes)
        g.add_edges_from(p for i, p in enumerate(pairs) if mask >> i & 1)
        if not nx.is_chordal(g):
            continue
        cliques = sorted(tuple(sorted(c)) for c in nx.chordal_graph_cliques(g))
        cg = nx.Graph()
        cg.add_nodes_from(range(len(cliques)))
        for i, j in combinations(range(len(cliques)), 2):
            cg.add_edge(i, j, weight=len(set(cliques[i]) & set(cliques[j])))
        tree = nx.maximum_spanning_tree(cg)
        seps = sorted(
            tuple(sorted(set(cliques[i]) & set(cliques[j])))
            for i, j in tree.edges
            if set(cliques[i]) & set(cliques[j])
        )
        out.append((tuple(cliques), tuple(seps)))
    return tuple(out)


def _mask(vertices: Sequence[int]) -> int:
    return sum(1 << v for v in vertices)


@lru_cache(maxsize=8)
def _incidence(k: int) -> np.ndarray:
    """(graphs x 2**k) matrix: +1 per clique, -1 per separator, by subset bitmask."""
    graphs = decomposable_graphs(k)
    a = np.zeros((len(graphs), 2**k))
    for g, (cliques, seps) in enumerate(graphs):
        for c in cliques:
            a[g, _mask(c)] += 1
        for s in seps:
            a[g, _mask(s)] -= 1
    return a


def _graph_label(cliques: tuple[tuple[int, ...], ...], lists: tuple[str, ...]) -> str:
    return "".join("[" + ",".join(lists[i] for i in c) + "]" for c in cliques)


# ------------------------------------------------------------------------------- posterior


def grid_quantile(values: np.ndarray, prob: np.ndarray, q: float) -> float:
    """Smallest grid value whose cumulative posterior reaches ``q`` (dga's rule).

    Examples
    --------
    >>> grid_quantile(np.array([10, 11, 12]), np.array([0.2, 0.3, 0.5]), 0.5)
    11.0
    """
    cum = np.cumsum(prob)
    i = int(np.searchsorted(cum, q * cum[-1], side="left"))
    return float(values[min(i, len(values) - 1)])


def _log_weights(
    patterns: np.ndarray, y: np.ndarray, m: np.ndarray, delta: float, log_prior: np.ndarray
) -> np.ndarray:
    """Log posterior weight of every (graph, m), unnormalised."""
    k = patterns.shape[1]
    n = int(y.sum())
    total = delta * 2**k
    # per subset S: Dirichlet-multinomial log-likelihood of the S-marginal table with m added
    # to its all-zero cell; the normaliser gammaln(total) - gammaln(N + total) is the same for
    # every marginal, so it is added once per clique and removed once per separator.
    norm = special.gammaln(total) - special.gammaln(n + m + total)
    comp = np.zeros((2**k, len(m)))
    for s in range(1, 2**k):
        members = [i for i in range(k) if s >> i & 1]
        a = delta * 2 ** (k - len(members))
        code = patterns[:, members] @ (1 << np.arange(len(members)))
        cells = np.bincount(code, weights=y, minlength=2 ** len(members))
        comp[s] = (
            special.gammaln(m + cells[0] + a)
            + special.gammaln(cells[1:] + a).sum()
            - 2 ** len(members) * special.gammaln(a)
            + norm
        )
    logml = _incidence(k)[:, 1:] @ comp[1:]
    coef = special.gammaln(n + m + 1) - special.gammaln(m + 1) - special.gammaln(y + 1).sum()
    return logml + coef + log_prior


def _check_grid(missing: Sequence[int] | np.ndarray) -> np.ndarray:
    try:
        m = np.asarray(list(missing), dtype=float)
    except (TypeError, ValueError):
        raise EstimatorInputError(f"missing={missing!r} must be a sequence of integers") from None
    if m.ndim != 1 or not len(m) or np.any(m < 0) or np.any(m % 1) or np.any(np.diff(m) <= 0):
        raise EstimatorInputError(
            "missing must be increasing non-negative whole numbers (the grid of people on no "
            "list), e.g. range(0, 20001)"
        )
    return m


def _prior(
    log_prior: Callable[[np.ndarray], np.ndarray] | np.ndarray | None, N: np.ndarray
) -> tuple[np.ndarray, str]:
    if log_prior is None:
        return -np.log(N), "p(N) proportional to 1/N (dga's default)"
    values = log_prior(N) if callable(log_prior) else log_prior
    values = np.asarray(values, dtype=float)
    if values.shape != N.shape or np.isnan(values).any():
        raise EstimatorInputError(
            f"log_prior must give one log prior per grid point ({len(N)}), without NaN"
        )
    return values, "user log prior"


def _one(
    table: CaptureTable,
    delta: float,
    m: np.ndarray,
    log_prior: Callable[[np.ndarray], np.ndarray] | np.ndarray | None,
    alpha: float,
    where: str,
) -> BMAResult:
    lists, patterns, y = table.lists, table.patterns, table.counts.astype(float)
    check_estimable(lists, patterns, y, where)
    if len(lists) > MAX_BMA_LISTS:
        raise EstimatorInputError(
            f"{where}: {len(lists)} lists; model averaging enumerates every decomposable graph "
            f"and is limited to {MAX_BMA_LISTS} lists"
        )
    warn_sparse(lists, patterns, y, where)
    n = int(y.sum())
    N = n + m
    lp, prior = _prior(log_prior, N)
    d = 2.0 ** -len(lists) if delta is None else delta
    lw = _log_weights(patterns, y, m, d, lp)
    # one exp pass: N's posterior under each graph, then the graphs' posterior probabilities
    top = lw.max(axis=1, keepdims=True)
    cond = np.exp(np.subtract(lw, top, out=lw), out=lw)  # in place: lw is not used again
    mass = cond.sum(axis=1, keepdims=True)
    cond /= mass
    log_g = (top + np.log(mass)).ravel()
    probs = np.exp(log_g - special.logsumexp(log_g))
    post = probs @ cond
    post /= post.sum()
    if post[-1] > GRID_EDGE * post.max() or (m[0] > 0 and post[0] > GRID_EDGE * post.max()):
        warnings.warn(
            f"{where}: the posterior is not negligible at an end of the grid "
            f"(missing={m[0]:g}..{m[-1]:g}); widen `missing`",
            StatisticalWarning,
            stacklevel=3,
        )
    graphs = decomposable_graphs(len(lists))
    cum = np.cumsum(cond, axis=1)

    def quantiles(q: float) -> np.ndarray:  # grid_quantile for every graph at once
        return N[np.minimum((cum < q * cum[:, -1:]).sum(axis=1), len(N) - 1)]

    order = np.argsort(-probs, kind="stable")
    models = pd.DataFrame(
        {
            "graph": [_graph_label(graphs[g][0], lists) for g in order],
            "posterior_prob": probs[order],
            "median": quantiles(0.5)[order],
            "lower": quantiles(alpha / 2)[order],
            "upper": quantiles(1 - alpha / 2)[order],
            "mean": (cond @ N)[order],
            "map": N[np.argmax(cond, axis=1)][order],
        }
    )
    mean = float(post @ N)
    method = (
        f"Bayesian model averaging over {len(graphs)} decomposable graphical models (Madigan & "
        f"York 1997, as dga): hyper-Dirichlet delta={d:g}, {prior}; assumes the people on no "
        f"list follow the dependence of the averaged graphs (no interaction among all "
        f"{len(lists)} lists at once); posterior median, {100 * (1 - alpha):g}% grid quantiles"
    )
    return BMAResult(
        estimate=grid_quantile(N, post, 0.5),
        lower=grid_quantile(N, post, alpha / 2),
        upper=grid_quantile(N, post, 1 - alpha / 2),
        method=method,
        alpha=alpha,
        n_observed=n,
        missing=grid_quantile(N, post, 0.5) - n,
        lists=lists,
        delta=d,
        prior=prior,
        mean=mean,
        sd=math.sqrt(float(post @ (N - mean) ** 2)),
        relative_loss=float(post @ (1 / N) / (post @ N**-2.0)),
        map=float(N[np.argmax(post)]),
        n_graphs=len(graphs),
        posterior=pd.DataFrame(
            {"missing": m.astype(np.int64), "N": N.astype(np.int64), "posterior": post}
        ),
        models=models,
    )


def mse_bma(
    table: CaptureTable | pd.DataFrame,
    delta: float | None = None,
    missing: Sequence[int] | range | None = None,
    log_prior: Callable[[np.ndarray], np.ndarray] | Sequence[float] | None = None,
    alpha: float = ALPHA,
) -> BMAResult:
    """Population size by Bayesian model averaging over decomposable graphs (dga's ``bma.cr``).

    Parameters
    ----------
    table : CaptureTable or pandas.DataFrame
        A capture table of 3 to 6 lists (:func:`~idlibstats.mse.capture_table`). Stratified
        tables are estimated per stratum; the posterior of the total is the convolution of the
        per-stratum posteriors (strata independent).
    delta : float, optional
        Hyper-Dirichlet prior weight per cell of the full ``2**k`` table; default ``2**-k``
        (HRDAG's choice for Kosovo: 1/16 with 4 lists).
    missing : sequence of int, optional
        Grid of the number on no list, e.g. ``range(0, 20001)``; default ``0 .. 10 n``.
    log_prior : callable or sequence, optional
        Log prior of N on the grid (a function of the array of N, or one value per grid point);
        default ``-log(N)`` (dga's).
    alpha : float
        The limits are the ``alpha/2`` and ``1 - alpha/2`` grid quantiles.

    Returns
    -------
    BMAResult
        ``estimate`` = posterior median (the smallest N whose cumulative posterior reaches 0.5),
        ``lower``/``upper`` the 2.5%/97.5% quantiles by the same rule; the posterior vector and
        every graph's posterior probability.

    Raises
    ------
    EstimatorInputError
        Fewer than 3 or more than 6 lists, an empty list, a bad grid, prior or delta.

    Warns
    -----
    StatisticalWarning
        Sparse pairwise overlaps; posterior mass at an end of the grid (widen ``missing``).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1],
    ...                   "C": [1, 0, 1, 0, 1, 0, 1], "count": [60, 50, 12, 70, 15, 14, 4]})
    >>> r = mse_bma(t, delta=1, missing=range(0, 1001))
    >>> r.estimate, r.lower, r.upper
    (428.0, 246.0, 538.0)
    >>> r.summary().head(3).round(3)
       estimate  lower  upper          model  posterior_prob     mean    map
    0     428.0  246.0  538.0  model average           1.000  425.690  424.0
    1     435.0  367.0  531.0      [A][B][C]           0.501  438.754  428.0
    2     418.0  345.0  531.0       [A,C][B]           0.134  422.908  408.0
    """
    alpha = check_alpha(alpha)
    if delta is not None and (
        isinstance(delta, bool) or not isinstance(delta, numbers.Real) or not 0 < delta < math.inf
    ):
        raise EstimatorInputError(f"delta={delta!r} must be a positive number")
    table = capture_table(table)
    parts = table.by_stratum()
    results = {}
    for key, part in parts.items():
        grid = range(0, 10 * part.n_observed + 1) if missing is None else missing
        where = "table" if key is None else f"stratum {key!r}"
        results[key] = _one(part, delta, _check_grid(grid), log_prior, alpha, where)
    if table.strata is None:
        return results[None]
    return _combine(results, table, alpha)


def _combine(results: dict, table: CaptureTable, alpha: float) -> BMAResult:
    """Posterior of the total: convolution of the per-stratum posteriors on their grids."""
    post, start = np.array([1.0]), 0
    for key, r in results.items():
        m = r.posterior["missing"].to_numpy()
        if np.any(np.diff(m) != 1):
            raise EstimatorInputError(
                f"stratum {key!r}: adding strata needs a grid of consecutive integers"
            )
        post = np.clip(signal.fftconvolve(post, r.posterior["posterior"].to_numpy()), 0, None)
        start += int(m[0])
    post /= post.sum()
    n = table.n_observed
    missing = start + np.arange(len(post))
    N = n + missing
    mean = float(post @ N)
    strata = pd.DataFrame(
        [
            {
                "stratum": key,
                "n_observed": r.n_observed,
                "estimate": r.estimate,
                "lower": r.lower,
                "upper": r.upper,
                "mean": r.mean,
                "top_graph": r.models["graph"].iloc[0],
                "top_graph_prob": r.models["posterior_prob"].iloc[0],
            }
            for key, r in results.items()
        ]
    )
    first = next(iter(results.values()))
    return BMAResult(
        estimate=grid_quantile(N, post, 0.5),
        lower=grid_quantile(N, post, alpha / 2),
        upper=grid_quantile(N, post, 1 - alpha / 2),
        method=f"{first.method}; in each stratum, the posterior of the total is their "
        "convolution (strata independent)",
        alpha=alpha,
        n_observed=n,
        missing=grid_quantile(N, post, 0.5) - n,
        lists=table.lists,
        strata=strata,
        delta=first.delta,
        prior=first.prior,
        mean=mean,
        sd=math.sqrt(float(post @ (N - mean) ** 2)),
        relative_loss=float(post @ (1 / N) / (post @ N**-2.0)),
        map=float(N[np.argmax(post)]),
        n_graphs=first.n_graphs,
        posterior=pd.DataFrame({"missing": missing, "N": N, "posterior": post}),
        models=pd.concat(
            [r.models.assign(stratum=key) for key, r in results.items()], ignore_index=True
        ),
    )
