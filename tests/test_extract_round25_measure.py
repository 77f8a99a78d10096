"""Round-25 English measure rules (issue 11): general patterns and lexicons, each with the dev
passage's sentence and a near miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # people who slept in a place are counted where they stay (rt21_411, realtext21_dev)
        (
            "About 700 people slept on Wednesday in abandoned open-air containers in and around "
            "the old Lipa camp in northwestern Bosnia.",
            "About 700",
            "population",
        ),
        # sleeping rough in a town, the counted noun migrants (rt20_376, realtext20_dev)
        (
            "Until the camp opened last week, hundreds of migrants were sleeping rough in Bihac "
            "and other border towns in the northwestern region of Krajina, the Associated Press "
            "reports.",
            "hundreds",
            "population",
        ),
        # a second verb of shelter joined to the stay verb (rt22_210, realtext22_dev)
        (
            "The United Nations Relief and Works Agency for Palestine Refugees in the Near East "
            "(UNRWA) said that roughly 250,000 people are living and seeking shelter in the "
            "evacuation zone.",
            "roughly 250,000",
            "population",
        ),
        # sheltering in and near an agency's installations (rt13_054, realtext13_dev)
        (
            "The UN agency for Palestine refugees (UNRWA) has reported that nearly 1.8 million "
            "people are sheltering in and in the vicinity of its 156 Gaza installations.",
            "nearly 1.8 million",
            "population",
        ),
        # sheltered at UN compounds, "reportedly" between (rt22_188, realtext22_dev)
        (
            "Over 115,000 are reportedly being sheltered at various UN compounds countrywide.",
            "Over 115,000",
            "population",
        ),
        # what a place can hold is a capacity (rt20_117, realtext20_dev)
        (
            "Those arriving are being transferred to the Musenyi refugee site, which can "
            "accommodate 10,000 people.",
            "10,000",
            "other",
        ),
        # "could sleep" (rt21_409, realtext21_dev)
        (
            "Lipa was a temporary reception center, but when local authorities in September 2020 "
            "closed another camp, Bira in Bihac, which could sleep around 3,000 people, about 300 "
            "people from Bira were sent to Lipa.",
            "around 3,000",
            "other",
        ),
        # "capacity to accommodate" (rt19_065, realtext19_dev)
        (
            "IOM and humanitarian partners are establishing a transit site, located on the "
            "outskirts of the town, with capacity to accommodate up to 30,000 stranded returnees.",
            "up to 30,000",
            "other",
        ),
        # "a capacity of only" (rt19_398, realtext19_dev)
        (
            "He indicated that the reception center on the island currently houses approximately "
            "2,800 migrants, despite having an official capacity of only around 400.",
            "around 400",
            "other",
        ),
    ],
)
def test_round25_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # sleeping in the open is no stay in a place (near miss of rt11_015's wording)
        (
            "The fighting has forced nearly 31,000 displaced people to sleep in the open air.",
            "nearly 31,000",
            "displaced",
        ),
        (
            "Nearly 31,000 displaced people are sleeping in the open air after the fighting.",
            "Nearly 31,000",
            "displaced",
        ),
        # living and seeking shelter joined, but in hardship, not in a place
        (
            "Some 40,000 displaced people are living in fear after the attack.",
            "Some 40,000",
            "displaced",
        ),
        # sheltering in the open stays displaced
        (
            "Some 40,000 displaced civilians are sheltering in open fields near the town.",
            "Some 40,000",
            "displaced",
        ),
        # what a place holds now is its stock, not a capacity
        ("The camp currently houses 3,000 people.", "3,000", "population"),
        # "could" before a fate, not before a verb of holding
        (
            "Up to 500,000 people could be displaced by the fighting in the coming weeks.",
            "Up to 500,000",
            "displaced",
        ),
    ],
)
def test_round25_measure_near_misses(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
