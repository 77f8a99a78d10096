"""Change points in count series.

Poisson / negative binomial segment costs with penalised segmentation (PELT or binary
segmentation), returning break dates and segment rates.

``ruptures`` has no count cost, so this module gives it one: :class:`PoissonCost` and
:class:`NegBinCost` subclass ``ruptures.base.BaseCost``; binary segmentation is ruptures' own
``Binseg`` with them. PELT is written here because ruptures' ``Pelt`` asks the cost for one
segment at a time from Python (30 s on 10,000 periods with the NB cost): this one evaluates,
for each end, the cost of every candidate start at once from prefix sums (numpy), with the
same recursion and pruning rule as ruptures' ``Pelt``, so it returns the same breaks.

The family follows the data by default: counts that are overdispersed given the segments
(the Cameron-Trivedi test that :func:`~idlibstats.estimate.trends.count_trend` uses) get the
negative binomial cost, because a Poisson cost reads their extra variation as change points.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from numpy.typing import ArrayLike
from ruptures import Binseg
from ruptures.base import BaseCost
from ruptures.costs import NotEnoughPoints
from scipy import special, stats

from idlibstats.errors import ConvergenceWarning, EstimatorInputError, OverdispersionWarning
from idlibstats.estimate import plotting
from idlibstats.estimate._checks import check_alpha, check_choice, renamed
from idlibstats.estimate._result import ALPHA, Result, estimate_first
from idlibstats.estimate.rates import garwood_lower, garwood_upper
from idlibstats.estimate.trends import (
    _as_dates,
    _nb_alpha_ml,
    _overdispersion_test,
    _read_series,
)

__all__ = ["ChangepointResult", "detect_changepoints", "PoissonCost", "NegBinCost"]

_MAX_NB_ITER = 10
# Up to this many distinct exposure values (days in a month: 28-31), the NB cost splits into
# prefix sums per value, so a segment costs O(levels); beyond it, O(segment length).
_MAX_EXPOSURE_LEVELS = 16


def _xlogy(x: np.ndarray, r: np.ndarray) -> np.ndarray:
    """``x log r`` with ``0 log 0 = 0``, for a rate ``r`` that is 0 only where ``x`` is 0.

    A third of the time of ``scipy.special.xlogy`` on the short arrays PELT scores.
    """
    return x * np.log(np.maximum(r, 1e-300))


def _signal(signal: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    s = np.asarray(signal, dtype=float)
    if s.ndim == 1:
        return s, np.ones_like(s)
    return s[:, 0], s[:, 1]


def _cum(v: ArrayLike, axis: int = -1) -> np.ndarray:
    """Cumulative sums with a leading 0: the sum over ``[start:end]`` is ``c[end] - c[start]``."""
    v = np.asarray(v, dtype=float)
    pad = [(0, 0)] * v.ndim
    pad[axis] = (1, 0)
    return np.pad(np.cumsum(v, axis=axis), pad)


class PoissonCost(BaseCost):
    """Poisson segment cost for ruptures: ``-2 *`` max log-likelihood of a constant rate.

    The signal is an ``(n, 2)`` array of counts and exposures (or ``(n,)`` counts, exposure 1).
    With ``r = Y / E`` (segment count over segment exposure) the maximised log-likelihood is
    ``Y log(Y/E) - Y + sum(y log e) - sum(log y!)``; every term is a difference of cumulative
    sums, so ``error(start, end)`` is O(1).

    Examples
    --------
    >>> import numpy as np
    >>> c = PoissonCost().fit(np.array([2, 4, 3]))
    >>> round(c.error(0, 3), 6)  # -2 * sum(log dpois(y, 3))
    9.5509
    """

    model = "poisson"

    def __init__(self):
        self.signal = None
        self.min_size = 1

    def fit(self, signal: ArrayLike) -> PoissonCost:
        """Precompute cumulative sums of the counts and exposures in ``signal``."""
        y, e = _signal(signal)
        self.signal = np.column_stack([y, e])

        self._y, self._e = _cum(y), _cum(e)
        self._ylog_e = _cum(special.xlogy(y, e))
        self._lfact = _cum(special.gammaln(y + 1.0))
        return self

    def search_costs(self, starts: np.ndarray, end: int) -> np.ndarray:
        """Costs of the segments ``[s:end]`` for every ``s`` in ``starts``.

        Up to terms that add over periods (``sum(y log e)``, ``-sum(log y!)``, ``-sum(y)``):
        the same for every segmentation, so they change neither the optimum nor PELT's
        pruning.
        """
        y = self._y[end] - self._y[starts]
        return -2.0 * _xlogy(y, y / (self._e[end] - self._e[starts]))

    def error(self, start: int, end: int) -> float:
        """Cost of the segment ``[start:end]``."""
        if end - start < self.min_size:
            raise NotEnoughPoints
        y = self._y[end] - self._y[start]
        e = self._e[end] - self._e[start]
        ll = special.xlogy(y, y / e) - y + self._ylog_e[end] - self._ylog_e[start]
        ll -= self._lfact[end] - self._lfact[start]
        return float(-2.0 * ll)


class NegBinCost(BaseCost):
    """NB2 segment cost with a fixed, shared dispersion ``alpha`` (var = mu + alpha mu^2).

    The segment rate is ``Y / E``, which is the NB maximum-likelihood rate when exposures are
    equal (and a consistent estimate otherwise); the cost is ``-2 *`` the NB2 log-likelihood at
    that rate. The term ``sum((y + k) log(r e + k))`` (``k = 1 / alpha``) splits into prefix
    sums per distinct exposure value, so ``error`` is O(number of values) -- O(1) for one
    exposure, O(4) for days in the month; with more than 16 distinct exposures it is
    O(segment length) (vectorised).
    """

    model = "negbin"

    def __init__(self, alpha: float = 1.0):
        self.alpha = float(alpha)
        self.signal = None
        self.min_size = 1

    def fit(self, signal: ArrayLike) -> NegBinCost:
        """Precompute cumulative sums of the terms that do not depend on the segment rate."""
        y, e = _signal(signal)
        self.signal = np.column_stack([y, e])
        k = 1.0 / self.alpha

        self._y, self._e = _cum(y), _cum(e)
        self._ylog_e = _cum(special.xlogy(y, e))
        self._const = _cum(special.gammaln(y + k) - special.gammaln(k) - special.gammaln(y + 1.0))
        levels, which = np.unique(e, return_inverse=True)
        if levels.size <= _MAX_EXPOSURE_LEVELS:
            # per exposure value v: prefix sums of (y + k) over the periods with exposure v
            onehot = which[None, :] == np.arange(levels.size)[:, None]
            self._levels = levels[:, None]
            self._yk = _cum(onehot * (y + k), axis=1)
        else:
            self._levels = None
        return self

    def _tail(self, starts: np.ndarray, end: int, r: np.ndarray) -> np.ndarray:
        """``sum over [s:end] of (y + k) log(r_s e + k)`` for each start ``s``."""
        k = 1.0 / self.alpha
        if self._levels is not None and self._levels.size == 1:  # one exposure: 1-d, faster
            return (self._yk[0, end] - self._yk[0, starts]) * np.log(r * self._levels[0, 0] + k)
        if self._levels is not None:
            yk = self._yk[:, end, None] - self._yk[:, starts]
            return (yk * np.log(r * self._levels + k)).sum(axis=0)
        y, e = self.signal[:, 0], self.signal[:, 1]
        return np.array(
            [
                np.sum((y[s:end] + k) * np.log(ri * e[s:end] + k))
                for s, ri in zip(starts, r, strict=True)
            ]
        )

    def search_costs(self, starts: np.ndarray, end: int) -> np.ndarray:
        """Costs of ``[s:end]`` for every ``s`` in ``starts``.

        Up to terms that add over periods (same for every segmentation; see
        :meth:`PoissonCost.search_costs`).
        """
        y = self._y[end] - self._y[starts]
        if self._levels is not None and self._levels.size == 1:
            # one exposure e0: r e0 = y / m, and y log(e0) adds over periods, so the cost is
            # -2 [y log(y/m) - (y + k m) log(y/m + k)]: fewer array operations per end
            k = 1.0 / self.alpha
            m = end - starts
            q = y / m
            return -2.0 * (_xlogy(y, q) - (y + k * m) * np.log(q + k))
        r = y / (self._e[end] - self._e[starts])
        return -2.0 * (_xlogy(y, r) - self._tail(starts, end, r))

    def error(self, start: int, end: int) -> float:
        """Cost of the segment ``[start:end]``."""
        if end - start < self.min_size:
            raise NotEnoughPoints
        k = 1.0 / self.alpha
        y_sum = self._y[end] - self._y[start]
        r = y_sum / (self._e[end] - self._e[start])
        m = end - start
        ll = (
            self._const[end]
            - self._const[start]
            + special.xlogy(y_sum, r)
            + self._ylog_e[end]
            - self._ylog_e[start]
            - float(self._tail(np.array([start]), end, np.array([r]))[0])
            + m * k * math.log(k)
        )
        return float(-2.0 * ll)


def _pelt(cost: BaseCost, n: int, pen: float, min_size: int) -> list[int]:
    """PELT (Killick et al. 2012) with ruptures' recursion and pruning, vectorised per end.

    ``F[t]`` is the best penalised cost of ``[0:t]`` (``pen`` per segment). For each end
    ``t`` every admissible start is scored at once by ``cost.search_costs``; a start ``s`` is
    kept for later ends while ``F[s] + C(s, t) <= F[t]`` (ruptures' rule). Ties go to the
    earliest start, as in ruptures. Returns the end of every segment (the last is ``n``).
    """
    F = np.full(n + 1, np.inf)
    F[0] = 0.0
    prev = np.zeros(n + 1, dtype=np.int64)
    buf = np.empty(n + 1, dtype=np.int64)  # the admissible starts are buf[:size]
    size = 0
    for t in range(min_size, n + 1):
        s_new = t - min_size
        if s_new == 0 or s_new >= min_size:  # [0:s_new] has a segmentation
            buf[size] = s_new
            size += 1
        cand = buf[:size]
        total = F[cand] + cost.search_costs(cand, t)
        i = int(total.argmin())
        F[t], prev[t] = total[i] + pen, cand[i]
        keep = cand[total <= F[t]]
        size = keep.size
        buf[:size] = keep
    bkps, t = [], n
    while t > 0:
        bkps.append(t)
        t = int(prev[t])
    return bkps[::-1]


def _segment(
    signal: np.ndarray, cost: BaseCost, search: str, min_size: int, pen: float
) -> list[int]:
    if search == "pelt":
        return _pelt(cost.fit(signal), signal.shape[0], pen, min_size)
    algo = Binseg(custom_cost=cost, min_size=min_size, jump=1).fit(signal)
    return [int(b) for b in algo.predict(pen=pen)]


def _segment_means(y: np.ndarray, e: np.ndarray, bkps: list[int]) -> np.ndarray:
    """Fitted count of each period: its segment's count / exposure times its exposure."""
    starts = np.array([0, *bkps[:-1]])
    rate = np.add.reduceat(y, starts) / np.add.reduceat(e, starts)
    return np.repeat(rate, np.diff([0, *bkps])) * e


@dataclass(frozen=True, slots=True, repr=False)
class ChangepointResult(Result):
    """Change points of a count series and the rate of each segment.

    ``estimate`` is the number of change points found (``lower``/``upper`` are ``nan``: no
    interval is given for the count of breaks). The segment rates with their intervals are in
    ``segments`` (:meth:`summary` with the rates as ``estimate, lower, upper`` first).

    Attributes
    ----------
    family : {"poisson", "negbin"}
        The segment cost used.
    family_reason : str
        Why that family: asked for, or what the overdispersion test said (``family="auto"``).
    search : {"pelt", "binseg"}
    penalty : float
        Penalty per added segment on the ``-2 log-likelihood`` scale.
    penalty_rule : str
        "bic" or "user".
    min_size : int
    n : int
    cost : float
        Total cost (``-2`` log-likelihood) of the chosen segmentation, without penalties.
    nb_alpha : float
        Shared NB2 dispersion used by the cost: ``nan`` for Poisson and when the data do not
        identify it (``nb_alpha_method`` then says so), ``0`` at the Poisson limit.
    nb_alpha_method : str
    overdispersion_z, overdispersion_p : float
        Cameron-Trivedi statistic and one-sided p-value of the Poisson model with the rates of
        the segments found (``nan`` when not computed: a family given without a check).
    breakpoints : tuple of int
        Index of the first period of each new segment (0-based; a break at 30 means periods
        0-29 and 30-... are different segments).
    break_dates : tuple of Timestamp
        Start date of the first period of each new segment (empty without dates).
    segments : DataFrame
        segment, start_index, end_index (inclusive), start, end (first/last period start),
        n_periods, count, exposure, rate (count / exposure), lower, upper.
    """

    family: str = "poisson"
    search: str = "pelt"
    penalty: float = math.nan
    penalty_rule: str = "bic"
    min_size: int = 2
    n: int = 0
    cost: float = math.nan
    nb_alpha: float = math.nan
    nb_alpha_method: str = ""
    breakpoints: tuple[int, ...] = ()
    break_dates: tuple[pd.Timestamp, ...] = ()
    # the table is left out of ==: DataFrame == DataFrame is elementwise, with no truth value
    segments: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)
    family_reason: str = ""
    overdispersion_z: float = math.nan
    overdispersion_p: float = math.nan

    def _repr_lead(self) -> str:
        # the estimate is a count of breaks with no interval: say so, with where they are
        shown = self.breakpoints if len(self.breakpoints) <= 4 else (*self.breakpoints[:4], "…")
        return f"breaks={len(self.breakpoints)} at {shown}"

    def summary(self) -> pd.DataFrame:
        """One row per segment.

        Columns ``estimate`` (its rate), ``lower``, ``upper``, then the columns of
        :attr:`segments`.
        """
        return estimate_first(self.segments.rename(columns={"rate": "estimate"}))

    def plot(self, ax: Axes | None = None) -> Axes:
        """Each segment's rate as a step with its interval as a band, breaks as lines."""
        ax = plotting.plot_changepoints(self.segments, ax)
        ax.set_title(f"{len(self.breakpoints)} change point(s), {self.family} segment cost")
        return ax


