"""The result base class every estimator returns, and the protocol every result follows."""

from __future__ import annotations

import dataclasses
import inspect

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection

import idlibstats as s
from idlibstats.estimate._result import REPR_WIDTH, Result, format_number


def test_one_sided_results_say_so():
    one = Result(6.0, 4.137, float("inf"), "m", bound="lower")
    two = Result(6.0, 4.0, 8.0, "m")
    assert "95% one-sided CI [4.137, inf]" in repr(one)
    assert "95% CI [4.000, 8.000]" in repr(two)


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (10.0023, "10.00"),  # rate(1300, 123).lower: not "10"
        (11.1649, "11.16"),
        (1242.25, "1242"),
        (3576370.0, "3576370"),  # counts are written in full
        (0.5, "0.5000"),
        (-1.25, "-1.250"),
        (0.0, "0.000"),
        (2.5e-7, "2.500e-07"),
        (float("nan"), "nan"),
        (float("-inf"), "-inf"),
        (7, "7"),  # integer types (periods, draws) as integers
        (7.0, "7.000"),
    ],
)
def test_format_number_keeps_four_significant_digits(x, text):
    assert format_number(x) == text


def test_base_protocol():
    r = Result(10.57, 10.0023, 11.16, "exact Poisson (Garwood)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.estimate = 1.0
    assert not hasattr(r, "__dict__")  # slotted
    assert (
        repr(r) == "Result(estimate=10.57, 95% CI [10.00, 11.16], method='exact Poisson (Garwood)')"
    )
    table = r.summary()
    assert list(table.columns[:3]) == ["estimate", "lower", "upper"] and len(table) == 1
    html = r._repr_html_()
    assert "<caption>Result: exact Poisson (Garwood) (95% CI)</caption>" in html
    assert "<table" in html and "10.00" in html


def test_long_method_is_cut_to_the_width():
    r = Result(1.0, 0.5, 2.0, "a very long description of a method " * 10)
    assert len(repr(r)) <= REPR_WIDTH and repr(r).endswith("…')")


def _estimator_results():
    """One result of every public estimator, by name, for the protocol test below."""
    monthly = s.datasets.load("ucdp_deaths_monthly_governorate")
    idleb = monthly[monthly.adm1_pcode == "SY07"].set_index("period_start")
    seed = s.datasets.load("seed_figures")
    un = seed[seed.source == "UN"].iloc[0]
    refugees = s.datasets.load("unhcr_syrian_refugees_by_asylum")
    tur = refugees[refugees.coa_iso == "TUR"].set_index("year")["refugees"]
    civ, days = idleb["deaths_civilians"], idleb["days"]
    lists = pd.DataFrame(  # three lists, as in mse_loglinear's docstring
        {"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1], "C": [1, 0, 1, 0, 1, 0, 1]}
    ).assign(count=[60, 50, 12, 70, 15, 14, 4])
    more_than = {"value": 1000.0, "qualifier": "more_than"}
    return {
        "rate": lambda: s.rate(1300, 123),
        "rates": lambda: s.rates(pd.DataFrame({"count": civ, "exposure": days}), per="month"),
        "rate_from_figure": lambda: s.rate_from_figure(un),
        "rate_overdispersed": lambda: s.rate_overdispersed(civ.to_numpy(), days.to_numpy()),
        "rate_ratio": lambda: s.rate_ratio(30, 100, 10, 100),
        "reconcile": lambda: s.reconcile([(1301, float("nan")), (1089, float("nan"))]),
        "censored_bounds": lambda: s.censored_bounds(more_than),
        "figure_interval": lambda: s.figure_interval(more_than),
        "propagate": lambda: s.propagate(lambda a: a, [un], seed=1, n=500, cap_factor=2),
        "stock_growth": lambda: s.stock_growth(tur, 2014, 2019),
        "project_stock": lambda: s.project_stock(tur.loc[2012:2019], 2021),
        "burden": lambda: s.burden(3.5e6, "TUR", 2019),
        "host_population": lambda: s.host_population("TUR", 2019),
        "count_trend": lambda: s.count_trend(civ, exposure=days),
        "mann_kendall": lambda: s.mann_kendall(civ),
        "interrupted_time_series": lambda: s.interrupted_time_series(
            civ, idleb.index, "2018-09-17", exposure=days
        ),
        "detect_changepoints": lambda: s.detect_changepoints(civ, exposure=days),
        "mse_loglinear": lambda: s.mse_loglinear(lists, model="Mt"),
        "mse_loglinear_select": lambda: s.mse_loglinear(lists, select="aic"),
        "mse_bma": lambda: s.mse_bma(lists, missing=range(0, 2000)),
        "mse_latent_class": lambda: s.mse_latent_class(
            lists, burnin=200, samples=200, thinning=2, seed=1
        ),
    }


#: Results that draw themselves: ``plot(ax=None)`` returns the Axes, with bands for intervals.
PLOTS = {"rates", "count_trend", "interrupted_time_series", "detect_changepoints"}

#: Results whose bounds are certain (interval arithmetic on what the wording allows): alpha 0.
CERTAIN = {"censored_bounds", "figure_interval"}


def _bands(ax: Axes) -> int:
    """Confidence bands (fill_between) and error bars drawn on ``ax``."""
    return sum(isinstance(c, PolyCollection | LineCollection) for c in ax.collections)


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("name", list(_estimator_results()))
def test_every_result_follows_the_protocol(name):
    r = _estimator_results()[name]()
    cls = type(r)
    assert isinstance(r, Result), name
    assert dataclasses.is_dataclass(r) and cls.__dataclass_params__.frozen, name
    assert not hasattr(r, "__dict__"), f"{name}: {cls.__name__} is not slotted"
    for field in ("estimate", "lower", "upper", "method", "alpha", "bound"):
        assert hasattr(r, field), (name, field)
    assert r.alpha == (0.0 if name in CERTAIN else 0.05), name
    assert r.bound in ("two-sided", "lower", "upper"), name
    text = repr(r)
    assert "\n" not in text and len(text) <= REPR_WIDTH, (name, text)
    frame = r.to_frame()
    assert isinstance(frame, pd.DataFrame) and len(frame) == 1, name
    # summary is a method everywhere (statsmodels' t.summary()), never a property
    assert not isinstance(inspect.getattr_static(cls, "summary"), property), name
    table = r.summary()
    assert isinstance(table, pd.DataFrame) and len(table) >= 1, name
    assert list(table.columns[:3]) == ["estimate", "lower", "upper"], (name, list(table.columns))
    assert "<caption>" in r._repr_html_(), name
    if name in PLOTS:
        ax = r.plot()
        assert isinstance(ax, Axes), name
        assert _bands(ax) >= 1, f"{name}: no band drawn for the intervals"
        given = plt.figure().subplots()
        assert r.plot(ax=given) is given, name
        plt.close("all")
    else:
        assert not hasattr(r, "plot"), f"{name}: plot() is untested here; add it to PLOTS"
