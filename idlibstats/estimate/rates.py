"""Event rates with exact Poisson (Garwood) intervals, from numbers, tables or reported figures.

Exposure is always in **days**; ``per`` rescales the rate: ``day`` = 1, ``week`` = 7,
``month`` = 365.25 / 12 = 30.4375 and ``year`` = 365.25 days.

The Garwood interval for a Poisson count ``k`` is ``[chi2.ppf(a/2, 2k) / 2, chi2.ppf(1 - a/2,
2k + 2) / 2]`` (lower limit 0 when ``k = 0``); it is exact in the sense that its coverage is never
below ``1 - alpha`` (it is conservative). A one-sided limit uses ``a`` instead of ``a/2``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from scipy import stats

from idlibstats.errors import EstimatorInputError, IdlibstatsDeprecationWarning
from idlibstats.estimate import plotting
from idlibstats.estimate._checks import (
    check_alpha,
    check_band,
    check_counts,
    check_exposure,
    not_a_number,
    row_get,
)
from idlibstats.estimate._result import ALPHA, Result, estimate_first
from idlibstats.table.bounds import APPROX_BAND, LOWER_BOUNDED, UPPER_BOUNDED, figure_bounds

__all__ = [
    "PER_DAYS",
    "RateResult",
    "RatesResult",
    "rate",
    "rate_from_figure",
    "rate_overdispersed",
    "rates",
]

#: Length of each ``per`` unit in days (a month is a twelfth of a Julian year).
PER_DAYS: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}

GARWOOD = "exact Poisson (Garwood)"


@dataclass(frozen=True, slots=True, repr=False)
class RateResult(Result):
    """A rate per ``per`` with its interval.

    Attributes
    ----------
    count : float
        The event count used (for a bounded figure, the count at the bound).
    exposure : float
        Exposure in days (for a bounded duration, the duration at the bound).
    per : str
        ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
    relation : str
        How the true rate relates to ``estimate``: ``"equal"`` (a point estimate),
        ``"at_least"``, ``"more_than"``, ``"at_most"`` or ``"less_than"`` (a bound read from the
        wording of the figure).
    dispersion : float
        Pearson dispersion of a count series (:func:`rate_overdispersed`); ``nan`` otherwise.
    """

    count: float = math.nan
    exposure: float = math.nan
    per: str = "day"
    relation: str = "equal"
    dispersion: float = math.nan


@dataclass(frozen=True, slots=True, repr=False)
class RatesResult(Result):
    """Rates of many groups with their Garwood intervals (:func:`rates`).

    ``estimate``, ``lower`` and ``upper`` are the pooled rate of all groups (total count over
    total exposure) and its Garwood interval; the groups are in :attr:`table`.

    Attributes
    ----------
    per : str
        ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
    n : int
        Number of groups (rows).
    count, exposure : float
        Total count and total exposure in days.
    table : pandas.DataFrame
        A copy of the input with columns ``rate``, ``lower``, ``upper`` added (what
        :func:`rates` returned before it returned a result). Left out of ``==``.
    """

    per: str = "day"
    n: int = 0
    count: float = math.nan
    exposure: float = math.nan
    table: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False, compare=False)

    def summary(self) -> pd.DataFrame:
        """One row per group.

        Columns ``estimate`` (its rate), ``lower``, ``upper``, then the input columns.
        """
        return estimate_first(self.table.rename(columns={"rate": "estimate"}))

    def plot(self, ax: Axes | None = None) -> Axes:
        """Each group's rate with its interval as an error bar."""
        return plotting.plot_rates(self.summary(), ax, per=self.per)


def _per_days(per: str) -> float:
    try:
        return PER_DAYS[per]
    except (KeyError, TypeError):
        raise EstimatorInputError(f"per={per!r} is not one of {', '.join(PER_DAYS)}") from None


def garwood_lower(count: Any, alpha: float) -> np.ndarray:
    """Lower Garwood limit of a Poisson mean at tail probability ``alpha`` (0 when count is 0)."""
    k = np.asarray(count, dtype=float)
    with np.errstate(invalid="ignore"):
        lo = stats.chi2.ppf(alpha, 2 * k) / 2
    return np.where(k > 0, lo, 0.0)


def garwood_upper(count: Any, alpha: float) -> np.ndarray:
    """Upper Garwood limit of a Poisson mean at tail probability ``alpha``."""
    k = np.asarray(count, dtype=float)
    return stats.chi2.ppf(1 - alpha, 2 * k + 2) / 2


