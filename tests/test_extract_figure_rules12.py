"""Measure and sub-count rules of the twelfth English tuning round (second pass): figures.py.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case) or a constructed sentence of the same kind; the expected field is that
record's gold, which follows the written guideline of tests/data/DEVSET.md and its round
decisions. Each group holds at least one counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- A place after the counted noun ("in Mali") is stepped over before a plain past verb too,
# and figures joined by "and" share the verb after the last even when each names its place.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt11_019
        (
            "March 25, 2020 – Two soldiers in Mali and three civilians in Burkina Faso died in "
            "suspected jihadist attacks in the Sahel on Tuesday, a day after Islamist rebels "
            "killed scores of troops in Chad, security sources said.",
            "Two",
            "killed",
        ),
        # constructed, same kind
        ("Four soldiers in Mali died on Tuesday, the army said.", "Four", "killed"),
        ("Four soldiers died on Tuesday, the army said.", "Four", "killed"),
        # counter-case: a place alone tells nothing of the troops
        ("Four soldiers in Mali took part in the patrol, the army said.", "Four", "other"),
    ],
)
def test_place_before_plain_verb(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure


# -- A share "of the refugees" counts its own noun, not the total it refers back to.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt3_152
        (
            "The number of daily arrivals is lower than at the start of the crisis when fighting "
            "in Tigray was particularly intense and thousands were fleeing every day. "
            "Nevertheless, the UNHCR sees no let up to the violence, abuse and dangers confronting "
            "area civilians. The agency says more than 30% of the refugees are younger than 18 "
            "and 5% are older than 60.",
            "more than 30%",
            "refugees",
        ),
        # counter-case: "of them" takes the total's measure
        (
            "Thousands were fleeing every day. The agency says more than 30% of them are "
            "younger than 18.",
            "more than 30%",
            "displaced",
        ),
    ],
)
def test_share_of_the_named_noun(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure


# -- In a passage that calls its people refugees, a flight or arrival near a figure is across
# the border (told once, or only in that word); an office's name, a camp or Palestine refugees
# do not make the passage one about refugees, and a word of inside-the-country keeps displaced.

_CHAD = (
    "A UNHCR assessment indicates that 76% of new arrivals have experienced serious protection "
    "incidents. Chad, already hosting 1.3 million refugees, including 794,000 Sudanese since the "
    "conflict began in April 2023, struggles to cope with the increasing numbers."
)
_TAWILA = (
    "A total of 3,240 families have fled El-Fasher, the capital of North Darfur, to the nearby "
    "town of Tawila in western Sudan amid attacks by the paramilitary Rapid Support Forces (RSF), "
    "a local coordination body said Saturday.\n\nThe displaced families, totaling about 16,200 "
    'people, are "in urgent need of food, medicine, clean water, sanitation, shelter materials, '
    'and psychological support," the General Coordination for Displaced Persons and Refugees '
    "said in a statement."
)


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt3_152: the flight before, the refugees named two sentences later
        (
            "The number of daily arrivals is lower than at the start of the crisis when fighting "
            "in Tigray was particularly intense and thousands were fleeing every day. The agency "
            "says more than 30% of the refugees are younger than 18.",
            "thousands",
            "refugees",
        ),
        # rt4_192
        (_CHAD, "76%", "refugees"),
        # rt11_018
        (
            "Dhaka estimates that nearly 400,000 Rohingya refugees are living in squalid refugee "
            "camps and makeshift settlements in Cox's Bazar.\n\nThey included more than 70,000 who "
            "arrived in the months that followed the crisis in October.",
            "more than 70,000",
            "refugees",
        ),
        # counter-case rt5_195: "Refugees" only in an office's name
        (_TAWILA, "3,240", "displaced"),
        # counter-case, the seed article's kind: a told destination decides by itself
        (
            "Thousands of people were forced to flee to safety further north as fighting broke "
            "out in Maarat al-Numan. Another 2,000 refugees are in Turkey.",
            "Thousands",
            "displaced",
        ),
        # counter-case, constructed: displaced inside the country
        (
            "Some 5,000 people fled to camps inside the country. Another 2,000 refugees are "
            "in Chad.",
            "Some 5,000",
            "displaced",
        ),
    ],
)
def test_flight_in_a_refugee_passage(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure
