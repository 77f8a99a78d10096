"""English attribution, round 16 (issue 11): reporters and conventions of the round-16 tuning.

Each case is a constructed sentence of a kind seen in the dev files (file ids in a comment;
the gold is never read here), with a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from tests._english import source_of as _source


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt12_012 (the adj15 gold pass): a bare state news agency in a passage that names no
        # country is nobody's
        ("The state news agency said four other women were wounded.", "four", None),
        # near miss: in a passage about Syria it is SANA
        (
            "The state news agency said four other women were wounded in Idlib, Syria.",
            "four",
            "SANA",
        ),
        # rt13_048: bare "state media" keeps SANA where no other country is named
        ("State media said rebels shelled a village, killing seven.", "seven", "SANA"),
    ],
)
def test_unowned_state_news_agency(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # C17 of the adj15 gold pass (rt7_373, rt4_228): a capital speaking by its verb
        ("Kyiv said 14 civilians were killed in the strike.", "14", "Ukrainian government"),
        ("Dhaka says 30,000 Rohingya arrived this month.", "30,000", "Bangladeshi government"),
        # near miss: a capital as a place, not a speaker
        ("Residents in Kabul said 14 houses were destroyed.", "14", None),
    ],
)
def test_capital_speaking(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # registry aliases of the round-16 tuning (rt15_019, dev073; rt13_109, rt2_175;
        # rt15_012, rt12_045; rt13_049, rt12_024; rt14_015; rt9_301; rt9_036, rt3_340; rt13_134)
        (
            "The United Nations human rights office reported over 3,600 deaths this year.",
            "over 3,600",
            "OHCHR",
        ),
        (
            "According to the United Nations Office for Coordination of Humanitarian Affairs, "
            "over 250,000 people fled their homes.",
            "over 250,000",
            "OCHA",
        ),
        (
            "More than 3,000 people are injured, Zabihullah Mujahid said.",
            "More than 3,000",
            "Afghan government",
        ),
        (
            "The attack resulted in over 100 casualties, as confirmed by the Sudanese Doctors’ Union.",
            "over 100",
            "Sudan Doctors Union",
        ),
        (
            "Iraqi Observatory for Human Rights estimated the number of refugees at more than 400,000.",
            "more than 400,000",
            "Iraqi Observatory for Human Rights",
        ),
        (
            "The EU's humanitarian aid office (ECHO) said that at least 80 people died.",
            "at least 80",
            "EU",
        ),
        (
            "Minister of Immigration and Displacement Jassim Mohammed said the office received "
            "17,000 displaced Iraqis.",
            "17,000",
            "MoMD",
        ),
        (
            "The National Superintendency of Migrations of Peru recorded more than 5,100 entries.",
            "more than 5,100",
            "Peruvian National Superintendency of Migrations",
        ),
        # near misses: the Syrian Observatory stays SOHR; a bare "the human rights office" and
        # a bare "Mujahid" (a common name) are nobody
        (
            "The Syrian Observatory for Human Rights said 19 civilians were killed.",
            "19",
            "SOHR",
        ),
        ("The human rights office reported over 3,600 deaths this year.", "over 3,600", None),
        ("More than 3,000 people are injured, Mujahid said.", "More than 3,000", None),
    ],
)
def test_registry_aliases_round16(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt15_053: "according to officials from <body>" is the body's report
        (
            "Two civilians were killed in attacks over the last three days, according to "
            "officials from Azerbaijan's Foreign Ministry.",
            "Two",
            "Azerbaijani government",
        ),
        # rt9_339: "sources at <body> said" is the body's report
        (
            "So far, 9,540 Rohingyas have been relocated to the island, sources at the Office of "
            "the Refugee Relief & Repatriation Commissioner said.",
            "9,540",
            "RRRC",
        ),
        # near misses: sources at a place, and an official from a place who told an outlet
        ("Sources at the camp in Turkey said 2,500 people returned.", "2,500", None),
        ("A Kurdish official from Rojava told Rudaw that 2,500 people returned.", "2,500", "Rudaw"),
    ],
)
def test_officials_of_a_named_body(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected
