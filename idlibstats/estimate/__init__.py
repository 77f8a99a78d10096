"""Estimators for reported figures and count series.

Rates, ratios, intervals, reconciling sources, refugee stocks, trends and change points.

Every estimator returns a frozen :class:`~idlibstats.estimate._result.Result` subclass with
``estimate``, ``lower``, ``upper``, ``method``, ``alpha`` and ``bound``.
"""

from __future__ import annotations

from idlibstats.estimate._result import ALPHA, Result
from idlibstats.estimate.changepoints import (
    ChangepointResult,
    NegBinCost,
    PoissonCost,
    detect_changepoints,
)
from idlibstats.estimate.intervals import Interval, PropagateResult, figure_interval, propagate
from idlibstats.estimate.rates import (
    PER_DAYS,
    RateResult,
    RatesResult,
    rate,
    rate_from_figure,
    rate_overdispersed,
    rates,
)
from idlibstats.estimate.ratio import RateRatioResult, rate_ratio
from idlibstats.estimate.reconcile import ReconcileResult, censored_bounds, reconcile
from idlibstats.estimate.refugees import (
    STOCK_NOTE,
    BurdenResult,
    GrowthResult,
    PopulationResult,
    ProjectionResult,
    burden,
    host_population,
    project_stock,
    stock_changes,
    stock_growth,
)
from idlibstats.estimate.trends import (
    ITSResult,
    MannKendallResult,
    TrendResult,
    count_trend,
    interrupted_time_series,
    mann_kendall,
)

__all__ = [
    "ALPHA",
    "BurdenResult",
    "ChangepointResult",
    "ITSResult",
    "MannKendallResult",
    "NegBinCost",
    "PoissonCost",
    "TrendResult",
    "count_trend",
    "detect_changepoints",
    "interrupted_time_series",
    "mann_kendall",
    "GrowthResult",
    "Interval",
    "PER_DAYS",
    "ProjectionResult",
    "PropagateResult",
    "RateRatioResult",
    "RateResult",
    "ReconcileResult",
    "Result",
    "STOCK_NOTE",
    "burden",
    "censored_bounds",
    "figure_interval",
    "host_population",
    "project_stock",
    "propagate",
    "rate",
    "rate_from_figure",
    "rate_overdispersed",
    "rate_ratio",
    "rates",
    "reconcile",
    "stock_changes",
    "stock_growth",
    "PopulationResult",
    "RatesResult",
]
