"""Measure rules of the eleventh English tuning round: what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case) or a constructed sentence of the same kind; the expected measure is that
record's gold, which follows the written guideline of tests/data/DEVSET.md and its round
decisions. Each group holds at least one counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- A passage that says only "returned" / "returnees", naming no country, no displaced people
# and no place returned from, gives refugees (rounds 4 and 5: "a passage that says only
# 'returned' / 'returns' / 'returnees' gives refugees"); returned IDPs stay displaced.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt10_009
        (
            "According to data shared by Grandi on the social media platform X, approximately 195,200 Syrians have returned as of January 16, 2025.",
            "2025-01-17",
            "approximately 195,200",
            "refugees",
        ),
        # rt9_023
        (
            "Of those, 41,437 returned with their families, while 11,185 returned alone, he said.",
            None,
            "41,437",
            "refugees",
        ),
        # rt7_006
        (
            "Further, Abbas revealed that more than 9,000 of these returnees have undergone psychological and social rehabilitation programs.",
            None,
            "more than 9,000",
            "refugees",
        ),
        # counter-case, rt5_118: a return from a place that is no country is inside the country
        (
            "In recent years, over 800 families have returned from Sinjar to Duhok due to the complete lack of life-sustaining conditions in their original areas.",
            None,
            "over 800",
            "displaced",
        ),
        # counter-case, rt9_037: the returned are called displaced
        (
            "The Iraqi Ministry of Migration and Displacement on Friday launched a program to return thousands of displaced families living in displacement camps in Ninawa to their original areas in other provinces.",
            None,
            "thousands",
            "displaced",
        ),
        # counter-case, rt4_289: the sentence before counts the displaced who could go back
        (
            "Despite the return of many, Khartoum still houses about 3.77 million displaced people, making current returns only a fraction of those uprooted. An estimated 2.7 million more individuals could go back if conditions improve.",
            None,
            "An estimated 2.7 million",
            "displaced",
        ),
    ],
)
def test_returns_without_country(
    text: str, published: str | None, phrase: str, measure: str
) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Lives claimed, taken or cost are the dead (the guideline's killed: "lives" is a killed word),
# and "shooting dead" is a killing verb as "shot dead": "floods have claimed 344 lives and
# injured 148 people", "shooting dead 16 residents".


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt10_066
        (
            "In the past 48 hours, heavy rains and flash floods have claimed 344 lives and injured 148 people across Pakistan, according to the National Disaster Management Authority (NDMA).",
            None,
            "344",
            "killed",
        ),
        # constructed, of the same kind
        ("The fighting has taken 12 lives in the town since Monday.", None, "12", "killed"),
        # rt9_307
        (
            "Dozens of bandits on motorcycles invaded Ganar-Kiyawa village in Bukkuyum district, shooting dead 16 residents, according to Mohammed Shehu, the Zamfara state police spokesman.",
            None,
            "16",
            "killed",
        ),
        # counter-case, rt10_066: the injured of the same sentence keep their fate
        (
            "In the past 48 hours, heavy rains and flash floods have claimed 344 lives and injured 148 people across Pakistan, according to the National Disaster Management Authority (NDMA).",
            None,
            "148",
            "injured",
        ),
    ],
)
def test_lives_claimed(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- "drowned or went missing" counts the dead and the missing together (round 4's "dead or
# missing together -> other"), as "died or went missing".


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt10_038
        (
            "The United Nations' refugee agency UNHCR has said that around 1,300 migrants drowned or went missing in the central Mediterranean in 2021, making it the world's deadliest migration route.",
            None,
            "around 1,300",
            "other",
        ),
        # counter-case (constructed): the drowned alone are killed
        ("At least 40 migrants drowned off the coast on Sunday.", None, "At least 40", "killed"),
    ],
)
def test_drowned_or_missing(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- The objects of a killing verb listed with a comma share its fate, as with "and" ("killing
# four civilians and four soldiers"): "killed at least three officers, two civilians and left
# many others wounded"; a figure with a verb of its own keeps it.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt9_327
        (
            "Somali police said a suicide car bomb killed at least three officers, two civilians and left many others wounded on Monday in the capital Mogadishu's traffic headquarters.",
            None,
            "two",
            "killed",
        ),
        # counter-case (constructed): its own verb decides
        (
            "The blast killed 5 soldiers, 12 were wounded.",
            None,
            "12",
            "injured",
        ),
    ],
)
def test_fate_comma_list(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- A death toll that "climbed from N to M" has both values of the dead (the death-toll head
# rule, "The death toll ... rose to 7,028").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt10_030
        (
            "Lebanon's Acting Health Minister Firas Abiad said the death toll from Israeli air strikes on southern Lebanon climbed from 558 to 569, with more than 1,800 others wounded.",
            None,
            "558",
            "killed",
        ),
        # counter-case, rt10_030: the wounded after the toll keep their fate
        (
            "Lebanon's Acting Health Minister Firas Abiad said the death toll from Israeli air strikes on southern Lebanon climbed from 558 to 569, with more than 1,800 others wounded.",
            None,
            "more than 1,800",
            "injured",
        ),
    ],
)
def test_toll_from_to(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- The parts of a toll listed after "include"/"comprise" share its fate, as after a colon
# ("62 fatalities: ..., 46 military personnel and three regime soldiers").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt10_068
        (
            "The fatalities in KP include 167 women and 108 children, while the injured comprise 121 men, 92 women and 32 children.",
            None,
            "108",
            "killed",
        ),
        # counter-case, rt10_068: the parts of the injured keep theirs
        (
            "The fatalities in KP include 167 women and 108 children, while the injured comprise 121 men, 92 women and 32 children.",
            None,
            "32",
            "injured",
        ),
    ],
)
def test_toll_include_list(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure
