"""The one reading layer of every loader: bytes, encodings, compression and CSV structure.

Every loader reads its file through this module, so every file gets the same checks and the
same errors (one :class:`~idlibstats.errors.DataFileError` naming the file, and the line and
column where there is one):

- :func:`check_file`: the file exists and is a file; its ``.gz`` or ``.zip`` compression is
  complete (a cut or corrupt archive is named, never a raw ``EOFError``/``BadGzipFile``);
  the bytes decode in the encoding given (the error names the encoding and the byte offset;
  a byte-order mark of another encoding is named); the file is not empty; the last record
  ends with a line break (a file cut in the middle of a record is an error, never a silent
  partial load).
- :func:`read_typed_csv`: a fast typed ``pandas.read_csv`` for clean files and a slower all-text
  pass that names every bad cell, with the structure checked too: a duplicated column name,
  a record with more or fewer fields than the header (a ragged or cut row), an integer
  outside the range read exactly (|n| <= 2**53 - 1), a number that is not finite. Blank lines
  are skipped (they hold no data), as pandas does.
- :class:`CsvSource`, :func:`as_source`, :func:`record_lines`: where a CSV table is (plain,
  gzipped, a zip member, after a preamble) and on which physical line each record starts.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import os
import warnings
import zipfile
import zlib
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from idlibstats.errors import DataFileError, DataQualityWarning, Problem

__all__ = [
    "INT_LIMIT",
    "CsvSource",
    "as_source",
    "check_file",
    "read_csv_checked",
    "read_text",
    "read_typed_csv",
    "record_lines",
    "record_shapes",
    "parse_dates",
    "to_datetime_ns",
    "zip_member",
]

#: Largest integer magnitude read exactly (values pass through float64 in the all-text pass):
#: 2**53 - 1. A cell beyond it is an error naming the cell, never a wrapped or rounded value.
INT_LIMIT = 2**53 - 1

_CHUNK = 1 << 20
# byte-order marks of encodings other than UTF-8, named in the message when the file has one
_OTHER_BOMS = {
    codecs.BOM_UTF32_LE: "utf-32",
    codecs.BOM_UTF32_BE: "utf-32",
    codecs.BOM_UTF16_LE: "utf-16",
    codecs.BOM_UTF16_BE: "utf-16",
}
# what reading a broken archive raises: gzip.BadGzipFile and zipfile.BadZipFile (CRC), EOFError
# (cut short), zlib.error (corrupt data), OSError (unreadable)
_ARCHIVE_ERRORS = (OSError, EOFError, zlib.error, zipfile.BadZipFile)


def _error(what: str, file: str, message: str, *, row: object = None, column: str | None = None,
           summary: str | None = None) -> DataFileError:  # fmt: skip
    """One-problem DataFileError about ``file``."""
    return DataFileError([Problem(message, row=row, column=column, file=file)],
                         what=f"{what} file", summary=summary)  # fmt: skip


def _codec(encoding: str, what: str, file: str) -> str:
    """The codec to read ``encoding`` with: a UTF-8 byte-order mark is dropped ("utf-8-sig")."""
    try:
        name = codecs.lookup(encoding).name
    except (LookupError, TypeError) as exc:
        raise _error(what, file, f"unknown encoding {encoding!r}") from exc
    return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name


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
    encoding : str
        Text encoding of the file (a UTF-8 byte-order mark is dropped).
    data : bytes or None
        The file's bytes, for a table that is already in memory (``path`` is then only its
        name in messages).
    """

    path: Path
    member: str | None = None
    skip: int = 0
    rename: dict[str, str] | None = None
    encoding: str = "utf-8"
    data: bytes | None = None

    @property
    def file(self) -> str:
        """The name used in messages: ``path`` or ``path!member`` for a zip member."""
        return str(self.path) if self.member is None else f"{self.path}!{self.member}"

    @property
    def codec(self) -> str:
        """The codec the text is read with ("utf-8-sig" for UTF-8: a byte-order mark is dropped)."""
        return _codec(self.encoding, "CSV", self.file)

    @contextmanager
    def open_binary(self):
        """The raw bytes of the CSV (from the start of the file, preamble included)."""
        if self.data is not None:
            yield io.BytesIO(self.data)
        elif self.member is not None:
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
            fh = io.TextIOWrapper(raw, encoding=self.codec, newline="")
            for _ in range(self.skip):
                fh.readline()
            yield fh

    def read_csv(self, **kw: Any) -> pd.DataFrame:
        """``pandas.read_csv`` of the table, columns renamed."""
        inverse = {v: k for k, v in (self.rename or {}).items()}
        if "usecols" in kw:
            kw["usecols"] = [inverse.get(c, c) for c in kw["usecols"]]
        kw.setdefault("encoding", self.codec)  # a byte-order mark is not part of a name
        kw.setdefault("index_col", None)
        if self.skip:
            kw["skiprows"] = self.skip
        if self.member is None and self.data is None:
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
              what: str = "CSV", encoding: str = "utf-8") -> CsvSource:  # fmt: skip
    """A :class:`CsvSource` for ``path``: a zip archive is opened at its CSV member."""
    if isinstance(path, CsvSource):
        return path
    path = Path(path)
    if path.suffix.lower() == ".zip" and path.is_file():
        return CsvSource(path, member=zip_member(path, prefer, what=what), encoding=encoding)
    return CsvSource(path, encoding=encoding)


