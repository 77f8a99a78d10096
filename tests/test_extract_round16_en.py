"""Round-16 English measure and period rules (issue 11): general lexicons and patterns, each
with a positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # a passage whose border crossing is told once, never with the word "refugees": its
        # arrivals and flights are refugees too (rt13_107, rt7_341)
        (
            "More than 11,000 Rohingya crossed into Bangladesh on Monday. That is a steep "
            "increase over the average of 2,000 daily arrivals.",
            "2,000",
            "refugees",
        ),
        # near-misses: no border crossed; people who fled their homes beside those who left
        # the country (rt2_014)
        (
            "More than 11,000 people fled to Goma on Monday. That is a steep increase over the "
            "average of 2,000 daily arrivals.",
            "2,000",
            "displaced",
        ),
        (
            "About 9.5 million people have fled their homes since the start of the conflict. "
            "More than 2.5 million have fled the country.",
            "About 9.5 million",
            "displaced",
        ),
        # a camp's people, whoever they are, are its population (rt9_011, rt14_390)
        (
            "The SDF referred to the notorious camp hosting over 50,000 people.",
            "over 50,000",
            "population",
        ),
        # near-misses: camps for the displaced, people told to leave (rt9_038, rt2_122)
        (
            "There are 26 camps for displaced people. The camps host more than 36,000 families.",
            "more than 36,000",
            "displaced",
        ),
        (
            "The M23 told people in the camps, which together were hosting over 100,000 people, "
            "to leave within 72 hours.",
            "over 100,000",
            "displaced",
        ),
        # people where they stay, a plain verb closing the clause (rt13_026; the round-2 "where
        # 17,000 IDPs are sheltering" form)
        (
            "They visited Zaatari camp, where about 35,000 Syrian refugees reside.",
            "about 35,000",
            "population",
        ),
        # near-miss: the verb goes on to a fate
        (
            "They visited Zaatari camp, where about 35,000 Syrian refugees live in fear.",
            "about 35,000",
            "refugees",
        ),
        # border crossings counted are refugees (rt3_260, rt7_314)
        (
            "Venezuelans accounted for over 80 percent of last month's crossings.",
            "over 80 percent",
            "refugees",
        ),
        (
            "Border guards cleared as many as 129,000 people at border crossings on Saturday.",
            "as many as 129,000",
            "refugees",
        ),
        # near-misses: crossing points counted are things; a fate decides
        ("Israel opened two crossings for aid on Sunday.", "two", "other"),
        ("The shelling killed 12 people near the border crossings.", "12", "killed"),
    ],
)
def test_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
