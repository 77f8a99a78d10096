"""The reading layer every CSV loader shares (idlibstats.load.reading), on broken copies of the
real shared files: each case loads every row unchanged or raises one DataFileError naming the
file (and the line and column where there is one). Issue 10."""

from __future__ import annotations

import gzip
import warnings

import numpy as np
import pandas as pd
import pytest

from idlibstats.errors import MAX_LISTED, DataFileError, DataQualityWarning
from idlibstats.load.reading import INT_LIMIT, record_lines
from idlibstats.load.ucdp import GED_COLUMNS, load_ucdp_ged
from idlibstats.load.unhcr import load_unhcr_population

pytestmark = pytest.mark.shared


def _head(path, n):
    """Header and the first ``n`` records of a CSV, as bytes (records may span lines)."""
    data = path.read_bytes()
    lines = record_lines(path)
    cut = sum(len(x) + 1 for x in data.split(b"\n")[: lines[n] - 1])
    return data[:cut]


@pytest.fixture(scope="module")
def ged_small(shared_data):
    return _head(shared_data / "ucdp_ged" / "ucdp_ged_syria_652.1601.1911.csv", 60)


@pytest.fixture(scope="module")
def unhcr_small(shared_data):
    return _head(shared_data / "unhcr" / "unhcr_population_origin_SYR.csv", 80)


