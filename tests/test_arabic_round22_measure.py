"""Round-22 Arabic rules (issue 16): measures and periods.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one

# ar19_389 (arabic19_dev): two counts joined by "و", the return verb after the second
_RETURNED = (
    "وأشار المصدر إلى أن 3500 لبناني و16 ألف سوري عادوا إلى لبنان يوم الاثنين في إحصائية غير"
    " نهائية."
)
# ar15_105 (arabic15_dev): "قتلوا" closes the first list, "أصيبوا" the second
_TWO_LISTS = (
    "وذكر بيان صحفي، أن 51 مسلحا محليا و24 عنصرا من قسد، وتسعة مدنيين قتلوا و 58 مسلحا محليا"
    " و 33 من قسد، و13 مدنيا أصيبوا منذ اندلاع الاشتباكات."
)
# near miss: the verb before the first count governs it
_VERB_BEFORE = "وقتل 5 مدنيين و3 أطفال أصيبوا في القصف."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_RETURNED, "3500", "refugees"),
        (_RETURNED, "16 ألف", "refugees"),
        (_TWO_LISTS, "51", "killed"),
        (_TWO_LISTS, "تسعة", "killed"),
        (_TWO_LISTS, "58", "injured"),
        (_TWO_LISTS, "33", "injured"),
        (_TWO_LISTS, "13", "injured"),
        (_VERB_BEFORE, "5", "killed"),
    ],
)
def test_counts_share_the_verb_after_them(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar19_043 (arabic19_dev): the part's subject is the country it came from ("من لبنان"), so
# the words after the number, not after the subject, say it came from abroad
_PART_FROM_ABROAD = (
    "ووفق آخر إحصائية، نشرتها وسائل الإعلام فإن أكثر من 1.5 مليون سوري قد عادوا إلى مناطقهم،"
    " بينهم أكثر من 260 ألفاً من لبنان والأردن."
)
# near miss: a part from a place at home
_PART_FROM_HOME = (
    "ووفق آخر إحصائية فإن أكثر من 1.5 مليون سوري قد عادوا إلى مناطقهم، بينهم أكثر من 260"
    " ألفاً من حلب."
)


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_PART_FROM_ABROAD, "أكثر من 1.5 مليون", "other"),
        (_PART_FROM_ABROAD, "أكثر من 260 ألفاً", "refugees"),
        (_PART_FROM_HOME, "أكثر من 1.5 مليون", "displaced"),
        (_PART_FROM_HOME, "أكثر من 260 ألفاً", "displaced"),
    ],
)
def test_part_from_abroad_named_after_its_number(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure
