"""Source rules of the eleventh English tuning round (issue 11, helper src11en).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected sources are the dev gold of those records. Passages "written here" check a rule's
limit and expect what the guideline and the decisions in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- a common noun in capitals names no body ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt10_007 (realtext10_dev): "the NGO" is no name (gold null)
        (
            'Among the 1,311 dead are 833 Druze, including 196 "summarily executed," according to the NGO.',
            "833",
            None,
        ),
        # written here: an acronym the registry does not know still names its body
        ("According to the PDMA, 50 people were killed.", "50", "PDMA"),
    ],
)
def test_generic_acronym_is_no_body(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- an outlet the registry does not know: on its own page, or told by an anonymous source -------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt10_001 (realtext10_dev)
        (
            "Since March 6, at least 532 civilians have been killed in clashes across the Syrian provinces of Latakia, Tartus, and Homs, along the Mediterranean coast, Azernews reports.",
            "at least 532",
            "Azernews",
        ),
        # rt9_338 (realtext9_dev)
        (
            "The government is set to relocate a group of 1,703 more Rohingyas to Bhasan Char on Wednesday, offering the forcibly displaced Myanmar nationals a better life until they are repatriated, reports news agency UNB.",
            "1,703",
            "UNB",
        ),
        # rt10_015 (realtext10_dev): D2, an anonymous teller gives the outlet
        (
            "A security source told Kurdistan 24 that ISIS militants raided an army barracks in Idris near the town of al-Dibs, resulting in clashes that killed four Iraqi soldiers.",
            "four",
            "Kurdistan 24",
        ),
        # rt9_030 (realtext9_dev): an outlet named after a country
        (
            "ATHENS – Since April, Lebanese authorities have launched an unprecedented deportation campaign against Syrian refugees, arbitrarily arresting more than 1,100 people and deporting more than 600, a high-level humanitarian source told Syria Direct.",
            "more than 600",
            "Syria Direct",
        ),
        # written here: a place is no outlet
        ("At least 50 people were killed, two sources told South Sudan.", "At least 50", None),
        # written here: a country closing the sentence is its government, not an outlet
        (
            "At least 50 people were killed in the clashes, Syria reported.",
            "At least 50",
            "Syrian government",
        ),
        # written here: lower-case reporters are not outlets
        (
            "At least 50 people were killed in the clashes, local media reported.",
            "At least 50",
            None,
        ),
    ],
)
def test_unknown_outlet(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- the body's office after the speaker's name, then the surname alone --------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_307 (realtext9_dev)
        (
            "Dozens of bandits on motorcycles invaded Ganar-Kiyawa village in Bukkuyum district, shooting dead 16 residents, according to Mohammed Shehu, the Zamfara state police spokesman.",
            "16",
            "Zamfara police",
        ),
        # written here: the surname later speaks for the body the office named
        (
            "Bandits killed 16 residents, according to Mohammed Shehu, the UN refugee agency spokesman. “The terrorists killed 12 people in the attack and fled,” Shehu said Monday.",
            "12",
            "UNHCR",
        ),
        # written here: a person with no office names nobody
        (
            "Bandits killed 16 residents, according to Mohammed Shehu, a resident.",
            "16",
            None,
        ),
    ],
)
def test_office_after_the_name(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- a post on the body's own account ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_001 (realtext9_dev)
        (
            'Providing the details, the UN posted on X, "Over 280,000 people have been uprooted in northwest Syria in a matter of days following the recent escalation of violence."',
            "Over 280,000",
            "UN",
        ),
    ],
)
def test_posted_on_x(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source
