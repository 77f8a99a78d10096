"""Measure rules of the sixth English tuning round (issue 11): what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case, with its URL); the expected measure is that record's gold, which follows the
written guideline and the annotation decisions of tests/data/DEVSET.md named in each group.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- Counts mixing returns and deportations are other (the round-4 decision; "spontaneously
# returned or were deported").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt5_375: https://reliefweb.int/report/afghanistan/return-undocumented-afghans-weekly-situation-report-24-30-june-2018
        (
            "A total of 13,993 undocumented Afghans spontaneously returned or were deported from Iran through the Milak (Nimroz) and Herat (Islam Qala) border crossings between 24—30 June 2018, 58% more than in the previous week.",
            "2018-07-02",
            "13,993",
            "other",
        ),
        # rt5_376: http://www.globaldtm.info/iom-return-of-undocumented-afghans-weekly-situation-report-10-16-december-2017/
        (
            "Between 10 – 16 December 2017, 481 Undocumented Afghans either spontaneously returned (446) or were deported (35) from Pakistan, a 5% increase compared to the previous week, while 13,412 spontaneously returned or were deported from Iran, a 32% increase from the previous week.",
            None,
            "13,412",
            "other",
        ),
    ],
)
def test_returns_and_deportations(
    text: str, published: str | None, phrase: str, measure: str
) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- People who flee or leave a country crossed a border: refugees (the guideline's "people
# crossing into another country"; border crossing -> refugees, no border -> displaced).


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt5_413: http://onnik-krikorian.com/category/idps/
        (
            "Some 200,000 ethnic Azeris also left Armenia with as many as 600,000 fleeing from the regions surrounding the disputed territory by the time a ceasefire agreement was signed in 1994.",
            None,
            "Some 200,000",
            "refugees",
        ),
        # rt5_094: https://arabnews.com/node/2536081/{{
        (
            "CAIRO: Hundreds of people fleeing war-torn Sudan arrive in neighboring Egypt every day, a UN official said Sunday, adding to more than 1.2 million who have found refuge there, according to official figures.",
            None,
            "Hundreds",
            "refugees",
        ),
        # rt3_204: https://www.thenews.com.pk/print/261038-syrian-refugees-in-lebanon-drop-below-one-million-un
        (
            "From 2011 until September this year, nearly 49,000 Syrians left Lebanon as part of the United Nations’ resettlement programme to third countries including the United States, Sweden, and France.",
            None,
            "nearly 49,000",
            "refugees",
        ),
        # the same passage: a flight from a region, no country left, stays displaced
        # rt5_413: http://onnik-krikorian.com/category/idps/
        (
            "Some 200,000 ethnic Azeris also left Armenia with as many as 600,000 fleeing from the regions surrounding the disputed territory by the time a ceasefire agreement was signed in 1994.",
            None,
            "as many as 600,000",
            "displaced",
        ),
    ],
)
def test_country_left(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure
