"""Round-14 English measure rules (issue 11): general lexicons and patterns, each with a
positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # a critical, serious or severe condition is an injury
        ("One person was in severe condition, he added.", "One", "injured"),
        ("Three people were in critical condition after the attack.", "Three", "injured"),
        # near-miss: a condition that is no injury
        ("Three people were in good spirits after the attack.", "Three", "other"),
        # a fate adjective before coordinated nouns counts them all
        (
            "The hospital has received about 300 wounded civilians and soldiers.",
            "about 300",
            "injured",
        ),
        # near-miss: soldiers without a fate stay other
        ("The army sent about 300 soldiers and policemen.", "about 300", "other"),
        # people of a nation entering "the country" crossed its border
        (
            "According to the Government of Jordan, more than 300,000 Syrians have entered the "
            "country.",
            "more than 300,000",
            "refugees",
        ),
        # near-miss: no nation named, no border known
        ("More than 300 people have entered the country.", "More than 300", "other"),
        # the main verb after a reduced relative clause decides
        (
            "Approximately 300 people sheltering in UNRWA facilities have been killed since "
            "7 October.",
            "Approximately 300",
            "killed",
        ),
        # near-miss: people sheltering with no later fate are not killed
        (
            "Approximately 300 people sheltering in UNRWA facilities need food.",
            "Approximately 300",
            "population",
        ),
        # "due to" after a figure is no counted noun: the number it is of decides
        (
            "In Lebanon, the total number of displaced persons has risen to nearly 1.2 million "
            "due to Israeli airstrikes.",
            "nearly 1.2 million",
            "displaced",
        ),
        # a group the counted belong to sits between them and their fate
        (
            "The UN said two other aid workers for other groups were also killed.",
            "two",
            "killed",
        ),
        ("The UN said two aid workers from MSF were killed.", "two", "killed"),
        # near-miss: aid workers with no fate stay other
        ("The UN said two aid workers from MSF were there.", "two", "other"),
        # near-miss: a counted noun before "due to" still counts
        ("The war left 50 dead due to shelling.", "50", "killed"),
    ],
)
def test_round14_measure_rules(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