def rate(
    count: float | np.ndarray,
    exposure: float | np.ndarray,
    per: str = "day",
    alpha: float = ALPHA,
) -> RateResult:
    """Event rate with an exact Poisson (Garwood) two-sided interval.

    ``rate`` is scalar; :func:`rates` is its vectorised form (a table of groups).

    Parameters
    ----------
    count : int
        Number of events (whole, non-negative). An array is deprecated: it warns
        (:class:`~idlibstats.errors.IdlibstatsDeprecationWarning`) and returns, for one
        release, the DataFrame it used to (``rates(...).table``); call :func:`rates` instead.
    exposure : float
        Exposure time in days (positive).
    per : {"day", "week", "month", "year"}
        Time unit of the rate (month = 365.25/12 days, year = 365.25 days).
    alpha : float
        ``0.05`` gives a 95% interval.

    Returns
    -------
    RateResult
        ``estimate`` the rate ``count / exposure`` per ``per``; ``lower``, ``upper`` its exact
        Poisson (Garwood) interval.

    Raises
    ------
    EstimatorInputError
        Negative, fractional or NaN counts; zero, negative or NaN exposure; bad ``per``/``alpha``.

    Examples
    --------
    >>> from idlibstats.estimate import rate
    >>> r = rate(1300, 123, per="day")
    >>> round(r.estimate, 3), round(r.lower, 3), round(r.upper, 3)
    (10.569, 10.002, 11.16)
    """
    check_alpha(alpha)
    pd_ = _per_days(per)
    try:
        if not_a_number(count) or not_a_number(exposure):
            raise TypeError  # numpy would silently turn "12" into 12.0 and True into 1.0
        c = np.asarray(count, dtype=float)
        e = np.asarray(exposure, dtype=float)
    except (TypeError, ValueError):
        raise EstimatorInputError(
            f"count and exposure must be numbers, got {count!r} and {exposure!r}"
        ) from None
    if c.ndim or e.ndim:
        warnings.warn(
            "rate() with arrays is deprecated and will be scalar only in the next release: "
            "use rates(pd.DataFrame({'count': ..., 'exposure': ...})).table for this "
            "DataFrame (rates() returns a RatesResult)",
            IdlibstatsDeprecationWarning,
            stacklevel=2,
        )
        c, e = np.broadcast_arrays(c, e)
        return rates(
            pd.DataFrame({"count": c.ravel(), "exposure": e.ravel()}), per=per, alpha=alpha
        ).table
    check_counts(c)
    check_exposure(e)
    scale = pd_ / float(e)
    return RateResult(
        estimate=float(c) * scale,
        lower=float(garwood_lower(c, alpha / 2)) * scale,
        upper=float(garwood_upper(c, alpha / 2)) * scale,
        method=GARWOOD,
        alpha=alpha,
        count=float(c),
        exposure=float(e),
        per=per,
    )


def rates(
    df: pd.DataFrame,
    count: str = "count",
    exposure: str = "exposure",
    per: str = "day",
    alpha: float = ALPHA,
) -> RatesResult:
    """Rates with Garwood intervals for many groups at once (vectorised, no Python loop).

    Parameters
    ----------
    df : pandas.DataFrame
        One row per group (e.g. every district-month), with a count and an exposure column.
    count, exposure : str
        Column names; exposure is in days.
    per : {"day", "week", "month", "year"}
        Time unit of the rates, as in :func:`rate`.
    alpha : float
        ``0.05`` gives a 95% interval.

    Returns
    -------
    RatesResult
        ``table`` is a copy of ``df`` with columns ``rate``, ``lower``, ``upper`` (per
        ``per``) added; ``summary()`` has them as ``estimate, lower, upper`` first; the
        scalar fields are the pooled rate of all groups; ``plot()`` draws them.

    Raises
    ------
    EstimatorInputError
        Naming the column and the rows with bad values.

    Examples
    --------
    >>> import pandas as pd
    >>> from idlibstats.estimate import rates
    >>> df = pd.DataFrame({"count": [0, 12], "exposure": [31, 30]})
    >>> res = rates(df, per="month")
    >>> res.table.round(2)[["rate", "lower", "upper"]].values.tolist()
    [[0.0, 0.0, 3.62], [12.18, 6.29, 21.27]]
    >>> res
    RatesResult(estimate=5.988, 95% CI [3.094, 10.46], per='month', n=2, count=12.00, exposure=61.00, method='exact Poisson (Garwood)')
    """
    check_alpha(alpha)
    pd_ = _per_days(per)
    if not isinstance(df, pd.DataFrame):
        raise EstimatorInputError(f"df must be a pandas DataFrame, got {type(df).__name__}")
    for col in (count, exposure):
        if col not in df.columns:
            raise EstimatorInputError(f"df has no column {col!r}")
    for col in (count, exposure):
        if not_a_number(df[col]):
            raise EstimatorInputError(f"column {col!r} must be numeric, not {df[col].dtype}")
    try:
        c = df[count].to_numpy(dtype=float, na_value=np.nan)
        e = df[exposure].to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError) as exc:
        raise EstimatorInputError(
            f"columns {count!r}/{exposure!r} must be numeric: {exc}"
        ) from None
    check_counts(c, f"column {count!r}", df.index)
    check_exposure(e, f"column {exposure!r}", df.index)
    scale = pd_ / e
    out = df.copy()
    out["rate"] = c * scale
    out["lower"] = garwood_lower(c, alpha / 2) * scale
    out["upper"] = garwood_upper(c, alpha / 2) * scale
    total_c, total_e = float(c.sum()), float(e.sum())
    pooled = pd_ / total_e if total_e > 0 else math.nan  # no rows: no pooled rate
    return RatesResult(
        estimate=total_c * pooled,
        lower=float(garwood_lower(total_c, alpha / 2)) * pooled,
        upper=float(garwood_upper(total_c, alpha / 2)) * pooled,
        method=GARWOOD,
        alpha=alpha,
        per=per,
        n=len(out),
        count=total_c,
        exposure=total_e,
        table=out,
    )


