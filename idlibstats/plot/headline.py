"""The three headline figures of the seed article."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from idlibstats.estimate import rate_from_figure
from idlibstats.plot._data import table_or_dataset
from idlibstats.plot._intervals import draw_interval
from idlibstats.plot.style import (
    COLORS,
    QUALIFIER_WORDS,
    SEED_SOURCE,
    add_source,
    figure_words,
    new_figure,
    period_words,
    set_title,
    style,
    thousands,
)

#: The headline figures: (measure, subject words) -> panel title and unit label.
HEADLINES = (
    ("killed", "Civilians killed", "civilians killed (count)"),
    ("captured", "Villages and towns captured", "villages and towns (count)"),
    ("refugees", "Syrian refugees hosted by Turkey", "refugees (millions)"),
)


def headline_rows(figures: pd.DataFrame) -> pd.DataFrame:
    """The rows of the three headline figures (killed, captured, refugees) of a figure table.

    The figure with a stated number (not a vague plural such as "millions") and the largest
    value is taken for each measure.

    Parameters
    ----------
    figures : pandas.DataFrame
        A figure table.

    Returns
    -------
    pandas.DataFrame
        Its rows for the three headline figures.

    Examples
    --------
    >>> import idlibstats as s
    >>> from idlibstats.plot.headline import headline_rows
    >>> headline_rows(s.datasets.load("seed_figures"))["value"].tolist()
    [1300.0, 24.0, 3500000.0]
    """
    rows = []
    for measure, _, _ in HEADLINES:
        cand = figures[
            (figures["measure"].astype(object) == measure)
            & (figures["qualifier"].astype(object) != "vague")
        ]
        if cand.empty:
            raise ValueError(f"the figure table has no stated {measure!r} figure")
        rows.append(cand.sort_values("value", ascending=False).iloc[0])
    return pd.DataFrame(rows)


def _when(row: pd.Series) -> str:
    """``", May–Aug 2019"`` from the row's period, or nothing when it has none."""
    if pd.isna(row.get("period_start")) or pd.isna(row.get("period_end")):
        return ""
    return ", " + period_words(row["period_start"], row["period_end"], short=True)


def _describe(row: pd.Series, scale: float = 1.0, unit: str = "") -> str:
    who = row["source"] if isinstance(row["source"], str) else "unattributed"
    return f"{figure_words(row, scale, unit)} ({who})"


def _hide_y_axis(ax: Axes) -> None:
    """A one-line panel (a number line): no y ticks, grid lines or left spine."""
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    ax.spines["left"].set_visible(False)


def seed_headlines(figures: pd.DataFrame | None = None) -> Figure:
    """Three panels, one per headline figure of the seed article, bounds drawn as written.

    "More than 1,300" is a lower bound: it is drawn as a tick at 1,300 with an arrow running
    off the axis, never as a bar of height 1,300. An exact count is a single point. The
    duration qualifier of the captured villages ("in less than four days") is written on the
    panel.

    Parameters
    ----------
    figures : pandas.DataFrame, optional
        A figure table; defaults to ``idlibstats.datasets.load("seed_figures")``.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.headline import seed_headlines
    >>> fig = seed_headlines()
    >>> [ax.get_title(loc="left") for ax in fig.axes][0]
    'Civilians killed, May–Aug 2019'
    """
    figures = table_or_dataset(figures, "seed_figures")
    rows = headline_rows(figures)
    with style():
        fig, axes = new_figure(8.0, 5.6, nrows=3, ncols=1)
        for ax, (_, row), (measure, title, xlabel) in zip(
            axes, rows.iterrows(), HEADLINES, strict=True
        ):
            scale = 1e6 if measure == "refugees" else 1.0
            v, lo, hi = (row[c] / scale for c in ("value", "lower", "upper"))
            xmax = 2.0 * v
            ax.set_xlim(0, xmax)
            ax.set_ylim(-0.6, 0.8)
            draw_interval(ax, 0, v, lo, hi, xmax=xmax, color=COLORS["reported"])
            text = _describe(row, scale, " million" if scale != 1 else "")
            if measure == "captured" and pd.notna(row.get("duration_days", float("nan"))):
                dq = QUALIFIER_WORDS.get(str(row.get("duration_qualifier")), "")
                text += f" in {dq} {row['duration_days']:g} days".replace("  ", " ")
            ax.text(v, 0.32, text, ha="center", va="bottom", fontsize=10)
            ax.set_title(title + _when(row))
            ax.set_xlabel(xlabel)
            ax.xaxis.set_major_formatter(thousands(1 if scale != 1 else 0))
            _hide_y_axis(ax)
        set_title(fig, "The seed article's three headline figures, as worded")
        add_source(fig, SEED_SOURCE + '\nArrow: open-ended bound ("more than"); dot: exact count')
    return fig


def seed_rates(figures: pd.DataFrame | None = None) -> Figure:
    """The two headline figures that imply a rate, as rates with their one-sided bounds.

    "More than 1,300 civilians killed between May and August 2019" and "24 villages and towns
    in less than four days" only bound the rate from below. Each panel shows the lowest rate
    the wording allows (dot) and the one-sided exact Poisson 95% lower confidence limit
    (tick), with an arrow: no upper limit. Values come from
    :func:`idlibstats.rate_from_figure`.

    Parameters
    ----------
    figures : pandas.DataFrame, optional
        A figure table; the bundled ``seed_figures`` by default.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.headline import seed_rates
    >>> [ax.get_xlabel() for ax in seed_rates().axes][1]
    'villages and towns captured per day'
    """
    figures = table_or_dataset(figures, "seed_figures")
    rows = headline_rows(figures).iloc[:2]
    panels = (
        ("Civilians killed per day", "civilians killed per day"),
        ("Villages and towns captured per day", "villages and towns captured per day"),
    )
    with style():
        fig, axes = new_figure(8.0, 4.4, nrows=2, ncols=1)
        for ax, (_, row), (title, xlabel) in zip(axes, rows.iterrows(), panels, strict=True):
            r = rate_from_figure(row, per="day")
            xmax = 2.2 * r.estimate
            draw_interval(ax, 0, r.estimate, r.lower, r.upper, xmax=xmax, color=COLORS["reported"])
            rel = {"at_least": "at least", "more_than": "more than"}.get(r.relation, r.relation)
            ax.annotate(
                f"{rel} {r.estimate:.1f} a day (wording)",
                (r.estimate, 0),
                xytext=(0, 12),
                textcoords="offset points",
                ha="left",
                fontsize=9.5,
            )
            ax.annotate(
                f"95% lower limit {r.lower:.1f}",
                (r.lower, 0),
                xytext=(0, -16),
                textcoords="offset points",
                ha="right",
                fontsize=8.5,
                color="#555555",
            )
            ax.set_xlim(0, xmax)
            ax.set_ylim(-0.6, 0.7)
            ax.set_title(f"{title}{_when(row)} ({row['source']})")
            ax.set_xlabel(xlabel)
            _hide_y_axis(ax)
        set_title(fig, "Rates implied by the seed article's figures: lower bounds only")
        add_source(
            fig,
            SEED_SOURCE + "\nDot: lowest rate the wording allows; tick: one-sided "
            "exact Poisson 95% lower limit; arrow: no upper limit",
        )
    return fig
