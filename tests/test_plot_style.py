"""The shared figure style: byte-stable saving, no global side effects, the source line."""

from __future__ import annotations

import matplotlib as mpl
import pytest

from idlibstats.plot.style import (
    STYLE,
    UCDP_SOURCE,
    add_source,
    figure_title,
    new_figure,
    save_figure,
    set_title,
    style,
)


def _figure():
    with style():
        fig, ax = new_figure()
        ax.plot([0, 1, 2], [3, 1, 2], label="a line")
        ax.set_title("A title")
        ax.set_xlabel("x (days)")
        ax.set_ylabel("y (count)")
        ax.legend()
        add_source(fig, UCDP_SOURCE)
    return fig


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_two_saves_give_identical_bytes(tmp_path, fmt):
    a = save_figure(_figure(), tmp_path / f"a.{fmt}")
    b = save_figure(_figure(), tmp_path / f"b.{fmt}")
    assert a.read_bytes() == b.read_bytes()
    assert len(a.read_bytes()) > 1000


def test_no_dates_or_versions_in_metadata(tmp_path):
    svg = save_figure(_figure(), tmp_path / "a.svg").read_text()
    assert "<dc:date>" not in svg
    assert mpl.__version__ not in svg
    pdf = save_figure(_figure(), tmp_path / "a.pdf").read_bytes()
    assert b"/CreationDate" not in pdf
    assert mpl.__version__.encode() not in pdf
    png = save_figure(_figure(), tmp_path / "a.png").read_bytes()
    assert b"Software" not in png


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unsupported figure format 'gif'"):
        save_figure(_figure(), tmp_path / "a.gif")


def test_style_leaves_global_rcparams_alone():
    before = dict(mpl.rcParams)
    _figure()
    assert dict(mpl.rcParams) == before
    assert mpl.rcParams["svg.hashsalt"] != STYLE["svg.hashsalt"]


def test_source_line_and_title():
    fig = _figure()
    assert fig._idlibstats_source == UCDP_SOURCE
    assert fig._supxlabel.get_text() == UCDP_SOURCE
    assert figure_title(fig) == "A title"
    set_title(fig, "Figure title")
    assert figure_title(fig) == "Figure title"
