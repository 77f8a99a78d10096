"""Trends in count series: Poisson/negative binomial GLM, Mann-Kendall with Sen's slope, and
interrupted time series (segmented GLM) around a date such as a ceasefire.

Every function takes counts per period (day, week, month...) with an optional exposure (days in
the period, population at risk...) that enters the GLM as a log offset, so estimates are rates.
Slopes are reported as rate ratios per period: ``1.05`` means +5% a period.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd
from scipy import stats

from idlibstats.errors import (
    ConvergenceWarning,
    EstimatorInputError,
    OverdispersionWarning,
    StatisticalWarning,
)
from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.rates import _check_alpha  # also used by changepoints.py

__all__ = [
    "TrendResult",
    "MannKendallResult",
    "ITSResult",
    "count_trend",
    "mann_kendall",
    "interrupted_time_series",
]

Family = Literal["poisson", "negbin"]

_NB_METHOD = "NB2 dispersion by maximum likelihood (statsmodels discrete NegativeBinomial)"


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


def _empty() -> pd.DataFrame:
    return pd.DataFrame()


@dataclass(frozen=True, repr=False)
class TrendResult(Result):
    """Log-linear trend of a count series: rate ratio per period with its Wald interval.

    ``estimate`` is ``exp(slope)``, the multiplicative change in the rate per period (``per``).

    Attributes
    ----------
    family : {"poisson", "negbin"}
    per : str
        The unit of one period ("month", "day", "week", "year" or "period").
    slope, slope_se, p_value : float
        Log-scale slope, its standard error and the two-sided Wald p-value (H0: no trend).
    n : int
        Number of periods.
    dispersion : float
        Pearson chi2 / df of the Poisson fit (about 1 when Poisson fits; always from the Poisson
        fit, so it can be compared across families).
    overdispersion_z, overdispersion_p : float
        Cameron-Trivedi (NB2 auxiliary regression) statistic and one-sided p-value, Poisson fit.
    nb_alpha : float
        NB2 dispersion ``alpha`` (var = mu + alpha mu^2); ``nan`` for Poisson.
    nb_alpha_method : str
        How ``nb_alpha`` was estimated ("" for Poisson).
    converged : bool
        ``False`` (with a :class:`~idlibstats.errors.ConvergenceWarning`) when the optimiser
        did not converge or the fit is degenerate: (quasi-)separation, i.e. counts zero on one
        side of a term so that the maximum likelihood estimate is infinite, or non-finite
        coefficients or standard errors. The numbers are then not to be reported.
    coefficients : DataFrame
        Coefficient table (log scale and rate ratios); also :attr:`summary`.
    fitted : DataFrame
        time, count, exposure and fitted count per period.
    """

    family: str = "poisson"
    per: str = "period"
    slope: float = math.nan
    slope_se: float = math.nan
    p_value: float = math.nan
    n: int = 0
    dispersion: float = math.nan
    overdispersion_z: float = math.nan
    overdispersion_p: float = math.nan
    nb_alpha: float = math.nan
    nb_alpha_method: str = ""
    converged: bool = True
    # tables are left out of ==: DataFrame == DataFrame is elementwise, with no truth value
    coefficients: pd.DataFrame = field(default_factory=_empty, repr=False, compare=False)
    fitted: pd.DataFrame = field(default_factory=_empty, repr=False, compare=False)

    @property
    def summary(self) -> pd.DataFrame:
        """Coefficient table: coef, se, z, p, rate ratio and its interval, one row per term."""
        return self.coefficients


@dataclass(frozen=True, repr=False)
class MannKendallResult(Result):
    """Mann-Kendall trend test with Sen's slope; ``estimate`` is Sen's slope per period.

    ``lower``/``upper`` are the Sen (1968) distribution-free confidence limits of the slope,
    computed from ``var_s`` (the Hamed-Rao corrected variance when ``test="hamed_rao"``).

    Attributes
    ----------
    test : {"original", "hamed_rao"}
    trend : {"increasing", "decreasing", "no trend"}
        Direction at level ``alpha`` (from pymannkendall).
    tau, s, var_s, z, p_value : float
        Kendall's tau, the Mann-Kendall score S, var(S), the continuity-corrected z, the
        two-sided p-value.
    intercept : float
        Intercept of the Kendall-Theil line (Conover), at period 0.
    n : int
    """

    test: str = "original"
    trend: str = "no trend"
    tau: float = math.nan
    s: float = math.nan
    var_s: float = math.nan
    z: float = math.nan
    p_value: float = math.nan
    intercept: float = math.nan
    n: int = 0

    @property
    def summary(self) -> pd.DataFrame:
        """One-row table of the test and the slope."""
        return self.to_frame()


@dataclass(frozen=True, repr=False)
class ITSResult(Result):
    """Interrupted time series: ``estimate`` is the level change at the break as a rate ratio.

    The model is ``log E[y_t] = log e_t + b0 + b1 t + b2 post_t + b3 (t - t_break) post_t``:
    ``exp(b2)`` (the estimate) is the jump at the first post-break period relative to the
    pre-break trend carried forward; ``exp(b3)`` is the change in the per-period rate ratio;
    ``exp(b1)`` is the pre-break trend.

    Attributes
    ----------
    family, per : str
    break_date : pandas.Timestamp
        First day of the new regime.
    slope_change, slope_change_lower, slope_change_upper : float
        ``exp(b3)`` and its interval.
    pre_trend, pre_trend_lower, pre_trend_upper : float
        ``exp(b1)`` and its interval.
    post_trend : float
        ``exp(b1 + b3)``.
    level_p, slope_p : float
        Wald p-values of b2 and b3.
    n_pre, n_post, n_excluded : int
        Periods used before and after the break, and periods left out (partial period).
    partial : str
        How the period containing the break was handled ("exclude" or "majority").
    nb_alpha, dispersion, converged
        As in :class:`TrendResult`.
    coefficients, fitted : DataFrame
        Coefficient table (also :attr:`summary`) and per-period data with fitted values and the
        counterfactual (pre-trend carried forward).
    """

    family: str = "poisson"
    per: str = "period"
    break_date: pd.Timestamp | None = None
    slope_change: float = math.nan
    slope_change_lower: float = math.nan
    slope_change_upper: float = math.nan
    pre_trend: float = math.nan
    pre_trend_lower: float = math.nan
    pre_trend_upper: float = math.nan
    post_trend: float = math.nan
    level_p: float = math.nan
    slope_p: float = math.nan
    n_pre: int = 0
    n_post: int = 0
    n_excluded: int = 0
    partial: str = "exclude"
    dispersion: float = math.nan
    nb_alpha: float = math.nan
    nb_alpha_method: str = ""
    converged: bool = True
    # tables are left out of ==: DataFrame == DataFrame is elementwise, with no truth value
    coefficients: pd.DataFrame = field(default_factory=_empty, repr=False, compare=False)
    fitted: pd.DataFrame = field(default_factory=_empty, repr=False, compare=False)

    @property
    def summary(self) -> pd.DataFrame:
        """Coefficient table with rate ratios and intervals (level change, slope change...)."""
        return self.coefficients


# --------------------------------------------------------------------------------------------
# Input checks (shared with changepoints.py)
# --------------------------------------------------------------------------------------------


def _check_choice(value, name: str, choices: tuple[str, ...]):
    """``value`` if it is one of ``choices``, else an error naming them."""
    if value not in choices:
        allowed = " or ".join(repr(c) for c in choices)
        raise EstimatorInputError(f"{name} must be {allowed}, got {value!r}")
    return value


def _check_family(family: str) -> str:
    return _check_choice(family, "family", ("poisson", "negbin"))


def _float_array(x, name: str) -> np.ndarray:
    try:
        arr = np.asarray(x, dtype=float)
    except (TypeError, ValueError):
        raise EstimatorInputError(f"{name} must be numbers; could not read {x!r:.80}") from None
    if arr.ndim != 1:
        raise EstimatorInputError(f"{name} must be one-dimensional, got shape {arr.shape}")
    return arr


def _check_counts(counts, name: str = "counts") -> np.ndarray:
    y = _float_array(counts, name)
    bad = np.flatnonzero(~np.isfinite(y))
    if bad.size:
        raise EstimatorInputError(
            f"{name} has NaN or infinite values at positions {bad[:10].tolist()}"
        )
    bad = np.flatnonzero(y < 0)
    if bad.size:
        raise EstimatorInputError(f"{name} has negative values at positions {bad[:10].tolist()}")
    bad = np.flatnonzero(y != np.round(y))
    if bad.size:
        raise EstimatorInputError(
            f"{name} must be whole numbers (counts); not at positions {bad[:10].tolist()}"
        )
    return y


def _check_exposure(exposure, n: int, name: str = "exposure") -> np.ndarray:
    if exposure is None:
        return np.ones(n)
    if np.ndim(exposure) == 0:
        exposure = [exposure] * n
    e = _float_array(exposure, name)
    if e.size != n:
        raise EstimatorInputError(f"{name} has length {e.size} but counts has length {n}")
    bad = np.flatnonzero(~np.isfinite(e))
    if bad.size:
        raise EstimatorInputError(
            f"{name} has NaN or infinite values at positions {bad[:10].tolist()}"
        )
    bad = np.flatnonzero(e <= 0)
    if bad.size:
        raise EstimatorInputError(
            f"{name} must be positive; zero or negative at positions {bad[:10].tolist()}"
        )
    return e


def _as_dates(dates, n: int, name: str = "dates") -> pd.DatetimeIndex | pd.PeriodIndex:
    if isinstance(dates, pd.PeriodIndex | pd.DatetimeIndex):
        idx = dates
    elif isinstance(dates, pd.Series) and isinstance(dates.dtype, pd.PeriodDtype):
        idx = pd.PeriodIndex(dates)
    else:
        try:
            idx = pd.DatetimeIndex(pd.to_datetime(dates))
        except (TypeError, ValueError) as exc:
            raise EstimatorInputError(f"{name} could not be read as dates: {exc}") from None
    if len(idx) != n:
        raise EstimatorInputError(f"{name} has length {len(idx)} but counts has length {n}")
    if idx.hasnans:
        raise EstimatorInputError(f"{name} has missing dates")
    if not idx.is_monotonic_increasing or not idx.is_unique:
        raise EstimatorInputError(f"{name} must be strictly increasing (sorted, no duplicates)")
    return idx


def _month_end_periods(idx: pd.DatetimeIndex | pd.PeriodIndex) -> pd.PeriodIndex | None:
    """Month-end (or year-end) labels as periods, e.g. from ``resample("ME")``; else None.

    ``2019-01-31, 2019-02-28, ...`` label whole months, not days: without this they would be
    read as daily data 28-31 days apart. All-December month ends become years (``"YE"``).
    """
    if not isinstance(idx, pd.DatetimeIndex) or len(idx) < 2:
        return None
    if not bool(idx.is_month_end.all()) or bool((idx != idx.normalize()).any()):
        return None
    naive = idx.tz_localize(None) if idx.tz is not None else idx
    if bool((idx.month == 12).all()):
        return naive.to_period("Y")
    return naive.to_period("M")


def _time_from_dates(idx: pd.DatetimeIndex | pd.PeriodIndex) -> tuple[np.ndarray, str]:
    """Periods elapsed since the first date, and the unit: months for month starts, etc."""
    periods = _month_end_periods(idx)
    if periods is not None:
        idx = periods
    if isinstance(idx, pd.PeriodIndex):
        t = np.asarray(idx.asi8 - idx.asi8[0], dtype=float)
        unit = {"M": "month", "D": "day", "Y": "year", "Q": "quarter"}.get(
            idx.freqstr.split("-")[0].rstrip("E"), idx.freqstr
        )
        if idx.freqstr.startswith("W"):
            unit = "week"
        return t, unit
    if len(idx) and bool((idx.day == 1).all()) and bool((idx.month == 1).all()):
        return np.asarray(idx.year - idx.year[0], dtype=float), "year"
    if len(idx) and bool((idx.day == 1).all()):
        months = idx.year * 12 + idx.month
        return np.asarray(months - months[0], dtype=float), "month"
    days = np.asarray((idx - idx[0]).days, dtype=float)
    if len(days) > 1 and np.all(np.diff(days) % 7 == 0):
        return days / 7.0, "week"
    return days, "day"


def _counts_exposure(counts, exposure) -> tuple[np.ndarray, np.ndarray]:
    """Checked counts (array-like or Series; its index is not read) and exposure per period."""
    if isinstance(counts, pd.Series):
        counts = counts.to_numpy(dtype=float, na_value=np.nan)
    y = _check_counts(counts)
    return y, _check_exposure(exposure, y.size)


def _check_fit_size(y: np.ndarray, need: int, what: str = "periods") -> None:
    """At least ``need`` periods and some non-zero count, or the GLM cannot be fitted."""
    if y.size < need:
        raise EstimatorInputError(f"counts: need at least {need} {what}, got {y.size}")
    if y.sum() == 0:
        raise EstimatorInputError("counts are all zero: no trend can be estimated")


def _read_series(counts, exposure, time, count_col: str, exposure_col: str):
    """Counts, exposure, time, time unit and the dates (or None) from arrays/Series/DataFrame."""
    dates = None
    if isinstance(counts, pd.DataFrame):
        df = counts
        if count_col not in df.columns:
            raise EstimatorInputError(
                f"counts DataFrame has no column {count_col!r} (columns: {list(df.columns)}); "
                "pass count_col="
            )
        if exposure is None and exposure_col in df.columns:
            exposure = df[exposure_col].to_numpy(dtype=float)
        if isinstance(df.index, pd.DatetimeIndex | pd.PeriodIndex):
            dates = df.index
        counts = df[count_col]
    if (
        isinstance(counts, pd.Series)
        and dates is None
        and isinstance(counts.index, pd.DatetimeIndex | pd.PeriodIndex)
    ):
        dates = counts.index
    y, e = _counts_exposure(counts, exposure)
    if time is not None:
        t = _float_array(time, "time")
        if t.size != y.size:
            raise EstimatorInputError(f"time has length {t.size} but counts has length {y.size}")
        if not np.all(np.isfinite(t)):
            raise EstimatorInputError("time has NaN or infinite values")
        unit = "period"
    elif dates is not None:
        dates = _as_dates(dates, y.size, "counts index")
        t, unit = _time_from_dates(dates)
    else:
        t, unit = np.arange(y.size, dtype=float), "period"
    return y, e, t, unit, dates


# --------------------------------------------------------------------------------------------
# GLM fitting
# --------------------------------------------------------------------------------------------


def _fit_glm(y: np.ndarray, X: pd.DataFrame, e: np.ndarray, family: str, alpha: float):
    """Fit Poisson GLM (always, for the dispersion check) and, if asked, the NB2 model.

    Returns (fit used for the estimates, poisson fit, nb_alpha, converged).
    """
    import statsmodels.api as sm
    from statsmodels.tools.sm_exceptions import ConvergenceWarning as SMConvergenceWarning
    from statsmodels.tools.sm_exceptions import HessianInversionWarning

    offset = np.log(e)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pois = sm.GLM(y, X, family=sm.families.Poisson(), offset=offset).fit()
        converged = bool(pois.converged)
        if family == "poisson":
            fit, nb_alpha = pois, math.nan
        else:
            # NB2 with alpha estimated jointly by ML; start from the Poisson estimates.
            start = np.append(np.asarray(pois.params), 0.1)
            fit = sm.NegativeBinomial(y, X, offset=offset, loglike_method="nb2").fit(
                start_params=start, method="lbfgs", maxiter=2000, disp=0
            )
            nb_alpha = float(fit.params.iloc[-1])
            converged = bool(fit.mle_retvals.get("converged", True)) or nb_alpha < 1e-6
    # alpha -> 0 is the Poisson boundary: the optimiser may stop short of "convergence" there
    # although the fit is the Poisson one; that is not a failure.
    boundary = family == "negbin" and nb_alpha < 1e-6
    for w in caught:
        if issubclass(w.category, SMConvergenceWarning | HessianInversionWarning):
            converged = converged and boundary
        elif not issubclass(w.category, RuntimeWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    k = X.shape[1]
    with np.errstate(all="ignore"):
        finite = bool(
            np.isfinite(np.asarray(fit.params)[:k]).all()
            and np.isfinite(np.asarray(fit.bse)[:k]).all()
        )
    problem = ""
    if _separated(X.to_numpy(dtype=float), y):
        problem = (
            ": the counts are zero on one side of a term (e.g. one non-zero period at the end "
            "of the series): the maximum likelihood estimate is infinite, so the estimate and "
            "its interval are meaningless"
        )
    elif not finite:
        problem = ": some coefficients or standard errors are not finite"
    if problem:
        converged = False
    if not converged:
        warnings.warn(
            f"the {family} fit is degenerate{problem}"
            if problem
            else f"the {family} fit did not converge; estimates may be unreliable",
            ConvergenceWarning,
            stacklevel=3,
        )
    return fit, pois, nb_alpha, converged


def _separated(X: np.ndarray, y: np.ndarray) -> bool:
    """Whether the log-linear maximum likelihood estimate is infinite ((quasi-)separation).

    The Poisson (and NB) MLE with a log link is finite unless some direction ``d != 0`` has
    ``X_i d = 0`` for every positive count and ``X_i d <= 0`` for every zero count, strictly
    for at least one (Haberman 1974): moving along ``d`` then raises the likelihood forever.
    statsmodels has no such check for count models, so it is this small linear programme
    (scipy ``linprog``): minimise ``sum of X_i d`` over the zero counts within a box.
    """
    from scipy.optimize import linprog

    zero = y == 0
    if not zero.any():
        return False
    Xs = X / np.maximum(np.abs(X).max(axis=0), 1e-300)  # scale columns: a well-posed LP
    Xz, Xp = Xs[zero], Xs[~zero]
    res = linprog(
        c=Xz.sum(axis=0),
        A_ub=Xz,
        b_ub=np.zeros(len(Xz)),
        A_eq=Xp if len(Xp) else None,
        b_eq=np.zeros(len(Xp)) if len(Xp) else None,
        bounds=[(-1.0, 1.0)] * X.shape[1],
        method="highs",
    )
    return bool(res.status == 0 and res.fun < -1e-7)


def _coef_table(fit, alpha: float, names: list[str]) -> pd.DataFrame:
    ci = np.asarray(fit.conf_int(alpha=alpha))
    params = np.asarray(fit.params)
    k = len(names)
    tab = pd.DataFrame(
        {
            "term": names,
            "coef": params[:k],
            "se": np.asarray(fit.bse)[:k],
            "z": np.asarray(fit.tvalues)[:k],
            "p": np.asarray(fit.pvalues)[:k],
            "coef_lower": ci[:k, 0],
            "coef_upper": ci[:k, 1],
        }
    )
    with np.errstate(over="ignore"):  # a degenerate fit (already warned about) may overflow
        tab["rate_ratio"] = np.exp(tab["coef"])
        tab["lower"] = np.exp(tab["coef_lower"])
        tab["upper"] = np.exp(tab["coef_upper"])
    return tab.set_index("term")


def _dispersion_check(pois, alpha: float, family: str) -> tuple[float, float, float]:
    """Pearson chi2/df and the Cameron-Trivedi NB2 test (one-sided) on the Poisson fit."""
    from statsmodels.discrete.diagnostic import test_poisson_dispersion

    df_resid = float(pois.df_resid)
    ratio = float(pois.pearson_chi2 / df_resid) if df_resid > 0 else math.nan
    with np.errstate(all="ignore"):
        disp = test_poisson_dispersion(pois)
    i = list(disp.method).index("CT nb2")
    z = float(disp.statistic[i])
    p = float(stats.norm.sf(z)) if np.isfinite(z) else math.nan  # H1: var > mean
    if family == "poisson" and np.isfinite(p) and p < alpha:
        warnings.warn(
            f"counts are overdispersed for a Poisson model (Pearson chi2/df = {ratio:.2f}, "
            f"Cameron-Trivedi z = {z:.2f}, p = {p:.3g}); intervals are too narrow: "
            "use family='negbin'",
            OverdispersionWarning,
            stacklevel=3,
        )
    return ratio, z, p


def _method(family: str) -> str:
    if family == "poisson":
        return "Poisson GLM, log-exposure offset, Wald interval"
    return f"negative binomial (NB2) GLM, log-exposure offset, Wald interval; {_NB_METHOD}"


def count_trend(
    counts,
    exposure=None,
    time=None,
    family: Family = "poisson",
    alpha: float = ALPHA,
    *,
    count_col: str = "count",
    exposure_col: str = "exposure",
) -> TrendResult:
    """Log-linear trend of counts per period: the rate ratio per period with its interval.

    Fits ``log E[y_t] = log e_t + b0 + b1 t`` by a Poisson GLM (statsmodels) or a negative
    binomial NB2 model whose dispersion ``alpha`` is estimated jointly by maximum likelihood
    (statsmodels ``NegativeBinomial``). The Poisson fit is always checked for overdispersion
    (Pearson chi2/df and the Cameron-Trivedi auxiliary regression test); with
    ``family="poisson"`` an :class:`~idlibstats.errors.OverdispersionWarning` is issued when the
    one-sided Cameron-Trivedi p-value is below ``alpha``.

    Parameters
    ----------
    counts : array-like, pandas Series or DataFrame
        Whole, non-negative counts per period. A Series or DataFrame indexed by dates (or a
        PeriodIndex) sets ``time``: month starts or month ends (``resample("ME")``) give
        months, Jan-1 or Dec-31 dates years, weekly spacing weeks, otherwise days. A
        DataFrame gives counts in ``count_col`` and exposure in ``exposure_col`` (when present
        and ``exposure`` is None).
    exposure : array-like or float, optional
        Positive exposure per period (days, person-time); 1 when omitted.
    time : array-like, optional
        Time of each period in periods (overrides dates); ``0..n-1`` by default.
    family : {"poisson", "negbin"}
    alpha : float
        ``0.05`` gives 95% Wald intervals.
    count_col, exposure_col : str
        Column names for DataFrame input.

    Returns
    -------
    TrendResult
        ``estimate`` = ``exp(slope)`` per period with its interval; ``summary`` has the table.

    Raises
    ------
    EstimatorInputError
        Negative, fractional or missing counts, non-positive exposure, mismatched lengths, fewer
        than 3 periods (4 for negbin) or all-zero counts.

    Examples
    --------
    >>> import pandas as pd
    >>> y = pd.Series([3, 4, 6, 5, 8, 9, 12, 11, 15, 17],
    ...               index=pd.date_range("2019-01-01", periods=10, freq="MS"))
    >>> res = count_trend(y)
    >>> res.per, round(res.estimate, 3)
    ('month', 1.194)
    """
    alpha = _check_alpha(alpha)
    family = _check_family(family)
    y, e, t, unit, dates = _read_series(counts, exposure, time, count_col, exposure_col)
    _check_fit_size(y, 3 if family == "poisson" else 4)
    X = pd.DataFrame({"const": 1.0, "time": t})
    fit, pois, nb_alpha, converged = _fit_glm(y, X, e, family, alpha)
    ratio, z, p = _dispersion_check(pois, alpha, family)
    tab = _coef_table(fit, alpha, ["const", "time"])
    row = tab.loc["time"]
    fitted = pd.DataFrame(
        {
            "time": t,
            "count": y,
            "exposure": e,
            "fitted": np.asarray(fit.predict(X, offset=np.log(e))),
        }
    )
    if dates is not None:
        fitted.insert(0, "date", dates)
    return TrendResult(
        estimate=float(row["rate_ratio"]),
        lower=float(row["lower"]),
        upper=float(row["upper"]),
        method=_method(family),
        alpha=alpha,
        family=family,
        per=unit,
        slope=float(row["coef"]),
        slope_se=float(row["se"]),
        p_value=float(row["p"]),
        n=int(y.size),
        dispersion=ratio,
        overdispersion_z=z,
        overdispersion_p=p,
        nb_alpha=nb_alpha,
        nb_alpha_method=_NB_METHOD if family == "negbin" else "",
        converged=converged,
        coefficients=tab,
        fitted=fitted,
    )


# --------------------------------------------------------------------------------------------
# Mann-Kendall
# --------------------------------------------------------------------------------------------


def _sen_interval(x: np.ndarray, var_s: float, alpha: float) -> tuple[float, float]:
    """Sen (1968) confidence limits of the Theil-Sen slope from var(S).

    pymannkendall gives no slope interval, so this follows Sen's eq. 2.6 with the same
    rounding as ``scipy.stats.theilslopes`` (which it matches for the original test); using
    var(S) lets the Hamed-Rao corrected variance widen the interval under autocorrelation.
    """
    n = x.size
    i, j = np.triu_indices(n, k=1)
    slopes = np.sort((x[j] - x[i]) / (j - i))
    nt = slopes.size
    if slopes[0] == slopes[-1]:
        # every pairwise slope is the same (a constant or exactly linear series): no spread
        return float(slopes[0]), float(slopes[0])
    if not np.isfinite(var_s) or var_s <= 0:
        warnings.warn(
            f"Sen's slope interval is undefined: var(S) = {var_s:g} (fully tied series or a "
            "degenerate Hamed-Rao correction); lower and upper are NaN",
            StatisticalWarning,
            stacklevel=3,
        )
        return math.nan, math.nan
    c = stats.norm.ppf(1 - alpha / 2) * math.sqrt(var_s)
    upper_i = min(int(np.round((nt + c) / 2.0)), nt - 1)
    lower_i = max(int(np.round((nt - c) / 2.0)) - 1, 0)
    return float(slopes[lower_i]), float(slopes[upper_i])


def mann_kendall(
    series,
    alpha: float = ALPHA,
    method: Literal["original", "hamed_rao"] = "original",
) -> MannKendallResult:
    """Mann-Kendall trend test with Sen's slope and its interval (pymannkendall).

    Parameters
    ----------
    series : array-like or pandas Series
        Equally spaced values (counts or rates) in time order, no missing values.
    alpha : float
        Level of the test and of the slope interval.
    method : {"original", "hamed_rao"}
        ``"original"`` (``pymannkendall.original_test``) assumes independent values;
        ``"hamed_rao"`` (``hamed_rao_modification_test``) inflates var(S) for autocorrelation
        of the ranks of the detrended series (Hamed & Rao 1998), also widening the slope
        interval.

    Returns
    -------
    MannKendallResult
        ``estimate`` is Sen's slope per period; ``trend`` the direction at level ``alpha``.

    Examples
    --------
    >>> res = mann_kendall([1, 3, 2, 5, 4, 6, 8, 7, 9, 10])
    >>> res.trend, res.s, res.estimate
    ('increasing', 39.0, 1.0)
    """
    import pymannkendall as mk

    alpha = _check_alpha(alpha)
    _check_choice(method, "method", ("original", "hamed_rao"))
    if isinstance(series, pd.Series):
        series = series.to_numpy(dtype=float, na_value=np.nan)
    x = _float_array(series, "series")
    bad = np.flatnonzero(~np.isfinite(x))
    if bad.size:
        raise EstimatorInputError(
            f"series has NaN or infinite values at positions {bad[:10].tolist()}"
        )
    if x.size < 4:
        raise EstimatorInputError(f"series: need at least 4 values, got {x.size}")
    test = mk.original_test if method == "original" else mk.hamed_rao_modification_test
    with np.errstate(all="ignore"):
        r = test(x, alpha=alpha)
    lo, hi = _sen_interval(x, float(r.var_s), alpha)
    label = "original" if method == "original" else "Hamed-Rao modified"
    return MannKendallResult(
        estimate=float(r.slope),
        lower=lo,
        upper=hi,
        method=f"Mann-Kendall ({label}, pymannkendall); Sen's slope with Sen (1968) interval",
        alpha=alpha,
        test=method,
        trend=str(r.trend),
        tau=float(r.Tau),
        s=float(r.s),
        var_s=float(r.var_s),
        z=float(r.z),
        p_value=float(r.p),
        intercept=float(r.intercept),
        n=int(x.size),
    )


# --------------------------------------------------------------------------------------------
# Interrupted time series
# --------------------------------------------------------------------------------------------


def _period_ends(idx: pd.DatetimeIndex, unit: str) -> pd.DatetimeIndex:
    """Exclusive end of each period whose start is ``idx``."""
    if unit == "month":
        return idx + pd.offsets.MonthBegin(1)
    if unit == "year":
        return idx + pd.offsets.YearBegin(1)
    if unit == "week":
        return idx + pd.Timedelta(days=7)
    return idx + pd.Timedelta(days=1)


def interrupted_time_series(
    counts,
    dates,
    break_date,
    exposure=None,
    family: Family = "poisson",
    alpha: float = ALPHA,
    *,
    partial: Literal["exclude", "majority"] = "exclude",
) -> ITSResult:
    """Segmented GLM around a date: level change and slope change with intervals.

    Fits ``log E[y_t] = log e_t + b0 + b1 t + b2 post_t + b3 (t - t_1) post_t`` where ``t`` is
    in periods, ``post_t`` marks periods wholly on or after ``break_date`` and ``t_1`` is the
    first post period. Reports ``exp(b2)`` (level change; the estimate), ``exp(b3)`` (slope
    change) and ``exp(b1)`` (pre-break trend) as rate ratios with Wald intervals.

    ``break_date`` is the first day of the new regime. A period that starts before it and ends
    after it (e.g. September 2018 for the Sochi agreement of 17 September 2018) mixes both
    regimes: ``partial="exclude"`` (default) leaves it out of the fit (it is kept in
    ``fitted`` with ``used=False``); ``partial="majority"`` assigns it to the side holding most
    of its days (ties go to pre): September 2018 (16 days before, 14 on/after 17 Sep) is pre,
    January 2020 for 12 January 2020 (11 days before, 20 on/after) is post. A break on the
    first day of a period needs no choice: that period is post.

    Parameters
    ----------
    counts : array-like or pandas Series
        Whole, non-negative counts per period.
    dates : array-like of dates or PeriodIndex
        Start of each period (month starts for monthly counts), strictly increasing. Month-end
        labels (``resample("ME")``) are read as the months they end.
    break_date : date-like
        First day of the new regime, e.g. ``"2018-09-17"``.
    exposure : array-like or float, optional
        Positive exposure per period (e.g. days in the month).
    family : {"poisson", "negbin"}
    alpha : float
    partial : {"exclude", "majority"}

    Returns
    -------
    ITSResult

    Raises
    ------
    EstimatorInputError
        Bad counts/exposure/dates, or fewer than 2 periods on either side of the break.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> dates = pd.date_range("2018-01-01", periods=12, freq="MS")
    >>> y = [20, 22, 21, 23, 22, 24, 23, 25, 10, 11, 10, 12]
    >>> res = interrupted_time_series(y, dates, "2018-09-01")
    >>> res.n_pre, res.n_post, res.estimate < 0.6
    (8, 4, True)
    """
    alpha = _check_alpha(alpha)
    family = _check_family(family)
    _check_choice(partial, "partial", ("exclude", "majority"))
    y, e = _counts_exposure(counts, exposure)
    idx = _as_dates(dates, y.size)
    labels = idx.to_timestamp() if isinstance(idx, pd.PeriodIndex) else idx
    periods = _month_end_periods(idx)
    if periods is not None:  # month-end labels ("ME"): the periods are the months they end
        idx = periods
    t, unit = _time_from_dates(idx)
    starts = idx.to_timestamp() if isinstance(idx, pd.PeriodIndex) else idx
    ends = (idx + 1).to_timestamp() if isinstance(idx, pd.PeriodIndex) else _period_ends(idx, unit)
    try:
        brk = pd.Timestamp(break_date)
    except (TypeError, ValueError) as exc:
        raise EstimatorInputError(f"break_date could not be read as a date: {exc}") from None
    if pd.isna(brk):
        raise EstimatorInputError("break_date is missing")
    starts_a, ends_a = starts.to_numpy(), ends.to_numpy()
    post = starts_a >= np.datetime64(brk)
    straddle = (starts_a < np.datetime64(brk)) & (ends_a > np.datetime64(brk))
    used = np.ones(y.size, dtype=bool)
    if straddle.any():
        if partial == "exclude":
            used[straddle] = False
        else:
            days_before = (brk - starts[straddle]).days.to_numpy()
            days_after = (ends[straddle] - brk).days.to_numpy()
            post[np.flatnonzero(straddle)] = days_after > days_before
    n_pre, n_post = int((used & ~post).sum()), int((used & post).sum())
    if n_pre < 2 or n_post < 2:
        raise EstimatorInputError(
            f"break_date {brk.date()}: need at least 2 periods before and 2 after the break, "
            f"got {n_pre} before and {n_post} after"
        )
    _check_fit_size(y[used], 5 if family == "poisson" else 6, "usable periods")
    t1 = t[used & post].min()
    X_all = pd.DataFrame(
        {
            "const": 1.0,
            "time": t,
            "level_change": post.astype(float),
            "slope_change": np.where(post, t - t1, 0.0),
        }
    )
    X = X_all[used].reset_index(drop=True)
    fit, pois, nb_alpha, converged = _fit_glm(y[used], X, e[used], family, alpha)
    ratio, _, _ = _dispersion_check(pois, alpha, family)
    tab = _coef_table(fit, alpha, list(X.columns))
    params = np.asarray(fit.params)[:4]
    off = np.log(e)
    fitted = pd.DataFrame(
        {
            "date": labels,
            "time": t,
            "count": y,
            "exposure": e,
            "post": post,
            "used": used,
            "fitted": np.exp(X_all.to_numpy() @ params + off),
            "counterfactual": np.exp(X_all[["const", "time"]].to_numpy() @ params[:2] + off),
        }
    )
    lv, sl, pre = tab.loc["level_change"], tab.loc["slope_change"], tab.loc["time"]
    method = _method(family).replace("GLM", "segmented GLM (level and slope change)", 1)
    return ITSResult(
        estimate=float(lv["rate_ratio"]),
        lower=float(lv["lower"]),
        upper=float(lv["upper"]),
        method=method,
        alpha=alpha,
        family=family,
        per=unit,
        break_date=brk,
        slope_change=float(sl["rate_ratio"]),
        slope_change_lower=float(sl["lower"]),
        slope_change_upper=float(sl["upper"]),
        pre_trend=float(pre["rate_ratio"]),
        pre_trend_lower=float(pre["lower"]),
        pre_trend_upper=float(pre["upper"]),
        post_trend=float(np.exp(params[1] + params[3])),
        level_p=float(lv["p"]),
        slope_p=float(sl["p"]),
        n_pre=n_pre,
        n_post=n_post,
        n_excluded=int((~used).sum()),
        partial=partial,
        dispersion=ratio,
        nb_alpha=nb_alpha,
        nb_alpha_method=_NB_METHOD if family == "negbin" else "",
        converged=converged,
        coefficients=tab,
        fitted=fitted,
    )
