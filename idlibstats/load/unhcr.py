"""UNHCR population statistics (Refugee Data Finder end-year stocks) in long format.

The wide file has one row per year x country of origin x country of asylum and one column per
population type; :func:`load_unhcr_population` validates it and returns one row per
(year, origin, asylum, population type). Blank cells are missing values, never zeros.

Two layouts are read: the CSV of UNHCR's ``refugees`` R package (``year, coo_name, coo,
coo_iso, ...``) and the Refugee Data Finder / API export (a zip holding ``population.csv``
with ``Year, "Country of origin", "Country of origin (ISO)", ...`` headers, sometimes after a
few preamble lines), which is what ``idlibstats download unhcr-population-syr`` fetches.
"""

from __future__ import annotations

import csv
import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from idlibstats.errors import DataFileError, DataQualityWarning, Problem
from idlibstats.load.reading import CsvSource, as_source, check_file, read_typed_csv

__all__ = ["API_COLUMNS", "POPULATION_TYPES", "load_unhcr_population", "unhcr_wide_columns"]

#: Population type columns of the UNHCR table and what they count (UNHCR Refugee Data Finder).
POPULATION_TYPES = {
    "refugees": "refugees under UNHCR's mandate",
    "asylum_seekers": "asylum-seekers (pending cases)",
    "returned_refugees": "refugees who returned during the year",
    "idps": "internally displaced persons protected/assisted by UNHCR",
    "returned_idps": "IDPs who returned during the year",
    "stateless": "stateless persons",
    "ooc": "others of concern to UNHCR",
    "oip": "other people in need of international protection",
    "hst": "host community members",
}

#: Column names of the Refugee Data Finder / API export (``population.csv``) -> the names used
#: here (those of the R package). The export has no UNHCR country codes (``coo``, ``coa``):
#: they come out missing. Older exports lack some population types (e.g. the returns): those
#: come out missing too and are named in ``attrs["absent_columns"]``.
API_COLUMNS = {
    "Year": "year",
    "Country of origin": "coo_name",
    "Country of origin (ISO)": "coo_iso",
    "Country of asylum": "coa_name",
    "Country of asylum (ISO)": "coa_iso",
    "Refugees under UNHCR's mandate": "refugees",
    "Asylum-seekers": "asylum_seekers",
    "Returned refugees": "returned_refugees",
    "IDPs of concern to UNHCR": "idps",
    "Returned IDPs": "returned_idps",
    "Returned IDPss": "returned_idps",  # sic: spelled so in the 2026 exports
    "Stateless persons": "stateless",
    "Others of concern": "ooc",
    "Other people in need of international protection": "oip",
    "Host Community": "hst",
}

_ID_COLUMNS = {
    "year": "int", "coo_name": "str", "coo": "str", "coo_iso": "str",
    "coa_name": "str", "coa": "str", "coa_iso": "str",
}  # fmt: skip


def unhcr_wide_columns() -> dict[str, str]:
    """The columns of the wide UNHCR file and their kinds (``int``, ``Int``, ``str``)."""
    return {**_ID_COLUMNS, **dict.fromkeys(POPULATION_TYPES, "Int")}


def _api_source(src: CsvSource, max_preamble: int = 50) -> CsvSource | None:
    """The source read as an API export (header line found, names mapped), or None."""
    with src.open_text() as fh:
        reader = csv.reader(fh)
        before = 0  # physical lines before the current record
        for i, rec in enumerate(reader):
            if i > max_preamble:
                break
            if len(rec) > 1 and rec[0].strip() == "Year" and rec[1].strip() == "Country of origin":
                return CsvSource(
                    src.path,
                    member=src.member,
                    skip=before,
                    rename=API_COLUMNS,
                    encoding=src.encoding,
                )
            before = reader.line_num
    return None


def _checks(df: pd.DataFrame) -> list[tuple[np.ndarray, str, str]]:
    out = []
    for c in ("coo_iso", "coa_iso"):
        bad = ~df[c].str.fullmatch(r"[A-Z]{3}", na=False)
        if bad.any():
            out.append((bad.to_numpy(), c, "not an ISO3 code (three capital letters)"))
    for c in ("coo_name", "coa_name"):
        blank = df[c].isna()
        if blank.any():
            out.append((blank.to_numpy(), c, "missing value"))
    dup = df.duplicated(["year", "coo_iso", "coa_iso"], keep=False).to_numpy()
    if dup.any():
        out.append((dup, "coa_iso", "duplicate row: same year, coo_iso and coa_iso"))
    return out