def _segments_table(
    y: np.ndarray,
    e: np.ndarray,
    bkps: list[int],
    dates: pd.DatetimeIndex | pd.PeriodIndex | None,
    family: str,
    nb_alpha: float,
    alpha: float,
) -> pd.DataFrame:
    starts = np.array([0, *bkps[:-1]])
    ends = np.array(bkps)
    count = np.add.reduceat(y, starts)
    expo = np.add.reduceat(e, starts)
    rate = count / expo
    lower = garwood_lower(count, alpha / 2) / expo
    upper = garwood_upper(count, alpha / 2) / expo
    if family == "negbin":
        # Wald on the log scale with the NB2 information sum(mu / (1 + alpha mu)); a segment
        # with no counts keeps the exact Poisson limits.
        mu = _segment_means(y, e, bkps)
        info = np.add.reduceat(mu / (1 + nb_alpha * mu), starts)
        z = stats.norm.ppf(1 - alpha / 2)
        with np.errstate(divide="ignore", invalid="ignore"):
            half = z / np.sqrt(info)
            lower = np.where(count > 0, rate * np.exp(-half), lower)
            upper = np.where(count > 0, rate * np.exp(half), upper)
    tab = pd.DataFrame(
        {
            "segment": np.arange(1, len(ends) + 1),
            "start_index": starts,
            "end_index": ends - 1,
            "n_periods": ends - starts,
            "count": count,
            "exposure": expo,
            "rate": rate,
            "lower": lower,
            "upper": upper,
        }
    )
    if dates is not None:
        d = dates.to_timestamp() if isinstance(dates, pd.PeriodIndex) else dates
        tab.insert(3, "start", d[starts])
        tab.insert(4, "end", d[ends - 1])
    return tab


