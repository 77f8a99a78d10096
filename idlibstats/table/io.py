"""Read a figure table from a file, typed and validated."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from idlibstats.errors import DataFileError, FigureTableError, Problem
from idlibstats.table.schema import COLUMNS, OPTIONAL_COLUMNS, coerce_figures
from idlibstats.table.validate import figure_table_problems

_KINDS = {**COLUMNS, **OPTIONAL_COLUMNS}
_TEXT_COLUMNS = [c for c, kind in _KINDS.items() if kind == "str"]
_INT_COLUMNS = [c for c, kind in _KINDS.items() if kind == "int"]
#: Largest offset or id read exactly (the CSV reader may pass numbers through float64).
_INT_LIMIT = 2**53 - 1
_WHAT = "figure table file"


def read_figures(
    path: str | Path, text: str | None = None, *, encoding: str = "utf-8"
) -> pd.DataFrame:
    """Read a figure table written by idlibstats (CSV, JSON lines or Parquet) and validate it.

    Text columns stay text (P-codes such as ``"SY07"`` are not read as numbers), dates are
    parsed, vocabularies become categories; then :func:`validate_figures` runs. Integer
    columns (``figure_id``, ``start``, ``end``) must hold whole numbers within the range read
    exactly (``abs(n) <= 2**53 - 1``): ``1.5`` or ``99999999999999999999`` is an error naming the
    cell, never a truncated or wrapped offset.

    Parameters
    ----------
    path : str or Path
        ``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``, or a folder of Parquet parts (what
        ``idlibstats extract-corpus`` writes).
    text : str, optional
        The document the offsets point into, to check ``text[start:end] == phrase``.
    encoding : str
        Text encoding of a CSV or JSON-lines file (default UTF-8; a byte-order mark is
        dropped).

    Returns
    -------
    pandas.DataFrame
        The validated figure table.

    Raises
    ------
    FigureTableError
        Listing every problem; for a CSV or JSON-lines file, rows are the file's line numbers
        (header = line 1 of a CSV); for Parquet, the row index.
    DataFileError
        The file cannot be read as a table: not found, a folder, not in ``encoding``, cut
        short (its last line has no line break), a CSV with a duplicated column name or
        records with the wrong number of fields, a JSON line that is not a JSON object, a
        damaged Parquet file.

    Examples
    --------
    >>> import idlibstats as s
    >>> table = s.read_figures(s.datasets.path("seed_figures"))
    >>> table["qualifier"].value_counts()["more_than"]
    np.int64(2)
    """
    # imported here, not at the top, so that ``import idlibstats`` does not load every loader
    from idlibstats.load.reading import (
        CsvSource,
        check_file,
        read_csv_checked,
        read_text,
        record_lines,
    )

    path = Path(path)
    file = str(path)
    suffix = path.suffix.lower()
    src = CsvSource(path, encoding=encoding)
    lines: list[int] | np.ndarray | None = None
    # a folder of Parquet parts is a Parquet dataset (what extract-corpus writes)
    dataset = path.is_dir() and any(path.glob("*.parquet"))
    parquet = suffix == ".parquet" or dataset
    if parquet:
        if not (path.is_file() or dataset):
            check_file(src, "figure table", records=False)  # not found, an empty folder: named
        try:
            df = pd.read_parquet(path)
        except (OSError, ValueError, TypeError, NotImplementedError) as exc:  # pyarrow errors
            raise DataFileError(
                Problem(f"not a readable Parquet file: {' '.join(str(exc).split())}", file=file),
                what=_WHAT,
            ) from exc
    elif suffix in (".jsonl", ".ndjson"):
        df, lines = _read_jsonl(read_text(src, "figure table"), file)
    else:
        df = read_csv_checked(src, "figure table", dtype={c: str for c in _TEXT_COLUMNS})
    if lines is None and not parquet:
        lines = record_lines(src)

    def where(i: int) -> int:
        return int(lines[i]) if lines is not None else i

    cells = _integer_cells(df, where, file)
    if cells:
        raise FigureTableError(cells, what=_what(parquet))
    df = coerce_figures(df)
    problems = figure_table_problems(df, text=text, file=file)
    if problems:
        if lines is not None:
            problems = [
                p if p.row is None else Problem(p.message, where(p.row), p.column, p.file)
                for p in problems
            ]
        raise FigureTableError(problems, what=_what(parquet))
    return df


def _what(parquet: bool) -> str:
    return "figure table" if parquet else "figure table (rows are file line numbers)"


def _read_jsonl(text: str, file: str) -> tuple[pd.DataFrame, list[int]]:
    """The objects of a JSON-lines text (blank lines skipped) and the line of each."""
    records, lines, problems = [], [], []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            problems.append(Problem(f"not JSON: {exc}", row=n, file=file))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(f"not a JSON object but {type(obj).__name__}: "
                                    f"{_short(line)}", row=n, file=file))  # fmt: skip
            continue
        records.append(obj)
        lines.append(n)
    if problems:
        raise DataFileError(problems, what=_WHAT)
    df = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    for c in _TEXT_COLUMNS:  # as the CSV reader: text stays text (a number becomes its digits)
        if c in df.columns:
            df[c] = pd.Series([None if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))
                               else str(v) for v in df[c]], index=df.index, dtype=object)  # fmt: skip
    return df, lines


def _integer_cells(df: pd.DataFrame, where: Callable[[int], int], file: str) -> list[Problem]:
    """Problems of the integer columns, cell by cell; converts the good columns.

    A missing, fractional or huge value is a problem, so that no offset is ever truncated (1.5 -> 1)
    or wrapped.
    """
    problems = []
    for c in _INT_COLUMNS:
        if c not in df.columns:
            continue
        if pd.api.types.is_integer_dtype(df[c]) and not df[c].hasnans:
            v = df[c].to_numpy()
            if not len(v) or (v.max() <= _INT_LIMIT and v.min() >= -_INT_LIMIT):
                continue
        bad = []
        vals = df[c].to_numpy(dtype=object)
        out = np.zeros(len(vals), dtype=np.int64)
        for i, v in enumerate(vals):
            msg, got = _as_int(v)
            if msg:
                bad.append(Problem(msg, row=where(i), column=c, file=file))
            else:
                out[i] = got
        if bad:
            problems += bad
        else:
            df[c] = out
    return problems


def _as_int(v: object) -> tuple[str | None, int]:
    """(problem or None, the integer) for one cell of an integer column."""
    if isinstance(v, str):
        t = v.strip()
        try:
            v = int(t)
        except ValueError:
            try:
                v = float(t)
            except ValueError:
                return f"not a number: {_short(v)}", 0
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return "missing value", 0
    if isinstance(v, (bool, np.bool_)):
        return f"not an integer: {v!r}", 0
    if isinstance(v, (float, np.floating)):
        if not np.isfinite(v) or not float(v).is_integer():
            return f"not an integer: {v!r}", 0
        v = int(v)
        if abs(v) > _INT_LIMIT:
            return f"integer out of range: {v} (read exactly up to {_INT_LIMIT:,})", 0
        return None, v
    if isinstance(v, (int, np.integer)):
        if abs(int(v)) > _INT_LIMIT:
            return f"integer out of range: {v} (read exactly up to {_INT_LIMIT:,})", 0
        return None, int(v)
    return f"not an integer: {_short(repr(v))}", 0


def _short(text: str, n: int = 60) -> str:
    text = str(text)
    return repr(text if len(text) <= n else text[: n - 3] + "...")
