"""Argument checks shared by the estimators: each rule lives here once.

Every check raises :class:`~idlibstats.errors.EstimatorInputError` naming the argument (and,
for arrays, the first rows at fault); :func:`renamed` is the one way an argument keeps an old
name for a release.
"""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from idlibstats.errors import EstimatorInputError, IdlibstatsDeprecationWarning

__all__ = [
    "check_alpha",
    "check_band",
    "check_choice",
    "check_counts",
    "check_exposure",
    "float_array",
    "not_a_number",
    "renamed",
    "row_get",
]


def check_alpha(alpha: Any) -> float:
    """The one alpha check of the estimators: a real number (numpy scalars too) in (0, 1)."""
    if isinstance(alpha, bool) or not isinstance(alpha, numbers.Real) or not 0 < alpha < 1:
        raise EstimatorInputError(f"alpha={alpha!r} must be a number strictly between 0 and 1")
    return float(alpha)


def check_band(approx_band: Any) -> float:
    """The relative half-width of ``approx`` figures: a real number in [0, 1)."""
    if (
        isinstance(approx_band, bool)
        or not isinstance(approx_band, numbers.Real)
        or not 0 <= approx_band < 1
    ):
        raise EstimatorInputError(f"approx_band={approx_band!r} must be in [0, 1)")
    return float(approx_band)


def _rows(bad: np.ndarray, index: Any = None) -> str:
    pos = np.flatnonzero(bad)
    labels = list(np.asarray(index)[pos]) if index is not None else list(pos)
    shown = ", ".join(str(x) for x in labels[:10])
    more = f" and {len(labels) - 10} more" if len(labels) > 10 else ""
    return f"{shown}{more}"


def _raise_first(x: np.ndarray, name: str, index: Any, checks: Iterable[tuple[Any, str]]) -> None:
    """Raise for the first ``(bad mask, what)`` of ``checks`` that flags any value of ``x``."""
    for bad, what in checks:
        bad = np.atleast_1d(bad)
        if bad.any():
            where = f" ({x.item()!r})" if x.ndim == 0 else f" at rows {_rows(bad, index)}"
            raise EstimatorInputError(f"{name} {what}{where}")


def not_a_number(x: Any) -> bool:
    """True for text and truth values (and arrays of them): numbers that numpy would invent."""
    if isinstance(x, str | bytes | bool | np.bool_):
        return True
    kind = x.dtype.kind if isinstance(x, np.ndarray | pd.Series | pd.Index) else None
    if kind is None and isinstance(x, list | tuple):
        kind = np.asarray(x).dtype.kind
    return kind in ("b", "S", "U")


def check_counts(count: np.ndarray, name: str = "count", index: Any = None) -> None:
    """Refuse NaN, infinite, negative or fractional counts.

    The error names ``name`` and the rows (labels from ``index``, else positions); a float
    array in, nothing out.
    """
    with np.errstate(invalid="ignore"):
        checks = (
            (np.isnan(count), "is NaN"),
            (np.isinf(count), "is infinite"),
            (count < 0, "is negative"),
            (np.isfinite(count) & (count != np.round(count)), "is not a whole number"),
        )
    _raise_first(count, name, index, checks)


def check_exposure(exposure: np.ndarray, name: str = "exposure", index: Any = None) -> None:
    """Refuse NaN, infinite, zero or negative exposure, as :func:`check_counts` does."""
    checks = (
        (np.isnan(exposure), "is NaN"),
        (np.isinf(exposure), "is infinite"),
        (exposure <= 0, "must be positive"),
    )
    _raise_first(exposure, name, index, checks)


def row_get(row: Any, key: str) -> Any:
    """``row[key]`` of a figure-table row (Series, mapping or namedtuple); None if missing."""
    if isinstance(row, pd.Series | Mapping):
        v = row.get(key, None)
    else:
        v = getattr(row, key, None)
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return v


def float_array(x: Any, name: str) -> np.ndarray:
    """``x`` as a one-dimensional float array, or an error naming ``name``."""
    try:
        arr = np.asarray(x, dtype=float)
    except (TypeError, ValueError):
        raise EstimatorInputError(f"{name} must be numbers; could not read {x!r:.80}") from None
    if arr.ndim != 1:
        raise EstimatorInputError(f"{name} must be one-dimensional, got shape {arr.shape}")
    return arr


def check_choice(value: Any, name: str, choices: tuple[str, ...]) -> Any:
    """``value`` if it is one of ``choices``, else an error naming them."""
    if value not in choices:
        allowed = " or ".join(repr(c) for c in choices)
        raise EstimatorInputError(f"{name} must be {allowed}, got {value!r}")
    return value


def renamed(old_name: str, old: Any, new_name: str, new: Any, default: Any, where: str) -> Any:
    """The value of an argument that was renamed, warning when the old name was used.

    ``old`` is the value passed under the deprecated name (``None`` when not passed), ``new``
    the value under the new name and ``default`` the new name's default. Passing both raises.

    Examples
    --------
    >>> renamed("model", None, "family", "negbin", "poisson", "reconcile")
    'negbin'
    """
    if old is None:
        return new
    if new is not default and new != default:
        raise EstimatorInputError(f"{where}: pass {new_name}= only ({old_name}= is its old name)")
    warnings.warn(
        f"{where}: {old_name}= is deprecated and will be removed in the next release; "
        f"use {new_name}=",
        IdlibstatsDeprecationWarning,
        stacklevel=3,
    )
    return old
