"""Round-27 Arabic rules (issue 16): measures.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one

# ar23_039 (arabic23_dev): sites counted beside a flight are no displaced people
_SITES = (
    "وقال المتحدث باسم المنظمة الدولية للهجرة بول ديلون، إن أكثر من مليون شخص نزحوا عبر 178"
    " موقعًا يمكن الوصول إليها في منطقة تيجراي الإثيوبية."
)
# ar21_305 (arabic21_dev)
_SITES_SPREAD = (
    "ويُظهر التقرير أن نحو 436 ألف نازح من مخيم زمزم توزعوا على 26 موقعًا في أربع ولايات سودانية."
)
# ar21_038 (arabic21_dev): states counted beside refugees
_STATES = (
    "ويعيش 270 ألف و380 من هؤلاء اللاجئين في مخيمات موزعة في 26 ولاية مختلفة معظمها في المناطق"
    " القريبة من الحدود السورية."
)
# near misses: the people who fled from a state, sites taken
_FROM_A_STATE = "ونزح 5 آلاف شخص من ولاية الجزيرة إلى مدينة سنار."
_SITES_TAKEN = "وسيطرت القوات على 5 مواقع في ريف حماة."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_SITES, "178", "other"),
        (_SITES, "أكثر من مليون", "displaced"),
        (_SITES_SPREAD, "26", "other"),
        (_SITES_SPREAD, "نحو 436 ألف", "displaced"),
        (_STATES, "26", "other"),
        (_FROM_A_STATE, "5 آلاف", "displaced"),
        (_SITES_TAKEN, "5", "captured"),
    ],
)
def test_sites_and_states_counted_are_places(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure
