"""Civilian deaths: UCDP's monthly series for Idlib and north-west Syria against the UN's figure.

The UN's "more than 1,300 civilians killed between May and August 2019".

North-west Syria is :data:`idlibstats.NORTH_WEST_SYRIA` (Idleb governorate and the adjacent
front-line districts), the package's one definition; its ``note`` goes into every caption.
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from idlibstats.estimate import rate, rate_from_figure
from idlibstats.load.regions import NORTH_WEST_SYRIA
from idlibstats.plot._data import table_or_dataset
from idlibstats.plot._intervals import draw_interval
from idlibstats.plot.style import (
    COLORS,
    QUALIFIER_WORDS,
    SOCHI,
    UCDP_SOURCE,
    add_source,
    figure_words,
    mark_sochi,
    new_figure,
    period_words,
    set_title,
    style,
    thousands,
    year_axis,
)

IDLEB = "SY07"
MONTHLY = "ucdp_deaths_monthly_governorate"
DISTRICT = "ucdp_deaths_monthly_district"

__all__ = [
    "IDLEB",
    "SOCHI",
    "civilian_deaths_monthly",
    "monthly_series",
    "period_totals",
    "region_note",
    "un_vs_ucdp",
]


def region_note() -> str:
    """The caption line that says what "north-west Syria" means here."""
    return "North-west Syria: " + NORTH_WEST_SYRIA.note


def monthly_series(
    monthly: pd.DataFrame | None = None,
    column: str = "deaths_civilians",
    district: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Monthly UCDP deaths for Idleb governorate and for north-west Syria.

    North-west Syria is :data:`idlibstats.NORTH_WEST_SYRIA`, summed with its
    :meth:`~idlibstats.load.regions.Region.monthly` from the governorate and district tables.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        The bundled ``ucdp_deaths_monthly_governorate`` table (default).
    column : str
        A count column of that table: ``deaths_civilians`` (UCDP's civilian deaths),
        ``deaths_best`` (all deaths, best estimate), ``deaths_low``, ``deaths_high``, ``events``.
    district : pandas.DataFrame, optional
        The bundled ``ucdp_deaths_monthly_district`` table (default).

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
    monthly = table_or_dataset(monthly, MONTHLY)
    district = table_or_dataset(district, DISTRICT)
    if column not in monthly.columns:
        raise KeyError(f"no column {column!r} in the monthly table: {', '.join(monthly.columns)}")
    keys = ["period_start", "period_end", "days"]
    idleb = monthly.loc[monthly["adm1_pcode"] == IDLEB, [*keys, column]]
    nw = NORTH_WEST_SYRIA.monthly(monthly, district)[[*keys, column]]
    out = idleb.rename(columns={column: "idleb"}).merge(
        nw.rename(columns={column: "north_west"}), on=keys, how="outer"
    )
    out = out.rename(columns={"days": "exposure_days"}).sort_values("period_start")
    return out.reset_index(drop=True).astype(
        {"period_start": "datetime64[ns]", "period_end": "datetime64[ns]"}
    )


def _un_row(figures: pd.DataFrame | None) -> pd.Series:
    figures = table_or_dataset(figures, "seed_figures")
    killed = figures[
        (figures["measure"].astype(object) == "killed") & (figures["source"].astype(object) == "UN")
    ]
    if killed.empty:
        raise ValueError("the figure table has no 'killed' figure attributed to the UN")
    row = killed.iloc[0]
    if pd.isna(row["period_start"]) or pd.isna(row["period_end"]):
        raise ValueError(f"the UN figure {row['phrase']!r} has no period to compare over")
    return row


def _un_period(row: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(row["period_start"]), pd.Timestamp(row["period_end"])


def _midpoints(m: pd.DataFrame) -> pd.Series:
    """The middle of each month of a :func:`monthly_series` (where its value is drawn)."""
    return m["period_start"] + (m["period_end"] - m["period_start"]) / 2


def _month_label(m: pd.DataFrame) -> str:
    """The x-axis label of a :func:`monthly_series`: ``"month (UCDP data end 30 Nov 2019)"``."""
    return f"month (UCDP data end {m['period_end'].max():%-d %b %Y})"


def period_totals(
    monthly: pd.DataFrame | None = None,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    *,
    district: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """UCDP totals over the whole months from ``start`` to ``end`` for Idleb and north-west Syria.

    ``start`` and ``end`` default to the period of the UN's "killed" figure in ``figures``
    (the seed table by default). Rows: ``area`` x ``measure`` (civilian deaths and all deaths,
    best estimate) with ``count``, ``exposure_days`` and the ``period_start``/``period_end``
    actually covered (the months inside the window), ready for :func:`idlibstats.rate`.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    start, end : str or pandas.Timestamp, optional
        First and last day of the window; by default the period of the UN figure in
        ``figures``.
    district : pandas.DataFrame, optional
        Monthly deaths per district; the bundled ``ucdp_deaths_monthly_district`` by default.
    figures : pandas.DataFrame, optional
        A figure table; the bundled ``seed_figures`` by default.

    Returns
    -------
    pandas.DataFrame
        One row per area and measure: ``area``, ``measure``, ``count``, ``exposure_days``,
        ``period_start``, ``period_end``.

    Examples
    --------
    >>> from idlibstats.plot.deaths import period_totals
    >>> t = period_totals()
    >>> t["exposure_days"].unique().tolist()
    [123]
    """
    if start is None or end is None:
        un_start, un_end = _un_period(_un_row(figures))
        start = un_start if start is None else start
        end = un_end if end is None else end
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    rows = []
    for column, label in (("deaths_civilians", "civilian deaths"), ("deaths_best", "all deaths")):
        m = monthly_series(monthly, column, district)
        inside = m[(m["period_start"] >= start) & (m["period_end"] <= end)]
        if inside.empty:
            raise ValueError(
                f"no whole month of UCDP data between {start:%Y-%m-%d} and {end:%Y-%m-%d}"
            )
        for area in ("idleb", "north_west"):
            rows.append(
                {
                    "area": area,
                    "measure": label,
                    "count": int(inside[area].sum()),
                    "exposure_days": int(inside["exposure_days"].sum()),
                    "period_start": inside["period_start"].min(),
                    "period_end": inside["period_end"].max(),
                }
            )
    return pd.DataFrame(rows)


def _relation(row: pd.Series) -> str:
    return {"more_than": "≥", "at_least": "≥", "less_than": "≤", "at_most": "≤"}.get(
        str(row["qualifier"]), "≈"
    )


def civilian_deaths_monthly(
    monthly: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    district: pd.DataFrame | None = None,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
) -> Figure:
    """UCDP monthly civilian deaths, Idleb and north-west Syria 2016-2019, with the UN figure.

    The UN's "more than 1,300 civilians, May-August 2019" is drawn as what it is: a lower bound
    on the average over its period (as a monthly average), with an arrow pointing up, not as a
    monthly value. The shaded window is ``start..end`` (default: the UN figure's period).

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    figures : pandas.DataFrame, optional
        A figure table; the bundled ``seed_figures`` by default.
    district : pandas.DataFrame, optional
        Monthly deaths per district; the bundled ``ucdp_deaths_monthly_district`` by default.
    start, end : str or pandas.Timestamp, optional
        First and last day of the window; by default the period of the UN figure in
        ``figures``.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.deaths import civilian_deaths_monthly
    >>> fig = civilian_deaths_monthly()
    >>> fig.axes[0].get_ylabel()
    'civilian deaths per month'
    """
    row = _un_row(figures)
    un_start, un_end = _un_period(row)
    start = un_start if start is None else pd.Timestamp(start)
    end = un_end if end is None else pd.Timestamp(end)
    m = monthly_series(monthly, "deaths_civilians", district)
    un = rate_from_figure(row, per="month")
    un_words = f"{row['source']}: {figure_words(row)} in {period_words(un_start, un_end, True)}"
    window = period_words(start, end, short=True)
    if (start, end) == (un_start, un_end):
        window += f" (the {row['source']}'s period)"
    mid = _midpoints(m)
    with style():
        fig, ax = new_figure(9.0, 6.0)
        ax.axvspan(start, end + pd.Timedelta(days=1), color="#f5e6c8", zorder=0, label=window)
        ax.plot(
            mid,
            m["north_west"],
            color=COLORS["data"],
            lw=1.6,
            marker=".",
            label="north-west Syria (Idleb + adjacent districts; see note)",
        )
        ax.plot(
            mid, m["idleb"], color=COLORS["estimate"], lw=2, marker=".", label="Idleb governorate"
        )
        ax.hlines(
            un.estimate,
            un_start,
            un_end,
            color=COLORS["reported"],
            lw=2.5,
            label=f"{un_words} = {_relation(row)} {un.estimate:,.0f} a month on average",
        )
        if un.bound == "lower":
            x = un_start + (un_end - un_start) / 2
            ax.annotate(
                "",
                xy=(x, un.estimate * 1.45),
                xytext=(x, un.estimate),
                arrowprops={"arrowstyle": "-|>", "color": COLORS["reported"], "lw": 2},
            )
        mark_sochi(ax)
        ax.set_ylim(0, None)
        ax.yaxis.set_major_formatter(thousands())
        ax.set_ylabel("civilian deaths per month")
        ax.set_xlabel(_month_label(m))
        year_axis(ax)
        first, last = m["period_start"].min().year, m["period_end"].max().year
        ax.set_title(
            f"Civilian deaths recorded by UCDP, Idleb and north-west Syria, {first}–{last}"
        )
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.14), ncol=2, fontsize=8.5)
        add_source(
            fig,
            UCDP_SOURCE + " (deaths_civilians, events dated by start day); "
            f"{row['source']} figure as quoted in the seed article.\n"
            + textwrap.fill(region_note(), 150),
        )
    return fig


def un_vs_ucdp(
    monthly: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    district: pd.DataFrame | None = None,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
) -> Figure:
    """Deaths per day: the UN's figure against UCDP's counts over ``start..end``.

    ``start``/``end`` default to the UN figure's own period. Each row is a rate with its 95%
    interval: the UN figure as a one-sided interval (arrow: no upper limit), UCDP's counts with
    exact Poisson (Garwood) intervals. The Poisson interval only covers chance variation in a
    count, not what a source misses or how it defines a civilian.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    figures : pandas.DataFrame, optional
        A figure table; the bundled ``seed_figures`` by default.
    district : pandas.DataFrame, optional
        Monthly deaths per district; the bundled ``ucdp_deaths_monthly_district`` by default.
    start, end : str or pandas.Timestamp, optional
        First and last day of the window; by default the period of the UN figure in
        ``figures``.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.deaths import un_vs_ucdp
    >>> len(un_vs_ucdp().axes[0].get_yticks())
    5
    """
    row = _un_row(figures)
    un_start, un_end = _un_period(row)
    un = rate_from_figure(row, per="day")
    totals = period_totals(monthly, start, end, district=district, figures=figures)
    t_start, t_end = totals["period_start"].iloc[0], totals["period_end"].iloc[0]
    labels = {
        ("idleb", "civilian deaths"): "UCDP, Idleb: civilian deaths",
        ("north_west", "civilian deaths"): "UCDP, north-west Syria: civilian deaths",
        ("idleb", "all deaths"): "UCDP, Idleb: all deaths (best)",
        ("north_west", "all deaths"): "UCDP, north-west Syria: all deaths (best)",
    }
    who = row["source"]
    rows = [(f"{who} (seed article): {figure_words(row)} {row['subject']}", un, COLORS["reported"])]
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
    same = (t_start, t_end) == (un_start, un_end)
    span = period_words(t_start, t_end)
    kind = "lower bound" if un.bound == "lower" else "figure"
    with style():
        fig, ax = new_figure(9.0, 4.6)
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
        if same:
            ax.set_xlabel(f"deaths per day, {span}, with 95% interval")
        else:
            ax.set_xlabel(
                f"deaths per day with 95% interval (UCDP: {span}; "
                f"{who}: {period_words(un_start, un_end)})"
            )
        set_title(
            fig,
            f"The {who}'s {kind} against UCDP's counts, {period_words(t_start, t_end, True)}",
        )
        arrow = (
            f'Arrow: {kind} only ("{QUALIFIER_WORDS[str(row["qualifier"])]}"); '
            if un.bound == "lower"
            else ""
        )
        add_source(
            fig,
            UCDP_SOURCE + f"; {who} figure as quoted in the seed article.\n{arrow}"
            "bars: exact Poisson 95% intervals (chance variation only, not coverage)\n"
            + textwrap.fill(region_note(), 150),
        )
    return fig
