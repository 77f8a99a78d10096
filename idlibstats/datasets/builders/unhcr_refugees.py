"""``unhcr_syrian_refugees_by_asylum``: Syrian refugees by year and country of asylum.

Refugees and asylum-seekers, countries of asylum as ISO3 codes, UNHCR end-year stocks.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from idlibstats._paths import shared_file
from idlibstats.datasets import write_dataset
from idlibstats.datasets.builders._common import COMMAND, UNHCR_FILE
from idlibstats.load.unhcr import load_unhcr_population

__all__ = ["DATASET", "build_unhcr_refugees", "unhcr_refugees_by_asylum"]

DATASET = "unhcr_syrian_refugees_by_asylum"
UNHCR_LICENCE = "CC BY 4.0: cite UNHCR Refugee Data Finder"


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

    Examples
    --------
    >>> pop = pd.DataFrame({"year": [2019] * 3, "coo_iso": ["SYR"] * 3,
    ...                     "coa_iso": ["TUR", "TUR", "SYR"],
    ...                     "coa_name": ["Türkiye", "Türkiye", "Syria"],
    ...                     "population_type": ["refugees", "asylum_seekers", "idps"],
    ...                     "value": [3576370, 100, 6000000]})
    >>> unhcr_refugees_by_asylum(pop)[["coa_iso", "refugees", "total"]].values.tolist()
    [['TUR', 3576370, 3576470]]
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


def build_unhcr_refugees(out_dir: Path | None = None) -> Path:
    """Rebuild ``unhcr_syrian_refugees_by_asylum`` from the raw data folder.

    Parameters
    ----------
    out_dir : path-like, optional
        Where to write (default the bundled ``data/`` folder).

    Returns
    -------
    pathlib.Path
        The CSV file written.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> build_unhcr_refugees(Path(tempfile.mkdtemp())).name  # doctest: +SKIP
    'unhcr_syrian_refugees_by_asylum.csv'
    """
    unhcr_path = shared_file(*UNHCR_FILE)
    ref = unhcr_refugees_by_asylum(load_unhcr_population(unhcr_path))
    return write_dataset(
        ref, DATASET,
        description="Syrian refugees and asylum-seekers (UNHCR end-year stocks) by year and "
        "country of asylum, ISO3 codes; total = refugees + asylum_seekers.",
        inputs=[unhcr_path], command=COMMAND, licence=UNHCR_LICENCE, out_dir=out_dir,
        notes=["Syria-origin rows of the UNHCR Refugee Data Finder table (refugees R package "
               "2025.12.1); Syria as country of asylum (IDPs) left out.",
               "Blank cells in the source stay missing, never zero."],
        dtype={"coa_iso": "str", "coa_name": "str", "refugees": "Int64",
               "asylum_seekers": "Int64", "total": "Int64"},
    )  # fmt: skip
