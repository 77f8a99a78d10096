"""Measure rules of the ninth English tuning round: what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case) or a constructed sentence of the same kind; the expected measure is that
record's gold, which follows the written guideline of tests/data/DEVSET.md and its round
decisions. Each group holds at least one counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- Places or things attacked, the attack told before the figure, are attacks (the guideline's
# "targets struck", "targeted ambulances"): "the targeting of 7 hospitals", "an attack on two
# villages", "stormed at least three student hostels"; the people killed in the attack keep
# their own fate.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt3_127
        (
            "The occupation expanded its war on the hospitals of the Gaza Strip, where the past hours witnessed the targeting of 7 hospitals in Gaza and the north, (including Al-Shifa Complex), killing 13 martyrs and 140 wounded.",
            "2023-11-07",
            "7",
            "attacks",
        ),
        # rt8_045
        (
            "A source of Tel Tamr Military Council told North Press that the Turkish shelling targeted the two inhabited villages of al-Gozaliya and Tel al-Laban, leading to a large wave of displacement.",
            None,
            "two",
            "attacks",
        ),
        # rt8_054
        (
            "The militant group also claimed responsibility for a Thursday attack on two villages in southwest Erbil near the disputed territory of Makhmour that left 10 Peshmerga fighters and three civilians dead.",
            "2021-12-07",
            "two",
            "attacks",
        ),
        # counter-case: the people of the same sentence keep their fate
        (
            "The militant group also claimed responsibility for a Thursday attack on two villages in southwest Erbil near the disputed territory of Makhmour that left 10 Peshmerga fighters and three civilians dead.",
            "2021-12-07",
            "10",
            "killed",
        ),
        # rt5_339 (hostels are things counted)
        (
            "The armed men stormed at least three student hostels and abducted students inside.",
            "2023-09-22",
            "at least three",
            "attacks",
        ),
        # counter-case (constructed): the people an attack kills keep their fate
        (
            "An attack on the village killed 12 farmers in their fields.",
            None,
            "12",
            "killed",
        ),
    ],
)
def test_places_attacked(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Territory occupied or controlled is captured (the guideline's "control of more than 70% of
# the area"): "the occupation of the two cities", "29 villages ... are now occupied by the Turkish
# forces", "control or influence 80 to 90 percent of Port-au-Prince" (a share of a named place).


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt8_049
        (
            "Following the Turkish “Peace Spring” military operation in October 2019, which resulted in the occupation of the two cities of Tel Abyad, north of Raqqa, and Sere Kaniye (Ras al-Ain), north of Hasakah, Turkey signed ceasefire agreements with Russia and the US.",
            None,
            "two",
            "captured",
        ),
        # rt8_048
        (
            "In addition, “29 villages affiliated with the town are now occupied by the Turkish forces,” said Jwan Ayoub, co-chair of the Tel Tamr Local Council.",
            None,
            "29",
            "captured",
        ),
        # rt6_350
        (
            "For the past three years, Haiti has been plagued by armed gangs that control or influence 80 to 90 percent of Port-au-Prince and are spreading to rural areas and other urban centers.",
            None,
            "80 to 90 percent",
            "captured",
        ),
        # counter-case (constructed): villages only counted stay other
        (
            "The floods reached 29 villages affiliated with the town.",
            None,
            "29",
            "other",
        ),
    ],
)
def test_territory_occupied(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Things counted are neither people nor events, and no stock of a place: "More than 900
# shanties", "the remaining two bunkers", "removed over 24,000 munitions", "people ... from 62
# nations are currently living in the camp".


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt5_401
        (
            "- More than 900 shanties – home to about 7,400 refugees – have been gutted, preliminary assessment shows",
            None,
            "More than 900",
            "other",
        ),
        # rt8_029
        (
            "At least 200 resistance troops had destroyed three of the outpost’s five bunkers when the helicopters relieved the remaining two bunkers, the resistance forces said.",
            "2022-10-03",
            "two",
            "other",
        ),
        # rt5_130
        (
            "Since the start of our work, our teams have successfully removed over 24,000 munitions, including approximately 22,000 cluster bombs.",
            None,
            "over 24,000",
            "other",
        ),
        # and its sub-count shares it
        (
            "Since the start of our work, our teams have successfully removed over 24,000 munitions, including approximately 22,000 cluster bombs.",
            None,
            "approximately 22,000",
            "other",
        ),
        # counter-case (constructed): bombs dropped stay attacks
        (
            "Warplanes dropped over 200 bombs on the town.",
            None,
            "over 200",
            "attacks",
        ),
        # rt3_179
        (
            "More than 70,000 people, 20,000 of them women and 50,000 of them children, from 62 nations are currently living in the camp.",
            None,
            "62",
            "other",
        ),
        # counter-case: the people of the same sentence are the camp's population
        (
            "More than 70,000 people, 20,000 of them women and 50,000 of them children, from 62 nations are currently living in the camp.",
            None,
            "More than 70,000",
            "population",
        ),
    ],
)
def test_things_counted(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure
