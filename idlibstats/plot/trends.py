"""Idlib's monthly deaths over time: interrupted time series around the Sochi agreement and
change points."""

from __future__ import annotations

import warnings

import pandas as pd
from matplotlib.figure import Figure

from idlibstats.errors import OverdispersionWarning
from idlibstats.plot.deaths import _midpoints, _month_label, monthly_series
from idlibstats.plot.style import (
    COLORS,
    SOCHI,
    UCDP_SOURCE,
    add_source,
    mark_sochi,
    new_figure,
    set_title,
    style,
    year_axis,
)

_FAMILY_NAMES = {"negbin": "Negative binomial", "poisson": "Poisson"}


def its_result(
    monthly: pd.DataFrame | None = None,
    column: str = "deaths_best",
    family: str = "negbin",
    break_date=SOCHI,
):
    """The interrupted time series the figure draws: Idleb monthly deaths around ``break_date``
    (default: the Sochi agreement, 17 Sep 2018).

    Returns ``(series, result)`` with ``series`` from :func:`monthly_series`.
    """
    from idlibstats.estimate.trends import interrupted_time_series

    m = monthly_series(monthly, column)
    res = interrupted_time_series(
        m["idleb"],
        m["period_start"],
        pd.Timestamp(break_date),
        exposure=m["exposure_days"],
        family=family,
    )
    return m, res


def changepoint_results(monthly: pd.DataFrame | None = None, column: str = "deaths_best"):
    """Change points of Idleb monthly deaths under a Poisson and a negative binomial cost.

    Returns ``(series, {"poisson": result, "negbin": result})``.
    """
    from idlibstats.estimate.changepoints import detect_changepoints

    m = monthly_series(monthly, column)
    with warnings.catch_warnings():
        # the Poisson panel shows on purpose how a Poisson cost reads overdispersion as change
        # points: the OverdispersionWarning it raises is the figure's point
        warnings.simplefilter("ignore", OverdispersionWarning)
        res = {
            fam: detect_changepoints(
                m["idleb"], exposure=m["exposure_days"], dates=m["period_start"], family=fam
            )
            for fam in ("poisson", "negbin")
        }
    return m, res


def idlib_its(
    monthly: pd.DataFrame | None = None,
    column: str = "deaths_best",
    family: str = "negbin",
    break_date=SOCHI,
) -> Figure:
    """Idleb deaths per day by month with the segmented fit around ``break_date`` (Sochi).

    Points are UCDP's monthly deaths divided by the days in the month; the solid lines are the
    fitted pre- and post-agreement trends, the dashed line the pre-agreement trend carried
    forward (the counterfactual). September 2018, which straddles the agreement, is left out
    of the fit (hollow point). The level and slope changes with their 95% intervals are
    written on the figure.

    Examples
    --------
    >>> from idlibstats.plot.trends import idlib_its
    >>> idlib_its().axes[0].get_ylabel()
    'deaths per day (UCDP best estimate)'
    """
    m, res = its_result(monthly, column, family, break_date)
    break_date = pd.Timestamp(break_date)
    what = "the Sochi agreement" if break_date == SOCHI else f"{break_date:%-d %b %Y}"
    f = res.fitted
    mid = _midpoints(m)
    per_day = m["idleb"] / m["exposure_days"]
    used = f["used"].to_numpy(dtype=bool)
    post = f["post"].to_numpy(dtype=bool)
    fit = f["fitted"] / f["exposure"]
    cf = f["counterfactual"] / f["exposure"]
    with style():
        fig, ax = new_figure(9.0, 5.0)
        ax.plot(
            mid[used],
            per_day[used],
            ls="none",
            marker="o",
            ms=4,
            color=COLORS["data"],
            label="UCDP deaths per day, by month",
        )
        ax.plot(
            mid[~used],
            per_day[~used],
            ls="none",
            marker="o",
            ms=5,
            mfc="white",
            color=COLORS["data"],
            label=", ".join(f"{d:%b %Y}" for d in m["period_start"][~used])
            + ": straddles the break, left out",
        )
        pre = used & ~post
        ax.plot(
            mid[pre],
            fit[pre],
            color=COLORS["estimate"],
            lw=2.2,
            label=f"fitted trend before {what}",
        )
        ax.plot(
            mid[post & used],
            fit[post & used],
            color=COLORS["reported"],
            lw=2.2,
            label=f"fitted trend after {what}",
        )
        ax.plot(
            mid[post & used],
            cf[post & used],
            color=COLORS["estimate"],
            lw=1.6,
            ls="--",
            label=f"trend before {what} carried forward",
        )
        mark_sochi(ax)
        if break_date != SOCHI:
            ax.axvline(break_date, color=COLORS["highlight"], lw=1.2, ls=":", label="break date")
        text = (
            f"Level change at the break: ×{res.estimate:.2f} "
            f"(95% CI {res.lower:.2f}–{res.upper:.2f})\n"
            f"Slope change: ×{res.slope_change:.2f} a month "
            f"({res.slope_change_lower:.2f}–{res.slope_change_upper:.2f})\n"
            f"{_FAMILY_NAMES.get(res.family, res.family)} GLM, {res.n_pre} months before, {res.n_post} after"
        )
        ax.text(
            0.01,
            0.98,
            text,
            transform=ax.transAxes,
            ha="left",
            va="top",
            fontsize=8.5,
            bbox={"boxstyle": "round,pad=0.4", "fc": "white", "ec": "#cccccc"},
        )
        ax.set_ylim(0, 1.15 * max(per_day.max(), fit.max()))
        year_axis(ax)
        ax.set_xlabel(_month_label(m))
        ax.set_ylabel("deaths per day (UCDP best estimate)")
        ax.set_title(f"Idleb governorate: deaths before and after {what}")
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.14), ncol=2, fontsize=8.5)
        add_source(fig, UCDP_SOURCE + " (all deaths, best estimate, Idleb governorate SY07)")
    return fig


