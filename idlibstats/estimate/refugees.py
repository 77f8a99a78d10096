"""Refugee stocks: growth between years, burden per 1,000 inhabitants, a simple projection.

UNHCR publishes end-year **stocks** (people registered at 31 December). The change between two
stocks is arrivals minus departures, returns, deaths, naturalisations and re-registrations: it is
a **difference of stocks, not a flow**, and every result here says so in its ``note``.

Functions take a plain year -> stock Series (or a DataFrame with ``year`` and a stock column), so
they work with any loader, e.g. ``idlibstats.load.load_unhcr_population``.
"""

from __future__ import annotations

import math
import numbers
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import statsmodels.api as sm

from idlibstats import datasets
from idlibstats.errors import EstimatorInputError, IdlibstatsDeprecationWarning, StatisticalWarning
from idlibstats.estimate._checks import check_alpha, renamed, row_get
from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.rates import count_bounds

__all__ = [
    "BurdenResult",
    "GrowthResult",
    "PopulationResult",
    "ProjectionResult",
    "STOCK_NOTE",
    "burden",
    "host_population",
    "project_stock",
    "stock_changes",
    "stock_growth",
]

#: Said by every result built from differences of stocks.
STOCK_NOTE = "difference of stocks, not a flow"


@dataclass(frozen=True, slots=True, repr=False)
class GrowthResult(Result):
    """Average annual growth of a stock between two years (descriptive: no sampling interval).

    ``estimate`` is the annual log growth rate ``ln(S1/S0) / (y1 - y0)``; ``lower``/``upper`` are
    ``nan``: two registered stocks are not a sample.

    Attributes
    ----------
    start_year, end_year : int
    start_stock, end_stock : float
    percent_per_year : float
        Compound annual growth ``100 (exp(r) - 1)``.
    doubling_time : float
        ``ln 2 / r`` years (negative: halving time; ``inf`` when ``r = 0``).
    note : str
        ``"difference of stocks, not a flow"``.
    """

    start_year: int = 0
    end_year: int = 0
    start_stock: float = math.nan
    end_stock: float = math.nan
    percent_per_year: float = math.nan
    doubling_time: float = math.nan
    note: str = STOCK_NOTE


@dataclass(frozen=True, slots=True, repr=False)
class BurdenResult(Result):
    """Refugees per ``per_population`` inhabitants of the host country.

    Attributes
    ----------
    stock, population : float
    country : str
        ISO3 code of the host country.
    year : int
        Year of the population denominator.
    per_population : float
        Inhabitants the burden is counted per (``per`` before; still readable, with a warning).
    population_source : str
        Citation of the denominator.
    relation : str
        How the true burden relates to ``estimate``: ``"equal"``, ``"at_least"`` (a lower bound:
        "more than 3.5 million" is at least 3,500,001) or ``"at_most"``.
    """

    stock: float = math.nan
    population: float = math.nan
    country: str = ""
    year: int = 0
    per_population: float = 1000.0
    population_source: str = ""
    relation: str = "equal"

    @property
    def per(self) -> float:
        """Deprecated name of :attr:`per_population`."""
        warnings.warn(
            "BurdenResult.per is deprecated: read .per_population",
            IdlibstatsDeprecationWarning,
            stacklevel=2,
        )
        return self.per_population


@dataclass(frozen=True, slots=True, repr=False)
class ProjectionResult(Result):
    """Projected stock in ``year`` from a log-linear trend, with a prediction interval.

    Attributes
    ----------
    year : int
    fit_start, fit_end : int
        Years used for the fit.
    growth : float
        Fitted annual log growth rate.
    note : str
    """

    year: int = 0
    fit_start: int = 0
    fit_end: int = 0
    growth: float = math.nan
    note: str = STOCK_NOTE


@dataclass(frozen=True, slots=True, repr=False)
class PopulationResult(Result):
    """The population of a host country in a year (:func:`host_population`).

    ``estimate`` is the population; ``lower`` and ``upper`` are ``nan`` (no interval given).

    Attributes
    ----------
    country : str
        ISO3 code.
    year : int
    source : str
        Citation of the figure.
    """

    country: str = ""
    year: int = 0
    source: str = ""

    def __iter__(self) -> Iterator[object]:
        # host_population returned (population, source) before it returned a result
        warnings.warn(
            "unpacking host_population() is deprecated: read .estimate and .source",
            IdlibstatsDeprecationWarning,
            stacklevel=2,
        )
        return iter((self.estimate, self.source))