def check_file(src: CsvSource, what: str = "CSV", *, records: bool = True,
               decode: bool = True) -> None:  # fmt: skip
    r"""Check that ``src`` can be read whole as text; raise one DataFileError naming it if not.

    One pass over the (decompressed) bytes, decoding them in chunks (nothing is kept in
    memory): the file exists and is not a folder; a ``.gz`` or zip member is complete (CRC
    checked); every byte decodes in ``src.encoding``; no NUL character (pandas would read it
    as a space); no byte-order mark of another encoding;
    not empty; the last record ends with a line break (else the file was cut short, or the
    last record cannot be told complete: a value cut at its end looks like a whole value).
    ``records=False`` skips the last check, for files that are not made of lines (JSON).
    ``decode=False`` skips decoding a UTF-8 file (the costliest step: a third of a
    ``read_csv``) for a caller whose reader decodes strictly anyway (pandas does) and calls
    this again, decoding, when it fails, for the message naming the byte.

    Examples
    --------
    >>> latin1 = "a,b\n1,caf\xe9\n".encode("latin-1")
    >>> try:
    ...     check_file(CsvSource(Path("x.csv"), data=latin1), "test")
    ... except DataFileError as err:
    ...     print(err.summary)
    test file x.csv is not utf-8 text (byte 9 is 0xe9); pass encoding= with the file's encoding, e.g. encoding='latin-1'
    >>> check_file(CsvSource(Path("x.csv"), data=latin1, encoding="latin-1"))  # fine
    >>> try:
    ...     check_file(CsvSource(Path("x.csv"), data=b"a,b\n1,2"), "test")
    ... except DataFileError as err:
    ...     print(err.summary)
    test file x.csv is cut short: its last line 2 has no line break
    """
    file = src.file
    if src.data is None:
        if not src.path.exists():
            raise _error(what, file, "file not found")
        if src.path.is_dir():
            raise _error(what, file, "is a folder, not a file")
    codec = _codec(src.encoding, what, file)
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    fast = not decode and codec == "utf-8-sig"
    offset, lines, tail, bom = 0, 1, "", False
    kind = "zip member" if src.member else "gzip file" if src.path.suffix == ".gz" else "file"
    try:
        with src.open_binary() as fh:
            while chunk := fh.read(_CHUNK):
                if offset == 0:
                    _check_bom(chunk, codec, what, file)
                    bom = chunk.startswith(codecs.BOM_UTF8)
                if fast:
                    nul = chunk.find(b"\x00")
                    if nul >= 0:
                        line = lines + chunk.count(b"\n", 0, nul)
                        raise _nul(what, file, offset + nul, line)
                    lines += chunk.count(b"\n")
                    offset += len(chunk)
                    tail = chunk[-1:].decode("latin-1")
                    continue
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    at = offset + exc.start
                    line = lines + chunk.count(b"\n", 0, exc.start)
                    bad = chunk[exc.start]
                    raise _error(
                        what, file, f"byte {at} (0x{bad:02x}) cannot be decoded as {src.encoding}",
                        row=line, summary=f"{what} file {file} is not {src.encoding} text (byte "
                        f"{at} is 0x{bad:02x}); pass encoding= with the file's encoding, e.g. "
                        "encoding='latin-1'",
                    ) from exc  # fmt: skip
                nul = text.find("\x00")
                if nul >= 0:
                    line = lines + text.count("\n", 0, nul)
                    raise _nul(what, file, offset + len(text[:nul].encode(codec)), line)
                lines += chunk.count(b"\n")
                offset += len(chunk)
                tail = (tail + text)[-1:]
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                raise _error(what, file, f"the file ends inside a {src.encoding} character "
                             "(cut short?)", row=lines) from exc  # fmt: skip
    except _ARCHIVE_ERRORS as exc:
        if isinstance(exc, (FileNotFoundError, IsADirectoryError, PermissionError)):
            raise _error(what, file, f"cannot be read: {exc.strerror or exc}") from exc
        raise _error(what, file, f"not a complete, readable {kind}: {exc}",
                     summary=f"{what} file {file} is damaged or cut short") from exc  # fmt: skip
    if not tail or (fast and bom and offset == len(codecs.BOM_UTF8)):
        raise _error(what, file, "the file is empty (no header line)")
    if records and tail not in ("\n", "\r"):
        raise _error(
            what, file,
            "the last record does not end with a line break: the file looks cut short, and a "
            "value cut at its end cannot be told from a whole one (if the file is complete, add "
            "a line break at its end)", row=lines,
            summary=f"{what} file {file} is cut short: its last line {lines} has no line break",
        )  # fmt: skip


