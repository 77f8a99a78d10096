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

The parameter is ``mu``, the **common mean of the independent reports**: each source is taken
as one draw ``Y_i`` of the count, and figure ``i`` says only ``a_i <= Y_i <= b_i``. The point
estimate maximises the interval-censored likelihood above. The interval does not use that
likelihood's curvature, which is flat wherever the figures are open (a profile-likelihood cutoff
covered 74% with one floor, 45% with two): it inverts an exact test of the **sums** of the
reports' bounds, valid whatever made a source word its figure as it did. Let ``L`` be the
figures whose wording bounds the count from below (exact, ranges, approx, floors) and ``U``
those bounded above (exact, ranges, approx, ceilings). Under the model ``S_L = sum_L Y_i`` is
Poisson with mean ``|L| mu`` and ``S_L >= A = sum_L a_i``; so ``mu`` is rejected when
``P(S_L >= A) < alpha_L`` (too small) or ``P(S_U <= B) < alpha_U`` with ``B = sum_U b_i`` (too
large). These p-values are never below those of the unseen exact sums, which are super-uniform:
coverage is at least ``1 - alpha_L - alpha_U`` in every configuration. Each side gets
``alpha / 2`` when both are bounded, and the whole ``alpha`` when only one is (no figure bounded
above, or every lower end 0, as for an exact zero). For Poisson reports
the limits are Garwood's: ``[garwood_lower(A) / |L|, garwood_upper(B) / |U|]``, so one figure
alone gives exactly :func:`~idlibstats.estimate.rate_from_figure` over one day. For the negative
binomial ``S_L`` is negative binomial with mean ``|L| mu`` and size ``|L| k``; the unknown
size is handled as Berger & Boos (1994) do: the p-values are maximised over a
``1 - gamma`` profile-likelihood confidence set of sizes (``gamma = alpha / 50``, all sizes
``0.01 <= k <= 1e8`` when the figures do not identify it) and ``gamma`` is taken off the
level. Its guarantee holds for every true size in ``[0.01, 1e8]``: exactly when every size is
allowed, and as far as the profile-likelihood set covers (asymptotically) otherwise.

No maintained Python library fits censored count likelihoods (statsmodels' count models take
exact counts only), so the log-likelihood is written here with ``scipy.special`` (scipy's own
regularised gamma and beta functions) and maximised with ``scipy.optimize``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import optimize, special, stats

from idlibstats.errors import (
    ConvergenceWarning,
    EstimatorInputError,
    IdlibstatsDeprecationWarning,
    StatisticalWarning,
)
from idlibstats.estimate._checks import check_alpha, renamed, row_get
from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.intervals import Interval
from idlibstats.estimate.rates import (
    APPROX_BAND,
    count_bounds,
    garwood_lower,
    garwood_upper,
)
from idlibstats.table.bounds import LOWER_BOUNDED, UPPER_BOUNDED

__all__ = ["ReconcileResult", "censored_bounds", "reconcile"]

_LOG_SIZE = (math.log(1e-2), math.log(1e8))  # search range of the NB size (k -> inf: Poisson)
#: Sizes over which the negative-binomial tests are maximised (ratio 1.2 between neighbours).
_SIZES = np.geomspace(math.exp(_LOG_SIZE[0]), math.exp(_LOG_SIZE[1]), 101)
_MU_MAX = 1e15  # end of the search for an upper limit


@dataclass(frozen=True, slots=True, repr=False)
class ReconcileResult(Result):
    """The count that the figures jointly support, with an exact interval for the mean.

    Attributes
    ----------
    family : str
        ``"poisson"`` or ``"negbin"``, the distribution of each source's count (``model``
        before; still readable, with a warning).
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
    disjoint_pairs : tuple of tuple
        Pairs of figure labels whose intervals cannot both be true.
    """

    family: str = "poisson"
    size: float = math.nan
    loglik: float = math.nan
    n_figures: int = 0
    # the table is left out of ==: DataFrame == DataFrame is elementwise, with no truth value
    figures: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False)
    disjoint_pairs: tuple[tuple, ...] = ()

    @property
    def model(self) -> str:
        """Deprecated name of :attr:`family`."""
        warnings.warn(
            "ReconcileResult.model is deprecated: read .family",
            IdlibstatsDeprecationWarning,
            stacklevel=2,
        )
        return self.family


