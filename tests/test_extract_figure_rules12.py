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
