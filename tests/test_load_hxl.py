"""Tests of idlibstats.load.hxl: reading HXL CSVs, tag matching, writing tables with HXL tags."""

from __future__ import annotations

import io
import itertools

import numpy as np
import pandas as pd
import pytest

from idlibstats import datasets
from idlibstats.errors import DataFileError
from idlibstats.load.hxl import (
    COLUMN_TAGS,
    FIGURE_TAGS,
    hxl_columns,
    hxl_get,
    read_hxl,
    select_hxl,
    tag_matches,
    to_hxl,
)
from idlibstats.table import coerce_figures

QC = ("hdx_hxl", "wfp_food_prices_syr_qc.csv")
MARKETS = ("hdx_hxl", "wfp_markets_syr.csv")


def _libhxl():
    """libhxl as an independent reference (a dev dependency, with ``six`` it does not declare)."""
    import hxl

    return hxl


# ---------------------------------------------------------------- reading the shared files


@pytest.mark.shared
def test_read_wfp_food_prices(shared_data):
    df = read_hxl(shared_data.joinpath(*QC))
    assert list(df.columns) == ["#date", "#meta+code", "#value+usd"]
    assert df.shape == (457, 3)
    assert df.attrs["hxl_headers"] == ["date", "code", "usdprice"]
    assert df.attrs["hxl_tag_row"] == 2
    assert str(df["#date"].dtype) == "datetime64[ns]" and df["#date"].notna().all()
    assert df["#value+usd"].dtype == np.float64
    assert df.loc[0, "#value+usd"] == 0.76
    assert hxl_get(df, "#value").equals(df["#value+usd"])
    # the same rows and values as a plain CSV read that skips the hashtag row
    plain = pd.read_csv(shared_data.joinpath(*QC), skiprows=[1])
    np.testing.assert_array_equal(df["#value+usd"].to_numpy(), plain["usdprice"].to_numpy())


@pytest.mark.shared
def test_read_wfp_food_prices_agrees_with_libhxl(shared_data):
    hxl = _libhxl()
    src = hxl.data(str(shared_data.joinpath(*QC)), hxl.input.InputOptions(allow_local=True))
    cols = [c.display_tag for c in src.columns]
    rows = [r.values for r in src]
    df = read_hxl(shared_data.joinpath(*QC), parse=False)
    assert list(df.columns) == cols
    assert df.fillna("").to_numpy().tolist() == rows


@pytest.mark.shared
def test_markets_file_has_no_hashtag_row(shared_data):
    """The shared markets file carries no HXL hashtag row (the README says row 2 is one);
    the reader says so, as libhxl does, and a tags= mapping tags it from its headers."""
    path = shared_data.joinpath(*MARKETS)
    with pytest.raises(DataFileError, match="no HXL hashtag row") as e:
        read_hxl(path)
    assert e.value.problems[0].file == str(path)
    hxl = _libhxl()
    with pytest.raises(hxl.input.HXLTagsNotFoundException):
        list(hxl.data(str(path), hxl.input.InputOptions(allow_local=True)))
    tags = {"admin1": "#adm1+name", "admin2": "#adm2+name", "latitude": "#geo+lat",
            "longitude": "#geo+lon", "market": "#loc+name"}  # fmt: skip
    df = read_hxl(path, tags=tags)
    assert len(df) == len(pd.read_csv(path)) == 128 and df.attrs["hxl_tag_row"] is None
    assert df["#geo+lat"].dtype == np.float64
    assert "market_id" in df.columns  # untagged column kept under its header
    # governorate names in the WFP file all map to OCHA P-codes
    from idlibstats.load.admin import match_admin_names

    codes, unmatched = match_admin_names(hxl_get(df, "#adm1"), 1)
    assert unmatched == []
    with pytest.raises(DataFileError, match="not a header"):
        read_hxl(path, tags={"province": "#adm1+name"})


