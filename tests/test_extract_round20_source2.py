"""English source rules of the round-20 second source pass (issue 11, tuner tun20src2).

Each case is a constructed sentence of a kind seen in the dev files (file id in a comment; the
gold is never read here) or a convention of DEVSET.md's round-20 gold pass, with a near miss
that must not fire.
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- C23: a country named only as where the event is does not own a bare ministry -------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt14_358, rt17_302: the place of the attack is no owner
        (
            "Thirty people have been killed in attacks on villages in northern Burkina Faso, the"
            " defence ministry announced Thursday.",
            "Thirty",
            None,
        ),
        (
            "There are 3.6 million Syrian refugees in Turkey, the interior ministry said.",
            "3.6 million",
            None,
        ),
        # near misses: the ministry named with its owner keeps it
        (
            "Thirty people have been killed in attacks on villages in northern Burkina Faso, the"
            " Burkinabe defence ministry announced Thursday.",
            "Thirty",
            "Burkinabe defence ministry",
        ),
        (
            "There are 3.6 million Syrian refugees in Turkey, the Turkish interior ministry said.",
            "3.6 million",
            "Turkish Interior Ministry",
        ),
        (
            "There are 3.6 million Syrian refugees in Turkey, Turkey's ministry of interior said.",
            "3.6 million",
            "Turkish Interior Ministry",
        ),
        (
            "At least 40 people were killed, the health ministry in Gaza said.",
            "At least 40",
            "Gaza Health Ministry",
        ),
    ],
)
def test_place_of_the_event_owns_no_ministry(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- C24: one name for a country's ombudsman, the Spanish name too ----------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_300: the Spanish name in a passage about one country
        (
            "Violence in Peru's Puno region went on, and the Defensoría del Pueblo said 12 people"
            " were killed.",
            "12",
            "Peruvian Ombudsman",
        ),
        # the country's own name for it
        (
            "Colombia's Ombudsman said 12 people were killed in the Catatumbo region.",
            "12",
            "Colombian Ombudsman",
        ),
        # near miss: no country named, the Spanish name stays
        (
            "The Defensoría del Pueblo confirmed that 36,000 people have been displaced.",
            "36,000",
            "Defensoría del Pueblo",
        ),
    ],
)
def test_one_name_for_the_ombudsman(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- a reporting verb before the body's head, director or chief ------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt15_094: "said the director of <body>, <name>"
        (
            "Some 500 families have fled the fighting, said the head of UNHCR in Chad, Jane Doe.",
            "Some 500",
            "UNHCR",
        ),
        (
            "Some 500 families have fled the fighting, said the director of the World Health"
            " Organization.",
            "Some 500",
            "WHO",
        ),
        # rt18_328: "This was reported by the head of <body>", the figures in the sentence before
        (
            "As a result of shelling of the Kherson region of Ukraine, five people were killed"
            " over the past day.\nThis was reported by the head of the Kherson regional military"
            " administration Alexander Prokudin in Telegram.",
            "five",
            "Kherson regional administration",
        ),
        # near misses: a head of no known body; "by" without a reporting verb
        (
            "Some 500 families have fled the fighting, said the head of the village, Jane Doe.",
            "Some 500",
            None,
        ),
        ("Some 500 families were met by the head of UNHCR in Chad.", "Some 500", None),
    ],
)
def test_verb_before_the_bodys_head(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
