"""Round-19 English measure rules (issue 11): general lexicons and patterns, each with a
positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # migrants who land, arrive, reach a shore or pass through a country crossed a border:
        # refugees (DEVSET round-17 gold pass, case 5; rt17_006, rt17_008, rt17_022, rt12_159)
        (
            "On Sunday, a total of 640 migrants reached Lampedusa.",
            "640",
            "refugees",
        ),
        (
            "More than 2,500 migrants from North Africa landed on Italian shores.",
            "More than 2,500",
            "refugees",
        ),
        (
            "Since the beginning of the year, more than 160,690 immigrants have passed through "
            "the Darien.",
            "more than 160,690",
            "refugees",
        ),
        # near-misses: migrants intercepted or rescued stay other (rt3_165, rt14_094)
        (
            "The IOM said 604 migrants were intercepted and returned off the coast of Libya.",
            "604",
            "other",
        ),
        (
            "Nearly 10,000 unauthorized migrants were rescued off the Libyan coast in 2020.",
            "Nearly 10,000",
            "other",
        ),
    ],
)
def test_round19_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