def _ged(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load_ucdp_ged(path, **kw)


def _put(path, data):
    path.write_bytes(data)
    return path


def _set_cell(data, record, column, value):
    """Replace one cell of a CSV (by record number and column name) through pandas-free edits."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    rows[record + 1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def test_sample_loads(tmp_path, ged_small, unhcr_small):
    assert len(_ged(_put(tmp_path / "g.csv", ged_small))) == 60
    assert len(load_unhcr_population(_put(tmp_path / "u.csv", unhcr_small))) == 80 * 9


# ------------------------------------------------------------------ integers beyond the range
@pytest.mark.parametrize("value", ["99999999999999999999999", "18446744073709551615",
                                   str(INT_LIMIT + 1), "-99999999999999999999"])  # fmt: skip
def test_ucdp_integer_out_of_range_is_named(tmp_path, ged_small, value):
    p = _put(tmp_path / "g.csv", _set_cell(ged_small, 4, "best", value))
    with pytest.raises(DataFileError) as err:
        _ged(p)
    (prob,) = [q for q in err.value.problems if q.column == "best"]
    assert prob.row == record_lines(p)[4] and "integer out of range" in prob.message
    assert value in prob.message and str(p) in str(err.value)


def test_largest_exact_integer_is_kept(tmp_path, ged_small):
    p = _put(tmp_path / "g.csv", _set_cell(ged_small, 4, "high", str(INT_LIMIT)))
    assert _ged(p)["high"].iloc[4] == INT_LIMIT


def test_unhcr_integer_out_of_range_is_named(tmp_path, unhcr_small):
    p = _put(tmp_path / "u.csv", _set_cell(unhcr_small, 7, "refugees", "99999999999999999999999"))
    with pytest.raises(DataFileError, match="integer out of range") as err:
        load_unhcr_population(p)
    assert [(q.row, q.column) for q in err.value.problems] == [(9, "refugees")]


# ------------------------------------------------------------------ cut short, ragged records
@pytest.mark.parametrize("name", ["ged", "unhcr"])
def test_file_cut_mid_record_is_an_error(tmp_path, ged_small, unhcr_small, name):
    data = {"ged": ged_small, "unhcr": unhcr_small}[name]
    load = {"ged": _ged, "unhcr": load_unhcr_population}[name]
    last = data.rstrip(b"\n").rsplit(b"\n", 1)[1]
    p = _put(tmp_path / "x.csv", data[: len(data) - len(last) // 2])
    with pytest.raises(DataFileError, match="cut short") as err:
        load(p)
    assert str(p) in str(err.value).splitlines()[0]
    # errors="drop" does not hide it either: a broken file is not a bad row
    with pytest.raises(DataFileError, match="cut short"):
        load(p, errors="drop")


def test_real_unhcr_cut_mid_record(tmp_path, shared_data):
    # the case of the issue: the whole Syria file cut in its last record
    data = (shared_data / "unhcr" / "unhcr_population_origin_SYR.csv").read_bytes()
    p = _put(tmp_path / "u.csv", data[:-30])
    with pytest.raises(DataFileError, match="cut short"):
        load_unhcr_population(p)


def test_short_record_in_the_middle_is_named(tmp_path, unhcr_small):
    lines = unhcr_small.split(b"\n")
    lines[10] = b",".join(lines[10].split(b",")[:9])  # record 9 on line 11 loses its last fields
    p = _put(tmp_path / "u.csv", b"\n".join(lines))
    with pytest.raises(DataFileError, match="wrong number of fields") as err:
        load_unhcr_population(p)
    assert [q.row for q in err.value.problems] == [11]
    assert "9 fields where the header has 16" in err.value.problems[0].message


def test_every_record_one_field_longer_than_the_header(tmp_path, unhcr_small):
    # pandas would take the first column as the index and shift every value
    lines = unhcr_small.rstrip(b"\n").split(b"\n")
    p = _put(tmp_path / "u.csv", b"\n".join([lines[0]] + [x + b",7" for x in lines[1:]]) + b"\n")
    with pytest.raises(DataFileError, match="wrong number of fields") as err:
        load_unhcr_population(p)
    assert len(err.value.problems) == 80
    assert "... and 70 more" in str(err.value)


def test_one_record_too_long_is_named(tmp_path, ged_small):
    lines = ged_small.split(b"\n")
    lines[3] = lines[3] + b",extra"
    p = _put(tmp_path / "g.csv", b"\n".join(lines))
    with pytest.raises(DataFileError, match="wrong number of fields") as err:
        _ged(p)
    assert err.value.problems[0].row == 4


def test_blank_lines_are_skipped_and_lines_still_count(tmp_path, ged_small):
    def pad(data):  # two blank lines after the header, one at the end
        head, rest = data.split(b"\n", 1)
        return head + b"\n\n\n" + rest + b"\n"

    a = _ged(_put(tmp_path / "g.csv", pad(ged_small)))
    pd.testing.assert_frame_equal(a, _ged(_put(tmp_path / "o.csv", ged_small)), check_flags=False)
    # a problem after the blank lines names its physical line
    broken = _set_cell(ged_small, 50, "best", "x")
    line = record_lines(_put(tmp_path / "b0.csv", broken))[50]
    with pytest.raises(DataFileError) as err:
        _ged(_put(tmp_path / "b.csv", pad(broken)))
    assert [(q.row, q.column) for q in err.value.problems] == [(line + 2, "best")]


# ------------------------------------------------------------------ header
@pytest.mark.parametrize("name", ["ged", "unhcr"])
def test_duplicated_column_is_named(tmp_path, ged_small, unhcr_small, name):
    data = {"ged": ged_small, "unhcr": unhcr_small}[name]
    col = {"ged": "best", "unhcr": "refugees"}[name]
    load = {"ged": _ged, "unhcr": load_unhcr_population}[name]
    rows = data.rstrip(b"\n").split(b"\n")
    rows = [rows[0] + f",{col}".encode()] + [r + b",1" for r in rows[1:]]
    p = _put(tmp_path / "x.csv", b"\n".join(rows) + b"\n")
    with pytest.raises(DataFileError, match=f"duplicated column name: {col}") as err:
        load(p)
    assert err.value.problems[0].column == col and err.value.problems[0].row == 1


def test_not_a_ged_file_says_so_in_one_line(tmp_path, unhcr_small):
    p = _put(tmp_path / "u.csv", unhcr_small)
    with pytest.raises(DataFileError) as err:
        _ged(p)
    msg = str(err.value).splitlines()
    # only "year" is a GED column too
    assert msg[0] == f"not a UCDP GED file: 1 of {len(GED_COLUMNS)} required columns found ({p}):"
    assert len(msg) == 1 + MAX_LISTED + 1 and msg[-1].startswith("  ... and ")
    assert len(err.value.problems) == 40 + 15  # 40 missing + 15 unexpected


def test_a_few_missing_columns_are_named_in_the_first_line(tmp_path, ged_small):
    rows = ged_small.decode().replace("deaths_civilians", "civilians", 1)
    with pytest.raises(DataFileError, match="lacks 1 required column: deaths_civilians"):
        _ged(_put(tmp_path / "g.csv", rows.encode()))


# ------------------------------------------------------------------ encodings and BOM
def test_latin1_unhcr_names_encoding_and_byte(tmp_path, unhcr_small):
    text = unhcr_small.decode().replace("Syrian Arab Rep.", "R\u00e9p. arabe syrienne")
    p = _put(tmp_path / "u.csv", text.encode("latin-1"))
    with pytest.raises(DataFileError) as err:
        load_unhcr_population(p)
    at = text.encode("latin-1").index(b"\xe9")
    first = str(err.value).splitlines()[0]
    assert f"{p} is not utf-8 text (byte {at} is 0xe9)" in first and "encoding=" in first
    u = load_unhcr_population(p, encoding="latin-1")
    assert set(u["coo_name"]) == {"R\u00e9p. arabe syrienne"}


def test_utf8_bom_is_dropped(tmp_path, ged_small):
    a = _ged(_put(tmp_path / "bom.csv", b"\xef\xbb\xbf" + ged_small))
    assert list(a.columns) == list(GED_COLUMNS) and len(a) == 60


def test_utf16_file_needs_its_encoding(tmp_path, ged_small):
    p = _put(tmp_path / "u16.csv", ged_small.decode().encode("utf-16"))
    with pytest.raises(DataFileError, match="UTF-16 byte-order mark; pass encoding='utf-16'"):
        _ged(p)
    a, b = _ged(p, encoding="utf-16"), _ged(_put(tmp_path / "o.csv", ged_small))
    pd.testing.assert_frame_equal(a, b, check_flags=False)


def test_unknown_encoding_is_a_data_file_error(tmp_path, ged_small):
    with pytest.raises(DataFileError, match="unknown encoding 'klingon'"):
        _ged(_put(tmp_path / "g.csv", ged_small), encoding="klingon")


# ------------------------------------------------------------------ compression, folders
def test_truncated_gz_names_the_file(tmp_path, shared_data):
    data = (shared_data / "unhcr" / "unhcr_population_full_1951_2025.csv.gz").read_bytes()
    p = _put(tmp_path / "cut.csv.gz", data[: len(data) // 2])
    with pytest.raises(DataFileError, match="damaged or cut short") as err:
        load_unhcr_population(p)
    assert str(p) in str(err.value)


def test_not_gzip_named_gz(tmp_path, unhcr_small):
    p = _put(tmp_path / "plain.csv.gz", unhcr_small)
    with pytest.raises(DataFileError, match="not a complete, readable gzip file"):
        load_unhcr_population(p)


def test_corrupt_gz_crc(tmp_path, unhcr_small):
    data = bytearray(gzip.compress(unhcr_small))
    data[-6] ^= 0xFF  # the stored CRC
    with pytest.raises(DataFileError, match="damaged or cut short"):
        load_unhcr_population(_put(tmp_path / "crc.csv.gz", bytes(data)))


def test_gz_sample_loads(tmp_path, unhcr_small):
    p = _put(tmp_path / "u.csv.gz", gzip.compress(unhcr_small))
    assert len(load_unhcr_population(p)) == 80 * 9


@pytest.mark.parametrize("name", ["ged", "unhcr"])
def test_folder_is_a_data_file_error(tmp_path, name):
    load = {"ged": _ged, "unhcr": load_unhcr_population}[name]
    (tmp_path / "d.csv").mkdir()
    with pytest.raises(DataFileError, match="is a folder, not a file"):
        load(tmp_path / "d.csv")


def test_empty_file(tmp_path):
    with pytest.raises(DataFileError, match="empty"):
        _ged(_put(tmp_path / "e.csv", b""))
    with pytest.raises(DataFileError, match="empty"):
        _ged(_put(tmp_path / "e.csv", b"\xef\xbb\xbf"))


# ------------------------------------------------------------------ UCDP points and dates
@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("latitude", "inf", "not a finite number"),
        ("latitude", "-inf", "not a finite number"),
        ("latitude", "91.5", "latitude outside -90..90"),
        ("longitude", "999", "longitude outside -180..180"),
    ],
)
def test_ucdp_coordinates_out_of_range(tmp_path, ged_small, column, value, message):
    p = _put(tmp_path / "g.csv", _set_cell(ged_small, 9, column, value))
    with pytest.raises(DataFileError) as err:
        _ged(p)
    assert [(q.row, q.column, q.message) for q in err.value.problems] == [
        (record_lines(p)[9], column, message)
    ]
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        kept = load_ucdp_ged(p, errors="drop")
    assert len(kept) == 59 and any("1 row(s) set aside" in str(w.message) for w in said)


def test_ucdp_date_end_before_start_is_a_reported_quirk(tmp_path, ged_small):
    from idlibstats.load.ucdp import ged_quality

    p = _put(tmp_path / "g.csv", _set_cell(ged_small, 3, "date_end", "2001-01-01"))
    with pytest.warns(DataQualityWarning, match="1 rows with date_end < date_start"):
        df = load_ucdp_ged(p)
    q = ged_quality(df)
    row = q[q["check"] == "date_end_before_start"]
    assert row["id"].tolist() == [df["id"].iloc[3]] and len(df) == 60
    assert df.attrs["quality_counts"]["date_end_before_start"] == 1
    assert np.datetime64("2001-01-01") == df["date_end"].iloc[3]


def test_not_a_unhcr_file_says_so_in_one_line(tmp_path, ged_small):
    # the case: UNHCR gave 19 lines and no sentence saying what was wrong
    p = _put(tmp_path / "g.csv", ged_small)
    with pytest.raises(DataFileError) as err:
        load_unhcr_population(p)
    msg = str(err.value).splitlines()
    assert msg[0] == f"not a UNHCR population file: 1 of 16 required columns found ({p}):"
    assert len(msg) <= 1 + MAX_LISTED + 1 and msg[-1].startswith("  ... and ")


def test_dates_outside_the_nanosecond_range_are_named(tmp_path, ged_small):
    # found by the fuzz suite: "2019" overwritten to "0019" raised a raw OutOfBoundsDatetime
    p = _put(tmp_path / "g.csv", _set_cell(ged_small, 2, "date_start", "0019-05-01"))
    with pytest.raises(DataFileError) as err:
        _ged(p)
    assert [(q.row, q.column) for q in err.value.problems] == [(record_lines(p)[2], "date_start")]
    assert "unparseable date" in err.value.problems[0].message