def _finite_bound(x: Any, column: str) -> float:
    x = float(x)
    if not math.isfinite(x):
        raise EstimatorInputError(
            f"figure {column} {x!r} is not a finite number (column {column!r})"
        )
    if x < 0:
        raise EstimatorInputError(f"figure {column} {x:g} is negative (column {column!r})")
    return x


def _figure_value(row: Any) -> tuple[str, float, Any, Any]:
    """A figure's qualifier, its checked value, and its raw ``lower``/``upper`` (None if missing).

    The common start of :func:`count_bounds` and :func:`~idlibstats.estimate.figure_interval`.
    """
    q = str(row_get(row, "qualifier"))
    v = row_get(row, "value")
    if v is None:
        raise EstimatorInputError("figure has no value (column 'value')")
    return q, _finite_bound(v, "value"), row_get(row, "lower"), row_get(row, "upper")


def count_bounds(row: Any, approx_band: float = APPROX_BAND) -> tuple[float, float, str, str]:
    """Integer count bounds ``(cmin, cmax, relation_low, relation_high)`` implied by a figure.

    Counts are whole numbers, so "more than x" means ``>= floor(x) + 1`` and "less than x" means
    ``<= ceil(x) - 1``. ``approx`` figures get the band ``value * (1 -+ approx_band)`` rounded
    outwards to whole counts (:func:`~idlibstats.estimate.figure_interval` keeps the same band
    unrounded, as real numbers); ``vague`` figures their ``lower`` (the schema's minimum).
    ``cmax`` is ``inf`` when there is no upper bound, ``cmin`` is 0 when there is no lower bound.

    Raises
    ------
    EstimatorInputError
        Missing, negative or infinite value; an ``exact`` value that is not a whole number
        (unless ``unit`` is ``"percent"``); "less than 0"; a range with a negative or infinite
        end, ``lower > upper`` or no whole count inside (3.2..3.8); an unknown qualifier.
    """
    q = str(row_get(row, "qualifier"))
    cmin, cmax = figure_ends(row, approx_band, "whole")
    if q == "exact":
        return cmin, cmax, "equal", "equal"
    if q in ("range", "approx"):
        return cmin, cmax, "range", "range"
    if q in UPPER_BOUNDED:
        return cmin, cmax, "", "at_most"
    return cmin, cmax, "at_least", ""


