"""ACLED loader, on a synthetic file built from ACLED's codebook (see tests/data/ACLED_README.md)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from idlibstats.errors import DataFileError, DataQualityWarning
from idlibstats.load.acled import ACLED_COLUMNS, load_acled

SAMPLE = Path(__file__).parent / "data" / "acled_sample.csv"


def _records():
    with open(SAMPLE, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _write(path, recs):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(recs)
    return path


def test_sample_loads_typed():
    ev = load_acled(SAMPLE)
    assert len(ev) == 12
    assert list(ev.columns) == list(ACLED_COLUMNS)
    assert ev["event_date"].dtype == "datetime64[ns]"
    assert ev["event_date"].min() == pd.Timestamp("2019-05-02")
    assert ev["fatalities"].dtype == "int64" and ev["fatalities"].sum() == 114
    assert ev["latitude"].dtype == "float64"
    # blanks are missing values, not empty strings
    assert ev["assoc_actor_1"].isna().sum() == 12
    assert ev.loc[ev.event_id_cnty == "SYR900012", "notes"].str.contains("\n").all()


def test_export_tool_date_format_is_accepted(tmp_path):
    recs = _records()
    i = recs[0].index("event_date")
    for r in recs[1:]:
        r[i] = pd.Timestamp(r[i]).strftime("%d %B %Y")  # "02 May 2019"
    ev = load_acled(_write(tmp_path / "export.csv", recs))
    pd.testing.assert_series_equal(ev["event_date"], load_acled(SAMPLE)["event_date"])


def test_broken_copy_lists_every_problem(tmp_path):
    recs = _records()
    h = recs[0]
    recs[2][h.index("event_date")] = "2019-02-30"
    recs[3][h.index("fatalities")] = "-4"
    recs[5][h.index("event_id_cnty")] = recs[4][h.index("event_id_cnty")]
    recs[6][h.index("latitude")] = "north"
    recs[7][h.index("geo_precision")] = "5"
    bad = _write(tmp_path / "bad.csv", recs)
    with pytest.raises(DataFileError) as exc:
        load_acled(bad)
    got = {(p.row, p.column) for p in exc.value.problems}
    # no multi-line cell before record 12, so record k starts on line k + 1
    assert got == {
        (3, "event_date"),
        (4, "fatalities"),
        (5, "event_id_cnty"),
        (6, "event_id_cnty"),
        (7, "latitude"),
        (8, "geo_precision"),
    }
    assert {p.file for p in exc.value.problems} == {str(bad)}


def test_bad_cell_after_multiline_note_gets_its_real_line(tmp_path):
    recs = _records()
    recs.append(list(recs[12]))  # record 13: copy of the multi-line record (lines 13-14)
    recs[13][0] = "SYR900013"
    recs[13][recs[0].index("year")] = "20x0"
    bad = _write(tmp_path / "bad.csv", recs)
    with pytest.raises(DataFileError) as exc:
        load_acled(bad)
    assert [(p.row, p.column) for p in exc.value.problems] == [(15, "year")]


def test_renamed_and_missing_columns(tmp_path):
    recs = _records()
    recs[0][recs[0].index("fatalities")] = "deaths"
    i = recs[0].index("notes")
    bad = _write(tmp_path / "renamed.csv", [r[:i] + r[i + 1 :] for r in recs])  # drop "notes"
    with pytest.raises(DataFileError) as exc:
        load_acled(bad)
    assert {(p.column, p.row) for p in exc.value.problems} == {
        ("fatalities", 1),
        ("notes", 1),
        ("deaths", 1),
    }
    # "tags" is optional (older exports lack it): dropping it is not a problem
    j = recs[0].index("tags")
    with pytest.raises(DataFileError) as exc:
        load_acled(_write(tmp_path / "renamed2.csv", [r[:j] + r[j + 1 :] for r in recs]))
    assert {p.column for p in exc.value.problems} == {"fatalities", "deaths"}


def test_drop_mode_sets_aside_and_warns(tmp_path):
    recs = _records()
    recs[1][recs[0].index("fatalities")] = "-1"
    bad = _write(tmp_path / "bad.csv", recs)
    with pytest.warns(DataQualityWarning, match="1 row"):
        ev = load_acled(bad, errors="drop")
    assert len(ev) == 11 and "SYR900001" not in set(ev["event_id_cnty"])
    assert ev.attrs["set_aside"][0].column == "fatalities"


def test_unreadable_file_is_a_data_file_error(tmp_path):
    bad = tmp_path / "latin1.csv"
    text = SAMPLE.read_text(encoding="utf-8").replace("Idleb", "Idl\u00e9b")
    bad.write_bytes(text.encode("latin-1"))
    with pytest.raises(DataFileError, match=r"latin1.csv is not utf-8 text \(byte \d+ is 0xe9\)"):
        load_acled(bad)
    # with the file's encoding it loads, the text intact
    ev = load_acled(bad, encoding="latin-1")
    assert ev["admin1"].str.contains("Idl\u00e9b").any()
    with pytest.raises(DataFileError, match="file not found"):
        load_acled(tmp_path / "nothing.csv")


def test_pre_2023_export_without_optional_columns(tmp_path):
    # exports before ACLED's 2023 update: no disorder_type, civilian_targeting, tags; numeric
    # inter codes; extra data_id, event_id_no_cnty and iso3 columns
    raw = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    old = raw.drop(columns=["disorder_type", "civilian_targeting", "tags"])
    old.insert(0, "data_id", [str(9000 + i) for i in range(len(old))])
    old.insert(3, "event_id_no_cnty", [str(i + 1) for i in range(len(old))])
    old["inter1"] = "8"
    old["iso3"] = "SYR"
    path = tmp_path / "old_export.csv"
    old.to_csv(path, index=False)
    ev = load_acled(path)
    assert list(ev.columns)[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert list(ev.columns)[len(ACLED_COLUMNS) :] == ["data_id", "event_id_no_cnty", "iso3"]
    assert ev.attrs["absent_columns"] == ["disorder_type", "civilian_targeting", "tags"]
    for c in ("disorder_type", "civilian_targeting", "tags"):
        assert ev[c].isna().all() and ev[c].dtype == "str"
    assert ev["fatalities"].sum() == raw["fatalities"].astype(int).sum()
    assert ev["event_id_cnty"].tolist() == raw["event_id_cnty"].tolist()
    assert (ev["inter1"] == "8").all()
    # a required column is still required
    with pytest.raises(DataFileError, match="required column missing"):
        load_acled(_write(tmp_path / "nofat.csv", [r for r in _drop_column(old, "fatalities")]))


def _drop_column(df, col):
    d = df.drop(columns=[col])
    return [list(d.columns), *d.values.tolist()]
