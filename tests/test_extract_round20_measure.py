"""Round-20 English measure rules (issue 11): general lexicons and patterns, each with a
positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # verbs of killing missing from the lexicon (rt18_064, rt16_061)
        (
            "Armed men on Friday decapitated two people collecting water from a well.",
            "two",
            "killed",
        ),
        (
            "The army said it had eliminated 10 terrorists in the operation.",
            "10",
            "killed",
        ),
        # near-misses: "eliminated" kills only people, its own object, not a figure further on
        (
            "The army said it eliminated 12 checkpoints in the area.",
            "12",
            "other",
        ),
        (
            "The army said it detained 14 suspects and eliminated a cell.",
            "14",
            "other",
        ),
        # people rescued or saved are other whatever they are called (rt15_087, rt18_306)
        (
            "Acehnese fishermen rescued more than 100 Rohingya refugees in late June.",
            "more than 100",
            "other",
        ),
        (
            "A spokesman for the UN refugee agency said 147 people had been saved.",
            "147",
            "other",
        ),
        # near-misses: the rescue's other figures
        (
            "The UN refugee agency said 147 refugees arrived after the rescue.",
            "147",
            "refugees",
        ),
        (
            "Rescue teams saved six people, while about 20 people were injured.",
            "about 20",
            "injured",
        ),
        # near-miss: people named by their fate keep it when rescued
        (
            "Civil defence teams rescued 12 wounded civilians from the rubble.",
            "12",
            "injured",
        ),
        # people a place holds, its stay verb closing the clause or followed only by its year
        # (rt18_320, rt5_485)
        (
            "Anbar contained 70 camps for displaced persons, at which close to 70,000 people "
            "resided in 2014.",
            "close to 70,000",
            "population",
        ),
        (
            "Bodies were found in front of a hotel where dozens had sought safety, army sources "
            "said.",
            "dozens",
            "population",
        ),
        # near-misses: a fate in the place, a flight that goes on
        (
            "The strike hit a school in which 40 people were killed.",
            "40",
            "killed",
        ),
        (
            "Gunmen raided the town, where 500 people had sought safety from the fighting in the "
            "north.",
            "500",
            "displaced",
        ),
        # the people one stays with in a place are its population (rt16_075, rt18_367)
        (
            "Mirano, who was camping with hundreds of people in a park in Saint-Marc, fled.",
            "hundreds",
            "population",
        ),
        (
            "They now wait for assistance, huddled with 25 other families in a make-shift camp.",
            "25",
            "population",
        ),
        # near-misses: a flight with others, a stay with no place named, people named by their
        # status keep it
        (
            "Turks are living with 3.6 million Syrian refugees in the country.",
            "3.6 million",
            "refugees",
        ),
        (
            "She fled with 200 other people to the border.",
            "200",
            "displaced",
        ),
        (
            "They fled their homes, camping with hundreds of people along the road.",
            "hundreds",
            "displaced",
        ),
    ],
)
def test_round20_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
