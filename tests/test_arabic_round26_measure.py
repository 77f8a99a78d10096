"""Round-26 Arabic rules (issue 16): measures.

A case is a dev sentence (its id and file in a comment) or one built like it; every rule has a
near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one

# ar22_041 (arabic22_dev): the flight's goal joined by "ل", "إلى الفرار للسودان المجاور"
_FLED_TO_SUDAN = (
    "دفعت المعارك المستعرة بين الجيش الإثيوبي وقوات إقليم تيغراي أكثر من 36 ألف شخص إلى الفرار"
    " للسودان المجاور."
)
# ar23_172 (arabic23_dev): Sudan the goal past a qualifier set off by commas
_FLED_PAST_ASIDE = (
    "وفي وقت سابق أفادت وكالة «رويترز» بأن «المئات قتلوا وفر 20 ألفا، على الأقل، إلى السودان»،"
    " وأنه وردت أنباء عن «ارتكاب أعمال وحشية»."
)
# ar22_173 (arabic22_dev): Bangladesh spelt with a jim
_FLED_TO_BANGLADESH = (
    "أعلنت الأممالمتحدة، أمس، ارتفاع عدد الروهينجا الفارين من ميانمار إلى بنجلاديش المجاورة إلى"
    " 582 ألف شخص، منذ أغسطس الماضي."
)
# near misses: a part of Sudan, neighbouring villages, an aside before a place at home
_TO_EAST_SUDAN = "ونزح 5000 شخص من الخرطوم إلى شرق السودان."
_TO_VILLAGES = "دفعت المعارك أكثر من 3000 شخص إلى الفرار للقرى المجاورة."
_ASIDE_AT_HOME = "وفر 500 شخص، على الأقل، إلى القرى المجاورة."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_FLED_TO_SUDAN, "أكثر من 36 ألف", "refugees"),
        (_FLED_PAST_ASIDE, "20 ألفا", "refugees"),
        (_FLED_TO_BANGLADESH, "582 ألف", "refugees"),
        (_TO_EAST_SUDAN, "5000", "displaced"),
        (_TO_VILLAGES, "أكثر من 3000", "displaced"),
        (_ASIDE_AT_HOME, "500", "displaced"),
    ],
)
def test_a_flight_to_another_country_is_the_refugees(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure
