"""Cross-source facts a user asks first, computed by the loaders (not typed in).

1. UCDP civilian deaths in north-west Syria, May-August 2019, next to the UN's "more than 1,300"
   (seed article, figure 7).
2. UNHCR's end-2019 stock of Syrian refugees in Turkey next to "more than 3.5 million"
   (seed article, figure 4).

North-west Syria (NW) is defined here, at OCHA district level, as: all of Idleb governorate
(SY07) + As-Suqaylabiyah (SY0502) and Muhradah (SY0505) districts of Hama (northern Hama
front) + Al-Haffa (SY0603) of Lattakia (Jabal al-Akrad/Kabani front) + Jebel Saman (SY0200) of
Aleppo (western Aleppo countryside; the district also holds Aleppo city). UCDP events are
placed by UCDP's names, else by coordinates (see idlibstats.load.place_events), and dated by
date_start; the period is 2019-05-01..2019-08-31 as the seed table reads "between May and
August 2019".
"""

from __future__ import annotations

import warnings

import pytest

from idlibstats import datasets
from idlibstats.errors import DataQualityWarning
from idlibstats.load import count_events, load_ucdp_ged, load_unhcr_population, place_events

NW_GOVERNORATES = ["SY07"]
NW_DISTRICTS = ["SY0502", "SY0505", "SY0603", "SY0200"]


def _seed(fig_id):
    seed = datasets.load("seed_figures")
    return seed[seed.figure_id == fig_id].iloc[0]


@pytest.fixture(scope="module")
def placed(shared_data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        ged = load_ucdp_ged(shared_data / "ucdp_ged" / "ucdp_ged_syria_652.1601.1911.csv")
        return place_events(ged, warn=False)


def test_ucdp_civilian_deaths_nw_syria_may_aug_2019_vs_un(placed):
    un = _seed(7)
    assert (un.source, un.measure, un.qualifier, un.value) == ("UN", "killed", "more_than", 1300)
    start, end = un.period_start, un.period_end
    assert (str(start.date()), str(end.date())) == ("2019-05-01", "2019-08-31")

    in_nw = placed.adm1_pcode.isin(NW_GOVERNORATES) | placed.adm2_pcode.isin(NW_DISTRICTS)
    nw = placed[in_nw]
    # the same number two ways: monthly district counts (estimator input) and raw events
    t = count_events(
        nw,
        period="month",
        level="district",
        start=start,
        end=end,
        values=["deaths_civilians"],
        measure="deaths_civilians",
        units=NW_GOVERNORATES + NW_DISTRICTS,
    )
    idleb_no_district = nw[
        (nw.adm1_pcode == "SY07") & nw.adm2_pcode.isna() & nw.date_start.between(start, end)
    ]["deaths_civilians"].sum()
    in_period = nw[nw.date_start.between(start, end)]
    ucdp = int(in_period["deaths_civilians"].sum())
    assert int(t["count"].sum()) + int(idleb_no_district) == ucdp
    print(
        f"\nUCDP civilian deaths, NW Syria, 2019-05-01..2019-08-31: {ucdp} "
        f"(best-estimate deaths, all types: {int(in_period['best'].sum())}); "
        f"UN: more than {un.value:,.0f}"
    )
    # What the data say: UCDP's civilian count for NW Syria in May-August 2019 is below the
    # UN's "more than 1,300" (UCDP 1,086 with this NW definition; all of Syria 1,200).
    assert ucdp == 1086
    assert ucdp < un.value
    syria = placed[placed.date_start.between(start, end)]["deaths_civilians"].sum()
    assert syria == 1200 and syria < un.value
    # Idleb governorate carries most of it
    assert in_period.loc[in_period.adm1_pcode == "SY07", "deaths_civilians"].sum() == 850


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