def _nul(what: str, file: str, at: int, line: int) -> DataFileError:
    # pandas reads NUL as a space, the csv module as a character: neither says anything
    return _error(what, file, f"byte {at} is a NUL character (0x00): not text", row=line)


def _check_bom(head: bytes, codec: str, what: str, file: str) -> None:
    """A byte-order mark that contradicts the encoding asked for is an error naming both."""
    if codec == "utf-8-sig":
        for bom, enc in _OTHER_BOMS.items():
            if head.startswith(bom):
                raise _error(what, file, f"the file starts with a {enc.upper()} byte-order "
                             f"mark; pass encoding={enc!r}", row=1)  # fmt: skip
    elif head.startswith(codecs.BOM_UTF8) and not codec.startswith("utf"):
        raise _error(what, file, f"the file starts with a UTF-8 byte-order mark but encoding "
                     f"{codec!r} was given; pass encoding='utf-8'", row=1)  # fmt: skip


def read_text(src: CsvSource, what: str, *, records: bool = True) -> str:
    """The whole text of a (small) file, checked by :func:`check_file` first."""
    check_file(src, what, records=records)
    with src.open_binary() as fh:
        return fh.read().decode(src.codec)


def read_csv_checked(src: CsvSource, what: str, **kw: Any) -> pd.DataFrame:
    """``pandas.read_csv(**kw)`` of ``src``, checked.

    Blank -> missing unless ``kw`` says otherwise; with every check of :func:`check_file` and of the
    structure (duplicated column names, records with the wrong number of fields).
    """
    check_file(src, what)
    header = _header(src, what)
    _check_header(header, {}, (), what, src.file, src.skip + 1)
    kw = {"keep_default_na": False, "na_values": [""], **kw}
    return _read_checked(src, header, what, **kw)


def _header(src: CsvSource, what: str) -> list[str]:
    try:
        return src.header()
    except UnicodeDecodeError as exc:
        check_file(src, what)  # names the encoding and the byte
        raise _error(what, src.file, f"not {src.encoding} text: {exc}") from exc
    except (csv.Error, *_ARCHIVE_ERRORS) as exc:
        raise _error(what, src.file, f"not a readable CSV file: {exc}") from exc


