"""The derived datasets in ``data/``, rebuilt from the raw files by ``idlibstats data``.

- ``ucdp_deaths_monthly_governorate`` / ``ucdp_deaths_monthly_district``: UCDP GED deaths
  (best, low, high, civilian) and events per OCHA unit and month, 2016-01..2019-11, a row for
  every unit and month (zeros included).
- ``unhcr_syrian_refugees_by_asylum``: Syrian refugees and asylum-seekers by year and country
  of asylum (ISO3), UNHCR end-year stocks.

Each is written through :func:`idlibstats.datasets.write_dataset`, so a rebuild from the same
inputs gives the same bytes.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from idlibstats.errors import DataQualityWarning

__all__ = ["DERIVED", "build_all", "ucdp_monthly", "unhcr_refugees_by_asylum"]

GED_FILE = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")
UNHCR_FILE = ("unhcr", "unhcr_population_origin_SYR.csv")
COD_AB_FILES = (("ocha_cod_ab", "syr_admin1.csv"), ("ocha_cod_ab", "syr_admin2.csv"),
                ("ocha_cod_ab", "syr_admin1.geojson"),
                ("ocha_cod_ab", "syr_admin2_idlib_SY07.geojson"))  # fmt: skip
START, END = "2016-01-01", "2019-11-30"


def _command() -> str:
    """The command recorded in provenance, with the idlibstats version that ran it."""
    from idlibstats import __version__

    return f"idlibstats data (idlibstats {__version__})"


COMMAND = _command()
UCDP_LICENCE = "CC BY 4.0: cite UCDP (Sundberg & Melander 2013; GED codebook 19.1) and OCHA COD-AB"
UNHCR_LICENCE = "CC BY 4.0: cite UNHCR Refugee Data Finder"

#: Names of the datasets this module writes.
DERIVED = (
    "ucdp_deaths_monthly_governorate",
    "ucdp_deaths_monthly_district",
    "unhcr_syrian_refugees_by_asylum",
)

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
    >>> import idlibstats as s
    >>> t = s.datasets.load("ucdp_deaths_monthly_governorate")  # doctest: +SKIP
    """
    from idlibstats.load.aggregate import count_events

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


def unhcr_refugees_by_asylum(population: pd.DataFrame) -> pd.DataFrame:
    """Syrian refugees and asylum-seekers by year and country of asylum.

    Parameters
    ----------
    population : pandas.DataFrame
        Long UNHCR table from :func:`idlibstats.load.load_unhcr_population`.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``coa_iso``, ``coa_name``, ``refugees``, ``asylum_seekers``, ``total``
        (refugees + asylum-seekers; missing if either is missing), one row per year and
        country of asylum holding Syrians (Syria itself, where UNHCR counts IDPs, left out).
    """
    syr = population[(population["coo_iso"] == "SYR") & (population["coa_iso"] != "SYR")]
    syr = syr[syr["population_type"].isin(["refugees", "asylum_seekers"])]
    syr = syr.assign(population_type=syr["population_type"].astype("str"))
    wide = syr.set_index(["year", "coa_iso", "coa_name", "population_type"])["value"]
    wide = wide.unstack("population_type")[["refugees", "asylum_seekers"]].reset_index()
    wide.columns.name = None
    wide["refugees"] = wide["refugees"].astype("Int64")
    wide["asylum_seekers"] = wide["asylum_seekers"].astype("Int64")
    wide["total"] = wide["refugees"] + wide["asylum_seekers"]
    return wide.sort_values(["year", "coa_iso"]).reset_index(drop=True)


def build_all(out_dir: Path | None = None) -> list[Path]:
    """Rebuild every derived dataset of this module from the raw data folder.

    Parameters
    ----------
    out_dir : path-like, optional
        Where to write (default the bundled ``data/`` folder).

    Returns
    -------
    list of pathlib.Path
        The CSV files written.
    """
    from idlibstats._paths import shared_file
    from idlibstats.datasets import write_dataset
    from idlibstats.load.aggregate import place_events
    from idlibstats.load.ucdp import load_ucdp_ged
    from idlibstats.load.unhcr import load_unhcr_population

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

    unhcr_path = shared_file(*UNHCR_FILE)
    ref = unhcr_refugees_by_asylum(load_unhcr_population(unhcr_path))
    written.append(write_dataset(
        ref, "unhcr_syrian_refugees_by_asylum",
        description="Syrian refugees and asylum-seekers (UNHCR end-year stocks) by year and "
        "country of asylum, ISO3 codes; total = refugees + asylum_seekers.",
        inputs=[unhcr_path], command=COMMAND, licence=UNHCR_LICENCE, out_dir=out_dir,
        notes=["Syria-origin rows of the UNHCR Refugee Data Finder table (refugees R package "
               "2025.12.1); Syria as country of asylum (IDPs) left out.",
               "Blank cells in the source stay missing, never zero."],
        dtype={"coa_iso": "str", "coa_name": "str", "refugees": "Int64",
               "asylum_seekers": "Int64", "total": "Int64"},
    ))  # fmt: skip
    return written