def figure_ends(
    row: Any, approx_band: float = APPROX_BAND, reading: str = "whole"
) -> tuple[float, float]:
    """A figure-table row checked and read by :func:`~idlibstats.table.figure_bounds`.

    The one place where the estimators read a figure's bounds: :func:`count_bounds` and
    :func:`~idlibstats.estimate.figure_interval` (``reading="whole"`` for counts, ``"real"``
    for percentages). Raises :class:`EstimatorInputError` for the problems listed in
    :func:`count_bounds`.
    """
    q, v, lo, hi = _figure_value(row)
    if q not in LOWER_BOUNDED + UPPER_BOUNDED:
        raise EstimatorInputError(f"unknown qualifier {q!r} (column 'qualifier')")
    if (
        q == "exact"
        and v != math.floor(v)
        and reading == "whole"
        and row_get(row, "unit") != "percent"
    ):
        raise EstimatorInputError(
            f"exact count {v:g} is not a whole number (column 'value'); "
            "use qualifier 'approx' or 'range' for a rounded figure"
        )
    if q == "less_than" and v == 0:
        raise EstimatorInputError("'less than 0' allows no count (column 'value')")
    lo, hi = _checked_ends(q, lo, hi)
    band = check_band(approx_band)
    low, high = figure_bounds(q, v, lo, hi, reading=reading, approx_band=band)  # type: ignore[arg-type]
    if low > high:
        raise EstimatorInputError(
            f"range {lo:g}..{hi:g} contains no whole count (columns 'lower', 'upper')"
        )
    return float(low), float(high)


def _checked_ends(q: str, lo: Any, hi: Any) -> tuple[float | None, float | None]:
    """The table's ``lower``/``upper`` that the qualifier reads, checked (None: not given)."""
    if q == "range":
        if lo is None or hi is None:
            raise EstimatorInputError("range figure needs both 'lower' and 'upper'")
        lo, hi = _finite_bound(lo, "lower"), _finite_bound(hi, "upper")
        if lo > hi:
            raise EstimatorInputError(
                f"range figure has lower {lo:g} > upper {hi:g} (columns 'lower', 'upper')"
            )
        return lo, hi
    if q in ("exact", "approx"):
        return None, None  # read from the value alone
    lo = _finite_bound(lo, "lower") if lo is not None and q in LOWER_BOUNDED else None
    hi = _finite_bound(hi, "upper") if hi is not None and q in UPPER_BOUNDED else None
    return lo, hi


def exposure_bounds(row: Any, approx_band: float = APPROX_BAND) -> tuple[float, float, str]:
    """Exposure bounds in days ``(emin, emax, note)`` implied by a figure's period or duration.

    ``duration_days`` wins when present (it is the length the text states); otherwise the period
    counts both ends (2019-05-01..2019-08-31 is 123 days). By ``duration_qualifier``: missing or
    ``exact`` gives ``(d, d)``; ``approx`` the band ``(d (1 - approx_band), d (1 + approx_band))``;
    ``less_than``/``at_most`` gives ``(0, d)``; ``more_than``/``at_least`` gives ``(d, inf)``.
    Any other value (``range``, ``vague``, a typo) raises: it says nothing usable about a length.
    """
    d = row_get(row, "duration_days")
    if d is not None:
        d = float(d)
        if not (d > 0 and math.isfinite(d)):
            raise EstimatorInputError(
                f"duration_days {d:g} must be positive and finite (column 'duration_days')"
            )
        dq = row_get(row, "duration_qualifier")
        dq = str(dq) if dq is not None else "exact"
        if dq in ("range", "vague") or dq not in LOWER_BOUNDED + UPPER_BOUNDED:
            raise EstimatorInputError(
                f"duration_qualifier {dq!r} is not supported for a duration (column "
                "'duration_qualifier'); use exact, approx, more_than, at_least, less_than or "
                "at_most"
            )
        # a length is a real number: the table's rule with real ends (strictness is kept by
        # rate_from_figure's relation)
        low, high = figure_bounds(dq, d, reading="real", approx_band=check_band(approx_band))
        if dq == "approx":
            return low, high, f"duration about {d:g} days ({low:g}..{high:g})"
        if dq == "exact":
            return d, d, f"duration {d:g} days"
        return low, high, f"duration {dq.replace('_', ' ')} {d:g} days"
    s, e = row_get(row, "period_start"), row_get(row, "period_end")
    if s is None or e is None:
        raise EstimatorInputError(
            "figure has no exposure: needs 'duration_days' or both 'period_start' and 'period_end'"
        )
    s, e = pd.Timestamp(s), pd.Timestamp(e)
    if s > e:
        raise EstimatorInputError(f"period_start {s.date()} is after period_end {e.date()}")
    days = float((e.normalize() - s.normalize()).days + 1)
    return days, days, f"period {s.date()}..{e.date()} = {days:g} days (both ends counted)"


