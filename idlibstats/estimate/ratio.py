"""Ratio of two Poisson rates (two periods or two places): exact conditional interval, score test."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats
from statsmodels.stats.rates import test_poisson_2indep

from idlibstats.errors import EstimatorInputError
from idlibstats.estimate._checks import check_alpha, check_counts, check_exposure, not_a_number
from idlibstats.estimate._result import ALPHA, Result

__all__ = ["RateRatioResult", "rate_ratio"]


@dataclass(frozen=True, slots=True, repr=False)
class RateRatioResult(Result):
    """Ratio ``(count1 / exposure1) / (count2 / exposure2)`` with its interval.

    Attributes
    ----------
    p_value : float
        Two-sided score test of ``ratio == value``.
    p_value_exact : float
        Two-sided exact conditional (binomial) test of the same hypothesis.
    value : float
        The ratio under the null hypothesis (default 1).
    count1, exposure1, count2, exposure2 : float
        The inputs (exposures in days).
    """

    p_value: float = math.nan
    p_value_exact: float = math.nan
    value: float = 1.0
    count1: float = math.nan
    exposure1: float = math.nan
    count2: float = math.nan
    exposure2: float = math.nan


def rate_ratio(
    count1: int,
    exposure1: float,
    count2: int,
    exposure2: float,
    alpha: float = ALPHA,
    value: float = 1.0,
) -> RateRatioResult:
    """Rate ratio of two Poisson counts with an exact conditional interval and a score test.

    Given the total ``n = count1 + count2``, ``count1`` is binomial with success probability
    ``p = R e1 / (R e1 + e2)`` where ``R`` is the rate ratio. The interval is the Clopper-Pearson
    interval for ``p`` (``beta.ppf``) mapped to ``R = p / (1 - p) * e2 / e1``; like Garwood's it
    is conservative. ``p_value`` is the two-sided score test of ``R == value`` and
    ``p_value_exact`` the exact conditional test
    (``statsmodels.stats.rates.test_poisson_2indep(method="score" / "exact-cond")``).

    Parameters
    ----------
    count1, exposure1 : int, float
        Events and exposure (days) of the first period or place (the numerator).
    count2, exposure2 : int, float
        The same for the second (the denominator).
    alpha : float
        ``0.05`` gives a 95% interval.
    value : float
        Ratio under the null hypothesis of the score test.

    Returns
    -------
    RateRatioResult
        ``upper`` is ``inf`` when ``count2`` is 0; ``lower`` is 0 when ``count1`` is 0.

    Raises
    ------
    EstimatorInputError
        Bad counts or exposures, or no events at all (``count1 + count2 == 0``).

    Examples
    --------
    >>> from idlibstats.estimate import rate_ratio
    >>> r = rate_ratio(60, 30, 20, 30)
    >>> round(r.estimate, 3), round(r.lower, 3), round(r.upper, 3)
    (3.0, 1.783, 5.255)
    """
    check_alpha(alpha)
    for x, name in (
        (count1, "count1"),
        (exposure1, "exposure1"),
        (count2, "count2"),
        (exposure2, "exposure2"),
    ):
        if not_a_number(x):
            raise EstimatorInputError(f"{name} must be a number, got {x!r}")
    c1, c2 = (np.asarray(c, dtype=float) for c in (count1, count2))
    e1, e2 = (np.asarray(e, dtype=float) for e in (exposure1, exposure2))
    for arr, name in ((c1, "count1"), (c2, "count2")):
        if arr.ndim:
            raise EstimatorInputError(f"{name} must be a single number")
        check_counts(arr, name)
    for arr, name in ((e1, "exposure1"), (e2, "exposure2")):
        if arr.ndim:
            raise EstimatorInputError(f"{name} must be a single number")
        check_exposure(arr, name)
    if not (isinstance(value, int | float) and value > 0 and math.isfinite(value)):
        raise EstimatorInputError(f"value={value!r} must be a positive finite ratio")
    c1, c2, e1, e2 = float(c1), float(c2), float(e1), float(e2)
    if c1 + c2 == 0:
        raise EstimatorInputError("count1 + count2 is 0: no events, the ratio is undefined")
    # Clopper-Pearson limits for p given n (beta quantiles), then the odds scaled by e2/e1.
    p_lo = stats.beta.ppf(alpha / 2, c1, c2 + 1) if c1 > 0 else 0.0
    p_hi = stats.beta.ppf(1 - alpha / 2, c1 + 1, c2) if c2 > 0 else 1.0
    lower = p_lo / (1 - p_lo) * e2 / e1
    upper = p_hi / (1 - p_hi) * e2 / e1 if p_hi < 1 else math.inf
    estimate = (c1 / e1) / (c2 / e2) if c2 > 0 else math.inf

    with np.errstate(divide="ignore", invalid="ignore"):
        test = test_poisson_2indep(c1, e1, c2, e2, value=value, method="score", compare="ratio")
        exact = test_poisson_2indep(
            int(c1), e1, int(c2), e2, value=value, method="exact-cond", compare="ratio"
        )
    return RateRatioResult(
        estimate=estimate,
        lower=float(lower),
        upper=float(upper),
        method="exact conditional (Clopper-Pearson on the binomial split); score test",
        alpha=alpha,
        p_value=float(test.pvalue),
        p_value_exact=float(exact.pvalue),
        value=float(value),
        count1=c1,
        exposure1=e1,
        count2=c2,
        exposure2=e2,
    )
