"""Check a DataFrame against the figure-table contract."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from idlibstats.errors import FigureTableError, Problem
from idlibstats.table.bounds import figure_bounds
from idlibstats.table.schema import COLUMNS, NOT_NULL, OPTIONAL_COLUMNS, _dtype_name, _kind_ok

# What each qualifier implies for the bounds, in words: the rule itself is figure_bounds.
_BOUND_RULES = {
    "exact": "exact needs lower = upper = value",
    "approx": "approx needs lower = upper = NaN",
    "more_than": "more_than needs lower = value, upper = NaN",
    "at_least": "at_least needs lower = value, upper = NaN",
    "less_than": "less_than needs upper = value, lower = NaN",
    "at_most": "at_most needs upper = value, lower = NaN",
    "range": "range needs lower < upper, value = (lower+upper)/2",
    "vague": "vague needs lower = value, upper = NaN",
}


def _bound_ok(q: str, v: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Rows whose ``lower``/``upper`` are what :func:`~idlibstats.table.figure_bounds` sets."""
    want_lo, want_hi = figure_bounds(q, v, lo, hi)
    with np.errstate(invalid="ignore"):
        same = ((lo == want_lo) | (np.isnan(lo) & np.isnan(want_lo))) & (
            (hi == want_hi) | (np.isnan(hi) & np.isnan(want_hi))
        )
        if q == "range":
            return same & (lo < hi) & np.isclose(v, (lo + hi) / 2)
    return same


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _unparseable(series: pd.Series, kind: object, col: str, file: str | None) -> list[Problem]:
    """Rows of a wrongly typed column whose values cannot become the contract's type."""
    values = series.to_numpy(dtype=object)
    present = ~pd.isna(values)
    if kind == "datetime":
        parsed = pd.to_datetime(pd.Series(values), errors="coerce", format="ISO8601")
        bad, what = present & parsed.isna().to_numpy(), "a date (YYYY-MM-DD)"
    elif kind in ("int", "float"):
        parsed = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
        bad = present & np.isnan(parsed)
        if kind == "int":
            bad |= present & ~np.isnan(parsed) & (parsed != np.round(parsed))
        what = "an integer" if kind == "int" else "a number"
    else:
        return []
    return [
        Problem(f"{_short(str(values[k]))!r} is not {what}", series.index[k], col, file)
        for k in np.flatnonzero(bad)
    ]