def _as_series(stocks: Any, value: str | None = None) -> pd.Series:
    """Year (int) -> stock (float), sorted; accepts a Series or a DataFrame with ``year``."""
    if isinstance(stocks, pd.DataFrame):
        if "year" not in stocks.columns:
            raise EstimatorInputError("stocks DataFrame needs a 'year' column")
        cols = [c for c in stocks.columns if c != "year"]
        if value is None:
            num = [c for c in cols if pd.api.types.is_numeric_dtype(stocks[c])]
            if len(num) != 1:
                raise EstimatorInputError(
                    f"say which column holds the stock (value=...); numeric columns: {num}"
                )
            value = num[0]
        if value not in stocks.columns:
            raise EstimatorInputError(f"stocks has no column {value!r}")
        if stocks["year"].duplicated().any():
            raise EstimatorInputError("stocks has several rows for one year: filter or sum first")
        s = pd.Series(stocks[value].to_numpy(dtype=float), index=stocks["year"].to_numpy())
    elif isinstance(stocks, pd.Series):
        s = stocks.astype(float)
    else:
        raise EstimatorInputError(
            f"stocks must be a Series or DataFrame, got {type(stocks).__name__}"
        )
    try:
        s.index = s.index.astype(int)
    except (TypeError, ValueError):
        raise EstimatorInputError("the stock index (years) must be whole numbers") from None
    bad = s.isna() | (s < 0) | np.isinf(s)
    if bad.any():
        raise EstimatorInputError(
            f"stocks missing, negative or infinite in years {list(s.index[bad])}"
        )
    return s.sort_index()


def stock_growth(stocks: Any, start: int, end: int, value: str | None = None) -> GrowthResult:
    """Average annual growth rate and doubling time of a stock between two years.

    Parameters
    ----------
    stocks : Series or DataFrame
        Series (year -> stock) or DataFrame with ``year`` and a stock column.
    start, end : int
        Years compared (``start < end``); both stocks must be positive.
    value : str, optional
        Stock column of a DataFrame with several numeric columns.

    Returns
    -------
    GrowthResult
        ``note`` says the change is a difference of stocks, not a flow.

    Examples
    --------
    >>> import pandas as pd
    >>> from idlibstats.estimate import stock_growth
    >>> g = stock_growth(pd.Series({2014: 1_000_000, 2019: 2_000_000}), 2014, 2019)
    >>> round(g.doubling_time, 6), round(g.percent_per_year, 2)
    (5.0, 14.87)
    """
    s = _as_series(stocks, value)
    for y in (start, end):
        if y not in s.index:
            raise EstimatorInputError(
                f"no stock for year {y}; years: {s.index.min()}..{s.index.max()}"
            )
    if not start < end:
        raise EstimatorInputError(f"start {start} must be before end {end}")
    s0, s1 = float(s[start]), float(s[end])
    if s0 <= 0 or s1 <= 0:
        raise EstimatorInputError(
            f"stocks must be positive for a growth rate ({start}: {s0:g}, {end}: {s1:g})"
        )
    r = math.log(s1 / s0) / (end - start)
    return GrowthResult(
        estimate=r,
        lower=math.nan,
        upper=math.nan,
        method=f"annual log growth ln(S{end}/S{start})/{end - start}; descriptive, {STOCK_NOTE}",
        start_year=int(start),
        end_year=int(end),
        start_stock=s0,
        end_stock=s1,
        percent_per_year=100 * math.expm1(r),
        doubling_time=math.log(2) / r if r != 0 else math.inf,
    )


