"""UNHCR population loader: the Syria subset, the full gzipped table, broken copies."""

from __future__ import annotations

import gzip

import pandas as pd
import pytest

from idlibstats.errors import DataFileError
from idlibstats.load.unhcr import POPULATION_TYPES, load_unhcr_population


@pytest.fixture(scope="module")
def syr_path(shared_data):
    return shared_data / "unhcr" / "unhcr_population_origin_SYR.csv"


@pytest.fixture(scope="module")
def syr(syr_path):
    return load_unhcr_population(syr_path)


def test_syria_subset_long_format(syr, syr_path):
    wide = pd.read_csv(syr_path)
    assert len(syr) == len(wide) * len(POPULATION_TYPES) == 2377 * 9
    assert list(syr.columns) == [
        "year",
        "coo_iso",
        "coo_name",
        "coo",
        "coa_iso",
        "coa_name",
        "coa",
        "population_type",
        "value",
    ]
    assert (syr["coo_iso"] == "SYR").all()
    assert list(syr["population_type"].cat.categories) == list(POPULATION_TYPES)
    assert syr["value"].dtype == "Int64"
    # totals survive the reshaping, type by type
    for t in POPULATION_TYPES:
        assert syr.loc[syr.population_type == t, "value"].sum() == wide[t].sum()


def test_blank_is_missing_not_zero(syr, syr_path):
    wide = pd.read_csv(syr_path)
    n_blank = int(wide["oip"].isna().sum())
    assert n_blank > 0
    oip = syr.loc[syr.population_type == "oip", "value"]
    assert int(oip.isna().sum()) == n_blank
    assert syr.loc[syr.population_type == "refugees", "value"].notna().all()


def test_turkey_2019_value(syr):
    v = syr.query("year == 2019 and coa_iso == 'TUR' and population_type == 'refugees'")
    assert v["value"].tolist() == [3576370]


def test_full_gzipped_table(shared_data, syr):
    full = load_unhcr_population(shared_data / "unhcr" / "unhcr_population_full_1951_2025.csv.gz")
    assert len(full) == 138893 * 9
    assert full["year"].min() == 1951
    # the Syria subset is the SYR-origin part of the full table
    sub = full[full.coo_iso == "SYR"].reset_index(drop=True)
    pd.testing.assert_frame_equal(sub, syr, check_categorical=True)


def _broken(src, dst, edits):
    lines = src.read_text(encoding="utf-8").split("\n")
    for n, fn in edits.items():  # n is a 1-based line number
        lines[n - 1] = fn(lines[n - 1])
    dst.write_text("\n".join(lines), encoding="utf-8")
    return dst


def _set(col_index, value):
    def f(line):
        cells = line.split(",")
        cells[col_index] = value
        return ",".join(cells)

    return f


def test_broken_copy_lists_every_problem(syr_path, tmp_path):
    # columns: year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,asylum_seekers,...
    bad = _broken(syr_path, tmp_path / "bad.csv", {
        3: _set(7, "-10"),            # negative refugees
        5: _set(8, "lots"),           # text in asylum_seekers
        7: _set(0, "19x9"),           # bad year
        9: _set(6, "tr"),             # not an ISO3 code
    })  # fmt: skip
    lines = bad.read_text().split("\n")
    lines.insert(20, lines[19])  # duplicate of line 20 becomes line 21
    bad.write_text("\n".join(lines))
    with pytest.raises(DataFileError) as exc:
        load_unhcr_population(bad)
    got = {(p.row, p.column) for p in exc.value.problems}
    assert got == {
        (3, "refugees"),
        (5, "asylum_seekers"),
        (7, "year"),
        (9, "coa_iso"),
        (20, "coa_iso"),
        (21, "coa_iso"),
    }
    assert all(p.file == str(bad) for p in exc.value.problems)
    msg = str(exc.value)
    assert "negative count (-10)" in msg and "duplicate row" in msg and "ISO3" in msg


def test_renamed_column_in_gzipped_copy(syr_path, tmp_path):
    text = syr_path.read_text(encoding="utf-8").replace("asylum_seekers", "asylum", 1)
    bad = tmp_path / "renamed.csv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write(text)
    with pytest.raises(DataFileError) as exc:
        load_unhcr_population(bad)
    assert {(p.column, p.row) for p in exc.value.problems} == {("asylum_seekers", 1), ("asylum", 1)}
