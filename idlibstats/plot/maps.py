"""Map of Idlib's districts and sub-districts with the places the seed article names."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import matplotlib as mpl
import pandas as pd
import shapely
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from numpy.typing import ArrayLike
from shapely.geometry import box as shp_box

from idlibstats.plot._data import table_or_dataset
from idlibstats.plot.geo import idlib_boundaries
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

# Where to write the neighbours' names (lon, lat): outside Idleb, clear of the places.
_REGION_LABELS = {
    "Aleppo": (37.22, 36.25),
    "Hama": (36.42, 35.33),
    "Lattakia": (36.12, 35.62),
    "TURKEY": (36.72, 36.41),
}

#: Where a place's name may go, in order of preference: offset (points) from its dot and
#: horizontal alignment (right, left, above right, above left, below right, below left).
_PLACE_SPOTS = (
    (7, 0, "left"),
    (-7, 0, "right"),
    (6, 8, "left"),
    (-6, 8, "right"),
    (6, -8, "left"),
    (-6, -8, "right"),
)


def _patch(geom: shapely.Geometry, **kw: Any) -> PathPatch:
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
        boundaries = idlib_boundaries()
    return boundaries


def _frame(ax: Axes, geom: shapely.Geometry, pad: float = 0.1) -> None:
    """Frame ``ax`` on ``geom`` (lon/lat) with equal-distance aspect and labelled axes."""
    minx, miny, maxx, maxy = geom.bounds
    ax.set_xlim(minx - pad, maxx + pad)
    ax.set_ylim(miny - pad, maxy + pad)
    ax.set_aspect(1 / math.cos(math.radians((miny + maxy) / 2)))
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    ax.grid(False)


def _extent(text, renderer):
    """Window extent of ``text`` including its background box (``bbox=``), in pixels."""
    ext = text.get_window_extent(renderer)
    patch = text.get_bbox_patch()
    if patch is None:
        return ext
    pad = patch.get_boxstyle().pad * text.get_fontsize() * text.figure.dpi / 72
    return Bbox([[ext.x0 - pad, ext.y0 - pad], [ext.x1 + pad, ext.y1 + pad]])


def _overlap(box: Bbox, taken: list[Bbox]) -> float:
    """Area of ``box`` covered by the boxes of ``taken`` (pixels squared, overlaps summed)."""
    return sum(
        max(0.0, min(box.x1, o.x1) - max(box.x0, o.x0))
        * max(0.0, min(box.y1, o.y1) - max(box.y0, o.y0))
        for o in taken
    )


class _Layout:
    """Greedy label placement on a drawn map.

    Each label takes the first candidate spot whose
    box touches no box already taken (texts, markers, the legend) and stays on the map (and
    in its unit, when one is given), else the spot of least cost (overlap with what is taken
    and off the map counts ten times the share spilling out of its unit), and then takes its
    box.

    Matplotlib has no label placement of its own; this is the usual greedy candidate rule.
    Text boxes are measured by the renderer, so it holds for any font size; a candidate's
    box is taken :attr:`MARGIN` pixels larger, so labels never touch.
    """

    MARGIN = 1.5

    def __init__(self, fig, ax):
        canvas = FigureCanvasAgg(fig)
        canvas.draw()  # lays the figure out: transforms and text extents are final
        self.ax, self.renderer = ax, canvas.get_renderer()
        self.taken = [_extent(t, self.renderer) for t in ax.texts if t.get_text()]
        if ax.get_legend() is not None:
            self.taken.append(ax.get_legend().get_window_extent(self.renderer))
        for line in ax.get_lines():
            xy = line.get_xydata()
            if len(xy) and line.get_marker() not in ("None", "", None):
                r = line.get_markersize() * fig.dpi / 72 / 2 + 1
                for px, py in ax.transData.transform(xy):
                    self.taken.append(Bbox([[px - r, py - r], [px + r, py + r]]))

    def place(
        self,
        text: Text,
        spots: Iterable,
        move: Callable[[Text, Any], None],
        outside: Callable[[Bbox], float] | None = None,
    ) -> None:
        """Move ``text`` to the best of ``spots``.

        ``move(text, spot)`` puts it there and ``outside(box)`` (optional) is the share of its box
        that falls where it should not.
        """
        frame = self.ax.get_window_extent(self.renderer)
        best, best_cost = spots[0], math.inf
        for spot in spots:
            move(text, spot)
            box = _extent(text, self.renderer).padded(self.MARGIN)
            area = box.width * box.height
            # covering another label or leaving the map is worse than spilling out of a unit
            cost = 10 * (_overlap(box, self.taken) + area - _overlap(box, [frame])) / area
            if outside is not None:
                cost += outside(box)
            if cost < best_cost:
                best, best_cost = spot, cost
            if cost == 0:
                break
        move(text, best)
        self.taken.append(_extent(text, self.renderer))


def _label_inside(fig: Figure, ax: Axes, items: Iterable[tuple], **text_kw: Any) -> list:
    """Write each ``(polygon, text)`` of ``items`` inside its polygon, clear of the rest.

    Clear of every text, marker and legend already on ``ax`` and of the labels placed before
    it (:class:`_Layout`).

    Candidate spots are a grid over the polygon, tried nearest the polygon's centroid (its
    representative point when the centroid falls outside) first. Returns the texts.
    """
    layout = _Layout(fig, ax)
    to_data = ax.transData.inverted()
    texts = []
    for geom, label in items:
        text = ax.text(0, 0, label, ha="center", va="center", **text_kw)
        minx, miny, maxx, maxy = geom.bounds
        anchor = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
        grid = [
            (minx + (maxx - minx) * i / 24, miny + (maxy - miny) * j / 24)
            for i in range(1, 24)
            for j in range(1, 24)
        ]
        spots = [(anchor.x, anchor.y)] + sorted(
            grid, key=lambda q: (q[0] - anchor.x) ** 2 + (q[1] - anchor.y) ** 2
        )

        def outside(b, geom=geom):
            (x0, y0), (x1, y1) = to_data.transform([[b.x0, b.y0], [b.x1, b.y1]])
            return shp_box(x0, y0, x1, y1).difference(geom).area / ((x1 - x0) * (y1 - y0))

        layout.place(text, spots, lambda t, xy: t.set_position(xy), outside)
        texts.append(text)
    return texts


def _mark_places(ax: Axes, places: pd.DataFrame, dot: dict) -> None:
    """A white-edged dot per place (point geometries); ``dot`` are the marker's arguments."""
    for _, r in places.iterrows():
        g = r["geometry"]
        ax.plot(g.x, g.y, marker="o", mec="white", ls="none", **dot)