@pytest.mark.shared
def test_broken_copy_lists_every_bad_cell(shared_data, tmp_path):
    lines = shared_data.joinpath(*QC).read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace("2013-07-15", "2013-13-45")  # record 5
    lines[9] = lines[9].rsplit(",", 1)[0] + ",abc"  # record 10
    bad = tmp_path / "qc.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        read_hxl(bad)
    assert {(p.row, p.column) for p in e.value.problems} == {(5, "#date"), (10, "#value+usd")}
    raw = read_hxl(bad, parse=False)  # nothing lost when not parsing
    assert raw.loc[7, "#value+usd"] == "abc"  # record 10 = data row 8


# ---------------------------------------------------------------- hashtag row detection


TAGGED = """Syria casualties, compiled 2020
Source: test,,
,,
Governorate,Killed (women),Killed (men),Note
#adm1+name,#affected+killed+f,#affected+killed+m,
Idleb,3,5,first
Hama,,"1,200",second
"""


def test_hashtag_row_found_below_title_rows():
    df = read_hxl(io.StringIO(TAGGED))
    assert df.attrs["hxl_tag_row"] == 5
    assert list(df.columns) == ["#adm1+name", "#affected+killed+f", "#affected+killed+m", "Note"]
    assert df["#affected+killed+m"].tolist() == [5, 1200]
    assert df["#affected+killed+f"].isna().tolist() == [False, True]
    assert hxl_columns(df, "#affected+killed") == ["#affected+killed+f", "#affected+killed+m"]
    assert hxl_columns(df, "#affected-f") == ["#affected+killed+m"]
    assert hxl_columns(df, "#*+killed+m") == ["#affected+killed+m"]


def test_hashtag_row_agrees_with_libhxl(tmp_path):
    hxl = _libhxl()
    path = tmp_path / "tagged.csv"
    path.write_text(TAGGED, encoding="utf-8")
    src = hxl.data(str(path), hxl.input.InputOptions(allow_local=True))
    assert [c.display_tag for c in src.columns if c.tag] == [
        c for c in read_hxl(io.StringIO(TAGGED)).columns if c.startswith("#")
    ]
    assert len(list(src)) == 2


def test_no_hashtag_row_within_scan_rows():
    text = "\n".join(["a,b"] * 30 + ["#adm1,#affected", "Idleb,3"]) + "\n"
    with pytest.raises(DataFileError, match="first 25 rows"):
        read_hxl(io.StringIO(text))
    assert len(read_hxl(io.StringIO(text), scan_rows=40)) == 1


def test_mixed_case_and_spaces_normalised():
    df = read_hxl(io.StringIO("#ADM1 +Name, #Affected+Killed\nIdleb,4\n"))
    assert list(df.columns) == ["#adm1+name", "#affected+killed"]
    assert df.attrs["hxl_headers"] is None


# ---------------------------------------------------------------- tag matching


def test_tag_matches_examples():
    assert tag_matches("#affected+killed", "#affected+killed+f")
    assert not tag_matches("#affected+killed+f", "#affected+killed")
    assert tag_matches("#affected-f", "#affected+killed")
    assert not tag_matches("#affected-f", "#affected+killed+f")
    assert tag_matches("#adm1+name!", "#adm1+name")
    assert not tag_matches("#adm1!", "#adm1+name")
    assert tag_matches("#*+name", "#adm1+name")
    assert tag_matches("#AFFECTED+KILLED", "#affected+Killed")
    assert not tag_matches("#adm1", "#adm2+name")
    assert not tag_matches("#adm1", "not a tag")
    with pytest.raises(ValueError, match="pattern"):
        tag_matches("adm1 name", "#adm1")


def test_tag_matches_agrees_with_libhxl_on_a_grid():
    hxl = _libhxl()
    specs = ["#affected", "#affected+killed", "#affected+killed+f", "#affected+f+killed",
             "#adm1+name", "#adm1+code", "#value+usd"]  # fmt: skip
    bodies = ["#affected", "#adm1", "#*", "#value"]
    mods = ["", "+killed", "+f", "-f", "+killed+f", "+killed-f", "+name", "-code", "+usd"]
    n = 0
    for body, mod, bang, spec in itertools.product(bodies, mods, ["", "!"], specs):
        pat = body + mod + bang
        try:
            ref = hxl.model.TagPattern.parse(pat).match(hxl.model.Column.parse(spec))
        except ValueError:  # libhxl: "Exclusions not allowed in absolute patterns"
            with pytest.raises(ValueError, match="absolute"):
                tag_matches(pat, spec)
            continue
        assert tag_matches(pat, spec) == bool(ref), (pat, spec)
        n += 1
    assert n > 400


