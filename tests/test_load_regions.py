"""idlibstats.load.regions: the one definition of north-west Syria, its mask and monthly sums."""

from __future__ import annotations

import doctest
import warnings

import pandas as pd
import pytest

from idlibstats import datasets
from idlibstats.errors import DataQualityWarning
from idlibstats.load import NORTH_WEST_SYRIA, load_ucdp_ged, place_events
from idlibstats.load import regions as regions_module

GED = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")


def test_definition_is_the_documented_one():
    # The note in the docstring names these units; a change of definition must change both.
    assert NORTH_WEST_SYRIA.adm1 == ("SY07",)
    assert set(NORTH_WEST_SYRIA.adm2) == {"SY0502", "SY0505", "SY0603", "SY0200"}
    for code in (*NORTH_WEST_SYRIA.adm1, *NORTH_WEST_SYRIA.adm2):
        assert code in NORTH_WEST_SYRIA.note


@pytest.mark.parametrize("categorical", [False, True])
def test_mask(categorical):
    df = pd.DataFrame({
        "adm1_pcode": ["SY07", "SY07", "SY05", "SY05", "SY06", "SY02", "SY02", None],
        "adm2_pcode": [None, "SY0703", "SY0502", "SY0500", "SY0603", "SY0200", "SY0201", None],
    })  # fmt: skip
    if categorical:  # place_events gives categoricals
        df = df.astype("category")
    expected = [True, True, True, False, True, True, False, False]
    assert NORTH_WEST_SYRIA.mask(df).tolist() == expected
    # without a district column only whole governorates count
    only_gov = NORTH_WEST_SYRIA.mask(df[["adm1_pcode"]]).tolist()
    assert only_gov == [True, True, False, False, False, False, False, False]


def test_monthly_does_not_count_idleb_districts_twice():
    keys = {"period_start": pd.Timestamp("2019-05-01"), "period_end": pd.Timestamp("2019-05-31"),
            "days": 31, "month": "2019-05"}  # fmt: skip
    gov = pd.DataFrame([
        {**keys, "adm1_pcode": "SY07", "events": 3, "deaths_best": 12},  # 2 without a district
        {**keys, "adm1_pcode": "SY05", "events": 5, "deaths_best": 100},
    ])  # fmt: skip
    dis = pd.DataFrame([
        {**keys, "adm1_pcode": "SY07", "adm2_pcode": "SY0700", "events": 1, "deaths_best": 10},
        {**keys, "adm1_pcode": "SY05", "adm2_pcode": "SY0502", "events": 2, "deaths_best": 30},
        {**keys, "adm1_pcode": "SY05", "adm2_pcode": "SY0500", "events": 3, "deaths_best": 70},
    ])  # fmt: skip
    out = NORTH_WEST_SYRIA.monthly(gov, dis)
    assert out[["events", "deaths_best"]].values.tolist() == [[3 + 2, 12 + 30]]


@pytest.fixture(scope="module")
def placed(shared_data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return place_events(load_ucdp_ged(shared_data.joinpath(*GED)), warn=False)


@pytest.mark.shared
def test_monthly_equals_direct_sum_of_placed_events_may_aug_2019(placed):
    gov = datasets.load("ucdp_deaths_monthly_governorate")
    dis = datasets.load("ucdp_deaths_monthly_district")
    nw = NORTH_WEST_SYRIA.monthly(gov, dis)
    nw = nw[nw["month"].between("2019-05", "2019-08")].set_index("month")
    assert nw.index.tolist() == ["2019-05", "2019-06", "2019-07", "2019-08"]

    # the direct sum: events of Idleb governorate or of one of the four districts, by the
    # month of date_start (written out here, not through Region.mask)
    adm1 = placed["adm1_pcode"].astype("str")
    adm2 = placed["adm2_pcode"].astype("str")
    inside = (adm1 == "SY07") | adm2.isin(["SY0502", "SY0505", "SY0603", "SY0200"])
    ev = placed[inside & placed["date_start"].between("2019-05-01", "2019-08-31")]
    month = ev["date_start"].dt.strftime("%Y-%m")
    direct = ev.groupby(month)[["best", "low", "high", "deaths_civilians"]].sum()
    direct["events"] = ev.groupby(month).size()
    for raw, derived in [("best", "deaths_best"), ("low", "deaths_low"),
                         ("high", "deaths_high"), ("deaths_civilians", "deaths_civilians"),
                         ("events", "events")]:  # fmt: skip
        assert nw[derived].tolist() == direct[raw].tolist(), derived
    assert nw["days"].tolist() == [31, 30, 31, 31]
    # and it is the mask's selection too
    by_mask = placed[NORTH_WEST_SYRIA.mask(placed)]
    by_mask = by_mask[by_mask["date_start"].between("2019-05-01", "2019-08-31")]
    assert int(by_mask["deaths_civilians"].sum()) == int(nw["deaths_civilians"].sum())


def test_doctests():
    result = doctest.testmod(regions_module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 2 and result.failed == 0
