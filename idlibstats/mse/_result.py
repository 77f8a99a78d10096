"""The result shared by every multiple systems estimator, and how strata are added up."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from idlibstats.estimate._result import Result, estimate_first

__all__ = ["MSEResult", "STRATA_RULE", "combine_strata"]

#: How a stratified estimate's interval is formed from per-stratum intervals (loglinear models;
#: posterior-based methods add strata exactly, by convolving the posteriors or summing draws).
STRATA_RULE = (
    "strata summed; interval = total -/+ root sum of squares of the per-stratum distances from "
    "estimate to each limit (strata independent, each side treated separately)"
)


@dataclass(frozen=True, slots=True, repr=False)
class MSEResult(Result):
    """A population-size estimate: ``estimate`` is the total N (recorded plus never recorded).

    Attributes
    ----------
    n_observed : int
        People recorded on at least one list.
    missing : float
        Estimated people on no list, ``estimate - n_observed``.
    lists : tuple of str
        The lists used.
    strata : pandas.DataFrame or None
        One row per stratum (``stratum``, ``n_observed``, ``estimate``, ``lower``, ``upper`` and
        method-specific columns) when the table was stratified.
    """

    n_observed: int = 0
    missing: float = math.nan
    lists: tuple[str, ...] = ()
    strata: pd.DataFrame | None = field(default=None, repr=False)

    def summary(self) -> pd.DataFrame:
        """One row per stratum (or one row when unstratified): estimate, lower, upper, n_observed."""
        if self.strata is not None:
            return estimate_first(self.strata).copy()
        return pd.DataFrame(
            [
                {
                    "estimate": self.estimate,
                    "lower": self.lower,
                    "upper": self.upper,
                    "n_observed": self.n_observed,
                    "method": self.method,
                }
            ]
        )


def combine_strata(results: Mapping[object, Result]) -> tuple[float, float, float, pd.DataFrame]:
    """Add per-stratum estimates; the interval follows :data:`STRATA_RULE`.

    Parameters
    ----------
    results : mapping of stratum -> MSEResult

    Returns
    -------
    estimate, lower, upper : float
    table : pandas.DataFrame
        One row per stratum.

    Examples
    --------
    >>> from idlibstats.estimate import Result
    >>> r = {"a": Result(100.0, 90.0, 120.0, "x"), "b": Result(50.0, 46.0, 53.0, "x")}
    >>> est, lo, hi, _ = combine_strata(r)
    >>> est, round(lo, 2), round(hi, 2)
    (150.0, 139.23, 170.22)
    """
    rows = []
    for key, r in results.items():
        rows.append({"stratum": key, **r.to_frame().iloc[0].to_dict()})
    table = pd.DataFrame(rows)
    est = float(table["estimate"].sum())
    lower = est - math.sqrt(((table["estimate"] - table["lower"]) ** 2).sum())
    upper = est + math.sqrt(((table["upper"] - table["estimate"]) ** 2).sum())
    n_obs = float(table["n_observed"].sum()) if "n_observed" in table else -math.inf
    return est, max(lower, n_obs), upper, table