# ---------------------------------------------------------------- writing


def test_seed_figure_table_round_trip(tmp_path):
    seed = datasets.load("seed_figures")
    path = tmp_path / "figures_hxl.csv"
    to_hxl(seed, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:3] == ["doc_id", "figure_id", "quote"]
    tag_row = lines[1].split(",")
    assert tag_row == [FIGURE_TAGS[c] for c in seed.columns]
    back = read_hxl(path)
    fig = select_hxl(back, {c: FIGURE_TAGS[c] for c in seed.columns}, exact=True)
    fig = coerce_figures(fig)
    pd.testing.assert_frame_equal(fig, coerce_figures(seed.copy()), check_like=False)
    # the killed figure is addressable by tag
    killed = back[hxl_get(back, "#indicator+code") == "killed"]
    assert hxl_get(killed, "#value!").tolist() == [1300.0]
    assert hxl_get(killed, "#date+start").dt.strftime("%Y-%m-%d").tolist() == ["2019-05-01"]


def test_figure_tags_are_distinct_under_exact_match():
    assert len(set(FIGURE_TAGS.values())) == len(FIGURE_TAGS)
    for c, tag in FIGURE_TAGS.items():
        hits = [d for d, t in FIGURE_TAGS.items() if tag_matches(tag + "!", t)]
        assert hits == [c]


@pytest.mark.shared
def test_hxl_file_round_trip(shared_data):
    original = shared_data.joinpath(*QC).read_text(encoding="utf-8")
    # as text: byte for byte
    assert to_hxl(read_hxl(shared_data.joinpath(*QC), parse=False)) == original
    # typed: same values (numbers are written as floats: "5" comes back as "5.0")
    typed = read_hxl(shared_data.joinpath(*QC))
    again = read_hxl(io.StringIO(to_hxl(typed)))
    pd.testing.assert_frame_equal(again, typed, check_like=False)


def test_aggregate_table_tags():
    agg = pd.DataFrame({
        "adm1_pcode": ["SY07", "SY07"], "adm1_name": ["Idleb", "Idleb"],
        "adm2_pcode": ["SY0702", "SY0702"], "adm2_name": ["Al Ma'ra", "Al Ma'ra"],
        "period": ["2019-05", "2019-06"],
        "period_start": pd.to_datetime(["2019-05-01", "2019-06-01"]),
        "period_end": pd.to_datetime(["2019-05-31", "2019-06-30"]),
        "exposure_days": [31, 30], "events": [10, 0], "best": [55, 0],
        "deaths_civilians": [40, 0], "odd column!": ["x", "y"],
    })  # fmt: skip
    text = to_hxl(agg, tags={"events": "#event+num+ucdp"})
    header, tags, first = text.splitlines()[:3]
    assert tags.split(",") == [
        "#adm1+code", "#adm1+name", "#adm2+code", "#adm2+name", "#date+period", "#date+start",
        "#date+end", "#meta+exposure+days+num", "#event+num+ucdp", "#affected+killed",
        "#affected+killed+civilians", "#meta+odd_column",
    ]  # fmt: skip
    assert first == "SY07,Idleb,SY0702,Al Ma'ra,2019-05,2019-05-01,2019-05-31,31,10,55,40,x"
    back = read_hxl(io.StringIO(text))
    assert hxl_get(back, "#affected+killed-civilians").tolist() == [55, 0]
    assert back["#date+period"].tolist() == ["2019-05", "2019-06"]  # a label, kept as text
    # exposure and counts come back as numbers, not text
    assert back["#meta+exposure+days+num"].tolist() == [31, 30]
    assert pd.api.types.is_numeric_dtype(back["#meta+exposure+days+num"])
    assert pd.api.types.is_numeric_dtype(back["#event+num+ucdp"])
    assert all(t.startswith("#") for t in COLUMN_TAGS.values())