def rate_from_figure(
    row: Any, per: str = "day", alpha: float = ALPHA, approx_band: float = APPROX_BAND
) -> RateResult:
    """Rate implied by one row of the figure table, bounded the way its wording is.

    The count's qualifier and the duration's qualifier each bound one side:

    * exact count over an exact period: two-sided Garwood interval, ``bound="two-sided"``.
    * ``more_than``/``at_least``/``vague`` count, or a ``less_than``/``at_most`` duration: the
      rate is bounded below only. ``estimate`` is the lowest rate the wording allows (smallest
      whole count over the longest exposure; "more than 1,300" means at least 1,301 deaths),
      ``lower`` the one-sided exact Garwood lower confidence limit at level ``1 - alpha`` for the
      underlying Poisson rate at that count, ``upper = inf`` and ``bound="lower"``. A
      ``less_than`` duration makes the bound strict (``relation="more_than"``) whatever the
      count's qualifier, as long as the smallest count is above zero.
    * ``less_than``/``at_most`` count, or a ``more_than``/``at_least`` duration: mirror image,
      ``lower = 0`` and ``bound="upper"`` (a ``more_than`` duration: ``relation="less_than"``).
    * an ``approx`` duration ``d`` is the band ``d (1 -+ approx_band)``: the interval uses its
      ends, the estimate ``d`` itself.
    * ``range`` counts (and ``approx`` counts, read as ``value * (1 -+ approx_band)``, default
      +-10%): two-sided, the Garwood lower limit of the smallest and the upper limit of the
      largest count (each at ``alpha/2``); ``estimate`` is ``value`` over the exposure.

    A figure bounded on neither side (e.g. "more than 100 in more than 3 days") raises.

    Parameters
    ----------
    row : pandas.Series, dict or namedtuple
        A figure-table row: ``value``, ``lower``, ``upper``, ``qualifier``, and either
        ``duration_days`` (+ ``duration_qualifier``) or ``period_start``/``period_end``.
    per : {"day", "week", "month", "year"}
        Time unit of the rate (month = 365.25/12 days, year = 365.25 days).
    alpha : float
        ``0.05`` gives a 95% interval.
    approx_band : float
        Relative half-width used for ``approx`` counts and ``approx`` durations.

    Returns
    -------
    RateResult
        The rate the figure implies with its interval; ``relation`` says whether the true
        rate equals it or is bounded by it (a "more than" figure gives a lower bound).

    Examples
    --------
    >>> from idlibstats.estimate import rate_from_figure
    >>> r = rate_from_figure({"value": 24.0, "lower": 24.0, "upper": 24.0, "qualifier": "exact",
    ...                       "duration_days": 4.0, "duration_qualifier": "less_than"})
    >>> r.estimate, r.bound, r.relation
    (6.0, 'lower', 'more_than')
    """
    check_alpha(alpha)
    pd_ = _per_days(per)
    unit = row_get(row, "unit")
    if unit is not None and unit != "count":
        raise EstimatorInputError(f"a rate needs a count figure, got unit {unit!r} (column 'unit')")
    cmin, cmax, rel_lo, rel_hi = count_bounds(row, approx_band)
    emin, emax, enote = exposure_bounds(row, approx_band)
    q = str(row_get(row, "qualifier"))
    low_known = q in LOWER_BOUNDED and math.isfinite(emax)
    high_known = math.isfinite(cmax) and emin > 0
    common = dict(alpha=alpha, per=per)
    if low_known and high_known:
        v = float(row_get(row, "value"))
        method = (
            GARWOOD
            if q == "exact"
            else (f"{GARWOOD}: lower limit of count {cmin:g}, upper limit of count {cmax:g} ({q})")
        )
        # an approx duration is a band around the stated length: the point estimate uses it
        e_point = float(row_get(row, "duration_days")) if emin < emax else emin
        return RateResult(
            estimate=v / e_point * pd_,
            lower=float(garwood_lower(cmin, alpha / 2)) / emax * pd_,
            upper=float(garwood_upper(cmax, alpha / 2)) / emin * pd_,
            method=f"{method}; {enote}",
            count=v,
            exposure=e_point,
            **common,
        )
    dq = row_get(row, "duration_qualifier")
    if low_known:
        # "in less than 4 days" is strict: the rate is above cmin / 4 whenever cmin > 0
        strict = cmin > 0 and emin == 0 and dq == "less_than"
        relation = "more_than" if strict else "at_least"
        count_note = f"count {q.replace('_', ' ')} {float(row_get(row, 'value')):g} -> >= {cmin:g}"
        return RateResult(
            estimate=cmin / emax * pd_,
            lower=float(garwood_lower(cmin, alpha)) / emax * pd_,
            upper=math.inf,
            method=(
                f"lower bound: {count_note}; {enote}; lower = one-sided {GARWOOD} limit "
                "at the smallest count and longest exposure"
            ),
            bound="lower",
            count=cmin,
            exposure=emax,
            relation=relation,
            **common,
        )
    if high_known:
        strict = cmax > 0 and math.isinf(emax) and dq == "more_than"
        relation = "less_than" if strict else "at_most"
        count_note = f"count {q.replace('_', ' ')} {float(row_get(row, 'value')):g} -> <= {cmax:g}"
        return RateResult(
            estimate=cmax / emin * pd_,
            lower=0.0,
            upper=float(garwood_upper(cmax, alpha)) / emin * pd_,
            method=(
                f"upper bound: {count_note}; {enote}; upper = one-sided {GARWOOD} limit "
                "at the largest count and shortest exposure"
            ),
            bound="upper",
            count=cmax,
            exposure=emin,
            relation=relation,
            **common,
        )
    raise EstimatorInputError(
        f"figure bounds the rate on neither side (count {q}, {enote}): no rate can be stated"
    )


