"""Draw a reported figure or an estimate honestly: bounds as intervals, open ends as arrows."""

from __future__ import annotations

import math

from matplotlib.axes import Axes


def _isnan(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def open_ended(lower: float, upper: float) -> str:
    """Which side of an interval is open: "upper", "lower", "both" or "none"."""
    lo_open = _isnan(lower) or lower == -math.inf
    hi_open = _isnan(upper) or upper == math.inf
    if lo_open and hi_open:
        return "both"
    return "upper" if hi_open else "lower" if lo_open else "none"


def draw_interval(
    ax: Axes,
    y: float,
    estimate: float,
    lower: float,
    upper: float,
    *,
    xmax: float,
    xmin: float = 0.0,
    color: str = "#1f5a96",
    label: str | None = None,
    marker: str = "o",
) -> None:
    """Draw one horizontal interval at height ``y``.

    A closed interval is a line with end ticks; an open upper end (``upper`` NaN or inf) is an
    arrow running to ``xmax`` so the figure never suggests an upper limit that nobody gave; an
    open lower end is an arrow running to ``xmin``. The point estimate (or the bound itself when
    nothing better exists) is a marker.
    """
    side = open_ended(lower, upper)
    arrow = {"arrowstyle": "-|>", "color": color, "lw": 2, "mutation_scale": 14}
    if side == "upper":
        ax.annotate("", xy=(xmax, y), xytext=(lower, y), arrowprops=arrow, annotation_clip=False)
        ax.plot([lower, lower], [y - 0.12, y + 0.12], color=color, lw=2)
    elif side == "lower":
        ax.annotate("", xy=(xmin, y), xytext=(upper, y), arrowprops=arrow, annotation_clip=False)
        ax.plot([upper, upper], [y - 0.12, y + 0.12], color=color, lw=2)
    elif side == "none" and lower != upper:
        ax.plot([lower, upper], [y, y], color=color, lw=2)
        for x in (lower, upper):
            ax.plot([x, x], [y - 0.12, y + 0.12], color=color, lw=2)
    if not _isnan(estimate):
        ax.plot(
            [estimate],
            [y],
            marker=marker,
            color=color,
            ms=7,
            ls="none",
            label=label,
            mfc="white" if side == "both" else color,
            zorder=3,
        )
