"""Capture tables: both input formats, strata, overlaps and refusals."""

from __future__ import annotations

import pandas as pd
import pytest

import idlibstats as s
from idlibstats.errors import EstimatorInputError
from idlibstats.mse import CaptureTable, capture_table
from idlibstats.mse.table import all_patterns


def test_patterns_are_binary_with_first_list_most_significant():
    assert all_patterns(3).tolist() == [
        [0, 0, 1], [0, 1, 0], [0, 1, 1], [1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1]
    ]  # fmt: skip


def test_people_and_patterns_give_the_same_table():
    people = pd.DataFrame({"A": [1, 1, 0, 1, 0], "B": [0, 1, 1, 1, 1], "C": [0, 0, 1, 1, 1]})
    # the same people as patterns, columns in another order, (1,1,0) left out
    patterns = pd.DataFrame({"C": [1, 0, 1], "A": [0, 1, 1], "B": [1, 0, 1], "count": [2, 1, 1]})
    a = capture_table(people)
    b = capture_table(patterns, lists=["A", "B", "C"])
    a_rows = a.table.set_index(["A", "B", "C"])["count"]
    b_rows = b.table.set_index(["A", "B", "C"])["count"]
    # people: (1,0,0) once, (1,1,0) once, (0,1,1) twice, (1,1,1) once
    assert a_rows[(0, 1, 1)] == 2 and a_rows[(1, 1, 1)] == 1 and a_rows[(0, 0, 1)] == 0
    assert a.n_observed == 5 and len(a.table) == 7
    assert b_rows[(0, 1, 1)] == 2 and b.n_observed == 4


def test_repeated_patterns_add_up_and_overlaps_count_pairs():
    df = pd.DataFrame({"A": [1, 1, 0], "B": [1, 1, 1], "C": [0, 0, 1], "count": [3, 4, 5]})
    t = capture_table(df)
    assert t.table.set_index(["A", "B", "C"])["count"][(1, 1, 0)] == 7
    ov = t.overlaps()
    assert ov.loc["A", "A"] == 7 and ov.loc["B", "B"] == 12 and ov.loc["A", "B"] == 7
    assert ov.loc["B", "C"] == 5 and ov.loc["A", "C"] == 0
    assert "Overlaps" in repr(t) and "<table" in t._repr_html_()
    assert s.capture_table is capture_table


def test_strata_split_and_sum():
    df = pd.DataFrame(
        {"gov": ["x", "x", "y"], "A": [1, 0, 1], "B": [0, 1, 1], "C": [1, 1, 0], "count": [2, 3, 4]}
    )
    t = capture_table(df, strata="gov")
    assert t.lists == ("A", "B", "C") and t.strata == "gov"
    parts = t.by_stratum()
    assert set(parts) == {"x", "y"} and all(isinstance(p, CaptureTable) for p in parts.values())
    assert parts["x"].n_observed == 5 and parts["y"].n_observed == 4 and t.n_observed == 9
    assert t.counts.sum() == 9 and len(t.table) == 14


@pytest.mark.parametrize(
    ("df", "kwargs", "match"),
    [
        (pd.DataFrame({"A": [1, 2], "B": [0, 1], "count": [1, 1]}), {}, "column 'A'.*0/1"),
        (pd.DataFrame({"A": [1, 0], "B": [0, 1], "count": [1, -1]}), {}, "non-negative"),
        (pd.DataFrame({"A": [1, 0], "B": [0, 1], "count": [1, 1.5]}), {}, "whole numbers"),
        (pd.DataFrame({"A": [0, 1], "B": [0, 1], "count": [4, 1]}), {}, "none of the lists"),
        (pd.DataFrame({"A": [1], "B": [0]}), {"lists": ["A", "Z"]}, "not in columns"),
        (pd.DataFrame({"A": [1], "B": [0]}), {"strata": "g"}, "strata column"),
    ],
)
def test_bad_input_is_refused_with_the_column_named(df, kwargs, match):
    with pytest.raises(EstimatorInputError, match=match):
        capture_table(df, **kwargs)


def test_all_zero_rows_with_zero_count_are_the_omitted_cell():
    df = pd.DataFrame({"A": [0, 1, 0], "B": [0, 0, 1], "C": [0, 1, 1], "count": [0, 2, 3]})
    assert capture_table(df).n_observed == 5
