"""Content of every scripted figure: titles, labelled axes, source lines, plotted data equal
to the datasets and estimators they claim to show, and intervals drawn as intervals."""

from __future__ import annotations

import math
import warnings

import matplotlib as mpl
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


#: The unit each labelled axis must state, per figure: (axes index, "x" or "y") -> words.
UNITS = {
    "01_seed_headlines": {
        (0, "x"): "(count)",
        (1, "x"): "(count)",
        (2, "x"): "(millions)",
    },
    "01_seed_rates": {(0, "x"): "per day", (1, "x"): "per day"},
    "02_civilian_deaths_monthly": {(0, "x"): "month", (0, "y"): "per month"},
    "02_un_vs_ucdp": {(0, "x"): "deaths per day"},
    "03_idlib_map": {(0, "x"): "(°E)", (0, "y"): "(°N)"},
    "03_idlib_district_deaths": {(0, "x"): "(°E)", (0, "y"): "(°N)", (1, "y"): "deaths, "},
    "04_refugees_by_host": {(0, "x"): "year", (0, "y"): "(millions)"},
    "04_refugee_burden": {(0, "x"): "year", (0, "y"): "per 1,000 inhabitants"},
    "05_idlib_its": {(0, "x"): "month", (0, "y"): "deaths per day"},
    "05_idlib_changepoints": {
        (0, "y"): "deaths per day",
        (1, "x"): "month",
        (1, "y"): "deaths per day",
    },
}


def test_every_figure_has_expected_units():
    assert set(UNITS) == set(plot.FIGURES)


