"""``idlibstats report``: the main job writes the same bytes twice, and prints where."""

from __future__ import annotations

import pandas as pd
import pytest

import idlibstats as s
from idlibstats import plot
from idlibstats.cli import main
from idlibstats.report import missing_shared_files, notebook_paths, write_seed_table


def _tree(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_report_without_notebooks_is_byte_stable(tmp_path, capsys):
    assert main(["report", "--out", str(tmp_path / "a"), "--no-notebooks"]) == 0
    out = capsys.readouterr()
    assert main(["report", "--out", str(tmp_path / "b"), "--no-notebooks"]) == 0
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    expected = {"seed_figures.csv", *(f"figures/{n}.png" for n in plot.FIGURES)}
    assert set(a) == expected
    assert a == b
    # prints where everything is, and nothing on stderr (no warnings)
    assert f"seed figure table: {tmp_path / 'a' / 'seed_figures.csv'}" in out.out
    assert "notebooks: skipped (--no-notebooks)" in out.out
    assert out.err == ""


def test_seed_table_round_trips(tmp_path):
    first = write_seed_table(tmp_path).read_bytes()
    assert write_seed_table(tmp_path).read_bytes() == first
    back = pd.read_csv(tmp_path / "seed_figures.csv", dtype={"doc_id": str, "place_pcode": str})
    seed = s.datasets.load("seed_figures")
    assert back.columns.tolist() == seed.columns.tolist()
    assert back["value"].tolist() == seed["value"].tolist()
    assert back["period_start"].dropna().tolist() == ["2019-05-01"]
    assert (tmp_path / "seed_figures.csv").read_bytes().count(b"\r") == 0


def test_every_notebook_is_found():
    names = [p.stem for p in notebook_paths()]
    assert names == [
        "01_seed_figures",
        "02_civilian_deaths",
        "03_territorial_advance",
        "04_refugees",
        "05_trends",
        "06_how_many_not_counted",
    ]


def test_notebook_06_names_the_reference_file_it_needs(monkeypatch, tmp_path):
    nb06 = next(p for p in notebook_paths() if p.name.startswith("06_"))
    # a shared folder without reference/: the report would skip notebook 06 and say why
    (tmp_path / "shared" / "data").mkdir(parents=True)
    monkeypatch.setenv("IDLIBSTATS_SHARED_DATA", str(tmp_path / "shared" / "data"))
    assert missing_shared_files(nb06) == ["reference/mse/kosovo_4lists.csv"]
    # the notebooks on bundled data need nothing from ../shared
    assert all(missing_shared_files(p) == [] for p in notebook_paths() if p != nb06)
    (tmp_path / "shared" / "reference" / "mse").mkdir(parents=True)
    (tmp_path / "shared" / "reference" / "mse" / "kosovo_4lists.csv").write_text("x\n")
    assert missing_shared_files(nb06) == []
