"""Source rules of the eighteenth English tuning round (issue 11, helper tun18src).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected sources are the dev gold of those records. Passages "written here" check a rule's
limit (the near miss the rule must leave alone) and expect what the guideline and the decisions
in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- the lexicon: a country's coast guard, in either spelling ----------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt17_051 (realtext17_dev)
        (
            "ATHENS (Reuters) – Greece rescued 42 migrants off the island of Crete and was looking"
            " for three believed to be missing after their boat sent a distress signal while at"
            " sea, the Greek coastguard said on Thursday.",
            "42",
            "Greek Coast Guard",
        ),
        # rt14_094 (realtext14_dev)
        (
            "The Italian Coast Guard reported on Thursday the rescue of 423 and 671 migrants in"
            " two separate operations in Italian search and rescue waters.",
            "423",
            "Italian Coast Guard",
        ),
        # written here: a coast guard that acts but does not report leaves the reporter alone
        (
            "The Libyan coastguard intercepted 42 migrants off Zuwara, the IOM said.",
            "42",
            "IOM",
        ),
    ],
)
def test_coast_guard(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- the reporting chain: an office named by title, then its holder by name alone ---------------

DONETSK = (
    "Nine civilians were killed by Russian attacks on Monday in eastern Ukraine’s Donetsk region,"
    " the region’s governor said.\n"
)


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt15_002 (realtext15_dev)
        (
            DONETSK + "Pavlo Kyrylenko, in a post on the Telegram messaging app, said nine"
            " residents were killed and six injured.",
            "six",
            "Donetsk regional administration",
        ),
        # rt13_028 (realtext13_dev; its gold names the governorate: round 21 counts Turkey's
        # provinces as governorates)
        (
            "SANLIURFA, Turkey: Up to 6,000 Syrians are returning to their homes every month from"
            " Sanliurfa province, the governor said Wednesday.\n"
            "Gungor Azim Tuna said 30 to 40 families applied every day to return to Syria.",
            "30 to 40",
            "Sanliurfa governorate",
        ),
        # written here: a named speaker described as someone else is not the governor
        (DONETSK + "Ali Hassan, a local resident, said six houses burned.", "six", None),
        # written here: the governor was named already, a new name is a new speaker
        (
            DONETSK.replace("governor said", "governor Pavlo Kyrylenko said")
            + "Ali Hassan said six houses burned.",
            "six",
            None,
        ),
    ],
)
def test_titled_then_named(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- the lexicon: the Palestinian agency WAFA in either spelling --------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt17_093 (realtext17_dev)
        (
            "Illegal settlers also burned 12 homes in the village of al-Jab'a, southwest of"
            " Bethlehem, the Palestinian news agency Wafa said.",
            "12",
            "WAFA",
        ),
        # written here: "Wafa" alone is a given name
        ("Wafa Ahmed, a mother from Gaza City, said 12 of her relatives were killed.", "12", None),
    ],
)
def test_wafa(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- local bodies: a mayor outside Ukraine heads a municipality ---------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt17_354 (realtext17_dev)
        (
            "The mayor of Kani Bonzon, another nearby town, confirmed the attack and said the"
            " local clinic had received 12 bodies so far.",
            "12",
            "Kani Bonzon municipality",
        ),
        # written here: Ukraine's mayors keep the round-10 city administration
        ("The mayor of Kharkiv said 12 people were killed.", "12", "Kharkiv city administration"),
        (
            "The mayor of Mariupol said 12 people were killed in the Ukrainian port.",
            "12",
            "Mariupol city administration",
        ),
    ],
)
def test_mayor_municipality(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
