"""Map of Idlib's districts and sub-districts with the places the seed article names."""

from __future__ import annotations

import math

from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath

from idlibstats.plot._data import table_or_dataset
from idlibstats.plot.style import (
    COLORS,
    OCHA_SOURCE,
    UCDP_SOURCE,
    add_source,
    new_figure,
    period_words,
    style,
    thousands,
)

# Label offsets (points) for the article's places so that labels do not cover each other.
_PLACE_OFFSETS = {
    "Idlib city": (-8, 6, "right"),
    "Maarat al-Numan": (-8, 6, "right"),
    "Abu al-Duhour": (8, -2, "left"),
    "al-Hader": (8, 2, "left"),
    "al-Habit": (-8, -6, "right"),
}


# Where to write the neighbours' names (lon, lat): outside Idleb, clear of the places.
_REGION_LABELS = {
    "Aleppo": (37.22, 36.25),
    "Hama": (36.42, 35.33),
    "Lattakia": (36.12, 35.62),
    "TURKEY": (36.72, 36.41),
}

# On the choropleth, place labels go right of their point, clear of the district labels.
_CHOROPLETH_OFFSETS = {"Idlib city": (7, 6, "left"), "al-Habit": (-7, 0, "right")}


def _patch(geom, **kw) -> PathPatch:
    """A matplotlib patch for a shapely (Multi)Polygon, holes included."""
    verts, codes = [], []
    polys = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    for poly in polys:
        for ring in (poly.exterior, *poly.interiors):
            xy = list(ring.coords)
            verts += xy
            codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY]
    return PathPatch(MplPath(verts, codes), **kw)


def _boundaries(boundaries):
    if boundaries is None:
        from idlibstats.plot.geo import idlib_boundaries

        boundaries = idlib_boundaries()
    return boundaries


def _frame(ax, geom, pad: float = 0.1) -> None:
    """Frame ``ax`` on ``geom`` (lon/lat) with equal-distance aspect and labelled axes."""
    minx, miny, maxx, maxy = geom.bounds
    ax.set_xlim(minx - pad, maxx + pad)
    ax.set_ylim(miny - pad, maxy + pad)
    ax.set_aspect(1 / math.cos(math.radians((miny + maxy) / 2)))
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    ax.grid(False)


