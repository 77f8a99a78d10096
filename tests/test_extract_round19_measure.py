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
        (
            "The IOM said 120 migrants arrived at the Tajoura detention centre on Monday.",
            "120",
            "other",
        ),
        # a bare figure a count is compared with counts the same (rt17_008, rt3_323)
        (
            "More than 2,500 migrants from North Africa landed on Italian shores, compared to 370 "
            "in the same period last year.",
            "370",
            "refugees",
        ),
        (
            "Gangs seized control of 85 per cent of the capital – up from 80 per cent – this year.",
            "80 per cent",
            "captured",
        ),
        # near-miss: a compared figure with a noun of its own keeps its own measure
        (
            "At least 12 people were killed on Monday, compared to 30 houses destroyed.",
            "30",
            "other",
        ),
        # the events people were killed in are attacks: after an agent, after "lost their
        # lives", an adjective before the event noun (rt17_327, rt15_027)
        (
            "Up to 50 soldiers were killed by the IS in two ambushes elsewhere in Anbar.",
            "two",
            "attacks",
        ),
        (
            "Four police officers lost their lives in two distinct shooting incidents on Sunday.",
            "two",
            "attacks",
        ),
        # near-miss: the things people were killed in are no events
        (
            "Four police officers lost their lives in two distinct police vehicles on Sunday.",
            "two",
            "other",
        ),
        # people said who they are in an apposition, then where they stay: the population
        # (rt16_006, rt5_486)
        (
            "He said about 500 people, including displaced residents, were staying in the village "
            "at the time.",
            "about 500",
            "population",
        ),
        (
            "Close to 200 people, mainly civil servants and foreigners working on a nearby gas "
            "project, sheltered in the beachfront Amarula Palma Hotel for several days.",
            "Close to 200",
            "population",
        ),
        # near-misses: sheltering in the open, an apposition before a fate
        (
            "Some 500 people, mostly women and children, are sheltering in open fields.",
            "Some 500",
            "displaced",
        ),
        (
            "About 300 people, including displaced residents, were killed in the village.",
            "About 300",
            "killed",
        ),
    ],
)
def test_round19_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
