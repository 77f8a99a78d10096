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


# -- an outlet the registry does not know, opening its sentence with "reported", by its kind in
# apposition or its name's outlet word ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt19_328 (realtext19_dev)
        (
            "Yemen Talk, a local news site, reported that two little girls named Mawaheb Ali"
            " Hassan and Farah Ahmed Ali were killed in Al-Quhaifa sub-district of Maqbana"
            " district.",
            "two",
            "Yemen Talk",
        ),
        # rt19_340 (realtext19_dev)
        (
            "As Ukrainian News Agency reported, on April 18, 3 people were killed and 15 were"
            " injured as a result of shelling by the Russian military.",
            "15",
            "Ukrainian News Agency",
        ),
        # rt14_380 (realtext14_dev)
        (
            "Daily Trust reported that about 50 others, including women, were also abducted.",
            "about 50",
            "Daily Trust",
        ),
    ],
)
def test_unknown_outlet_opens_with_reported(text: str, phrase: str, source: str) -> None:
    assert source_of(text, phrase) == source


def test_person_opening_with_reported_is_no_outlet() -> None:
    # rt4_131 (realtext4_dev): a person named by name only, no outlet word -> null
    text = (
        "Zaw Min Tun reported that 3,400 people have been injured, and over 300 are still missing."
    )
    assert source_of(text, "3,400") is None