def _penalty(penalty: str | float, n: int) -> tuple[float, str]:
    if isinstance(penalty, str):
        if penalty != "bic":
            raise EstimatorInputError(
                f"penalty must be 'bic' or a positive number, got {penalty!r}"
            )
        return 2.0 * math.log(n), "bic"
    try:
        pen = float(penalty)
    except (TypeError, ValueError):
        raise EstimatorInputError(f"penalty must be 'bic' or a number, got {penalty!r}") from None
    if not (math.isfinite(pen) and pen >= 0):
        raise EstimatorInputError(f"penalty must be finite and >= 0, got {penalty!r}")
    return pen, "user"


def _negbin_segmentation(y, e, signal, method, min_size, pen):
    """Alternate ML of the shared dispersion with the segmentation, from one segment.

    Returns (breakpoints, alpha used by the cost, status of alpha, settled).
    """
    # Start from one segment (alpha then over-states the noise, so the first pass is
    # conservative) and alternate ML of alpha with the segmentation until the break points
    # repeat. In simulations this start kept false breaks rarer than starting from the
    # Poisson segmentation or a moment estimate from first differences, with equal power.
    bkps, seen, settled = [y.size], [], False
    for _ in range(_MAX_NB_ITER):
        nb_alpha, _ = _nb_alpha_ml(y, _segment_means(y, e, bkps))
        new = _segment(signal, NegBinCost(nb_alpha), method, min_size, pen)
        settled = new == bkps
        if settled or new in seen:
            bkps = new
            break
        seen.append(bkps)
        bkps = new
    nb_alpha, status = _nb_alpha_ml(y, _segment_means(y, e, bkps))
    return bkps, nb_alpha, status, settled


