"""One shared look for every idlibstats figure, and byte-stable saving.

Nothing here changes matplotlib's global state on import: figure functions draw inside
:func:`style` (an ``rc_context``) and :func:`save_figure` applies the saving settings only while
it writes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

#: rcParams of the idlibstats style (readable fonts, light grid, no top/right spines).
STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 10.5,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10.5,
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 9.5,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "axes.prop_cycle": mpl.cycler(
        color=["#1f5a96", "#c0392b", "#2e8b57", "#d68910", "#6c3483", "#5d6d7e"]
    ),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "standard",  # fixed canvas: bbox="tight" can shift by a pixel between runs
    "svg.hashsalt": "idlibstats",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "image.cmap": "viridis",
}

#: Colours with a meaning, reused across figures.
COLORS = {
    "reported": "#c0392b",  # a figure as reported in the article
    "estimate": "#1f5a96",  # a model or data-set estimate
    "interval": "#1f5a96",
    "data": "#5d6d7e",
    "highlight": "#d68910",
}


def thousands(decimals: int = 0) -> StrMethodFormatter:
    """A new tick formatter with a thousands separator (1,300 not 1300)."""
    return StrMethodFormatter(f"{{x:,.{decimals}f}}")


UCDP_SOURCE = "Source: UCDP GED 652.1601.1911, CC BY 4.0"
UNHCR_SOURCE = "Source: UNHCR Refugee Data Finder (refugees R package 2025.12.1), CC BY 4.0"
OCHA_SOURCE = "Boundaries: OCHA COD-AB Syria v02 (2020-12-17), CC BY 3.0 IGO"
SEED_SOURCE = "Source: seed article (29 Jan 2020) as hand-checked in idlibstats seed_figures"

#: The Turkey-Russia memorandum (Sochi) on the Idlib de-escalation zone.
SOCHI = pd.Timestamp("2018-09-17")

#: How a figure-table qualifier reads in a label.
QUALIFIER_WORDS = {
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
    "exact": "",
    "approx": "about",
    "vague": "at least",
}

# Metadata entries that hold dates or version strings, per output format.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Draw inside this context to get the idlibstats look.

    Examples
    --------
    >>> from idlibstats.plot.style import style, new_figure
    >>> with style():
    ...     fig, ax = new_figure()
    """
    with mpl.rc_context(STYLE):
        yield


def new_figure(width: float = 8.0, height: float = 4.8, **subplots: Any) -> tuple[Figure, object]:
    """A Figure (not registered with pyplot, so nothing leaks) and its axes.

    Keyword arguments go to :meth:`matplotlib.figure.Figure.subplots`.
    """
    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(**subplots)
    return fig, axes


def add_source(fig: Figure, text: str) -> None:
    r"""Write a source line in small grey type at the bottom left of ``fig``.

    Several sources may be given on separate lines (``"\n"``). The line is stored on the figure
    as ``fig._idlibstats_source`` so tests and readers can find it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    text : str
        The source line(s), e.g. ``"Source: UCDP GED 19.1"``.

    Returns
    -------
    None
        The line is drawn on ``fig`` and kept in ``fig._idlibstats_source``.

    Examples
    --------
    >>> from idlibstats.plot.style import add_source, new_figure
    >>> fig, ax = new_figure()
    >>> add_source(fig, "Source: UCDP GED 652.1601.1911, CC BY 4.0")
    >>> fig._idlibstats_source
    'Source: UCDP GED 652.1601.1911, CC BY 4.0'
    """
    fig.supxlabel(text, x=0.01, ha="left", fontsize=8, color="#555555", fontweight="normal")
    fig._idlibstats_source = text


def set_title(fig: Figure, text: str) -> None:
    """Title of the whole figure, left-aligned at the figure edge (clear of long tick labels)."""
    fig.suptitle(text, x=0.01, ha="left", fontsize=STYLE["axes.titlesize"] + 1, fontweight="bold")


def axes_title(ax: Axes) -> str:
    """The title of ``ax`` wherever it sits (the style puts titles on the left)."""
    return next((t for loc in ("left", "center", "right") if (t := ax.get_title(loc=loc))), "")


def figure_title(fig: Figure) -> str:
    """The title of ``fig``: its suptitle, else the title of its first axes.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.

    Returns
    -------
    str
        Empty when it has no title.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> fig = Figure()
    >>> _ = fig.suptitle("Civilian deaths")
    >>> figure_title(fig)
    'Civilian deaths'
    """
    sup = fig._suptitle.get_text() if fig._suptitle is not None else ""
    return sup or (axes_title(fig.axes[0]) if fig.axes else "")


def year_axis(ax: Axes) -> None:
    """Date x-axis with a labelled tick per year and minor ticks per quarter."""
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))


