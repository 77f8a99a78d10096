"""Round-12 English period and precision rules, each on a dev passage or a sentence of its kind."""

from __future__ import annotations

import pytest

from idlibstats.extract import extract_figures
from tests.test_extract_period_rules11 import _periods


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


@pytest.mark.parametrize(
    ("text", "published", "phrase", "period"),
    [
        # realtext5_dev rt5_403: the relative clause's year dates the arrivals, not the stock
        (
            "Cox's Bazar is home to about 1 million Rohingyas, the majority of whom arrived "
            "from Myanmar in 2017.",
            "2023-03-06",
            "about 1 million",
            (None, None),
        ),
        # realtext9_dev rt9_038
        (
            "The camps host more than 36,000 families, most of whom were displaced during the "
            "ISIS attack in 2014.",
            "2019-08-25",
            "more than 36,000",
            (None, None),
        ),
        # a comma ends the relative clause: the date after it is the total's
        (
            "Nearly 134,000 people, 80 per cent of whom were Haitians, crossed the jungle in 2021.",
            "2022-01-10",
            "Nearly 134,000",
            ("2021-01-01", "2021-12-31"),
        ),
        # realtext7_dev rt7_360: "May" that begins a place name is no month
        (
            "Nearly 5,000 IDPs returned, resettling in May Tsebir town and three other places.",
            "2024-06-10",
            "Nearly 5,000",
            (None, None),
        ),
        # realtext7_dev rt7_330: a month with "last year" is that month of the previous year
        (
            "In June last year, a quake killed more than 1,000 people in Paktika.",
            "2023-10-08",
            "more than 1,000",
            ("2022-06-01", "2022-06-30"),
        ),
        # realtext9_dev rt9_328: "first four months in 2016" as "of 2016"
        (
            "In first four months in 2016, 16 attacks were carried out by Al Shabab.",
            "2016-06-01",
            "16",
            ("2016-01-01", "2016-04-30"),
        ),
        # realtext11_dev rt11_019: a dateline that opens the sentence is when it was filed
        (
            "March 25, 2020 – Two soldiers in Mali died in an attack on Tuesday, sources said.",
            "2020-03-25",
            "Two",
            ("2020-03-24", "2020-03-24"),
        ),
        # realtext9_dev rt9_310
        (
            "April 8, 2014 (JUBA) – Skirmishes have forced nearly 4,500 people to seek shelter.",
            "2014-04-08",
            "nearly 4,500",
            (None, None),
        ),
        # realtext7_dev rt7_331
        (
            "Kabul [Afghanistan], October 8 : As many as 15 people have been killed in "
            "Saturday's earthquake in Herat.",
            "2023-10-08",
            "As many as 15",
            ("2023-10-07", "2023-10-07"),
        ),
        # realtext10_dev rt10_058: "since <event> resumed in early July" is since early July
        (
            "At least five children have been killed since conflict between the army and the "
            "rebels resumed in early July.",
            "2022-10-10",
            "At least five",
            ("2022-07-01", "2022-10-10"),
        ),
        # realtext5_dev rt5_032: a heading's closing tag dates every part of it
        (
            "503 Civilians Deaths; Including 96 Children and 49 Women; Documented in December 2024",
            "2025-01-01",
            "96",
            ("2024-12-01", "2024-12-31"),
        ),
        # realtext5_dev rt5_065: "As of <day>," before a speech verb is the count's date
        (
            "As of July 6, 2024, the bulletin said 93,000 suspected cases have been reported.",
            "2024-07-10",
            "93,000",
            ("2024-07-06", "2024-07-06"),
        ),
        # realtext5_dev rt5_458: "late Wednesday" is still that day (published on a Thursday)
        (
            "As of late Wednesday, Civil Protection announced it had counted 2,189 deaths.",
            "2021-08-19",
            "2,189",
            ("2021-08-18", "2021-08-18"),
        ),
        # realtext3_dev rt3_230: also as the start of a "since" period
        (
            "Since the start of the military operation to retake Mosul in October last year, "
            "more than 144,500 people have been displaced.",
            "2017-01-13",
            "more than 144,500",
            ("2016-10-01", "2017-01-13"),
        ),
        # realtext11_dev rt11_002: "As of <day>, ... since <start>" runs from start to that day
        (
            "As of April 7, more than 11,000 suspected cases have been reported in those areas "
            "since October, along with the 75 deaths, AFP reported.",
            "2024-04-18",
            "more than 11,000",
            ("2023-10-01", "2024-04-07"),
        ),
        (
            "As of April 7, more than 11,000 suspected cases have been reported in those areas "
            "since October, along with the 75 deaths, AFP reported.",
            "2024-04-18",
            "75",
            ("2023-10-01", "2024-04-07"),
        ),
    ],
)
def test_periods(text: str, published: str, phrase: str, period: tuple) -> None:
    assert _periods(text, published)[phrase] == period