def test_to_hxl_rejects_bad_tags_and_select_reports_missing():
    with pytest.raises(ValueError, match="not HXL hashtag"):
        to_hxl(pd.DataFrame({"a": [1]}), tags={"a": "killed"})
    df = read_hxl(io.StringIO("#adm1+name,#affected+killed\nIdleb,4\n"))
    with pytest.raises(DataFileError) as e:
        select_hxl(df, {"gov": "#adm1", "inj": "#affected+injured", "pop": "#population"})
    assert [p.column for p in e.value.problems] == ["inj", "pop"]
    with pytest.raises(KeyError, match="#affected\\+injured"):
        hxl_get(df, "#affected+injured")


def test_thousands_separator_but_not_decimal_comma():
    text = '#adm1+name,#affected+killed\nIdleb,"1,200"\nHama,"0,76"\n'
    with pytest.raises(DataFileError) as e:
        read_hxl(io.StringIO(text))
    assert [(p.row, p.column) for p in e.value.problems] == [(3, "#affected+killed")]
    df = read_hxl(io.StringIO(text.replace('"0,76"', "76")))
    assert df["#affected+killed"].tolist() == [1200, 76]


@pytest.mark.parametrize(
    ("name", "column", "pattern"),
    [
        ("ucdp_deaths_monthly_governorate", "deaths_civilians", "#affected+killed+civilians"),
        ("ucdp_deaths_monthly_district", "deaths_best", "#affected+killed-min-max-civilians"),
        ("unhcr_syrian_refugees_by_asylum", "refugees", "#affected+refugees"),
    ],
)
def test_derived_datasets_publishable(name, column, pattern):
    """The bundled derived tables get HXL tags and read back with the same numbers."""
    df = datasets.load(name)
    back = read_hxl(io.StringIO(to_hxl(df)))
    assert len(back) == len(df)
    np.testing.assert_array_equal(hxl_get(back, pattern).to_numpy(), df[column].to_numpy())
    if "adm1_pcode" in df:
        assert hxl_get(back, "#adm1+code").tolist() == df["adm1_pcode"].tolist()


def test_killed_pattern_on_ucdp_aggregates_picks_the_best_estimate():
    # raw-GED-like order: the parts and the bounds come before the best estimate
    agg = pd.DataFrame({"adm1_pcode": ["SY07"], "deaths_a": [2], "deaths_civilians": [7],
                        "low": [8], "best": [10], "high": [14], "days": [31]})  # fmt: skip
    back = read_hxl(io.StringIO(to_hxl(agg)))
    matched = hxl_columns(back, "#affected+killed")
    assert len(matched) == 5  # HXL matching: best, bounds and parts all match the pattern...
    assert back[matched].sum(axis=1).tolist() == [2 + 7 + 8 + 10 + 14]  # ...so never sum them
    assert hxl_get(back, "#affected+killed").tolist() == [10]  # the exactly tagged column
    got = select_hxl(back, {"best": "#affected+killed", "low": "#affected+killed+min",
                            "high": "#affected+killed+max", "civ": "#affected+killed+civilians",
                            "days": "#meta+exposure+days"}, exact=False)  # fmt: skip
    exact = select_hxl(back, {"best": "#affected+killed", "low": "#affected+killed+min",
                              "high": "#affected+killed+max",
                              "civ": "#affected+killed+civilians"}, exact=True)  # fmt: skip
    assert exact.iloc[0].tolist() == [10, 8, 14, 7]
    assert got["best"].tolist() == [10] and got["days"].tolist() == [31]
    # the pattern with an attribute nobody has exactly still falls back to the first match
    assert hxl_get(back, "#affected").tolist() == [2]


def test_problem_rows_are_physical_lines():
    text = (
        "Governorate,Killed,Note\n"
        "#adm1+name,#affected+killed,#meta+note\n"
        'Idleb,3,"a note\nover two lines"\n'  # record 3 spans lines 3-4
        "Hama,many,x\n"  # record 4 starts on line 5
    )
    with pytest.raises(DataFileError) as e:
        read_hxl(io.StringIO(text))
    assert [(p.row, p.column) for p in e.value.problems] == [(5, "#affected+killed")]
    quoted_title = '"Casualties,\ncompiled 2020"\n' + text
    df = read_hxl(io.StringIO(quoted_title.replace("many", "4")))
    assert df.attrs["hxl_tag_row"] == 4  # record 3, line 4


