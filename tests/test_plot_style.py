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


def test_spread_labels_keeps_gaps_and_stays_centred():
    from idlibstats.plot.style import spread_labels

    targets = [0.67, 0.53, 0.42, 0.31, 0.12, 2.35]
    ys = spread_labels(targets, gap=0.19)
    order = sorted(range(len(ys)), key=lambda i: targets[i])
    # order kept, every neighbour at least one gap apart
    assert [ys[i] for i in order] == sorted(ys)
    gaps = [ys[b] - ys[a] for a, b in zip(order, order[1:], strict=False)]
    assert min(gaps) >= 0.19 - 1e-12
    # a label with room stays put; a crowded group is centred on its targets
    assert ys[5] == 2.35
    crowd = [0, 1, 2, 3, 4]
    assert sum(ys[i] for i in crowd) == pytest.approx(sum(targets[i] for i in crowd))
    # hand check: two labels 0.05 apart with gap 0.2 move 0.075 each way
    assert spread_labels([1.0, 1.05], 0.2) == pytest.approx([0.925, 1.125])
    # a floor lifts the lowest labels and keeps the gaps
    assert spread_labels([0.0, 0.05, 1.0], 0.2, floor=0.1) == pytest.approx([0.1, 0.3, 1.0])


def test_labels_from_a_figure_row():
    import pandas as pd

    from idlibstats.plot.style import figure_words, period_words

    row = pd.Series({"qualifier": "at_least", "value": 2450.0})
    assert figure_words(row) == "at least 2,450"
    assert figure_words(pd.Series({"qualifier": "exact", "value": 24.0})) == "24"
    assert period_words("2019-06-01", "2019-07-31") == "1 Jun – 31 Jul 2019 (61 days)"
    assert period_words("2018-12-01", "2019-01-31", short=True) == "Dec 2018–Jan 2019"


def test_mark_sochi_draws_one_line_and_label():
    from idlibstats.plot.style import SOCHI, mark_sochi

    with style():
        fig, ax = new_figure()
        mark_sochi(ax)
    (line,) = ax.get_lines()
    assert line.get_xdata()[0] == SOCHI
    assert line.get_linestyle() == "--"
    assert [t.get_text() for t in ax.texts] == [" Sochi agreement\n 17 Sept 2018"]