def figure_table_problems(
    df: pd.DataFrame, text: str | None = None, file: str | None = None
) -> list[Problem]:
    """Return every way ``df`` breaks the figure-table contract (empty list when it holds).

    See :func:`validate_figures` for the checks.

    Parameters
    ----------
    df : pandas.DataFrame
        The table to check.
    text : str, optional
        The source text; when given, every quote must be found in it at its offsets.
    file : str, optional
        The file name the problems name.

    Returns
    -------
    list of Problem
        Empty when the table holds the contract.

    Examples
    --------
    >>> from idlibstats.table import empty_figure_table
    >>> figure_table_problems(empty_figure_table())
    []
    >>> figure_table_problems(empty_figure_table().drop(columns="value"))[0].message
    'missing column'
    """
    if not isinstance(df, pd.DataFrame):
        return [Problem(f"expected a pandas DataFrame, got {type(df).__name__}", file=file)]
    # Each column is fetched once and every check runs on numpy arrays: on the small tables
    # that extraction validates per document, pandas' per-operation overhead would dominate.
    # The attrs are dropped first: pandas deep-copies them into every Series it makes.
    df = df.copy(deep=False)
    df.attrs = {}
    kinds = {**COLUMNS, **OPTIONAL_COLUMNS}
    cols = {c: s for c, s in df.items() if c in kinds}
    index = df.index
    problems: list[Problem] = []
    problems += [Problem("missing column", column=c, file=file) for c in COLUMNS if c not in cols]

    def at(rows: np.ndarray, column: str, message: Callable[[int], str]) -> list[Problem]:
        return [Problem(message(k), index[k], column, file) for k in np.flatnonzero(rows)]

    typed_ok: dict[str, bool] = {}
    arrays: dict[str, np.ndarray] = {}
    for col, kind in kinds.items():
        if col not in cols:
            continue
        series = cols[col]
        ok = typed_ok[col] = _kind_ok(series, kind)
        if not ok:
            problems.append(
                Problem(
                    f"dtype {series.dtype} is not {_dtype_name(kind)} (read a CSV with "
                    "idlibstats.read_figures, or convert with idlibstats.table.coerce_figures)",
                    column=col,
                    file=file,
                )
            )
            problems += _unparseable(series, kind, col, file)
            continue
        values = arrays[col] = series.to_numpy(
            dtype=object if kind == "str" or isinstance(kind, tuple) else None
        )
        if isinstance(kind, tuple):
            bad = ~pd.isna(values) & ~np.isin(values, np.asarray(kind, dtype=object))
            problems += at(
                bad, col, lambda k, c=col, v=values: f"{v[k]!r} is not one of {', '.join(kinds[c])}"
            )
    for col in NOT_NULL:
        if col in cols:
            problems += at(cols[col].isna().to_numpy(), col, lambda k: "missing value")

    num = ("value", "lower", "upper")
    if all(typed_ok.get(c) for c in num):
        v, lo, hi = (arrays[c].astype(float) for c in num)
        with np.errstate(invalid="ignore"):
            # a percent may be negative: a fall ("-1.3%"); a count or an amount may not
            signed = arrays["unit"] == "percent" if typed_ok.get("unit") else False
            for col, arr in zip(num, (v, lo, hi), strict=True):
                problems += at((arr < 0) & ~signed, col, lambda k: "negative figure")
            problems += at(lo > v, "lower", lambda k: f"lower {lo[k]:g} > value {v[k]:g}")
            problems += at(v > hi, "upper", lambda k: f"value {v[k]:g} > upper {hi[k]:g}")
        if typed_ok.get("qualifier"):
            quals = arrays["qualifier"]
            for q, msg in _BOUND_RULES.items():
                rows = quals == q
                if rows.any():
                    bad = rows.copy()
                    bad[rows] = ~_bound_ok(q, v[rows], lo[rows], hi[rows])
                    problems += at(
                        bad,
                        "qualifier",
                        lambda k, m=msg: f"{m} (value={v[k]:g}, lower={lo[k]:g}, upper={hi[k]:g})",
                    )
        if typed_ok.get("unit"):
            pct = arrays["unit"] == "percent"
            problems += at(pct & (v > 100), "value", lambda k: "percent above 100")

    if typed_ok.get("start") and typed_ok.get("end"):
        start, end = arrays["start"], arrays["end"]
        bad = ~(start < end) | (start < 0)
        problems += at(bad, "start", lambda k: "needs 0 <= start < end")
        if text is not None and typed_ok.get("phrase"):
            phrase = arrays["phrase"]
            for k in np.flatnonzero(~bad):
                s, e = int(start[k]), int(end[k])
                if text[s:e] != phrase[k]:
                    problems.append(
                        Problem(
                            f"text[{s}:{e}] is {_short(text[s:e])!r}, not the phrase {phrase[k]!r}",
                            index[k],
                            "phrase",
                            file,
                        )
                    )
    if typed_ok.get("period_start") and typed_ok.get("period_end"):
        with np.errstate(invalid="ignore"):
            bad = arrays["period_start"] > arrays["period_end"]  # NaT compares False
        problems += at(bad, "period_start", lambda k: "period_start after period_end")
    if "doc_id" in cols and "figure_id" in cols:
        keys = pd.MultiIndex.from_arrays([cols["doc_id"].to_numpy(), cols["figure_id"].to_numpy()])
        dup = keys.duplicated(keep=False)
        problems += at(dup, "figure_id", lambda k: "duplicate (doc_id, figure_id)")
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
