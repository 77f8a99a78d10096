"""Measure rules of the twelfth English tuning round: what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case) or a constructed sentence of the same kind; the expected measure is that
record's gold, which follows the written guideline of tests/data/DEVSET.md and its round
decisions. Each group holds at least one counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- Returns counted after an adjective or as "of these returnees", and returns given aid, stay
# returns (the guideline's "a count of returns is refugees"; aid to returnees is no plain aid
# count): resolve_return then asks whether a border was crossed.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt4_068
        (
            "To support about 25,000 safe and dignified returns to the CAR, mainly from Cameroon and the Democratic Republic of Congo, UNHCR will encourage and support the conclusion of tripartite agreements with countries of asylum.",
            "about 25,000",
            "refugees",
        ),
        # rt4_149
        (
            "According to the agency, IOM and its partners have provided assistance to 2,614 of these returnees.",
            "2,614",
            "refugees",
        ),
        # rt3_147 (a footnote mark glued to "returns")
        (
            "In 2024, UNHCR assisted 54,720 Afghan returns1, (98.9% from Pakistan).",
            "54,720",
            "refugees",
        ),
        # counter-case (constructed): aid to people not called returns stays an aid count
        (
            "In 2024, UNHCR assisted 54,720 people in Kabul, many of them women.",
            "54,720",
            "other",
        ),
    ],
)
def test_returns_after_adjective_or_aid(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure


# -- People hosted and named by a nationality or as migrants are foreigners where they stay
# (the round-2 "hosts" rule: the hosted people's status, refugees abroad -> refugees), even when
# the host town's country is not named; a place "home to" them still gives its population.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt3_240
        (
            "The displaced people arrived in desperate conditions, particularly in the border town of Adre, which hosts over 150,000 Sudanese at spontaneous settlement, Ghrandi said.",
            "over 150,000",
            "refugees",
        ),
        # rt5_157
        (
            "While two other southeastern provinces, Hatay and Gaziantep, host some 300,000 migrants, the surprising runner-up is Istanbul.",
            "some 300,000",
            "refugees",
        ),
        # counter-case, rt5_157: "home to" gives the population, whoever they are
        (
            "The city hosting the largest number of Syrians is the southeastern province of Şanlıurfa, which is currently home to a total of 401,068 Syrians.",
            "401,068",
            "population",
        ),
        # counter-case (constructed): people hosted and not named by a nationality
        (
            "The border town of Adre hosts over 150,000 people at spontaneous settlement.",
            "over 150,000",
            "population",
        ),
    ],
)
def test_hosted_nationals_are_refugees(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure


# -- "assassinated" is a killing verb (the guideline's killed).


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt11_028
        ("In 2021, 93 residents were assassinated in al-Hol, it added.", "93", "killed"),
        # counter-case (constructed): residents living somewhere stay the population
        ("In 2021, 93 residents were living in al-Hol, it added.", "93", "population"),
    ],
)
def test_assassinated_is_killed(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure


# -- A part of a country left ("from southern Lebanon") is no border crossed: only where the
# flight went tells; leaving the country itself, or going abroad from a part of it, still is.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt10_035
        (
            "More than 110,000 people have been displaced from southern Lebanon due to the cross-border fighting, according to the UN.",
            "More than 110,000",
            "displaced",
        ),
        # rt8_017
        (
            "At least 27,000 people have been displaced from southern Lebanon and the Bekaa region due to Israeli military attacks, Lebanon's Environment Minister Nasser Yassin said Tuesday.",
            "At least 27,000",
            "displaced",
        ),
        # counter-case (constructed): the flight from a part of the country went abroad
        (
            "More than 110,000 people have fled from southern Syria to Jordan, according to the UN.",
            "More than 110,000",
            "refugees",
        ),
    ],
)
def test_part_of_country_left_is_no_border(text: str, phrase: str, measure: str) -> None:
    assert _one(text, phrase)["measure"] == measure
