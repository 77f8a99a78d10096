"""``idlibstats figures``: every registered figure, byte-identical across runs."""

from __future__ import annotations

import pytest

from idlibstats import plot
from idlibstats.cli import main


def _run(out, fmt):
    assert main(["figures", "--out", str(out), "--format", fmt]) == 0
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_figures_twice_gives_identical_bytes(tmp_path, fmt, capsys):
    first = _run(tmp_path / "a", fmt)
    second = _run(tmp_path / "b", fmt)
    assert sorted(first) == sorted(f"{name}.{fmt}" for name in plot.FIGURES)
    for name, data in first.items():
        assert data == second[name], f"{name} differs between two runs"
    out = capsys.readouterr().out
    assert f"{len(plot.FIGURES)} figure(s) written to" in out


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