def stock_changes(stocks: Any, value: str | None = None) -> pd.DataFrame:
    """Year-on-year changes of a stock, vectorised: change, log growth, percent, note.

    Growth from or to a zero stock is undefined: ``log_growth`` and ``percent_per_year`` are
    ``nan`` there and a :class:`~idlibstats.errors.StatisticalWarning` names the years.

    Parameters
    ----------
    stocks : Series or DataFrame
        Series (year -> stock) or DataFrame with ``year`` and a stock column.
    value : str, optional
        Stock column of a DataFrame with several numeric columns.

    Returns
    -------
    pandas.DataFrame
        One row per year: ``year``, ``stock``, ``change`` (from the year before; ``nan`` in
        the first), ``log_growth`` and ``percent_per_year`` (per year of the gap), ``note``.

    Examples
    --------
    >>> import pandas as pd
    >>> from idlibstats.estimate import stock_changes
    >>> stock_changes(pd.Series({2018: 100.0, 2019: 150.0}))["change"].tolist()
    [nan, 50.0]
    """
    s = _as_series(stocks, value)
    out = pd.DataFrame({"year": s.index, "stock": s.to_numpy()})
    gap = out["year"].diff()
    out["change"] = out["stock"].diff()
    prev = out["stock"].shift()
    zero = prev.notna() & ((out["stock"] == 0) | (prev == 0))
    if zero.any():
        warnings.warn(
            f"stock_changes: a zero stock leaves growth undefined (NaN) in years "
            f"{out['year'][zero].tolist()}",
            StatisticalWarning,
            stacklevel=2,
        )
    ratio = (out["stock"] / prev).where(~zero)
    out["log_growth"] = np.log(ratio) / gap
    out["percent_per_year"] = 100 * np.expm1(out["log_growth"])
    out["note"] = STOCK_NOTE
    return out


def host_population(country: str, year: int) -> PopulationResult:
    """Population of a host country in a year from the bundled ``host_population`` dataset.

    Parameters
    ----------
    country : str
        ISO3 code (``"TUR"``).
    year : int
        Year of the end-year population.

    Returns
    -------
    PopulationResult
        ``estimate`` the population, ``source`` its citation (``lower``/``upper`` are ``nan``:
        the dataset gives no interval). ``population, source = host_population(...)`` still
        unpacks, with a deprecation warning, for one release.

    Raises
    ------
    EstimatorInputError
        When the dataset has no population for that country and year.

    Examples
    --------
    >>> p = host_population("TUR", 2019)
    >>> p.estimate > 8e7, p.country, p.year
    (True, 'TUR', 2019)
    """
    pop = datasets.load("host_population")
    hit = pop[(pop["iso3"] == country) & (pop["year"] == int(year))]
    if hit.empty:
        have = sorted(set(zip(pop["iso3"], pop["year"], strict=True)))
        years = [y for c, y in have if c == country]
        raise EstimatorInputError(
            f"no population stored for {country!r} in {year}; stored years for {country!r}: "
            f"{years or 'none'} (countries: {sorted(set(pop['iso3']))}); pass population="
        )
    row = hit.iloc[0]
    return PopulationResult(
        estimate=float(row["population"]),
        lower=math.nan,
        upper=math.nan,
        method="bundled dataset host_population (end-year population, no interval)",
        country=country,
        year=int(year),
        source=str(row["source"]),
    )


def burden(
    stock: Any,
    country: str,
    year: int,
    population: float | None = None,
    source: str | None = None,
    per_population: float = 1000.0,
    *,
    per: float | None = None,
) -> BurdenResult:
    """Refugees per ``per_population`` (default 1,000) inhabitants of the host country.

    Parameters
    ----------
    stock : float or figure-table row
        The refugee stock; a ``more_than``/``at_least``/``vague`` figure gives a lower bound
        (``bound="lower"``, ``upper=inf``), ``less_than``/``at_most`` an upper bound (``lower =
        0``). The stock is read by the package's one qualifier -> bounds rule
        (:func:`~idlibstats.table.figure_bounds`): "more than 3.5 million" is at least
        3,500,001, "less than 100" at most 99, a vague figure its ``lower``.
    country : str
        ISO3 code of the host country (``"TUR"``).
    year : int
        Year of the denominator (end-year population).
    population : float, optional
        Denominator; by default read from the bundled ``host_population`` dataset with its source.
    source : str, optional
        Citation when ``population`` is given.
    per_population : float
        Inhabitants the burden is counted per (1,000: refugees per 1,000 inhabitants).
    per : float, optional
        Deprecated name of ``per_population`` (``per`` is a time unit elsewhere); warns.

    Returns
    -------
    BurdenResult
        ``estimate`` refugees per ``per_population`` inhabitants; ``relation`` says whether
        it is a bound, ``population_source`` cites the denominator.

    Examples
    --------
    >>> from idlibstats.estimate import burden
    >>> b = burden({"value": 3.5e6, "qualifier": "more_than"}, "TUR", 2019)
    >>> round(b.estimate, 2), b.bound
    (42.09, 'lower')
    """
    bound = "two-sided"
    if isinstance(stock, pd.Series | dict):
        # the package's one qualifier -> bounds rule: "more than 3.5 million" is >= 3,500,001,
        # a vague figure is read from its lower bound, like every other estimator reads it
        q = str(row_get(stock, "qualifier"))
        if q in ("range", "approx"):
            raise EstimatorInputError(f"burden takes exact or one-sided figures, not {q!r}")
        cmin, cmax, _, _ = count_bounds(stock)
        if q == "exact":
            value = cmin
        elif math.isinf(cmax):
            bound, value = "lower", cmin
        else:
            bound, value = "upper", cmax
    else:
        value = float(stock)
    if not (math.isfinite(value) and value >= 0):
        raise EstimatorInputError(f"stock {value!r} must be a non-negative number")
    per = renamed("per", per, "per_population", per_population, 1000.0, "burden")
    if population is None:
        found = host_population(country, year)
        population, source = found.estimate, found.source
    if not (
        isinstance(population, numbers.Real)
        and not isinstance(population, bool)
        and population > 0
        and math.isfinite(population)
    ):
        raise EstimatorInputError(f"population {population!r} must be positive")
    if not per > 0:
        raise EstimatorInputError(f"per {per!r} must be positive")
    est = value / population * per
    return BurdenResult(
        estimate=est,
        lower=0.0 if bound == "upper" else est,
        upper=math.inf if bound == "lower" else est,
        method=f"stock / end-year population x {per:g}; denominator: {source or 'user-given'}",
        bound=bound,
        stock=value,
        population=float(population),
        country=country,
        year=int(year),
        per_population=float(per),
        population_source=source or "user-given",
        relation={"lower": "at_least", "upper": "at_most"}.get(bound, "equal"),
    )


