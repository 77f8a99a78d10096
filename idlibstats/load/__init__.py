"""Loaders: real conflict and refugee datasets into validated tidy frames.

Every loader checks its file and raises one :class:`~idlibstats.errors.DataFileError` listing
every problem (file, line, column); known data quirks are kept and reported, never dropped.

- :func:`load_ucdp_ged`, :func:`ged_quality`: UCDP Georeferenced Event Dataset.
- :func:`load_unhcr_population`: UNHCR end-year population stocks (long format).
- :func:`load_acled`: ACLED CSV exports.
- :func:`place_events`, :func:`count_events`: events to counts by OCHA unit and period.
- :data:`NORTH_WEST_SYRIA` (:class:`Region`): the one definition of north-west Syria.
- OCHA admin units, places and the UCDP crosswalk (``admin``), HXL (``hxl``), downloads
  (``download``).
- ``reading``: the reading layer every loader shares (encodings, compression, files cut short,
  ragged records, duplicated columns, integers beyond the exact range).
"""

from __future__ import annotations

from idlibstats.load.acled import load_acled
from idlibstats.load.admin import (
    crosswalk_ucdp,
    load_admin_boundaries,
    load_admin_units,
    load_geonames_syria,
    load_opensyria,
    match_admin_names,
    point_to_pcode,
)
from idlibstats.load.aggregate import count_events, place_events
from idlibstats.load.download import download
from idlibstats.load.hxl import hxl_columns, hxl_get, read_hxl, select_hxl, to_hxl
from idlibstats.load.regions import NORTH_WEST_SYRIA, Region
from idlibstats.load.ucdp import ged_quality, load_ucdp_ged
from idlibstats.load.unhcr import load_unhcr_population

__all__ = [
    "NORTH_WEST_SYRIA",
    "Region",
    # B1: events and refugees
    "count_events",
    "ged_quality",
    "load_acled",
    "load_ucdp_ged",
    "load_unhcr_population",
    "place_events",
    # B2: admin units, places, HXL, download
    "crosswalk_ucdp",
    "download",
    "hxl_columns",
    "hxl_get",
    "load_admin_boundaries",
    "load_admin_units",
    "load_geonames_syria",
    "load_opensyria",
    "match_admin_names",
    "point_to_pcode",
    "read_hxl",
    "select_hxl",
    "to_hxl",
]
