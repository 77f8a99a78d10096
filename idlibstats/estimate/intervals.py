"""Arithmetic on bounded figures: exact interval arithmetic and seeded Monte Carlo propagation.

Interval arithmetic answers "what can the total/difference/ratio be, given only the bounds the
wording allows" with certainty; :func:`propagate` answers "what is a plausible spread" under a
stated distribution for each figure. ``numpy`` has no interval type and the interval-arithmetic
packages on PyPI target rounding-exact floating point, not open bounds from text, so the four
operations are written here (a few lines each).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from idlibstats.errors import EstimatorInputError
from idlibstats.estimate._checks import check_alpha, row_get
from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.rates import APPROX_BAND, figure_ends

__all__ = ["Interval", "PropagateResult", "figure_interval", "propagate"]

#: How an :class:`Interval` is computed.
METHOD = "exact interval arithmetic on the bounds the wording allows"

# APPROX_BAND (default relative half-width of ``approx`` figures, "about 500": 450..550) lives
# with the qualifier -> bounds rule in idlibstats/table/bounds.py.


def _mul(a: float, b: float) -> float:
    # 0 * inf is 0 in interval arithmetic: a zero factor makes the product exactly zero.
    if a == 0 or b == 0:
        return 0.0
    return a * b


@dataclass(frozen=True, slots=True, repr=False, eq=False, init=False)
class Interval(Result):
    """A closed interval ``[lower, upper]``; ``nan`` or ``inf`` ends are unbounded.

    ``Interval(1300, nan)`` is "at least 1,300"; ``+ - * /`` give the exact range of the result.
    Whether a bound is strict ("more than") is not tracked: ends are treated as closed.

    A :class:`~idlibstats.estimate.Result` with certain bounds: ``alpha`` is 0 (the interval
    holds whenever the figures' wording does), ``estimate`` the midpoint of a bounded
    interval, the finite end of a one-sided one (``bound`` "lower" or "upper") and ``nan``
    when neither end is finite. Two intervals are equal when their ends are; iterating gives
    ``(lower, upper)``, so ``lo, hi = interval`` works.

    Examples
    --------
    >>> from idlibstats.estimate import Interval
    >>> at_least = Interval(1300, float("nan")) / Interval(123, 123)
    >>> round(at_least.lower, 3), at_least.upper, at_least.bound
    (10.569, inf, 'lower')
    >>> Interval(400, 450) - Interval(100, 120)
    Interval(lower=280.0, upper=350.0)
    >>> lo, hi = Interval(400, 450)
    >>> (lo, hi)
    (400.0, 450.0)
    """

    def __init__(self, lower: float, upper: float, method: str = METHOD) -> None:
        lo = -math.inf if lower is None or math.isnan(lower) else float(lower)
        hi = math.inf if upper is None or math.isnan(upper) else float(upper)
        if lo > hi:
            raise EstimatorInputError(f"interval has lower {lo:g} > upper {hi:g}")
        if math.isfinite(lo) and math.isfinite(hi):
            estimate, bound = (lo + hi) / 2, "two-sided"
        elif math.isfinite(lo):
            estimate, bound = lo, "lower"
        elif math.isfinite(hi):
            estimate, bound = hi, "upper"
        else:
            estimate, bound = math.nan, "two-sided"
        values = {"estimate": estimate, "lower": lo, "upper": hi, "method": method}
        for name, value in (values | {"alpha": 0.0, "bound": bound}).items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return f"Interval(lower={self.lower!r}, upper={self.upper!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return (self.lower, self.upper) == (other.lower, other.upper)

    def __hash__(self) -> int:
        return hash((self.lower, self.upper))

    def __iter__(self) -> Iterator[float]:
        return iter((self.lower, self.upper))

    @staticmethod
    def _of(x: Interval | float | tuple[float, float]) -> Interval:
        if isinstance(x, Interval):
            return x
        if isinstance(x, tuple):
            return Interval(*x)
        return Interval(float(x), float(x))

    def __add__(self, other: Interval | float) -> Interval:
        o = self._of(other)
        return Interval(self.lower + o.lower, self.upper + o.upper)

    __radd__ = __add__

    def __sub__(self, other: Interval | float) -> Interval:
        o = self._of(other)
        return Interval(self.lower - o.upper, self.upper - o.lower)

    def __rsub__(self, other: Interval | float) -> Interval:
        return self._of(other) - self

    def __mul__(self, other: Interval | float) -> Interval:
        o = self._of(other)
        ends = [_mul(a, b) for a in (self.lower, self.upper) for b in (o.lower, o.upper)]
        return Interval(min(ends), max(ends))

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | float) -> Interval:
        o = self._of(other)
        if o.lower == 0 and o.upper == 0:
            raise EstimatorInputError("division by the interval [0, 0]")
        if o.lower == o.upper and math.isfinite(o.lower):  # exact divisor: divide directly
            ends = (self.lower / o.lower, self.upper / o.lower)
            return Interval(min(ends), max(ends))
        if o.lower < 0 < o.upper:
            return Interval(-math.inf, math.inf)  # the divisor can be arbitrarily close to 0
        if o.lower == 0:
            recip = Interval(1 / o.upper, math.inf)
        elif o.upper == 0:
            recip = Interval(-math.inf, 1 / o.lower)
        else:
            recip = Interval(1 / o.upper, 1 / o.lower)
        return self * recip

    def __rtruediv__(self, other: Interval | float) -> Interval:
        return self._of(other) / self

    def __contains__(self, x: float) -> bool:
        return self.lower <= x <= self.upper

    @property
    def bounded(self) -> bool:
        """True when both ends are finite."""
        return math.isfinite(self.lower) and math.isfinite(self.upper)


def figure_interval(row: Any, approx_band: float = APPROX_BAND) -> Interval:
    """The closed interval a figure-table row allows for its (non-negative) count.

    Read by the package's one qualifier -> bounds rule (:func:`~idlibstats.table.figure_bounds`),
    so that it is the interval :func:`~idlibstats.estimate.rates.count_bounds` gives. For a
    count: ``exact`` -> ``[v, v]``; ``more_than`` -> ``[floor(v) + 1, inf]`` ("more than 1,000"
    is at least 1,001); ``at_least``/``vague`` -> ``[ceil(lower), inf]``; ``less_than`` ->
    ``[0, ceil(v) - 1]``; ``at_most`` -> ``[0, floor(v)]``; ``range`` -> the whole counts in
    ``[lower, upper]``; ``approx`` -> the band ``[v (1 - approx_band), v (1 + approx_band)]``
    rounded outwards to whole counts.

    A percentage (``unit="percent"``) keeps real ends: the band unrounded and a strict bound
    read as its closure ("more than 50%" -> ``[50, inf]``).

    Parameters
    ----------
    row : pandas.Series, dict or namedtuple
        A figure-table row: ``value``, ``qualifier``, and ``lower``/``upper`` where the
        qualifier reads them (``range``, ``at_least``, ``vague``); ``unit`` optional.
    approx_band : float
        Relative half-width of the band given to ``approx`` figures.

    Returns
    -------
    Interval
        The closed interval ``[lower, upper]`` (``inf`` for an open upper end).

    Raises
    ------
    EstimatorInputError
        Missing, negative or infinite value or bounds, ``lower > upper``, unknown qualifier.

    Examples
    --------
    >>> from idlibstats.estimate import figure_interval
    >>> figure_interval({"value": 500.0, "qualifier": "approx"})
    Interval(lower=450.0, upper=550.0)
    >>> figure_interval({"value": 1000.0, "lower": 1000.0, "qualifier": "more_than"})
    Interval(lower=1001.0, upper=inf)
    """
    reading = "real" if row_get(row, "unit") == "percent" else "whole"
    return Interval(*figure_ends(row, approx_band, reading))


@dataclass(frozen=True, slots=True, repr=False)
class PropagateResult(Result):
    """Monte Carlo summary of ``func(figures)``: median and equal-tailed interval.

    Attributes
    ----------
    n : int
        Number of draws.
    seed : int
        Seed of ``numpy.random.default_rng``.
    approx_band : float
        Relative half-width used for ``approx`` figures.
    """

    n: int = 0
    seed: int = 0
    approx_band: float = APPROX_BAND


def _as_rows(figures: Any) -> list[Any]:
    if isinstance(figures, pd.DataFrame):
        return [row for _, row in figures.iterrows()]
    if isinstance(figures, pd.Series | dict):
        return [figures]
    if isinstance(figures, Sequence):
        return list(figures)
    raise EstimatorInputError(
        f"figures must be a DataFrame or a list of rows, got {type(figures).__name__}"
    )


def propagate(
    func: Callable[..., Any],
    figures: Any,
    n: int = 10_000,
    seed: int | None = 0,
    approx_band: float = APPROX_BAND,
    alpha: float = ALPHA,
    cap_factor: float | None = None,
) -> PropagateResult:
    """Propagate the uncertainty of reported figures through ``func`` by seeded Monte Carlo.

    Each figure is drawn independently, **uniformly** within the interval its wording allows
    (:func:`figure_interval`): the least informative choice for a bounded quantity, and one
    that does not pretend to know where inside "between 400 and 450" the truth lies. ``exact``
    figures are constants; ``approx`` figures use the band ``v (1 -+ approx_band)`` (default
    +-10%); ``less_than``/``at_most`` figures are uniform on ``[0, v]``. Figures unbounded above
    (``more_than``, ``at_least``, ``vague``) have no honest distribution: they are refused unless
    ``cap_factor`` is given, which draws them uniformly on ``[v, v * cap_factor]``: a stated
    assumption, not a finding.

    Parameters
    ----------
    func : callable
        Called once as ``func(x1, x2, ...)`` with one array of ``n`` draws per figure; must
        return an array of ``n`` values (numpy-vectorised arithmetic).
    figures : DataFrame or list of rows
        Figure-table rows (dicts or Series with ``value``, ``qualifier``, ``lower``, ``upper``).
    n : int
        Number of draws.
    seed : int or None
        Seed of ``numpy.random.default_rng``: the same seed gives the same result. ``None``
        draws fresh entropy; the seed used is reported in the result, so the run can be repeated.
    approx_band : float
        Relative half-width of the band of ``approx`` figures.
    alpha : float
        The interval is the ``alpha/2`` and ``1 - alpha/2`` quantiles of the draws.
    cap_factor : float, optional
        Upper cap, as a multiple of the value, for figures unbounded above.

    Returns
    -------
    PropagateResult
        ``estimate`` is the median of the draws.

    Examples
    --------
    >>> from idlibstats.estimate import propagate
    >>> figs = [{"value": 500.0, "qualifier": "approx"},
    ...         {"value": 425.0, "lower": 400.0, "upper": 450.0, "qualifier": "range"}]
    >>> r = propagate(lambda a, b: a + b, figs, seed=1)
    >>> 850 < r.lower < r.estimate < r.upper < 1050
    True
    """
    check_alpha(alpha)
    if not callable(func):
        raise EstimatorInputError("func must be callable")
    if not (isinstance(n, int | np.integer) and n >= 100):
        raise EstimatorInputError(f"n={n!r} must be an integer >= 100")
    if cap_factor is not None and not cap_factor > 1:
        raise EstimatorInputError(f"cap_factor={cap_factor!r} must be above 1")
    if seed is None:
        seed = int(np.random.SeedSequence().entropy)
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise EstimatorInputError(f"seed={seed!r} must be a non-negative integer or None")
    rows = _as_rows(figures)
    if not rows:
        raise EstimatorInputError("figures is empty")
    rng = np.random.default_rng(int(seed))
    draws = []
    for i, row in enumerate(rows):
        iv = figure_interval(row, approx_band)
        lo, hi = iv.lower, iv.upper
        if math.isinf(hi):
            if cap_factor is None:
                raise EstimatorInputError(
                    f"figure {i} ({row_get(row, 'qualifier')} {lo:g}) has no upper bound; "
                    "give cap_factor to draw it on [value, value * cap_factor]"
                )
            hi = float(row_get(row, "value")) * cap_factor
            if lo > hi:
                raise EstimatorInputError(
                    f"figure {i} ({row_get(row, 'qualifier')}): lower {lo:g} is above the cap "
                    f"value * cap_factor = {hi:g}; raise cap_factor"
                )
        draws.append(np.full(n, lo) if lo == hi else rng.uniform(lo, hi, size=n))
    out = np.asarray(func(*draws), dtype=float)
    if out.shape != (n,):
        raise EstimatorInputError(f"func returned shape {out.shape}, expected ({n},)")
    if not np.isfinite(out).all():
        raise EstimatorInputError("func returned NaN or infinite values for some draws")
    lo, med, hi = np.quantile(out, [alpha / 2, 0.5, 1 - alpha / 2])
    capped = "" if cap_factor is None else f", open figures capped at {cap_factor:g}x value"
    return PropagateResult(
        estimate=float(med),
        lower=float(lo),
        upper=float(hi),
        method=(
            f"Monte Carlo, uniform within each figure's bounds (approx +-{approx_band:g}"
            f"{capped}); median and equal-tailed quantiles"
        ),
        alpha=alpha,
        n=int(n),
        seed=int(seed),
        approx_band=float(approx_band),
    )
