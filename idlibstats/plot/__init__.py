"""Scripted figures: one plain function per figure, each returning a matplotlib Figure.

:data:`FIGURES` lists every figure of the notebooks (name -> ``"module:function"``); the
``idlibstats figures`` command and ``idlibstats report`` both write them through
:func:`write_figures`, so a figure in the report is the figure in the notebook.

Examples
--------
>>> from idlibstats import plot
>>> fig = plot.seed_headlines()
>>> plot.figure_title(fig)
"The seed article's three headline figures, as worded"
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from matplotlib.figure import Figure

from idlibstats.plot.deaths import (
    civilian_deaths_monthly,
    monthly_series,
    period_totals,
    un_vs_ucdp,
)
from idlibstats.plot.geo import idlib_boundaries
from idlibstats.plot.headline import headline_rows, seed_headlines, seed_rates
from idlibstats.plot.maps import death_bins, district_deaths, idlib_district_deaths, idlib_map
from idlibstats.plot.refugees import (
    burden_series,
    partial_years,
    refugee_burden,
    refugee_series,
    refugees_by_host,
    series_ends,
)
from idlibstats.plot.style import add_source, figure_title, save_figure, style
from idlibstats.plot.trends import (
    changepoint_results,
    fitted_bands,
    idlib_changepoints,
    idlib_its,
    its_result,
)

#: Every scripted figure, in report order: file stem -> "module:function" (no arguments needed).
FIGURES: dict[str, str] = {
    "01_seed_headlines": "idlibstats.plot.headline:seed_headlines",
    "01_seed_rates": "idlibstats.plot.headline:seed_rates",
    "02_civilian_deaths_monthly": "idlibstats.plot.deaths:civilian_deaths_monthly",
    "02_un_vs_ucdp": "idlibstats.plot.deaths:un_vs_ucdp",
    "03_idlib_map": "idlibstats.plot.maps:idlib_map",
    "03_idlib_district_deaths": "idlibstats.plot.maps:idlib_district_deaths",
    "04_refugees_by_host": "idlibstats.plot.refugees:refugees_by_host",
    "04_refugee_burden": "idlibstats.plot.refugees:refugee_burden",
    "05_idlib_its": "idlibstats.plot.trends:idlib_its",
    "05_idlib_changepoints": "idlibstats.plot.trends:idlib_changepoints",
}


def figure_function(name: str) -> Callable[[], Figure]:
    """The function that draws figure ``name`` of :data:`FIGURES`.

    Parameters
    ----------
    name : str
        A key of :data:`FIGURES`, e.g. ``"03_idlib_map"``.

    Returns
    -------
    callable
        Draws the figure with the bundled data and returns it.

    Examples
    --------
    >>> figure_function("03_idlib_map").__name__
    'idlib_map'
    """
    try:
        module, func = FIGURES[name].split(":")
    except KeyError:
        raise KeyError(f"no figure {name!r}; available: {', '.join(FIGURES)}") from None
    return getattr(importlib.import_module(module), func)


def write_figures(
    out_dir: str | Path, format: str = "png", names: list[str] | None = None
) -> list[Path]:
    """Draw and save every figure (or those in ``names``) into ``out_dir`` as ``NAME.format``.

    Returns the paths written, in the order of :data:`FIGURES`. Output is byte-identical across
    runs (see :func:`save_figure`).

    Parameters
    ----------
    out_dir : str or pathlib.Path
        The folder to write into (made if missing).
    format : {"png", "svg", "pdf"}
        The file format.
    names : list of str, optional
        Keys of :data:`FIGURES`; all by default.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of ``names`` (default: that of :data:`FIGURES`).

    Examples
    --------
    >>> import tempfile
    >>> [p.name for p in write_figures(tempfile.mkdtemp(), names=["03_idlib_map"])]
    ['03_idlib_map.png']
    """
    out_dir = Path(out_dir)
    written = []
    for name in names or list(FIGURES):
        fig = figure_function(name)()
        written.append(save_figure(fig, out_dir / f"{name}.{format}", format=format))
    return written


__all__ = [
    "FIGURES",
    "add_source",
    "burden_series",
    "changepoint_results",
    "civilian_deaths_monthly",
    "death_bins",
    "district_deaths",
    "figure_function",
    "figure_title",
    "fitted_bands",
    "headline_rows",
    "idlib_boundaries",
    "idlib_changepoints",
    "idlib_district_deaths",
    "idlib_its",
    "idlib_map",
    "its_result",
    "monthly_series",
    "partial_years",
    "period_totals",
    "refugee_burden",
    "refugee_series",
    "refugees_by_host",
    "save_figure",
    "seed_headlines",
    "seed_rates",
    "series_ends",
    "style",
    "un_vs_ucdp",
    "write_figures",
]
