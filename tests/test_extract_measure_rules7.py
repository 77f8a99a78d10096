"""Measure rules of the seventh English tuning round (issue 11): what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case, with its URL); the expected measure is that record's gold, which follows the
written guideline and the annotation decisions of tests/data/DEVSET.md named in each group.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- Aid recipients are other unless the passage calls them displaced, refugees or returnees
# (the round-7 decision: "assisted", "reached", "beneficiaries", "food distribution for").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt5_347: https://omnatigray.org/tag/idp
        (
            "In January, WFP assisted 1.7 million people, including drought and floodaffected people, internally displaced persons (IDPs), refugees, and malnourished children and pregnant and lactating women and girls (PLWG0.",
            None,
            "1.7 million",
            "other",
        ),
        # rt5_170: https://www.middleeasteye.net/news/protests-bloodshed-tishreen-dam-syria-war-last-faultline
        (
            "As well as a crossing point, Tishreen Dam is also a crucial piece of energy infrastructure, powering pumping stations for drinking water and providing electricity to 400,000 people.",
            None,
            "400,000",
            "other",
        ),
        # rt5_191: https://newsandvibes.com/sudan-survivors-reveal-grisly-journey-from-el-fasher-as-rsf-takes-control
        (
            "Aid workers from Médecins Sans Frontières (MSF) are providing emergency medical treatment to over 500 of the newly arrived survivors, many of whom are malnourished, dehydrated, or traumatized.",
            None,
            "over 500",
            "other",
        ),
        # called refugees or returnees: their status stays
        # rt4_048: https://www.aa.com.tr/en/asia-pacific/un-seeks-shelter-for-new-rohingya-arrivals-in-bangladesh/3550845
        (
            "The United Nations Refugee Agency (UNHCR) has requested that Bangladeshi authorities provide shelter for more than 113,000 newly arrived Rohingya refugees who have fled Myanmar's escalating armed conflict between the junta government and rebels since November 2023, officials said on Monday.",
            "2025-04-28",
            "more than 113,000",
            "refugees",
        ),
        # rt3_135: https://menafn.com/1109435647/243M-Afghans-Return-Home-In-Over-18-Months
        (
            "MENAFN - Pajhwok Afghan News) KABUL (Pajhwok): The International Organisation for Migration (IOM) says it has assisted more than one million Afghan refugees returning from Pakistan and Iran since the rise in Afghan return movements began in September 2023.",
            "2025-04-16",
            "more than one million",
            "refugees",
        ),
    ],
)
def test_aid_recipients(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure
