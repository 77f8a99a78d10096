"""Idlib's boundaries and the places the seed article names, bundled for the map.

``data/idlib_admin_boundaries.csv`` holds one row per shape, geometry as WKT (WGS 84
longitude/latitude, simplified to about 200 m so the file stays small):

- ``kind = "adm1"``: Idleb governorate (SY07) and its neighbours Aleppo, Hama and Lattakia;
- ``kind = "adm2"``: Idleb's 5 districts; ``kind = "adm3"``: its 26 sub-districts;
- ``kind = "place"``: the towns the seed article names (points).

It is derived by :func:`idlibstats.datasets.builders.build_idlib_boundaries` from OCHA COD-AB
v02 (and, for al-Habit, which COD-AB has no point for, from UCDP GED) and read back by
:func:`idlib_boundaries`, so the map needs no raw data.
"""

from __future__ import annotations

import pandas as pd
import shapely

from idlibstats import datasets
from idlibstats._deprecate import moved

__all__ = ["idlib_boundaries"]

__getattr__ = moved(
    __name__,
    {
        name: f"idlibstats.datasets.builders.idlib_admin_boundaries:{name}"
        for name in ("build_idlib_boundaries", "ARTICLE_PLACES", "NEIGHBOURS", "TOLERANCE",
                     "DECIMALS")
    },
)  # fmt: skip

#: Written by :mod:`idlibstats.datasets.builders.idlib_admin_boundaries`.
DATASET = "idlib_admin_boundaries"


def idlib_boundaries() -> pd.DataFrame:
    """The bundled Idlib shapes and article places with a ``geometry`` column of shapely objects.

    Returns
    -------
    pandas.DataFrame
        ``kind``, ``pcode``, ``name``, ``parent_pcode``, ``wkt`` and ``geometry``.

    Examples
    --------
    >>> from idlibstats.plot.geo import idlib_boundaries
    >>> b = idlib_boundaries()
    >>> int((b["kind"] == "adm3").sum())
    26
    """
    df = datasets.load(DATASET)
    df["geometry"] = list(shapely.from_wkt(df["wkt"].to_numpy(dtype=object)))
    return df