def _label_places(fig: Figure, ax: Axes, places: pd.DataFrame, **label_kw: Any) -> list:
    """Name each place next to its dot.

    At the first spot of :data:`_PLACE_SPOTS` that is clear of everything already drawn
    (:class:`_Layout`). Returns the annotations.
    """
    layout = _Layout(fig, ax)
    texts = []

    def move(t, spot):
        dx, dy, ha = spot
        t.xyann = (dx, dy)
        t.set_horizontalalignment(ha)

    for _, r in places.iterrows():
        g = r["geometry"]
        t = ax.annotate(
            r["name"], (g.x, g.y), xytext=(0, 0), textcoords="offset points", va="center",
            **label_kw,
        )  # fmt: skip
        layout.place(t, list(_PLACE_SPOTS), move)
        texts.append(t)
    return texts


def idlib_map(boundaries: pd.DataFrame | None = None) -> Figure:
    """Idleb governorate (SY07): districts, sub-districts (OCHA P-codes) and the article's places.

    Parameters
    ----------
    boundaries : pandas.DataFrame, optional
        As returned by :func:`idlibstats.plot.geo.idlib_boundaries` (the default).

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

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
        places = by_kind.get("place")
        dot = {"ms": 7, "color": COLORS["reported"], "zorder": 4}
        if places is not None:
            _mark_places(ax, places, dot)
            ax.plot([], [], marker="o", ls="none", label="named in the seed article", **dot)
        ax.plot([], [], color="#4d4d4d", lw=1.4, label="district (admin 2)")
        ax.plot([], [], color="#b8a98a", lw=0.8, label="sub-district (admin 3), P-code")
        _frame(ax, idleb)
        ax.legend(loc="upper left", frameon=True, framealpha=0.9)
        ax.set_title(
            "Idleb governorate (SY07): districts, sub-districts\nand the places the "
            "seed article names"
        )
        add_source(
            fig, OCHA_SOURCE + "; al-Habit location: " + UCDP_SOURCE.removeprefix("Source: ")
        )
        # labels last, once the layout is final, each placed clear of everything drawn before
        # it: district names, then the article's places, then the sub-district P-codes
        _label_inside(
            fig,
            ax,
            [(r["geometry"], f"{r['name']}\n{r['pcode']}") for _, r in by_kind["adm2"].iterrows()],
            fontsize=8.5,
            fontweight="bold",
            color="#333333",
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
        )
        if places is not None:
            _label_places(
                fig,
                ax,
                places,
                fontsize=9.5,
                color=COLORS["reported"],
                fontweight="bold",
                zorder=5,
            )
        _label_inside(
            fig,
            ax,
            [(r["geometry"], r["pcode"]) for _, r in by_kind["adm3"].iterrows()],
            fontsize=5.5,
            color="#8a7b5c",
        )
    return fig


def district_deaths(
    district: pd.DataFrame | None = None,
    start: str = "2019-05-01",
    end: str = "2019-08-31",
    column: str = "deaths_best",
) -> pd.DataFrame:
    """UCDP deaths per Idleb district summed over whole months from ``start`` to ``end``.

    Returns a DataFrame ``adm2_pcode``, ``adm2_name``, ``events``, ``deaths_best``,
    ``deaths_civilians`` (every district, zeros included), sorted by P-code.

    Parameters
    ----------
    district : pandas.DataFrame, optional
        Monthly deaths per district; the bundled ``ucdp_deaths_monthly_district`` by default.
    start, end : str
        First and last day; whole months are summed.
    column : str
        The deaths column (``deaths_best``, ``deaths_low``, ``deaths_high``,
        ``deaths_civilians``).

    Returns
    -------
    pandas.DataFrame
        One row per Idleb district.

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


