"""Round-17 English measure rules (issue 11): general lexicons and patterns, each with a
positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # people registered with no refugee word, nation or country abroad named fled inside
        # their country
        (
            "Since the floods, 821 families have registered in the camps near the town.",
            "821",
            "displaced",
        ),
        (
            '"To date we have registered more than 4,000 people," a local leader said.',
            "more than 4,000",
            "displaced",
        ),
        # near-misses: a nation, the refugee agency or a refugee word keeps the refugee stock
        ("Some 532,736 Syrians are registered in the city.", "Some 532,736", "refugees"),
        (
            "On Monday, 3,712 people were registered with UNHCR at the transit centre.",
            "3,712",
            "refugees",
        ),
        ("Jordan hosts about 750,000 registered refugees.", "about 750,000", "refugees"),
        ("Greece registered 4,000 new arrivals on its islands in February.", "4,000", "refugees"),
        # people of a boat that landed came ashore from abroad, a list of them too
        (
            "A boat carrying 20 men believed to be Rohingya Muslims landed on the eastern coast "
            "of Aceh on Tuesday.",
            "20",
            "refugees",
        ),
        ("The landed boat had 58 children, 45 women and 36 men.", "36", "refugees"),
        # near-misses: a boat that sank, or people landing from no boat
        ("A boat carrying 80 people capsized off the coast on Tuesday.", "80", "other"),
        ("Some 80 soldiers landed on the beach on Tuesday.", "Some 80", "other"),
        # a nation's people fleeing in a sentence that names no place stay in the other country
        # the sentence before puts them in
        (
            "The delegation will arrive in Chad tomorrow. Last May, some 8,500 Sudanese left "
            "the town of Al-Geneina.",
            "some 8,500",
            "refugees",
        ),
        # near-misses: their own country before, or a place they go to in their own sentence
        (
            "The delegation will arrive in Sudan tomorrow. Last May, some 8,500 Sudanese left "
            "the town of Al-Geneina.",
            "some 8,500",
            "displaced",
        ),
        (
            "Turkey closed its border in Turkey's south. Some 40,000 Syrians have fled to Idlib.",
            "Some 40,000",
            "displaced",
        ),
        # places passing to a side's control, or most of them held, are captured
        (
            "Fighting resumed on 19 December, with over 30 residential areas shifting to GoS "
            "control.",
            "over 30",
            "captured",
        ),
        ("The army holds most areas of the remaining 13 states.", "13", "captured"),
        # near-misses: people shifting to shelters, places only visited
        ("Over 30 people shifting to other shelters were counted.", "Over 30", "displaced"),
        ("The army visited most areas of the remaining 13 states.", "13", "other"),
    ],
)
def test_round17_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