def censored_bounds(figure: Any, approx_band: float = APPROX_BAND) -> Interval:
    """Integer interval ``[a, b]`` of counts a figure allows; ``b`` may be ``inf``.

    Parameters
    ----------
    figure : figure-table row or pair
        A row (see the table in the module docstring) or a pair ``(lower, upper)`` where
        ``nan`` means unbounded (``(1089, nan)`` is "at least 1,089").
    approx_band : float
        Relative half-width for ``approx`` figures.

    Returns
    -------
    Interval
        Unpacks as ``a, b = censored_bounds(...)`` (it returned that tuple before).

    Examples
    --------
    >>> from idlibstats.estimate import censored_bounds
    >>> censored_bounds({"value": 1000.0, "qualifier": "more_than"})
    Interval(lower=1001.0, upper=inf)
    >>> tuple(censored_bounds((400, 450)))
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
        return Interval(a, b, "whole counts within the bounds")
    cmin, cmax, _, _ = count_bounds(figure, approx_band)
    if cmin > cmax:
        raise EstimatorInputError(f"figure {figure!r} allows no whole count")
    return Interval(cmin, cmax, "whole counts the wording allows (qualifier -> bounds rule)")


def _logdiff(big: np.ndarray, small: np.ndarray) -> np.ndarray:
    """log(exp(big) - exp(small)) for big >= small, stable."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return big + np.log1p(-np.exp(small - big))


class _Counts:
    """Poisson or negative-binomial log-pmf, log-cdf and log-sf from ``scipy.special``.

    Written here because a frozen ``scipy.stats`` distribution costs about 2 ms to build (its
    docstrings) and a fit builds thousands; the formulas are scipy's own (``poisson``:
    regularised gamma functions, ``nbinom``: regularised beta functions). Broadcasts.
    """

    def __init__(self, model: str, mu: Any, size: Any) -> None:
        self.model, self.mu, self.size = model, np.asarray(mu, float), np.asarray(size, float)
        if model != "poisson":
            self.p = self.size / (self.size + self.mu)

    def logpmf(self, y: Any) -> np.ndarray:
        y = np.asarray(y, float)
        if self.model == "poisson":
            return special.xlogy(y, self.mu) - self.mu - special.gammaln(y + 1)
        k, p = self.size, self.p
        return (
            special.gammaln(y + k)
            - special.gammaln(k)
            - special.gammaln(y + 1)
            + k * np.log(p)
            + special.xlog1py(y, -p)
        )

    def _tail(self, y: Any, below: bool) -> np.ndarray:
        """P(Y <= y) when ``below``, else P(Y > y)."""
        y = np.asarray(y, float)
        yy = np.maximum(y, 0.0)
        if self.model == "poisson":
            out = (special.gammaincc if below else special.gammainc)(yy + 1, self.mu)
        else:
            out = (special.betainc if below else special.betaincc)(self.size, yy + 1, self.p)
        return np.where(y < 0, 0.0 if below else 1.0, out)

    def cdf(self, y: Any) -> np.ndarray:
        return self._tail(y, below=True)

    def sf(self, y: Any) -> np.ndarray:
        return self._tail(y, below=False)

    def logcdf(self, y: Any) -> np.ndarray:
        with np.errstate(divide="ignore"):
            return np.log(self.cdf(y))

    def logsf(self, y: Any) -> np.ndarray:
        with np.errstate(divide="ignore"):
            return np.log(self.sf(y))


def _dist(model: str, mu: Any, size: Any) -> _Counts:
    return _Counts(model, mu, size)