# ---------------------------------------------------------------- bad input (issue 10)


@pytest.mark.shared
def test_file_cut_mid_record_is_an_error(shared_data, tmp_path):
    # the case: cut in the middle of record 250, it used to load 249 of 457 rows silently
    data = shared_data.joinpath(*QC).read_bytes()
    lines = data.split(b"\n")
    cut = sum(len(x) + 1 for x in lines[:251]) + len(lines[251]) // 2
    p = tmp_path / "cut.csv"
    p.write_bytes(data[:cut])
    with pytest.raises(DataFileError, match="cut short") as err:
        read_hxl(p)
    assert str(p) in str(err.value).splitlines()[0]
    with pytest.raises(DataFileError, match="cut short"):
        read_hxl(io.StringIO(data[:cut].decode()))


@pytest.mark.shared
def test_ragged_rows_are_named_with_their_lines(shared_data, tmp_path):
    lines = shared_data.joinpath(*QC).read_text(encoding="utf-8").split("\n")
    lines[5] += ",surplus"  # one field too many (pandas raised a raw ParserError)
    lines[9] = lines[9].split(",")[0]  # two fields too few (pandas filled them with NaN)
    p = tmp_path / "ragged.csv"
    p.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DataFileError, match="2 record.s. with the wrong number of fields") as err:
        read_hxl(p)
    assert [(q.row, q.message.split(" where")[0]) for q in err.value.problems] == [
        (6, "4 fields"),
        (10, "1 fields"),
    ]


@pytest.mark.shared
def test_blank_lines_are_skipped_and_lines_still_count(shared_data, tmp_path):
    text = shared_data.joinpath(*QC).read_text(encoding="utf-8")
    head, rest = text.split("\n", 2)[:2], text.split("\n", 2)[2]
    p = tmp_path / "blank.csv"
    p.write_text("\n".join(head) + "\n\n" + rest.replace("\n", "\n\n", 3) + "\n", encoding="utf-8")
    pd.testing.assert_frame_equal(
        read_hxl(p), read_hxl(shared_data.joinpath(*QC)), check_flags=False
    )
    bad = p.read_text(encoding="utf-8").split("\n")
    k = next(i for i in range(10, 30) if bad[i])
    bad[k] = bad[k].rsplit(",", 1)[0] + ",lots"  # a price that is not a number
    p.write_text("\n".join(bad), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_hxl(p)
    assert [q.row for q in err.value.problems] == [k + 1]


@pytest.mark.shared
def test_encoding_folder_and_unclosed_quote(shared_data, tmp_path):
    text = shared_data.joinpath(*MARKETS).read_text(encoding="utf-8")
    text = text.replace("Aleppo", "Al\u00e9ppo")
    p = tmp_path / "latin1.csv"
    p.write_bytes(text.encode("latin-1"))
    with pytest.raises(DataFileError, match="is not utf-8 text"):
        read_hxl(p, tags={"admin1": "#adm1+name"})
    df = read_hxl(p, tags={"admin1": "#adm1+name"}, encoding="latin-1")
    assert (df["#adm1+name"] == "Al\u00e9ppo").any()
    with pytest.raises(DataFileError, match="is a folder"):
        read_hxl(tmp_path)
    with pytest.raises(DataFileError, match="not a readable CSV file") as err:
        read_hxl(io.StringIO('#adm1+name,#affected\nIdleb,"4\n'))
    assert "<stream>" in str(err.value)


def test_date_outside_the_nanosecond_range_is_named():
    # found by the fuzz suite: a raw OutOfBoundsDatetime for year 14
    with pytest.raises(DataFileError, match=r"not an ISO date \(years 1677-2262\): '0014-12-15'"):
        read_hxl(io.StringIO("#date,#value\n2014-12-15,1\n0014-12-15,2\n"))
