"""Syrian refugees by host country (UNHCR), and the seed article's "more than 3.5 million"."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from idlibstats.plot.style import (
    COLORS,
    UNHCR_SOURCE,
    add_source,
    new_figure,
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
#: The stock the article (published 29 Jan 2020) can have seen: UNHCR's end-2019 figure.
CLAIM_YEAR = 2019


def refugee_series(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Syrian refugees by year and host (``year``, ``iso3``, ``refugees``), 2011 on.

    Reads the bundled ``unhcr_syrian_refugees_by_asylum`` table by default; the country column
    may be named ``coa_iso`` (UNHCR's name) or ``iso3``.

    Examples
    --------
    >>> from idlibstats.plot.refugees import refugee_series
    >>> s = refugee_series()
    >>> int(s.loc[(s["iso3"] == "TUR") & (s["year"] == 2019), "refugees"].iloc[0]) > 3_500_000
    True
    """
    if table is None:
        from idlibstats import datasets

        table = datasets.load(SERIES)
    iso = next(c for c in ("coa_iso", "iso3", "asylum_iso3", "country_iso3") if c in table)
    out = table.rename(columns={iso: "iso3"})[["year", "iso3", "refugees"]]
    out = out[out["year"] >= 2011].groupby(["year", "iso3"], as_index=False)["refugees"].sum()
    return out.astype({"year": "int64", "refugees": "float64"})


def _claim(figures: pd.DataFrame | None) -> pd.Series:
    if figures is None:
        from idlibstats import datasets

        figures = datasets.load("seed_figures")
    rows = figures[
        (figures["measure"].astype(object) == "refugees")
        & (figures["qualifier"].astype(object) != "vague")
    ]
    if rows.empty:
        raise ValueError("the figure table has no stated refugee figure")
    return rows.iloc[0]


def refugees_by_host(
    table: pd.DataFrame | None = None, figures: pd.DataFrame | None = None
) -> Figure:
    """Syrian refugees in Turkey and the next five hosts, 2011 to the last UNHCR year.

    The article's "more than 3.5 million" (29 Jan 2020) is drawn as a lower bound at the end of
    2019 (tick with an upward arrow), against UNHCR's end-year stock.

    Examples
    --------
    >>> from idlibstats.plot.refugees import refugees_by_host
    >>> refugees_by_host().axes[0].get_ylabel()
    'Syrian refugees at end of year (millions)'
    """
    s = refugee_series(table)
    claim = _claim(figures)
    colors = [COLORS["estimate"], "#2e8b57", "#d68910", "#6c3483", "#5d6d7e", "#17a2b8"]
    with style():
        fig, ax = new_figure(9.0, 5.2)
        ends = []
        for iso, color in zip(("TUR", *OTHER_HOSTS), colors, strict=True):
            one = s[s["iso3"] == iso].sort_values("year")
            ax.plot(
                one["year"],
                one["refugees"] / 1e6,
                color=color,
                marker="o",
                ms=3.5,
                lw=2.4 if iso == "TUR" else 1.4,
            )
            last = one.iloc[-1]
            ends.append([last["refugees"] / 1e6, last["year"], HOST_NAMES[iso], color])
        top = max(s["refugees"].max(), claim["value"]) / 1e6 * 1.22
        # direct labels at the line ends, pushed apart so that they never overlap
        gap = 0.045 * top
        ends.sort()
        for k in range(1, len(ends)):
            ends[k][0] = max(ends[k][0], ends[k - 1][0] + gap)
        for y, x, name, color in ends:
            ax.text(x + 0.15, y, name, va="center", fontsize=8.5, color=color)
        v = claim["value"] / 1e6
        ax.annotate(
            "",
            xy=(CLAIM_YEAR, v + 0.12 * top),
            xytext=(CLAIM_YEAR, v),
            arrowprops={"arrowstyle": "-|>", "color": COLORS["reported"], "lw": 2},
        )
        ax.plot(
            [CLAIM_YEAR - 0.3, CLAIM_YEAR + 0.3],
            [v, v],
            color=COLORS["reported"],
            lw=2.5,
            label='seed article: "more than 3.5 million" in Turkey (lower bound)',
        )
        tur = s[(s["iso3"] == "TUR") & (s["year"] == CLAIM_YEAR)]["refugees"]
        if not tur.empty:
            ax.annotate(
                f"UNHCR end-{CLAIM_YEAR}: {tur.iloc[0] / 1e6:.2f} million",
                (CLAIM_YEAR, tur.iloc[0] / 1e6),
                xytext=(30, -45),
                textcoords="offset points",
                ha="left",
                fontsize=9,
                arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.8},
            )
        last_year = int(s["year"].max())
        ax.set_xlim(2010.5, last_year + 1.3)
        ax.set_ylim(0, top)
        ax.set_xticks(range(2011, last_year + 1, 2))
        ax.yaxis.set_major_formatter(thousands(1))
        ax.set_xlabel("year (UNHCR end-year stock)")
        ax.set_ylabel("Syrian refugees at end of year (millions)")
        ax.set_title(f"Syrian refugees by host country, 2011–{last_year}")
        ax.legend(loc="upper left", fontsize=8.5)
        add_source(fig, UNHCR_SOURCE + "; claim as quoted in the seed article (29 Jan 2020)")
    return fig


