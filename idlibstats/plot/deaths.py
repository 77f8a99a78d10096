"""Civilian deaths: UCDP's monthly series for Idlib and north-west Syria against the UN's
"more than 1,300 civilians killed between May and August 2019"."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from idlibstats.plot._intervals import draw_interval
from idlibstats.plot.style import (
    COLORS,
    UCDP_SOURCE,
    add_source,
    new_figure,
    set_title,
    style,
    thousands,
    year_axis,
)

#: Governorates counted as "north-west Syria" here (whole governorates: broader than the UN's
#: area, which covers Idlib and the adjacent parts of Hama, Aleppo and Lattakia).
NORTH_WEST = {"SY07": "Idleb", "SY05": "Hama", "SY02": "Aleppo", "SY06": "Lattakia"}
IDLEB = "SY07"
UN_PERIOD = (pd.Timestamp("2019-05-01"), pd.Timestamp("2019-08-31"))
SOCHI = pd.Timestamp("2018-09-17")  # Turkey-Russia memorandum on the Idlib de-escalation zone
MONTHLY = "ucdp_deaths_monthly_governorate"


def monthly_series(
    monthly: pd.DataFrame | None = None, column: str = "deaths_civilians"
) -> pd.DataFrame:
    """Monthly UCDP deaths for Idleb and for north-west Syria (sum of :data:`NORTH_WEST`).

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        The bundled ``ucdp_deaths_monthly_governorate`` table (default).
    column : str
        ``deaths_civilians`` (UCDP's civilian deaths) or ``deaths_best`` (all deaths, best
        estimate; ``best`` is accepted too).

    Returns
    -------
    pandas.DataFrame
        ``period_start``, ``period_end``, ``exposure_days``, ``idleb``, ``north_west``.

    Examples
    --------
    >>> from idlibstats.plot.deaths import monthly_series
    >>> m = monthly_series()
    >>> str(m["period_start"].min().date()), str(m["period_start"].max().date())
    ('2016-01-01', '2019-11-01')
    """
    if monthly is None:
        from idlibstats import datasets

        monthly = datasets.load(MONTHLY)
    # count_events() names: best/exposure_days; the bundled table: deaths_best/days
    monthly = monthly.rename(
        columns={
            "best": "deaths_best",
            "low": "deaths_low",
            "high": "deaths_high",
            "days": "exposure_days",
        }
    )
    column = {"best": "deaths_best", "low": "deaths_low", "high": "deaths_high"}.get(column, column)
    nw = monthly[monthly["adm1_pcode"].isin(list(NORTH_WEST))]
    keys = ["period_start", "period_end", "exposure_days"]
    out = (
        nw[nw["adm1_pcode"] == IDLEB]
        .groupby(keys, as_index=False)[column]
        .sum()
        .rename(columns={column: "idleb"})
    )
    total = nw.groupby(keys, as_index=False)[column].sum().rename(columns={column: "north_west"})
    out = out.merge(total, on=keys, how="outer").sort_values("period_start", ignore_index=True)
    return out.astype({"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"})


def period_totals(
    monthly: pd.DataFrame | None = None, start=UN_PERIOD[0], end=UN_PERIOD[1]
) -> pd.DataFrame:
    """UCDP totals over ``start..end`` (whole months) for Idleb and north-west Syria.

    Rows: ``area`` x ``column`` (civilian deaths and all deaths, best estimate) with ``count``
    and ``exposure_days``, ready for :func:`idlibstats.rate`.
    """
    rows = []
    for column, label in (("deaths_civilians", "civilian deaths"), ("deaths_best", "all deaths")):
        m = monthly_series(monthly, column)
        inside = m[(m["period_start"] >= start) & (m["period_end"] <= end)]
        for area in ("idleb", "north_west"):
            rows.append(
                {
                    "area": area,
                    "measure": label,
                    "count": int(inside[area].sum()),
                    "exposure_days": int(inside["exposure_days"].sum()),
                }
            )
    return pd.DataFrame(rows)


def _un_row(figures: pd.DataFrame | None) -> pd.Series:
    if figures is None:
        from idlibstats import datasets

        figures = datasets.load("seed_figures")
    killed = figures[
        (figures["measure"].astype(object) == "killed") & (figures["source"].astype(object) == "UN")
    ]
    if killed.empty:
        raise ValueError("the figure table has no 'killed' figure attributed to the UN")
    return killed.iloc[0]


def civilian_deaths_monthly(
    monthly: pd.DataFrame | None = None, figures: pd.DataFrame | None = None
) -> Figure:
    """UCDP monthly civilian deaths, Idleb and north-west Syria 2016-2019, with the UN figure.

    The UN's "more than 1,300 civilians, May-August 2019" is drawn as what it is: a lower bound
    on the average over the four months (1,301 deaths over 123 days, as a monthly average), with
    an arrow pointing up, not as a monthly value.

    Examples
    --------
    >>> from idlibstats.plot.deaths import civilian_deaths_monthly
    >>> fig = civilian_deaths_monthly()
    >>> fig.axes[0].get_ylabel()
    'civilian deaths per month'
    """
    from idlibstats import rate_from_figure

    m = monthly_series(monthly, "deaths_civilians")
    un = rate_from_figure(_un_row(figures), per="month")
    mid = m["period_start"] + (m["period_end"] - m["period_start"]) / 2
    with style():
        fig, ax = new_figure(9.0, 5.6)
        ax.axvspan(
            UN_PERIOD[0],
            UN_PERIOD[1] + pd.Timedelta(days=1),
            color="#f5e6c8",
            zorder=0,
            label="May–Aug 2019 (the UN's period)",
        )
        ax.plot(
            mid,
            m["north_west"],
            color=COLORS["data"],
            lw=1.6,
            marker=".",
            label="north-west Syria (Idleb, Hama, Aleppo, Lattakia)",
        )
        ax.plot(
            mid, m["idleb"], color=COLORS["estimate"], lw=2, marker=".", label="Idleb governorate"
        )
        ax.hlines(
            un.estimate,
            UN_PERIOD[0],
            UN_PERIOD[1],
            color=COLORS["reported"],
            lw=2.5,
            label=f"UN: > 1,300 in May–Aug 2019 = ≥ {un.estimate:,.0f} a month on average",
        )
        ax.annotate(
            "",
            xy=(UN_PERIOD[0] + (UN_PERIOD[1] - UN_PERIOD[0]) / 2, un.estimate * 1.45),
            xytext=(UN_PERIOD[0] + (UN_PERIOD[1] - UN_PERIOD[0]) / 2, un.estimate),
            arrowprops={"arrowstyle": "-|>", "color": COLORS["reported"], "lw": 2},
        )
        ax.axvline(SOCHI, color="#777777", lw=1, ls="--")
        ax.text(
            SOCHI,
            0.98,
            " Sochi agreement\n (Sept 2018)",
            transform=ax.get_xaxis_transform(),
            va="top",
            ha="left",
            fontsize=8.5,
            color="#555555",
        )
        ax.set_ylim(0, None)
        ax.yaxis.set_major_formatter(thousands())
        ax.set_ylabel("civilian deaths per month")
        ax.set_xlabel("month (UCDP GED coverage ends 30 Nov 2019)")
        year_axis(ax)
        ax.set_title("Civilian deaths recorded by UCDP, Idleb and north-west Syria, 2016–2019")
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.14), ncol=2, fontsize=8.5)
        add_source(
            fig,
            UCDP_SOURCE + " (deaths_civilians, events dated by start day); "
            "UN figure as quoted in the seed article",
        )
    return fig


def un_vs_ucdp(monthly: pd.DataFrame | None = None, figures: pd.DataFrame | None = None) -> Figure:
    """Deaths per day in May-August 2019: the UN's lower bound against UCDP's counts.

    Each row is a rate with its 95% interval: the UN figure as a one-sided interval (arrow:
    no upper limit), UCDP's counts with exact Poisson (Garwood) intervals. The Poisson
    interval only covers chance variation in a count, not what a source misses or how it
    defines a civilian.

    Examples
    --------
    >>> from idlibstats.plot.deaths import un_vs_ucdp
    >>> len(un_vs_ucdp().axes[0].get_yticks())
    5
    """
    from idlibstats import rate, rate_from_figure

    un = rate_from_figure(_un_row(figures), per="day")
    totals = period_totals(monthly)
    labels = {
        ("idleb", "civilian deaths"): "UCDP, Idleb: civilian deaths",
        ("north_west", "civilian deaths"): "UCDP, north-west Syria: civilian deaths",
        ("idleb", "all deaths"): "UCDP, Idleb: all deaths (best)",
        ("north_west", "all deaths"): "UCDP, north-west Syria: all deaths (best)",
    }
    rows = [("UN (seed article): more than 1,300 civilians", un, COLORS["reported"])]
    for _, t in totals.iterrows():
        r = rate(t["count"], t["exposure_days"], per="day")
        rows.append(
            (
                f"{labels[(t['area'], t['measure'])]} ({t['count']:,})",
                r,
                COLORS["estimate"] if t["measure"] == "civilian deaths" else COLORS["data"],
            )
        )
    xmax = 1.25 * max(r.upper if r.bound == "two-sided" else r.estimate for _, r, _ in rows)
    with style():
        fig, ax = new_figure(9.0, 4.2)
        for y, (_label, r, color) in enumerate(reversed(rows)):
            draw_interval(ax, y, r.estimate, r.lower, r.upper, xmax=xmax, color=color)
            ax.annotate(
                f"{r.estimate:.1f}",
                (r.estimate, y),
                xytext=(0, 7),
                textcoords="offset points",
                ha="center",
                fontsize=8.5,
                color=color,
            )
        ax.set_yticks(range(len(rows)), [lab for lab, _, _ in reversed(rows)])
        ax.set_ylim(-0.6, len(rows) - 0.4)
        ax.set_xlim(0, xmax)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("deaths per day, 1 May – 31 Aug 2019 (123 days), with 95% interval")
        set_title(fig, "The UN's lower bound against UCDP's counts, May–August 2019")
        add_source(
            fig,
            UCDP_SOURCE + "; UN figure as quoted in the seed article.\nArrow: "
            'lower bound only ("more than"); bars: exact Poisson 95% intervals '
            "(chance variation only, not coverage)",
        )
    return fig
