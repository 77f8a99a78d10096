"""Check a DataFrame against the figure-table contract."""

from __future__ import annotations

import numpy as np
import pandas as pd

from idlibstats.errors import FigureTableError, Problem
from idlibstats.table.schema import COLUMNS, NOT_NULL, OPTIONAL_COLUMNS, _dtype_name, _kind_ok

# What each qualifier implies for the bounds: (rule, message). NaN means unbounded.
_BOUND_RULES = {
    "exact": ("lower == value and upper == value", "exact needs lower = upper = value"),
    "approx": ("lower is NaN and upper is NaN", "approx needs lower = upper = NaN"),
    "more_than": ("lower == value and upper is NaN", "more_than needs lower = value, upper = NaN"),
    "at_least": ("lower == value and upper is NaN", "at_least needs lower = value, upper = NaN"),
    "less_than": ("lower is NaN and upper == value", "less_than needs upper = value, lower = NaN"),
    "at_most": ("lower is NaN and upper == value", "at_most needs upper = value, lower = NaN"),
    "range": (
        "lower < upper and value == mid",
        "range needs lower < upper, value = (lower+upper)/2",
    ),
    "vague": ("lower == value and upper is NaN", "vague needs lower = value, upper = NaN"),
}


def _bound_ok(q: str, v: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    lo_nan, hi_nan = np.isnan(lo), np.isnan(hi)
    with np.errstate(invalid="ignore"):
        if q == "exact":
            return (lo == v) & (hi == v)
        if q == "approx":
            return lo_nan & hi_nan
        if q in ("more_than", "at_least", "vague"):
            return (lo == v) & hi_nan
        if q in ("less_than", "at_most"):
            return lo_nan & (hi == v)
        if q == "range":
            return (lo < hi) & np.isclose(v, (lo + hi) / 2)
    raise KeyError(q)


def figure_table_problems(
    df: pd.DataFrame, text: str | None = None, file: str | None = None
) -> list[Problem]:
    """Return every way ``df`` breaks the figure-table contract (empty list when it holds).

    See :func:`validate_figures` for the checks.
    """
    if not isinstance(df, pd.DataFrame):
        return [Problem(f"expected a pandas DataFrame, got {type(df).__name__}", file=file)]
    # A shallow copy without attrs: pandas deep-copies attrs on every operation, which would
    # dominate the time on a small table carrying its provenance.
    df = df.copy(deep=False)
    df.attrs = {}
    index = df.index
    problems: list[Problem] = []
    missing = [c for c in COLUMNS if c not in df.columns]
    problems += [Problem("missing column", column=c, file=file) for c in missing]

    typed_ok: dict[str, bool] = {}
    for col, kind in {**COLUMNS, **OPTIONAL_COLUMNS}.items():
        if col not in df.columns:
            continue
        series = df[col]
        ok = _kind_ok(series, kind)
        typed_ok[col] = ok
        if not ok:
            problems.append(
                Problem(f"dtype {series.dtype} is not {_dtype_name(kind)}", column=col, file=file)
            )
        elif isinstance(kind, tuple):
            values = series.to_numpy(dtype=object)
            bad = ~pd.isna(values) & ~np.isin(values, np.asarray(kind, dtype=object))
            problems += [
                Problem(f"{values[k]!r} is not one of {', '.join(kind)}", index[k], col, file)
                for k in np.flatnonzero(bad)
            ]
    for col in NOT_NULL:
        if col in df.columns:
            isna = df[col].isna().to_numpy()
            if isna.any():
                problems += [
                    Problem("missing value", index[k], col, file) for k in np.flatnonzero(isna)
                ]

    num = ("value", "lower", "upper")
    if all(typed_ok.get(c) for c in num):
        v, lo, hi = (df[c].to_numpy(dtype=float) for c in num)
        with np.errstate(invalid="ignore"):
            for col, arr in zip(num, (v, lo, hi), strict=True):
                problems += [Problem("negative figure", i, col, file) for i in df.index[arr < 0]]
            problems += [
                Problem(f"lower {lo[k]:g} > value {v[k]:g}", df.index[k], "lower", file)
                for k in np.flatnonzero(lo > v)
            ]
            problems += [
                Problem(f"value {v[k]:g} > upper {hi[k]:g}", df.index[k], "upper", file)
                for k in np.flatnonzero(v > hi)
            ]
        if typed_ok.get("qualifier"):
            quals = df["qualifier"].astype(object).to_numpy()
            for q, (_, msg) in _BOUND_RULES.items():
                rows = quals == q
                if rows.any():
                    bad = rows.copy()
                    bad[rows] = ~_bound_ok(q, v[rows], lo[rows], hi[rows])
                    problems += [
                        Problem(
                            f"{msg} (value={v[k]:g}, lower={lo[k]:g}, upper={hi[k]:g})",
                            df.index[k],
                            "qualifier",
                            file,
                        )
                        for k in np.flatnonzero(bad)
                    ]
        if typed_ok.get("unit"):
            pct = (df["unit"].astype(object) == "percent").to_numpy()
            problems += [
                Problem("percent above 100", df.index[k], "value", file)
                for k in np.flatnonzero(pct & (v > 100))
            ]

    if typed_ok.get("start") and typed_ok.get("end"):
        bad = ~(df["start"] < df["end"]) | (df["start"] < 0)
        problems += [Problem("needs 0 <= start < end", i, "start", file) for i in df.index[bad]]
        if text is not None and typed_ok.get("phrase"):
            for i, s, e, ph in zip(df.index, df["start"], df["end"], df["phrase"], strict=True):
                if not bad[i] and text[s:e] != ph:
                    problems.append(
                        Problem(
                            f"text[{s}:{e}] is {text[s:e]!r}, not the phrase {ph!r}",
                            i,
                            "phrase",
                            file,
                        )
                    )
    if typed_ok.get("period_start") and typed_ok.get("period_end"):
        bad = df["period_start"] > df["period_end"]
        problems += [
            Problem("period_start after period_end", i, "period_start", file) for i in df.index[bad]
        ]
    if "doc_id" in df.columns and "figure_id" in df.columns:
        dup = df.duplicated(["doc_id", "figure_id"], keep=False)
        problems += [
            Problem("duplicate (doc_id, figure_id)", i, "figure_id", file) for i in df.index[dup]
        ]
    return problems


def validate_figures(
    df: pd.DataFrame, text: str | None = None, file: str | None = None
) -> pd.DataFrame:
    """Check that ``df`` is a valid figure table and return it unchanged.

    Checks the required columns, their dtypes, the vocabularies of ``qualifier``, ``unit`` and
    ``measure``, that figures are non-negative with ``lower <= value <= upper``, that the bounds
    follow the qualifier (``more_than``: lower = value, upper NaN; ``range``: value is the
    midpoint...), that ``0 <= start < end``, ``period_start <= period_end`` and that
    ``(doc_id, figure_id)`` is unique. With ``text``, also that ``text[start:end] == phrase``.

    Parameters
    ----------
    df : pandas.DataFrame
        The figure table.
    text : str, optional
        The document the offsets point into (for single-document tables).
    file : str, optional
        Where the table was read from, named in the error.

    Returns
    -------
    pandas.DataFrame
        ``df`` itself, so calls can be chained.

    Raises
    ------
    FigureTableError
        Listing every bad row and column at once (``err.problems``).

    Examples
    --------
    >>> import idlibstats as s
    >>> table = s.datasets.load("seed_figures")
    >>> s.validate_figures(table) is table
    True
    """
    problems = figure_table_problems(df, text=text, file=file)
    if problems:
        raise FigureTableError(problems)
    return df