def project_stock(
    stocks: Any,
    year: int,
    start: int | None = None,
    end: int | None = None,
    alpha: float = ALPHA,
    value: str | None = None,
) -> ProjectionResult:
    """Project a stock to ``year`` from a log-linear trend with a prediction interval.

    Fits ``log(stock) = a + r * year`` by OLS (statsmodels) over ``start..end`` and returns the
    exponentiated prediction and its ``1 - alpha`` **prediction** interval (the spread of a new
    year's stock around the trend, not only the uncertainty of the trend). A straight line on the
    log scale is a strong assumption for refugee stocks, which turn with policy: use it as a
    "if the trend went on" statement, with few years ahead.

    Parameters
    ----------
    stocks : Series or DataFrame
        Series (year -> stock) or DataFrame with ``year`` and a stock column.
    year : int
        Year to project to.
    start, end : int, optional
        Years of the fit (default: all years, at least 3 positive stocks).
    alpha : float
        ``0.05`` gives a 95% prediction interval.
    value : str, optional
        Stock column of a DataFrame with several numeric columns.

    Returns
    -------
    ProjectionResult
        ``estimate`` the projected stock in ``year``, ``lower``, ``upper`` its prediction
        interval, ``growth`` the fitted annual log growth rate.

    Examples
    --------
    >>> import pandas as pd
    >>> from idlibstats.estimate import project_stock
    >>> s = pd.Series({2015: 100.0, 2016: 112.0, 2017: 119.0, 2018: 135.0, 2019: 148.0})
    >>> p = project_stock(s, 2021)
    >>> p.lower < p.estimate < p.upper
    True
    """
    check_alpha(alpha)
    s = _as_series(stocks, value)
    s = s[
        (s.index >= (start if start is not None else s.index.min()))
        & (s.index <= (end if end is not None else s.index.max()))
    ]
    if (s <= 0).any():
        raise EstimatorInputError(
            f"stocks must be positive for a log-linear fit (years {list(s.index[s <= 0])})"
        )
    if len(s) < 3:
        raise EstimatorInputError("a projection needs at least 3 years of stocks")
    x = sm.add_constant(s.index.to_numpy(dtype=float))
    fit = sm.OLS(np.log(s.to_numpy()), x).fit()
    pred = fit.get_prediction(np.array([[1.0, float(year)]])).summary_frame(alpha=alpha)
    return ProjectionResult(
        estimate=float(np.exp(pred["mean"].iloc[0])),
        lower=float(np.exp(pred["obs_ci_lower"].iloc[0])),
        upper=float(np.exp(pred["obs_ci_upper"].iloc[0])),
        method=(
            "log-linear OLS trend (statsmodels); exp of the fitted log = median projection, "
            "exponentiated prediction interval"
        ),
        alpha=alpha,
        year=int(year),
        fit_start=int(s.index.min()),
        fit_end=int(s.index.max()),
        growth=float(fit.params[1]),
    )
