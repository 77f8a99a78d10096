"""Round-20 Arabic rules (issue 16): measures and periods.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar18_055, ar14_073: a camp holding people now or then is their population
        (
            "ويقع مخيم كويلان في ناحية بردرش بمحافظة دهوك، وتم بناؤه لاستضافة اللاجئين السوريين"
            " الذين وصلوا إلى المنطقة، ويستضيف حالياً 1737 عائلة.",
            "1737",
            "population",
        ),
        (
            "مخيم الهول تم تأسيسه اوائل عام 1991, أنشأته المفوضية العليا للاجئين وضم حينها ما"
            " يقارب الـ 15000 لاجئ عراقي.",
            "ما يقارب الـ 15000",
            "population",
        ),
        # near miss: a country hosting refugees, no camp named before the verb
        (
            "وقالت المفوضية إن لبنان يستضيف الآن 154387 لاجئاً سورياً مسجلاً فروا من الصراع.",
            "154387",
            "refugees",
        ),
        # ar18_055: the households restated as their people take the households' measure
        (
            "ويقع مخيم كويلان في محافظة دهوك، ويستضيف حالياً 1737 عائلة، ما يقارب 8 آلاف و625 شخصاً.",
            "ما يقارب 8 آلاف و625",
            "population",
        ),
        # near miss: a count after the households with its own verb keeps it
        (
            "ويقع مخيم كويلان في محافظة دهوك، ويستضيف حالياً 1737 عائلة، وقتل 3 أشخاص.",
            "3",
            "killed",
        ),
    ],
)
def test_camp_holding_now(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected
