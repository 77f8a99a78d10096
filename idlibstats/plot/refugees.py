"""Syrian refugees by host country (UNHCR), and the seed article's "more than 3.5 million"."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import ArrayLike

from idlibstats import datasets
from idlibstats.estimate import burden
from idlibstats.plot._data import table_or_dataset
from idlibstats.plot.style import (
    COLORS,
    UNHCR_SOURCE,
    add_source,
    figure_words,
    new_figure,
    spread_labels,
    style,
    thousands,
)

SERIES = "unhcr_syrian_refugees_by_asylum"
#: Hosts drawn besides Turkey (the largest hosts of Syrian refugees at the end of 2019).
OTHER_HOSTS = ("LBN", "JOR", "DEU", "IRQ", "EGY")
HOST_NAMES = {
    "TUR": "Turkey",
    "LBN": "Lebanon",
    "JOR": "Jordan",
    "DEU": "Germany",
    "IRQ": "Iraq",
    "EGY": "Egypt",
}
HOST_COLORS = {
    "TUR": COLORS["estimate"],
    "LBN": "#2e8b57",
    "JOR": "#d68910",
    "DEU": "#6c3483",
    "IRQ": "#5d6d7e",
    "EGY": "#17a2b8",
}
_RELEASE = re.compile(r"refugees R package (\d{4})\.(\d{1,2})")


def partial_years(table: pd.DataFrame | None = None) -> set[int]:
    """Years of the UNHCR table that cannot be end-year stocks.

    The table comes from a release of UNHCR's ``refugees`` R package named ``YYYY.MM.x``
    (2025.12.1: December 2025). A release made before the end of year ``YYYY`` cannot hold the
    end-``YYYY`` stock, so its ``YYYY`` rows are an earlier (mid-year) figure. The release is
    read from the table's provenance notes, else from :data:`UNHCR_SOURCE`.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Refugees by year and country of asylum; the bundled
        ``unhcr_syrian_refugees_by_asylum`` by default.

    Returns
    -------
    set of int
        The years whose figures are not end-year stocks.

    Examples
    --------
    >>> from idlibstats.plot.refugees import partial_years
    >>> sorted(partial_years())
    [2025]
    """
    table = table_or_dataset(table, SERIES)
    notes = " ".join(table.attrs.get("provenance", {}).get("notes", [])) or UNHCR_SOURCE
    found = _RELEASE.search(notes) or _RELEASE.search(UNHCR_SOURCE)
    release_year = int(found.group(1))
    return {int(y) for y in table["year"].unique() if int(y) >= release_year}


def refugee_series(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Syrian refugees by year and host (``year``, ``iso3``, ``refugees``), 2011 on.

    Reads the bundled ``unhcr_syrian_refugees_by_asylum`` table by default; the country column
    may be named ``coa_iso`` (UNHCR's name) or ``iso3``. A year and host whose rows are all
    missing stays missing (never 0). ``partial`` is True for years that are not end-year
    stocks (see :func:`partial_years`).

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Refugees by year and country of asylum; the bundled
        ``unhcr_syrian_refugees_by_asylum`` by default.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``iso3``, ``refugees``, ``partial`` (not an end-year stock).

    Examples
    --------
    >>> from idlibstats.plot.refugees import refugee_series
    >>> s = refugee_series()
    >>> int(s.loc[(s["iso3"] == "TUR") & (s["year"] == 2019), "refugees"].iloc[0]) > 3_500_000
    True
    """
    table = table_or_dataset(table, SERIES)
    iso = next(c for c in ("coa_iso", "iso3", "asylum_iso3", "country_iso3") if c in table)
    out = table.rename(columns={iso: "iso3"})[["year", "iso3", "refugees"]]
    out = out.astype({"refugees": "float64"})
    out = (
        out[out["year"] >= 2011]
        .groupby(["year", "iso3"], as_index=False)["refugees"]
        .sum(min_count=1)
    )
    out = out.astype({"year": "int64", "refugees": "float64"})
    out["partial"] = out["year"].isin(partial_years(table))
    return out


def _claim(figures: pd.DataFrame | None) -> pd.Series:
    figures = table_or_dataset(figures, "seed_figures")
    rows = figures[
        (figures["measure"].astype(object) == "refugees")
        & (figures["qualifier"].astype(object) != "vague")
    ]
    if rows.empty:
        raise ValueError("the figure table has no stated refugee figure")
    return rows.iloc[0]


def _claim_year(claim: pd.Series, claim_year: int | None) -> int:
    """The latest end-year stock the article can have seen: the year before publication."""
    return int(claim_year) if claim_year is not None else pd.Timestamp(claim["published"]).year - 1


