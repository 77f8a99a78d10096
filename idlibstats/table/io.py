"""Read a figure table from a file, typed and validated."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from idlibstats.errors import FigureTableError, Problem
from idlibstats.table.schema import COLUMNS, OPTIONAL_COLUMNS, coerce_figures
from idlibstats.table.validate import figure_table_problems

_TEXT_COLUMNS = [c for c, kind in {**COLUMNS, **OPTIONAL_COLUMNS}.items() if kind == "str"]


def _record_lines(path: Path) -> list[int]:
    """Physical line on which each CSV record starts (header = line 1)."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        starts, line = [], 1
        for _ in reader:
            starts.append(line)
            line = reader.line_num + 1
    return starts[1:]


def read_figures(path: str | Path, text: str | None = None) -> pd.DataFrame:
    """Read a figure table written by idlibstats (CSV, JSON lines or Parquet) and validate it.

    Text columns stay text (P-codes such as ``"SY07"`` are not read as numbers), dates are
    parsed, vocabularies become categories; then :func:`validate_figures` runs.

    Parameters
    ----------
    path : str or Path
        ``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``, or a folder of Parquet parts (what
        ``idlibstats extract-corpus`` writes).
    text : str, optional
        The document the offsets point into, to check ``text[start:end] == phrase``.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    FigureTableError
        Listing every problem; for a CSV, rows are the file's line numbers (header = line 1).

    Examples
    --------
    >>> import idlibstats as s
    >>> table = s.read_figures(s.datasets.path("seed_figures"))
    >>> table["qualifier"].value_counts()["more_than"]
    np.int64(2)
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet" or path.is_dir():  # a folder: a Parquet dataset (extract-corpus)
        df = pd.read_parquet(path)
    elif suffix in (".jsonl", ".ndjson"):
        df = pd.read_json(path, lines=True, dtype={c: str for c in _TEXT_COLUMNS})
    else:
        df = pd.read_csv(
            path,
            dtype={c: str for c in _TEXT_COLUMNS},
            keep_default_na=False,
            na_values=[""],
        )
    df = coerce_figures(df)
    problems = figure_table_problems(df, text=text, file=str(path))
    if problems:
        if suffix not in (".parquet", ".jsonl", ".ndjson") and not path.is_dir():
            lines = _record_lines(path)
            problems = [
                p if p.row is None else Problem(p.message, lines[p.row], p.column, p.file)
                for p in problems
            ]
        raise FigureTableError(problems, what="figure table (rows are file line numbers)")
    return df
