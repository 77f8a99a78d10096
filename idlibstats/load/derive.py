"""Deprecated: the dataset builders moved to :mod:`idlibstats.datasets.builders`.

The old names work for one release and warn
(:class:`~idlibstats.errors.IdlibstatsDeprecationWarning`).
"""

from __future__ import annotations

from idlibstats._deprecate import moved
from idlibstats.datasets.builders import ucdp_deaths_monthly, unhcr_refugees

#: The three datasets this module used to write (the UCDP and UNHCR tables); every derived
#: dataset is :data:`idlibstats.datasets.builders.DERIVED`.
DERIVED = (*ucdp_deaths_monthly.DATASETS, unhcr_refugees.DATASET)

__getattr__ = moved(
    __name__,
    {
        "COMMAND": "idlibstats.datasets.builders:COMMAND",
        "GED_FILE": "idlibstats.datasets.builders._common:GED_FILE",
        "UNHCR_FILE": "idlibstats.datasets.builders._common:UNHCR_FILE",
        "COD_AB_FILES": "idlibstats.datasets.builders._common:COD_AB_FILES",
        "START": "idlibstats.datasets.builders.ucdp_deaths_monthly:START",
        "END": "idlibstats.datasets.builders.ucdp_deaths_monthly:END",
        "UCDP_LICENCE": "idlibstats.datasets.builders.ucdp_deaths_monthly:UCDP_LICENCE",
        "UNHCR_LICENCE": "idlibstats.datasets.builders.unhcr_refugees:UNHCR_LICENCE",
        "build_all": "idlibstats.datasets.builders:build_all",
        "ucdp_monthly": "idlibstats.datasets.builders:ucdp_monthly",
        "unhcr_refugees_by_asylum": "idlibstats.datasets.builders:unhcr_refugees_by_asylum",
    },
)
