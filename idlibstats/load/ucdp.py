"""UCDP Georeferenced Event Dataset (GED) files as validated, typed DataFrames.

The GED CSV layout is the same for the country files (e.g. the Syria file
``ucdp_ged_syria_652.1601.1911.csv``) and the global releases. The loader checks the file and
raises one :class:`~idlibstats.errors.DataFileError` listing every problem (missing or renamed
columns, values of the wrong type, unparseable dates, duplicate ids, negative counts) with the
file, the CSV line number and the column. Known quirks of real GED data are not errors: the rows
are kept and listed by :func:`ged_quality`.

This module also holds the small CSV reader shared by the UNHCR and ACLED loaders
(:func:`read_typed_csv`): a fast typed ``pandas.read_csv`` for clean files, and a slower
all-text pass that names every bad cell when the fast read fails.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import warnings
import zipfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from idlibstats.errors import DataFileError, DataQualityWarning, Problem

__all__ = [
    "GED_COLUMNS",
    "GED_DATE_FORMATS",
    "VIOLENCE_TYPES",
    "UCDP_GED_ENV",
    "ged_quality",
    "load_ucdp_ged",
]

#: Environment variable naming a GED CSV file, used when ``path`` is None.
UCDP_GED_ENV = "IDLIBSTATS_UCDP_GED"

#: Default file in the raw data folder when neither ``path`` nor the variable is given.
DEFAULT_GED = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")

#: GED ``type_of_violence`` codes and their labels (GED codebook 19.1, section 3).
VIOLENCE_TYPES = {1: "state-based", 2: "non-state", 3: "one-sided"}

# Column kinds: "int" (no blanks), "Int" (nullable integer), "float", "str", "date".
#: The GED columns and their kinds, in file order.
GED_COLUMNS: dict[str, str] = {
    "id": "int", "year": "int", "active_year": "int", "type_of_violence": "int",
    "conflict_new_id": "int", "conflict_name": "str", "dyad_new_id": "int", "dyad_name": "str",
    "side_a_new_id": "int", "side_a": "str", "side_b_new_id": "int", "gwnob": "Int",
    "side_b": "str", "number_of_sources": "Int", "source_article": "str",
    "source_office": "str", "source_date": "str", "source_headline": "str",
    "source_original": "str", "where_prec": "int", "where_coordinates": "str", "adm_1": "str",
    "adm_2": "str", "latitude": "float", "longitude": "float", "geom_wkt": "str",
    "priogrid_gid": "Int", "country": "str", "country_id": "int", "region": "str",
    "event_clarity": "int", "date_prec": "int", "date_start": "date", "date_end": "date",
    "deaths_a": "int", "deaths_b": "int", "deaths_civilians": "int", "deaths_unknown": "int",
    "low": "int", "best": "int", "high": "int",
}  # fmt: skip

#: Date formats of GED files: ``YYYY-MM-DD`` (country files) and the timestamp style of the
#: global CSV releases (``2019-05-01 00:00:00.000``). Explicit formats, not
#: ``format="ISO8601"``, which would also take ``2019`` or ``2019-05`` as a day.
GED_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S")

_COUNTS = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high"]


# --------------------------------------------------------------------------- shared CSV reader
@dataclass(frozen=True)
class CsvSource:
    """Where a CSV table is: a plain, ``.gz`` or ``.zip`` file, and how to read it.

    Attributes
    ----------
    path : pathlib.Path
    member : str or None
        The CSV inside a zip archive (None for a plain or gzipped file).
    skip : int
        Lines before the header (a preamble), skipped; line numbers in messages still count
        them, so they are the physical line numbers of the CSV file.
    rename : dict or None
        File column name -> the name the loader uses.
    """

    path: Path
    member: str | None = None
    skip: int = 0
    rename: dict[str, str] | None = None

    @property
    def file(self) -> str:
        """The name used in messages: ``path`` or ``path!member`` for a zip member."""
        return str(self.path) if self.member is None else f"{self.path}!{self.member}"

    @contextmanager
    def open_binary(self):
        """The raw bytes of the CSV (from the start of the file, preamble included)."""
        if self.member is not None:
            with zipfile.ZipFile(self.path) as z, z.open(self.member) as fh:
                yield fh
        elif self.path.suffix == ".gz":
            with gzip.open(self.path, "rb") as fh:
                yield fh
        else:
            with open(self.path, "rb") as fh:
                yield fh

    @contextmanager
    def open_text(self):
        """The CSV as text, positioned at the header line (preamble read past)."""
        with self.open_binary() as raw:
            fh = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            for _ in range(self.skip):
                fh.readline()
            yield fh

    def read_csv(self, **kw) -> pd.DataFrame:
        """``pandas.read_csv`` of the table, columns renamed."""
        inverse = {v: k for k, v in (self.rename or {}).items()}
        if "usecols" in kw:
            kw["usecols"] = [inverse.get(c, c) for c in kw["usecols"]]
        kw.setdefault("encoding", "utf-8-sig")  # a byte-order mark is not part of a name
        if self.skip:
            kw["skiprows"] = self.skip
        if self.member is None:
            df = pd.read_csv(self.path, **kw)
        else:
            with self.open_binary() as fh:
                df = pd.read_csv(fh, **kw)
        return df.rename(columns=self.rename) if self.rename else df

    def header(self) -> list[str]:
        """Column names (renamed) of the header line."""
        with self.open_text() as fh:
            names = next(csv.reader(fh), [])
        return [(self.rename or {}).get(c, c) for c in names]


def zip_member(path: str | os.PathLike, prefer: tuple[str, ...] = (), *, what: str = "CSV") -> str:
    """The CSV file to read inside a zip archive.

    A member whose base name is in ``prefer`` (first match wins), else the only ``.csv``
    member; folders and ``__MACOSX/`` entries are ignored.

    Raises
    ------
    DataFileError
        Not a zip file, no CSV inside, or several CSVs and none preferred (they are listed).
    """
    file = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if not n.endswith("/") and "__MACOSX/" not in n]
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataFileError([Problem(f"not a readable zip file: {exc}", file=file)],
                            what=f"{what} file") from exc  # fmt: skip
    csvs = [n for n in names if n.lower().endswith(".csv")]
    for want in prefer:
        hits = [n for n in csvs if n.rsplit("/", 1)[-1] == want]
        if len(hits) == 1:
            return hits[0]
    if len(csvs) == 1:
        return csvs[0]
    found = ", ".join(names) or "nothing"
    msg = "no CSV file in the zip" if not csvs else "several CSV files in the zip, which one?"
    raise DataFileError([Problem(f"{msg} (it holds: {found})", file=file)], what=f"{what} file")


def as_source(path: str | os.PathLike | CsvSource, prefer: tuple[str, ...] = (), *,
              what: str = "CSV") -> CsvSource:  # fmt: skip
    """A :class:`CsvSource` for ``path``: a zip archive is opened at its CSV member."""
    if isinstance(path, CsvSource):
        return path
    path = Path(path)
    if path.suffix.lower() == ".zip" and path.is_file():
        return CsvSource(path, member=zip_member(path, prefer, what=what))
    return CsvSource(path)


def record_lines(source: CsvSource | str | os.PathLike) -> np.ndarray:
    """1-based physical line number where each data record of a CSV starts (header excluded).

    Quoted fields may span lines (GED headlines do), so record ``i`` is not line ``i + 2``; a
    preamble before the header (``source.skip`` lines) is counted. Only called when a file has
    problems to report. Hand-written because neither pandas nor pyarrow report line numbers.
    """
    source = as_source(source)
    starts = []
    with source.open_text() as fh:
        reader = csv.reader(fh)
        last = 0
        for i, rec in enumerate(reader):
            if rec and i > 0:
                starts.append(last + 1 + source.skip)
            last = reader.line_num
    return np.asarray(starts, dtype=np.int64)


def read_typed_csv(
    path: str | os.PathLike | CsvSource,
    spec: dict[str, str],
    *,
    what: str,
    id_col: str | None = None,
    nonnegative: tuple[str, ...] = (),
    required: tuple[str, ...] = (),
    optional: tuple[str, ...] = (),
    date_format: str | tuple[str, ...] = "%Y-%m-%d",
    errors: str = "raise",
    row_checks: Callable[[pd.DataFrame], list[tuple[np.ndarray, str, str]]] | None = None,
) -> pd.DataFrame:
    """Read a CSV file whose columns follow ``spec``; raise one error listing every problem.

    Parameters
    ----------
    path : path-like or CsvSource
        CSV file, plain, ``.gz`` or a ``.zip`` holding one CSV; a :class:`CsvSource` for a zip
        member of choice, a preamble or renamed columns.
    spec : dict
        Column name -> kind: ``"int"`` (integer, no blanks), ``"Int"`` (integer, blanks allowed),
        ``"float"``, ``"str"`` or ``"date"`` (parsed with ``date_format``; blank -> NaT).
        Columns of the file not in ``spec`` are kept after the specified ones, with the types
        ``read_csv`` infers.
    what : str
        Name of the file type for messages, e.g. ``"UCDP GED"``.
    id_col : str, optional
        Column whose values must be unique.
    nonnegative : tuple of str
        Numeric columns that must not be negative.
    required : tuple of str
        ``str``/``date`` columns where a blank cell is an error (``"missing value"``).
    optional : tuple of str
        Columns of ``spec`` a file may lack (older layouts); they are added, all missing, and
        named in ``attrs["absent_columns"]``.
    date_format : str or tuple of str
        ``strptime`` format(s) for ``date`` columns, tried in order.
    errors : {"raise", "drop"}
        ``"raise"``: any bad row raises :class:`DataFileError`. ``"drop"``: bad rows are set
        aside, listed in ``df.attrs["set_aside"]`` (Problems) and announced by a
        :class:`DataQualityWarning`. Missing columns always raise.
    row_checks : callable, optional
        ``f(df) -> [(bad_row_mask, column, message), ...]`` for extra per-row errors.

    Returns
    -------
    pandas.DataFrame
        Blank cells are missing (NaN/NA/NaT), never zero; ``attrs["file"]`` is the path (and
        ``!member`` for a zip member). Problems name the physical line of the CSV.
    """
    if errors not in ("raise", "drop"):
        raise ValueError(f"errors must be 'raise' or 'drop', not {errors!r}")
    if isinstance(path, CsvSource):
        if not path.path.exists():
            raise DataFileError([Problem("file not found", file=str(path.path))],
                                what=f"{what} file")  # fmt: skip
    elif not Path(path).exists():
        raise DataFileError([Problem("file not found", file=str(path))], what=f"{what} file")
    src = as_source(path, what=what)
    file = src.file
    try:
        header = src.header()
    except (UnicodeDecodeError, csv.Error, OSError, zipfile.BadZipFile) as exc:
        raise DataFileError([Problem(f"not a readable UTF-8 CSV file: {exc}", file=file)],
                            what=f"{what} file") from exc  # fmt: skip
    hline = src.skip + 1
    missing = [c for c in spec if c not in header and c not in optional]
    if missing:
        extra = [c for c in header if c not in spec]
        probs = [Problem("required column missing", row=hline, column=c, file=file)
                 for c in missing]  # fmt: skip
        probs += [
            Problem("unexpected column (renamed?)", row=hline, column=c, file=file) for c in extra
        ]
        raise DataFileError(probs, what=f"{what} file")
    absent = [c for c in spec if c not in header]
    full_spec, spec = spec, {c: k for c, k in spec.items() if c in header}

    read = dict(keep_default_na=False, na_values=[""])
    cols = list(spec) + [c for c in header if c not in spec]
    # Fast path: let read_csv infer types (naming dtypes makes it ~25% slower), then accept
    # the columns whose inferred type fits the spec; any misfit -> the slow all-text pass,
    # which names every bad cell.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.DtypeWarning)  # mixed column -> slow pass
            df = src.read_csv(**read)
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise DataFileError([Problem(f"not a readable UTF-8 CSV file: {exc}", file=file)],
                            what=f"{what} file") from exc  # fmt: skip
    df = _fit_types(df, spec)
    bad_cells: list[tuple[np.ndarray, str, str | Callable[[int], str]]] = []
    if df is None:
        df, bad_cells = _read_as_text(src, spec, read)
    # text columns read as numbers (all blank, or digits only): read those again as text
    redo = [c for c, k in spec.items() if k in ("str", "date") and df[c].dtype != "str"]
    if redo:
        text = src.read_csv(usecols=redo, dtype=str, **read)
        for c in redo:
            df[c] = text[c]
    df = df[cols]

    formats = (date_format,) if isinstance(date_format, str) else tuple(date_format)
    for c, k in spec.items():
        if k != "date":
            continue
        raw = df[c]
        # parse the distinct strings only (dates repeat a lot), then take per row
        code, uniq = pd.factorize(raw)
        parsed = _parse_dates(pd.Index(uniq), formats).take(code, allow_fill=True)
        parsed = pd.Series(parsed, index=raw.index)
        bad = (raw.notna() & parsed.isna()).to_numpy()
        if bad.any():
            bad_cells.append((bad, c, f"unparseable date (expected {' or '.join(formats)})"))
        df[c] = parsed
    for c in required:
        if c in spec:
            blank = df[c].isna().to_numpy() & ~_flagged(bad_cells, c, len(df))
            if blank.any():
                bad_cells.append((blank, c, "missing value"))
    for c in nonnegative:
        if c not in spec:
            continue
        bad = (df[c] < 0).fillna(False).to_numpy(dtype=bool)
        if bad.any():
            bad_cells.append((bad, c, "negative count"))
    if id_col is not None and id_col in spec:
        dup = df[id_col].duplicated(keep=False) & df[id_col].notna()
        if dup.any():
            bad_cells.append((dup.to_numpy(), id_col, "duplicate id"))
    if row_checks is not None:
        bad_cells += row_checks(df)

    if not bad_cells:
        df = _retype(df, spec)  # a text read that found nothing wrong still gets the dtypes
        return _finish(df, full_spec, absent, file)
    lines = record_lines(src)
    problems = []
    for mask, col, msg in bad_cells:
        idx = np.flatnonzero(mask)
        vals = df[col].to_numpy()[idx] if msg in ("negative count", "duplicate id") else None
        for j, i in enumerate(idx):
            if callable(msg):
                m = msg(i)
            else:
                m = msg if vals is None else f"{msg} ({_plain(vals[j])})"
            problems.append(Problem(m, row=int(lines[i]), column=col, file=file))
    problems.sort(key=lambda p: (p.row, list(cols).index(p.column)))
    if errors == "raise":
        raise DataFileError(problems, what=f"{what} file")
    bad_rows = np.zeros(len(df), dtype=bool)
    for mask, _, _ in bad_cells:
        bad_rows |= mask
    kept = df.loc[~bad_rows].reset_index(drop=True)
    kept = _finish(_retype(kept, spec), full_spec, absent, file)
    kept.attrs["set_aside"] = problems
    warnings.warn(
        f"{what} file {file}: {int(bad_rows.sum())} row(s) set aside for "
        f"{len(problems)} problem(s), see df.attrs['set_aside']",
        DataQualityWarning,
        stacklevel=3,
    )
    return kept


def _parse_dates(values: pd.Index, formats: tuple[str, ...]) -> pd.DatetimeIndex:
    """Each value parsed with the first of ``formats`` that fits (NaT if none does)."""
    vals = pd.Series(values, dtype="str")
    out = pd.Series(pd.NaT, index=vals.index, dtype="datetime64[ns]")
    for fmt in formats:
        todo = out.isna() & vals.notna()
        if not todo.any():
            break
        got = pd.to_datetime(vals[todo], format=fmt, errors="coerce")
        out[todo] = got.astype("datetime64[ns]")
    return pd.DatetimeIndex(out)


def _flagged(bad_cells: list, column: str, n: int) -> np.ndarray:
    """Rows already flagged in ``column`` (so a bad cell is not also called missing)."""
    out = np.zeros(n, dtype=bool)
    for mask, col, _ in bad_cells:
        if col == column:
            out |= mask
    return out


_EMPTY = {"int": "Int64", "Int": "Int64", "float": "float64", "str": "str",
          "date": "datetime64[ns]"}  # fmt: skip


def _finish(df: pd.DataFrame, spec: dict[str, str], absent: list[str], file: str) -> pd.DataFrame:
    """Add the absent optional columns (all missing) in spec order; set attrs."""
    if absent:
        for c in absent:
            df[c] = pd.Series(pd.NA if spec[c] in ("int", "Int") else None, index=df.index,
                              dtype=_EMPTY[spec[c]])  # fmt: skip
        df = df[list(spec) + [c for c in df.columns if c not in spec]]
    df.attrs["file"] = file
    if absent:
        df.attrs["absent_columns"] = list(absent)
    return df


def _fit_types(df: pd.DataFrame, spec: dict[str, str]) -> pd.DataFrame | None:
    """Give inferred numeric columns their spec dtype; None if a column does not fit."""
    for c, k in spec.items():
        kind = df[c].dtype.kind
        if k == "int" and kind not in "iu":
            return None
        if k == "Int":
            if kind == "f":
                v = df[c].to_numpy()
                if not np.array_equal(v[~np.isnan(v)], np.floor(v[~np.isnan(v)])):
                    return None
            elif kind not in "iu":
                return None
            df[c] = df[c].astype("Int64")
        elif k == "float":
            if kind not in "iuf":
                return None
            df[c] = df[c].astype("float64")
        elif k == "int":
            df[c] = df[c].astype("int64")
    return df


def _read_as_text(src: CsvSource, spec: dict[str, str], read: dict):
    """All-text read; convert column by column, recording every cell that does not fit."""
    df = src.read_csv(dtype=str, **read)
    bad_cells = []
    for c, k in spec.items():
        if k in ("str", "date"):
            continue
        raw = df[c]
        num = pd.to_numeric(raw.str.strip(), errors="coerce")
        wrong = raw.notna() & num.isna()
        if wrong.any():
            # the message names each bad cell's text (looked up only when the problem is made)
            texts, word = raw.to_numpy(), _word(k)
            bad_cells.append(
                (
                    wrong.to_numpy(),
                    c,
                    lambda i, t=texts, w=word: f"not a number ({t[i]!r}): expected {w}",
                )
            )
        if k in ("int", "Int"):
            frac = num.notna() & (num != np.floor(num.fillna(0)))
            if frac.any():
                bad_cells.append((frac.to_numpy(), c, "not an integer"))
            num = num.where(~frac)
        if k == "int":
            blank = raw.isna().to_numpy()
            if blank.any():
                bad_cells.append((blank, c, "missing value"))
        df[c] = num.astype("Float64" if k != "float" else "float64")
    return df, bad_cells


def _retype(df: pd.DataFrame, spec: dict[str, str]) -> pd.DataFrame:
    """Give the kept rows of a text read their final dtypes."""
    for c, k in spec.items():
        if k == "int" and df[c].dtype != "int64":
            df[c] = df[c].astype("int64")
        elif k == "Int" and df[c].dtype != "Int64":
            df[c] = df[c].astype("Int64")
        elif k == "float" and df[c].dtype != "float64":
            df[c] = df[c].astype("float64")
    return df


def _word(kind: str) -> str:
    return {"int": "an integer", "Int": "an integer", "float": "a number"}[kind]


# --------------------------------------------------------------------------- UCDP GED
def _ged_row_checks(df: pd.DataFrame) -> list[tuple[np.ndarray, str, str]]:
    tv = pd.to_numeric(df["type_of_violence"], errors="coerce")
    bad = (~tv.isin(list(VIOLENCE_TYPES)) & tv.notna()).to_numpy()
    return [(bad, "type_of_violence", "type_of_violence must be 1, 2 or 3")] if bad.any() else []


def _resolve(path: str | os.PathLike | None) -> Path:
    if path is not None:
        return Path(path)
    env = os.environ.get(UCDP_GED_ENV)
    if env:
        return Path(env)
    from idlibstats._paths import shared_file

    return shared_file(*DEFAULT_GED)


def load_ucdp_ged(path: str | os.PathLike | None = None, *, errors: str = "raise") -> pd.DataFrame:
    """Load a UCDP GED CSV file (country file or global release) as a typed DataFrame.

    Parameters
    ----------
    path : path-like, optional
        The CSV file (``.csv`` or ``.csv.gz``), or a ``.zip`` holding one CSV (as UCDP's
        ``ged{version}-csv.zip`` downloads do; :func:`idlibstats.download` fetches them). When
        None: ``$IDLIBSTATS_UCDP_GED``, else the Syria file in the raw data folder. Dates may
        be ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS[.fff]`` (global releases).
    errors : {"raise", "drop"}
        What to do with rows that break the file format (see Raises). ``"drop"`` sets them
        aside, lists them in ``df.attrs["set_aside"]`` and warns; nothing is dropped silently.

    Returns
    -------
    pandas.DataFrame
        One row per event, all GED columns in file order: integer ids and counts (int64;
        ``gwnob``, ``number_of_sources``, ``priogrid_gid`` nullable Int64), ``latitude`` and
        ``longitude`` float64, ``date_start``/``date_end`` datetime64, ``type_of_violence`` a
        categorical of ``"state-based"``, ``"non-state"``, ``"one-sided"``, text columns ``str``
        (blank -> missing). ``attrs["file"]`` is the path, ``attrs["quality_counts"]`` the
        number of rows flagged by each :func:`ged_quality` check.

    Raises
    ------
    DataFileError
        Listing every problem, each with file, CSV line number and column: a missing or renamed
        column, a value of the wrong type, an unparseable or blank date (the GED codebook gives
        every event a ``date_start`` and a ``date_end``), a duplicate ``id``, a negative death
        count, an unknown ``type_of_violence``.

    Warns
    -----
    DataQualityWarning
        With counts, when rows have the known GED quirks (``low > best``, ``best > high``,
        empty ``adm_1``, ``date_end < date_start``, ``best`` not the sum of ``deaths_*``).
        Those rows are kept; :func:`ged_quality` lists them.

    Examples
    --------
    >>> import warnings, idlibstats as s
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # the DataQualityWarning on the file's quirks
    ...     ged = s.load_ucdp_ged()  # $IDLIBSTATS_UCDP_GED or the shared Syria file
    >>> print(len(ged), ged["type_of_violence"].cat.categories.tolist())
    16566 ['state-based', 'non-state', 'one-sided']
    """
    path = _resolve(path)
    df = read_typed_csv(
        path, GED_COLUMNS, what="UCDP GED", id_col="id", nonnegative=tuple(_COUNTS),
        required=("date_start", "date_end"), date_format=GED_DATE_FORMATS, errors=errors,
        row_checks=_ged_row_checks,
    )  # fmt: skip
    codes = df["type_of_violence"].to_numpy(dtype=np.int64)
    df["type_of_violence"] = pd.Categorical.from_codes(
        codes - 1, categories=list(VIOLENCE_TYPES.values())
    )
    q = ged_quality(df)
    counts = q["check"].value_counts().reindex(list(_QUALITY_CHECKS), fill_value=0)
    df.attrs["quality_counts"] = {k: int(v) for k, v in counts.items()}
    if len(q):
        said = ", ".join(f"{v} {_QUALITY_CHECKS[k]}" for k, v in counts.items() if v)
        warnings.warn(
            f"UCDP GED file {path}: {said}; rows kept, listed by ged_quality(df)",
            DataQualityWarning,
            stacklevel=2,
        )
    return df


_QUALITY_CHECKS = {
    "low_gt_best": "rows with low > best",
    "best_gt_high": "rows with best > high",
    "adm_1_missing": "rows with empty adm_1",
    "date_end_before_start": "rows with date_end < date_start",
    "best_ne_sum_deaths": "rows with best != deaths_a + deaths_b + deaths_civilians + "
    "deaths_unknown",
}


_QUALITY_COLUMNS = {
    "low_gt_best": ["low", "best"],
    "best_gt_high": ["best", "high"],
    "adm_1_missing": [],
    "date_end_before_start": ["date_start", "date_end"],
    "best_ne_sum_deaths": ["best"],
}


def ged_quality(df: pd.DataFrame) -> pd.DataFrame:
    """The known-quirk rows of a loaded GED frame: one row per (event, failed check).

    Computed from the data (vectorised), so it stays right after the frame is filtered.

    Parameters
    ----------
    df : pandas.DataFrame
        A frame returned by :func:`load_ucdp_ged` (or a subset of its rows).

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (GED event id), ``check`` (one of ``low_gt_best``, ``best_gt_high``,
        ``adm_1_missing``, ``date_end_before_start``, ``best_ne_sum_deaths``) and ``detail``
        (the values involved), sorted by check then id.

    Examples
    --------
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"id": [1, 2], "low": [5, 1], "best": [3, 1], "high": [3, 1],
    ...     "adm_1": ["Idlib Governorate", None],
    ...     "date_start": pd.to_datetime(["2019-05-01"] * 2),
    ...     "date_end": pd.to_datetime(["2019-05-01"] * 2),
    ...     "deaths_a": [3, 1], "deaths_b": [0, 0], "deaths_civilians": [0, 0],
    ...     "deaths_unknown": [0, 0]})
    >>> ged_quality(ev)[["id", "check"]].values.tolist()
    [[1, 'low_gt_best'], [2, 'adm_1_missing']]
    """
    total = df["deaths_a"] + df["deaths_b"] + df["deaths_civilians"] + df["deaths_unknown"]
    day = "%Y-%m-%d"
    # check -> (mask, detail of the flagged rows d); details are built for flagged rows only
    checks = {
        "low_gt_best": (df["low"] > df["best"], lambda d: "low=" + _s(d["low"])
                        + " > best=" + _s(d["best"])),
        "best_gt_high": (df["best"] > df["high"], lambda d: "best=" + _s(d["best"])
                         + " > high=" + _s(d["high"])),
        "adm_1_missing": (df["adm_1"].isna(), lambda d: pd.Series("adm_1 is empty", d.index)),
        "date_end_before_start": (
            df["date_end"] < df["date_start"],
            lambda d: "date_end=" + d["date_end"].dt.strftime(day) + " < date_start="
            + d["date_start"].dt.strftime(day),
        ),
        "best_ne_sum_deaths": (df["best"] != total, lambda d: "best=" + _s(d["best"])
                               + " != sum of deaths_*=" + _s(total[d.index])),
    }  # fmt: skip
    parts = []
    for name, (mask, detail) in checks.items():
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            d = df.loc[mask, ["id", *_QUALITY_COLUMNS[name]]]
            parts.append(pd.DataFrame({"id": d["id"], "check": name, "detail": detail(d)}))
    if not parts:
        return pd.DataFrame({"id": pd.Series(dtype="int64"), "check": pd.Series(dtype="str"),
                             "detail": pd.Series(dtype="str")})  # fmt: skip
    return pd.concat(parts, ignore_index=True)


def _s(x: pd.Series) -> pd.Series:
    return x.astype(str)


def _plain(v: object) -> object:
    """A value for a message: 3.0 -> 3 (text reads give floats for integer columns)."""
    return int(v) if isinstance(v, float) and v.is_integer() else v
