"""``ucdp_deaths_monthly_governorate`` / ``ucdp_deaths_monthly_district``.

UCDP GED deaths (best, low, high, civilian) and events per OCHA unit and month,
2016-01..2019-11, a row for every unit and month (zeros included).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from idlibstats._paths import shared_file
from idlibstats.datasets import write_dataset
from idlibstats.datasets.builders._common import COD_AB_FILES, COMMAND, GED_FILE
from idlibstats.errors import DataQualityWarning
from idlibstats.load.aggregate import count_events, place_events
from idlibstats.load.ucdp import load_ucdp_ged

__all__ = ["DATASETS", "build_ucdp_monthly", "ucdp_monthly"]

#: Names of the datasets this module writes.
DATASETS = ("ucdp_deaths_monthly_governorate", "ucdp_deaths_monthly_district")
START, END = "2016-01-01", "2019-11-30"
UCDP_LICENCE = "CC BY 4.0: cite UCDP (Sundberg & Melander 2013; GED codebook 19.1) and OCHA COD-AB"

_RENAME = {"best": "deaths_best", "low": "deaths_low", "high": "deaths_high",
           "period": "month", "exposure_days": "days"}  # fmt: skip


def ucdp_monthly(events: pd.DataFrame, level: str) -> pd.DataFrame:
    """Monthly UCDP deaths and events per OCHA unit, 2016-01..2019-11, zero months included.

    Parameters
    ----------
    events : pandas.DataFrame
        Events from :func:`idlibstats.load.place_events` (UCDP GED with OCHA P-codes).
    level : {"governorate", "district"}

    Returns
    -------
    pandas.DataFrame
        Unit P-codes and OCHA names, ``ucdp_names`` (the UCDP spellings mapped to the unit,
        ``;``-joined), ``month`` (``YYYY-MM``), ``period_start``, ``period_end``, ``days``,
        ``events``, ``deaths_best``, ``deaths_low``, ``deaths_high``, ``deaths_civilians``.

    Examples
    --------
    Needs the OCHA boundaries in ``../shared/data``; the tables it made are bundled:

    >>> from idlibstats.load import load_ucdp_ged, place_events
    >>> events = place_events(load_ucdp_ged(shared_file(*GED_FILE)))  # doctest: +SKIP
    >>> ucdp_monthly(events, "governorate")["month"].nunique()  # doctest: +SKIP
    47
    """
    t = count_events(events, period="month", level=level, start=START, end=END,
                     values=("best", "low", "high", "deaths_civilians"))  # fmt: skip
    t = t.drop(columns="count").rename(columns=_RENAME)
    lv = {"governorate": 1, "district": 2}[level]
    code, ucdp = f"adm{lv}_pcode", f"adm_{lv}"
    named = events[events[f"adm{lv}_placed_by"] == "name"]
    spell = named.groupby(code)[ucdp].agg(lambda s: ";".join(sorted(set(s))))
    t.insert(t.columns.get_loc(f"adm{lv}_name") + 1, "ucdp_names",
             t[code].map(spell).astype("str"))  # fmt: skip
    return t


def build_ucdp_monthly(out_dir: Path | None = None) -> list[Path]:
    """Rebuild the two monthly UCDP tables (governorate, district) from the raw data folder.

    Parameters
    ----------
    out_dir : path-like, optional
        Where to write (default the bundled ``data/`` folder).

    Returns
    -------
    list of pathlib.Path
        The CSV files written.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> paths = build_ucdp_monthly(Path(tempfile.mkdtemp()))  # doctest: +SKIP
    >>> [p.name for p in paths]  # doctest: +SKIP
    ['ucdp_deaths_monthly_governorate.csv', 'ucdp_deaths_monthly_district.csv']
    """
    ged_path = shared_file(*GED_FILE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)  # quirks are summarised in notes
        ged = load_ucdp_ged(ged_path)
        placed = place_events(ged, warn=False)
    q = ged.attrs["quality_counts"]
    un = placed.attrs["unplaced"]
    by_coord = int((placed["adm1_placed_by"] == "coordinates").sum())
    by_coord2 = int((placed["adm2_placed_by"] == "coordinates").sum())
    admin_inputs = [shared_file(*p) for p in COD_AB_FILES]
    written = []
    common_notes = [
        f"{len(ged)} GED events; known quirks kept: {q['low_gt_best']} with low > best, "
        f"{q['best_gt_high']} with best > high, {q['adm_1_missing']} with empty adm_1.",
        "Events are dated by date_start; deaths_* are sums of the GED best/low/high/"
        "deaths_civilians columns over all violence types.",
        "UCDP names mapped to OCHA P-codes with idlibstats.load.crosswalk_ucdp; events with an "
        "empty name placed by point-in-polygon on the OCHA COD-AB boundaries.",
    ]
    str_cols = {"adm1_pcode": "str", "adm1_name": "str", "ucdp_names": "str", "month": "str"}
    for level in ("governorate", "district"):
        t = ucdp_monthly(placed, level)
        if level == "governorate":
            notes = common_notes + [
                f"{by_coord} events with empty adm_1 placed by coordinates; {un['governorate']} "
                "events fall in no governorate polygon and are not counted."
            ]
            dtype = str_cols
        else:
            notes = common_notes + [
                f"{by_coord2} Idleb events with empty adm_2 placed by coordinates (district "
                "polygons exist for Idleb only); "
                f"{un['district']} events have no district and are not counted, so district "
                "sums are below governorate sums outside Idleb (and slightly inside it)."
            ]
            dtype = {**str_cols, "adm2_pcode": "str", "adm2_name": "str"}
        written.append(write_dataset(
            t, f"ucdp_deaths_monthly_{level}",
            description=f"UCDP GED deaths (best, low, high, civilians) and events per OCHA "
            f"{level} and month, 2016-01..2019-11, a row for every {level} and month "
            "(zeros included); OCHA P-codes and names with the UCDP spellings.",
            inputs=[ged_path, *admin_inputs], command=COMMAND, licence=UCDP_LICENCE,
            out_dir=out_dir, notes=notes, dtype=dtype,
        ))  # fmt: skip
    return written
