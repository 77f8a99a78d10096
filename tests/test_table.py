"""The figure-table contract: the validator names every problem at once."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import idlibstats as s
from idlibstats.errors import FigureTableError
from idlibstats.table import COLUMNS, coerce_figures, empty_figure_table, figure_table_problems


@pytest.fixture
def seed() -> pd.DataFrame:
    return s.datasets.load("seed_figures")


def test_seed_table_is_valid_and_typed(seed):
    assert s.validate_figures(seed) is seed
    assert list(seed.columns[: len(COLUMNS)]) == list(COLUMNS)
    assert seed["value"].dtype == np.float64
    assert seed["figure_id"].dtype == np.int64
    assert pd.api.types.is_datetime64_dtype(seed["period_start"])


def test_empty_table_is_valid():
    table = empty_figure_table()
    assert len(table) == 0
    s.validate_figures(table)


def test_missing_column_is_named(seed):
    with pytest.raises(FigureTableError) as err:
        s.validate_figures(seed.drop(columns=["measure", "source"]))
    cols = {p.column for p in err.value.problems}
    assert {"measure", "source"} <= cols
    assert "missing column" in str(err.value)


def test_every_problem_is_listed_at_once(seed):
    bad = seed.copy()
    bad["qualifier"] = bad["qualifier"].astype(object)
    bad.loc[0, "qualifier"] = "roughly"  # not in the vocabulary
    bad.loc[6, "lower"] = 5000.0  # lower > value
    bad["start"] = bad["start"].astype(float)  # wrong dtype
    with pytest.raises(FigureTableError) as err:
        s.validate_figures(bad)
    found = {(p.row, p.column) for p in err.value.problems}
    assert (0, "qualifier") in found
    assert (6, "lower") in found
    assert (None, "start") in found
    msg = str(err.value)
    assert "'roughly' is not one of" in msg
    assert "row 6, column 'lower': lower 5000 > value 1300" in msg
    assert "column 'start': dtype float64 is not integer" in msg
    assert msg.startswith(f"{len(err.value.problems)} problems in figure table")


def test_error_is_a_value_error(seed):
    with pytest.raises(ValueError):
        s.validate_figures(seed.assign(value=-1.0))


@pytest.mark.parametrize(
    ("qualifier", "value", "lower", "upper", "ok"),
    [
        ("exact", 24, 24, 24, True),
        ("exact", 24, 24, np.nan, False),
        ("more_than", 1300, 1300, np.nan, True),
        ("more_than", 1300, np.nan, np.nan, False),
        ("at_least", 100, 100, np.nan, True),
        ("less_than", 4, np.nan, 4, True),
        ("at_most", 4, 4, 4, False),
        ("approx", 500, np.nan, np.nan, True),
        ("approx", 500, 450, 550, False),
        ("range", 425, 400, 450, True),
        ("range", 420, 400, 450, False),
        ("vague", 2000, 2000, np.nan, True),
        ("vague", 2000, np.nan, np.nan, False),
    ],
)
def test_bounds_follow_the_qualifier(seed, qualifier, value, lower, upper, ok):
    row = seed.iloc[[0]].copy()
    row["qualifier"] = pd.Categorical([qualifier], categories=seed["qualifier"].cat.categories)
    row[["value", "lower", "upper"]] = [[float(value), float(lower), float(upper)]]
    problems = figure_table_problems(row)
    assert (problems == []) is ok, problems


def test_offsets_checked_against_text(seed, seed_article):
    s.validate_figures(seed, text=seed_article.text)
    shifted = seed.assign(start=seed["start"] + 1, end=seed["end"] + 1)
    with pytest.raises(FigureTableError) as err:
        s.validate_figures(shifted, text=seed_article.text)
    assert len(err.value.problems) == len(seed)
    assert all(p.column == "phrase" for p in err.value.problems)


def test_duplicate_ids_and_periods(seed):
    bad = seed.copy()
    bad.loc[1, "figure_id"] = 1
    bad.loc[6, "period_start"] = pd.Timestamp("2019-09-30")
    problems = figure_table_problems(bad, file="x.csv")
    assert {(p.row, p.column) for p in problems} == {
        (0, "figure_id"),
        (1, "figure_id"),
        (6, "period_start"),
    }
    assert all(p.file == "x.csv" for p in problems)


def test_not_a_dataframe():
    with pytest.raises(FigureTableError, match="expected a pandas DataFrame"):
        s.validate_figures([{"value": 1}])


def test_coerce_from_strings(seed):
    as_text = seed.astype(str).replace({"nan": None, "NaT": None, "None": None})
    back = coerce_figures(as_text)
    s.validate_figures(back)
    pd.testing.assert_series_equal(back["value"], seed["value"])


def test_read_figures_round_trips_csv_jsonl_parquet(seed, tmp_path):
    for name, write in (
        ("t.csv", lambda p: seed.to_csv(p, index=False)),
        ("t.jsonl", lambda p: seed.to_json(p, orient="records", lines=True, date_format="iso")),
        ("t.parquet", lambda p: seed.to_parquet(p)),
    ):
        path = tmp_path / name
        write(path)
        back = s.read_figures(path)
        pd.testing.assert_frame_equal(back[list(COLUMNS)], seed[list(COLUMNS)], check_dtype=False)
        assert back["place_pcode"].iloc[0] == "SY070200"


def test_read_figures_names_file_lines_and_bad_values(seed, tmp_path):
    bad = seed.astype({"published": str, "qualifier": str})
    bad.loc[2, "published"] = "yesterday"  # CSV line 4: header is line 1
    bad.loc[4, "qualifier"] = "roughly"  # line 6
    path = tmp_path / "bad.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(FigureTableError) as err:
        s.read_figures(path)
    found = {(p.row, p.column) for p in err.value.problems}
    assert {(4, "published"), (6, "qualifier")} <= found
    assert "'yesterday' is not a date" in str(err.value)
    assert all(p.file == str(path) for p in err.value.problems)


def test_plain_read_csv_gets_a_hint(seed, tmp_path):
    path = tmp_path / "t.csv"
    seed.to_csv(path, index=False)
    with pytest.raises(FigureTableError, match="read_figures"):
        s.validate_figures(pd.read_csv(path))


def test_long_text_is_shortened_in_messages(seed, seed_article):
    wide = seed.copy()
    wide.loc[0, "end"] = len(seed_article.text)
    with pytest.raises(FigureTableError) as err:
        s.validate_figures(wide, text=seed_article.text)
    assert max(len(str(p)) for p in err.value.problems) < 250


# The one qualifier -> bounds rule (idlibstats.table.figure_bounds), by hand from the README's
# table: lower = value for more_than and at_least alike, the qualifier tells them apart; a count
# reads "more than x" as at least floor(x) + 1 and "less than x" as at most ceil(x) - 1.
@pytest.mark.parametrize(
    ("qualifier", "value", "lower", "upper", "table", "whole"),
    [
        ("exact", 24.0, None, None, (24.0, 24.0), (24.0, 24.0)),
        ("more_than", 1300.0, None, None, (1300.0, np.nan), (1301.0, np.inf)),
        ("more_than", 1300.5, 1300.5, None, (1300.5, np.nan), (1301.0, np.inf)),
        ("at_least", 1300.0, None, None, (1300.0, np.nan), (1300.0, np.inf)),
        ("vague", 2000.0, 2000.0, None, (2000.0, np.nan), (2000.0, np.inf)),
        ("less_than", 50.0, None, None, (np.nan, 50.0), (0.0, 49.0)),
        ("at_most", 50.0, None, 50.0, (np.nan, 50.0), (0.0, 50.0)),
        ("range", 425.0, 400.0, 450.0, (400.0, 450.0), (400.0, 450.0)),
        ("range", 5.35, 3.5, 7.2, (3.5, 7.2), (4.0, 7.0)),
        ("approx", 500.0, None, None, (np.nan, np.nan), (450.0, 550.0)),
    ],
)
def test_figure_bounds_rule(qualifier, value, lower, upper, table, whole):
    got = s.table.figure_bounds(qualifier, value, lower, upper)
    np.testing.assert_array_equal(got, table)
    got = s.table.figure_bounds(qualifier, value, lower, upper, reading="whole")
    np.testing.assert_array_equal(got, whole)


def test_figure_bounds_is_elementwise_and_strict_only_for_counts():
    v = np.array([10.0, 10.5])
    lo, hi = s.table.figure_bounds("more_than", v, reading="whole")
    np.testing.assert_array_equal(lo, [11.0, 11.0])
    np.testing.assert_array_equal(hi, [np.inf, np.inf])
    assert s.table.figure_bounds("more_than", 50.0, reading="real") == (50.0, np.inf)
    assert s.table.figure_bounds("less_than", 50.0, reading="real") == (0.0, 50.0)
    with pytest.raises(KeyError):
        s.table.figure_bounds("roughly", 1.0)


def test_extraction_and_validator_use_the_rule(seed):
    figs = s.extract_figures(
        "More than 1,300 were killed, at least 100 injured, fewer than 50 fled, "
        "dozens of homes and about 500 shops were destroyed.",
        published="2020-01-29",
    )
    for row in figs.itertuples():
        want = s.table.figure_bounds(row.qualifier, row.value, row.lower, row.upper)
        np.testing.assert_array_equal((row.lower, row.upper), want)
    assert {"more_than", "at_least", "less_than", "vague", "approx"} <= set(figs["qualifier"])
    s.validate_figures(figs)
