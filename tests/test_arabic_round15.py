"""Round-15 Arabic rules (issue 16), general mechanisms rather than names one by one.

A case is a dev sentence (its id in a comment, the text only) or one built like it; every rule
has a near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar9_033: a bare "the health ministry" whose sentence names no owner: null, although
        # the passage is about Syria
        (
            "ضرب الزلزال سوريا وتركيا.\n\nأعلنت وزارة الصحة، ارتفاع عدد الوفيات إلى 1677.",
            "1677",
            None,
        ),
        # near miss (ar3_039): the sentence itself names the ministry's place
        (
            "وقالت وزارة الصحة، إن 11 إصابة وصلوا إلى مستشفيات قطاع غزة.",
            "11",
            "Gaza Health Ministry",
        ),
    ],
)
def test_bare_health_ministry_owner_in_sentence(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["source"] == expected
