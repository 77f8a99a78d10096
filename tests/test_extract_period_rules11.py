"""Round-11 English period rules (issue 11), each on a dev passage or a sentence of its kind."""

from __future__ import annotations

import pytest

from idlibstats.extract import extract_figures


def _periods(text: str, published: str | None) -> dict[str, tuple[str | None, str | None]]:
    df = extract_figures(text, published=published)
    return {r.phrase: (_day(r.period_start), _day(r.period_end)) for r in df.itertuples()}


def _day(d) -> str | None:
    return None if d is None or d != d else str(d.date())


@pytest.mark.parametrize(
    ("text", "published", "phrase", "period"),
    [
        # realtext4_dev rt4_051: "last week" is the previous calendar week, Monday to Sunday
        (
            "Last week alone, 1,448 families crossed the border.",
            "2025-04-28",
            "1,448",
            ("2025-04-21", "2025-04-27"),
        ),
        # realtext5_dev rt5_389 (published on a Tuesday)
        (
            "Two attacks last week in the same province killed four officers.",
            "2023-04-04",
            "four",
            ("2023-03-27", "2023-04-02"),
        ),
        # realtext10_dev rt10_070: "since late February" is no period ("since early X" is)
        (
            "Violence has displaced 50,000 residents, and 10,000 have crossed into Ethiopia "
            "since late February, the UN said Tuesday.",
            "2025-03-18",
            "10,000",
            (None, None),
        ),
        # realtext4_dev rt4_042: a comparison "the largest since 2017, when N fled" dates the
        # when-clause to that year
        (
            "This movement is the largest from Myanmar since 2017, when some 750,000 fled the "
            "deadly violence.",
            None,
            "some 750,000",
            ("2017-01-01", "2017-12-31"),
        ),
        # realtext2_dev rt2_023: not a comparison, the count runs since that day
        (
            "According to IOM, an estimated 88,892 people have now fled El-Fasher since Oct. 26, "
            "when the RSF captured the capital of North Darfur.",
            "2025-11-09",
            "an estimated 88,892",
            ("2025-10-26", "2025-11-09"),
        ),
        # realtext7_dev rt7_064: a total since an undated start is not dated by the increment's
        # "past 24 hours"
        (
            "The report indicated that in the past 24 hours, 125 airstrikes were recorded in "
            "Lebanon, bringing the total number of Israeli attacks since the start of the "
            "conflict to 11,085.",
            "2024-10-25",
            "11,085",
            (None, None),
        ),
        # realtext4_dev rt4_097: "a 2017 ambush in which four ... died"
        (
            "It was also the scene of a 2017 ambush in which four US special forces troops and "
            "five Nigerien soldiers died.",
            "2021-06-25",
            "five",
            ("2017-01-01", "2017-12-31"),
        ),
        # realtext4_dev rt4_098: "in a March massacre"
        (
            "Attackers killed 66 in a March massacre elsewhere in Tillaberi.",
            "2021-06-25",
            "66",
            ("2021-03-01", "2021-03-31"),
        ),
    ],
)
def test_period_rules11(text, published, phrase, period):
    assert _periods(text, published)[phrase] == period


def test_year_so_far_beats_the_year_named():
    # realtext7_dev rt7_029: "in 2024, with 65 strikes recorded since the beginning of the year"
    text = (
        "According to data from the SOHR, Turkish drone activity in Rojava has intensified in "
        "2024, with 65 strikes recorded since the beginning of the year."
    )
    assert _periods(text, "2024-02-28")["65"] == ("2024-01-01", "2024-02-28")


def test_these_attacks_carry_the_period_of_the_sentence_before():
    # realtext9_dev rt9_014: "These attacks left ..." names the attacks just dated again, also
    # after a paragraph break; the next sentence "during these attacks" goes on with them
    text = (
        "Turkey has carried out 58 drone attacks in northeast Syria since early 2022, the "
        "monitor said.\n\nThese attacks left 10 civilians and 56 fighters dead. Moreover, 93 "
        "people were injured during these attacks."
    )
    got = _periods(text, "2022-09-27")
    assert got["56"] == ("2022-01-01", "2022-09-27")
    assert got["93"] == ("2022-01-01", "2022-09-27")


def test_no_carry_without_these():
    text = (
        "Turkey has carried out 58 drone attacks in northeast Syria since early 2022, the "
        "monitor said. Elsewhere 10 civilians died in floods."
    )
    assert _periods(text, "2022-09-27")["10"] == (None, None)


def test_a_day_before_claimed_that_is_when_it_was_said():
    # realtext7_dev rt7_036: "Also Monday, the coalition claimed that ... killed at least 41"
    text = (
        "Also Monday, the Saudi-led coalition claimed that one of their airstrikes killed at "
        "least 41 Shiite rebels in Yemen's northern Saada province."
    )
    assert _periods(text, "2018-06-25")["at least 41"] == (None, None)
