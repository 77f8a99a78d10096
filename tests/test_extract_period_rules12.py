"""Round-12 English period and precision rules, each on a dev passage or a sentence of its kind."""

from __future__ import annotations

import pytest

from idlibstats.extract import extract_figures


def _phrases(text: str, published: str | None = None) -> list[str]:
    return list(extract_figures(text, published=published).phrase)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # realtext10_dev rt10_015, realtext7_dev rt7_030: an outlet named by 24
        (
            "A security source told Kurdistan 24 that clashes killed four Iraqi soldiers.",
            "four",
            "24",
        ),
        (
            "ERBIL (Kurdistan 24) – Turkey carried out nine drone strikes, SOHR reports.",
            "nine",
            "24",
        ),
        # realtext8_dev rt8_057: glued to its name
        ("A recent arrival told Darfur24 that 300 people had fled.", "300", "24"),
        # realtext11_dev rt11_017, rt11_020, realtext4_dev rt4_155: the countries named before
        (
            "Around 4,000 people died in the three countries last year, according to UN figures.",
            "Around 4,000",
            "three",
        ),
        (
            "At least 3,500 had arrived near the Naf river that divides the two countries.",
            "At least 3,500",
            "two",
        ),
        # realtext8_dev rt8_031: a list of ages after "aged"
        ("The men, aged 48, 45, and 57, sustained fatal injuries.", None, "45"),
        ("The men, aged 48, 45, and 57, sustained fatal injuries.", None, "57"),
        # realtext7_dev rt7_334: a magnitude
        (
            "An earthquake with a magnitude of 6.3 struck Herat, killing 2,000 people.",
            "2,000",
            "6.3",
        ),
        # realtext7_dev rt7_333: days listed before their month
        (
            "The 11, 15 and 28 October earthquakes caused a combined seven deaths.",
            "seven",
            "11",
        ),
    ],
)
def test_not_figures(text: str, kept: str | None, dropped: str) -> None:
    found = _phrases(text, "2024-01-01")
    assert dropped not in found
    if kept is not None:
        assert kept in found


def test_six_neighbouring_countries_stays() -> None:
    # realtext7_dev rt7_307: with an adjective it is new information, a figure in the gold
    text = "Aid for 1.8 million refugees in the six neighbouring countries is needed."
    assert "six" in _phrases(text, "2017-02-01")
