"""Refugee stocks: growth, doubling time, burden per 1,000 inhabitants, projection."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from idlibstats import datasets
from idlibstats.errors import EstimatorInputError, IdlibstatsDeprecationWarning
from idlibstats.estimate import (
    STOCK_NOTE,
    PopulationResult,
    burden,
    host_population,
    project_stock,
    stock_changes,
    stock_growth,
)

# UNHCR end-year refugee stocks, Syrians in Turkey (shared/data/unhcr, refugees column)
TUR = pd.Series(
    {
        2012: 248466,
        2013: 585601,
        2014: 1557899,
        2015: 2503549,
        2016: 2823987,
        2017: 3424237,
        2018: 3622366,
        2019: 3576370,
    }
)


def test_growth_by_hand():
    g = stock_growth(TUR, 2014, 2019)
    r = math.log(3576370 / 1557899) / 5  # 0.16619...
    assert g.estimate == pytest.approx(r, rel=1e-12)
    assert g.percent_per_year == pytest.approx(100 * ((3576370 / 1557899) ** 0.2 - 1), rel=1e-9)
    assert g.doubling_time == pytest.approx(math.log(2) / r, rel=1e-12)  # about 4.2 years
    assert g.note == STOCK_NOTE and STOCK_NOTE in g.method
    assert math.isnan(g.lower) and math.isnan(g.upper)
    assert "difference of stocks, not a flow" in repr(g)
    falling = stock_growth(TUR, 2018, 2019)
    assert falling.estimate < 0 and falling.doubling_time < 0  # a halving time


def test_growth_from_dataframe_and_changes():
    df = pd.DataFrame({"year": TUR.index, "refugees": TUR.to_numpy(), "coa_iso": "TUR"})
    assert stock_growth(df, 2012, 2019).estimate == stock_growth(TUR, 2012, 2019).estimate
    ch = stock_changes(df, value="refugees")
    assert ch["change"].iloc[1] == 585601 - 248466
    assert ch["log_growth"].iloc[1] == pytest.approx(math.log(585601 / 248466))
    assert (ch["note"] == STOCK_NOTE).all()


def test_host_population_dataset_is_cited():
    pop = datasets.load("host_population")
    assert {"iso3", "year", "population", "source"} <= set(pop.columns)
    assert pop["source"].str.len().gt(20).all()  # every row carries its own citation
    assert not pop.duplicated(["iso3", "year"]).any()
    assert datasets.provenance("host_population")["command"] == "hand-entered"
    p = host_population("TUR", 2019)
    assert isinstance(p, PopulationResult) and p.country == "TUR" and p.year == 2019
    assert p.estimate == 83_154_997 and "TurkStat" in p.source
    with pytest.warns(IdlibstatsDeprecationWarning, match="unpacking"):
        pop_, src = p  # the tuple it returned before, for one release
    assert (pop_, src) == (p.estimate, p.source)


def test_burden_per_is_renamed_per_population():
    new = burden(3_500_001, "TUR", 2019, per_population=100)
    with pytest.warns(IdlibstatsDeprecationWarning, match="use per_population="):
        old = burden(3_500_001, "TUR", 2019, per=100)
    assert old == new and new.per_population == 100
    assert new.estimate == pytest.approx(3_500_001 / 83_154_997 * 100, rel=1e-12)
    with pytest.warns(IdlibstatsDeprecationWarning, match="per_population"):
        assert new.per == 100


def test_seed_35_million_refugees_in_turkey_per_1000():
    # "more than 3.5 million Syrian refugees in Turkey" over TurkStat's end-2019 population
    # 83,154,997: "more than" a count is at least 3,500,001 (the package's one bounds rule), and
    # 3,500,001 / 83,154,997 * 1000 = 42.09 per 1,000, a lower bound.
    b = burden({"value": 3.5e6, "qualifier": "more_than"}, "TUR", 2019)
    assert b.stock == 3_500_001
    assert b.estimate == pytest.approx(3_500_001 / 83_154_997 * 1000, rel=1e-12)
    assert round(b.estimate, 2) == 42.09
    assert b.bound == "lower" and b.upper == math.inf and b.lower == b.estimate
    assert "TurkStat" in b.population_source and b.population == 83_154_997
    # UNHCR's own end-2019 stock gives 43.01 per 1,000
    assert burden(3_576_370, "TUR", 2019).estimate == pytest.approx(43.008, abs=1e-3)


def test_burden_reads_figures_by_the_one_bounds_rule():
    pop = dict(country="TUR", year=2019, population=1e6, source="s")
    # a vague figure is read from its lower bound (as every estimator reads it), not its value
    vague = burden({"value": 2e6, "lower": 2e6, "qualifier": "vague"}, **pop)
    assert vague.stock == 2e6 and vague.bound == "lower" and vague.relation == "at_least"
    assert burden({"value": 7.0, "lower": 5.0, "qualifier": "vague"}, **pop).stock == 5
    # "at least" is inclusive, "less than" strict, "at most" inclusive; upper bounds from 0
    assert burden({"value": 100.0, "qualifier": "at_least"}, **pop).stock == 100
    less = burden({"value": 100.0, "upper": 100.0, "qualifier": "less_than"}, **pop)
    assert less.stock == 99 and less.bound == "upper" and less.lower == 0
    assert less.relation == "at_most"
    assert less.upper == pytest.approx(99 / 1e6 * 1000)
    assert burden({"value": 100.0, "qualifier": "at_most"}, **pop).stock == 100
    with pytest.raises(EstimatorInputError, match="not 'range'"):
        burden({"value": 5.0, "lower": 4.0, "upper": 6.0, "qualifier": "range"}, **pop)


def test_burden_with_given_population_and_errors():
    b = burden(1_000, "LBN", 2019, population=5_000_000, source="my source")
    assert b.estimate == 0.2 and b.population_source == "my source"
    with pytest.raises(EstimatorInputError, match="no population stored for 'LBN'"):
        burden(1_000, "LBN", 2019)
    with pytest.raises(EstimatorInputError, match="population"):
        burden(1_000, "TUR", 2019, population=0)
    with pytest.raises(EstimatorInputError, match="non-negative"):
        burden(-5, "TUR", 2019)


def test_projection_matches_statsmodels_ols():
    import statsmodels.api as sm

    s = TUR.loc[2015:2019]
    p = project_stock(s, 2021)
    fit = sm.OLS(np.log(s.to_numpy(float)), sm.add_constant(s.index.to_numpy(float))).fit()
    # by hand: prediction variance = s^2 (1 + x0' (X'X)^-1 x0), t quantile with n - 2 df
    from scipy import stats

    x0 = np.array([1.0, 2021.0])
    X = sm.add_constant(s.index.to_numpy(float))
    se = math.sqrt(fit.scale * (1 + x0 @ np.linalg.inv(X.T @ X) @ x0))
    mean = x0 @ fit.params
    t = stats.t.ppf(0.975, len(s) - 2)
    assert p.estimate == pytest.approx(math.exp(mean), rel=1e-6)
    assert p.lower == pytest.approx(math.exp(mean - t * se), rel=1e-6)
    assert p.upper == pytest.approx(math.exp(mean + t * se), rel=1e-6)
    assert p.fit_start == 2015 and p.fit_end == 2019 and p.note == STOCK_NOTE
    assert p.lower < p.estimate < p.upper


def test_bad_stock_input():
    with pytest.raises(EstimatorInputError, match="no stock for year 2030"):
        stock_growth(TUR, 2012, 2030)
    with pytest.raises(EstimatorInputError, match="before"):
        stock_growth(TUR, 2019, 2012)
    with pytest.raises(EstimatorInputError, match="negative"):
        stock_growth(pd.Series({2011: -1.0, 2012: 5.0}), 2011, 2012)
    with pytest.raises(EstimatorInputError, match="value="):
        stock_growth(pd.DataFrame({"year": [1, 2], "a": [1, 2], "b": [3, 4]}), 1, 2)
    with pytest.raises(EstimatorInputError, match="at least 3"):
        project_stock(TUR.loc[2018:2019], 2021)


@pytest.mark.shared
def test_turkey_growth_since_2011_from_unhcr(shared_data):
    df = pd.read_csv(shared_data / "unhcr" / "unhcr_population_origin_SYR.csv")
    tur = df[df["coa_iso"] == "TUR"][["year", "refugees"]]
    s = tur.set_index("year")["refugees"]
    assert s[2011] == 19 and s[2019] == 3_576_370
    # "growth since 2011": UNHCR's 2011 stock is 19 people (registration began in 2012), so the
    # 2011 base gives an absurd 152% a year in log terms; 2012 is the first meaningful base.
    since_2011 = stock_growth(tur, 2011, 2019)
    assert since_2011.estimate == pytest.approx(math.log(3_576_370 / 19) / 8, rel=1e-12)
    g = stock_growth(tur, 2012, 2019)
    assert g.estimate == pytest.approx(math.log(3_576_370 / 248_466) / 7, rel=1e-12)
    assert g.doubling_time == pytest.approx(1.82, abs=0.01)


def test_works_on_the_bundled_unhcr_dataset():
    unhcr = datasets.load("unhcr_syrian_refugees_by_asylum")
    tur = unhcr[unhcr["coa_iso"] == "TUR"]
    g = stock_growth(tur[["year", "refugees"]], 2012, 2019)
    assert g.end_stock == 3_576_370 and g.start_stock == 248_466
    b = burden(g.end_stock, "TUR", 2019)
    assert b.estimate == pytest.approx(3_576_370 / 83_154_997 * 1000)
    p = project_stock(tur[["year", "refugees"]], 2021, start=2016, end=2019)
    assert p.lower < p.estimate < p.upper


def test_burden_accepts_numpy_population():
    b = burden(1_000, "LBN", 2019, population=np.int64(5_000_000), source="s")
    assert b.estimate == 0.2 and b.population == 5e6  # 1,000 / 5,000,000 x 1,000
    assert burden(1_000, "LBN", 2019, population=np.float32(4e6), source="s").estimate == 0.25
    with pytest.raises(EstimatorInputError, match="population"):
        burden(1_000, "LBN", 2019, population=True, source="s")


def test_stock_changes_zero_stock_is_nan_with_a_warning():
    from idlibstats.errors import StatisticalWarning

    s = pd.Series({2017: 0.0, 2018: 100.0, 2019: 0.0, 2020: 50.0, 2021: 75.0})
    with pytest.warns(StatisticalWarning, match=r"\[2018, 2019, 2020\]"):
        ch = stock_changes(s)
    assert ch["log_growth"].iloc[1:4].isna().all()
    assert ch["percent_per_year"].iloc[1:4].isna().all()
    assert ch["log_growth"].iloc[4] == pytest.approx(math.log(75 / 50))  # by hand
    assert ch["change"].tolist()[1:] == [100.0, -100.0, 50.0, 25.0]
