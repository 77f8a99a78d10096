"""Loglinear capture-recapture models, fitted as Poisson GLMs on the observable cells.

The Rcapture closed-population family and hierarchical models with two-way list
interactions.

The expected count of capture pattern ``w`` is ``exp(b0 + X_w b)``; the all-zero pattern has
``X = 0``, so the people on no list are estimated by ``exp(b0)`` and ``N = n + exp(b0)``
(Cormack 1989; Rivest & Baillargeon 2007). The design columns follow Rcapture 1.4-4:

- ``M0``: number of lists the person is on; ``Mt``: one 0/1 column per list;
- heterogeneity (``Mh_*`` adds it to ``M0``, ``Mth_*`` to ``Mt``), as a function of that number
  ``c``: Chao's lower bound ``max(c - j + 1, 0)`` for ``j = 3..k`` (negative coefficients are set to
  0 by dropping the column and refitting, first negative first, as Rcapture's ``neg=TRUE``);
  Poisson ``2**c - 1``; Darroch ``c**2 / 2``; Gamma ``log(3.5) - log(3.5 + c)``;
- ``terms``: products of list columns (``"A:B"``), closed hierarchically.

AIC is the Poisson GLM's (R's ``AIC(glm)``); **BIC uses log(n), n = people recorded**, as
Rcapture (R's ``BIC(glm)`` uses the number of cells instead).

Two profile-likelihood intervals: ``"multinomial"`` (default, Rcapture ``closedpCI``): the
likelihood of N itself, profiling the multinomial over all ``2**k`` cells with the unobserved
cell set to ``N - n``; ``"poisson"`` (R's ``MASS::confint`` on the intercept of the Poisson glm):
``n + exp`` of the intercept's profile limits.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain, combinations
from typing import Literal

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import optimize, special, stats

from idlibstats.errors import ConvergenceWarning, EstimatorInputError, StatisticalWarning
from idlibstats.estimate._result import ALPHA, estimate_first
from idlibstats.mse._checks import check_alpha, check_estimable, warn_sparse
from idlibstats.mse._result import STRATA_RULE, MSEResult, combine_strata
from idlibstats.mse.table import CaptureTable, capture_table

__all__ = ["LoglinearResult", "LOGLINEAR_MODELS", "mse_loglinear"]

_EQUAL = "every list records each person with the same probability"
_TIME = "each list has its own recording probability"
_HET = {
    "chao": ("Chao (LB)", "Chao's lower bound"),
    "poisson": ("Poisson2", "Poisson form, theta=2"),
    "darroch": ("Darroch", "Darroch's form"),
    "gamma": ("Gamma3.5", "gamma form, theta=3.5"),
}

#: Model name -> (Rcapture label, base design, heterogeneity, how people are recorded).
LOGLINEAR_MODELS: dict[str, tuple[str, str, str | None, str]] = {
    "M0": ("M0", "M0", None, f"{_EQUAL}, the same for every person"),
    "Mt": ("Mt", "Mt", None, f"{_TIME}, the same for every person"),
    **{
        f"Mh_{h}": (f"Mh {label}", "M0", h, f"{_EQUAL}; people differ in recordability ({desc})")
        for h, (label, desc) in _HET.items()
    },
    **{
        f"Mth_{h}": (f"Mth {label}", "Mt", h, f"{_TIME}; people differ in recordability ({desc})")
        for h, (label, desc) in _HET.items()
    },
}


def _assumes(model: str, terms: tuple[str, ...]) -> str:
    """What a model assumes, in words (goes into ``method``)."""
    recording, het = LOGLINEAR_MODELS[model][3], LOGLINEAR_MODELS[model][2]
    links = [f"the interactions {', '.join(terms)}"] if terms else []
    if het:
        links.append("that heterogeneity")
    if not links:
        return f"{recording}; lists independent"
    return f"{recording}; lists dependent only through {' and '.join(links)}, no more"


Interval = Literal["multinomial", "poisson"]
Select = Literal["aic", "bic"]

#: ``select`` over more lists than this would fit more than 2**15 models: refused.
MAX_SELECT_LISTS = 6


@dataclass(frozen=True, slots=True, repr=False)
class LoglinearResult(MSEResult):
    """A loglinear capture-recapture estimate of the population size.

    Attributes
    ----------
    model : str
        Rcapture-style label (``"Mt"``, ``"Mth Chao (LB)"``) or the terms of a hierarchical model.
    terms : tuple of str
        Two-way (or higher) list interactions in the model, e.g. ``("A:B",)``.
    interval : {"multinomial", "poisson"}
        Which profile likelihood gave ``lower``/``upper``.
    stderr : float
        Rcapture's standard error of N, ``sqrt(m0 + m0**2 Var(b0))``.
    deviance, df : float, int
        Poisson deviance against the saturated model, residual degrees of freedom.
    aic, bic : float
        Poisson AIC; BIC with log(n), n = people recorded (as Rcapture).
    estimate_multinomial : float
        The maximum of the multinomial profile likelihood (Rcapture's ``closedpCI`` abundance);
        ``nan`` with ``interval="poisson"``.
    coefficients : pandas.Series
        The fitted loglinear coefficients (intercept first).
    candidates : pandas.DataFrame
        Every model fitted (one row; all candidates with ``select``), sorted by the criterion.
    criterion : str or None
        ``"aic"`` or ``"bic"`` when the model was selected.
    """

    model: str = ""
    terms: tuple[str, ...] = ()
    interval: str = "multinomial"
    stderr: float = math.nan
    deviance: float = math.nan
    df: int = 0
    aic: float = math.nan
    bic: float = math.nan
    estimate_multinomial: float = math.nan
    criterion: str | None = None
    coefficients: pd.Series = field(default_factory=lambda: pd.Series(dtype=float), repr=False)
    candidates: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def summary(self) -> pd.DataFrame:
        """Every candidate model.

        Columns estimate (N), lower, upper first (limits for the chosen model only), then
        model, terms, stderr, deviance, df, AIC, BIC; per stratum when stratified (a
        ``stratum`` column).
        """
        return estimate_first(self.candidates).copy()


# --------------------------------------------------------------------------- design matrices


def _het_columns(kind: str, nbcap: np.ndarray, k: int) -> tuple[np.ndarray, list[str]]:
    if kind == "chao":
        if k < 3:
            return np.zeros((len(nbcap), 0)), []
        cols = [np.maximum(nbcap - j + 1, 0) for j in range(3, k + 1)]
        return np.column_stack(cols).astype(float), [f"eta{j}" for j in range(3, k + 1)]
    if kind == "poisson":
        col = 2.0**nbcap - 1
    elif kind == "darroch":
        col = nbcap**2 / 2.0
    else:  # gamma, theta = 3.5
        col = np.log(3.5) - np.log(3.5 + nbcap)
    return col[:, None].astype(float), ["tau"]


def _parse_terms(terms: Sequence[str | Sequence[str]], lists: tuple[str, ...]) -> list[tuple]:
    """Interaction terms as sorted index tuples, closed hierarchically, in R's term order."""
    index = {name: i for i, name in enumerate(lists)}
    out: set[tuple[int, ...]] = set()
    for term in terms:
        names = term.split(":") if isinstance(term, str) else list(term)
        names = [n.strip() for n in names]
        unknown = [n for n in names if n not in index]
        if unknown or len(names) < 2 or len(set(names)) != len(names):
            raise EstimatorInputError(
                f"term {term!r}: an interaction names two or more different lists of "
                f"{list(lists)}, like 'A:B'" + (f" (unknown: {unknown})" if unknown else "")
            )
        idx = tuple(sorted(index[n] for n in names))
        for size in range(2, len(idx) + 1):
            out.update(combinations(idx, size))
    return sorted(out, key=lambda t: (len(t), t))


def _term_label(term: tuple[int, ...], lists: tuple[str, ...]) -> str:
    return ":".join(lists[i] for i in term)


@dataclass(frozen=True)
class _Design:
    X: np.ndarray  # without the intercept
    names: list[str]
    n_fixed: int  # columns before the heterogeneity ones (Chao's negative-eta rule)
    label: str
    terms: tuple[str, ...]
    assumes: str


def _design(
    lists: tuple[str, ...], patterns: np.ndarray, model: str, terms: list[tuple]
) -> _Design:
    label, base, het, _ = LOGLINEAR_MODELS[model]
    k = len(lists)
    nbcap = patterns.sum(axis=1)
    if base == "M0":
        cols, names = [nbcap[:, None].astype(float)], ["nbcap"]
    else:
        cols, names = [patterns.astype(float)], list(lists)
    for term in terms:
        cols.append(patterns[:, list(term)].prod(axis=1, keepdims=True).astype(float))
        names.append(_term_label(term, lists))
    n_fixed = len(names)
    if het is not None:
        hc, hn = _het_columns(het, nbcap, k)
        cols.append(hc)
        names += hn
    labels = tuple(_term_label(t, lists) for t in terms)
    if terms:
        label = f"{label} + {' + '.join(labels)}" if het else " + ".join(labels)
    return _Design(np.column_stack(cols), names, n_fixed, label, labels, _assumes(model, labels))


# --------------------------------------------------------------------------------- GLM fits


def _glm(y: np.ndarray, X: np.ndarray, offset: np.ndarray | None = None, intercept: bool = True):
    exog = np.column_stack([np.ones(len(y)), X]) if intercept else X
    with warnings.catch_warnings():
        # statsmodels' own warnings (domain, perfect separation); convergence is checked below.
        warnings.simplefilter("ignore")
        res = sm.GLM(y, exog, family=sm.families.Poisson(), offset=offset).fit(
            maxiter=200, tol=1e-11
        )
    return res


@dataclass(frozen=True)
class _Fit:
    res: object
    X: np.ndarray
    names: list[str]
    dropped: tuple[str, ...]


def _fit(y: np.ndarray, design: _Design, chao: bool) -> _Fit:
    """Poisson GLM; for Chao models drop negative eta columns one at a time (Rcapture neg=TRUE)."""
    X, names, dropped = design.X, list(design.names), []
    res = _glm(y, X)
    while chao:
        het = res.params[1 + design.n_fixed :]
        neg = np.flatnonzero(het < 0)
        if not len(neg):
            break
        col = design.n_fixed + int(neg[0])
        dropped.append(names.pop(col))
        X = np.delete(X, col, axis=1)
        res = _glm(y, X)
    return _Fit(res, X, names, tuple(dropped))


def _chao(model: str) -> bool:
    return LOGLINEAR_MODELS[model][2] == "chao"


def _stats(fit: _Fit, y: np.ndarray, n: int) -> dict:
    res = fit.res
    b0 = float(res.params[0])
    var0 = float(res.cov_params()[0, 0])
    m0 = math.exp(b0)
    p = len(res.params)
    llf = float(res.llf)
    return {
        "estimate": n + m0,
        "missing": m0,
        "stderr": math.sqrt(m0 + m0**2 * var0),
        "deviance": float(res.deviance),
        "df": len(y) - p,
        "AIC": -2 * llf + 2 * p,
        "BIC": -2 * llf + p * math.log(n),
        "converged": bool(res.converged),
    }


# ------------------------------------------------------------------------ profile intervals


def _multinomial_loglik(N: float, y: np.ndarray, n: int, design: _Design, chao: bool) -> float:
    """Multinomial log-likelihood of N (up to a constant), profiled over the loglinear terms.

    Poisson fit of all 2**k cells with the unobserved cell at ``n0 = N - n``, then ``-dev/2``
    plus Cormack's (1992) correction ``log(n0**n0 N! / (N**N n0!))``. As Rcapture's
    ``closedpCI``, the correction uses Stirling's formula when N > 100 (its error, below
    ``1 / (12 n0)`` in the log-likelihood, moves the limits by far less than their precision),
    so that the intervals agree with R's to about 1e-6.
    """
    n0 = N - n
    X = design.X
    fit = _fit(np.append(y, n0), replace(design, X=np.vstack([X, np.zeros(X.shape[1])])), chao)
    if N > 100:
        if n0 in (0, 1):
            ct = -N + 0.5 * math.log(2 * math.pi * N)
        else:
            ct = n0 - N - 0.5 * math.log(n0 / N)
    else:
        ct = special.xlogy(n0, n0) - special.gammaln(n0 + 1) + special.gammaln(N + 1)
        ct -= N * math.log(N)
    return -fit.res.deviance / 2 + ct


def _root(f: Callable[[float], float], a: float, b: float) -> float:
    return optimize.brentq(f, a, b, xtol=1e-7, rtol=1e-12)


def _profile_multinomial(
    y: np.ndarray, design: _Design, chao: bool, n: int, N: float, alpha: float
):
    def ll(N_):
        return _multinomial_loglik(N_, y, n, design, chao)

    opt = optimize.minimize_scalar(
        lambda N_: -ll(N_), bounds=(n, 3 * N), method="bounded", options={"xatol": 1e-6}
    )
    n_max, lmax = float(opt.x), -float(opt.fun)
    # the optimum can sit at the lower end: compare with the profile at n itself
    if ll(float(n)) >= lmax:
        n_max, lmax = float(n), ll(float(n))
    target = lmax - stats.chi2.ppf(1 - alpha, 1) / 2

    def g(N_):
        return ll(N_) - target

    lower = float(n) if g(float(n)) >= 0 else _root(g, float(n), n_max)
    upper, lo = math.inf, n_max
    for factor in (3, 10, 30, 100):  # Rcapture stops at 3 N (fmaxSupCL); we look further
        hi = factor * N
        if g(hi) < 0:
            upper = _root(g, lo, hi)
            break
        lo = hi
    return n_max, lower, upper


def _profile_poisson(y: np.ndarray, fit: _Fit, n: int, alpha: float) -> tuple[float, float]:
    """N + exp(limits of the intercept's Poisson profile likelihood), as MASS::confint."""
    res = fit.res
    b0, se = float(res.params[0]), float(np.sqrt(res.cov_params()[0, 0]))
    dev_hat = float(res.deviance)
    crit = stats.chi2.ppf(1 - alpha, 1)

    def g(b):
        return _glm(y, fit.X, offset=np.full(len(y), b), intercept=False).deviance - dev_hat - crit

    lims = []
    for sign in (-1, 1):
        step = 3 * se
        while g(b0 + sign * step) < 0:
            step *= 2
        lims.append(_root(g, *sorted((b0, b0 + sign * step))))
    return n + math.exp(lims[0]), n + math.exp(lims[1])


# ---------------------------------------------------------------------------- public function


def _check_identifiable(
    design: _Design,
    terms: list[tuple],
    patterns: np.ndarray,
    y: np.ndarray,
    lists: Sequence[str],
    where: str,
    n_cells: int,
) -> None:
    p = design.X.shape[1] + 1
    if p > n_cells:
        raise EstimatorInputError(
            f"{where}: model {design.label!r} has {p} parameters but only {n_cells} observable "
            "cells: it is not identifiable (drop interaction terms)"
        )
    for term in terms:
        if y[patterns[:, list(term)].all(axis=1)].sum() == 0:
            raise EstimatorInputError(
                f"{where}: term {_term_label(term, lists)!r}: nobody is on all of these lists, "
                "so the interaction has no finite estimate (the model is not identifiable); "
                "drop the term"
            )
    if np.linalg.matrix_rank(np.column_stack([np.ones(len(y)), design.X])) < p:
        raise EstimatorInputError(f"{where}: the design of {design.label!r} is rank deficient")


def _one(
    table: CaptureTable,
    model: str,
    terms: list,
    select: str | None,
    interval: str,
    alpha: float,
    where: str,
) -> LoglinearResult:
    lists, patterns, y = table.lists, table.patterns, table.counts.astype(float)
    n = int(y.sum())
    check_estimable(lists, patterns, y, where)
    warn_sparse(lists, patterns, y, where)
    chao = _chao(model)
    if select is None:
        term_sets = [_parse_terms(terms, lists)]
    else:
        if len(lists) > MAX_SELECT_LISTS:
            raise EstimatorInputError(
                f"{where}: select over {len(lists)} lists would fit "
                f"2**{len(lists) * (len(lists) - 1) // 2} models; give terms= instead"
            )
        pairs = list(combinations(range(len(lists)), 2))
        term_sets = [
            list(s)
            for s in chain.from_iterable(combinations(pairs, r) for r in range(len(pairs) + 1))
        ]
    rows, fits = [], []
    for ts in term_sets:
        design = _design(lists, patterns, model, ts)
        try:
            _check_identifiable(design, ts, patterns, y, lists, where, len(y))
        except EstimatorInputError:
            if select is None:
                raise
            continue  # a candidate with an inestimable term is left out of the selection
        fit = _fit(y, design, chao)
        st = _stats(fit, y, n)
        rows.append({"model": design.label, "terms": " + ".join(design.terms), **st})
        fits.append((design, fit, st))
    key = {"aic": "AIC", "bic": "BIC"}.get(select or "aic")
    order = sorted(range(len(rows)), key=lambda i: rows[i][key]) if select else [0]
    design, fit, st = fits[order[0]]
    if not st["converged"]:
        warnings.warn(
            f"{where}: the Poisson GLM of {design.label!r} did not converge",
            ConvergenceWarning,
            stacklevel=3,
        )
    if interval == "multinomial":
        n_mult, lower, upper = _profile_multinomial(y, design, chao, n, st["estimate"], alpha)
    else:
        n_mult = math.nan
        lower, upper = _profile_poisson(y, fit, n, alpha)
    if math.isinf(upper):
        warnings.warn(
            f"{where}: the profile likelihood of {design.label!r} does not fall below its "
            f"{100 * (1 - alpha):g}% cut-off up to 100 times the estimate: only a lower limit",
            StatisticalWarning,
            stacklevel=3,
        )
    gof = stats.chi2.sf(st["deviance"], st["df"]) if st["df"] > 0 else math.nan
    if gof < alpha:
        warnings.warn(
            f"{where}: model {design.label!r} fits poorly (deviance {st['deviance']:.1f} on "
            f"{st['df']} df, p={gof:.2g}): the lists depend on each other in ways the model "
            f"leaves out, and the estimate rests on its assumption that {design.assumes}",
            StatisticalWarning,
            stacklevel=3,
        )
    cand = pd.DataFrame([rows[i] for i in order]).drop(columns="converged")
    cand.insert(3, "lower", [lower] + [math.nan] * (len(cand) - 1))
    cand.insert(4, "upper", [upper] + [math.nan] * (len(cand) - 1))
    dropped = f"; eta set to 0: {', '.join(fit.dropped)}" if fit.dropped else ""
    method = (
        f"Poisson loglinear {design.label} (assumes {design.assumes}{dropped}); "
        f"{interval} profile-likelihood interval"
        + (f"; model selected by {key}" if select else "")
        + (" (BIC with log of the number recorded)" if select == "bic" else "")
    )
    bound = "lower" if math.isinf(upper) else "two-sided"
    return LoglinearResult(
        estimate=st["estimate"],
        lower=lower,
        upper=upper,
        method=method,
        alpha=alpha,
        bound=bound,
        n_observed=n,
        missing=st["missing"],
        lists=lists,
        model=design.label,
        terms=design.terms,
        interval=interval,
        stderr=st["stderr"],
        deviance=st["deviance"],
        df=st["df"],
        aic=st["AIC"],
        bic=st["BIC"],
        estimate_multinomial=n_mult,
        criterion=select,
        coefficients=pd.Series(fit.res.params, index=["(Intercept)", *fit.names]),
        candidates=cand,
    )


def mse_loglinear(
    table: CaptureTable | pd.DataFrame,
    model: str | None = None,
    terms: Sequence[str | Sequence[str]] | None = None,
    select: Select | None = None,
    alpha: float = ALPHA,
    *,
    interval: Interval = "multinomial",
) -> LoglinearResult:
    """Population size from a loglinear capture-recapture model (Poisson GLM).

    Parameters
    ----------
    table : CaptureTable or pandas.DataFrame
        A capture table (:func:`~idlibstats.mse.capture_table`; a DataFrame is passed to it).
        Stratified tables are estimated per stratum and added up.
    model : str, optional
        ``"M0"``, ``"Mt"`` (default: independent lists), ``"Mh_chao"``, ``"Mh_poisson"``,
        ``"Mh_darroch"``, ``"Mh_gamma"``, ``"Mth_chao"``, ``"Mth_poisson"``, ``"Mth_darroch"``,
        ``"Mth_gamma"`` (see :data:`LOGLINEAR_MODELS`). Names the capture model, not an error distribution.
    terms : sequence of str, optional
        List interactions added to ``Mt`` (or ``Mth_*``), e.g. ``["A:B", "A:C"]``; a term of three
        lists brings its two-way terms with it (hierarchical).
    select : {"aic", "bic"}, optional
        Fit every hierarchical model (main effects plus any set of two-way interactions, on top of
        ``model``) and keep the one with the smallest criterion; ``terms`` is then ignored.
        BIC = -2 log L + p log(n), n = people recorded (Rcapture's, not R's ``BIC(glm)``).
    alpha : float
        ``0.05`` gives 95% intervals.
    interval : {"multinomial", "poisson"}
        ``"multinomial"``: profile likelihood of N (Rcapture ``closedpCI``); ``"poisson"``: profile
        likelihood of the intercept (R ``MASS::confint``), ``n + exp`` of its limits. The Poisson
        interval holds ``n`` fixed (it is an interval for the expected number missing) and is
        narrower: in a seeded simulation (N = 400, three independent lists, 200 tables) it
        covered N 89.5% of the time against 95.5% for the multinomial.

    Returns
    -------
    LoglinearResult
        ``estimate`` = n + exp(intercept) of the chosen model; ``summary()`` lists every
        candidate with its AIC, BIC and estimate.

    Raises
    ------
    EstimatorInputError
        Fewer than 3 lists, a list with nobody on it, an unknown model or term, a term with
        nobody on all its lists, or more parameters than observable cells.

    Warns
    -----
    StatisticalWarning
        Two lists share fewer than 5 people; the model fits poorly (deviance test at ``alpha``),
        i.e. the lists depend on each other in ways the model leaves out.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1],
    ...                   "C": [1, 0, 1, 0, 1, 0, 1], "count": [60, 50, 12, 70, 15, 14, 4]})
    >>> r = mse_loglinear(t, model="Mt")
    >>> round(r.estimate, 1), round(r.lower, 1), round(r.upper, 1)
    (475.9, 390.5, 595.3)
    >>> r = mse_loglinear(t, model="Mt", interval="poisson")  # R: 397.3, 593.7 (MASS confint)
    >>> round(r.lower, 1), round(r.upper, 1)
    (397.3, 593.7)
    >>> s = mse_loglinear(t, select="aic").summary()
    >>> s[["terms", "estimate", "AIC"]].round(1).head(3)
      terms  estimate   AIC
    0           475.9  42.7
    1   B:C     483.8  44.6
    2   A:C     466.7  44.6
    """
    alpha = check_alpha(alpha)
    model = "Mt" if model is None else model
    if model not in LOGLINEAR_MODELS:
        raise EstimatorInputError(f"model={model!r}; choose one of {list(LOGLINEAR_MODELS)}")
    if interval not in ("multinomial", "poisson"):
        raise EstimatorInputError(f"interval={interval!r}; choose 'multinomial' or 'poisson'")
    if select not in (None, "aic", "bic"):
        raise EstimatorInputError(f"select={select!r}; choose 'aic', 'bic' or None")
    terms = [] if terms is None else list(terms)
    if isinstance(terms, str):
        terms = [terms]
    if (terms or select) and LOGLINEAR_MODELS[model][1] == "M0":
        raise EstimatorInputError(
            f"model={model!r} has one common capture effect; list interactions (terms=, select=) "
            "need list main effects: use 'Mt' or an 'Mth_*' model"
        )
    table = capture_table(table)
    parts = table.by_stratum()
    results = {}
    for key, part in parts.items():
        where = "table" if key is None else f"stratum {key!r}"
        results[key] = _one(part, model, terms, select, interval, alpha, where)
    if table.strata is None:
        return results[None]
    est, lower, upper, strata = combine_strata(results)
    first = next(iter(results.values()))
    cand = pd.concat(
        [r.candidates.assign(stratum=key) for key, r in results.items()], ignore_index=True
    )
    n = table.n_observed
    return LoglinearResult(
        estimate=est,
        lower=lower,
        upper=upper,
        method=f"{first.method} in each stratum; {STRATA_RULE}",
        alpha=alpha,
        bound="lower" if math.isinf(upper) else "two-sided",
        n_observed=n,
        missing=est - n,
        lists=table.lists,
        strata=strata,
        model=first.model if select is None else f"selected by {select} per stratum",
        terms=first.terms if select is None else (),
        interval=interval,
        stderr=math.sqrt(sum(r.stderr**2 for r in results.values())),
        deviance=sum(r.deviance for r in results.values()),
        df=sum(r.df for r in results.values()),
        aic=sum(r.aic for r in results.values()),
        bic=sum(r.bic for r in results.values()),
        estimate_multinomial=sum(r.estimate_multinomial for r in results.values()),
        criterion=select,
        candidates=cand,
    )