def idlib_changepoints(monthly: pd.DataFrame | None = None, column: str = "deaths_best") -> Figure:
    """Segments of constant death rate in Idleb, Poisson against negative binomial cost.

    Each segment is drawn as its rate (deaths per day) with the 95% interval as a band. Under a
    Poisson cost the overdispersed series splits into many segments; the negative binomial
    cost, which allows for the extra variation, keeps far fewer.

    Examples
    --------
    >>> from idlibstats.plot.trends import idlib_changepoints
    >>> len(idlib_changepoints().axes)
    2
    """
    m, res = changepoint_results(monthly, column)
    mid = _midpoints(m)
    per_day = m["idleb"] / m["exposure_days"]
    names = {"poisson": "Poisson cost", "negbin": "negative binomial cost"}
    with style():
        fig, axes = new_figure(9.0, 6.4, nrows=2, ncols=1, sharex=True, sharey=True)
        for ax, (fam, r) in zip(axes, res.items(), strict=True):
            ax.plot(
                mid,
                per_day,
                ls="none",
                marker="o",
                ms=3.5,
                color=COLORS["data"],
                label="UCDP deaths per day, by month",
            )
            for _, seg in r.segments.iterrows():
                x0 = seg["start"]
                x1 = m.loc[int(seg["end_index"]), "period_end"] + pd.Timedelta(days=1)
                ax.fill_between(
                    [x0, x1], seg["lower"], seg["upper"], color=COLORS["estimate"], alpha=0.25, lw=0
                )
                ax.hlines(seg["rate"], x0, x1, color=COLORS["estimate"], lw=2)
            ax.fill_between(
                [], [], [], color=COLORS["estimate"], alpha=0.25, label="segment rate, 95% interval"
            )
            ax.set_title(f"{names[fam]}: {len(r.break_dates)} change point(s)")
            ax.set_ylabel("deaths per day")
            ax.set_ylim(0, None)
        axes[0].legend(loc="upper left", fontsize=8.5)
        year_axis(axes[1])
        axes[1].set_xlabel(_month_label(m))
        set_title(fig, "Idleb governorate: change points in monthly deaths (PELT, BIC penalty)")
        add_source(fig, UCDP_SOURCE + " (all deaths, best estimate, Idleb governorate SY07)")
    return fig
