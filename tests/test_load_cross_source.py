"""Cross-source facts a user asks first, computed by the loaders (not typed in).

1. UCDP civilian deaths in north-west Syria, May-August 2019, next to the UN's "more than 1,300"
   (seed article, figure 7).
2. UNHCR's end-2019 stock of Syrian refugees in Turkey next to "more than 3.5 million"
   (seed article, figure 4).

North-west Syria is idlibstats.load.NORTH_WEST_SYRIA (the one definition; see its note).
UCDP events are placed by UCDP's names, else by coordinates (see idlibstats.load.place_events),
and dated by date_start; the period is 2019-05-01..2019-08-31 as the seed table reads "between
May and August 2019". Expected totals come from a plain pandas.read_csv of the raw GED file.
"""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest
import shapely
from shapely.geometry import shape

from idlibstats import datasets
from idlibstats.errors import DataQualityWarning
from idlibstats.load import (
    NORTH_WEST_SYRIA,
    count_events,
    load_ucdp_ged,
    load_unhcr_population,
    place_events,
)

GED = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")
START, END = "2019-05-01", "2019-08-31"


def _seed(fig_id):
    seed = datasets.load("seed_figures")
    return seed[seed.figure_id == fig_id].iloc[0]


@pytest.fixture(scope="module")
def placed(shared_data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        ged = load_ucdp_ged(shared_data.joinpath(*GED))
        return place_events(ged, warn=False)


@pytest.fixture(scope="module")
def raw(shared_data):
    """The raw GED rows of May-August 2019, read with plain pandas (no idlibstats code)."""
    r = pd.read_csv(shared_data.joinpath(*GED))
    return r[r["date_start"].between(START, END)]


def _raw_idleb(raw, shared_data):
    """Raw rows in Idleb: UCDP's "Idlib Governorate", plus rows with an empty adm_1 whose
    point lies in OCHA's SY07 polygon (shapely on the raw GeoJSON)."""
    gj = json.loads((shared_data / "ocha_cod_ab" / "syr_admin1.geojson").read_text())
    (sy07,) = [f for f in gj["features"] if f["properties"]["adm1_pcode"] == "SY07"]
    poly = shape(sy07["geometry"])
    in_poly = shapely.contains_xy(poly, raw["longitude"].to_numpy(), raw["latitude"].to_numpy())
    return raw[(raw["adm_1"] == "Idlib Governorate") | (raw["adm_1"].isna() & in_poly)]


def test_ucdp_civilian_deaths_nw_syria_may_aug_2019_vs_un(placed, raw, shared_data):
    un = _seed(7)
    assert (un.source, un.measure, un.qualifier, un.value) == ("UN", "killed", "more_than", 1300)
    start, end = un.period_start, un.period_end
    assert (str(start.date()), str(end.date())) == (START, END)

    in_period = placed[placed.date_start.between(start, end)]
    nw = in_period[NORTH_WEST_SYRIA.mask(in_period)]
    ucdp = int(nw["deaths_civilians"].sum())

    # all of Syria: the loader keeps every raw row of the period
    syria_raw = int(raw["deaths_civilians"].sum())
    assert len(in_period) == len(raw)
    assert int(in_period["deaths_civilians"].sum()) == syria_raw

    # Idleb: the loader's SY07 equals UCDP's Idlib Governorate + unnamed points in the polygon
    idleb_raw = int(_raw_idleb(raw, shared_data)["deaths_civilians"].sum())
    idleb = int(in_period.loc[in_period.adm1_pcode == "SY07", "deaths_civilians"].sum())
    assert idleb == idleb_raw

    # NW: Idleb + the four districts under UCDP's names. UCDP's (pre-2011) districts differ from
    # OCHA's: UCDP's "Atarib district" is part of OCHA's Jebel Saman (SY0200; Atareb
    # sub-district SY020004), so it belongs to NW here.
    ucdp_nw_districts = {
        "Hamah Governorate": ["As Suqaylibiyah district", "Muhradah district"],
        "Latakia Governorate": ["Al Haffah district"],
        "Aleppo Governorate": ["Jabal Saman district", "Atarib district"],
    }
    in_districts = pd.Series(False, index=raw.index)
    for gov, names in ucdp_nw_districts.items():
        in_districts |= (raw["adm_1"] == gov) & raw["adm_2"].isin(names)
    nw_raw = idleb_raw + int(raw.loc[in_districts, "deaths_civilians"].sum())
    assert ucdp == nw_raw

    # count_events on the NW events: its district rows + Idleb events with no district
    # equal a raw groupby by UCDP district names (a different route to the same numbers)
    t = count_events(
        nw, period="month", level="district", start=start, end=end,
        values=["deaths_civilians"], measure="deaths_civilians",
        units=[*NORTH_WEST_SYRIA.adm1, *NORTH_WEST_SYRIA.adm2],
    )  # fmt: skip
    assert t.attrs["left_out"]["outside_range"] == 0
    by_unit = t.groupby("adm2_pcode")["count"].sum()
    ucdp_to_ocha = {"Ariha district": "SY0705", "Harim district": "SY0703",
                    "Jisr ash Shughur district": "SY0704", "Maarat al-Numaan district": "SY0702",
                    "Markaz Idlib district": "SY0700", "As Suqaylibiyah district": "SY0502",
                    "Muhradah district": "SY0505", "Al Haffah district": "SY0603",
                    "Jabal Saman district": "SY0200", "Atarib district": "SY0200"}  # fmt: skip
    named = raw[(raw["adm_1"] == "Idlib Governorate") | in_districts]
    district = named["adm_2"].map(ucdp_to_ocha)
    # Idleb rows without a UCDP district: by the OCHA SY07 district polygons (raw GeoJSON)
    gj = json.loads((shared_data / "ocha_cod_ab" / "syr_admin2_idlib_SY07.geojson").read_text())
    for f in gj["features"]:
        inside = shapely.contains_xy(
            shape(f["geometry"]), named["longitude"].to_numpy(), named["latitude"].to_numpy()
        )
        district = district.mask(district.isna() & inside, f["properties"]["adm2_pcode"])
    expected = named.groupby(district)["deaths_civilians"].sum()
    assert by_unit.sort_index().to_dict() == expected.sort_index().to_dict()
    no_district = t.attrs["left_out"]["not_placed_in_district"]
    assert no_district == int(((nw.adm1_pcode == "SY07") & nw.adm2_pcode.isna()).sum())

    print(
        f"\nUCDP civilian deaths, 2019-05-01..2019-08-31: NW Syria {ucdp}, Idleb {idleb}, "
        f"all Syria {syria_raw} (best-estimate deaths NW, all types: {int(nw['best'].sum())}); "
        f"UN: more than {un.value:,.0f}"
    )
    # What the data say: UCDP's civilian count is below the UN's "more than 1,300" even for
    # all of Syria, so for NW Syria under any definition.
    assert ucdp <= syria_raw < un.value
    assert idleb <= ucdp


def test_unhcr_syrian_refugees_in_turkey_end_2019_vs_more_than_3_5_million(shared_data):
    claim = _seed(4)
    assert (claim.measure, claim.qualifier, claim.value) == ("refugees", "more_than", 3_500_000)
    pop = load_unhcr_population(shared_data / "unhcr" / "unhcr_population_origin_SYR.csv")
    tur = pop.query(
        "year == 2019 and coo_iso == 'SYR' and coa_iso == 'TUR' and population_type == 'refugees'"
    )["value"]
    assert len(tur) == 1
    value = int(tur.iloc[0])
    print(
        f"\nUNHCR Syrian refugees in Turkey, end 2019: {value:,}; reported: more than "
        f"{claim.value:,.0f}"
    )
    assert value > claim.value  # the claim holds
    assert value == 3_576_370
    # the derived dataset carries the same number
    d = datasets.load("unhcr_syrian_refugees_by_asylum")
    assert d.query("year == 2019 and coa_iso == 'TUR'")["refugees"].tolist() == [value]