def death_bins(values: ArrayLike) -> list[int]:
    """Edges of a binned colour scale for counts.

    0, then steps of 1, 3, 10, 30, 100, ... from the largest step at or below the smallest positive
    count up to the first step above the largest count (about two bins a decade, so a count 300
    times another is not drawn as the same pale shade).

    Parameters
    ----------
    values : array-like
        The counts to shade.

    Returns
    -------
    list of int
        Increasing bin edges, starting at 0.

    Examples
    --------
    >>> from idlibstats.plot.maps import death_bins
    >>> death_bins([4, 56, 77, 159, 1477])
    [0, 3, 10, 30, 100, 300, 1000, 3000]
    >>> death_bins([0, 0])
    [0, 1]
    """
    values = [float(v) for v in values]
    positive = [v for v in values if v > 0]
    steps = [m * 10**k for k in range(15) for m in (1, 3)]
    low = max((x for x in steps if x <= min(positive)), default=1) if positive else 1
    top = max(values, default=0.0)
    return [0, *(x for x in steps if low <= x <= top), next(x for x in steps if x > top)]


def idlib_district_deaths(
    district: pd.DataFrame | None = None,
    boundaries: pd.DataFrame | None = None,
    start: str = "2019-05-01",
    end: str = "2019-08-31",
) -> Figure:
    """Choropleth of UCDP deaths (best estimate) per Idleb district, May–August 2019 by default.

    Each district is shaded by its total on a binned scale (:func:`death_bins`: about two
    bins a decade, since one district can hold hundreds of times the deaths of another) and
    labelled with the total (and the civilian part), with the article's places on top. Labels
    are placed clear of each other (see :class:`_Layout`). Districts are large and unequal in
    population: the map shows where UCDP placed deaths, not risk per inhabitant.

    Parameters
    ----------
    district : pandas.DataFrame, optional
        Monthly deaths per district; the bundled ``ucdp_deaths_monthly_district`` by default.
    boundaries : pandas.DataFrame, optional
        Shapes as from :func:`idlibstats.plot.geo.idlib_boundaries` (the default).
    start, end : str
        First and last day; whole months are summed.

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.maps import idlib_district_deaths
    >>> idlib_district_deaths().axes[1].get_ylabel()
    'deaths, 1 May – 31 Aug 2019 (UCDP best; binned scale)'
    """
    boundaries = _boundaries(boundaries)
    totals = district_deaths(district, start, end).set_index("adm2_pcode")
    adm2 = boundaries[boundaries["kind"] == "adm2"]
    idleb = boundaries[(boundaries["kind"] == "adm1") & (boundaries["pcode"] == "SY07")]
    cmap = mpl.colormaps["OrRd"]
    edges = death_bins(totals["deaths_best"])
    norm = mpl.colors.BoundaryNorm(edges, cmap.N)
    span = period_words(start, end).split(" (")[0]
    with style():
        fig, ax = new_figure(8.0, 7.2)
        for _, r in adm2.iterrows():
            row = totals.loc[r["pcode"]]
            ax.add_patch(
                _patch(r["geometry"], fc=cmap(norm(row["deaths_best"])), ec="#4d4d4d", lw=1.2)
            )
        places = boundaries[boundaries["kind"] == "place"]
        _mark_places(ax, places, {"ms": 6, "color": "#222222"})
        _frame(ax, idleb["geometry"].iloc[0])
        sm = mpl.cm.ScalarMappable(norm=norm, cmap=cmap)
        cbar = fig.colorbar(sm, ax=ax, shrink=0.7, ticks=edges)
        cbar.set_label(f"deaths, {span} (UCDP best; binned scale)")
        cbar.ax.yaxis.set_major_formatter(thousands())
        ax.set_title(f"Deaths recorded by UCDP per Idleb district, {span}")
        add_source(fig, UCDP_SOURCE + "; " + OCHA_SOURCE)  # before the labels: layout final
        items = []
        for _, r in adm2.iterrows():
            row = totals.loc[r["pcode"]]
            civ = row["deaths_civilians"]
            items.append(
                (
                    r["geometry"],
                    f"{r['name']}\n{row['deaths_best']:,} deaths\n"
                    f"({civ:,} civilian{'' if civ == 1 else 's'})",
                )
            )
        _label_inside(
            fig,
            ax,
            items,
            fontsize=8.5,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.8},
        )
        _label_places(
            fig,
            ax,
            places,
            fontsize=8.5,
            color="#222222",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
        )
    return fig
