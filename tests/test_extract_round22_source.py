"""Round-22 English source rules (issue 11, tun22src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- one official of a country ("an Ethiopian official said") speaks for its government, as the
# registry's "<adjective> officials" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt19_010 (realtext19_dev)
        (
            "ADDIS ABABA, April 1 — An armed attack in Ethiopia’s central Oromia regional state"
            " has left at least 28 civilians dead, an Ethiopian official said Wednesday.",
            "at least 28",
            "Ethiopian government",
        ),
        # rt2_168 (realtext2_dev)
        (
            "An Afghan official says at least 60 Afghans were killed and 143 wounded.",
            "143",
            "Afghan government",
        ),
        # rt19_378 (realtext19_dev): no article, a security official
        (
            "Iraqi security official announced on Sunday that 192 Iraqi families, comprising 776"
            " people, were heading back to their country after leaving al-Hol camp.",
            "776",
            "Iraqi government",
        ),
    ],
)
def test_country_official_is_its_government(text: str, phrase: str, source: str) -> None:
    assert source_of(text, phrase) == source


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # written here: a country's adjective before "official" and a noun is no speaker
        ("The Syrian official news agency reported on Monday that 12 people died.", "12"),
        # written here: a people's adjective, not a country's (as rt9_022's "a Kurdish official")
        ("At least 30 people were killed, a Kurdish official said.", "At least 30"),
    ],
)
def test_country_official_near_miss(text: str, phrase: str) -> None:
    assert source_of(text, phrase) is None
