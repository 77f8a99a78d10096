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

from idlibstats.errors import ConvergenceWarning, EstimatorInputError, StatisticalWarning
from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.rates import APPROX_BAND, _check_alpha, _get, count_bounds

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
        ``count_upper``, ``prob`` (its censored probability under the fit), ``tail_p`` (its
        tail probability under the fit of the *other* figures), ``consistent`` and
        ``disjoint_with`` (labels of figures whose intervals do not overlap). Left out of ``==``.
    disjoint_pairs : list of tuple
        Pairs of figure labels whose intervals cannot both be true.
    """

    model: str = "poisson"
    size: float = math.nan
    loglik: float = math.nan
    n_figures: int = 0
    # the table is left out of ==: DataFrame == DataFrame is elementwise, with no truth value
    figures: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False)
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


def _point_fit(
    model: str, a: np.ndarray, b: np.ndarray, m_min: float, scale: float
) -> tuple[float, float, float, str, bool]:
    """(mu_hat, l_max, size_hat, kind, optimiser converged) of one set of figures.

    ``kind`` is ``"lower"`` when no figure bounds the count from above (``mu_hat`` is then the
    largest lower bound, ``l_max = 0``, the supremum as ``mu -> inf``), ``"upper"`` when every
    figure is only an upper bound (``mu_hat = 0``), ``"two-sided"`` otherwise.
    """
    if np.isinf(b).all():
        return float(a.max()), 0.0, math.nan, "lower", True
    if (a == 0).all():
        return 0.0, 0.0, math.nan, "upper", True
    res = optimize.minimize_scalar(
        lambda lm: -_profile(model, math.exp(lm), a, b)[0],
        bounds=(math.log(m_min), math.log(10 * scale)),
        method="bounded",
        options={"xatol": 1e-9},
    )
    mu_hat = math.exp(res.x)
    ll_max, size_hat = _profile(model, mu_hat, a, b)
    return mu_hat, ll_max, size_hat, "two-sided", bool(res.success)


def _loo_tail_p(
    model: str, a: np.ndarray, b: np.ndarray, i: int, m_min: float, scale: float
) -> float:
    """Tail probability of figure ``i`` under the fit of the other figures (module docstring)."""
    keep = np.arange(a.size) != i
    ar, br = a[keep], b[keep]
    mu, _, size, kind, _ = _point_fit(model, ar, br, m_min, scale)
    if kind == "upper":
        mu = float(br.min())  # the tightest upper bound: mirror image of the largest lower one
    mu = max(mu, m_min)
    if model == "negbin" and math.isnan(size):
        size = _profile(model, mu, ar, br)[1]
    dist = _dist(model, mu, size)
    below = 1.0 if math.isinf(b[i]) else float(dist.cdf(b[i]))
    above = float(dist.sf(a[i] - 1))
    if kind == "lower":  # the others allow any larger count: only "too small" can be extreme
        above = 1.0
    elif kind == "upper":  # the others allow any smaller count: only "too large" can be extreme
        below = 1.0
    return min(1.0, 2 * min(below, above))


def _open_end(side: str, model: str) -> str:
    floor = (
        f"; the negative-binomial size floor k >= {math.exp(_LOG_SIZE[0]):g} lets the count be "
        "so skewed that the figures stay compatible"
        if model == "negbin"
        else ""
    )
    return (
        f"; {side} limit open: the profile likelihood stays above the cutoff to the end of the "
        f"search{floor}"
    )


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

    Consistency is judged leave-one-out: for each figure ``i`` with count interval ``[a, b]``
    the model is refitted **without** it, and ``tail_p = min(1, 2 min(P(Y <= b), P(Y >= a)))``
    under that fit is what the other figures jointly say about it; ``consistent=False`` when
    ``tail_p < alpha``. When the other figures only bound the count from below, the comparison
    is one-sided (only "too small" is extreme), at their largest lower bound; when they only
    bound it from above, only "too large" is extreme, at their smallest upper bound (for the
    negative binomial, with the size that maximises their likelihood there). With a single
    figure there is nothing to compare (``tail_p = nan``, not flagged). The censored
    probability ``P(a <= Y <= b)`` under the fit of all figures is reported as ``prob``, but it
    is not used for the flag: an exact figure has a small point probability however central it
    is. Independently of any model, pairs of figures whose intervals do not overlap are listed
    in ``disjoint_pairs``: they cannot both be true counts of the same thing.

    The Poisson model treats each source as an independent Poisson draw of the count: sources
    can then differ by little more than ``sqrt(mu)``, so one far-off figure (400 against three
    near 1,100) drags the fit of the others so far that the figures near 1,100 are flagged
    too. The negative binomial lets the disagreement be absorbed by a small size ``k`` when it
    is spread out, and keeps ``k`` large when the others agree, which singles out the outlier.

    When no figure bounds the count from above (all "more than"/"at least"), the likelihood grows
    without limit in ``mu``: the result is then a lower bound (``bound="lower"``, ``upper=inf``),
    ``estimate`` the largest lower bound and ``lower`` the one-sided profile limit
    (``2 (0 - l(mu)) = chi2_1(1 - 2 alpha)``). Mirror image when every figure is only an upper
    bound: ``estimate = lower = 0`` and ``bound="upper"``. ``size`` is ``nan`` in both cases
    (not identified).

    If the profile likelihood is still above the cutoff at the end of the search (1e15), the
    limit is open (``upper = inf``) and a :class:`~idlibstats.errors.StatisticalWarning` says so;
    this happens with the negative binomial, whose size floor ``k >= 0.01`` allows counts so
    skewed that, e.g., "at most 10" and "at least 30" stay compatible for any large ``mu``. The
    ``method`` says so too.

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
    notes = ""

    def prof(mu: float) -> float:
        return _profile(model, mu, a, b)[0]

    def upper_limit(cut: float, start: float, floor: float) -> float:
        """Root of prof(mu) = cut above ``start``, or inf if there is none before 1e15."""
        nonlocal notes
        hi = start
        while prof(hi) >= cut and hi < 1e15:
            hi *= 4
        if prof(hi) >= cut:
            notes += _open_end("upper", model)
            warnings.warn(
                f"reconcile: the upper limit is open (inf){_open_end('upper', model)}",
                StatisticalWarning,
                stacklevel=3,
            )
            return math.inf
        return optimize.brentq(lambda m: prof(m) - cut, floor, hi, xtol=1e-9)

    mu_hat, ll_max, size_hat, bound, ok = _point_fit(model, a, b, m_min, scale)
    if not ok:
        warnings.warn("reconcile: optimiser did not converge", ConvergenceWarning, stacklevel=2)
    if bound == "lower":
        # No upper bound anywhere: l(mu) -> 0 as mu -> inf; one-sided lower limit only.
        cut = -stats.chi2.ppf(1 - 2 * alpha, 1) / 2
        top = float(a.max())
        lower = (
            optimize.brentq(lambda m: prof(m) - cut, m_min, max(top, 1.0) * 4 + 10)
            if prof(m_min) < cut
            else 0.0
        )
        upper = math.inf
    elif bound == "upper":
        # Only upper bounds: l(mu) is largest at mu = 0; one-sided upper limit only.
        cut = -stats.chi2.ppf(1 - 2 * alpha, 1) / 2
        lower = 0.0
        upper = upper_limit(cut, max(float(b.max()), 1.0) * 4 + 10, m_min)
    else:
        cut = ll_max - chi
        lower = (
            optimize.brentq(lambda m: prof(m) - cut, m_min, mu_hat, xtol=1e-9)
            if prof(m_min) < cut
            else 0.0
        )
        upper = upper_limit(cut, max(mu_hat * 2, 10.0), mu_hat)

    mu_eval = max(mu_hat, m_min)
    size_eval = _profile(model, mu_eval, a, b)[1] if math.isnan(size_hat) else size_hat
    prob = np.exp(_logprob(_dist(model, mu_eval, size_eval), mu_eval, a, b))
    tail_p = np.array(
        [_loo_tail_p(model, a, b, i, m_min, scale) for i in range(a.size)]
        if a.size > 1
        else [math.nan]
    )
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
            "consistent": ~(tail_p < alpha),
            "disjoint_with": [", ".join(map(str, with_[lab])) for lab in labels],
        },
        index=pd.Index(labels, name="figure"),
    )
    name = "Poisson" if model == "poisson" else "negative binomial"
    return ReconcileResult(
        estimate=float(mu_hat),
        lower=float(lower),
        upper=float(upper),
        method=f"interval-censored {name} likelihood; profile-likelihood interval{notes}",
        alpha=alpha,
        bound=bound,
        model=model,
        size=float(size_hat),
        loglik=float(ll_max),
        n_figures=len(rows),
        figures=table,
        disjoint_pairs=disjoint,
    )
