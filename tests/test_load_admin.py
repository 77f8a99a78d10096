"""Tests of idlibstats.load.admin: COD-AB, OpenSyria, GeoNames, UCDP crosswalk, point-in-polygon."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest

from idlibstats.errors import DataFileError, DataQualityWarning
from idlibstats.load import admin
from idlibstats.load.admin import (
    UCDP_ALIASES,
    crosswalk_ucdp,
    load_admin_boundaries,
    load_admin_units,
    load_geonames_syria,
    load_opensyria,
    match_admin_names,
    point_to_pcode,
)

pytestmark = pytest.mark.shared

UCDP = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")


@pytest.fixture(scope="module")
def ucdp(shared_data):
    return pd.read_csv(
        shared_data.joinpath(*UCDP), usecols=["id", "adm_1", "adm_2", "latitude", "longitude"]
    )


# ---------------------------------------------------------------- COD-AB tables


@pytest.mark.parametrize(("level", "n"), [(1, 14), (2, 62), (3, 272)])
def test_admin_units_counts_and_columns(shared_data, level, n):
    u = load_admin_units(level)
    assert len(u) == n
    assert u[f"adm{level}_pcode"].is_unique
    for k in range(1, level + 1):
        assert {f"adm{k}_pcode", f"adm{k}_name", f"adm{k}_name_ar"} <= set(u.columns)
    assert u["center_lat"].between(32, 37.6).all() and u["center_lon"].between(35.4, 42.6).all()
    assert (u["area_sqkm"] > 0).all()


def test_admin_units_known_facts(shared_data):
    d = load_admin_units(2).set_index("adm2_pcode")
    assert d.loc["SY0702", "adm2_name"] == "Al Ma'ra"
    assert d.loc["SY0702", "adm2_name_ar"] == "معرة النعمان"
    assert sorted(d.index[d["adm1_pcode"] == "SY07"]) == [
        "SY0700",
        "SY0702",
        "SY0703",
        "SY0704",
        "SY0705",
    ]
    s = load_admin_units(3).set_index("adm3_pcode")
    # al-Hader lies in Aleppo governorate, not Idleb (shared README)
    assert s.loc["SY020006", "adm1_pcode"] == "SY02"
    # areas of the sub-districts of a district add up to the district's (same polygons)
    tot = s.groupby("adm2_pcode")["area_sqkm"].sum()
    np.testing.assert_allclose(tot.loc[d.index].to_numpy(), d["area_sqkm"].to_numpy(), rtol=1e-3)


def test_admin_units_env_var(shared_data, tmp_path, monkeypatch):
    shutil.copy(shared_data / "ocha_cod_ab" / "syr_admin1.csv", tmp_path / "syr_admin1.csv")
    monkeypatch.setenv(admin.COD_AB_ENV, str(tmp_path))
    assert len(load_admin_units(1)) == 14
    (tmp_path / "syr_admin1.csv").unlink()
    with pytest.raises(DataFileError, match="syr_admin1.csv:\n  - file not found"):
        load_admin_units(1)


def test_admin_units_broken_copy_lists_every_problem(shared_data, tmp_path):
    df = pd.read_csv(
        shared_data / "ocha_cod_ab" / "syr_admin2.csv", dtype=str, keep_default_na=False
    )
    df.loc[3, "adm2_pcode"] = df.loc[4, "adm2_pcode"]  # duplicate -> lines 5 and 6
    df.loc[7, "center_lat"] = "north"  # line 9
    df.loc[8, "center_lon"] = "12.5"  # outside Syria, line 10
    df.loc[9, "adm2_pcode"] = "SY99"  # malformed, line 11
    df.loc[10, "adm1_pcode"] = "SY13"  # district not nested in its governorate, line 12
    bad = tmp_path / "syr_admin2.csv"
    df.to_csv(bad, index=False)
    with pytest.raises(DataFileError) as e:
        load_admin_units(2, bad)
    probs = {(p.row, p.column) for p in e.value.problems}
    assert {
        (5, "adm2_pcode"),
        (6, "adm2_pcode"),
        (9, "center_lat"),
        (10, "center_lon"),
        (11, "adm2_pcode"),
        (12, "adm1_pcode"),
    } <= probs
    assert all(p.file == str(bad) for p in e.value.problems)
    assert "duplicate P-code" in str(e.value)


def test_admin_units_missing_column(shared_data, tmp_path):
    df = pd.read_csv(shared_data / "ocha_cod_ab" / "syr_admin1.csv", dtype=str)
    bad = tmp_path / "a.csv"
    df.drop(columns=["adm1_name1", "center_lon"]).to_csv(bad, index=False)
    with pytest.raises(DataFileError) as e:
        load_admin_units(1, bad)
    assert {p.column for p in e.value.problems} == {"adm1_name1", "center_lon"}


def test_bad_level():
    with pytest.raises(ValueError, match="level"):
        load_admin_units(4)


# ---------------------------------------------------------------- boundaries, points


@pytest.mark.parametrize(("level", "n"), [(1, 14), (2, 5), (3, 26)])
def test_boundaries(shared_data, level, n):
    b = load_admin_boundaries(level)
    assert len(b) == n
    assert all(g.is_valid or g.buffer(0).is_valid for g in b["geometry"])
    if level > 1:
        assert b["adm1_pcode"].eq("SY07").all()
    # polygon centres given by OCHA lie inside or next to their polygons
    import shapely

    pts = shapely.points(b["center_lon"], b["center_lat"])
    dist = shapely.distance(pts, np.asarray(b["geometry"].tolist(), dtype=object))
    assert (dist < 0.05).all()


def test_boundaries_bad_geometry(shared_data, tmp_path):
    doc = json.loads((shared_data / "ocha_cod_ab" / "syr_admin2_idlib_SY07.geojson").read_text())
    doc["features"][2]["geometry"] = {"type": "Point", "coordinates": [36.6, 35.9]}
    bad = tmp_path / "b.geojson"
    bad.write_text(json.dumps(doc))
    with pytest.raises(DataFileError) as e:
        load_admin_boundaries(2, bad)
    assert [(p.row, p.column) for p in e.value.problems] == [(3, "geometry")]


def test_point_to_pcode_known_places(shared_data):
    # Maarat al-Numan town, Idlib city, Damascus, a point in Turkey (Antakya), NaN
    lat = [35.6478, 35.9306, 33.5138, 36.2, np.nan]
    lon = [36.6746, 36.6339, 36.2765, 36.16, 36.0]
    assert point_to_pcode(lat, lon, 1).tolist() == ["SY07", "SY07", "SY01", None, None]
    assert point_to_pcode(lat, lon, 2).tolist() == ["SY0702", "SY0700", None, None, None]
    assert point_to_pcode(lat, lon, 3).tolist() == ["SY070200", "SY070000", None, None, None]
    assert point_to_pcode(35.6478, 36.6746).tolist() == ["SY07"]
    with pytest.raises(ValueError, match="shape"):
        point_to_pcode([1.0, 2.0], [1.0])


def test_point_to_pcode_matches_shapely_loop(shared_data):
    """The vectorised STRtree query equals a plain loop of polygon.covers(point)."""
    import shapely

    rng = np.random.default_rng(5)
    lat = rng.uniform(35.3, 36.3, 300)
    lon = rng.uniform(36.0, 37.2, 300)
    b = load_admin_boundaries(3)
    expected = []
    for la, lo in zip(lat, lon, strict=True):
        p = shapely.Point(lo, la)
        hits = sorted(
            pc for pc, g in zip(b["adm3_pcode"], b["geometry"], strict=True) if g.covers(p)
        )
        expected.append(hits[0] if hits else None)
    assert point_to_pcode(lat, lon, 3).tolist() == expected
    assert any(e is None for e in expected) and any(e is not None for e in expected)


# ---------------------------------------------------------------- UCDP crosswalk


def test_crosswalk_every_ucdp_spelling_maps(ucdp):
    with _no_warning(DataQualityWarning):
        cw = crosswalk_ucdp(ucdp["adm_1"], ucdp["adm_2"])
    assert cw.attrs["unmatched"] == []
    assert cw.index.equals(ucdp.index)
    assert (cw["adm1_pcode"].notna() == ucdp["adm_1"].notna()).all()
    assert (cw["adm2_pcode"].notna() == ucdp["adm_2"].notna()).all()
    assert cw["adm1_pcode"].nunique() == 14
    # districts lie in their governorate
    both = cw.dropna(subset=["adm2_pcode"])
    assert (both["adm2_pcode"].str[:4] == both["adm1_pcode"]).all()
    pairs = dict(zip(ucdp["adm_1"].fillna(""), cw["adm1_name"].fillna(""), strict=True))
    assert pairs["Idlib Governorate"] == "Idleb" and pairs["Hamah Governorate"] == "Hama"
    assert pairs["Latakia Governorate"] == "Lattakia"
    assert pairs["Deir ez Zor Governorate"] == "Deir-ez-Zor"
    assert pairs["Daraa Governorate"] == "Dar'a"


def test_crosswalk_governorates_agree_with_event_coordinates(ucdp):
    """Independent check: for every UCDP governorate spelling, most of its events fall in the
    COD-AB polygon of the P-code the crosswalk gives."""
    import shapely

    cw = crosswalk_ucdp(ucdp["adm_1"])
    b = load_admin_boundaries(1)
    # nearest governorate polygon (distance 0 inside): coastal events off the simplified
    # coastline still count (4 of Tartus's 6 events)
    pt = point_to_pcode(ucdp["latitude"], ucdp["longitude"], 1)
    off = np.flatnonzero(pd.isna(pt))
    tree = shapely.STRtree(np.asarray(b["geometry"].tolist(), dtype=object))
    pts = shapely.points(ucdp["longitude"].to_numpy()[off], ucdp["latitude"].to_numpy()[off])
    idx, poly = tree.query_nearest(pts, all_matches=False)
    pt[off[idx]] = b["adm1_pcode"].to_numpy()[poly]
    df = pd.DataFrame({"name": ucdp["adm_1"], "cw": cw["adm1_pcode"], "pt": pt}).dropna()
    share = df.assign(ok=df["cw"] == df["pt"]).groupby("name")["ok"].mean()
    assert len(share) == 14
    assert (share > 0.8).all(), share[share <= 0.8]


def test_crosswalk_idleb_districts_agree_with_polygons(ucdp):
    cw = crosswalk_ucdp(ucdp["adm_1"], ucdp["adm_2"])
    pt = point_to_pcode(ucdp["latitude"], ucdp["longitude"], 2)
    df = pd.DataFrame({"name": ucdp["adm_2"], "cw": cw["adm2_pcode"], "pt": pt}).dropna()
    df = df[df["cw"].str.startswith("SY07")]
    share = df.assign(ok=df["cw"] == df["pt"]).groupby("name")["ok"].mean()
    assert len(share) == 5 and (share > 0.9).all(), share


def test_crosswalk_aliases_agree_with_nearest_subdistrict_centre(ucdp):
    """Each hand alias (outside Idleb there are no district polygons) is checked on the events
    that carry it: the nearest OCHA sub-district centre is, for most events, in the district
    the alias names."""
    from scipy.spatial import cKDTree

    u3 = load_admin_units(3)
    k = np.cos(np.radians(35.0))
    tree = cKDTree(np.c_[u3["center_lat"], u3["center_lon"] * k])
    ev = ucdp.dropna(subset=["adm_2"])
    _, i = tree.query(np.c_[ev["latitude"], ev["longitude"] * k])
    nearest = u3["adm2_pcode"].to_numpy()[i]
    for (_, name), pcode in UCDP_ALIASES.items():
        mask = (ev["adm_2"] == f"{name} district").to_numpy()
        assert mask.sum() > 0, name
        assert (nearest[mask] == pcode).mean() > 0.6, name


def test_crosswalk_reports_unmatched():
    a1 = pd.Series(
        ["Idlib Governorate", "Atlantis Governorate", None, "Idlib Governorate"],
        index=[10, 11, 12, 13],
    )
    a2 = pd.Series(["Ariha district", "x district", None, "Nowhere district"], index=a1.index)
    with pytest.warns(DataQualityWarning, match="Atlantis Governorate"):
        cw = crosswalk_ucdp(a1, a2)
    assert cw.attrs["unmatched"] == [
        "adm_1: Atlantis Governorate",
        "adm_2: Nowhere district",
        "adm_2: x district",
    ]
    assert cw.loc[10, "adm2_pcode"] == "SY0705"
    assert cw.loc[[11, 12, 13], "adm2_pcode"].isna().all()
    assert list(cw.index) == [10, 11, 12, 13]


def test_district_only_matches_inside_its_governorate():
    # "Ariha" is an Idleb district; under Aleppo it must not match
    codes, unmatched = match_admin_names(["Ariha", "Ariha"], 2, ["SY07", "SY02"])
    assert codes.tolist() == ["SY0705", None]
    assert unmatched == ["Ariha"]


def test_match_admin_names_arabic_and_ocha_spellings():
    codes, unmatched = match_admin_names(["إدلب", "Idleb", "Rural Damascus", "Dar'a", ""], 1)
    assert codes.tolist() == ["SY07", "SY07", "SY03", "SY12", None]
    assert unmatched == []


# ---------------------------------------------------------------- OpenSyria, GeoNames


@pytest.mark.parametrize(("level", "n"), [(1, 14), (2, 62), (3, 272)])
def test_opensyria_pcodes_agree_with_ocha(shared_data, level, n):
    o = load_opensyria(level)
    assert len(o) == n
    ocha = load_admin_units(level)
    assert set(o["pcode"]) == set(ocha[f"adm{level}_pcode"])
    assert o["aliases_en"].map(len).sum() > n


def test_opensyria_broken_copy(shared_data, tmp_path):
    items = json.loads((shared_data / "gazetteer" / "opensyria_governorates.json").read_text())
    items[3]["externalIds"].pop("ochaPcode")
    items[5]["id"] = items[0]["id"]
    bad = tmp_path / "g.json"
    bad.write_text(json.dumps(items))
    with pytest.raises(DataFileError) as e:
        load_opensyria(1, bad)
    assert {(p.row, p.column) for p in e.value.problems} == {
        (4, "pcode"),
        (1, "opensyria_id"),
        (6, "opensyria_id"),
    }


def test_geonames_syria(shared_data):
    g = load_geonames_syria()
    assert g["geonameid"].is_unique
    idlib = g[g["geonames_admin1"] == "12"]
    assert len(idlib) == 28
    # GeoNames admin1 "12" is Idlib: nearly all its places fall in the SY07 polygon
    assert (idlib["adm1_pcode"] == "SY07").mean() > 0.9
    assert idlib["adm3_pcode"].notna().mean() > 0.9
    assert g.loc[g["adm1_pcode"] != "SY07", "adm3_pcode"].isna().all()


class _no_warning:
    """Context manager failing if a warning of the given class is raised."""

    def __init__(self, cls):
        self.cls = cls

    def __enter__(self):
        import warnings

        self._cm = warnings.catch_warnings()
        self._cm.__enter__()
        warnings.simplefilter("error", self.cls)

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)


# ---------------------------------------------------------------- bad input (issue 10)

GEO1 = ("ocha_cod_ab", "syr_admin1.geojson")


def _invalid_in_raw_file(path, level):
    """P-codes of the features shapely calls invalid, read straight from the JSON."""
    import shapely

    doc = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for f in doc["features"]:
        g = shapely.geometry.shape(f["geometry"])
        if not g.is_valid:
            out[f["properties"][f"adm{level}_pcode"]] = shapely.is_valid_reason(g)
    return out


@pytest.mark.parametrize(
    ("level", "name", "n_invalid"),
    [(1, "syr_admin1.geojson", 7), (2, "syr_admin2_idlib_SY07.geojson", 1),
     (3, "syr_admin3_idlib_SY07.geojson", 1)],
)  # fmt: skip
def test_invalid_polygons_are_repaired_and_reported(shared_data, level, name, n_invalid):
    import shapely

    path = shared_data / "ocha_cod_ab" / name
    expected = _invalid_in_raw_file(path, level)
    assert len(expected) == n_invalid  # as the data README says: 7 of 14, one each in Idleb
    with pytest.warns(DataQualityWarning, match=f"{n_invalid} invalid polygons? repaired") as w:
        b = load_admin_boundaries(level, path)
    msg = str(w[0].message)
    for pcode, reason in expected.items():
        assert f"{pcode} ({reason})" in msg
    rep = b.attrs["repaired"]
    assert dict(zip(rep["pcode"], rep["reason"], strict=True)) == expected
    assert shapely.is_valid(np.asarray(b["geometry"].tolist(), dtype=object)).all()
    # the repair keeps the area: against buffer(0), another repair, and OCHA's stated area
    raw = {
        f["properties"][f"adm{level}_pcode"]: shapely.geometry.shape(f["geometry"])
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]
    }
    for pcode in expected:
        got = b.set_index(f"adm{level}_pcode").loc[pcode, "geometry"]
        assert got.geom_type in ("Polygon", "MultiPolygon")
        assert got.area == pytest.approx(raw[pcode].buffer(0).area, rel=0.01)


def test_invalid_raise_lists_every_invalid_polygon(shared_data):
    path = shared_data.joinpath(*GEO1)
    with pytest.raises(DataFileError) as err:
        load_admin_boundaries(1, path, invalid="raise")
    expected = _invalid_in_raw_file(path, 1)
    assert len(err.value.problems) == 7
    for p in err.value.problems:
        pcode = p.message.split(":")[0]
        assert p.message == f"{pcode}: invalid polygon: {expected[pcode]}"
        assert p.column == "geometry" and p.file == str(path)
    with pytest.raises(ValueError, match="invalid must be"):
        load_admin_boundaries(1, path, invalid="ignore")


def _edit_geojson(shared_data, tmp_path, edit, name="syr_admin2_idlib_SY07.geojson"):
    doc = json.loads((shared_data / "ocha_cod_ab" / name).read_text(encoding="utf-8"))
    edit(doc)
    out = tmp_path / "edited.geojson"
    out.write_text(json.dumps(doc), encoding="utf-8")  # NaN is written as the literal NaN
    return out


@pytest.mark.parametrize(
    ("value", "message"),
    [(200.0, "coordinate(s) outside WGS 84"), (float("nan"), "coordinate(s) not finite")],
)
def test_bad_coordinates_name_the_feature_and_pcode(shared_data, tmp_path, value, message):
    def edit(doc):
        ring = doc["features"][1]["geometry"]["coordinates"]
        while isinstance(ring[0][0], list):
            ring = ring[0]
        ring[3][0] = value  # a longitude

    path = _edit_geojson(shared_data, tmp_path, edit)
    pcode = json.loads(path.read_text())["features"][1]["properties"]["adm2_pcode"]
    with pytest.raises(DataFileError) as err:
        load_admin_boundaries(2, path)
    (p,) = err.value.problems
    assert (p.row, p.column, p.file) == (2, "geometry", str(path))
    assert p.message.startswith(f"{pcode}: 1 {message}")


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda d: d.__setitem__("features", 5), r"'features' must be a list \(got int\)"),
        (lambda d: d.pop("features"), r"'features' must be a list \(got none\)"),
        (lambda d: d["features"].__setitem__(0, 7), "unreadable geometry"),
        (lambda d: d["features"][0]["geometry"].__setitem__("coordinates", 5),
         "unreadable geometry"),
    ],
)  # fmt: skip
def test_broken_feature_collections(shared_data, tmp_path, edit, match):
    path = _edit_geojson(shared_data, tmp_path, edit)
    with pytest.raises(DataFileError, match=match) as err:
        load_admin_boundaries(2, path)
    assert str(path) in str(err.value)


def test_geojson_file_errors(tmp_path):
    with pytest.raises(DataFileError, match="is a folder"):
        load_admin_boundaries(1, tmp_path)
    (tmp_path / "e.geojson").write_bytes(b"")
    with pytest.raises(DataFileError, match="empty"):
        load_admin_boundaries(1, tmp_path / "e.geojson")
    (tmp_path / "t.geojson").write_text('{"type": "FeatureCollection", "feat', encoding="utf-8")
    with pytest.raises(DataFileError, match="not JSON"):
        load_admin_boundaries(1, tmp_path / "t.geojson")


def test_admin_csv_file_errors(shared_data, tmp_path):
    src = shared_data / "ocha_cod_ab" / "syr_admin1.csv"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(DataFileError, match="empty"):
        load_admin_units(1, empty)
    with pytest.raises(DataFileError, match="is a folder"):
        load_admin_units(1, tmp_path)
    text = src.read_text(encoding="utf-8")
    head, rest = text.split("\n", 1)
    dup = tmp_path / "dup.csv"
    dup.write_text(head + ",adm1_name\n" + rest.replace("\n", ",x\n"), encoding="utf-8")
    with pytest.raises(DataFileError, match="duplicated column name: adm1_name"):
        load_admin_units(1, dup)
    cut = tmp_path / "cut.csv"
    cut.write_text(text[:-20], encoding="utf-8")
    with pytest.raises(DataFileError, match="cut short"):
        load_admin_units(1, cut)
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(text.encode("utf-16"))
    with pytest.raises(DataFileError, match="pass encoding='utf-16'"):
        load_admin_units(1, utf16)
    pd.testing.assert_frame_equal(load_admin_units(1, utf16, encoding="utf-16"),
                                  load_admin_units(1, src))  # fmt: skip
    # blank lines: same table, and problems still name physical lines
    blank = tmp_path / "blank.csv"
    lines = text.split("\n")
    lines[3] = lines[3].replace("SY", "XY", 1)
    blank.write_text("\n".join(lines[:2] + [""] + lines[2:]), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_admin_units(1, blank)
    assert {p.row for p in err.value.problems} == {5}
