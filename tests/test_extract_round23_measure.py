"""Round-23 English measure rules (issue 11): general patterns and lexicons, each with the dev
passage's sentence and a near miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # people being admitted to hospital were hurt (rt20_328, realtext20_dev)
        (
            '"During the past 24 hours, the Israeli occupation committed three massacres of '
            'families in the Gaza Strip, with 21 dead and 51 being admitted to hospitals," the '
            "ministry said.",
            "51",
            "injured",
        ),
        # people who sought medical help were hurt (rt16_102, realtext16_dev)
        (
            "The number of victims from the Russian strike on Zaporizhzhia has risen to 12 people "
            "who sought medical help.",
            "12",
            "injured",
        ),
        # boats by their local names are things (rt17_031, realtext17_dev)
        (
            "On Saturday, two additional cayucos also arrived at the island, carrying a combined "
            "total of 164 migrants.",
            "two",
            "other",
        ),
        # boats lost are things, not the dead (rt20_365, realtext20_dev)
        (
            "The agency's Missing Migrants Project said that since the middle of last month, when "
            "four shipwrecks were reported in the central Mediterranean, 48 bodies have washed "
            "ashore at Libyan coasts.",
            "four",
            "other",
        ),
        (
            "The agency's Missing Migrants Project said that since the middle of last month, when "
            "four shipwrecks were reported in the central Mediterranean, 48 bodies have washed "
            "ashore at Libyan coasts.",
            "48",
            "killed",
        ),
    ],
)
def test_round23_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # near miss: a hospital being hit is no hurt people
        ("Shelling killed 12 people while a hospital was being hit.", "12", "killed"),
        # near miss: people who sought shelter, not medical help, were not hurt
        (
            "Some 3,000 people who sought shelter in schools were displaced.",
            "Some 3,000",
            "displaced",
        ),
        # near miss: the people a canoe carried keep their own measure
        ("A canoe carrying 40 people capsized and 12 people were killed.", "12", "killed"),
    ],
)
def test_round23_measure_near_miss(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
