"""``idlib_admin_boundaries``: Idlib's boundaries and the seed article's places, for the map.

One row per shape, geometry as WKT (WGS 84 longitude/latitude, simplified to about 200 m so the
file stays small): ``kind = "adm1"`` Idleb governorate (SY07) and its neighbours Aleppo, Hama and
Lattakia; ``"adm2"`` Idleb's 5 districts; ``"adm3"`` its 26 sub-districts; ``"place"`` the towns
the seed article names (points). Read back by :func:`idlibstats.plot.geo.idlib_boundaries`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import shapely

from idlibstats._paths import shared_file
from idlibstats.datasets import write_dataset
from idlibstats.datasets.builders._common import COMMAND, GED_FILE
from idlibstats.load.admin import load_admin_boundaries, point_to_pcode

__all__ = ["ARTICLE_PLACES", "DATASET", "build_idlib_boundaries"]

DATASET = "idlib_admin_boundaries"

#: Simplification tolerance in degrees (~200 m at 36°N) and WKT rounding (5 decimals ~ 1 m).
TOLERANCE = 0.002
DECIMALS = 5

#: Places named in the seed article: name as written -> (COD-AB admin capital name, P-code of
#: its sub-district). al-Habit is not an admin capital; its point comes from UCDP GED.
ARTICLE_PLACES = {
    "Idlib city": ("Idleb", "SY070000"),
    "Maarat al-Numan": ("Ma'arrat An Nu'man", "SY070200"),
    "Abu al-Duhour": ("Abul Thohur", "SY070001"),
    "al-Hader": ("Hadher", "SY020006"),
}
NEIGHBOURS = ("SY02", "SY05", "SY06", "SY07")


def build_idlib_boundaries(out_dir: Path | None = None) -> Path:
    """Derive the bundled boundary file from the raw COD-AB and UCDP files (needs ../shared).

    Parameters
    ----------
    out_dir : path-like, optional
        Where to write (default the bundled ``data/`` folder).

    Returns
    -------
    pathlib.Path
        The CSV path (written with :func:`idlibstats.datasets.write_dataset`).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> build_idlib_boundaries(Path(tempfile.mkdtemp())).name  # doctest: +SKIP
    'idlib_admin_boundaries.csv'
    """
    rows = []
    for level in (1, 2, 3):
        b = load_admin_boundaries(level)
        if level == 1:
            b = b[b["adm1_pcode"].isin(NEIGHBOURS)]
        for _, r in b.iterrows():
            g = shapely.set_precision(
                r["geometry"].simplify(TOLERANCE, preserve_topology=True), 10.0**-DECIMALS
            )
            rows.append(
                {
                    "kind": f"adm{level}",
                    "pcode": r[f"adm{level}_pcode"],
                    "name": r[f"adm{level}_name"],
                    "parent_pcode": r[f"adm{level - 1}_pcode"] if level > 1 else "SY",
                    "wkt": shapely.to_wkt(g, rounding_precision=DECIMALS),
                }
            )
    capitals_file = shared_file("ocha_cod_ab", "syr_admincapitals.csv")
    caps = pd.read_csv(capitals_file, dtype=str, keep_default_na=False)
    for name, (cod_name, pcode) in ARTICLE_PLACES.items():
        # the capital of the smallest unit it heads (Idleb city is a governorate capital)
        hit = caps[caps["name"] == cod_name].sort_values("adm_p_lvl").tail(1)
        if hit.empty:
            raise ValueError(f"{capitals_file}: no admin capital named {cod_name!r}")
        x, y = float(hit["x_coord"].iloc[0]), float(hit["y_coord"].iloc[0])
        rows.append(
            {
                "kind": "place",
                "pcode": pcode,
                "name": name,
                "parent_pcode": pcode[:4],
                "wkt": f"POINT ({x:.{DECIMALS}f} {y:.{DECIMALS}f})",
            }
        )
    ged_file = shared_file(*GED_FILE)
    ged = pd.read_csv(ged_file, usecols=["where_coordinates", "latitude", "longitude"])
    habit = ged[ged["where_coordinates"].astype(str).str.fullmatch("Al Habit town")]
    lat, lon = habit[["latitude", "longitude"]].drop_duplicates().iloc[0]
    habit_pcode = str(point_to_pcode(lat, lon, level=3)[0])
    rows.append(
        {
            "kind": "place",
            "pcode": habit_pcode,
            "name": "al-Habit",
            "parent_pcode": habit_pcode[:4],
            "wkt": f"POINT ({lon:.{DECIMALS}f} {lat:.{DECIMALS}f})",
        }
    )
    df = pd.DataFrame(rows)
    inputs = [
        shared_file("ocha_cod_ab", f)
        for f in (
            "syr_admin1.geojson",
            "syr_admin2_idlib_SY07.geojson",
            "syr_admin3_idlib_SY07.geojson",
        )
    ] + [capitals_file, ged_file]
    return write_dataset(
        df,
        DATASET,
        description=(
            "Idleb governorate (SY07) and neighbouring governorates, Idleb's districts "
            "and sub-districts (OCHA P-codes) as simplified WKT polygons, plus the "
            "places the seed article names as WKT points; for maps without raw data."
        ),
        inputs=inputs,
        command=COMMAND,
        licence="OCHA COD-AB: CC BY 3.0 IGO (cite OCHA); UCDP GED: CC BY 4.0 (cite UCDP)",
        out_dir=out_dir,
        notes=[
            f"Polygons simplified with shapely (tolerance {TOLERANCE} degrees, topology "
            f"preserved) and rounded to {DECIMALS} decimals: for drawing, not for "
            "point-in-polygon work (use idlibstats.load.admin.point_to_pcode).",
            "Place points: OCHA COD-AB admin capitals (2016-09-05); al-Habit from UCDP GED "
            "'Al Habit town' (not an admin capital). al-Hader lies in Aleppo governorate.",
            "COD-AB has district and sub-district polygons for Idleb only.",
        ],
        dtype={"pcode": "str", "parent_pcode": "str"},
    )
