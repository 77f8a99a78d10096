"""UCDP GED loader: the real Syria file and broken copies of it."""

from __future__ import annotations

import csv
import warnings
import zipfile

import pandas as pd
import pytest

from idlibstats.errors import DataFileError, DataQualityWarning
from idlibstats.load.aggregate import count_events, place_events
from idlibstats.load.ucdp import GED_COLUMNS, UCDP_GED_ENV, ged_quality, load_ucdp_ged

GED = ("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")


@pytest.fixture(scope="module")
def ged_path(shared_data):
    return shared_data.joinpath(*GED)


@pytest.fixture(scope="module")
def ged(ged_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load_ucdp_ged(ged_path)


def _records(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _write(path, records):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(records)
    return path


def _line_of(path, event_id):
    """1-based line where the record of ``event_id`` starts (found by text, not by the loader)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith(f"{event_id},"):
            return n
    raise LookupError(event_id)


def test_real_file_types_and_rows(ged):
    assert len(ged) == 16566
    assert list(ged.columns) == list(GED_COLUMNS)
    assert ged["id"].dtype == "int64" and ged["best"].dtype == "int64"
    assert ged["latitude"].dtype == "float64"
    assert ged["date_start"].dtype == "datetime64[ns]"
    assert ged["date_start"].min() == pd.Timestamp("2016-01-01")
    assert ged["date_start"].max() == pd.Timestamp("2019-11-30")  # one event ends 2019-12-01
    assert list(ged["type_of_violence"].cat.categories) == ["state-based", "non-state", "one-sided"]
    assert ged["type_of_violence"].notna().all()
    assert ged["gwnob"].dtype == "Int64" and ged["gwnob"].isna().sum() == 16535
    # blank = missing, not the string "nan" nor ""
    assert ged["adm_1"].isna().sum() == 339


def test_real_file_quality_flags_match_readme(ged_path):
    with pytest.warns(DataQualityWarning, match=r"30 rows with low > best.*71 rows with best"):
        ged = load_ucdp_ged(ged_path)
    q = ged_quality(ged)
    counts = q["check"].value_counts().to_dict()
    assert counts == {"adm_1_missing": 339, "best_gt_high": 71, "low_gt_best": 30}
    assert ged.attrs["quality_counts"]["low_gt_best"] == 30
    # the flagged rows are exactly those failing the check, and none were dropped
    assert set(q.loc[q["check"] == "low_gt_best", "id"]) == set(ged.loc[ged.low > ged.best, "id"])
    assert list(q.columns) == ["id", "check", "detail"]


def test_quality_follows_a_subset(ged):
    sub = ged[ged["adm_1"] == "Idlib Governorate"]
    q = ged_quality(sub)
    assert "adm_1_missing" not in set(q["check"])
    assert q["id"].isin(sub["id"]).all()


def test_env_var_is_used_when_path_is_none(ged_path, monkeypatch):
    monkeypatch.setenv(UCDP_GED_ENV, str(ged_path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        assert len(load_ucdp_ged()) == 16566
    monkeypatch.setenv(UCDP_GED_ENV, "/nonexistent/ged.csv")
    with pytest.raises(DataFileError, match="file not found"):
        load_ucdp_ged()


def test_renamed_column_is_named(ged_path, tmp_path):
    recs = _records(ged_path)
    recs[0][recs[0].index("best")] = "best_est"
    bad = _write(tmp_path / "renamed.csv", recs)
    with pytest.raises(DataFileError) as exc:
        load_ucdp_ged(bad)
    probs = exc.value.problems
    assert {(p.column, p.row, p.file) for p in probs} == {
        ("best", 1, str(bad)),
        ("best_est", 1, str(bad)),
    }
    assert "required column missing" in str(exc.value)


def test_every_broken_cell_is_listed_with_line_and_column(ged_path, tmp_path):
    recs = _records(ged_path)
    h = recs[0]
    col = {c: h.index(c) for c in h}
    # row 10: bad date; row 20: negative count; rows 30/31: duplicate id; row 40: text in int;
    # row 50: unknown violence type
    recs[10][col["date_start"]] = "2019-13-45"
    recs[20][col["deaths_civilians"]] = "-3"
    recs[31][col["id"]] = recs[30][col["id"]]
    recs[40][col["best"]] = "many"
    recs[50][col["type_of_violence"]] = "7"
    bad = _write(tmp_path / "broken.csv", recs)
    with pytest.raises(DataFileError) as exc:
        load_ucdp_ged(bad)
    got = {(p.row, p.column) for p in exc.value.problems}
    ids = {r: recs[r][col["id"]] for r in (10, 20, 30, 40, 50)}
    dup_lines = [
        n for n, line in enumerate(bad.read_text().split("\n"), 1) if line.startswith(ids[30] + ",")
    ]
    want = {
        (_line_of(bad, ids[10]), "date_start"),
        (_line_of(bad, ids[20]), "deaths_civilians"),
        (dup_lines[0], "id"),
        (dup_lines[1], "id"),
        (_line_of(bad, ids[40]), "best"),
        (_line_of(bad, ids[50]), "type_of_violence"),
    }
    assert got == want
    assert all(p.file == str(bad) for p in exc.value.problems)
    msg = str(exc.value)
    assert "6 problems" in msg and "unparseable date" in msg and "negative count (-3)" in msg
    assert "duplicate id" in msg and "not a number ('many'): expected an integer" in msg
    # the file has multi-line quoted fields, so line numbers are not record index + 2
    assert _line_of(bad, ids[50]) != 52


def test_errors_drop_sets_rows_aside_and_says_so(ged_path, tmp_path):
    recs = _records(ged_path)
    h = recs[0]
    recs[5][h.index("best")] = "-1"
    recs[6][h.index("date_end")] = "yesterday"
    bad = _write(tmp_path / "broken.csv", recs)
    with pytest.warns(DataQualityWarning) as rec:
        df = load_ucdp_ged(bad, errors="drop")
    said = [str(w.message) for w in rec]
    assert any("2 row(s) set aside for 2 problem(s)" in m for m in said)
    assert any("30 rows with low > best" in m for m in said)  # quirks still reported
    assert len(df) == 16566 - 2
    assert df["best"].dtype == "int64"
    aside = df.attrs["set_aside"]
    assert [p.column for p in aside] == ["best", "date_end"]
    assert not df["id"].isin([int(recs[5][0]), int(recs[6][0])]).any()


def test_errors_argument_is_checked(ged_path):
    with pytest.raises(ValueError, match="errors must be"):
        load_ucdp_ged(ged_path, errors="ignore")


# ----------------------------------------------------------------------------- quirks as flags
def test_quirks_are_flagged_not_errors(ged_path, tmp_path):
    recs = _records(ged_path)
    h = recs[0]
    recs[3][h.index("date_end")] = "2015-12-31"  # before date_start 2016-01-01
    recs[4][h.index("deaths_a")] = str(int(recs[4][h.index("deaths_a")]) + 5)  # best != sum
    bad = _write(tmp_path / "quirks.csv", recs)
    with pytest.warns(DataQualityWarning, match="1 rows with date_end < date_start"):
        df = load_ucdp_ged(bad)
    assert len(df) == 16566
    q = ged_quality(df)
    got = q[q.check.isin(["date_end_before_start", "best_ne_sum_deaths"])]
    assert got[["id", "check"]].values.tolist() == [
        [int(recs[3][0]), "date_end_before_start"],
        [int(recs[4][0]), "best_ne_sum_deaths"],
    ]
    assert got["detail"].iloc[0] == "date_end=2015-12-31 < date_start=2016-01-01"


# ----------------------------------------------------------------------------- aggregation
def _toy():
    return pd.DataFrame({
        "date_start": pd.to_datetime(["2019-05-01", "2019-05-07", "2019-05-07", "2019-06-30",
                                      "2019-04-30"]),
        "adm_1": ["Idlib Governorate", "Idlib Governorate", "Hamah Governorate",
                  "Idlib Governorate", "Idlib Governorate"],
        "adm_2": ["Ariha district", None, "Muhradah district", "Harim district",
                  "Ariha district"],
        "latitude": [35.81, 35.6478, 35.25, 36.2, 35.81],
        "longitude": [36.61, 36.6746, 36.57, 36.5, 36.61],
        "best": [3, 4, 5, 6, 100],
        "deaths_civilians": [1, 4, 0, 6, 100],
    })  # fmt: skip


def test_count_events_by_district_month_with_zero_rows():
    placed = place_events(_toy(), warn=False)
    # event 2 has no UCDP district but its coordinates lie in Al Ma'ra (SY0702)
    assert placed["adm2_pcode"].astype(str).tolist()[:2] == ["SY0705", "SY0702"]
    assert placed["adm2_placed_by"].astype(str).tolist()[:2] == ["name", "coordinates"]
    t = count_events(placed, period="month", level="district", start="2019-05-01",
                     end="2019-06-30", values=["best", "deaths_civilians"], measure="best",
                     units=["SY07"])  # fmt: skip
    assert len(t) == 5 * 2  # 5 Idleb districts (SY0700, SY0702-SY0705) x 2 months, zeros kept
    assert t.attrs["left_out"] == {"outside_range": 1, "no_date": 0, "not_placed_in_district": 0}
    got = t[t["count"] > 0][["adm2_pcode", "period", "events", "best", "exposure_days"]]
    assert got.values.tolist() == [
        ["SY0702", "2019-05", 1, 4, 31],
        ["SY0703", "2019-06", 1, 6, 30],
        ["SY0705", "2019-05", 1, 3, 31],
    ]
    assert t["count"].sum() == 3 + 4 + 6  # Hama event left out by units=["SY07"]
    assert {"adm1_name", "adm2_name", "period_start", "period_end"} <= set(t.columns)


def test_count_events_weeks_days_and_whole_range():
    ev = _toy()
    w = count_events(ev, period="week", level=None, start="2019-05-01", end="2019-05-14",
                     values=["best"])  # fmt: skip
    # weeks start on Monday: 2019-04-29 (clipped to 3 days), 2019-05-06, 2019-05-13 (2 days)
    assert w["period"].tolist() == ["2019-04-29", "2019-05-06", "2019-05-13"]
    assert w["exposure_days"].tolist() == [5, 7, 2]
    assert w["events"].tolist() == [1, 2, 0]
    d = count_events(ev, period="day", level=None, start="2019-05-01", end="2019-05-07",
                     values=["best"])  # fmt: skip
    assert len(d) == 7 and (d["exposure_days"] == 1).all()
    assert d["best"].tolist() == [3, 0, 0, 0, 0, 0, 9]
    g = count_events(ev, level="governorate", values=["best"])
    assert g.groupby("adm1_pcode")["best"].sum()[["SY05", "SY07"]].tolist() == [5, 113]
    assert len(g) == 14 * 3  # default range: first to last event (April-June 2019)


def test_count_events_rejects_bad_arguments():
    ev = _toy()
    with pytest.raises(ValueError, match="period"):
        count_events(ev, period="year")
    with pytest.raises(ValueError, match="level"):
        count_events(ev, level="village")
    with pytest.raises(ValueError, match="measure"):
        count_events(ev, values=["best"], measure="low")
    with pytest.raises(ValueError, match="before start"):
        count_events(ev, level=None, values=["best"], start="2019-06-01", end="2019-05-01")
    with pytest.raises(ValueError, match="lack"):
        count_events(ev, values=["high"])


def test_place_events_on_real_file_reports_unplaced(ged):
    with pytest.warns(DataQualityWarning, match="2 of 16566 events not placed in a governorate"):
        placed = place_events(ged)
    assert placed.attrs["unplaced"] == {"governorate": 2, "district": 1478}
    by = placed["adm1_placed_by"].value_counts().to_dict()
    assert by == {"name": 16566 - 339, "coordinates": 337}
    # UCDP's names all map: every named governorate is placed by name
    assert placed.loc[ged["adm_1"].notna(), "adm1_placed_by"].eq("name").all()
    assert len(placed) == len(ged) and placed["id"].equals(ged["id"])


def test_integral_decimals_are_accepted_as_integers(ged_path, tmp_path):
    recs = _records(ged_path)
    h = recs[0]
    recs[1][h.index("best")] = recs[1][h.index("best")] + ".0"  # "4.0": integral, accepted
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        df = load_ucdp_ged(_write(tmp_path / "dec.csv", recs))
    assert df["best"].dtype == "int64" and len(df) == 16566
    recs[1][h.index("best")] = "4.5"
    with pytest.raises(DataFileError, match="not an integer"):
        load_ucdp_ged(_write(tmp_path / "frac.csv", recs))


def test_events_without_a_date_are_counted_apart_from_out_of_range():
    ev = _toy()
    ev.loc[1, "date_start"] = pd.NaT
    t = count_events(ev, level=None, start="2019-05-01", end="2019-06-30", values=["best"])
    # event 4 (2019-04-30) is out of range; event 1 has no date
    assert t.attrs["left_out"] == {"outside_range": 1, "no_date": 1}
    assert int(t["best"].sum()) == 3 + 5 + 6


# ----------------------------------------------------------------------------- downloaded files
def _small_ged(ged_path, n=300):
    """The first ``n`` events of the raw file, as text (read with plain pandas)."""
    return pd.read_csv(ged_path, dtype=str, keep_default_na=False, nrows=n)


def test_zip_with_one_csv_loads_in_one_line(ged_path, tmp_path):
    raw = _small_ged(ged_path)
    zpath = tmp_path / "ged191-csv.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ged191.csv", raw.to_csv(index=False))
        z.writestr("__MACOSX/._ged191.csv", "junk")  # archive litter is ignored
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        ged = load_ucdp_ged(zpath)
    assert ged["id"].tolist() == raw["id"].astype(int).tolist()
    assert int(ged["best"].sum()) == raw["best"].astype(int).sum()
    assert ged.attrs["file"] == f"{zpath}!ged191.csv"


def test_zip_problems_name_the_member_and_its_line(ged_path, tmp_path):
    raw = _small_ged(ged_path, n=20)
    raw.loc[4, "best"] = "-7"
    text = raw.to_csv(index=False, lineterminator="\n")
    line = text.split("\n").index(next(x for x in text.split("\n") if ",-7," in x)) + 1
    zpath = tmp_path / "g.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("g.csv", text)
    with pytest.raises(DataFileError) as exc:
        load_ucdp_ged(zpath)
    (prob,) = exc.value.problems
    assert (prob.file, prob.row, prob.column) == (f"{zpath}!g.csv", line, "best")


def test_zip_with_several_csvs_or_none_is_an_error(tmp_path):
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as z:
        z.writestr("a.csv", "x\n1\n")
        z.writestr("b.csv", "x\n1\n")
    with pytest.raises(DataFileError, match=r"several CSV files.*a\.csv, b\.csv"):
        load_ucdp_ged(two)
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(DataFileError, match="not a readable zip"):
        load_ucdp_ged(tmp_path / "junk.zip")


def test_global_release_timestamp_dates_parse(ged_path, tmp_path):
    raw = _small_ged(ged_path)
    stamped = raw.copy()
    stamped["date_start"] = raw["date_start"] + " 00:00:00.000"  # global GED CSV style
    stamped["date_end"] = raw["date_end"] + " 00:00:00"
    path = tmp_path / "stamped.csv"
    stamped.to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        ged = load_ucdp_ged(path)
    expected = pd.to_datetime(raw["date_start"], format="%Y-%m-%d")
    assert (ged["date_start"].to_numpy() == expected.to_numpy()).all()
    assert (ged["date_end"] == pd.to_datetime(raw["date_end"], format="%Y-%m-%d")).all()
    # a bare year is not a day: still an error
    stamped.loc[3, "date_start"] = "2016"
    stamped.to_csv(path, index=False)
    with pytest.raises(DataFileError, match="unparseable date") as exc:
        load_ucdp_ged(path)
    assert [p.column for p in exc.value.problems] == ["date_start"]


def test_blank_dates_are_errors(ged_path, tmp_path):
    recs = _records(ged_path)[:40]
    h = recs[0]
    recs[3][h.index("date_start")] = ""
    recs[7][h.index("date_end")] = ""
    bad = _write(tmp_path / "blank.csv", recs)
    with pytest.raises(DataFileError) as exc:
        load_ucdp_ged(bad)
    got = [(p.row, p.column, p.message) for p in exc.value.problems]
    assert got == [
        (_line_of(bad, recs[3][0]), "date_start", "missing value"),
        (_line_of(bad, recs[7][0]), "date_end", "missing value"),
    ]
