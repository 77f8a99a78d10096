"""UNHCR population statistics (Refugee Data Finder end-year stocks) in long format.

The wide file has one row per year x country of origin x country of asylum and one column per
population type; :func:`load_unhcr_population` validates it and returns one row per
(year, origin, asylum, population type). Blank cells are missing values, never zeros.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from idlibstats.load.ucdp import read_typed_csv

__all__ = ["POPULATION_TYPES", "load_unhcr_population", "unhcr_wide_columns"]

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

_ID_COLUMNS = {
    "year": "int", "coo_name": "str", "coo": "str", "coo_iso": "str",
    "coa_name": "str", "coa": "str", "coa_iso": "str",
}  # fmt: skip


def unhcr_wide_columns() -> dict[str, str]:
    """The columns of the wide UNHCR file and their kinds (``int``, ``Int``, ``str``)."""
    return {**_ID_COLUMNS, **dict.fromkeys(POPULATION_TYPES, "Int")}


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


def load_unhcr_population(path: str | os.PathLike, *, errors: str = "raise") -> pd.DataFrame:
    """Load a UNHCR end-year population table as a long, validated DataFrame.

    Works on the Syria-origin subset (``unhcr_population_origin_SYR.csv``) and on the whole
    table (``unhcr_population_full_1951_2025.csv.gz``, read compressed).

    Parameters
    ----------
    path : path-like
        CSV or gzipped CSV with columns ``year, coo_name, coo, coo_iso, coa_name, coa,
        coa_iso`` and the population types of :data:`POPULATION_TYPES`.
    errors : {"raise", "drop"}
        ``"drop"`` sets bad rows aside (listed in ``attrs["set_aside"]``, with a warning)
        instead of raising.

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
        three capital letters, a duplicate year x origin x asylum row.

    Examples
    --------
    >>> from idlibstats._paths import shared_data_dir
    >>> d = shared_data_dir(required=False)
    >>> if d:
    ...     u = load_unhcr_population(d / "unhcr" / "unhcr_population_origin_SYR.csv")
    ...     v = u.query("year == 2019 and coa_iso == 'TUR' and population_type == 'refugees'")
    ...     print(int(v["value"].iloc[0]) > 3_500_000)
    ... else:
    ...     print(True)
    True
    """
    wide = read_typed_csv(
        Path(path), unhcr_wide_columns(), what="UNHCR population", nonnegative=tuple(POPULATION_TYPES),
        errors=errors, row_checks=_checks,
    )  # fmt: skip
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
