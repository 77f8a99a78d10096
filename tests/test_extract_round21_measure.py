"""Round-21 English measure rules (issue 11): general lexicons and patterns, each with a
positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # a place that houses people named as migrants or by a nationality holds refugees, as
        # one that hosts them does (rt19_398, rt284)
        (
            "The reception center on the island currently houses approximately 2,800 migrants.",
            "approximately 2,800",
            "refugees",
        ),
        (
            "Temporary shelters in the southern provinces house nearly 90,000 Sudanese migrants.",
            "nearly 90,000",
            "refugees",
        ),
        # near-misses: people without a nationality stay the population, a capacity is other
        (
            "The reception center on the island currently houses approximately 2,800 people.",
            "approximately 2,800",
            "population",
        ),
        (
            "The centre was designed to house 4,000 migrants.",
            "4,000",
            "other",
        ),
        # a side or family that "lost" people lost them to death (rt19_042, rt18_029)
        (
            "The militia lost six fighters during clashes near the river on Monday.",
            "six",
            "killed",
        ),
        (
            "We have lost three soldiers in the ambush this morning.",
            "three",
            "killed",
        ),
        # near-misses: things lost and shares lost are no deaths
        (
            "The farmers lost 40 homes in the floods on Monday.",
            "40",
            "other",
        ),
        (
            "Farming families lost 30% of their harvest this year.",
            "30%",
            "other",
        ),
        # a country's soil or territory entered, named by its people, is a border crossed
        # (rt17_070, rt7_008)
        (
            "On Saturday, the army launched airstrikes into the stronghold, forcing 2,100 "
            "villagers to cross the Tana River and seek refuge on Kenyan soil.",
            "2,100",
            "refugees",
        ),
        # near-miss: a flight inside the land stays displacement
        (
            "On Saturday, the army launched airstrikes into the stronghold, forcing 2,100 "
            "villagers to flee their homes within Kenyan territory.",
            "2,100",
            "displaced",
        ),
    ],
)
def test_round21_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