def _claim_words(claim: pd.Series) -> str:
    where = f" in {claim['place']}" if isinstance(claim["place"], str) else ""
    return f"{figure_words(claim, 1e6, ' million')}{where}"


def _published(claim: pd.Series) -> str:
    return f"{pd.Timestamp(claim['published']):%-d %b %Y}"


def _partial_note(years: Iterable[int]) -> str:
    if not years:
        return ""
    listed = ", ".join(str(y) for y in sorted(years))
    return (
        f";\nhollow points ({listed}), dotted: mid-year figure, not end-year (the release "
        "predates the year end)"
    )


def _draw_series(
    ax: Axes, x: ArrayLike, y: ArrayLike, partial: ArrayLike, color: str, lw: float
) -> None:
    """A host's line.

    Points that are not end-year stocks are drawn hollow, joined to the last end-year stock by a
    thin dotted line (they are not a year-end value to read a trend to).
    """
    x, y, partial = (pd.Series(v).reset_index(drop=True) for v in (x, y, partial))
    full = ~partial.astype(bool)
    ax.plot(x[full], y[full], color=color, marker="o", ms=3.5, lw=lw)
    if partial.any():
        if full.any():
            last = full[full].index[-1]
            joined = full.index[(full.index >= last)]
            ax.plot(x[joined], y[joined], color=color, lw=1.0, ls=":")
        ax.plot(x[~full], y[~full], ls="none", marker="o", ms=6, mfc="white", mew=1.4, color=color)


def _end_labels(ax: Axes, ends: list[tuple], gap: float) -> None:
    """Name each line at its end; crowded names are spread apart with a thin leader line."""
    ys = spread_labels([e[0] for e in ends], gap, floor=gap / 2)
    for (y, x, name, color), ly in zip(ends, ys, strict=True):
        ax.annotate(
            name,
            (x, y),
            xytext=(x + 0.45, ly),
            textcoords="data",
            va="center",
            fontsize=8.5,
            color=color,
            arrowprops={"arrowstyle": "-", "color": color, "lw": 0.6, "shrinkA": 0, "shrinkB": 2},
        )


def refugees_by_host(
    table: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    claim_year: int | None = None,
) -> Figure:
    """Syrian refugees in Turkey and the next five hosts, 2011 to the last UNHCR year.

    The article's "more than 3.5 million" is drawn as a lower bound at the end of
    ``claim_year`` (default: the year before the article was published), tick with an upward
    arrow, against UNHCR's end-year stock. Years that are not end-year stocks (a mid-year
    latest year) are drawn as hollow points, joined to the line by a dotted segment, and named
    in the source line.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Refugees by year and country of asylum; the bundled
        ``unhcr_syrian_refugees_by_asylum`` by default.
    figures : pandas.DataFrame, optional
        A figure table; the bundled ``seed_figures`` by default.
    claim_year : int, optional
        The year the article's claim is about; by default the year before it was published.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.refugees import refugees_by_host
    >>> refugees_by_host().axes[0].get_ylabel()
    'Syrian refugees (millions)'
    """
    s = refugee_series(table)
    claim = _claim(figures)
    year = _claim_year(claim, claim_year)
    partial = sorted(set(s.loc[s["partial"], "year"]))
    with style():
        fig, ax = new_figure(9.0, 5.2)
        ends = []
        for iso in ("TUR", *OTHER_HOSTS):
            one = s[(s["iso3"] == iso) & s["refugees"].notna()].sort_values("year")
            if one.empty:
                continue
            color = HOST_COLORS[iso]
            _draw_series(
                ax,
                one["year"],
                one["refugees"] / 1e6,
                one["partial"],
                color,
                2.4 if iso == "TUR" else 1.4,
            )
            last = one.iloc[-1]
            ends.append((last["refugees"] / 1e6, last["year"], HOST_NAMES[iso], color))
        top = max(s["refugees"].max(), claim["value"]) / 1e6 * 1.22
        _end_labels(ax, ends, gap=0.032 * top)
        v = claim["value"] / 1e6
        if str(claim["qualifier"]) in ("more_than", "at_least"):
            ax.annotate(
                "",
                xy=(year, v + 0.12 * top),
                xytext=(year, v),
                arrowprops={"arrowstyle": "-|>", "color": COLORS["reported"], "lw": 2},
            )
        ax.plot(
            [year - 0.3, year + 0.3],
            [v, v],
            color=COLORS["reported"],
            lw=2.5,
            label=f'seed article ({_published(claim)}): "{_claim_words(claim)}"',
        )
        host = s[(s["iso3"] == "TUR") & (s["year"] == year)]["refugees"]
        if not host.empty:
            ax.annotate(
                f"UNHCR end-{year}: {host.iloc[0] / 1e6:.2f} million",
                (year, host.iloc[0] / 1e6),
                xytext=(30, -45),
                textcoords="offset points",
                ha="left",
                fontsize=9,
                arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.8},
            )
        last_year = int(s["year"].max())
        ax.set_xlim(2010.5, last_year + 1.6)
        ax.set_ylim(0, top)
        ax.set_xticks(range(2011, last_year + 1, 2))
        ax.yaxis.set_major_formatter(thousands(1))
        ax.set_xlabel("year (UNHCR stock at end of year)")
        ax.set_ylabel("Syrian refugees (millions)")
        ax.set_title(f"Syrian refugees by host country, 2011–{last_year}")
        ax.legend(loc="upper left", fontsize=8.5)
        add_source(
            fig,
            UNHCR_SOURCE + _partial_note(partial) + f"\nClaim as quoted in the seed article "
            f"({_published(claim)}); arrow: lower bound",
        )
    return fig


