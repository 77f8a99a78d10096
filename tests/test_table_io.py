"""read_figures under bad input (issue 10): every case reads the table unchanged or raises one
idlibstats error naming the file (and the line and column where there is one)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import idlibstats as s
from idlibstats.errors import DataFileError, FigureTableError
from idlibstats.table import COLUMNS


@pytest.fixture
def seed() -> pd.DataFrame:
    return s.datasets.load("seed_figures")


def _csv(seed, path):
    seed.to_csv(path, index=False, lineterminator="\n")
    return path


def _jsonl(seed, path):
    seed.to_json(path, orient="records", lines=True, date_format="iso")
    return path


@pytest.mark.parametrize("value", ["1.5", "99999999999999999999", "9007199254740993"])
def test_csv_offset_not_a_whole_number_in_range_is_named(seed, tmp_path, value):
    t = seed.astype({"start": object})
    t.loc[3, "start"] = value  # CSV line 5
    path = _csv(t, tmp_path / "t.csv")
    with pytest.raises(FigureTableError) as err:
        s.read_figures(path)
    (p,) = err.value.problems
    assert (p.row, p.column, p.file) == (5, "start", str(path))
    kind = "not an integer" if "." in value else "integer out of range"
    assert p.message.startswith(f"{kind}: ")


def test_jsonl_fractional_and_huge_offsets(seed, tmp_path):
    lines = _jsonl(seed, tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    objs = [json.loads(x) for x in lines]
    objs[1]["start"] = 1.5
    objs[2]["end"] = 10**30
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(json.dumps(o) for o in objs) + "\n", encoding="utf-8")
    with pytest.raises(FigureTableError) as err:
        s.read_figures(path)
    assert [(p.row, p.column, p.message.split(":")[0]) for p in err.value.problems] == [
        (2, "start", "not an integer"),
        (3, "end", "integer out of range"),
    ]


def test_whole_float_offsets_still_read(seed, tmp_path):
    t = seed.astype({"start": float})  # 12.0 is an offset written by a float column
    back = s.read_figures(_csv(t, tmp_path / "t.csv"))
    assert back["start"].tolist() == seed["start"].tolist()


def test_csv_cut_mid_record(seed, tmp_path):
    data = _csv(seed, tmp_path / "t.csv").read_bytes()
    path = tmp_path / "cut.csv"
    path.write_bytes(data[:-25])  # the case: the last row read with published NaT
    with pytest.raises(DataFileError, match="cut short") as err:
        s.read_figures(path)
    assert str(path) in str(err.value).splitlines()[0]


def test_csv_ragged_row_and_duplicated_column(seed, tmp_path):
    lines = _csv(seed, tmp_path / "t.csv").read_text(encoding="utf-8").split("\n")
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("\n".join([lines[0], lines[1] + ",x", *lines[2:]]), encoding="utf-8")
    with pytest.raises(DataFileError, match="wrong number of fields") as err:
        s.read_figures(ragged)
    assert [p.row for p in err.value.problems] == [2]
    dup = tmp_path / "dup.csv"
    dup.write_text("\n".join([lines[0] + ",value"] + [x + ",1" for x in lines[1:-1]]) + "\n")
    with pytest.raises(DataFileError, match="duplicated column name: value"):
        s.read_figures(dup)


def test_blank_lines_keep_the_table_and_the_line_numbers(seed, tmp_path):
    for name, write in (("t.csv", _csv), ("t.jsonl", _jsonl)):
        lines = write(seed, tmp_path / name).read_text(encoding="utf-8").split("\n")
        lines = [lines[0], lines[1], "", "", *lines[2:], ""]
        path = tmp_path / f"blank_{name}"
        path.write_text("\n".join(lines), encoding="utf-8")
        back = s.read_figures(path)
        pd.testing.assert_frame_equal(back[list(COLUMNS)], seed[list(COLUMNS)], check_dtype=False)
        # a bad value after the blank lines is named on its physical line
        k = next(i for i, x in enumerate(lines) if i > 3 and "more_than" in x)
        lines[k] = lines[k].replace("more_than", "roughly")
        path.write_text("\n".join(lines), encoding="utf-8")
        with pytest.raises(FigureTableError) as err:
            s.read_figures(path)
        assert {p.row for p in err.value.problems} == {k + 1}


def test_jsonl_line_that_is_not_an_object(seed, tmp_path):
    lines = _jsonl(seed, tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([lines[0], "5", lines[2], "[1, 2]", '{"a": '] + lines[5:]) + "\n")
    with pytest.raises(DataFileError) as err:
        s.read_figures(path)
    assert [(p.row, p.message.split(" but")[0].split(":")[0]) for p in err.value.problems] == [
        (2, "not a JSON object"),
        (4, "not a JSON object"),
        (5, "not JSON"),
    ]
    assert all(p.file == str(path) for p in err.value.problems)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip_footer"])
def test_damaged_parquet(seed, tmp_path, damage):
    good = tmp_path / "t.parquet"
    seed.to_parquet(good)
    data = bytearray(good.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = bytearray(b"not parquet at all\n" * 10)
    else:
        data[-12:-8] = b"\xff\xff\xff\x7f"  # footer length beyond the file
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(bytes(data))
    with pytest.raises(DataFileError, match="not a readable Parquet file") as err:
        s.read_figures(bad)
    assert str(bad) in str(err.value)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_folder_and_missing_file(tmp_path, suffix):
    (tmp_path / f"d{suffix}").mkdir()
    with pytest.raises(DataFileError, match="is a folder"):
        s.read_figures(tmp_path / f"d{suffix}")
    with pytest.raises(DataFileError, match="file not found"):
        s.read_figures(tmp_path / f"nothing{suffix}")


def test_encoding(seed, tmp_path):
    t = seed.copy()
    t.loc[0, "subject"] = "caf\u00e9 owners"
    path = tmp_path / "cp1252.csv"
    t.to_csv(path, index=False, encoding="cp1252")
    with pytest.raises(DataFileError, match=r"is not utf-8 text \(byte \d+ is 0x[0-9a-f]{2}\)"):
        s.read_figures(path)
    back = s.read_figures(path, encoding="cp1252")
    assert back["subject"].iloc[0] == "caf\u00e9 owners"
    assert back["quote"].tolist() == seed["quote"].tolist()