def mark_sochi(ax: Axes, label: str = " Sochi agreement\n 17 Sept 2018") -> None:
    """Dashed vertical line at :data:`SOCHI` on a date axis, labelled at the top."""
    ax.axvline(SOCHI, color="#777777", lw=1, ls="--")
    ax.text(
        SOCHI,
        0.98,
        label,
        transform=ax.get_xaxis_transform(),
        va="top",
        ha="left",
        fontsize=8.5,
        color="#555555",
    )


def figure_words(row: pd.Series, scale: float = 1.0, unit: str = "") -> str:
    """A figure-table row as worded: qualifier and value, e.g. ``"more than 1,300"``.

    Examples
    --------
    >>> import pandas as pd
    >>> from idlibstats.plot.style import figure_words
    >>> figure_words(pd.Series({"qualifier": "more_than", "value": 3.5e6}), 1e6, " million")
    'more than 3.5 million'
    """
    words = QUALIFIER_WORDS.get(str(row["qualifier"]), "")
    number = f"{row['value'] / scale:,.1f}{unit}" if scale != 1 else f"{row['value']:,.0f}"
    return f"{words} {number}".strip()


def period_words(start: str | pd.Timestamp, end: str | pd.Timestamp, short: bool = False) -> str:
    """A closed period as words.

    ``"1 May – 31 Aug 2019 (123 days)"``, or ``"May–Aug 2019"`` with ``short=True`` (whole
    months).

    Examples
    --------
    >>> from idlibstats.plot.style import period_words
    >>> period_words("2019-05-01", "2019-08-31")
    '1 May – 31 Aug 2019 (123 days)'
    >>> period_words("2019-05-01", "2019-08-31", short=True)
    'May–Aug 2019'
    """
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if short:
        first = f"{start:%b}" if start.year == end.year else f"{start:%b %Y}"
        return f"{first}–{end:%b %Y}"
    first = f"{start:%-d %b}" if start.year == end.year else f"{start:%-d %b %Y}"
    return f"{first} – {end:%-d %b %Y} ({(end - start).days + 1} days)"


def spread_labels(targets: list[float], gap: float, floor: float | None = None) -> list[float]:
    """Positions for labels wanted at ``targets``, neighbours at least ``gap`` apart.

    Each group of crowded labels stays centred on where its labels want to be (but no
    label below ``floor``, when given).

    Matplotlib has no label-repel; this is the usual one-dimensional cluster merge.

    Examples
    --------
    >>> from idlibstats.plot.style import spread_labels
    >>> [f"{y:.3f}" for y in spread_labels([1.0, 1.05, 3.0], gap=0.2)]
    ['0.925', '1.125', '3.000']
    """
    order = sorted(range(len(targets)), key=lambda i: targets[i])
    clusters: list[tuple[list[int], float]] = []  # (indices bottom-up, bottom position)
    for i in order:
        clusters.append(([i], targets[i]))
        while len(clusters) > 1:
            (a, a0), (b, b0) = clusters[-2], clusters[-1]
            if a0 + len(a) * gap <= b0:
                break
            idx = a + b
            bottom = sum(targets[j] - k * gap for k, j in enumerate(idx)) / len(idx)
            clusters[-2:] = [(idx, bottom)]
    out = [0.0] * len(targets)
    for idx, bottom in clusters:
        for k, j in enumerate(idx):
            out[j] = bottom + k * gap
    if floor is not None:  # lift the lowest labels, keeping every gap
        prev = floor - gap
        for j in order:
            out[j] = prev = max(out[j], prev + gap)
    return out


def save_figure(fig: Figure, path: str | Path, format: str | None = None) -> Path:
    """Save ``fig`` to ``path`` so that two saves give identical bytes.

    Dates and software versions are left out of the metadata, SVG ids use a fixed hash salt.
    The format comes from the suffix (png, svg or pdf) unless ``format`` is given.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    path : str or pathlib.Path
        The file to write; parent folders are made.
    format : str, optional
        ``"png"``, ``"svg"`` or ``"pdf"``; from the suffix of ``path`` by default.

    Returns
    -------
    pathlib.Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from idlibstats.plot.style import new_figure, save_figure
    >>> fig, ax = new_figure()
    >>> out = save_figure(fig, pathlib.Path(tempfile.mkdtemp()) / "x.svg")
    >>> out.suffix
    '.svg'
    """
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in _METADATA:
        raise ValueError(f"unsupported figure format {fmt!r}: use one of png, svg, pdf")
    path.parent.mkdir(parents=True, exist_ok=True)
    with mpl.rc_context(
        {
            k: STYLE[k]
            for k in ("svg.hashsalt", "svg.fonttype", "pdf.fonttype", "savefig.dpi", "savefig.bbox")
        }
    ):
        fig.savefig(path, format=fmt, metadata=dict(_METADATA[fmt]))
    return path
