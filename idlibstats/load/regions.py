"""Named regions made of OCHA units, defined once for the whole package."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = ["NORTH_WEST_SYRIA", "Region"]


@dataclass(frozen=True)
class Region:
    """A region as a union of whole governorates and whole districts (OCHA P-codes).

    Attributes
    ----------
    name : str
    adm1 : tuple of str
        Governorates included whole.
    adm2 : tuple of str
        Districts included whole (outside the governorates in ``adm1``).
    note : str
        What the definition covers and its known limits, for captions and notes.
    """

    name: str
    adm1: tuple[str, ...]
    adm2: tuple[str, ...]
    note: str

    def mask(self, df: pd.DataFrame) -> pd.Series:
        """Rows of ``df`` inside the region, from its ``adm1_pcode``/``adm2_pcode`` columns.

        Examples
        --------
        >>> import pandas as pd
        >>> from idlibstats.load.regions import NORTH_WEST_SYRIA
        >>> df = pd.DataFrame({"adm1_pcode": ["SY07", "SY05", "SY05"],
        ...                    "adm2_pcode": [None, "SY0502", "SY0500"]})
        >>> NORTH_WEST_SYRIA.mask(df).tolist()
        [True, True, False]
        """
        inside = df["adm1_pcode"].isin(self.adm1)
        if "adm2_pcode" in df.columns:
            inside |= df["adm2_pcode"].isin(self.adm2)
        return inside

    def monthly(self, governorate: pd.DataFrame, district: pd.DataFrame) -> pd.DataFrame:
        """Sum monthly tables over the region.

        Whole governorates come from the governorate table, the other districts from the district
        table (so events in a governorate that have no district are still counted).

        Parameters
        ----------
        governorate, district : pandas.DataFrame
            The datasets ``ucdp_deaths_monthly_governorate`` and ``ucdp_deaths_monthly_district``.

        Returns
        -------
        pandas.DataFrame
            One row per month: ``month, period_start, period_end, days`` and the summed counts.

        Examples
        --------
        >>> import pandas as pd
        >>> from idlibstats.load.regions import NORTH_WEST_SYRIA
        >>> keys = {"month": "2019-05", "period_start": pd.Timestamp("2019-05-01"),
        ...         "period_end": pd.Timestamp("2019-05-31"), "days": 31}
        >>> gov = pd.DataFrame([{**keys, "adm1_pcode": "SY07", "deaths_civilians": 10},
        ...                     {**keys, "adm1_pcode": "SY05", "deaths_civilians": 7}])
        >>> dis = pd.DataFrame([
        ...     {**keys, "adm1_pcode": "SY07", "adm2_pcode": "SY0700", "deaths_civilians": 9},
        ...     {**keys, "adm1_pcode": "SY05", "adm2_pcode": "SY0502", "deaths_civilians": 4},
        ...     {**keys, "adm1_pcode": "SY05", "adm2_pcode": "SY0500", "deaths_civilians": 3}])
        >>> NORTH_WEST_SYRIA.monthly(gov, dis)[["month", "days", "deaths_civilians"]].values.tolist()
        [['2019-05', 31, 14]]
        """
        keys = ["month", "period_start", "period_end", "days"]
        counts = [c for c in governorate.columns if c == "events" or c.startswith("deaths_")]
        parts = [
            governorate[governorate["adm1_pcode"].isin(self.adm1)],
            district[
                district["adm2_pcode"].isin(self.adm2) & ~district["adm1_pcode"].isin(self.adm1)
            ],
        ]
        both = pd.concat([p[keys + counts] for p in parts], ignore_index=True)
        return both.groupby(keys, as_index=False, sort=True)[counts].sum(min_count=1)


#: North-west Syria as the UN's figures for the Idlib area use it: all of Idleb governorate plus
#: the adjacent front-line districts of Hama, Lattakia and Aleppo.
NORTH_WEST_SYRIA = Region(
    name="north-west Syria",
    adm1=("SY07",),
    adm2=("SY0502", "SY0505", "SY0603", "SY0200"),
    note=(
        "Idleb governorate (SY07) + As-Suqaylabiyah (SY0502) and Muhradah (SY0505) districts of "
        "Hama + Al-Haffa (SY0603) of Lattakia + Jebel Saman (SY0200) of Aleppo. Jebel Saman also "
        "holds Aleppo city, so it over-counts the western Aleppo countryside; outside Idleb, "
        "UCDP events are placed in districts by UCDP's names only."
    ),
)
