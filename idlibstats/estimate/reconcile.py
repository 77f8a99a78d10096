"""Reconcile several reported figures for one quantity with an interval-censored count likelihood.

"More than 1,000" (SOHR), "at least 1,089" (SNHR), "between 400 and 450" (a UN office) and an
exact UCDP count of the same deaths are treated as independent observations ``Y_i`` of one
count distribution (Poisson with mean ``mu``, or negative binomial with mean ``mu`` and size
``k``), each seen only through the interval its wording allows:

====================  =====================================
figure                contribution to the likelihood
====================  =====================================
exact ``y``           ``P(Y = y)``
more_than ``x``       ``P(Y > x) = P(Y >= floor(x) + 1)``
at_least ``x``        ``P(Y >= x)``
vague (lower ``x``)   ``P(Y >= x)``
less_than ``x``       ``P(Y < x) = P(Y <= ceil(x) - 1)``
at_most ``x``         ``P(Y <= x)``
range ``a..b``        ``P(a <= Y <= b)``
approx ``v``          ``P(v (1 - band) <= Y <= v (1 + band))`` (band 10% by default)
====================  =====================================

No maintained Python library fits censored count likelihoods (statsmodels' count models take
exact counts only), so the log-likelihood is written here with ``scipy.stats`` and maximised with
``scipy.optimize``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import optimize, stats

from idlibstats.errors import ConvergenceWarning, EstimatorInputError
from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.intervals import APPROX_BAND
from idlibstats.estimate.rates import _check_alpha, _get, count_bounds

__all__ = ["ReconcileResult", "censored_bounds", "reconcile"]

_LOG_SIZE = (math.log(1e-2), math.log(1e8))  # search range of the NB size (k -> inf: Poisson)


@dataclass(frozen=True, repr=False)
class ReconcileResult(Result):
    """The count that the figures jointly support, with a profile-likelihood interval.

    Extra attributes
    ----------------
    model : str
        ``"poisson"`` or ``"negbin"``.
    size : float
        Fitted negative-binomial size ``k`` (variance ``mu + mu**2 / k``); ``nan`` for Poisson.
    loglik : float
        Maximised log-likelihood.
    n_figures : int
    figures : pandas.DataFrame
        One row per figure: ``qualifier``, ``value``, integer bounds ``count_lower``,
        ``count_upper``, ``prob`` (its censored probability under the fit), ``tail_p``,
        ``consistent`` and ``disjoint_with`` (labels of figures whose intervals do not overlap).
    disjoint_pairs : list of tuple
        Pairs of figure labels whose intervals cannot both be true.
    """

    model: str = "poisson"
    size: float = math.nan
    loglik: float = math.nan
    n_figures: int = 0
    figures: pd.DataFrame = field(default_factory=pd.DataFrame)
    disjoint_pairs: list = field(default_factory=list)


def censored_bounds(figure: Any, approx_band: float = APPROX_BAND) -> tuple[float, float]:
    """Integer interval ``(a, b)`` of counts a figure allows; ``b`` may be ``inf``.

    ``figure`` is a figure-table row (see the table in the module docstring) or a pair
    ``(lower, upper)`` where ``nan`` means unbounded (``(1089, nan)`` is "at least 1,089").

    Examples
    --------
    >>> from idlibstats.estimate import censored_bounds
    >>> censored_bounds({"value": 1000.0, "qualifier": "more_than"})
    (1001.0, inf)
    >>> censored_bounds((400, 450))
    (400.0, 450.0)
    """
    if isinstance(figure, tuple | list | np.ndarray) and len(figure) == 2:
        lo, hi = (float(x) if x is not None else math.nan for x in figure)
        if lo < 0 or hi < 0:
            raise EstimatorInputError(f"bounds ({lo:g}, {hi:g}) are negative")
        if lo > hi:
            raise EstimatorInputError(f"lower {lo:g} > upper {hi:g}")
        a = 0.0 if math.isnan(lo) else float(math.ceil(lo))
        b = math.inf if math.isnan(hi) or math.isinf(hi) else float(math.floor(hi))
        if a > b:
            raise EstimatorInputError(f"bounds ({lo:g}, {hi:g}) contain no whole count")
        return a, b
    cmin, cmax, _, _ = count_bounds(figure, approx_band)
    if cmin > cmax:
        raise EstimatorInputError(f"figure {figure!r} allows no whole count")
    return cmin, cmax


def _logdiff(big: np.ndarray, small: np.ndarray) -> np.ndarray:
    """log(exp(big) - exp(small)) for big >= small, stable."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return big + np.log1p(-np.exp(small - big))