@pytest.mark.parametrize("name", list(plot.FIGURES))
def test_every_figure_has_title_labels_and_source(name):
    fig = plot.figure_function(name)()
    assert figure_title(fig)
    assert fig._idlibstats_source.startswith(("Source:", "Boundaries:"))
    labelled = {}
    for i, ax in enumerate(fig.axes):
        for which, label in (("x", ax.get_xlabel()), ("y", ax.get_ylabel())):
            if label:
                labelled[(i, which)] = label
        if hasattr(ax, "_colorbar"):  # a colour bar: its label is the one that matters
            assert ax.get_ylabel() or ax.get_xlabel()
            continue
        shared = ax.get_shared_x_axes().get_siblings(ax)
        assert any(a.get_xlabel() for a in shared), f"{name}: unlabelled x axis"
        labelled_y = ax.get_ylabel() or [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
        hidden_y = not ax.spines["left"].get_visible() and not ax.get_yticks().size
        assert labelled_y or hidden_y, f"{name}: unlabelled y axis"
    # every labelled axis states the unit expected for it, and no other axis is labelled
    assert set(labelled) == set(UNITS[name]), labelled
    for key, unit in UNITS[name].items():
        assert unit in labelled[key], f"{name} {key}: {labelled[key]!r} lacks {unit!r}"


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


@pytest.fixture(scope="module")
def district():
    return s.datasets.load("ucdp_deaths_monthly_district")


def _north_west(monthly, district, column="deaths_civilians"):
    """North-west Syria by hand: Idleb governorate + four named districts outside it."""
    idleb = monthly[monthly["adm1_pcode"] == "SY07"].groupby("period_start")[column].sum()
    other = district[district["adm2_pcode"].isin(["SY0502", "SY0505", "SY0603", "SY0200"])]
    return idleb.add(other.groupby("period_start")[column].sum(), fill_value=0).sort_index()


def test_north_west_is_the_one_definition(monthly, district):
    m = plot.monthly_series(monthly, "deaths_civilians", district)
    expected = _north_west(monthly, district)
    np.testing.assert_array_equal(m["north_west"].to_numpy(), expected.to_numpy())
    window = m[(m["period_start"] >= "2019-05-01") & (m["period_end"] <= "2019-08-31")]
    # the reviewed figure for May-Aug 2019 (whole governorates of Idleb, Hama, Aleppo and
    # Lattakia gave a larger, misleading total)
    assert int(window["north_west"].sum()) == 1086
    four = monthly[monthly["adm1_pcode"].isin(["SY07", "SY05", "SY02", "SY06"])]
    assert int(window["north_west"].sum()) < int(
        four[(four["period_start"] >= "2019-05-01") & (four["period_end"] <= "2019-08-31")][
            "deaths_civilians"
        ].sum()
    )
    with pytest.raises(KeyError, match="no column 'nope'"):
        plot.monthly_series(monthly, "nope", district)


def test_civilian_deaths_monthly_plots_the_dataset(monthly, district, seed):
    fig = plot.civilian_deaths_monthly(monthly, seed, district)
    (ax,) = fig.axes
    idleb = monthly[monthly["adm1_pcode"] == "SY07"].sort_values("period_start")
    line = _line_with_label(ax, "Idleb governorate")
    np.testing.assert_array_equal(line.get_ydata(), idleb["deaths_civilians"].to_numpy())
    assert len(line.get_xdata()) == 47  # 2016-01 .. 2019-11
    nw_line = [ln for ln in ax.get_lines() if ln.get_label().startswith("north-west")][0]
    np.testing.assert_array_equal(nw_line.get_ydata(), _north_west(monthly, district).to_numpy())
    un = s.rate_from_figure(seed[seed["measure"] == "killed"].iloc[0], per="month")
    (hline,) = [c for c in ax.collections if c.get_label().startswith("UN:")]
    assert hline.get_segments()[0][0][1] == pytest.approx(un.estimate)
    assert len(_arrows(ax)) == 1
    # the region's note is in the caption; exactly one Sochi line
    assert s.NORTH_WEST_SYRIA.note[:60] in fig._idlibstats_source.replace("\n", " ")
    assert sum(t.get_text().startswith(" Sochi") for t in ax.texts) == 1


def _edited(seed, measure, **values):
    out = seed.copy()
    idx = out.index[out["measure"] == measure][0]
    for k, v in values.items():
        out.loc[idx, k] = pd.Timestamp(v) if k.startswith("period") else v
    return out


def test_labels_follow_the_figure_row(monthly, district, seed):
    edited = _edited(
        seed, "killed", value=2000.0, lower=2000.0, period_start="2019-06-01",
        period_end="2019-08-31",
    )  # fmt: skip
    fig = plot.civilian_deaths_monthly(monthly, edited, district)
    (hline,) = [c for c in fig.axes[0].collections if c.get_label().startswith("UN:")]
    assert "more than 2,000 in Jun–Aug 2019" in hline.get_label()
    fig = plot.un_vs_ucdp(monthly, edited, district)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "UN (seed article): more than 2,000 civilians" in labels
    assert "1 Jun – 31 Aug 2019 (92 days)" in fig.axes[0].get_xlabel()
    assert axes_title(plot.seed_headlines(edited).axes[0]) == "Civilians killed, Jun–Aug 2019"
    t = plot.period_totals(monthly, district=district, figures=edited)
    assert t["exposure_days"].eq(92).all()  # the UN row's own period, not a constant
    refugees = _edited(seed, "refugees", value=4.0e6, lower=4.0e6)
    fig = plot.refugees_by_host(None, refugees)
    assert '"more than 4.0 million in Turkey"' in fig.axes[0].get_legend_handles_labels()[1][0]
    fig = plot.refugee_burden(None, refugees)
    assert '"more than 4.0 million in Turkey"' in fig.axes[0].get_legend_handles_labels()[1][0]


def test_comparison_window_is_a_parameter(monthly, district, seed):
    fig = plot.un_vs_ucdp(monthly, seed, district, "2019-06-01", "2019-07-31")
    (ax,) = fig.axes
    assert "UCDP: 1 Jun – 31 Jul 2019 (61 days)" in ax.get_xlabel()
    assert "UN: 1 May – 31 Aug 2019 (123 days)" in ax.get_xlabel()
    window = monthly[
        (monthly["adm1_pcode"] == "SY07")
        & monthly["period_start"].between("2019-06-01", "2019-07-01")
    ]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    y = labels.index(f"UCDP, Idleb: civilian deaths ({window['deaths_civilians'].sum():,})")
    dot = [ln for ln in ax.get_lines() if ln.get_marker() == "o" and ln.get_ydata()[0] == y]
    assert float(dot[0].get_xdata()[0]) == pytest.approx(window["deaths_civilians"].sum() / 61)
    fig = plot.civilian_deaths_monthly(monthly, seed, district, "2019-06-01", "2019-07-31")
    (span,) = [p for p in fig.axes[0].patches if p.get_label() == "Jun–Jul 2019"]


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
    series = [ln for ln in ax.get_lines() if ln.get_marker() == "o" and ln.get_linestyle() == "-"]
    assert len(series) == 6
    tur = (
        table[(table["coa_iso"] == "TUR") & (table["year"] >= 2011)]
        .groupby("year")["refugees"]
        .sum()
    )
    # the solid line holds the end-year stocks only (2011-2024)
    np.testing.assert_allclose(series[0].get_ydata(), tur.to_numpy(dtype=float)[:-1] / 1e6)
    (arrow,) = _arrows(ax)
    assert arrow.xyann == pytest.approx((2019, 3.5))
    # 2025 comes from a release made in December 2025: drawn hollow, joined by a dotted line
    # to 2024 (not the same solid line), and said so
    hollow = [ln for ln in ax.get_lines() if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == 6
    assert all(list(ln.get_xdata()) == [2025] for ln in hollow)
    dotted = [ln for ln in ax.get_lines() if ln.get_linestyle() == ":"]
    assert len(dotted) == 6
    assert all(list(ln.get_xdata()) == [2024, 2025] for ln in dotted)
    assert "hollow points (2025), dotted: mid-year figure" in fig._idlibstats_source


def test_host_labels_sit_near_their_line_ends(seed):
    fig = plot.refugees_by_host(None, seed)
    (ax,) = fig.axes
    names = {t.get_text(): t for t in ax.texts if t.get_text() in plot.refugees.HOST_NAMES.values()}
    assert len(names) == 6
    top = ax.get_ylim()[1]
    ys = sorted(t.get_position()[1] for t in names.values())
    assert min(b - a for a, b in zip(ys, ys[1:], strict=False)) >= 0.03 * top  # no overlap
    for t in names.values():  # label within a few label heights of its line's end
        assert abs(t.get_position()[1] - t.xy[1]) < 0.1 * top, t.get_text()


def test_missing_stays_missing():
    table = pd.DataFrame(
        {
            "year": [2019, 2019, 2020],
            "coa_iso": ["TUR", "TUR", "TUR"],
            "refugees": pd.array([None, None, 5], dtype="Int64"),
        }
    )
    out = plot.refugee_series(table).set_index("year")["refugees"]
    assert math.isnan(out[2019])
    assert out[2020] == 5


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
    # the title says which hosts are shown; the source line which are not
    hosts = sorted(b["iso3"].unique())
    assert hosts == ["DEU", "TUR"]
    assert ax.get_title(loc="left").startswith("Turkey and Germany:")
    assert "Not shown: Lebanon, Jordan, Iraq, Egypt" in fig._idlibstats_source


def _texts(ax):
    return " ".join(t.get_text() for t in ax.texts)


def test_refugee_burden_says_why_series_end():
    fig = plot.refugee_burden()
    (ax,) = fig.axes
    pop = s.datasets.load("host_population")
    unhcr_end = int(plot.refugee_series()["year"].max())
    # the note is computed from the bundled tables: each line ends with its population series
    for iso, agency, name in (("DEU", "Destatis", "Germany"), ("TUR", "TurkStat", "Turkey")):
        pop_end = int(pop.loc[pop["iso3"] == iso, "year"].max())
        b = plot.burden_series()
        assert int(b.loc[b["iso3"] == iso, "year"].max()) == pop_end  # where the line ends
        said = f"{name}: {agency} population series ends {pop_end} (UNHCR to {unhcr_end}"
        assert said in _texts(ax)
    assert "Germany: Destatis population series ends 2021" in _texts(ax)
    # a UNHCR table that stops first: the note names UNHCR instead
    table = s.datasets.load("unhcr_syrian_refugees_by_asylum")
    short = table[table["year"] <= 2019]
    ends = plot.series_ends(short)
    assert ends["TUR"] == "Turkey: UNHCR series ends 2019 (TurkStat population to 2024)"
    assert ends["DEU"] == "Germany: UNHCR series ends 2019 (Destatis population to 2021)"
    assert "Turkey: UNHCR series ends 2019" in _texts(plot.refugee_burden(short).axes[0])


def test_idlib_its_draws_the_fit(monthly):
    fig = plot.idlib_its(monthly)
    (ax,) = fig.axes
    _, res = plot.its_result(monthly)
    f = res.fitted
    pre = _line_with_label(ax, "fitted trend before the Sochi agreement")
    expected = (f["fitted"] / f["exposure"])[f["used"] & ~f["post"]]
    np.testing.assert_allclose(pre.get_ydata(), expected.to_numpy())
    cf = _line_with_label(
        ax, "projection, not data: trend before the Sochi agreement carried forward"
    )
    assert len(cf.get_xdata()) == res.n_post
    assert cf.get_linestyle() == "--"
    np.testing.assert_allclose(
        cf.get_ydata(), (f["counterfactual"] / f["exposure"])[f["used"] & f["post"]].to_numpy()
    )
    left_out = _line_with_label(ax, "Sep 2018: straddles the break, left out")
    assert pd.Timestamp(left_out.get_xdata()[0]).strftime("%Y-%m") == "2018-09"
    assert f"×{res.estimate:.2f}" in " ".join(t.get_text() for t in ax.texts)
    assert sum(t.get_text().startswith(" Sochi") for t in ax.texts) == 1


def _bands(ax):
    """The filled bands of an axes, by label."""
    return {
        c.get_label(): c
        for c in ax.collections
        if c.__class__.__name__ == "FillBetweenPolyCollection"
    }


def test_idlib_its_draws_its_bands_and_stops_at_the_data(monthly):
    fig = plot.idlib_its(monthly)
    (ax,) = fig.axes
    m, res = plot.its_result(monthly)
    bands = _bands(ax)
    what = "the Sochi agreement"
    assert set(bands) == {
        f"fitted trend before {what}, 95% band",
        f"fitted trend after {what}, 95% band",
        f"projection, not data: trend before {what}, 95% band",
    }
    # every band contains its line
    for label, line_label in (
        (f"fitted trend before {what}, 95% band", f"fitted trend before {what}"),
        (f"fitted trend after {what}, 95% band", f"fitted trend after {what}"),
    ):
        line = _line_with_label(ax, line_label)
        path = bands[label].get_paths()[0].vertices
        ys = np.asarray(line.get_ydata(), dtype=float)
        assert path[:, 1].min() < ys.min() and path[:, 1].max() > ys.max()
    # nothing (line or band) is drawn past the last month's midpoint: no extrapolation
    last = mpl.dates.date2num(plot.deaths._midpoints(m).max())
    for line in ax.get_lines():
        x = line.get_xdata()
        if len(x) and not isinstance(x[0], float | np.floating):
            assert mpl.dates.date2num(max(x)) <= last + 1e-9
    for band in bands.values():
        assert band.get_paths()[0].vertices[:, 0].max() <= last + 1e-9
    assert "stop at the last month of data (Nov 2019)" in fig._idlibstats_source
    assert "not extended beyond it" in fig._idlibstats_source
    # the legend names each band and says which line is a projection
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert f"projection, not data: trend before {what} carried forward, 95% band" in legend


@pytest.mark.parametrize("family", ["poisson", "negbin"])
def test_fitted_bands_equal_statsmodels_prediction_intervals(monthly, family):
    # independent: statsmodels' GLM prediction interval of the mean (its own covariance) at
    # the result's coefficients' model, NB2 with the result's ML dispersion held fixed
    import statsmodels.api as sm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the Poisson fit warns of overdispersion (known)
        _, res = plot.its_result(monthly, family=family)
    f = res.fitted
    t = f["time"].to_numpy(dtype=float)
    post, used = f["post"].to_numpy(dtype=bool), f["used"].to_numpy(dtype=bool)
    X = np.column_stack([np.ones_like(t), t, post, np.where(post, t - t[used & post].min(), 0)])
    fam = sm.families.Poisson() if family == "poisson" else sm.families.NegativeBinomial(
        alpha=res.nb_alpha
    )  # fmt: skip
    fit = sm.GLM(
        f["count"][used].to_numpy(), X[used], family=fam, offset=np.log(f["exposure"][used])
    ).fit(tol=1e-12)
    np.testing.assert_allclose(fit.params, res.coefficients["coef"].to_numpy(), rtol=1e-5)
    ci = fit.get_prediction(X, offset=np.zeros(len(X))).conf_int(alpha=0.05)
    b = plot.fitted_bands(res)
    np.testing.assert_allclose(b["lower"], ci[:, 0], rtol=1e-5)
    np.testing.assert_allclose(b["upper"], ci[:, 1], rtol=1e-5)
    Xcf = X.copy()
    Xcf[:, 2:] = 0.0  # the pre-break trend carried forward
    ci_cf = fit.get_prediction(Xcf, offset=np.zeros(len(X))).conf_int(alpha=0.05)
    np.testing.assert_allclose(b["cf_lower"], ci_cf[:, 0], rtol=1e-5)
    np.testing.assert_allclose(b["cf_upper"], ci_cf[:, 1], rtol=1e-5)
    # the projection's band widens with the distance from the pre-break data
    after = np.flatnonzero(used & post)
    width = np.log(b["cf_upper"] / b["cf_lower"]).to_numpy()[after]
    assert np.all(np.diff(width) > 0)


def test_idlib_its_takes_family_and_break_date(monthly):
    with pytest.warns(s.OverdispersionWarning):
        fig = plot.idlib_its(monthly, "deaths_best", "poisson", "2019-01-15")
    (ax,) = fig.axes
    with pytest.warns(s.OverdispersionWarning):
        _, res = plot.its_result(monthly, "deaths_best", "poisson", "2019-01-15")
    assert res.family == "poisson"
    text = " ".join(t.get_text() for t in ax.texts)
    assert f"×{res.estimate:.2f}" in text and "Poisson GLM" in text
    assert axes_title(ax).endswith("15 Jan 2019")


def test_idlib_changepoints_one_band_per_segment(monthly):
    fig = plot.idlib_changepoints(monthly)
    _, res = plot.changepoint_results(monthly)
    for ax, r in zip(fig.axes, res.values(), strict=True):
        segments = [c for c in ax.collections if c.__class__.__name__ == "LineCollection"]
        assert len(segments) == len(r.segments)
        heights = sorted(float(c.get_segments()[0][0][1]) for c in segments)
        np.testing.assert_allclose(heights, sorted(r.segments["rate"]))
        assert f"{len(r.break_dates)} change point" in axes_title(ax)
    # each panel's legend says which interval its bands are
    legends = [" ".join(t.get_text() for t in ax.get_legend().get_texts()) for ax in fig.axes]
    assert "exact Poisson interval" in legends[0] and "no overdispersion" in legends[0]
    assert "negative binomial Wald interval" in legends[1]


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


def _label_boxes(fig, ax):
    """Every text of ``ax`` with its box in pixels, background box (``bbox=``) included."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from idlibstats.plot.maps import _extent

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    return [(t.get_text(), _extent(t, renderer)) for t in ax.texts if t.get_text()], renderer


@pytest.mark.parametrize("name", ["03_idlib_map", "03_idlib_district_deaths"])
def test_map_labels_do_not_overlap(name):
    fig = plot.figure_function(name)()
    ax = fig.axes[0]
    boxes, renderer = _label_boxes(fig, ax)
    assert len(boxes) >= 10
    for i, (label, box) in enumerate(boxes):
        for other, obox in boxes[i + 1 :]:
            assert not box.overlaps(obox), f"{label!r} label overlaps {other!r}"
        frame = ax.get_window_extent(renderer)
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, f"{label!r} leaves the map"
    # no label covers a place's dot, and none covers the legend
    dots = [
        ax.transData.transform(ln.get_xydata()[0])
        for ln in ax.get_lines()
        if len(ln.get_xdata()) and ln.get_marker() == "o"
    ]
    assert len(dots) == 5
    for label, box in boxes:
        for x, y in dots:
            assert not box.contains(x, y), f"{label!r} covers a place"
        if ax.get_legend() is not None:
            assert not box.overlaps(ax.get_legend().get_window_extent(renderer)), label


def test_idlib_map_labels_sit_in_their_units():
    from shapely.geometry import Point

    b = plot.idlib_boundaries()
    fig = plot.idlib_map(b)
    (ax,) = fig.axes
    # each P-code label sits inside its own sub-district, each district name in its district
    adm3 = b[b["kind"] == "adm3"].set_index("pcode")["geometry"]
    adm2 = b[b["kind"] == "adm2"].set_index("pcode")["geometry"]
    found = 0
    for t in ax.texts:
        code = t.get_text().split("\n")[-1]
        unit = adm3.get(code) if code in adm3 else adm2.get(code)
        if unit is not None:
            assert unit.contains(Point(t.get_position())), t.get_text()
            found += 1
    assert found == 26 + 5
    # each place's name sits next to its own dot (within 10 points)
    places = b[b["kind"] == "place"].set_index("name")["geometry"]
    for t in ax.texts:
        if t.get_text() in places:
            assert t.xy == (places[t.get_text()].x, places[t.get_text()].y)
            assert max(abs(v) for v in t.xyann) <= 10


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
    from idlibstats.datasets.builders import build_idlib_boundaries

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
    # a binned scale, said in the colour bar's label: each district has its bin's colour
    norm = cbar._colorbar.norm
    assert isinstance(norm, mpl.colors.BoundaryNorm)
    assert "binned scale" in cbar.get_ylabel()
    edges = list(norm.boundaries)
    assert edges == plot.death_bins(totals.to_numpy())
    assert edges[-2] <= totals.max() < edges[-1]
    assert cbar.get_ylim() == pytest.approx((0, edges[-1]))
    cmap = mpl.colormaps["OrRd"]
    darkest = min(patches, key=lambda p: sum(p.get_facecolor()[:3]))
    assert darkest.get_facecolor() == pytest.approx(cmap(1.0))  # the top bin: Al Ma'ra
    # a linear scale drew four of five districts in the palest fifth of the map's colours;
    # binned, the districts of 56-159 deaths are told apart from the one of 4
    shades = sorted({tuple(round(c, 6) for c in p.get_facecolor()) for p in patches})
    assert len(shades) == 4  # 4 | 56, 77 | 159 | 1,477


def test_death_bins_by_hand():
    # hand check: steps 1, 3, 10, 30, ... from the largest at or below the smallest count,
    # up to the first above the largest
    assert plot.death_bins([4, 56, 77, 159, 1477]) == [0, 3, 10, 30, 100, 300, 1000, 3000]
    assert plot.death_bins([0, 12, 30]) == [0, 10, 30, 100]
    assert plot.death_bins([0, 0]) == [0, 1]
    assert plot.death_bins([1]) == [0, 1, 3]
