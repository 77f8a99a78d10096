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


_PLACE_CASES = [
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
]


# -- A share "of the refugees" counts its own noun, not the total it refers back to.


_SHARE_CASES = [
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
]


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


_FLIGHT_CASES = [
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
        "Some 5,000 people fled to camps inside the country. Another 2,000 refugees are in Chad.",
        "Some 5,000",
        "displaced",
    ),
]


# -- Deportations (the round-4 rule, round 10's rt10_064): a share "forcibly sent back" and a
# count told as the size of the "forced returns" named just before are other; a share
# "forcibly returned" of returnees keeps their measure (the guideline's "56% of these Afghans").

_DEPORTED_CASES = [
    # rt10_064
    (
        "Since January, \u201c691,049 people have returned, 70 percent of whom were forcibly sent "
        "back\u201d, he added.",
        "70 percent",
        "other",
    ),
    # rt3_138
    (
        "Between 1 and 13 April 2025, IOM recorded a sharp rise in forced returns, with nearly "
        "60,000 individuals crossing back into Afghanistan through the Torkham and Spin Boldak "
        "border points.",
        "nearly 60,000",
        "other",
    ),
    # counter-case rt3_132
    (
        "Some 5,000 Afghans returned from Iran last week. Based on this report, 56% of these "
        "Afghans were forcibly returned from Iran, and 46% returned voluntarily.",
        "56%",
        "refugees",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "measure"), _PLACE_CASES + _SHARE_CASES + _FLIGHT_CASES + _DEPORTED_CASES
)
def test_measure(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure


# -- The counts in parentheses after the places a move goes to take the move's measure; people
# counted there are parts of the moved total, a bare count after a site is not linked.

_OUADDAI = (
    "In Ouaddaï province, 63,000 refugees will be relocated from the Adré spontaneous site "
    "(where 173,000 people are living) to the Dougui site (35,000), as well as extensions to the "
    "Kouchaguine-Moura (18,000), Metché (5,000) and Aboutengué (5,000) sites."
)
_UM_RAQUBA = (
    "41,181 refugees relocated from Hamdayet and Abdrafi and Village 8 to Um Raquba (20,572 "
    "people) and Tunaydbah (20,609 people) refugee camps"
)


_MOVE_CASES = [
    # rt4_194
    (_OUADDAI, "35,000", "other", None),
    (_OUADDAI, "18,000", "other", None),
    # counter-case: the people living at the site the move leaves stay population
    (_OUADDAI, "173,000", "population", None),
    # rt2_163
    (_UM_RAQUBA, "20,572", "other", 1),
    (_UM_RAQUBA, "20,609", "other", 1),
]


# -- "with a peak of N" / "peaking at N" is the largest part of the total before it: a sub-count
# with the total's measure.


_PEAK_CASES = [
    # rt4_160
    (
        "Iran has returned 1.8 million Afghans in 2025, with a peak of 373,000 in July after "
        "headcount documents expired on March 21, 2025.",
        "373,000",
        "other",
        1,
    ),
    # constructed, same kind
    (
        "Some 90,000 people fled to Chad in 2024, peaking at 30,000 in June.",
        "30,000",
        "refugees",
        1,
    ),
    # counter-case: "at the peak of" an event is no part of a figure
    (
        "At the peak of the unrest in early 2014, more than 930 people were killed.",
        "more than 930",
        "killed",
        None,
    ),
]


# -- An amount in another currency is the same amount converted, never a part of it; parts in
# the same currency stay parts.


@pytest.mark.parametrize(
    ("text", "phrase", "parent"),
    [
        # rt2_195
        (
            "The Conference on Syria in Brussels succeeded in mobilizing pledges close to $ 7 "
            "billion (6.19 billion euros) to help refugees.",
            "6.19 billion",
            None,
        ),
        # rt3_387
        (
            "International donors pledged more than \u20ac2 billion ($2.1 billion) at a Paris "
            "conference to support Sudan.",
            "$2.1 billion",
            None,
        ),
        # counter-case, constructed: a part in the same currency
        (
            "Donors pledged $12 billion, including $6 billion for 2016, the UN said.",
            "$6 billion",
            1,
        ),
    ],
)
def test_currency_conversion_is_no_part(text: str, phrase: str, parent: int | None) -> None:
    got = _one(text, phrase)["parent_figure_id"]
    assert (None if got != got else int(got)) == parent


# -- A total broken down by days or years into bare dated counts that sum to it: each is a part.

_DATED_CASES = [
    # rt3_021
    (
        "4,854 people have fled to Uganda over the past three days, 1,293 on Friday, 2,059 on "
        "Saturday and 1,502 on Sunday.",
        "2,059",
        "refugees",
        1,
    ),
    # rt2_278
    (
        "While exact figures are not available, about 16,319 individuals are estimated to have "
        "returned from Lebanon to Syria in 2017-2018: 11,050 in 2017 and 5,269 in 2018.",
        "5,269",
        "refugees",
        1,
    ),
    # counter-case, constructed: counts that do not sum to the figure before are no parts
    (
        "4,854 people have fled to Uganda this month, 1,293 on Friday and 2,059 on Saturday.",
        "2,059",
        "refugees",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "measure", "parent"), _MOVE_CASES + _PEAK_CASES + _DATED_CASES
)
def test_measure_and_parent(text: str, phrase: str, measure: str, parent: int | None) -> None:
    row = _one(text, phrase)
    assert row["measure"] == measure
    got = row["parent_figure_id"]
    assert (None if got != got else int(got)) == parent