def _read_checked(src: CsvSource, header: list[str], what: str, **kw: Any) -> pd.DataFrame:
    """``src.read_csv(**kw)``; a record with more or fewer fields than the header is an error.

    pandas takes the first column as the index when every record has one field more than
    the header, and fills a short record with missing values. Both lose or shift data
    silently: the first is seen in the index, the second can only be where the last column
    has a missing value, and only then are the records counted (:func:`record_shapes`).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.DtypeWarning)  # mixed column -> slow pass
            df = src.read_csv(**kw)
    except UnicodeDecodeError as exc:
        check_file(src, what)  # names the encoding and the byte
        raise _error(what, src.file, f"not {src.encoding} text: {exc}") from exc
    except (pd.errors.ParserError, csv.Error) as exc:
        # e.g. a record with more fields than the header: name every such record
        raise _ragged(src, len(header), what) or _error(
            what, src.file, f"not a readable CSV file: {' '.join(str(exc).split())}"
        ) from exc
    if not isinstance(df.index, pd.RangeIndex) or (df.shape[1] and df.iloc[:, -1].isna().any()):
        err = _ragged(src, len(header), what)
        if err is not None:
            raise err
    return df


def record_shapes(source: CsvSource | str | os.PathLike) -> tuple[np.ndarray, np.ndarray]:
    """Where each data record of a CSV starts and how many fields it has (header excluded).

    Returns (1-based physical line of each record, number of fields of each record). Quoted
    fields may span lines (GED headlines do), so record ``i`` is not line ``i + 2``; a
    preamble before the header (``source.skip`` lines) is counted; blank lines are no
    records (as in pandas). Only called when a file has problems to report, or may have.
    Hand-written because neither pandas nor pyarrow report line numbers.
    """
    source = as_source(source)
    starts, sizes = [], []
    with source.open_text() as fh:
        reader = csv.reader(fh)
        last = 0
        for i, rec in enumerate(reader):
            if rec and i > 0:
                starts.append(last + 1 + source.skip)
                sizes.append(len(rec))
            last = reader.line_num
    return np.asarray(starts, dtype=np.int64), np.asarray(sizes, dtype=np.int64)


def record_lines(source: CsvSource | str | os.PathLike) -> np.ndarray:
    """1-based physical line number where each data record of a CSV starts (header excluded)."""
    return record_shapes(source)[0]


def _ragged(src: CsvSource, width: int, what: str) -> DataFileError | None:
    """The error listing every record whose number of fields is not the header's, or None."""
    lines, sizes = record_shapes(src)
    bad = np.flatnonzero(sizes != width)
    if not len(bad):
        return None
    problems = [Problem(f"{sizes[i]} fields where the header has {width} (a row cut short, or a "
                        "stray delimiter or quote)", row=int(lines[i]), file=src.file)
                for i in bad]  # fmt: skip
    n = len(bad)
    return DataFileError(
        problems,
        what=f"{what} file",
        summary=f"{what} file {src.file}: {n} "
        f"record{'s' if n != 1 else ''} with the wrong number of fields",
    )


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
    encoding: str = "utf-8",
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
        :class:`DataQualityWarning`. A broken file (see :func:`check_file`), missing or
        duplicated columns and records with the wrong number of fields always raise: they
        are not bad rows but a bad file.
    row_checks : callable, optional
        ``f(df) -> [(bad_row_mask, column, message), ...]`` for extra per-row errors.
    encoding : str
        Text encoding of the file (default UTF-8; a byte-order mark is dropped).

    Returns
    -------
    pandas.DataFrame
        Blank cells are missing (NaN/NA/NaT), never zero; ``attrs["file"]`` is the path (and
        ``!member`` for a zip member). Problems name the physical line of the CSV.
    """
    if errors not in ("raise", "drop"):
        raise ValueError(f"errors must be 'raise' or 'drop', not {errors!r}")
    src = as_source(path, what=what, encoding=encoding)
    file = src.file
    check_file(src, what, decode=False)  # pandas decodes strictly; a failure is named below
    header = _header(src, what)
    hline = src.skip + 1
    _check_header(header, spec, optional, what, file, hline)
    absent = [c for c in spec if c not in header]
    full_spec, spec = spec, {c: k for c, k in spec.items() if c in header}

    read = dict(keep_default_na=False, na_values=[""])
    cols = list(spec) + [c for c in header if c not in spec]
    # Fast path: let read_csv infer types (naming dtypes makes it ~25% slower), then accept
    # the columns whose inferred type fits the spec; any misfit -> the slow all-text pass,
    # which names every bad cell.
    df = _read_checked(src, header, what, **read)
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
        parsed = parse_dates(pd.Index(uniq), formats).take(code, allow_fill=True)
        parsed = pd.Series(parsed, index=raw.index)
        bad = (raw.notna() & parsed.isna()).to_numpy()
        if bad.any():
            bad_cells.append((bad, c, f"unparseable date (expected {' or '.join(formats)})"))
        df[c] = parsed
    for c, k in spec.items():
        if k == "float":
            v = df[c].to_numpy(dtype="float64", na_value=np.nan)
            bad = np.isinf(v)
            if bad.any():
                bad_cells.append((bad, c, "not a finite number"))
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
    order = {c: j for j, c in enumerate(cols)}
    problems.sort(key=lambda p: (p.row, order.get(p.column, -1)))
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


def _check_header(header: list[str], spec: dict[str, str], optional: tuple[str, ...],
                  what: str, file: str, hline: int) -> None:  # fmt: skip
    """Raise when a column name is duplicated or a required column is missing."""
    seen: dict[str, int] = {}
    dup = []
    for j, c in enumerate(header, start=1):
        if c in seen:
            dup.append(Problem(f"duplicated column name (fields {seen[c]} and {j})", row=hline,
                               column=c, file=file))  # fmt: skip
        seen.setdefault(c, j)
    if dup:
        names = ", ".join(dict.fromkeys(p.column for p in dup))
        raise DataFileError(dup, what=f"{what} file", summary=f"{what} file {file} has a "
                            f"duplicated column name: {names}")  # fmt: skip
    needed = [c for c in spec if c not in optional]
    missing = [c for c in needed if c not in seen]
    if not missing:
        return
    extra = [c for c in header if c not in spec]
    probs = [Problem("required column missing", row=hline, column=c, file=file)
             for c in missing]  # fmt: skip
    probs += [Problem("unexpected column (renamed?)", row=hline, column=c, file=file)
              for c in extra]  # fmt: skip
    found = len(needed) - len(missing)
    if found < len(needed) / 2:
        summary = f"not a {what} file: {found} of {len(needed)} required columns found ({file})"
    else:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        summary = (f"{what} file {file} lacks {len(missing)} required "
                   f"column{'s' if len(missing) != 1 else ''}: {shown}")  # fmt: skip
    raise DataFileError(probs, what=f"{what} file", summary=summary)


def to_datetime_ns(values: pd.Series, fmt: str) -> pd.Series:
    """``pandas.to_datetime(values, format=fmt, errors="coerce")`` as ``datetime64[ns]``.

    A date outside what nanoseconds hold (1677-09-21..2262-04-11: "0019-05-01" for
    "2019-05-01") is NaT too, so the caller names it as a bad date instead of raising
    ``OutOfBoundsDatetime``.

    Examples
    --------
    >>> to_datetime_ns(pd.Series(["2019-05-01", "0019-05-01", "May"]), "%Y-%m-%d").tolist()
    [Timestamp('2019-05-01 00:00:00'), NaT, NaT]
    """
    got = pd.to_datetime(values, format=fmt, errors="coerce")
    got = got.where((got >= pd.Timestamp.min) & (got <= pd.Timestamp.max))
    return got.astype("datetime64[ns]")


def parse_dates(values: pd.Index, formats: tuple[str, ...]) -> pd.DatetimeIndex:
    """Each value parsed with the first of ``formats`` that fits (NaT if none does).

    Examples
    --------
    >>> parse_dates(pd.Index(["2019-05-01", "1 May 2019", "May"]), ("%Y-%m-%d", "%d %B %Y")).tolist()
    [Timestamp('2019-05-01 00:00:00'), Timestamp('2019-05-01 00:00:00'), NaT]
    """
    vals = pd.Series(values, dtype="str")
    out = pd.Series(pd.NaT, index=vals.index, dtype="datetime64[ns]")
    for fmt in formats:
        todo = out.isna() & vals.notna()
        if not todo.any():
            break
        out[todo] = to_datetime_ns(vals[todo], fmt)
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
    """Give inferred numeric columns their spec dtype; None if a column does not fit.

    An integer column with a value beyond :data:`INT_LIMIT` (or read as uint64, or as float
    beyond the exact range) does not fit: the all-text pass names the cell.
    """
    for c, k in spec.items():
        kind = df[c].dtype.kind
        if k in ("int", "Int") and kind in "iu":
            v = df[c].to_numpy()
            if len(v) and (v.max() > INT_LIMIT or (kind == "i" and v.min() < -INT_LIMIT)):
                return None
        if k == "int" and kind not in "iu":
            return None
        if k == "Int":
            if kind == "f":
                v = df[c].to_numpy()
                v = v[~np.isnan(v)]
                if not np.array_equal(v, np.floor(v)) or (len(v) and np.abs(v).max() > INT_LIMIT):
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
        texts, word = raw.to_numpy(), _word(k)
        if wrong.any():
            # the message names each bad cell's text (looked up only when the problem is made)
            bad_cells.append(
                (
                    wrong.to_numpy(),
                    c,
                    lambda i, t=texts, w=word: f"not a number ({t[i]!r}): expected {w}",
                )
            )
        if k in ("int", "Int"):
            huge = num.notna() & (num.abs() > INT_LIMIT)
            if huge.any():
                bad_cells.append(
                    (
                        huge.to_numpy(),
                        c,
                        lambda i, t=texts: (
                            f"integer out of range ({t[i]!r}): integers are "
                            f"read exactly up to {INT_LIMIT:,}"
                        ),
                    )
                )
            num = num.where(~huge)
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


def _plain(v: object) -> object:
    """A value for a message: 3.0 -> 3 (text reads give floats for integer columns)."""
    return int(v) if isinstance(v, float) and v.is_integer() else v
