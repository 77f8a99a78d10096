"""Quick-look plots of estimator results: ``result.plot(ax=None)`` draws here.

This module imports only matplotlib, numpy and pandas, so the estimators can use it without
importing :mod:`idlibstats.plot` (which imports the estimators: the publication figures live
there, with their house style and sources). Every function takes plain tables, draws the
estimate with its confidence band, and returns the Axes; with ``ax=None`` it opens a new
pyplot figure, so a notebook shows it.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

__all__ = ["plot_changepoints", "plot_fit", "plot_its", "plot_rates"]

_BAND = {"alpha": 0.25, "lw": 0}


def _axes(ax: Axes | None) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4.5))
    return ax


def _x(table: pd.DataFrame) -> pd.Series:
    """Period start dates when the table has them, else the period number."""
    return table["date"] if "date" in table else table["time"]


def plot_fit(fitted: pd.DataFrame, ax: Axes | None = None, *, title: str = "") -> Axes:
    """Observed counts per unit of exposure, the fitted rate and its band.

    Parameters
    ----------
    fitted : DataFrame
        ``(date,) time, count, exposure, fitted, fitted_lower, fitted_upper``, as
        :attr:`~idlibstats.estimate.TrendResult.fitted`.
    ax : matplotlib Axes, optional
    title : str

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    x, e = _x(fitted), fitted["exposure"]
    ax.plot(x, fitted["count"] / e, "o", ms=3, color="0.35", label="observed")
    ax.plot(x, fitted["fitted"] / e, color="C0", lw=2, label="fitted")
    ax.fill_between(
        x,
        fitted["fitted_lower"] / e,
        fitted["fitted_upper"] / e,
        color="C0",
        **_BAND,
        label="confidence band",
    )
    ax.set_ylabel("count per unit of exposure")
    ax.set_title(title)
    ax.legend(frameon=False)
    return ax


def plot_its(fitted: pd.DataFrame, break_date: object, ax: Axes | None = None) -> Axes:
    """Plot an interrupted time series.

    Observed rates, the fit on each side of the break with its band, and the counterfactual
    (pre-break trend carried on) with its band after the break.

    Parameters
    ----------
    fitted : DataFrame
        As :attr:`~idlibstats.estimate.ITSResult.fitted`.
    break_date : date-like
        Drawn as a vertical line.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    x, e = _x(fitted), fitted["exposure"]
    used = fitted["used"].to_numpy(dtype=bool)
    post = fitted["post"].to_numpy(dtype=bool)
    rate = fitted["count"] / e
    ax.plot(x[used], rate[used], "o", ms=3, color="0.35", label="observed")
    if (~used).any():
        ax.plot(x[~used], rate[~used], "o", ms=4, mfc="white", color="0.35", label="left out")
    for side, label in ((used & ~post, "fitted"), (used & post, None)):
        ax.plot(x[side], fitted["fitted"][side] / e[side], color="C0", lw=2, label=label)
        ax.fill_between(
            x[side],
            fitted["fitted_lower"][side] / e[side],
            fitted["fitted_upper"][side] / e[side],
            color="C0",
            **_BAND,
        )
    ax.plot(
        x[post],
        fitted["counterfactual"][post] / e[post],
        "--",
        color="C1",
        label="counterfactual (pre-break trend carried on)",
    )
    ax.fill_between(
        x[post],
        fitted["counterfactual_lower"][post] / e[post],
        fitted["counterfactual_upper"][post] / e[post],
        color="C1",
        **_BAND,
    )
    if "date" in fitted:
        ax.axvline(pd.Timestamp(break_date), color="0.2", lw=1, ls=":", label="break")
    ax.set_ylabel("count per unit of exposure")
    ax.legend(frameon=False)
    return ax


def plot_changepoints(segments: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """The rate of each segment as a step with its interval as a band.

    Parameters
    ----------
    segments : DataFrame
        ``start_index, end_index, rate, lower, upper`` (and ``start``, ``end`` dates), as
        :attr:`~idlibstats.estimate.ChangepointResult.segments`.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    dated = "start" in segments
    for i, row in enumerate(segments.itertuples(index=False)):
        if dated:
            x = [row.start, row.end]
        else:
            x = [row.start_index, row.end_index]
        label = "segment rate" if i == 0 else None
        ax.plot(x, [row.rate, row.rate], color="C0", lw=2, label=label)
        band = "confidence band" if i == 0 else None
        ax.fill_between(x, row.lower, row.upper, color="C0", **_BAND, label=band)
        if i:
            ax.axvline(x[0], color="0.2", lw=1, ls=":")
    ax.set_ylabel("rate per unit of exposure")
    ax.legend(frameon=False)
    return ax


def plot_rates(table: pd.DataFrame, ax: Axes | None = None, *, per: str = "") -> Axes:
    """Rates with their intervals as error bars, one per row of ``table`` (x: its index).

    Parameters
    ----------
    table : DataFrame
        ``estimate, lower, upper`` columns, as :meth:`~idlibstats.estimate.RatesResult.summary`.
    ax : matplotlib Axes, optional
    per : str
        Time unit, for the axis label.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    est = table["estimate"].to_numpy(dtype=float)
    err = np.vstack([est - table["lower"].to_numpy(float), table["upper"].to_numpy(float) - est])
    x = np.arange(len(table))
    ax.errorbar(x, est, yerr=err, fmt="o", ms=4, capsize=3, color="C0")
    index = table.index
    labels = index.strftime("%Y-%m-%d") if isinstance(index, pd.DatetimeIndex) else index
    ax.set_xticks(x, [str(i) for i in labels], rotation=90 if len(table) > 6 else 0)
    ax.set_ylabel(f"rate per {per}" if per else "rate")
    return ax
