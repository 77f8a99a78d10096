"""The result base class every estimator returns, and the protocol every result follows."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

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
        (7, "7.000"),
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
    """One result of every public estimator, for the protocol test below."""
    import idlibstats as s

    monthly = s.datasets.load("ucdp_deaths_monthly_governorate")
    idleb = monthly[monthly.adm1_pcode == "SY07"].set_index("period_start")
    seed = s.datasets.load("seed_figures")
    un = seed[seed.source == "UN"].iloc[0]
    refugees = s.datasets.load("unhcr_syrian_refugees_by_asylum")
    tur = refugees[refugees.coa_iso == "TUR"].set_index("year")["refugees"]
    yield s.rate(1300, 123)
    yield s.rate_from_figure(un)
    yield s.rate_overdispersed(idleb["deaths_civilians"].to_numpy(), idleb["days"].to_numpy())
    yield s.rate_ratio(30, 100, 10, 100)
    yield s.reconcile([(1301, float("nan")), (1089, float("nan"))])
    yield s.propagate(lambda a: a, [un], seed=1, n=500, cap_factor=2)
    yield s.stock_growth(tur, 2014, 2019)
    yield s.project_stock(tur.loc[2012:2019], 2021)
    yield s.count_trend(idleb["deaths_civilians"], exposure=idleb["days"])
    yield s.mann_kendall(idleb["deaths_civilians"])
    yield s.interrupted_time_series(idleb["deaths_civilians"], idleb.index, "2018-09-17")
    yield s.detect_changepoints(idleb["deaths_civilians"])
    lists = pd.DataFrame(  # three lists, as in mse_loglinear's docstring
        {"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1], "C": [1, 0, 1, 0, 1, 0, 1]}
    ).assign(count=[60, 50, 12, 70, 15, 14, 4])
    yield s.mse_loglinear(lists, model="Mt")
    yield s.mse_loglinear(lists, select="aic")
    yield s.mse_bma(lists, missing=range(0, 2000))


@pytest.mark.filterwarnings("ignore")
def test_every_result_follows_the_protocol():
    for r in _estimator_results():
        name = type(r).__name__
        assert isinstance(r, Result), name
        for field in ("estimate", "lower", "upper", "method", "alpha", "bound"):
            assert hasattr(r, field), (name, field)
        assert r.alpha == 0.05 and r.bound in ("two-sided", "lower", "upper"), name
        text = repr(r)
        assert "\n" not in text and len(text) <= REPR_WIDTH, (name, text)
        assert isinstance(r.to_frame(), pd.DataFrame) and len(r.to_frame()) == 1, name
        assert "<caption>" in r._repr_html_(), name