def _logprob(dist: _Counts, mu: Any, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Log P(a_i <= Y <= b_i) for each figure ``i`` (axis 0, then the shape of the parameters).

    A range chooses the cdf or sf side to avoid cancellation. Far in a tail both cdf (or sf)
    values underflow; the probability is then dominated by the end of the interval nearest to
    ``mu``, whose log-pmf is used (it never underflows). Only the terms a figure needs are
    computed: the regularised beta functions of the negative binomial are the slow part.
    """
    mu = np.asarray(mu, float)
    shape = np.broadcast_shapes(mu.shape, dist.mu.shape, np.shape(dist.size))
    terms = []
    with np.errstate(invalid="ignore", divide="ignore"):
        for lo, hi in zip(np.asarray(a, float), np.asarray(b, float), strict=True):
            if lo == hi:
                term = dist.logpmf(lo)
            elif math.isinf(hi):
                term = dist.logsf(lo - 1)
                term = np.where(np.isfinite(term), term, dist.logpmf(lo))
            else:
                above = lo - 1 >= mu
                via_cdf = _logdiff(dist.logcdf(hi), dist.logcdf(lo - 1))
                via_sf = _logdiff(dist.logsf(lo - 1), dist.logsf(hi))
                term = np.where(above, via_sf, via_cdf)
                near = np.where(above, dist.logpmf(lo), dist.logpmf(hi))
                term = np.where(np.isfinite(term), term, near)
            terms.append(np.broadcast_to(term, shape))
    return np.stack(terms)


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
    log_mu = (math.log(m_min), math.log(10 * scale))
    if model == "poisson":
        res = optimize.minimize_scalar(
            lambda lm: -_loglik(model, math.exp(lm), math.nan, a, b),
            bounds=log_mu,
            method="bounded",
            options={"xatol": 1e-9},
        )
        mu_hat = math.exp(res.x)
        return mu_hat, -float(res.fun), math.nan, "two-sided", bool(res.success)
    # negative binomial: start from the best point of a coarse (mu, size) grid, then maximise
    # over mu and over the size in turn (the NB2 mean and size are nearly orthogonal, so a few
    # rounds converge; a nested 1-D search costs ~5 times as many evaluations, and a 2-D
    # simplex stalls on the flat ridge of a Poisson-like size)
    mu = np.geomspace(max(m_min, 1e-4 * scale), 10 * scale, 80)[:, None]
    size = _SIZES[::4][None, :]
    ll = _logprob(_dist(model, mu, size), mu, a, b).sum(axis=0)
    i, j = np.unravel_index(np.nanargmax(ll), ll.shape)
    lm, ls, best = math.log(mu[i, 0]), math.log(size[0, j]), float(ll[i, j])
    converged = False
    for _ in range(20):
        r_mu = optimize.minimize_scalar(
            lambda x, s=ls: -_loglik(model, math.exp(x), math.exp(s), a, b),
            bounds=log_mu,
            method="bounded",
            options={"xatol": 1e-9},
        )
        lm = float(r_mu.x)
        r_size = optimize.minimize_scalar(
            lambda x, m=lm: -_loglik(model, math.exp(m), math.exp(x), a, b),
            bounds=_LOG_SIZE,
            method="bounded",
            options={"xatol": 1e-7},
        )
        ls, previous, best = float(r_size.x), best, -float(r_size.fun)
        if best - previous < 1e-10:
            converged = True
            break
    return math.exp(lm), best, math.exp(ls), "two-sided", converged


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
        f"; {side} limit open: the test of the sums rejects no mean up to the end of the "
        f"search ({_MU_MAX:g}){floor}"
    )


def _is_pair(figure: Any) -> bool:
    return isinstance(figure, tuple | list | np.ndarray) and len(figure) == 2


def _sides(rows: list) -> tuple[np.ndarray, np.ndarray]:
    """Which figures' wording bounds the count from below, and which from above.

    A qualifier by :data:`~idlibstats.table.bounds.LOWER_BOUNDED` / ``UPPER_BOUNDED``; a pair
    by the ends it gives (``(0, 10)`` bounds from below at 0, ``(nan, 10)`` does not).
    """
    low, high = [], []
    for r in rows:
        if _is_pair(r):
            lo, hi = (math.nan if x is None else float(x) for x in r)
            low.append(not math.isnan(lo))
            high.append(math.isfinite(hi))
        else:
            q = str(row_get(r, "qualifier"))
            low.append(q in LOWER_BOUNDED)
            high.append(q in UPPER_BOUNDED)
    return np.array(low, dtype=bool), np.array(high, dtype=bool)


def _p_low(model: str, m: float, n: int, total: float, sizes: np.ndarray) -> float:
    """P(S >= total) for the sum S of n reports of mean m (the largest over the NB sizes)."""
    if model == "poisson":
        return float(_dist(model, n * m, math.nan).sf(total - 1))
    return float(_dist(model, n * m, n * sizes).sf(total - 1).max())


def _p_high(model: str, m: float, n: int, total: float, sizes: np.ndarray) -> float:
    """P(S <= total) for the sum S of n reports of mean m (the largest over the NB sizes)."""
    if model == "poisson":
        return float(_dist(model, n * m, math.nan).cdf(total))
    return float(_dist(model, n * m, n * sizes).cdf(total).max())


def _nb_lower(total: float, n: int, level: float, sizes: np.ndarray) -> float:
    """Smallest mean whose sum of n reports reaches ``total`` with probability >= level."""
    if total == 0:
        return 0.0
    f = lambda lm: _p_low("negbin", math.exp(lm), n, total, sizes) - level  # noqa: E731
    lo, hi = math.log(1e-12), math.log(total / n)
    while f(hi) < 0 and hi < math.log(_MU_MAX):
        hi += math.log(4)
    return math.exp(optimize.brentq(f, lo, hi, xtol=1e-10))


def _nb_upper(total: float, n: int, level: float, sizes: np.ndarray) -> float:
    """Largest mean whose sum of n reports stays <= ``total`` with probability >= level."""
    f = lambda lm: _p_high("negbin", math.exp(lm), n, total, sizes) - level  # noqa: E731
    hi = math.log(_MU_MAX)
    if f(hi) >= 0:
        return math.inf
    lo = math.log(max(total, 1.0) / n)
    while f(lo) < 0:
        lo -= math.log(4)
    return math.exp(optimize.brentq(f, lo, hi, xtol=1e-10))


def _size_set(a: np.ndarray, b: np.ndarray, gamma: float, scale: float) -> np.ndarray:
    """Sizes in the ``1 - gamma`` profile-likelihood confidence set (a grid; its hull)."""
    mu = np.geomspace(1e-4 * scale, 10 * scale, 200)[:, None]
    coarse = _SIZES[::2]  # ratio 1.44; the set's hull is widened by one coarse step each side
    ll = _logprob(_dist("negbin", mu, coarse[None, :]), mu, a, b).sum(axis=0)
    prof = ll.max(axis=0)  # maximised over mu at each size
    inside = np.flatnonzero(prof >= prof.max() - stats.chi2.ppf(1 - gamma, 1) / 2)
    lo, hi = coarse[max(inside.min() - 1, 0)], coarse[min(inside.max() + 1, coarse.size - 1)]
    return _SIZES[(_SIZES >= lo) & (_SIZES <= hi)]


def _limits(
    model: str, a: np.ndarray, b: np.ndarray, low: np.ndarray, high: np.ndarray, alpha: float
) -> tuple[float, float, str, str]:
    """(lower, upper, bound, method) of the exact test of the sums (module docstring)."""
    n_low, n_high = int(low.sum()), int(high.sum())
    total_low, total_high = float(a[low].sum()), float(b[high].sum())
    if n_high == 0:
        bound, alphas = "lower", (alpha, 0.0)
    elif n_low == 0 or total_low == 0:
        bound, alphas = "upper", (0.0, alpha)
    else:
        bound, alphas = "two-sided", (alpha / 2, alpha / 2)
    ends = []
    if n_low:
        ends.append(f"lower ends of {n_low} figure{'s' * (n_low > 1)} sum to {total_low:g}")
    if n_high:
        ends.append(f"upper ends of {n_high} figure{'s' * (n_high > 1)} sum to {total_high:g}")
    sums = "; ".join(ends)
    if model == "poisson":
        lower = float(garwood_lower(total_low, alphas[0])) / n_low if alphas[0] else 0.0
        upper = float(garwood_upper(total_high, alphas[1])) / n_high if alphas[1] else math.inf
        side = {"lower": "one-sided lower", "upper": "one-sided upper"}.get(bound, "two-sided")
        return lower, upper, bound, f"exact Poisson (Garwood) {side} limits of the sums ({sums})"
    gamma = alpha / 50
    if bound == "two-sided":
        sizes = _size_set(a, b, gamma, float(max(b[high].max(), a.max(), 1.0)))
        alphas = tuple(x - gamma / 2 for x in alphas)
        how = (
            f"maximised over the sizes {sizes[0]:.3g} <= k <= {sizes[-1]:.3g} of the "
            f"{100 * (1 - gamma):g}% profile-likelihood set (Berger-Boos, {gamma:g} of alpha)"
        )
    else:
        sizes = _SIZES  # the figures do not identify the size: every size is allowed
        how = f"maximised over every size {_SIZES[0]:g} <= k <= {_SIZES[-1]:g}"
    lower = _nb_lower(total_low, n_low, alphas[0], sizes) if alphas[0] else 0.0
    upper = _nb_upper(total_high, n_high, alphas[1], sizes) if alphas[1] else math.inf
    return lower, upper, bound, f"exact negative-binomial test of the sums ({sums}), {how}"


def reconcile(
    figures: Any,
    family: Literal["poisson", "negbin"] = "poisson",
    alpha: float = ALPHA,
    approx_band: float = APPROX_BAND,
    *,
    model: Literal["poisson", "negbin"] | None = None,
) -> ReconcileResult:
    """Combine several reported figures for one quantity into one estimate with an interval.

    The parameter is ``mu``, the common mean of the reports, each source being one independent
    draw of the count (Poisson, or negative binomial with an unknown size ``k``). ``estimate``
    maximises the interval-censored log-likelihood (module docstring). The interval inverts an
    exact test of the sums of the figures' ends (module docstring), with coverage at least
    ``1 - alpha`` in every configuration and whatever made each source word its figure as it
    did (a floor rounded down, a tight "at least", a range): Poisson limits are Garwood limits
    of the sums, so **one figure alone gives exactly** :func:`~idlibstats.estimate.rate_from_figure`
    over one day (``reconcile([(1301, nan)]).lower`` is 1242.25, the one-sided exact limit of a
    count >= 1301, as "more than 1,300" is read). ``method`` names the test, its sums and, for
    the negative binomial, the sizes it was maximised over. Being exact, it is conservative:
    with floors that are not tight, and with the negative binomial's unknown size, coverage is
    above ``1 - alpha`` (README, "Coverage"). When the figures disagree more than the model
    allows, no mean passes both one-sided tests: the interval is empty, ``lower = upper = nan``,
    ``method`` says "empty" and a :class:`~idlibstats.errors.StatisticalWarning` is raised
    (the figure table's ``consistent`` column says which figures disagree).

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

    When no figure bounds the count from above (all "more than"/"at least"), the result is a
    lower bound (``bound="lower"``, ``upper=inf``): ``estimate`` is the smallest mean the
    wording allows (the mean of the lower ends; with one floor, the floor itself), ``lower``
    the one-sided exact limit at level ``1 - alpha``. Mirror image when no figure bounds it
    from below (all "less than"/"at most"): ``bound="upper"``, ``estimate`` the mean of the
    upper ends, ``lower = 0``. ``size`` is ``nan`` in both cases (not identified).

    An exact zero, ``reconcile([(0, 0)])``, also bounds the count only from above (its lower
    end is 0): it gets the one-sided exact upper limit ``-log(alpha) = 2.996`` (the "rule of
    three"), not the two-sided 3.689 of ``rate(0, 1)``. **Limitation**: switching to a
    one-sided limit because the data came out zero, while positive counts get two-sided
    intervals, covers less than ``1 - alpha`` for means just above the limit (93.8% at
    ``mu = 3`` for one exact Poisson count: ``P(Y = 0) = 0.050`` plus ``P(Y >= 8) = 0.012``).
    A :class:`~idlibstats.errors.StatisticalWarning` says so whenever it happens; use
    ``alpha / 2`` for a statement that stays two-sided.

    With the negative binomial the size floor ``k >= 0.01`` allows counts so skewed that a
    figure bounded only from above ("at most 10", an exact zero) cannot bound the mean: the
    upper limit is open (``inf``), a :class:`~idlibstats.errors.StatisticalWarning` says so and
    ``method`` too.

    Parameters
    ----------
    figures : DataFrame, or list of rows or of (lower, upper) pairs
        Figure-table rows (``value``, ``qualifier``, ``lower``, ``upper``) or bound pairs with
        ``nan`` for an open end.
    family : {"poisson", "negbin"}
        The distribution of each source's count: the negative binomial lets sources disagree
        more than Poisson counting noise allows.
    alpha : float
        ``0.05`` gives a 95% interval.
    approx_band : float
        Relative half-width for ``approx`` figures.
    model : {"poisson", "negbin"}, optional
        Deprecated name of ``family``; warns.

    Returns
    -------
    ReconcileResult
        The count the figures jointly support (``estimate``), with an exact interval for the
        mean.

    Examples
    --------
    >>> from idlibstats.estimate import reconcile
    >>> figs = [(1001, float("nan")), (1089, float("nan")), (1120, 1120)]
    >>> r = reconcile(figs)
    >>> 1100 < r.estimate < 1140, bool(r.figures["consistent"].all())
    (True, True)
    """
    check_alpha(alpha)
    model = renamed("model", model, "family", family, "poisson", "reconcile")
    if model not in ("poisson", "negbin"):
        raise EstimatorInputError(f"family={model!r} must be 'poisson' or 'negbin'")
    if isinstance(figures, pd.DataFrame):
        labels = list(figures.index)
        rows = [row for _, row in figures.iterrows()]
    else:
        rows = list(figures)
        labels = list(range(len(rows)))
    if not rows:
        raise EstimatorInputError("figures is empty")
    bounds = [censored_bounds(r, approx_band) for r in rows]
    a = np.array([x.lower for x in bounds])
    b = np.array([x.upper for x in bounds])
    low, high = _sides(rows)
    if (none := ~low & ~high).any():
        raise EstimatorInputError(
            f"figure {labels[int(np.flatnonzero(none)[0])]!r} bounds the count on neither side "
            "(no lower and no upper end): it says nothing about the count"
        )
    scale = float(np.max(np.where(np.isfinite(b), b, a))) + 1.0
    m_min = 1e-8

    mu_hat, ll_max, size_hat, kind, ok = _point_fit(model, a, b, m_min, scale)
    if not ok:
        warnings.warn("reconcile: optimiser did not converge", ConvergenceWarning, stacklevel=2)
    lower, upper, bound, method = _limits(model, a, b, low, high, alpha)
    if bound == "lower":
        mu_hat = float(a[low].sum()) / int(low.sum())  # the smallest mean the wording allows
    elif bound == "upper":
        mu_hat = float(b[high].sum()) / int(high.sum())  # the largest mean the wording allows
        if low.any():
            warnings.warn(
                "reconcile: the figures' lower ends are all 0, so the result is a one-sided "
                f"upper limit at level {1 - alpha:g} (an exact zero: {upper:.4g}); next to "
                "two-sided intervals for positive counts this switch covers less than "
                f"{1 - alpha:g} for means just above that limit (93.8% at mu = 3 for one exact "
                "Poisson count, README 'Coverage'); use alpha / 2 for a two-sided statement",
                StatisticalWarning,
                stacklevel=2,
            )
    if math.isinf(upper) and bound != "lower":
        method += _open_end("upper", model)
        warnings.warn(
            f"reconcile: the upper limit is open (inf){_open_end('upper', model)}",
            StatisticalWarning,
            stacklevel=2,
        )
    if lower > upper:
        warnings.warn(
            f"reconcile: no mean is compatible with all figures under the {model} model at "
            f"level {1 - alpha:g} (lower limit {lower:.4g} > upper limit {upper:.4g}): the "
            "figures disagree more than the model allows; see figures['consistent'], or use "
            "family='negbin'",
            StatisticalWarning,
            stacklevel=2,
        )
        method += f"; empty: lower limit {lower:.4g} > upper limit {upper:.4g}"
        lower = upper = math.nan

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
                str(row_get(r, "qualifier"))
                if not isinstance(r, tuple | list)
                else ("exact" if a[k] == b[k] else "bounds")
                for k, r in enumerate(rows)
            ],
            "value": [
                float(row_get(r, "value")) if not isinstance(r, tuple | list) else math.nan
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
    point = {
        "lower": "the mean of the lower ends (the smallest mean the wording allows)",
        "upper": "the mean of the upper ends (the largest mean the wording allows)",
    }.get(bound, f"interval-censored {name} maximum likelihood")
    return ReconcileResult(
        estimate=float(mu_hat),
        lower=float(lower),
        upper=float(upper),
        method=f"{method}; estimate: {point}",
        alpha=alpha,
        bound=bound,
        family=model,
        size=float(size_hat),
        loglik=float(ll_max),
        n_figures=len(rows),
        figures=table,
        disjoint_pairs=tuple(disjoint),
    )