def _label_inside(fig, ax, items, **text_kw) -> None:
    """Write each ``(polygon, text)`` of ``items`` inside its polygon, clear of every text and
    marker already on ``ax`` and of the labels placed before it.

    Candidate spots are a grid over the polygon, tried nearest the polygon's representative
    point first; the first spot whose text box lies inside the polygon and touches nothing wins,
    else the spot with the least overlap. Text boxes are measured by the renderer, so the
    rule holds for any font size. (Matplotlib has no label placement of its own.)
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox
    from shapely.geometry import box as shp_box

    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # lays the figure out: transforms and text extents are final
    renderer = canvas.get_renderer()
    to_data = ax.transData.inverted()
    taken = [t.get_window_extent(renderer) for t in ax.texts if t.get_text()]
    for line in ax.get_lines():
        xy = line.get_xydata()
        if len(xy) and line.get_marker() not in ("None", "", None):
            r = line.get_markersize() * fig.dpi / 72 / 2 + 1
            for px, py in ax.transData.transform(xy):
                taken.append(Bbox([[px - r, py - r], [px + r, py + r]]))
    for geom, text in items:
        probe = ax.text(0, 0, text, ha="center", va="center", **text_kw)
        ext = probe.get_window_extent(renderer)
        w, h = ext.width + 2, ext.height + 2
        minx, miny, maxx, maxy = geom.bounds
        anchor = geom.representative_point()
        spots = [
            (minx + (maxx - minx) * i / 24, miny + (maxy - miny) * j / 24)
            for i in range(1, 24)
            for j in range(1, 24)
        ]
        spots = [(anchor.x, anchor.y)] + sorted(
            spots, key=lambda q: (q[0] - anchor.x) ** 2 + (q[1] - anchor.y) ** 2
        )
        best, best_cost = spots[0], math.inf
        for x, y in spots:
            cx, cy = ax.transData.transform((x, y))
            b = Bbox([[cx - w / 2, cy - h / 2], [cx + w / 2, cy + h / 2]])
            overlap = sum(
                max(0.0, min(b.x1, o.x1) - max(b.x0, o.x0))
                * max(0.0, min(b.y1, o.y1) - max(b.y0, o.y0))
                for o in taken
            )
            (x0, y0), (x1, y1) = to_data.transform([[b.x0, b.y0], [b.x1, b.y1]])
            outside = shp_box(x0, y0, x1, y1).difference(geom).area / ((x1 - x0) * (y1 - y0))
            cost = overlap / (w * h) + outside
            if cost < best_cost:
                best, best_cost = (x, y), cost
            if cost == 0:
                break
        probe.set_position(best)
        cx, cy = ax.transData.transform(best)
        taken.append(Bbox([[cx - w / 2, cy - h / 2], [cx + w / 2, cy + h / 2]]))


def _mark_places(ax, places, offsets, default, dot: dict, label: dict) -> None:
    """A white-edged dot and a name label per place (point geometries).

    A label sits ``offsets[name]`` = ``(dx, dy, ha)`` points from its dot (else ``default``);
    ``dot`` and ``label`` are the keyword arguments of the marker and of the text.
    """
    for _, r in places.iterrows():
        g = r["geometry"]
        dx, dy, ha = offsets.get(r["name"], default)
        ax.plot(g.x, g.y, marker="o", mec="white", ls="none", **dot)
        ax.annotate(
            r["name"],
            (g.x, g.y),
            xytext=(dx, dy),
            textcoords="offset points",
            ha=ha,
            va="center",
            **label,
        )


def idlib_map(boundaries=None) -> Figure:
    """Idleb governorate (SY07): districts, sub-districts (OCHA P-codes) and the article's places.

    Parameters
    ----------
    boundaries : pandas.DataFrame, optional
        As returned by :func:`idlibstats.plot.geo.idlib_boundaries` (the default).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from idlibstats.plot.maps import idlib_map
    >>> idlib_map().axes[0].get_xlabel()
    'longitude (°E)'
    """
    boundaries = _boundaries(boundaries)
    by_kind = {k: g for k, g in boundaries.groupby("kind")}
    idleb = by_kind["adm1"].set_index("pcode").loc["SY07", "geometry"]
    with style():
        fig, ax = new_figure(8.0, 7.6)
        for _, r in by_kind["adm1"].iterrows():
            if r["pcode"] == "SY07":
                continue
            ax.add_patch(_patch(r["geometry"], fc="#f2f2f2", ec="#999999", lw=0.8))
        for name, (x, y) in _REGION_LABELS.items():
            ax.text(
                x, y, name, ha="center", va="center", color="#888888", fontsize=10.5, style="italic"
            )
        for _, r in by_kind["adm3"].iterrows():
            ax.add_patch(_patch(r["geometry"], fc="#fbf7ee", ec="#b8a98a", lw=0.5))
        for _, r in by_kind["adm2"].iterrows():
            ax.add_patch(_patch(r["geometry"], fc="none", ec="#4d4d4d", lw=1.4))
        for _, r in by_kind["adm2"].iterrows():
            p = r["geometry"].representative_point()
            ax.text(
                p.x,
                p.y + 0.035,
                f"{r['name']}\n{r['pcode']}",
                ha="center",
                va="bottom",
                fontsize=8.5,
                fontweight="bold",
                color="#333333",
                zorder=3,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
            )
        places = by_kind.get("place")
        if places is not None:
            _mark_places(
                ax,
                places,
                _PLACE_OFFSETS,
                (6, 0, "left"),
                dot={"ms": 7, "color": COLORS["reported"], "zorder": 4},
                label={
                    "fontsize": 9.5,
                    "color": COLORS["reported"],
                    "fontweight": "bold",
                    "zorder": 5,
                },
            )
            ax.plot(
                [],
                [],
                marker="o",
                ms=7,
                color=COLORS["reported"],
                ls="none",
                label="named in the seed article",
            )
        ax.plot([], [], color="#4d4d4d", lw=1.4, label="district (admin 2)")
        ax.plot([], [], color="#b8a98a", lw=0.8, label="sub-district (admin 3), P-code")
        _frame(ax, idleb)
        ax.legend(loc="upper left", frameon=True, framealpha=0.9)
        ax.set_title(
            "Idleb governorate (SY07): districts, sub-districts\nand the places the "
            "seed article names"
        )
        # sub-district P-codes last, placed clear of everything drawn above
        _label_inside(
            fig,
            ax,
            [(r["geometry"], r["pcode"]) for _, r in by_kind["adm3"].iterrows()],
            fontsize=5.5,
            color="#8a7b5c",
        )
        add_source(
            fig, OCHA_SOURCE + "; al-Habit location: " + UCDP_SOURCE.removeprefix("Source: ")
        )
    return fig


def district_deaths(
    district=None, start: str = "2019-05-01", end: str = "2019-08-31", column: str = "deaths_best"
):
    """UCDP deaths per Idleb district summed over whole months from ``start`` to ``end``.

    Returns a DataFrame ``adm2_pcode``, ``adm2_name``, ``events``, ``deaths_best``,
    ``deaths_civilians`` (every district, zeros included), sorted by P-code.

    Examples
    --------
    >>> from idlibstats.plot.maps import district_deaths
    >>> district_deaths()["adm2_pcode"].tolist()
    ['SY0700', 'SY0702', 'SY0703', 'SY0704', 'SY0705']
    """
    district = table_or_dataset(district, "ucdp_deaths_monthly_district")
    d = district[
        (district["adm1_pcode"] == "SY07")
        & (district["period_start"] >= start)
        & (district["period_end"] <= end)
    ]
    cols = ["events", "deaths_best", "deaths_civilians"]
    return d.groupby(["adm2_pcode", "adm2_name"], as_index=False)[cols].sum()


def idlib_district_deaths(
    district=None, boundaries=None, start: str = "2019-05-01", end: str = "2019-08-31"
) -> Figure:
    """Choropleth of UCDP deaths (best estimate) per Idleb district, May–August 2019 by default.

    Each district is shaded by its total and labelled with it (and the civilian part), with the
    article's places on top. Districts are large and unequal in population: the map shows where
    UCDP placed deaths, not risk per inhabitant.

    Examples
    --------
    >>> from idlibstats.plot.maps import idlib_district_deaths
    >>> idlib_district_deaths().axes[1].get_ylabel()
    'deaths, 1 May – 31 Aug 2019 (UCDP best)'
    """
    import matplotlib as mpl

    boundaries = _boundaries(boundaries)
    totals = district_deaths(district, start, end).set_index("adm2_pcode")
    adm2 = boundaries[boundaries["kind"] == "adm2"]
    idleb = boundaries[(boundaries["kind"] == "adm1") & (boundaries["pcode"] == "SY07")]
    norm = mpl.colors.Normalize(vmin=0, vmax=float(totals["deaths_best"].max()))
    cmap = mpl.colormaps["OrRd"]
    span = period_words(start, end).split(" (")[0]
    with style():
        fig, ax = new_figure(8.0, 7.2)
        for _, r in adm2.iterrows():
            row = totals.loc[r["pcode"]]
            ax.add_patch(
                _patch(r["geometry"], fc=cmap(norm(row["deaths_best"])), ec="#4d4d4d", lw=1.2)
            )
            g = r["geometry"]
            p = g.centroid if g.contains(g.centroid) else g.representative_point()
            civ = row["deaths_civilians"]
            ax.text(
                p.x,
                p.y,
                f"{r['name']}\n{row['deaths_best']:,} deaths\n"
                f"({civ:,} civilian{'' if civ == 1 else 's'})",
                ha="center",
                va="center",
                fontsize=8.5,
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8},
            )
        places = boundaries[boundaries["kind"] == "place"]
        _mark_places(
            ax,
            places,
            _CHOROPLETH_OFFSETS,
            (7, 0, "left"),
            dot={"ms": 6, "color": "#222222"},
            label={
                "fontsize": 8.5,
                "color": "#222222",
                "bbox": {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
            },
        )
        _frame(ax, idleb["geometry"].iloc[0])
        sm = mpl.cm.ScalarMappable(norm=norm, cmap=cmap)
        cbar = fig.colorbar(sm, ax=ax, shrink=0.7)
        cbar.set_label(f"deaths, {span} (UCDP best)")
        cbar.ax.yaxis.set_major_formatter(thousands())
        ax.set_title(f"Deaths recorded by UCDP per Idleb district, {span}")
        add_source(fig, UCDP_SOURCE + "; " + OCHA_SOURCE)
    return fig
