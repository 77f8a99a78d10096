"""Regression tests for the extraction bugs found by a user review (2026-11-24).

Each test failed before its fix; the sentences are new (not from the dev sets).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from idlibstats.extract import extract_figures


def _rows(text: str, published: str = "2020-01-29") -> dict[str, dict]:
    df = extract_figures(text, published=published)
    return {r["phrase"]: r for r in df.to_dict("records")}


# 1. a percentage of a different noun is not a sub-count of a count of people


def test_percent_of_other_noun_is_not_a_sub_count() -> None:
    t = (
        "More than 1,300 civilians were killed, including 35 children, "
        "and 12 percent of homes were destroyed."
    )
    rows = _rows(t)
    assert rows["35"]["parent_figure_id"] == 1.0  # the real sub-count stays
    share = rows["12 percent"]
    assert share["measure"] == "other"
    assert math.isnan(share["parent_figure_id"])
    # the same answer as without the sub-count clause
    alone = _rows("More than 1,300 civilians were killed and 12 percent of homes were destroyed.")
    assert alone["12 percent"]["measure"] == share["measure"]


def test_count_of_things_is_not_a_sibling_sub_count_of_people() -> None:
    t = "At least 200 people died, including 40 women, and 15 schools were damaged."
    rows = _rows(t)
    assert rows["40"]["parent_figure_id"] == 1.0
    assert math.isnan(rows["15"]["parent_figure_id"])
    assert rows["15"]["measure"] == "other"


def test_compatible_siblings_and_shares_of_them_still_link() -> None:
    t = "Turkey hosts 3.6 million refugees, including 1.5 million children and 900,000 women."
    rows = _rows(t)
    assert rows["1.5 million"]["parent_figure_id"] == 1.0
    assert rows["900,000"]["parent_figure_id"] == 1.0
    t = "At least 100 people were killed, including 30 children, and 20 percent of them were women."
    rows = _rows(t)
    assert rows["20 percent"]["parent_figure_id"] == 1.0
    assert rows["20 percent"]["measure"] == "killed"


# 2. a period or duration does not cross a semicolon


def test_duration_does_not_cross_a_semicolon() -> None:
    rows = _rows("Forces took 24 villages in less than four days; 3 children died in Ariha.")
    assert rows["24"]["duration_days"] == 4.0
    assert rows["24"]["duration_qualifier"] == "less_than"
    assert math.isnan(rows["3"]["duration_days"])
    assert pd.isna(rows["3"]["duration_qualifier"])


def test_period_does_not_cross_a_semicolon() -> None:
    t = "3 children died in Ariha; in the past 24 hours, 12 people were killed in Idlib."
    rows = _rows(t)
    assert str(rows["12"]["period_end"].date()) == "2020-01-29"
    assert rows["12"]["duration_days"] == 1.0
    assert pd.isna(rows["3"]["period_start"]) and pd.isna(rows["3"]["period_end"])
    assert math.isnan(rows["3"]["duration_days"])


# 3. "scores" and "tens" without "of"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "measure"),
    [
        ("Scores were injured in the raid.", "Scores", 40.0, "injured"),
        ("Tens fled the town overnight.", "Tens", 20.0, "displaced"),
        ("Residents said tens fled.", "tens", 20.0, "displaced"),
        ("Tens more were wounded on Monday.", "Tens", 20.0, "injured"),
        ("Intense shelling killed scores.", "scores", 40.0, "killed"),
    ],
)
def test_vague_plural_without_of(text, phrase, value, measure) -> None:
    df = extract_figures(text)
    assert list(df.phrase) == [phrase]
    row = df.iloc[0]
    assert (row.value, row.lower, row.qualifier, row.measure) == (value, value, "vague", measure)
    assert math.isnan(row.upper)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Tens of thousands fled.", ["Tens of thousands"]),
        ("Test scores were published on Monday.", []),
        ("Old scores were settled.", []),
        ("The home side scores a goal.", []),
        ("Counting in tens, volunteers tallied the tents.", []),
        ("Tensions rose and the attendees fled.", []),
    ],
)
def test_scores_and_tens_that_are_not_counts(text, phrases) -> None:
    df = extract_figures(text)
    assert list(df.phrase) == phrases
    if phrases == ["Tens of thousands"]:
        assert df.value.tolist() == [20_000.0]


# 4. subjects


def test_age_is_not_part_of_the_subject() -> None:
    rows = _rows("3 children aged 12 died in the strike.")
    assert list(rows) == ["3"]  # the age is not a figure
    assert rows["3"]["subject"] == "children"
    assert rows["3"]["measure"] == "killed"
    rows = _rows("Ten men older than 60 were among the dead.")
    assert list(rows) == ["Ten"]  # "older than 60" is an age (DEVSET.md), not a figure
    assert rows["Ten"]["subject"] == "men"


def test_adjective_alone_is_the_subject_as_written() -> None:
    # DEVSET.md: the subject is "the counted noun phrase as written", and its gold gives
    # "37 dead" the subject "dead"; "seven injured" is written the same way
    assert _rows("The raid left seven injured.")["seven"]["subject"] == "injured"
    assert _rows("The raid left seven dead.")["seven"]["subject"] == "dead"
