"""ACLED CSV exports as validated, typed DataFrames.

Columns follow ACLED's public codebook (export tool / API, 2023 onwards). No real ACLED data
ship with idlibstats (ACLED's licence is not open): the loader is tested on a small synthetic
file written from the codebook column list (``tests/data/acled_sample.csv``).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from idlibstats.load.reading import parse_dates, read_typed_csv

__all__ = ["ACLED_COLUMNS", "OPTIONAL_COLUMNS", "load_acled"]

#: ACLED export columns and their kinds, in export order. ``inter1``, ``inter2`` and
#: ``interaction`` are numeric codes in older exports and words in newer ones: kept as text.
ACLED_COLUMNS: dict[str, str] = {
    "event_id_cnty": "str", "event_date": "str", "year": "int", "time_precision": "int",
    "disorder_type": "str", "event_type": "str", "sub_event_type": "str", "actor1": "str",
    "assoc_actor_1": "str", "inter1": "str", "actor2": "str", "assoc_actor_2": "str",
    "inter2": "str", "interaction": "str", "civilian_targeting": "str", "iso": "int",
    "region": "str", "country": "str", "admin1": "str", "admin2": "str", "admin3": "str",
    "location": "str", "latitude": "float", "longitude": "float", "geo_precision": "int",
    "source": "str", "source_scale": "str", "notes": "str", "fatalities": "int", "tags": "str",
    "timestamp": "int",
}  # fmt: skip

#: Columns that exports made before 2023 lack (added with ACLED's 2022-23 methodology
#: update): they come out all missing and are named in ``attrs["absent_columns"]``.
OPTIONAL_COLUMNS = ("disorder_type", "civilian_targeting", "tags")

#: ``event_date`` formats accepted: ISO (API) and "29 January 2020" (export tool).
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y")


def _parse_dates(raw: pd.Series) -> pd.Series:
    return pd.Series(parse_dates(pd.Index(raw), DATE_FORMATS), index=raw.index)


def _checks(df: pd.DataFrame) -> list[tuple[np.ndarray, str, str]]:
    out = []
    dates = _parse_dates(df["event_date"])
    bad = dates.isna().to_numpy()
    if bad.any():
        out.append((bad, "event_date", "unparseable or missing date (expected YYYY-MM-DD or "
                    "'29 January 2020')"))  # fmt: skip
    year = pd.to_numeric(df["year"], errors="coerce")
    off = (dates.dt.year != year) & dates.notna() & year.notna()
    if off.any():
        out.append((off.to_numpy(), "year", "year differs from the year of event_date"))
    for c in ("time_precision", "geo_precision"):
        v = pd.to_numeric(df[c], errors="coerce")
        bad = (~v.isin([1, 2, 3]) & v.notna()).to_numpy()
        if bad.any():
            out.append((bad, c, f"{c} must be 1, 2 or 3"))
    blank = df["event_id_cnty"].isna().to_numpy()
    if blank.any():
        out.append((blank, "event_id_cnty", "missing value"))
    return out


def load_acled(
    path: str | os.PathLike, *, errors: str = "raise", encoding: str = "utf-8"
) -> pd.DataFrame:
    """Load an ACLED CSV export as a typed DataFrame.

    Parameters
    ----------
    path : path-like
        CSV (or ``.csv.gz``, or a ``.zip`` holding one CSV) with ACLED's export columns
        (:data:`ACLED_COLUMNS`, in any order); extra columns (e.g. ``data_id``, ``iso3`` of
        older exports) are kept after them. Older exports without
        :data:`OPTIONAL_COLUMNS` are accepted: those columns are added, all missing.
    errors : {"raise", "drop"}
        ``"drop"`` sets bad rows aside (``attrs["set_aside"]``, with a warning).
    encoding : str
        Text encoding of the file (default UTF-8; a byte-order mark is dropped).

    Returns
    -------
    pandas.DataFrame
        One row per event: ``event_date`` datetime64, ``year``, ``time_precision``, ``iso``,
        ``geo_precision``, ``fatalities``, ``timestamp`` int64, ``latitude``/``longitude``
        float64, text columns ``str`` (blank -> missing). ``attrs["absent_columns"]`` lists
        the optional columns the file lacked.

    Raises
    ------
    DataFileError
        Listing every problem with file, line and column: a missing or renamed column, a value
        of the wrong type, an unparseable ``event_date``, a ``year`` that is not the date's
        year, a precision code outside 1-3, a duplicate ``event_id_cnty``, negative
        ``fatalities``.

    Examples
    --------
    >>> from idlibstats._paths import REPO_DIR
    >>> sample = REPO_DIR / "tests" / "data" / "acled_sample.csv"
    >>> ev = load_acled(sample)
    >>> print(ev["event_date"].dtype, ev["fatalities"].dtype)
    datetime64[ns] int64
    """
    df = read_typed_csv(
        Path(path), ACLED_COLUMNS, what="ACLED export", id_col="event_id_cnty",
        nonnegative=("fatalities",), optional=OPTIONAL_COLUMNS, errors=errors,
        row_checks=_checks, encoding=encoding,
    )  # fmt: skip
    df["event_date"] = _parse_dates(df["event_date"])
    return df
