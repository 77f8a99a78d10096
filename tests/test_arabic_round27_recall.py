"""Round-27 Arabic rules (issues 11 and 16): recall and bounds.

A case is a dev sentence (its id and file in a comment) or one built like it; every rule has a
near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # ar22_064 (arabic22_dev): "في الأقل" after the noun
        (
            "استهدفت سيارة مفخخة، الأربعاء، مطعماً بالقرب من وزارة الشباب والرياضة بالعاصمة"
            " الصومالية مقديشيو، مما أسفر عن مقتل سبعة أشخاص في الأقل.",
            "سبعة",
        ),
        # ar22_166 (arabic22_dev): "على الأقل" set off by commas
        (
            "وفي سياق متصل، قتل 4 أشخاص، على الأقل، وأصيب 9 آخرون في قصف روسي استهدف مقرا"
            " للأجهزة الأمنية وجامعة في خاركيف شرق أوكرانيا.",
            "4",
        ),
        # ar23_172 (arabic23_dev)
        (
            "وفي وقت سابق أفادت وكالة «رويترز» بأن «المئات قتلوا وفر 20 ألفا، على الأقل، إلى"
            " السودان».",
            "20 ألفا",
        ),
    ],
)
def test_at_least_after_the_noun(text: str, phrase: str) -> None:
    assert one(text, phrase)["qualifier"] == "at_least"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # near misses: the bound opens the next clause, or "في أقل من" is a time span
        ("قتل 4 أشخاص، على الأقل في ثلاث هجمات منفصلة.", "4"),
        ("أودت قذائف حوثية بحياة 3 أطفال في أقل من 48 ساعة.", "3"),
    ],
)
def test_no_bound_beyond_the_clause(text: str, phrase: str) -> None:
    assert one(text, phrase)["qualifier"] == "exact"
