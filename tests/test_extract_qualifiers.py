"""Qualifiers (strict vs inclusive), ranges and vague magnitudes."""

from __future__ import annotations

import math

import pytest

from idlibstats.extract import extract_figures
from idlibstats.table import VAGUE_MINIMUM

NAN = math.nan


def _row(text: str):
    t = extract_figures(text, published="2020-01-29")
    assert len(t) >= 1, text
    return t.iloc[0]


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


@pytest.mark.parametrize(
    ("text", "phrase", "qualifier", "lower", "upper"),
    [
        ("More than 1,300 civilians were killed.", "More than 1,300", "more_than", 1300, NAN),
        ("Over 500 people were killed.", "Over 500", "more_than", 500, NAN),
        ("Upwards of 500 people fled.", "Upwards of 500", "more_than", 500, NAN),
        ("Upward of 600 people were killed.", "Upward of 600", "more_than", 600, NAN),
        ("Well over 2,000 people died.", "Well over 2,000", "more_than", 2000, NAN),
        ("Close to 400 civilians died.", "Close to 400", "approx", NAN, NAN),
        ("Nearly two dozen villages fell.", "Nearly two dozen", "less_than", NAN, 24),
        ("Several thousand people fled.", "Several thousand", "vague", 2000, NAN),
        ("The strikes killed 1,300-plus civilians.", "1,300-plus", "more_than", 1300, NAN),
        ("The strikes killed 1,300+ civilians.", "1,300+", "more_than", 1300, NAN),
        ("At least 1,300 civilians were killed.", "At least 1,300", "at_least", 1300, NAN),
        ("No fewer than 40 people died.", "No fewer than 40", "at_least", 40, NAN),
        ("Less than 10% of homes have power.", "Less than 10%", "less_than", NAN, 10),
        ("Fewer than 50 doctors remain.", "Fewer than 50", "less_than", NAN, 50),
        ("Up to 200 people may have died.", "Up to 200", "at_most", NAN, 200),
        ("As many as 200 people may have died.", "As many as 200", "at_most", NAN, 200),
        ("No more than 50 families remain.", "No more than 50", "at_most", NAN, 50),
        ("About 300 people fled.", "About 300", "approx", NAN, NAN),
        ("Some 3.6 million Syrians live in Turkey.", "Some 3.6 million", "approx", NAN, NAN),
        ("Nearly 900,000 people fled.", "Nearly 900,000", "less_than", NAN, 900_000),
        (
            "An estimated 80 per cent of them depend on aid.",
            "An estimated 80 per cent",
            "approx",
            NAN,
            NAN,
        ),
        ("The army killed 24 fighters.", "24", "exact", 24, 24),
    ],
)
def test_qualifiers(text, phrase, qualifier, lower, upper):
    r = _row(text)
    assert r.phrase == phrase
    assert r.qualifier == qualifier
    assert _same(r.lower, lower) and _same(r.upper, upper)


def test_strict_and_inclusive_stay_apart():
    a = _row("More than 100 people were killed.")
    b = _row("At least 100 people were killed.")
    assert (a.qualifier, b.qualifier) == ("more_than", "at_least")


def test_over_after_a_verb_of_control_is_a_preposition():
    r = _row("SOHR said regime forces have gained control over 24 villages and towns.")
    assert (r.phrase, r.qualifier, r.lower, r.upper) == ("24", "exact", 24, 24)
    assert r.measure == "captured"
    r2 = _row("Government forces took control of more than 20 villages.")
    assert (r2.phrase, r2.qualifier) == ("more than 20", "more_than")


@pytest.mark.parametrize(
    ("text", "phrase", "lower", "upper"),
    [
        ("Between 400 and 450 families arrive every day.", "Between 400 and 450", 400, 450),
        ("Some 15 to 20 people were killed.", "Some 15 to 20", 15, 20),
        ("The raids killed 10-12 civilians.", "10-12", 10, 12),
        ("From 200 to 300 families fled.", "From 200 to 300", 200, 300),
        ("Between 1 and 1.5 million people could flee.", "Between 1 and 1.5 million", 1e6, 1.5e6),
        ("Two or three people were hurt.", "Two or three", 2, 3),
    ],
)
def test_ranges(text, phrase, lower, upper):
    r = _row(text)
    assert (r.phrase, r.qualifier, r.lower, r.upper) == (phrase, "range", lower, upper)
    assert r.value == (lower + upper) / 2


def test_backwards_pair_is_not_a_range():
    t = extract_figures("The score was 3-1 for the home side, and 20 to 10 later.")
    assert "range" not in set(t.qualifier.astype(str))


@pytest.mark.parametrize(
    ("text", "phrase", "key"),
    [
        ("Dozens of people were killed.", "Dozens", "dozens"),
        ("Scores of civilians were wounded.", "Scores", "scores"),
        ("Hundreds of families fled.", "Hundreds", "hundreds"),
        ("Thousands of people fled.", "Thousands", "thousands"),
        ("Tens of thousands of people fled.", "Tens of thousands", "tens of thousands"),
        (
            "Hundreds of thousands of Syrians fled.",
            "Hundreds of thousands",
            "hundreds of thousands",
        ),
        ("Millions more could cross the border.", "Millions", "millions"),
    ],
)
def test_vague(text, phrase, key):
    r = _row(text)
    assert (r.phrase, r.qualifier) == (phrase, "vague")
    assert r.value == r.lower == VAGUE_MINIMUM[key]
    assert math.isnan(r.upper)


def test_millions_more_is_vague_after_an_exact_figure():
    t = extract_figures(
        "Turkey hosts more than 3.5 million Syrian refugees, and there are "
        "growing concerns that millions more could soon cross the border."
    )
    assert list(t.qualifier.astype(str)) == ["more_than", "vague"]
    assert list(t.measure.astype(str)) == ["refugees", "refugees"]


# issue 11: qualifiers that a blind measurement on published text found missed
@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("The 57 children at least were killed in the strike.", "at_least", 57),
        ("The number of Syrian refugees now exceeds 2 million.", "more_than", 2e6),
        ("The number of refugees exceeded the five million mark.", "more_than", 5e6),
        ("The death toll topped 1,000 on Sunday.", "more_than", 1000),
        ("The death toll crosses the 9,000 mark.", "more_than", 9000),
        ("The number of displaced surpassed 100,000.", "more_than", 100_000),
        ("The estimated 430,000 residents of the city fled.", "approx", 430_000),
        ('"It was a massacre," rescuers said.At least six people were killed.', "at_least", 6),
        ("At least 12,000 have fled", "at_least", 12_000),
    ],
)
def test_qualifiers_after_the_noun_as_verbs_and_in_glued_sentences(text, qualifier, value):
    t = extract_figures(text)
    assert len(t) == 1
    r = t.iloc[0]
    assert (r.qualifier, r.value) == (qualifier, value)
    assert r.lower == value if qualifier != "approx" else math.isnan(r.lower)
