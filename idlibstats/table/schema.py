"""The figure table: one row per reported figure.

This module is the contract every part of idlibstats speaks. Column names and vocabularies are
public API: add columns, never rename these.
"""

from __future__ import annotations

import pandas as pd

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range", "vague")
#: "count" is people and things, "percent" a share, "money" an amount in ``currency``.
UNITS = ("count", "percent", "money")
MEASURES = (
    "killed",
    "injured",
    "displaced",
    "refugees",
    "captured",
    "population",
    "attacks",
    "other",
)

#: Smallest count each vague plural allows ("dozens" is at least two dozen).
VAGUE_MINIMUM = {
    "dozens": 24.0,
    "tens": 20.0,
    "scores": 40.0,
    "hundreds": 200.0,
    "thousands": 2_000.0,
    "tens of thousands": 20_000.0,
    "hundreds of thousands": 200_000.0,
    "millions": 2_000_000.0,
}

# kind of each required column: "str", "int", "float", "datetime", or a vocabulary tuple
COLUMNS: dict[str, object] = {
    "doc_id": "str",
    "figure_id": "int",
    "quote": "str",
    "start": "int",
    "end": "int",
    "phrase": "str",
    "value": "float",
    "lower": "float",
    "upper": "float",
    "qualifier": QUALIFIERS,
    "unit": UNITS,
    "measure": MEASURES,
    "subject": "str",
    "period_start": "datetime",
    "period_end": "datetime",
    "source": "str",
    "source_text": "str",
    "place": "str",
    "place_pcode": "str",
    "published": "datetime",
}

#: Optional columns with a fixed meaning; checked when present.
OPTIONAL_COLUMNS: dict[str, object] = {
    "duration_days": "float",
    "duration_qualifier": QUALIFIERS,
    "parent_figure_id": "float",  # figure_id of the total a sub-count belongs to (NaN if none)
    "place_lat": "float",
    "place_lon": "float",
    "currency": "str",  # ISO 4217 code ("USD", "EUR", "SYP") of a money figure; None otherwise
    "places": "str",  # every place linked to the figure, "; "-separated ("place" is the first)
}

#: Columns that may never be missing.
NOT_NULL = (
    "doc_id",
    "figure_id",
    "quote",
    "start",
    "end",
    "phrase",
    "value",
    "qualifier",
    "unit",
    "measure",
)


def empty_figure_table() -> pd.DataFrame:
    """Return a figure table with no rows and the contract's columns and dtypes.

    Returns
    -------
    pandas.DataFrame
        No rows; the columns of :data:`COLUMNS` with their dtypes.

    Examples
    --------
    >>> from idlibstats.table import empty_figure_table
    >>> empty_figure_table().shape
    (0, 20)
    """
    return coerce_figures(pd.DataFrame({c: [] for c in COLUMNS}))


def coerce_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``df`` with the contract's dtypes where the values allow it.

    Used after reading a figure table from CSV or building one from dicts. Values that cannot be
    converted are left as they are, so that :func:`validate_figures` can name them. Columns that
    already have the right dtype are left untouched (cheap on small tables).

    Parameters
    ----------
    df : pandas.DataFrame
        A table with some or all of the contract's columns.

    Returns
    -------
    pandas.DataFrame
        A copy; values that do not fit a column's dtype are left as they are, for
        :func:`validate_figures` to report.

    Examples
    --------
    >>> import pandas as pd
    >>> coerce_figures(pd.DataFrame({"value": ["1300", "3.5e6"]}))["value"].tolist()
    [1300.0, 3500000.0]
    """
    out = df.copy(deep=False)
    for col, kind in {**COLUMNS, **OPTIONAL_COLUMNS}.items():
        if col not in out.columns:
            continue
        s = out[col]
        try:
            if kind == "int":
                if not pd.api.types.is_integer_dtype(s):
                    out[col] = pd.to_numeric(s).astype("int64")
            elif kind == "float":
                if s.dtype != "float64":
                    out[col] = pd.to_numeric(s).astype("float64")
            elif kind == "datetime":
                if not pd.api.types.is_datetime64_dtype(s):
                    s = pd.to_datetime(s, format="ISO8601")
                if s.dtype != "datetime64[ns]":
                    out[col] = s.astype("datetime64[ns]")
                elif s is not out[col]:
                    out[col] = s
            elif isinstance(kind, tuple):
                if isinstance(s.dtype, pd.CategoricalDtype) and list(s.cat.categories) == list(
                    kind
                ):
                    continue
                # an unknown label is kept as it is, so that validation can name it
                if (s.isna() | s.isin(kind)).all():
                    out[col] = pd.Categorical(s, categories=list(kind))
            elif kind == "str" and not (s.dtype == object and _is_str_object(s)):
                out[col] = s.astype(object).where(s.notna(), None)
        except (ValueError, TypeError):
            continue
    return out


def _is_str_object(s: pd.Series) -> bool:
    """True for an object column holding only str and missing values (None/NaN)."""
    return pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty")


def _kind_ok(s: pd.Series, kind: object) -> bool:
    if kind == "int":
        return pd.api.types.is_integer_dtype(s)
    if kind == "float":
        return pd.api.types.is_float_dtype(s)
    if kind == "datetime":
        return pd.api.types.is_datetime64_dtype(s)
    if kind == "str" or isinstance(kind, tuple):
        if isinstance(s.dtype, pd.CategoricalDtype):
            return isinstance(kind, tuple)
        if pd.api.types.is_string_dtype(s):
            return True
        return s.dtype == object and _is_str_object(s)
    raise ValueError(f"unknown column kind {kind!r}")


def _dtype_name(kind: object) -> str:
    if isinstance(kind, tuple):
        return "category or str"
    return {"int": "integer", "float": "float", "datetime": "datetime64", "str": "str"}[kind]


__all__ = [
    "COLUMNS",
    "MEASURES",
    "NOT_NULL",
    "OPTIONAL_COLUMNS",
    "QUALIFIERS",
    "UNITS",
    "VAGUE_MINIMUM",
    "coerce_figures",
    "empty_figure_table",
]