def burden_series(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Syrian refugees per 1,000 inhabitants for every host and year with a bundled denominator.

    Each row comes from :func:`idlibstats.burden` (UNHCR end-year stock over the host's
    end-year population from the bundled ``host_population`` table, whose ``source`` column
    cites each denominator).

    Examples
    --------
    >>> from idlibstats.plot.refugees import burden_series
    >>> b = burden_series()
    >>> round(float(b.loc[(b["iso3"] == "TUR") & (b["year"] == 2019), "per_1000"].iloc[0]), 1)
    43.0
    """
    from idlibstats import burden, datasets

    s = refugee_series(table)
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
            }
        )
    return pd.DataFrame(rows).sort_values(["iso3", "year"], ignore_index=True)


def refugee_burden(
    table: pd.DataFrame | None = None, figures: pd.DataFrame | None = None
) -> Figure:
    """Syrian refugees per 1,000 inhabitants of each host with a bundled population figure.

    The seed article's "more than 3.5 million" in Turkey becomes a lower bound on the burden
    at the end of 2019 (tick and upward arrow), from :func:`idlibstats.burden`.

    Examples
    --------
    >>> from idlibstats.plot.refugees import refugee_burden
    >>> refugee_burden().axes[0].get_ylabel()
    'Syrian refugees per 1,000 inhabitants'
    """
    from idlibstats import burden

    b = burden_series(table)
    claim = _claim(figures)
    cb = burden(claim, "TUR", CLAIM_YEAR)
    colors = {
        "TUR": COLORS["estimate"],
        "LBN": "#2e8b57",
        "JOR": "#d68910",
        "DEU": "#6c3483",
        "IRQ": "#5d6d7e",
        "EGY": "#17a2b8",
    }
    with style():
        fig, ax = new_figure(9.0, 5.0)
        for iso, one in b.groupby("iso3", sort=True):
            color = colors.get(iso, "#333333")
            ax.plot(
                one["year"],
                one["per_1000"],
                marker="o",
                ms=3.5,
                color=color,
                lw=2.4 if iso == "TUR" else 1.4,
            )
            last = one.iloc[-1]
            ax.text(
                last["year"] + 0.15,
                last["per_1000"],
                HOST_NAMES.get(iso, iso),
                va="center",
                fontsize=8.5,
                color=color,
            )
        top = 1.3 * max(b["per_1000"].max(), cb.estimate)
        ax.plot(
            [CLAIM_YEAR - 0.3, CLAIM_YEAR + 0.3],
            [cb.estimate] * 2,
            color=COLORS["reported"],
            lw=2.5,
            label=f"seed article: > 3.5 million in Turkey = ≥ {cb.estimate:.1f} per 1,000 "
            "(lower bound)",
        )
        ax.annotate(
            "",
            xy=(CLAIM_YEAR, cb.estimate + 0.12 * top),
            xytext=(CLAIM_YEAR, cb.estimate),
            arrowprops={"arrowstyle": "-|>", "color": COLORS["reported"], "lw": 2},
        )
        ax.set_ylim(0, top)
        ax.set_xlim(2010.5, b["year"].max() + 1.3)
        ax.set_xticks(range(2011, int(b["year"].max()) + 1, 2))
        ax.set_xlabel("year (UNHCR end-year stock over end-year population)")
        ax.set_ylabel("Syrian refugees per 1,000 inhabitants")
        ax.set_title("Burden on host countries: Syrian refugees per 1,000 inhabitants")
        ax.legend(loc="upper left", fontsize=8.5)
        add_source(
            fig,
            UNHCR_SOURCE + "\nPopulation: national statistics offices as cited in "
            "idlibstats host_population (TurkStat, Destatis...)",
        )
    return fig
