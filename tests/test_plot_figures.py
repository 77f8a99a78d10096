"""Content of every scripted figure: titles, labelled axes, source lines, plotted data equal
to the datasets and estimators they claim to show, and intervals drawn as intervals."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch

import idlibstats as s
from idlibstats import plot
from idlibstats.plot.style import axes_title, figure_title


def _arrows(ax):
    """Annotations drawn as arrows (open-ended bounds)."""
    return [
        a
        for a in ax.texts
        if getattr(a, "arrow_patch", None) is not None and a.arrowprops.get("arrowstyle") == "-|>"
    ]


def _line_with_label(ax, label):
    hits = [ln for ln in ax.get_lines() if ln.get_label() == label]
    assert len(hits) == 1, (
        f"no single line labelled {label!r}: {[ln.get_label() for ln in ax.get_lines()]}"
    )
    return hits[0]


@pytest.fixture(scope="module")
def seed():
    return s.datasets.load("seed_figures")


@pytest.fixture(scope="module")
def monthly():
    return s.datasets.load("ucdp_deaths_monthly_governorate")


@pytest.mark.parametrize("name", list(plot.FIGURES))
def test_every_figure_has_title_labels_and_source(name):
    fig = plot.figure_function(name)()
    assert figure_title(fig)
    assert fig._idlibstats_source.startswith(("Source:", "Boundaries:"))
    for ax in fig.axes:
        if hasattr(ax, "_colorbar"):  # a colour bar: its label is the one that matters
            assert ax.get_ylabel() or ax.get_xlabel()
            continue
        shared = ax.get_shared_x_axes().get_siblings(ax)
        assert any(a.get_xlabel() for a in shared), f"{name}: unlabelled x axis"
        labelled_y = ax.get_ylabel() or [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
        hidden_y = not ax.spines["left"].get_visible() and not ax.get_yticks().size
        assert labelled_y or hidden_y, f"{name}: unlabelled y axis"
        # units in every axis label that has one
        for label in (ax.get_xlabel(), ax.get_ylabel()):
            if label:
                assert any(w in label for w in ("(", "per", "°", "month", "year")), label


def test_registry_functions_are_public_names():
    for name in plot.FIGURES:
        func = plot.figure_function(name)
        assert getattr(plot, func.__name__) is func
    with pytest.raises(KeyError, match="no figure 'nope'"):
        plot.figure_function("nope")


def test_seed_headlines_draw_bounds_as_worded(seed):
    fig = plot.seed_headlines(seed)
    killed, captured, refugees = fig.axes
    assert [axes_title(a) for a in fig.axes] == [
        "Civilians killed, May–Aug 2019",
        "Villages and towns captured",
        "Syrian refugees hosted by Turkey",
    ]
    # "more than" figures: an arrow from the bound to the right edge, no bar
    for ax, value in ((killed, 1300.0), (refugees, 3.5)):
        (arrow,) = _arrows(ax)
        assert arrow.xyann[0] == pytest.approx(value)
        assert arrow.xy[0] == pytest.approx(ax.get_xlim()[1])
        assert not ax.patches
    # the exact count: one point at 24 and no arrow
    assert not _arrows(captured)
    dots = [ln for ln in captured.get_lines() if ln.get_marker() == "o"]
    assert [float(ln.get_xdata()[0]) for ln in dots] == [24.0]
    assert "less than 4 days" in " ".join(t.get_text() for t in captured.texts)


def test_seed_rates_equal_rate_from_figure(seed):
    fig = plot.seed_rates(seed)
    rows = plot.headline_rows(seed).iloc[:2]
    for ax, (_, row) in zip(fig.axes, rows.iterrows(), strict=True):
        r = s.rate_from_figure(row, per="day")
        dots = [ln for ln in ax.get_lines() if ln.get_marker() == "o"]
        assert float(dots[0].get_xdata()[0]) == pytest.approx(r.estimate)
        (arrow,) = _arrows(ax)
        assert arrow.xyann[0] == pytest.approx(r.lower)  # arrow starts at the lower limit
        assert math.isinf(r.upper)
    # hand check: 1,301 deaths over 123 days; 24 villages over (at most) 4 days
    assert float(
        [ln for ln in fig.axes[0].get_lines() if ln.get_marker() == "o"][0].get_xdata()[0]
    ) == pytest.approx(1301 / 123)


def test_civilian_deaths_monthly_plots_the_dataset(monthly, seed):
    fig = plot.civilian_deaths_monthly(monthly, seed)
    (ax,) = fig.axes
    idleb = monthly[monthly["adm1_pcode"] == "SY07"].sort_values("period_start")
    line = _line_with_label(ax, "Idleb governorate")
    np.testing.assert_array_equal(line.get_ydata(), idleb["deaths_civilians"].to_numpy())
    assert len(line.get_xdata()) == 47  # 2016-01 .. 2019-11
    nw = monthly[monthly["adm1_pcode"].isin(["SY07", "SY05", "SY02", "SY06"])]
    nw_total = nw.groupby("period_start")["deaths_civilians"].sum().sort_index()
    nw_line = [ln for ln in ax.get_lines() if ln.get_label().startswith("north-west")][0]
    np.testing.assert_array_equal(nw_line.get_ydata(), nw_total.to_numpy())
    un = s.rate_from_figure(seed[seed["measure"] == "killed"].iloc[0], per="month")
    (hline,) = [c for c in ax.collections if c.get_label().startswith("UN:")]
    assert hline.get_segments()[0][0][1] == pytest.approx(un.estimate)
    assert len(_arrows(ax)) == 1


def test_un_vs_ucdp_rates_equal_the_estimators(monthly, seed):
    fig = plot.un_vs_ucdp(monthly, seed)
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 5
    # independent total: Idleb civilian deaths, May-Aug 2019, straight from the table
    window = monthly[
        (monthly["period_start"] >= "2019-05-01") & (monthly["period_start"] <= "2019-08-01")
    ]
    idleb_civ = int(window.loc[window["adm1_pcode"] == "SY07", "deaths_civilians"].sum())
    assert window["days"].groupby(window["adm1_pcode"]).sum().eq(123).all()
    dots = {
        round(float(ln.get_ydata()[0])): float(ln.get_xdata()[0])
        for ln in ax.get_lines()
        if ln.get_marker() == "o"
    }
    y_of = {lab.split(" (")[0]: i for i, lab in enumerate(labels)}  # tick i sits at y = i
    assert dots[y_of["UCDP, Idleb: civilian deaths"]] == pytest.approx(idleb_civ / 123)
    assert dots[y_of["UN"]] == pytest.approx(1301 / 123)
    assert f"({idleb_civ:,})" in " ".join(labels)
    assert len(_arrows(ax)) == 1  # only the UN figure is open-ended
    r = s.rate(idleb_civ, 123)
    ends = [
        ln.get_xdata()
        for ln in ax.get_lines()
        if ln.get_marker() in ("None", "")
        and len(ln.get_xdata()) == 2
        and ln.get_ydata()[0] == ln.get_ydata()[1] == y_of["UCDP, Idleb: civilian deaths"]
    ]
    assert any(np.allclose(e, [r.lower, r.upper]) for e in ends)


def test_refugees_by_host_plots_unhcr(seed):
    table = s.datasets.load("unhcr_syrian_refugees_by_asylum")
    fig = plot.refugees_by_host(table, seed)
    (ax,) = fig.axes
    series = [ln for ln in ax.get_lines() if ln.get_marker() == "o"]
    assert len(series) == 6
    tur = (
        table[(table["coa_iso"] == "TUR") & (table["year"] >= 2011)]
        .groupby("year")["refugees"]
        .sum()
    )
    np.testing.assert_allclose(series[0].get_ydata(), tur.to_numpy(dtype=float) / 1e6)
    (arrow,) = _arrows(ax)
    assert arrow.xyann == pytest.approx((2019, 3.5))


def test_refugee_burden_equals_burden_estimator(seed):
    fig = plot.refugee_burden(None, seed)
    (ax,) = fig.axes
    b = plot.burden_series()
    tur = b[b["iso3"] == "TUR"]
    line = [
        ln
        for ln in ax.get_lines()
        if ln.get_marker() == "o"
        and len(ln.get_xdata()) == len(tur)
        and ln.get_xdata()[0] == tur["year"].iloc[0]
    ]
    assert line
    r2019 = s.burden(float(tur.loc[tur["year"] == 2019, "refugees"].iloc[0]), "TUR", 2019)
    y = dict(zip(line[0].get_xdata(), line[0].get_ydata(), strict=True))
    assert y[2019] == pytest.approx(r2019.estimate)
    claim = s.burden(seed[seed["qualifier"] == "more_than"].iloc[0], "TUR", 2019)
    (arrow,) = _arrows(ax)
    assert arrow.xyann[1] == pytest.approx(claim.estimate)


def test_idlib_its_draws_the_fit(monthly):
    fig = plot.idlib_its(monthly)
    (ax,) = fig.axes
    _, res = plot.its_result(monthly)
    f = res.fitted
    pre = _line_with_label(ax, "fitted trend before the agreement")
    expected = (f["fitted"] / f["exposure"])[f["used"] & ~f["post"]]
    np.testing.assert_allclose(pre.get_ydata(), expected.to_numpy())
    cf = _line_with_label(ax, "pre-agreement trend carried forward")
    assert len(cf.get_xdata()) == res.n_post
    left_out = _line_with_label(ax, "Sept 2018: straddles the agreement, left out")
    assert pd.Timestamp(left_out.get_xdata()[0]).strftime("%Y-%m") == "2018-09"
    assert f"×{res.estimate:.2f}" in " ".join(t.get_text() for t in ax.texts)


def test_idlib_changepoints_one_band_per_segment(monthly):
    fig = plot.idlib_changepoints(monthly)
    _, res = plot.changepoint_results(monthly)
    for ax, r in zip(fig.axes, res.values(), strict=True):
        segments = [c for c in ax.collections if c.__class__.__name__ == "LineCollection"]
        assert len(segments) == len(r.segments)
        heights = sorted(float(c.get_segments()[0][0][1]) for c in segments)
        np.testing.assert_allclose(heights, sorted(r.segments["rate"]))
        assert f"{len(r.break_dates)} change point" in axes_title(ax)


def test_idlib_map_has_every_unit_and_place():
    b = plot.idlib_boundaries()
    fig = plot.idlib_map(b)
    (ax,) = fig.axes
    patches = [p for p in ax.patches if isinstance(p, PathPatch)]
    # 3 neighbouring governorates + 26 sub-districts + 5 districts
    assert len(patches) == 3 + 26 + 5
    names = {t.get_text() for t in ax.texts}
    assert {"Maarat al-Numan", "al-Habit", "Abu al-Duhour", "al-Hader", "Idlib city"} <= names
    assert {p for p in b.loc[b["kind"] == "adm3", "pcode"]} <= names
    markers = [ln for ln in ax.get_lines() if isinstance(ln, Line2D) and len(ln.get_xdata())]
    assert len(markers) == 5
    assert ax.get_xlabel() == "longitude (°E)"


def test_bundled_boundaries_match_ocha_pcodes():
    b = plot.idlib_boundaries()
    assert b.loc[b["kind"] == "adm2", "pcode"].tolist() == [
        "SY0700",
        "SY0702",
        "SY0703",
        "SY0704",
        "SY0705",
    ]
    assert all(g.is_valid for g in b["geometry"])
    adm1 = b[(b["kind"] == "adm1") & (b["pcode"] == "SY07")]["geometry"].iloc[0]
    places = b[b["kind"] == "place"].set_index("name")["geometry"]
    assert adm1.contains(places["Maarat al-Numan"])
    assert not adm1.contains(places["al-Hader"])  # al-Hader lies in Aleppo governorate


@pytest.mark.shared
def test_bundled_boundaries_rebuild_byte_identically(shared_data, tmp_path):
    from idlibstats import datasets
    from idlibstats.plot.geo import build_idlib_boundaries

    rebuilt = build_idlib_boundaries(out_dir=tmp_path)
    assert rebuilt.read_bytes() == datasets.path("idlib_admin_boundaries").read_bytes()


def test_idlib_district_deaths_shades_and_labels_the_totals():
    district = s.datasets.load("ucdp_deaths_monthly_district")
    fig = plot.idlib_district_deaths(district)
    ax, cbar = fig.axes
    window = district[
        (district["adm1_pcode"] == "SY07")
        & (district["period_start"] >= "2019-05-01")
        & (district["period_start"] <= "2019-08-01")
    ]
    totals = window.groupby("adm2_name")["deaths_best"].sum()
    assert len(totals) == 5
    texts = " ".join(t.get_text() for t in ax.texts)
    for name, n in totals.items():
        assert f"{name}\n{n:,} deaths" in texts
    patches = [p for p in ax.patches if isinstance(p, PathPatch)]
    assert len(patches) == 5
    # the darkest district is the one with most deaths
    darkest = min(patches, key=lambda p: sum(p.get_facecolor()[:3]))
    assert cbar.get_ylim()[1] == pytest.approx(totals.max())
    assert darkest.get_facecolor() == pytest.approx(__import__("matplotlib").colormaps["OrRd"](1.0))
