"""Round-21 English source rules (issue 11, tun21src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- a region's governor or governorate, the region named by its name or its compass point
# ("the governorate of the northern region" -> "North regional administration") -------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt19_047 (realtext19_dev)
        (
            "The governorate of the northern region said that 33 people wounded in the first"
            " attack were in stable condition.",
            "33",
            "North regional administration",
        ),
        # rt19_039 (realtext19_dev)
        (
            "The governor of the country's Cascades region, Colonel Jean Charles dit Yenapono"
            " Some, issued a statement on Monday announcing that 15 civilians' bodies had been"
            " discovered following an attack on Sunday.",
            "15",
            "Cascades regional administration",
        ),
        # rt18_018 (realtext18_dev): a country's compound compass point
        (
            "Gunmen killed 10 people at a busy junction in the city of Bamenda in Cameroon's"
            " troubled northwest, the regional governor said on Monday.",
            "10",
            "North West regional administration",
        ),
        # written here: a bare compass part of a country is no region of it
        (
            "Russian shelling killed 10 people in Ukraine's east, the regional governor said.",
            "10",
            None,
        ),
        # written here: "the northern region" not after a governor's office
        (
            "Fighting in the northern region killed 33 people, residents said.",
            "33",
            None,
        ),
    ],
)
def test_region_by_compass_or_name(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- an outlet told by unnamed tellers: plural sources with no article, residents, witnesses;
# "informed" and "confirmed to"; a time after the outlet --------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt18_064 (realtext18_dev)
        (
            "Armed men decapitated two people collecting water from a well in the village of"
            " Lumumua, several local sources told VOA this Sunday.",
            "two",
            "VOA",
        ),
        # rt19_019 (realtext19_dev)
        (
            "The mortar landed on a house, killing a mother and injuring her four kids, local"
            " residents told Midnimo.",
            "four",
            "Midnimo",
        ),
        # rt17_025 (realtext17_dev)
        (
            "More than 500,000 migrants have crossed the Darien jungle so far in 2023, official"
            " sources informed EFE this Wednesday.",
            "More than 500,000",
            "EFE",
        ),
        # written here: "informed" with people, not an outlet, as its object
        (
            "The army informed 20 families that they must leave, residents said.",
            "20",
            None,
        ),
        # written here: residents who told a place, not an outlet
        (
            "Fighting killed 12 people, residents told reporters in Kabul.",
            "12",
            None,
        ),
    ],
)
def test_outlet_told_by_unnamed(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- Turkey's provinces are governorates, as Iraq's and Syria's ("the governor" of a province
# named in a passage about Turkey -> "<province> governorate") -------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt13_028 (realtext13_dev)
        (
            "SANLIURFA, Turkey: Up to 6,000 Syrians are returning to their homes every month"
            " from Sanliurfa province, the governor said Wednesday.",
            "Up to 6,000",
            "Sanliurfa governorate",
        ),
        # rt19_409 (realtext19_dev)
        (
            "The Istanbul Governor's office said in a written statement that security forces"
            " captured 4,500 Syrian refugees and transferred them to centres in several"
            " provinces across Turkey.",
            "4,500",
            "Istanbul governorate",
        ),
        # written here: a province of a country of regions keeps its regional administration
        (
            "KYIV, Ukraine: Up to 6,000 people fled every month from Kharkiv province, the"
            " governor said Wednesday.",
            "Up to 6,000",
            "Kharkiv regional administration",
        ),
    ],
)
def test_turkish_governorate(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