def load_unhcr_population(
    path: str | os.PathLike, *, errors: str = "raise", encoding: str = "utf-8"
) -> pd.DataFrame:
    """Load a UNHCR end-year population table as a long, validated DataFrame.

    Works on the Syria-origin subset (``unhcr_population_origin_SYR.csv``) and on the whole
    table (``unhcr_population_full_1951_2025.csv.gz``, read compressed).

    Parameters
    ----------
    path : path-like
        CSV, gzipped CSV or zip. Either the R-package layout (columns ``year, coo_name, coo,
        coo_iso, coa_name, coa, coa_iso`` and the population types of
        :data:`POPULATION_TYPES`) or the Refugee Data Finder / API export (a zip with
        ``population.csv``, or that CSV; preamble lines skipped, names mapped by
        :data:`API_COLUMNS`; ``coo``/``coa`` and types the export lacks come out missing,
        the latter with a :class:`~idlibstats.errors.DataQualityWarning`).
    errors : {"raise", "drop"}
        ``"drop"`` sets bad rows aside (listed in ``attrs["set_aside"]``, with a warning)
        instead of raising.
    encoding : str
        Text encoding of the file (default UTF-8; a byte-order mark is dropped).

    Returns
    -------
    pandas.DataFrame
        One row per year x origin x asylum x population type, sorted by year, origin, asylum
        and type order: ``year`` (int64), ``coo_iso``, ``coo_name``, ``coo`` (UNHCR code),
        ``coa_iso``, ``coa_name``, ``coa``, ``population_type`` (categorical in
        :data:`POPULATION_TYPES` order) and ``value`` (nullable Int64: NA where the file is
        blank). ``attrs["file"]`` is the path. Syrian IDPs are rows with ``coo_iso ==
        coa_iso == "SYR"`` and ``population_type == "idps"``.

    Raises
    ------
    DataFileError
        Listing every problem with file, line and column: a missing or renamed column, a
        non-numeric or negative count, a year that is not an integer, an ISO3 code that is not
        three capital letters, a duplicate year x origin x asylum row; an API export with no
        population column. Line numbers are physical lines of the CSV (preamble counted).

    Examples
    --------
    >>> from idlibstats._paths import shared_data_dir
    >>> u = load_unhcr_population(shared_data_dir() / "unhcr" / "unhcr_population_origin_SYR.csv")
    >>> v = u.query("year == 2019 and coa_iso == 'TUR' and population_type == 'refugees'")
    >>> int(v["value"].iloc[0])
    3576370
    """
    what = "UNHCR population"
    src = as_source(Path(path), prefer=("population.csv",), what=what, encoding=encoding)
    check_file(src, what)
    api = _api_source(src)
    optional: tuple[str, ...] = ()
    if api is not None:
        src, optional = api, ("coo", "coa", *POPULATION_TYPES)
        if not set(api.header()) & set(POPULATION_TYPES):
            raise DataFileError([Problem("no population column (e.g. \"Refugees under UNHCR's "
                                         "mandate\")", row=api.skip + 1, file=api.file)],
                                what=f"{what} file")  # fmt: skip
    wide = read_typed_csv(
        src, unhcr_wide_columns(), what=what, nonnegative=tuple(POPULATION_TYPES),
        optional=optional, errors=errors, row_checks=_checks, encoding=encoding,
    )  # fmt: skip
    gone = [c for c in wide.attrs.get("absent_columns", []) if c in POPULATION_TYPES]
    if gone:
        known = set(unhcr_wide_columns())
        other = [c for c in wide.columns if c not in known]
        warnings.warn(
            f"{what} file {wide.attrs['file']}: no column for {', '.join(gone)}; those values "
            "come out missing" + (f" (unrecognised columns: {', '.join(other)})" if other else ""),
            DataQualityWarning,
            stacklevel=2,
        )
    ids = ["year", "coo_iso", "coo_name", "coo", "coa_iso", "coa_name", "coa"]
    types = list(POPULATION_TYPES)
    n = len(wide)
    # vectorised melt that keeps the row order (year, origin, asylum, type)
    long = wide[ids].iloc[np.repeat(np.arange(n), len(types))].reset_index(drop=True)
    long["population_type"] = pd.Categorical.from_codes(
        np.tile(np.arange(len(types)), n), categories=types
    )
    vals = np.column_stack([wide[t].to_numpy(dtype="float64", na_value=np.nan) for t in types])
    long["value"] = pd.array(vals.reshape(-1), dtype="Float64").astype("Int64")
    long = long.sort_values(["year", "coo_iso", "coa_iso", "population_type"], kind="stable")
    long = long.reset_index(drop=True)
    long.attrs = {k: v for k, v in wide.attrs.items()}
    return long
