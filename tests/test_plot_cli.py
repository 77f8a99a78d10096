"""``idlibstats figures``: every registered figure, byte-identical across runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from idlibstats import plot
from idlibstats.cli import main

REPO = Path(__file__).resolve().parents[1]


def _run(out, fmt):
    """One ``idlibstats figures`` run in its own Python process."""
    done = subprocess.run(
        [sys.executable, "-m", "idlibstats.cli", "figures", "--out", str(out), "--format", fmt],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warnings
    assert f"{len(plot.FIGURES)} figure(s) written to" in done.stdout
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_figures_twice_gives_identical_bytes(tmp_path, fmt):
    first = _run(tmp_path / "a", fmt)
    second = _run(tmp_path / "b", fmt)
    assert sorted(first) == sorted(f"{name}.{fmt}" for name in plot.FIGURES)
    for name, data in first.items():
        assert data == second[name], f"{name} differs between two runs"


def test_only_and_pdf(tmp_path, capsys):
    assert (
        main(["figures", "--out", str(tmp_path), "--format", "pdf", "--only", "01_seed_headlines"])
        == 0
    )
    (pdf,) = tmp_path.iterdir()
    assert pdf.name == "01_seed_headlines.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert b"CreationDate" not in pdf.read_bytes()


def test_unknown_figure_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["figures", "--out", str(tmp_path), "--only", "no_such_figure"])
    assert "invalid choice" in capsys.readouterr().err
