"""UNHCR population loader: the Syria subset, the full gzipped table, broken copies."""

from __future__ import annotations

import gzip
import zipfile

import pandas as pd
import pytest

from idlibstats.errors import DataFileError, DataQualityWarning
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


# ------------------------------------------------------------------ Refugee Data Finder / API export
# The API export (``download=true``) is a zip with population.csv and footnotes.csv; its header
# names differ from the R package's, it has no UNHCR country codes, and older exports start
# with a preamble of a dozen lines (users read them with skiprows=14). Written here from the
# shared R-package file with the export's header names.
_API_NAMES = {
    "year": "Year", "coo_name": "Country of origin", "coo_iso": "Country of origin (ISO)",
    "coa_name": "Country of asylum", "coa_iso": "Country of asylum (ISO)",
    "refugees": "Refugees under UNHCR's mandate", "asylum_seekers": "Asylum-seekers",
    "returned_refugees": "Returned refugees", "idps": "IDPs of concern to UNHCR",
    "returned_idps": "Returned IDPss", "stateless": "Stateless persons",
    "ooc": "Others of concern", "oip": "Other people in need of international protection",
    "hst": "Host Community",
}  # fmt: skip
_PREAMBLE = (
    '"Extracted from: UNHCR Refugee Population Statistics Database"\n'
    '"Date extracted: 2026-10-04"\n'
    '"Source: https://www.unhcr.org/refugee-statistics/"\n'
    "\n"
)


def _api_zip(syr_path, dst, *, preamble=_PREAMBLE, drop=(), edit=None):
    wide = pd.read_csv(syr_path, dtype=str, keep_default_na=False)
    api = wide.drop(columns=["coo", "coa", *drop]).rename(columns=_API_NAMES)
    if edit is not None:  # edit(api) returns the edited frame
        api = edit(api)
    text = preamble + api.to_csv(index=False, lineterminator="\n")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("population.csv", text)
        z.writestr("footnotes.csv", "Year,Footnote\n2019,a note\n")
    return dst


@pytest.mark.parametrize("preamble", [_PREAMBLE, ""])
def test_api_export_zip_loads_in_one_line(syr_path, tmp_path, preamble):
    path = _api_zip(syr_path, tmp_path / "unhcr_population_origin_SYR.zip", preamble=preamble)
    got = load_unhcr_population(path)
    wide = pd.read_csv(syr_path)
    assert len(got) == len(wide) * len(POPULATION_TYPES)
    for t in POPULATION_TYPES:  # every type, total and blanks, as in the raw file
        v = got.loc[got.population_type == t, "value"]
        assert v.sum() == wide[t].sum(), t
        assert int(v.isna().sum()) == int(wide[t].isna().sum()), t
    tur = got.query("year == 2019 and coa_iso == 'TUR' and population_type == 'refugees'")
    expected = wide.query("year == 2019 and coa_iso == 'TUR'")["refugees"]
    assert tur["value"].tolist() == expected.tolist()
    assert got["coo"].isna().all() and got["coa"].isna().all()  # not in the export
    assert got.attrs["absent_columns"] == ["coo", "coa"]
    assert got.attrs["file"] == f"{path}!population.csv"
    # the same frame as the R-package file, apart from the UNHCR codes
    ref = load_unhcr_population(syr_path)
    cols = [c for c in ref.columns if c not in ("coo", "coa")]
    pd.testing.assert_frame_equal(got[cols], ref[cols])


def test_api_export_problem_lines_count_the_preamble(syr_path, tmp_path):
    def edit(api):
        api.loc[9, "Refugees under UNHCR's mandate"] = "-3"
        return api

    path = _api_zip(syr_path, tmp_path / "bad.zip", edit=edit)
    with zipfile.ZipFile(path) as z:
        lines = z.read("population.csv").decode().split("\n")
    (line,) = [n for n, x in enumerate(lines, start=1) if ",-3," in x]
    assert line == _PREAMBLE.count("\n") + 1 + 10  # preamble, header, 10th record
    with pytest.raises(DataFileError) as exc:
        load_unhcr_population(path)
    (prob,) = exc.value.problems
    assert (prob.row, prob.column, prob.file) == (line, "refugees", f"{path}!population.csv")


def test_older_api_export_without_returns(syr_path, tmp_path):
    path = _api_zip(syr_path, tmp_path / "old.zip", drop=("returned_refugees", "returned_idps"))
    with pytest.warns(DataQualityWarning, match="no column for returned_refugees, returned_idps"):
        got = load_unhcr_population(path)
    assert got.attrs["absent_columns"] == ["coo", "coa", "returned_refugees", "returned_idps"]
    assert got.loc[got.population_type == "returned_idps", "value"].isna().all()
    wide = pd.read_csv(syr_path)
    assert got.loc[got.population_type == "refugees", "value"].sum() == wide["refugees"].sum()


def test_api_export_without_population_columns_is_an_error(syr_path, tmp_path):
    path = _api_zip(syr_path, tmp_path / "none.zip", drop=tuple(POPULATION_TYPES))
    with pytest.raises(DataFileError, match="no population column"):
        load_unhcr_population(path)


def test_api_export_with_a_renamed_type_warns_and_names_it(syr_path, tmp_path):
    def edit(api):
        return api.rename(columns={"Asylum-seekers": "Asylum seekers"})

    path = _api_zip(syr_path, tmp_path / "renamed.zip", edit=edit)
    with pytest.warns(DataQualityWarning, match=r"asylum_seekers.*unrecognised columns: Asylum"):
        load_unhcr_population(path)
