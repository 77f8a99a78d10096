"""English attribution, round 16 (issue 11): reporters and conventions of the round-16 tuning.

Each case is a constructed sentence of a kind seen in the dev files (file ids in a comment;
the gold is never read here), with a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from tests._english import one


def _source(text: str, phrase: str) -> str | None:
    return one(text, phrase)["source"]


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