def burden_series(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Syrian refugees per 1,000 inhabitants for every host and year with a bundled denominator.

    Each row comes from :func:`idlibstats.burden` (UNHCR end-year stock over the host's
    end-year population from the bundled ``host_population`` table, whose ``source`` column
    cites each denominator).

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Refugees by year and country of asylum; the bundled
        ``unhcr_syrian_refugees_by_asylum`` by default.

    Returns
    -------
    pandas.DataFrame
        ``iso3``, ``year``, ``refugees``, ``population``, ``per_1000``, ``population_source``,
        ``partial`` (not an end-year stock).

    Examples
    --------
    >>> from idlibstats.plot.refugees import burden_series
    >>> b = burden_series()
    >>> round(float(b.loc[(b["iso3"] == "TUR") & (b["year"] == 2019), "per_1000"].iloc[0]), 1)
    43.0
    """
    s = refugee_series(table)
    s = s[s["refugees"].notna()]
    pop = datasets.load("host_population")[["iso3", "year"]]
    rows = []
    for _, r in s.merge(pop, on=["iso3", "year"]).iterrows():
        b = burden(float(r["refugees"]), r["iso3"], int(r["year"]))
        rows.append(
            {
                "iso3": r["iso3"],
                "year": int(r["year"]),
                "refugees": r["refugees"],
                "population": b.population,
                "per_1000": b.estimate,
                "population_source": b.population_source,
                "partial": bool(r["partial"]),
            }
        )
    return pd.DataFrame(rows).sort_values(["iso3", "year"], ignore_index=True)


def series_ends(table: pd.DataFrame | None = None) -> dict[str, str]:
    """Why each host's line of :func:`refugee_burden` ends where it does, from the data.

    A host's burden needs both its UNHCR stock and its bundled population; the line ends with
    the shorter of the two series. Returns iso3 -> a sentence naming the series that ends
    first, its agency and its last year.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Refugees by year and country of asylum; the bundled
        ``unhcr_syrian_refugees_by_asylum`` by default.

    Returns
    -------
    dict of str to str
        ISO3 code -> why its line ends there.

    Examples
    --------
    >>> from idlibstats.plot.refugees import series_ends
    >>> series_ends()["DEU"]
    'Germany: Destatis population series ends 2021 (UNHCR to 2025, mid-year)'
    """
    s = refugee_series(table)
    s = s[s["refugees"].notna()]
    pop = datasets.load("host_population")
    out = {}
    for iso in sorted(set(s["iso3"]) & set(pop["iso3"])):
        p = pop[pop["iso3"] == iso].sort_values("year")
        one = s[s["iso3"] == iso]
        pop_end, unhcr_end = int(p["year"].max()), int(one["year"].max())
        agency = str(p["source"].iloc[-1]).split(",")[0]
        mid = ", mid-year" if bool(one.loc[one["year"] == unhcr_end, "partial"].any()) else ""
        name = HOST_NAMES.get(iso, iso)
        if pop_end < unhcr_end:
            out[iso] = (
                f"{name}: {agency} population series ends {pop_end} (UNHCR to {unhcr_end}{mid})"
            )
        elif unhcr_end < pop_end:
            out[iso] = f"{name}: UNHCR series ends {unhcr_end} ({agency} population to {pop_end})"
        else:
            out[iso] = f"{name}: UNHCR and {agency} population series both end {pop_end}"
    return out


def refugee_burden(
    table: pd.DataFrame | None = None,
    figures: pd.DataFrame | None = None,
    claim_year: int | None = None,
) -> Figure:
    """Syrian refugees per 1,000 inhabitants of each host with a bundled population figure.

    The bundled ``host_population`` table holds denominators for Turkey and Germany only, so
    the figure shows those two; the title names the hosts drawn and the source line names the
    main hosts left out. The seed article's "more than 3.5 million" in Turkey becomes a lower
    bound on the burden at the end of ``claim_year`` (tick and upward arrow), from
    :func:`idlibstats.burden`. A note on the figure says why each line ends where it does
    (the series that ends first, computed by :func:`series_ends`).

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Refugees by year and country of asylum; the bundled
        ``unhcr_syrian_refugees_by_asylum`` by default.
    figures : pandas.DataFrame, optional
        A figure table; the bundled ``seed_figures`` by default.
    claim_year : int, optional
        The year the article's claim is about; by default the year before it was published.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.refugees import refugee_burden
    >>> fig = refugee_burden()
    >>> fig.axes[0].get_ylabel()
    'Syrian refugees per 1,000 inhabitants'
    >>> fig.axes[0].get_title(loc="left")
    'Turkey and Germany: Syrian refugees per 1,000 inhabitants'
    """
    b = burden_series(table)
    claim = _claim(figures)
    year = _claim_year(claim, claim_year)
    cb = burden(claim, "TUR", year)
    shown = sorted(b["iso3"].unique(), key=lambda iso: ("TUR", *OTHER_HOSTS, iso).index(iso))
    names = [HOST_NAMES.get(iso, iso) for iso in shown]
    missing = [HOST_NAMES[iso] for iso in OTHER_HOSTS if iso not in shown]
    partial = sorted(set(b.loc[b["partial"], "year"]))
    agencies = [
        b.loc[b["iso3"] == iso, "population_source"].iloc[-1].split(",")[0] for iso in shown
    ]
    top = 1.3 * max(b["per_1000"].max(), cb.estimate)
    with style():
        fig, ax = new_figure(9.0, 5.0)
        ends = []
        for iso in shown:
            one = b[b["iso3"] == iso]
            color = HOST_COLORS.get(iso, "#333333")
            _draw_series(
                ax,
                one["year"],
                one["per_1000"],
                one["partial"],
                color,
                2.4 if iso == "TUR" else 1.4,
            )
            last = one.iloc[-1]
            ends.append((last["per_1000"], last["year"], HOST_NAMES.get(iso, iso), color))
        _end_labels(ax, ends, gap=0.032 * top)
        ax.plot(
            [year - 0.3, year + 0.3],
            [cb.estimate] * 2,
            color=COLORS["reported"],
            lw=2.5,
            label=f'seed article: "{_claim_words(claim)}" = ≥ {cb.estimate:.1f} per 1,000 '
            f"at end-{year} (lower bound)",
        )
        ax.annotate(
            "",
            xy=(year, cb.estimate + 0.12 * top),
            xytext=(year, cb.estimate),
            arrowprops={"arrowstyle": "-|>", "color": COLORS["reported"], "lw": 2},
        )
        ends_said = series_ends(table)
        ax.text(
            0.99,
            0.22,
            "Why lines end:\n" + "\n".join(ends_said[iso] for iso in shown if iso in ends_said),
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            multialignment="left",
            fontsize=8.5,
            color="#444444",
            bbox={"boxstyle": "round,pad=0.4", "fc": "white", "ec": "#cccccc"},
        )
        ax.set_ylim(0, top)
        ax.set_xlim(2010.5, b["year"].max() + 1.6)
        ax.set_xticks(range(2011, int(b["year"].max()) + 1, 2))
        ax.set_xlabel("year (UNHCR end-year stock over end-year population)")
        ax.set_ylabel("Syrian refugees per 1,000 inhabitants")
        ax.set_title(f"{' and '.join(names)}: Syrian refugees per 1,000 inhabitants")
        ax.legend(loc="upper left", fontsize=8.5)
        left_out = (
            f"\nNot shown: {', '.join(missing)} (no population denominator bundled yet in "
            "idlibstats host_population)"
            if missing
            else ""
        )
        add_source(
            fig,
            UNHCR_SOURCE + _partial_note(partial) + "\nPopulation: national statistics offices as "
            f"cited in idlibstats host_population ({', '.join(agencies)})" + left_out,
        )
    return fig
