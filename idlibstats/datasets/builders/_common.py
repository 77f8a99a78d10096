"""What every dataset builder records: the command and the raw files it reads."""

from __future__ import annotations

from idlibstats import __version__

#: The command recorded in provenance, with the idlibstats version that ran it.
COMMAND = f"idlibstats data (idlibstats {__version__})"

#: Raw files, as ``(folder, file)`` under the shared data folder.
GED_FILE = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")
UNHCR_FILE = ("unhcr", "unhcr_population_origin_SYR.csv")
COD_AB_FILES = (("ocha_cod_ab", "syr_admin1.csv"), ("ocha_cod_ab", "syr_admin2.csv"),
                ("ocha_cod_ab", "syr_admin1.geojson"),
                ("ocha_cod_ab", "syr_admin2_idlib_SY07.geojson"))  # fmt: skip
