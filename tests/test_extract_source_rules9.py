"""Source rules of the ninth English tuning round (helper src9en).

Each case is a passage, the phrase of one of its figures and the source that figure should get.
Cases with a dev record id (``tests/data/realtext*_dev.jsonl``) and URL expect that record's gold;
cases "written here" test where a rule stops, by the guideline and the round decisions in
DEVSET.md (local authorities by their place, D1 continuations, D2 "X told OUTLET").
"""

from __future__ import annotations

import pytest

from tests.test_extract_source_rules6 import _sources

# -- local heads: "governor of the southern Kherson region", "the Kharkiv Regional State
# Administration", and the head's surname carried later in the passage ----------------------

KHERSON = (
    '"Three people have been killed and five injured as a result of Russian aggression today,"'
    " Oleksandr Prokudin, governor of the southern Kherson region, wrote on social media.\n"
    "The three victims were a 72-year-old woman, a 50-year-old woman, and a 41-year-old man,"
    " Prokudin said."
)

LOCAL_HEADS = [
    # rt8_032: https://24newshd.tv/14-Jul-2024/5-killed-by-russian-fire-in-ukraine-s-kharkiv-kherson-regions-governors
    (KHERSON, "five", "Kherson regional administration"),
    # the same passage: the governor's surname carried ("Prokudin said")
    (KHERSON, "three", "Kherson regional administration"),
    # rt8_032: "governor of Kharkiv region" in apposition
    (
        "Oleg Synegubov, governor of Kharkiv region, said Russian strikes on a facility in the"
        " village of Budy had killed three people and injured 22.",
        "22",
        "Kharkiv regional administration",
    ),
    # rt8_031: https://newsukraine.rbc.ua/news/russians-shell-kharkiv-region-three-people-1687954934.html
    (
        "Russian occupiers shelled a village in Kharkiv region, resulting in one injured and three"
        " killed people, according to the head of the Kharkiv Regional State Administration, Oleh"
        " Syniehubov.",
        "three",
        "Kharkiv regional administration",
    ),
    # a state's governor stays the state government (written here, the realtext2 decision)
    (
        "Borno State Governor Babagana Zulum said 20 people were killed.",
        "20",
        "Borno state government",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "source"), LOCAL_HEADS)
def test_local_heads(text: str, phrase: str, source: str | None) -> None:
    assert _sources(text, phrase)[-1] == source


# -- the passage's own acronym over the registry's name -----------------------------------------

ANDMA = (
    "Speaking at a presser in Kabul, a spokesman for the country’s National Disaster Management"
    " Authority (ANDMA) said that 13 villages were completely destroyed in Saturday’s quakes, with"
    " thousands of people affected. More than 1,200 people were injured in the quakes, the"
    " spokesman said."
)

ACRONYMS = [
    # rt8_064: https://gna.org.gh/2023/10/more-than-2000-people-died-in-afghanistan-earthquakes-officials-say
    (ANDMA, "13", "ANDMA"),
    (ANDMA, "More than 1,200", "ANDMA"),
    # the registry's own acronym is kept (written here)
    (
        "The National Disaster Management Authority (NDMA) said 37 people died in the floods.",
        "37",
        "NDMA",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "source"), ACRONYMS)
def test_passage_acronym(text: str, phrase: str, source: str | None) -> None:
    assert _sources(text, phrase) == [source]
