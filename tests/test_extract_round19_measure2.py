"""Round-19 English measure rules, second pass (issue 11): kinds of error seen in several dev
rounds, each rule with a positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from idlibstats.extract.measures import subject_after
from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an adverb and its participle before the noun: the noun is counted (rt065, rt17_002,
        # rt4_048, rt5_092, rt5_191 read "newly" as the counted noun)
        (" newly arrived Rohingyas have already taken shelter", "newly arrived Rohingyas"),
        (" recently registered refugees in Chad", "recently registered refugees"),
        # near-misses: a participle after a noun is its verb; an adverb alone is kept
        (" people arrived in the town", "people"),
        (" people newly arrived", "people newly"),
    ],
)
def test_prenominal_participle_subject(text: str, subject: str) -> None:
    assert subject_after(text, 0, len(text))[0] == subject


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # arrivals counted as the noun keep their arrival (resolve_return): refugees when
        # UNHCR counts them or a country abroad is named (rt5_092, rt065)
        (
            "The agency also noted that 89 percent of the newly registered arrivals in Egypt "
            "come from Khartoum, UNHCR said.",
            "89 percent",
            "refugees",
        ),
        (
            "An estimated 10,000 newly arrived Rohingyas have already taken shelter in Cox's "
            "Bazar.",
            "An estimated 10,000",
            "refugees",
        ),
        # near-miss: arrivals inside a country, no border named, stay displaced
        (
            "Some 2,000 new arrivals were counted in the camps of Marib this week.",
            "Some 2,000",
            "displaced",
        ),
        # a running total a refugee figure adds to is of refugees, whatever word it uses
        # (rt9_348; the running totals of rt062, rt3_260, rt7_014 already share the figure's
        # measure)
        (
            "More than 80,000 people have crossed from the DRC's South Kivu since the start of "
            "December, bringing the total now to more than 200,000 displaced people.",
            "more than 200,000",
            "refugees",
        ),
        # near-misses: a total of a flight inside the country, a refugee figure of another sentence
        (
            "About 5,000 people have been displaced this week, bringing the total number of "
            "displaced people to 20,000.",
            "20,000",
            "displaced",
        ),
        (
            "More than 80,000 people have crossed into Uganda since December. The fighting has "
            "displaced another 200,000, bringing the total to 900,000.",
            "900,000",
            "displaced",
        ),
        # a share of a population whose size follows takes the verb after the size (rt356,
        # rt3_057); the size stays the population
        (
            "Some 75 per cent of Gaza's population of 2.3 million people, more than half of whom "
            "are children, are displaced according to UNRWA's estimates.",
            "Some 75 per cent",
            "displaced",
        ),
        (
            "An estimated 70% of Yemen's 28 million population is believed to be in desperate "
            "need of humanitarian aid.",
            "An estimated 70%",
            "other",
        ),
        (
            "An estimated 70% of Yemen's 28 million population is believed to be in desperate "
            "need of humanitarian aid.",
            "28 million",
            "population",
        ),
        # near-miss: a share of a sized population with no such verb stays the population
        (
            "Some 75 per cent of Gaza's population of 2.3 million people live in the south.",
            "Some 75 per cent",
            "population",
        ),
        # lives put at risk are no deaths (rt4_293, rt7_316)
        (
            "Our fear is that people can lose their lives, and we're talking about hundreds of "
            "people.",
            "hundreds",
            "other",
        ),
        (
            "More than 300 people risked their lives in the protests.",
            "More than 300",
            "other",
        ),
        # near-miss: lives lost stay deaths
        (
            "At least 30 people lost their lives in the floods.",
            "At least 30",
            "killed",
        ),
        # a stay verb followed by a state, not a place, is no stock (rt13_010, rt4_142)
        (
            "The IRC warned that hundreds of thousands remain in grave danger.",
            "hundreds of thousands",
            "other",
        ),
        (
            "Among those who came to the transit camp, 894 people were residing without documents.",
            "894",
            "other",
        ),
        # near-miss: people who remain in a place are its population
        (
            "About 5,000 people remain in the town.",
            "About 5,000",
            "population",
        ),
    ],
)
def test_round19_measure2(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