def _alpha_report(nb_alpha: float, status: str) -> tuple[float, str]:
    """The dispersion as reported (never the end of the search range) and how it was found."""
    how = (
        "shared NB2 dispersion by maximum likelihood with segment rates fixed at "
        "count/exposure, alternated with the segmentation from one segment"
    )
    if status == "not identified":
        return math.nan, (
            "not identified: the likelihood is flat in the dispersion or keeps rising as it "
            f"grows (e.g. all counts zero); the cost used alpha = {nb_alpha:g} ({how})"
        )
    if status == "poisson limit":
        return 0.0, f"0: the likelihood is highest at the Poisson limit ({how})"
    return nb_alpha, how


def detect_changepoints(
    counts: ArrayLike | pd.Series | pd.DataFrame,
    exposure: ArrayLike | float | None = None,
    dates: ArrayLike | None = None,
    family: Literal["auto", "poisson", "negbin"] = "auto",
    penalty: Literal["bic"] | float = "bic",
    search: Literal["pelt", "binseg"] = "pelt",
    min_size: int = 2,
    alpha: float = ALPHA,
    *,
    nb_alpha: float | None = None,
    count_col: str = "count",
    exposure_col: str = "exposure",
    method: Literal["pelt", "binseg"] | None = None,
    dispersion: float | None = None,
) -> ChangepointResult:
    """Find changes in the rate of a count series by penalised segmentation.

    Each segment has a constant rate (count / exposure). The cost of a segment is ``-2`` times
    its maximised Poisson (or NB2) log-likelihood; the segmentation minimises total cost plus
    ``penalty`` per segment, exactly by PELT (vectorised over candidate starts) or greedily by
    binary segmentation (ruptures ``Binseg``, with the custom costs of this module).

    Parameters
    ----------
    counts : array-like, pandas Series or DataFrame
        Whole, non-negative counts per period, in time order. A Series/DataFrame indexed by
        dates gives ``dates``; a DataFrame gives counts in ``count_col`` and exposure in
        ``exposure_col``.
    exposure : array-like or float, optional
        Positive exposure per period (days in the month, population...); 1 when omitted, so
        rates are per period.
    dates : array-like of dates, optional
        Start of each period; used for ``break_dates`` and the segments table.
    family : {"auto", "poisson", "negbin"}
        ``"auto"`` (default) follows the data: the negative binomial segmentation is found,
        then the Poisson model with those segments' rates is tested for overdispersion
        (one-sided Cameron-Trivedi test at level ``alpha``, as in :func:`count_trend`); if the
        counts are overdispersed the NB cost is kept, otherwise the Poisson cost is used.
        ``family_reason`` says which and why. Conflict counts are overdispersed as a rule; a
        Poisson cost then reports their noise as change points (on stationary NB counts of
        mean 20, alpha 0.5 and 60 periods it finds about 14 breaks a series).
        ``"negbin"`` uses one NB2 dispersion shared by all segments. Unless ``nb_alpha`` is
        given it is estimated by maximum likelihood with the segment rates fixed at their
        count / exposure, starting from a single segment and alternating with the
        segmentation until the break points repeat (at most 10 rounds). ``"poisson"`` forces
        the Poisson cost and warns (:class:`~idlibstats.errors.OverdispersionWarning`) when
        the counts are overdispersed given the segments it found.
    penalty : "bic" or float
        ``"bic"``: ``2 log(n)`` per added segment, counting two parameters per segment (its
        rate and the position of its change point). On constant-rate Poisson series of 60
        periods it adds a spurious break about 10% of the time (``log(n)`` alone: about 70%);
        pass a larger float (e.g. ``3 * log(n)``) to be stricter. A float is used as given.
    search : {"pelt", "binseg"}
        PELT (exact optimum for the penalty) or binary segmentation (greedy).
    min_size : int
        Minimum number of periods in a segment.
    alpha : float
        Segment rate intervals at level ``1 - alpha``: exact Poisson (Garwood) limits for
        ``"poisson"``; Wald limits on the log scale with the NB2 information for ``"negbin"``.
        Also the level of the overdispersion test.
    nb_alpha : float, optional
        Fixed NB2 dispersion ``alpha`` (var = mu + alpha mu^2; skips its estimation; with
        ``family="auto"`` it means NB). Named as the result field ``nb_alpha``: "dispersion"
        is Pearson chi2/df everywhere else in the package.
    count_col, exposure_col : str
        Column names for DataFrame input.
    method : {"pelt", "binseg"}, optional
        Deprecated name of ``search``; warns.
    dispersion : float, optional
        Deprecated name of ``nb_alpha``; warns.

    Returns
    -------
    ChangepointResult
        ``breakpoints``, ``break_dates`` and ``segments`` (also ``summary``).

    Raises
    ------
    EstimatorInputError
        Negative, fractional or missing counts, non-positive exposure, mismatched lengths, a
        series shorter than ``2 * min_size``, a bad penalty or method.

    Examples
    --------
    >>> res = detect_changepoints([4, 6, 5, 3, 5, 4, 6, 5, 16, 14, 15, 17, 13, 15, 16, 14])
    >>> res.breakpoints, res.segments["rate"].tolist(), res.family
    ((8,), [4.75, 15.0], 'poisson')
    """
    alpha = check_alpha(alpha)
    method = renamed("method", method, "search", search, "pelt", "detect_changepoints")
    dispersion = renamed(
        "dispersion", dispersion, "nb_alpha", nb_alpha, None, "detect_changepoints"
    )
    check_choice(family, "family", ("auto", "poisson", "negbin"))
    check_choice(method, "search", ("pelt", "binseg"))
    if isinstance(min_size, bool) or not isinstance(min_size, int | np.integer) or min_size < 1:
        raise EstimatorInputError(f"min_size must be a positive integer, got {min_size!r}")
    y, e, _, _, idx = _read_series(counts, exposure, None, count_col, exposure_col)
    if dates is not None:
        idx = _as_dates(dates, y.size)
    n = y.size
    if n < 2 * min_size:
        raise EstimatorInputError(
            f"counts: need at least 2 * min_size = {2 * min_size} periods, got {n}"
        )
    pen, rule = _penalty(penalty, n)
    if dispersion is not None:
        dispersion = float(dispersion)
        if not (math.isfinite(dispersion) and dispersion > 0):
            raise EstimatorInputError(f"nb_alpha must be positive, got {dispersion!r}")
        if family == "poisson":
            raise EstimatorInputError("nb_alpha= is for the negative binomial cost")

    signal = np.column_stack([y, e])
    nb_alpha, nb_method, z, p = math.nan, "", math.nan, math.nan
    cost_alpha = math.nan  # the dispersion the NB cost uses
    if family == "poisson":
        bkps = _segment(signal, PoissonCost(), method, min_size, pen)
        _, z, p = _overdispersion_test(y, _segment_means(y, e, bkps), n - len(bkps))
        reason = "asked for (family='poisson')"
        if np.isfinite(p) and p < alpha:
            warnings.warn(
                f"counts are overdispersed for a Poisson cost even given its {len(bkps) - 1} "
                f"change points (Cameron-Trivedi z = {z:.2f}, p = {p:.3g}): many of them are "
                "likely noise; use family='auto' or 'negbin'",
                OverdispersionWarning,
                stacklevel=2,
            )
    elif dispersion is not None:
        family, reason = "negbin", f"asked for (family={family!r}, nb_alpha given)"
        nb_alpha, nb_method, cost_alpha = dispersion, "given", dispersion
        bkps = _segment(signal, NegBinCost(nb_alpha), method, min_size, pen)
    else:
        bkps, cost_alpha, status, settled = _negbin_segmentation(
            y, e, signal, method, min_size, pen
        )
        _, z, p = _overdispersion_test(y, _segment_means(y, e, bkps), n - len(bkps))
        test = f"Cameron-Trivedi z = {z:.2f}, p = {p:.3g}"
        if family == "negbin":
            reason = "asked for (family='negbin')"
        elif np.isfinite(p) and p < alpha:
            family = "negbin"
            reason = f"auto: counts overdispersed given the segments ({test} < {alpha:g})"
        else:
            family = "poisson"
            reason = f"auto: counts not overdispersed given the negative binomial segments ({test})"
            bkps = _segment(signal, PoissonCost(), method, min_size, pen)
        if family == "negbin":
            if not settled:
                warnings.warn(
                    "the negative binomial dispersion and the segmentation did not settle "
                    f"after {_MAX_NB_ITER} rounds; pass nb_alpha= to fix it",
                    ConvergenceWarning,
                    stacklevel=2,
                )
            nb_alpha, nb_method = _alpha_report(cost_alpha, status)
    cost = PoissonCost() if family == "poisson" else NegBinCost(cost_alpha)
    total = float(cost.fit(signal).sum_of_costs(bkps))
    segments = _segments_table(y, e, bkps, idx, family, cost_alpha, alpha)
    breaks = bkps[:-1]
    break_dates = ()
    if idx is not None:
        d = idx.to_timestamp() if isinstance(idx, pd.PeriodIndex) else idx
        break_dates = tuple(d[b] for b in breaks)
    search = "PELT" if method == "pelt" else "binary segmentation (ruptures)"
    interval = "exact Poisson (Garwood)" if family == "poisson" else "NB2 Wald (log scale)"
    return ChangepointResult(
        estimate=float(len(breaks)),
        lower=math.nan,
        upper=math.nan,
        method=f"{search} with a {family} segment cost; segment rates {interval}",
        alpha=alpha,
        family=family,
        search=method,
        penalty=pen,
        penalty_rule=rule,
        min_size=int(min_size),
        n=int(n),
        cost=total,
        nb_alpha=nb_alpha,
        nb_alpha_method=nb_method,
        breakpoints=tuple(int(b) for b in breaks),
        break_dates=break_dates,
        segments=segments,
        family_reason=reason,
        overdispersion_z=z,
        overdispersion_p=p,
    )
