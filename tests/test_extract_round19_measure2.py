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
    ],
)
def test_round19_measure2(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