def rate_overdispersed(
    counts: Any, exposure: Any = 1.0, per: str = "day", alpha: float = ALPHA
) -> RateResult:
    """Mean rate of a count series with a quasi-Poisson interval that allows overdispersion.

    The rate is ``sum(counts) / sum(exposure)``; its interval is Wald on the log scale with the
    Poisson variance inflated by the Pearson dispersion ``phi = X2 / (n - 1)`` (never below 1):
    ``exp(log(rate) +- z * sqrt(phi / sum(counts)))``. This equals an intercept-only Poisson GLM
    with a log-exposure offset fitted with ``scale="X2"`` in statsmodels (when ``phi >= 1``).
    Use it for daily/weekly series of conflict deaths, which are nearly always overdispersed;
    :func:`rate` assumes Poisson variation and is too narrow for them.

    Parameters
    ----------
    counts : array of int
        The series (at least two values, total above zero).
    exposure : float or array
        Exposure in days of each value (scalar: the same for all).
    per : {"day", "week", "month", "year"}
        Time unit of the rate, as in :func:`rate`.
    alpha : float
        ``0.05`` gives a 95% interval.

    Returns
    -------
    RateResult
        ``estimate`` the mean rate per ``per``, ``lower``, ``upper`` its quasi-Poisson
        interval, ``dispersion`` the Pearson dispersion ``phi`` used.

    Examples
    --------
    >>> from idlibstats.estimate import rate_overdispersed
    >>> r = rate_overdispersed([0, 3, 12, 1, 0, 7, 2], exposure=1.0)
    >>> round(r.estimate, 3), r.dispersion > 1
    (3.571, True)
    """
    check_alpha(alpha)
    pd_ = _per_days(per)
    if not_a_number(counts):
        raise EstimatorInputError(f"counts must be numbers, got {counts!r:.80}")
    y = np.asarray(counts, dtype=float)
    if y.ndim != 1 or y.size < 2:
        raise EstimatorInputError("counts must be a 1-D series of at least two values")
    try:
        e = np.asarray(exposure, dtype=float)
    except (TypeError, ValueError):
        raise EstimatorInputError(f"exposure must be numbers, got {exposure!r:.80}") from None
    if e.ndim and e.shape != y.shape:
        raise EstimatorInputError(
            f"exposure has length {e.size} but counts has length {y.size} "
            "(give one exposure per count, or a single number)"
        )
    e = np.broadcast_to(e, y.shape)
    check_counts(y, "counts")
    check_exposure(e, "exposure")
    total = y.sum()
    if total == 0:
        raise EstimatorInputError(
            "counts are all zero: the log-scale interval is undefined; "
            "use rate(0, exposure) for an exact upper limit"
        )
    r = float(total / e.sum())
    mu = r * e
    phi = max(float(((y - mu) ** 2 / mu).sum() / (y.size - 1)), 1.0)
    half = stats.norm.ppf(1 - alpha / 2) * math.sqrt(phi / total)
    return RateResult(
        estimate=r * pd_,
        lower=r * math.exp(-half) * pd_,
        upper=r * math.exp(half) * pd_,
        method="quasi-Poisson (Pearson dispersion, Wald on log scale)",
        alpha=alpha,
        count=float(total),
        exposure=float(e.sum()),
        per=per,
        dispersion=phi,
    )
