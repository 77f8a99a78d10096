"""Round-20b Arabic rules (issue 16): the gold conventions C22-C36 of today's two gold passes.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # C22, ar3_245: people left without shelter by an event are displaced
        (
            "وتعيش نحو 288 ألف أسرة فلسطينية اليوم بلا مأوى بعد أن دمرت إسرائيل منازلهم، في حين"
            " يتركز النازحون في مساحات ضيقة تفتقر إلى مقومات الحياة، بحسب المكتب.",
            "نحو 288 ألف",
            "displaced",
        ),
        # C22, ar6_048
        ("وهو ما يترك آلاف الأسر بلا مأوى فعلي ويعرض حياتهم للخطر.", "آلاف", "displaced"),
        ("ويعيش 400 ألف شخص بلا مأوى في العراء.", "400 ألف", "displaced"),
        # near misses: only threatened with it; people under siege
        ("وأصبحت 500 عائلة مهددة بأن تصبح بلا مأوى.", "500", "other"),
        ("ويواجه 200 شخص خطر البقاء بلا مأوى.", "200", "other"),
        ("ويعيش 400 ألف شخص تحت الحصار.", "400 ألف", "other"),
    ],
)
def test_measures(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # C33, ar3_098: the UN official as a woman is the UN, as "المسؤول الأممي"
        (
            "وأضافت المسؤولة الأممية أنه بعد أربعة أشهر، لا يزال الصراع المسلح هناك يودي بحياة"
            " الآلاف من السوريين.",
            "الآلاف",
            "UN",
        ),
        # near miss: an official of no named body gives no source
        ("وأضافت المسؤولة المحلية أن الصراع يودي بحياة الآلاف من السوريين.", "الآلاف", None),
    ],
)
def test_sources(text: str, phrase: str, expected: str | None) -> None:
    source = one(text, phrase)["source"]
    assert (source if isinstance(source, str) else None) == expected
