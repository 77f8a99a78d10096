"""Periods and durations resolved against the publication date (conventions in COMMON.md)."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from idlibstats.extract import extract_figures, periods

PUB = "2020-01-29"  # a Wednesday


def _period(text: str, published: str | None = PUB):
    r = extract_figures(text, published=published).iloc[0]
    return _day(r.period_start), _day(r.period_end), r.duration_days, r.duration_qualifier


def _day(d) -> str | None:
    return None if d is None or isinstance(d, float) or d != d else str(d.date())


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "More than 1,300 civilians were killed between May and August 2019.",
            "2019-05-01",
            "2019-08-31",
        ),
        (
            "SOHR said 300 people were killed between Dec. 12 and Dec. 25.",
            "2019-12-12",
            "2019-12-25",
        ),
        ("About 10,000 people fled from 9 to 12 February.", "2019-02-09", "2019-02-12"),
        ("In August alone, 500 people were killed.", "2019-08-01", "2019-08-31"),
        ("In January alone, 500 people were killed.", "2020-01-01", "2020-01-31"),
        ("At least 700 people have been killed since 1 January.", "2020-01-01", "2020-01-29"),
        ("Over 1,000 people have fled since April.", "2019-04-01", "2020-01-29"),
        ("Over 1,000 people have been killed since 2011.", "2011-01-01", "2020-01-29"),
        ("In 2019, 1.8 million people were displaced.", "2019-01-01", "2019-12-31"),
        ("Last month 120 civilians were killed.", "2019-12-01", "2019-12-31"),
        ("This year 40 civilians have been killed.", "2020-01-01", "2020-01-29"),
        ("Strikes killed 19 civilians on Tuesday.", "2020-01-28", "2020-01-28"),
        ("Strikes killed 19 civilians on Wednesday.", "2020-01-29", "2020-01-29"),
        ("Strikes killed 19 civilians on Dec. 24.", "2019-12-24", "2019-12-24"),
        (
            "About 66,000 people were displaced between 17 October and 23 March.",
            "2018-10-17",
            "2019-03-23",
        ),
        ("Some 5,000 people were displaced between 2015 and 2016.", "2015-01-01", "2016-12-31"),
    ],
)
def test_periods(text, start, end):
    got = _period(text)
    assert got[:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "days"),
    [
        ("Warplanes carried out 40 air strikes in the past 24 hours.", "2020-01-28", 1.0),
        ("Some 30,000 people arrived in camps over the past week.", "2020-01-22", 7.0),
        ("The ministry said 3,500 people left over the past three days.", "2020-01-26", 3.0),
    ],
)
def test_past_n_days(text, start, days):
    got = _period(text)
    assert got == (start, "2020-01-29", days, "exact")


def test_duration_without_a_date():
    got = _period("Forces gained control over 24 villages in less than four days.")
    assert got[:2] == (None, None)
    assert (got[2], got[3]) == (4.0, "less_than")
    got = _period("Two weeks of bombardment have left 300 people dead.")
    assert (got[2], got[3]) == (14.0, "exact")


def test_no_period_and_no_published():
    got = _period("Some 300 people were killed.")
    assert got[:2] == (None, None) and math.isnan(got[2])
    # relative dates need the publication date; explicit ones do not
    assert _period("Strikes killed 19 civilians on Tuesday.", published=None)[:2] == (None, None)
    assert _period("In 2019, 1.8 million people were displaced.", published=None)[:2] == (
        "2019-01-01",
        "2019-12-31",
    )


def test_date_of_the_statement_is_not_a_period():
    assert _period("SOHR said on Tuesday that 100 people had been killed.")[:2] == (None, None)


def test_published_accepts_date_datetime_and_string():
    import datetime as dt

    for pub in ("2020-01-29", dt.date(2020, 1, 29), dt.datetime(2020, 1, 29, 12, 0)):
        r = extract_figures("19 civilians were killed on Tuesday.", published=pub).iloc[0]
        assert str(r.period_start.date()) == "2020-01-28"
        assert str(r.published.date()) == "2020-01-29"


def test_two_days_joined_by_and():
    assert _period("Airstrikes killed 12 people on Monday and Tuesday.")[:2] == (
        "2020-01-27",
        "2020-01-28",
    )


def test_date_of_a_report_is_not_the_period_of_its_figure():
    text = "According to a UN report published on Monday, 700,000 people have fled since December."
    assert _period(text)[:2] == ("2019-12-01", "2020-01-29")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In the first week of January, 150 people were killed.", "2020-01-01", "2020-01-07"),
        ("In the last week of December, 50 died.", "2019-12-25", "2019-12-31"),
        (
            "More than 2,000 people were killed in the first half of 2019.",
            "2019-01-01",
            "2019-06-30",
        ),
        ("In the final quarter of 2019, 30 died.", "2019-10-01", "2019-12-31"),
        (
            "Since the offensive began in April, 1,000 people were killed.",
            "2019-04-01",
            "2020-01-29",
        ),
    ],
)
def test_parts_of_months_and_years(text, start, end):
    assert _period(text)[:2] == (start, end)


# issue 11: periods of published text
@pytest.mark.parametrize(
    ("published", "text", "start", "end"),
    [
        ("2016-03-01", "In 2015, 300 people were killed.", "2015-01-01", "2015-12-31"),
        ("2022-01-01", "In March 2021, 300 people were killed.", "2021-03-01", "2021-03-31"),
        ("2020-06-01", "Last February, 300 people were killed.", "2020-02-01", "2020-02-29"),
        (
            "2018-01-01",
            "In the first quarter of 2017, 300 people were killed.",
            "2017-01-01",
            "2017-03-31",
        ),
        (
            "2020-06-01",
            "During the first quarter, 300 people were killed.",
            "2020-01-01",
            "2020-03-31",
        ),
        (
            "2020-12-01",
            "Some 300 people were killed in the second half of the year.",
            "2020-07-01",
            "2020-12-31",
        ),
        (
            "2022-06-01",
            "From 3 March 2021 to 9 April 2022, 300 people were killed.",
            "2021-03-03",
            "2022-04-09",
        ),
        (
            "2020-02-01",
            "Since November 3, 2019, to January 20, 300 people were killed.",
            "2019-11-03",
            "2020-01-20",
        ),
        (
            "2019-11-01",
            "From 12/Sep until 12/Oct, 300 people were killed.",
            "2019-09-12",
            "2019-10-12",
        ),
    ],
)
def test_periods_of_published_text(published, text, start, end):
    r = extract_figures(text, published=published).iloc[0]
    assert r.value == 300
    assert (str(r.period_start.date()), str(r.period_end.date())) == (start, end)


@pytest.mark.parametrize(
    ("published", "text", "start", "end"),
    [
        # realtext_dev fragments
        (
            "2018-04-25",
            "An estimated 450,000 people have been killed in fighting in Syria since President "
            "Bashar Assad's government cracked down on demonstrations calling for his ouster in 2011.",
            "2011-01-01",
            "2018-04-25",
        ),
        (
            "2019-05-08",
            "The agency says 443 people have died in Libya's capital since the head of the "
            "self-styled Libyan National Army launched an offensive against Tripoli last month.",
            "2019-04-01",
            "2019-05-08",
        ),
        (
            "2018-07-15",
            "Nine civilians were killed every day during the corresponding period of January to "
            "June 2018.",
            "2018-01-01",
            "2018-06-30",
        ),
        (
            "2022-03-02",
            "From 4 am on 24 February 2022, when the military action started, until 12 midnight on "
            "1 March 2022, the office recorded 752 civilian casualties.",
            "2022-02-24",
            "2022-03-01",
        ),
    ],
)
def test_since_an_event_and_bare_month_ranges(published, text, start, end):
    r = extract_figures(text, published=published).iloc[0]
    assert (str(r.period_start.date()), str(r.period_end.date())) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "All three hospitals which were operating before the escalation of conflict on 26 March "
        "are closed.",
        "Compared to the previous day, three children were killed.",
        "Ahead of this year's gathering, the government said it will pledge $277 million.",
        "The WHO said in a tweet Wednesday that 60,000 people were displaced.",
    ],
)
def test_dates_that_do_not_date_the_figure(text):
    r = extract_figures(text, published="2019-05-08").iloc[0]
    assert pd.isna(r.period_start) and pd.isna(r.period_end)


def test_a_new_clause_after_saying_has_its_own_period():
    t = extract_figures(
        "357 people were killed in the past 24 hours, the Ministry added, saying 9,600 "
        "Palestinians have been wounded.",
        published="2023-10-15",
    )
    assert t.period_start.notna().tolist() == [True, False]


@pytest.mark.parametrize(
    ("published", "text", "start", "end"),
    [
        # realtext_dev fragments (AP, Anadolu, Reuters)
        (
            "2019-12-02",
            "Fighting killed dozens on both sides over the weekend.",
            "2019-11-30",
            "2019-12-01",
        ),
        (
            "2023-07-30",
            "Last May (2022), the minister said there were 62,151 refugees in camps.",
            "2022-05-01",
            "2022-05-31",
        ),
        (
            "2018-01-01",
            "Forces are responsible for at least 3,200 civilian deaths between October 2016 and "
            "the fall of the IS group in July 2017.",
            "2016-10-01",
            "2017-07-31",
        ),
    ],
)
def test_weekends_bracketed_years_and_events_ending_a_range(published, text, start, end):
    r = extract_figures(text, published=published).iloc[0]
    assert (str(r.period_start.date()), str(r.period_end.date())) == (start, end)


def test_since_without_a_publication_date_is_no_period():
    r = extract_figures("Some 500 people have died since late 2020.").iloc[0]
    assert pd.isna(r.period_start) and pd.isna(r.period_end)


def test_money_is_dated_by_the_year_it_is_for():
    # AP (realtext_dev rt189)
    r = extract_figures(
        "International donors on Wednesday pledged an estimated $4.4 billion in aid for Syria and "
        "neighbors sheltering its refugees in 2018.",
        published="2018-04-25",
    ).iloc[0]
    assert (str(r.period_start.date()), str(r.period_end.date())) == ("2018-01-01", "2018-12-31")


def test_an_event_date_well_before_the_figure_is_not_its_period():
    # OCHA (realtext_dev rt009)
    r = extract_figures(
        "All three Ministry of Health-run public hospitals in Idleb governorate which were "
        "operating before the escalation of violent conflict on 26 March are closed.",
        published="2015-04-10",
    ).iloc[0]
    assert pd.isna(r.period_start)


@pytest.mark.parametrize(
    "text",
    [
        "Over The Past Three Days, 40 people were killed",
        "IN THE LAST 24 HOURS and within two weeks",
        "After Four Years Of Fighting, since the start of the year",
        "Last Month and Yesterday, during the weekend, in just 10 days",
    ],
)
def test_lowered_period_patterns_match_as_their_ignorecase_originals(text):
    # find_periods runs its span patterns lower-cased, without IGNORECASE, on ASCII text
    # (faster): the same matches, which needs patterns with no capital in an escape or group name

    for original, lowered in zip(periods._SPANS, periods._SPANS_LOW, strict=True):
        assert not re.search(r"\\[A-Z]|\(\?P<\w*[A-Z]", original.pattern)
        got = [m.span() for m in lowered.finditer(text.lower())]
        assert got == [m.span() for m in original.finditer(text)]
    assert any(lowered.search(text.lower()) for lowered in periods._SPANS_LOW)