def _dist(model: str, mu: float, size: float) -> Any:
    if model == "poisson":
        return stats.poisson(mu)
    return stats.nbinom(size, size / (size + mu))


def _logprob(dist: Any, mu: float, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """log P(a <= Y <= b) for each figure, choosing the cdf or sf side to avoid cancellation.

    Far in a tail both cdf (or sf) values underflow; the probability is then dominated by the
    end of the interval nearest to ``mu``, whose log-pmf is used (it never underflows).
    """
    b_fin = np.where(np.isinf(b), a, b)
    with np.errstate(invalid="ignore", divide="ignore"):
        via_cdf = _logdiff(dist.logcdf(b_fin), dist.logcdf(a - 1))
        via_sf = _logdiff(dist.logsf(a - 1), dist.logsf(b_fin))
        finite = np.where(a - 1 >= mu, via_sf, via_cdf)
        out = np.where(np.isinf(b), dist.logsf(a - 1), finite)
        out = np.where(a == b, dist.logpmf(a), out)
        near = np.where(a - 1 >= mu, dist.logpmf(a), dist.logpmf(b_fin))
    return np.where(np.isfinite(out), out, near)


def _loglik(model: str, mu: float, size: float, a: np.ndarray, b: np.ndarray) -> float:
    return float(_logprob(_dist(model, mu, size), mu, a, b).sum())


def _profile(model: str, mu: float, a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(log-likelihood maximised over the NB size at fixed mu, that size)."""
    if model == "poisson":
        return _loglik(model, mu, math.nan, a, b), math.nan
    res = optimize.minimize_scalar(
        lambda ls: -_loglik(model, mu, math.exp(ls), a, b),
        bounds=_LOG_SIZE,
        method="bounded",
        options={"xatol": 1e-6},
    )
    return -float(res.fun), math.exp(res.x)


def reconcile(
    figures: Any,
    model: Literal["poisson", "negbin"] = "poisson",
    alpha: float = ALPHA,
    approx_band: float = APPROX_BAND,
) -> ReconcileResult:
    """Combine several reported figures for one quantity into one estimate with an interval.

    The mean ``mu`` maximises the interval-censored log-likelihood (module docstring); the
    interval is the profile-likelihood interval ``{mu : 2 (l_max - l(mu)) <= chi2_1(1 - alpha)}``
    (for the negative binomial, the size is maximised out at each ``mu``).

    Consistency: figure ``i`` with count interval ``[a, b]`` gets the tail probability
    ``tail_p = min(1, 2 min(P(Y <= b), P(Y >= a)))`` under the fitted model, and is flagged
    ``consistent=False`` when ``tail_p < alpha``: its whole interval lies in a far tail of what the
    other figures jointly support. (The censored probability ``P(a <= Y <= b)`` itself is also
    reported as ``prob``, but it is not used for the flag: an exact figure has a small point
    probability however central it is.) Independently of any model, pairs of figures whose
    intervals do not overlap are listed in ``disjoint_pairs``: they cannot both be true counts of
    the same thing.

    When no figure bounds the count from above (all "more than"/"at least"), the likelihood grows
    without limit in ``mu``: the result is then a lower bound (``bound="lower"``, ``upper=inf``),
    ``estimate`` the largest lower bound and ``lower`` the one-sided profile limit
    (``2 (0 - l(mu)) = chi2_1(1 - 2 alpha)``). Mirror image when every figure is only an upper
    bound: ``estimate = lower = 0`` and ``bound="upper"``.

    Parameters
    ----------
    figures : DataFrame, or list of rows or of (lower, upper) pairs
        Figure-table rows (``value``, ``qualifier``, ``lower``, ``upper``) or bound pairs with
        ``nan`` for an open end.
    model : {"poisson", "negbin"}
        The negative binomial lets sources disagree more than Poisson counting noise allows.
    alpha : float
    approx_band : float
        Relative half-width for ``approx`` figures.

    Returns
    -------
    ReconcileResult

    Examples
    --------
    >>> from idlibstats.estimate import reconcile
    >>> figs = [(1001, float("nan")), (1089, float("nan")), (1120, 1120)]
    >>> r = reconcile(figs)
    >>> 1100 < r.estimate < 1140, bool(r.figures["consistent"].all())
    (True, True)
    """
    _check_alpha(alpha)
    if model not in ("poisson", "negbin"):
        raise EstimatorInputError(f"model={model!r} must be 'poisson' or 'negbin'")
    if isinstance(figures, pd.DataFrame):
        labels = list(figures.index)
        rows = [row for _, row in figures.iterrows()]
    else:
        rows = list(figures)
        labels = list(range(len(rows)))
    if not rows:
        raise EstimatorInputError("figures is empty")
    bounds = [censored_bounds(r, approx_band) for r in rows]
    a = np.array([x[0] for x in bounds])
    b = np.array([x[1] for x in bounds])
    scale = float(np.max(np.where(np.isfinite(b), b, a))) + 1.0
    m_min = 1e-8
    chi = stats.chi2.ppf(1 - alpha, 1) / 2

    def prof(mu: float) -> float:
        return _profile(model, mu, a, b)[0]

    if np.isinf(b).all():
        # No upper bound anywhere: l(mu) -> 0 as mu -> inf; one-sided lower limit only.
        cut = -stats.chi2.ppf(1 - 2 * alpha, 1) / 2
        top = float(a.max())
        lo = (
            optimize.brentq(lambda m: prof(m) - cut, m_min, max(top, 1.0) * 4 + 10)
            if prof(m_min) < cut
            else 0.0
        )
        mu_hat, ll_max, size_hat = top, 0.0, math.nan
        lower, upper, bound = lo, math.inf, "lower"
    elif (a == 0).all():
        # Only upper bounds: l(mu) is largest at mu = 0; one-sided upper limit only.
        cut = -stats.chi2.ppf(1 - 2 * alpha, 1) / 2
        hi = max(float(b.max()), 1.0) * 4 + 10
        while prof(hi) >= cut and hi < 1e15:
            hi *= 4
        mu_hat, ll_max, size_hat = 0.0, 0.0, math.nan
        lower, upper, bound = 0.0, optimize.brentq(lambda m: prof(m) - cut, m_min, hi), "upper"
    else:
        res = optimize.minimize_scalar(
            lambda lm: -prof(math.exp(lm)),
            bounds=(math.log(m_min), math.log(10 * scale)),
            method="bounded",
            options={"xatol": 1e-9},
        )
        if not res.success:
            warnings.warn(
                f"reconcile: optimiser did not converge ({res.message})",
                ConvergenceWarning,
                stacklevel=2,
            )
        mu_hat = math.exp(res.x)
        ll_max, size_hat = _profile(model, mu_hat, a, b)
        cut = ll_max - chi
        lower = (
            optimize.brentq(lambda m: prof(m) - cut, m_min, mu_hat, xtol=1e-9)
            if prof(m_min) < cut
            else 0.0
        )
        hi = max(mu_hat * 2, 10.0)
        while prof(hi) >= cut and hi < 1e15:
            hi *= 4
        upper = optimize.brentq(lambda m: prof(m) - cut, mu_hat, hi, xtol=1e-9)
        bound = "two-sided"

    fit = _dist(model, max(mu_hat, m_min), size_hat)
    prob = np.exp(_logprob(fit, mu_hat, a, b))
    below = np.where(np.isinf(b), 1.0, fit.cdf(np.where(np.isinf(b), 0, b)))
    above = fit.sf(a - 1)
    tail_p = np.minimum(1.0, 2 * np.minimum(below, above))
    disjoint = [
        (labels[i], labels[j])
        for i in range(len(a))
        for j in range(i + 1, len(a))
        if b[i] < a[j] or b[j] < a[i]
    ]
    with_ = {lab: [] for lab in labels}
    for i, j in disjoint:
        with_[i].append(j)
        with_[j].append(i)
    table = pd.DataFrame(
        {
            "qualifier": [
                str(_get(r, "qualifier"))
                if not isinstance(r, tuple | list)
                else ("exact" if a[k] == b[k] else "bounds")
                for k, r in enumerate(rows)
            ],
            "value": [
                float(_get(r, "value")) if not isinstance(r, tuple | list) else math.nan
                for r in rows
            ],
            "count_lower": a,
            "count_upper": b,
            "prob": prob,
            "tail_p": tail_p,
            "consistent": tail_p >= alpha,
            "disjoint_with": [", ".join(map(str, with_[lab])) for lab in labels],
        },
        index=pd.Index(labels, name="figure"),
    )
    name = "Poisson" if model == "poisson" else "negative binomial"
    return ReconcileResult(
        estimate=float(mu_hat),
        lower=float(lower),
        upper=float(upper),
        method=f"interval-censored {name} likelihood; profile-likelihood interval",
        alpha=alpha,
        bound=bound,
        model=model,
        size=float(size_hat),
        loglik=float(ll_max),
        n_figures=len(rows),
        figures=table,
        disjoint_pairs=disjoint,
    )
