"""The one qualifier -> bounds rule of idlibstats.

The figure table keeps the wording (:data:`~idlibstats.table.QUALIFIERS`) and the bounds it
states: ``lower = value`` for ``more_than``, ``at_least`` and ``vague``, ``upper = value`` for
``less_than`` and ``at_most``; the qualifier tells a strict bound from an inclusive one. Every
part of the package reads a figure's bounds through :func:`figure_bounds`: extraction and the
validator for the table's ``lower``/``upper`` columns, the estimators for the counts a figure
allows (a strict "more than 1,000" count is at least 1,001; "less than 50" at most 49).
"""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np

__all__ = ["APPROX_BAND", "LOWER_BOUNDED", "STRICT", "UPPER_BOUNDED", "figure_bounds"]

#: Default relative half-width of the band given to ``approx`` figures ("about 500": 450..550).
APPROX_BAND = 0.10

#: Qualifiers whose wording bounds the figure from below, and from above.
LOWER_BOUNDED = ("exact", "approx", "more_than", "at_least", "range", "vague")
UPPER_BOUNDED = ("exact", "approx", "less_than", "at_most", "range")
#: Strict qualifiers and the side they bound: the bound itself is excluded.
STRICT = {"more_than": "lower", "less_than": "upper"}
_KNOWN = frozenset(LOWER_BOUNDED + UPPER_BOUNDED)

Reading = Literal["table", "whole", "real"]


def _band(v: Any, approx_band: float) -> tuple[Any, Any]:
    """``v (1 - band), v (1 + band)`` without float noise (``100 * 1.1`` is 110.00000000000001)."""
    return np.round(v * (1 - approx_band), 9), np.round(v * (1 + approx_band), 9)


def _or(x: Any, default: Any) -> Any:
    """``x`` where it is given (not None or NaN), else ``default`` (elementwise for arrays)."""
    if x is None:
        return default
    if isinstance(x, int | float) and isinstance(default, int | float):  # numbers: no numpy
        return default if math.isnan(x) else x
    return np.where(np.isnan(np.asarray(x, dtype=float)), default, x)


def _scalar(x: Any) -> Any:
    if isinstance(x, int | float):  # extraction calls this once a figure: skip np.ndim
        return float(x)
    return float(x) if np.ndim(x) == 0 else np.asarray(x, dtype=float)


def figure_bounds(
    qualifier: str,
    value: Any,
    lower: Any = None,
    upper: Any = None,
    reading: Reading = "table",
    approx_band: float = APPROX_BAND,
) -> tuple[Any, Any]:
    """Bounds of a figure by its qualifier: the table's columns, or the values it allows.

    ``value``, ``lower`` and ``upper`` may be numbers or numpy arrays of one qualifier
    (elementwise); ``lower``/``upper`` are the table's columns (None or NaN: not given).

    ``reading="table"``: the ``(lower, upper)`` columns the contract sets, NaN for unbounded:
    ``exact`` ``(v, v)``; ``approx`` ``(NaN, NaN)``; ``more_than``, ``at_least`` and ``vague``
    ``(v, NaN)``; ``less_than``, ``at_most`` ``(NaN, v)``; ``range`` the given ends.

    ``reading="whole"``: the whole counts the figure allows, ``(cmin, cmax)`` with 0 and ``inf``
    for an open end. A lower bound is read from the table's ``lower`` (the ``value`` when not
    given), an upper bound from ``upper``: "more than x" is ``>= floor(x) + 1``, "at least x"
    ``>= ceil(x)``, "less than x" ``<= ceil(x) - 1``, "at most x" ``<= floor(x)``; a range keeps
    the whole counts inside it, ``approx`` the band ``v (1 -+ approx_band)`` rounded outwards.

    ``reading="real"``: the same with real ends (for percentages and interval arithmetic):
    bounds are not rounded and a strict bound is read as its closure ("more than 50%" is
    ``[50, inf]``); ``approx`` is the band itself.

    Parameters
    ----------
    qualifier : str
        One of :data:`QUALIFIERS`.
    value : float
        The figure as written.
    lower, upper : float, optional
        The figure's own bounds (a range "1,000 to 1,500").
    reading : {"table", "whole", "real"}
        Which bounds (see above).
    approx_band : float
        Half-width of the band an ``approx`` figure allows, as a share of ``value``.

    Returns
    -------
    tuple of float
        ``(lower, upper)``.

    Raises
    ------
    KeyError
        For an unknown qualifier (callers turn it into their own error naming the column).

    Examples
    --------
    >>> from idlibstats.table import figure_bounds
    >>> figure_bounds("more_than", 1000.0)
    (1000.0, nan)
    >>> figure_bounds("more_than", 1000.0, reading="whole")
    (1001.0, inf)
    >>> figure_bounds("less_than", 50.0, reading="whole")
    (0.0, 49.0)
    >>> figure_bounds("approx", 333.0, reading="whole")
    (299.0, 367.0)
    """
    if qualifier not in _KNOWN:
        raise KeyError(qualifier)
    v = _scalar(value)
    nan = math.nan
    if reading == "table":
        if qualifier == "exact":
            return v, v
        if qualifier == "range":
            return _scalar(_or(lower, nan)), _scalar(_or(upper, nan))
        if qualifier == "approx":
            return v * nan, v * nan
        if qualifier in LOWER_BOUNDED:
            return v, v * nan
        return v * nan, v
    if reading not in ("whole", "real"):
        raise ValueError(f"reading={reading!r} must be 'table', 'whole' or 'real'")
    whole = reading == "whole"
    if qualifier == "exact":
        return v, v
    if qualifier == "approx":
        lo, hi = _band(v, approx_band)
        return (
            (_scalar(np.floor(lo)), _scalar(np.ceil(hi))) if whole else (_scalar(lo), _scalar(hi))
        )
    if qualifier in LOWER_BOUNDED:
        lo = _scalar(_or(lower, v))
        if whole:
            lo = _scalar(np.floor(lo) + 1 if STRICT.get(qualifier) == "lower" else np.ceil(lo))
    else:
        lo = v * 0.0
    if qualifier in UPPER_BOUNDED:
        hi = _scalar(_or(upper, v))
        if whole:
            hi = _scalar(np.ceil(hi) - 1 if STRICT.get(qualifier) == "upper" else np.floor(hi))
    else:
        hi = v * 0.0 + math.inf
    return lo, hi
