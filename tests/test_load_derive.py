"""Derived datasets: rebuilt byte for byte, complete, and consistent with the raw files."""

from __future__ import annotations

import argparse
import json

import pandas as pd
import pytest

from idlibstats import datasets
from idlibstats._paths import bundled_data_dir
from idlibstats.datasets.builders import DERIVED
from idlibstats.errors import IdlibstatsDeprecationWarning
from idlibstats.load import cli

GED = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")


@pytest.fixture(scope="module")
def rebuilt(shared_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("data")
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    assert cli.run(parser.parse_args(["--out", str(out)])) == 0
    return out


@pytest.mark.parametrize("name", DERIVED)
def test_rebuild_gives_identical_bytes(rebuilt, name):
    committed = bundled_data_dir() / f"{name}.csv"
    assert (rebuilt / f"{name}.csv").read_bytes() == committed.read_bytes()
    new = json.loads((rebuilt / f"{name}.provenance.json").read_text())
    old = json.loads((bundled_data_dir() / f"{name}.provenance.json").read_text())
    new.pop("date"), old.pop("date")
    assert new == old


def test_monthly_tables_have_every_unit_and_month():
    gov = datasets.load("ucdp_deaths_monthly_governorate")
    dis = datasets.load("ucdp_deaths_monthly_district")
    months = pd.period_range("2016-01", "2019-11", freq="M").astype(str)
    assert len(months) == 47
    assert len(gov) == 14 * 47 and len(dis) == 62 * 47
    for t, code in ((gov, "adm1_pcode"), (dis, "adm2_pcode")):
        assert not t.duplicated([code, "month"]).any()
        assert set(t["month"]) == set(months)
        assert (t.groupby(code)["month"].count() == 47).all()
    assert (gov["events"] == 0).any()  # explicit zero months are rows, not gaps
    assert pd.api.types.is_datetime64_dtype(gov["period_start"])
    nov = gov[gov.month == "2019-11"].iloc[0]
    assert nov["days"] == 30 and nov["period_end"] == pd.Timestamp("2019-11-30")
    assert set(gov["adm1_pcode"]) >= {"SY07", "SY02", "SY05", "SY06"}
    idleb = gov[gov.adm1_pcode == "SY07"].iloc[0]
    assert idleb["adm1_name"] == "Idleb" and idleb["ucdp_names"] == "Idlib Governorate"


def test_sums_match_the_raw_file(shared_data):
    raw = pd.read_csv(shared_data.joinpath(*GED))
    raw = raw[(raw.date_start >= "2016-01-01") & (raw.date_start <= "2019-11-30")]
    gov = datasets.load("ucdp_deaths_monthly_governorate")
    dis = datasets.load("ucdp_deaths_monthly_district")
    # Damascus: no event with empty adm_1 lies in it, so the sums are exactly UCDP's
    dam = raw[raw.adm_1 == "Damascus Governorate"]
    g = gov[gov.adm1_pcode == "SY01"]
    assert g["deaths_best"].sum() == dam["best"].sum()
    assert g["deaths_civilians"].sum() == dam["deaths_civilians"].sum()
    assert g["events"].sum() == len(dam)
    # Idleb: UCDP-named events plus some placed by coordinates
    idl = raw[raw.adm_1 == "Idlib Governorate"]
    assert gov.loc[gov.adm1_pcode == "SY07", "deaths_best"].sum() >= idl["best"].sum()
    # Ariha district (SY0705) at least everything UCDP calls "Ariha district"
    ar = raw[raw.adm_2 == "Ariha district"]
    assert dis.loc[dis.adm2_pcode == "SY0705", "deaths_best"].sum() >= ar["best"].sum()
    # governorate totals lose only the few events outside every polygon
    assert 0 <= raw["best"].sum() - gov["deaths_best"].sum() < 0.01 * raw["best"].sum()
    # one month checked by hand against the raw rows: Idlib, 2019-05, named events
    may = idl[idl.date_start.str.startswith("2019-05")]
    row = gov[(gov.adm1_pcode == "SY07") & (gov.month == "2019-05")].iloc[0]
    assert row["deaths_best"] >= may["best"].sum() and row["events"] >= len(may)


def test_unhcr_refugees_by_asylum(shared_data):
    t = datasets.load("unhcr_syrian_refugees_by_asylum")
    raw = pd.read_csv(shared_data / "unhcr" / "unhcr_population_origin_SYR.csv")
    raw = raw[raw.coa_iso != "SYR"]
    assert len(t) == len(raw)
    assert not t.duplicated(["year", "coa_iso"]).any()
    assert t["refugees"].sum() == raw["refugees"].sum()
    tur = t[(t.year == 2019) & (t.coa_iso == "TUR")].iloc[0]
    assert tur["refugees"] == 3576370 and tur["total"] == tur["refugees"] + tur["asylum_seekers"]
    assert t["coa_iso"].str.fullmatch("[A-Z]{3}").all()


@pytest.mark.parametrize("name", DERIVED)
def test_provenance_names_the_idlibstats_version(name):
    import idlibstats

    prov = json.loads((bundled_data_dir() / f"{name}.provenance.json").read_text())
    assert prov["command"] == f"idlibstats data (idlibstats {idlibstats.__version__})"


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        ("idlibstats.load.derive", "build_all", "build_all"),
        ("idlibstats.load.derive", "ucdp_monthly", "ucdp_monthly"),
        ("idlibstats.load.derive", "unhcr_refugees_by_asylum", "unhcr_refugees_by_asylum"),
        ("idlibstats.load.derive", "COMMAND", "COMMAND"),
        ("idlibstats.extract.places", "build_gazetteer", "build_gazetteer"),
        ("idlibstats.plot.geo", "build_idlib_boundaries", "build_idlib_boundaries"),
    ],
)
def test_old_builder_names_warn_and_still_work(module, old, new):
    import importlib

    from idlibstats.datasets import builders as build

    mod = importlib.import_module(module)
    with pytest.warns(IdlibstatsDeprecationWarning, match=f"{module}.{old} moved to"):
        value = getattr(mod, old)
    assert value is getattr(build, new)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        mod.nope  # noqa: B018


def test_old_derived_keeps_its_three_names():
    from idlibstats.load import derive

    assert derive.DERIVED == DERIVED[:3]


@pytest.mark.parametrize(
    ("module", "old", "home"),
    [
        ("idlibstats.extract.places", "NEWS_SPELLINGS", "syria_places"),
        ("idlibstats.plot.geo", "ARTICLE_PLACES", "idlib_admin_boundaries"),
        ("idlibstats.load.derive", "START", "ucdp_deaths_monthly"),
        ("idlibstats.load.derive", "UNHCR_LICENCE", "unhcr_refugees"),
    ],
)
def test_old_builder_constants_warn_and_still_work(module, old, home):
    import importlib

    new = importlib.import_module(f"idlibstats.datasets.builders.{home}")
    with pytest.warns(IdlibstatsDeprecationWarning):
        value = getattr(importlib.import_module(module), old)
    assert value is getattr(new, old)
