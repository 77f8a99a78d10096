"""UCDP Georeferenced Event Dataset (GED) files as validated, typed DataFrames.

The GED CSV layout is the same for the country files (e.g. the Syria file
``ucdp_ged_syria_652.1601.1911.csv``) and the global releases. The loader checks the file and
raises one :class:`~idlibstats.errors.DataFileError` listing every problem (missing or renamed
columns, values of the wrong type, unparseable dates, duplicate ids, negative counts) with the
file, the CSV line number and the column. Known quirks of real GED data are not errors: the rows
are kept and listed by :func:`ged_quality`. The file is read by the reading layer every loader
shares (:mod:`idlibstats.load.reading`: encodings, compression, cut or ragged files).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from idlibstats._paths import shared_file
from idlibstats.errors import DataQualityWarning
from idlibstats.load.reading import read_typed_csv

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


# --------------------------------------------------------------------------- UCDP GED
def _ged_row_checks(df: pd.DataFrame) -> list[tuple[np.ndarray, str, str]]:
    out = []
    tv = pd.to_numeric(df["type_of_violence"], errors="coerce")
    bad = (~tv.isin(list(VIOLENCE_TYPES)) & tv.notna()).to_numpy()
    if bad.any():
        out.append((bad, "type_of_violence", "type_of_violence must be 1, 2 or 3"))
    for col, lim in (("latitude", 90), ("longitude", 180)):
        v = pd.to_numeric(df[col], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        off = np.isfinite(v) & (np.abs(v) > lim)  # not finite: named by the reader already
        if off.any():
            out.append((off, col, f"{col} outside -{lim}..{lim}"))
    return out


def _resolve(path: str | os.PathLike | None) -> Path:
    if path is not None:
        return Path(path)
    env = os.environ.get(UCDP_GED_ENV)
    if env:
        return Path(env)

    return shared_file(*DEFAULT_GED)


def load_ucdp_ged(
    path: str | os.PathLike | None = None, *, errors: str = "raise", encoding: str = "utf-8"
) -> pd.DataFrame:
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
    encoding : str
        Text encoding of the file (default UTF-8; a byte-order mark is dropped).

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
        count, an unknown ``type_of_violence``, a ``latitude`` outside -90..90 or a
        ``longitude`` outside -180..180 (or not finite), an integer beyond the exact range;
        and the file errors of :func:`idlibstats.load.reading.check_file` (encoding, cut or
        damaged file) and of the CSV structure (duplicated column, ragged records).

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
        row_checks=_ged_row_checks, encoding=encoding,
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
