"""Round-27 Arabic rules, second pass (issue 16): measures and the duals of nationalities.

A case is a dev sentence (its id and file in a comment) or one built like it; every rule has a
near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one, rows

# ar17_017 (arabic17_dev): people deported
_DEPORTED = (
    "أبعدت السلطات المصرية أكثر من 1500 سوداني لجأوا إلى الأراضي المصرية تحت وطأت الحرب"
    " المشتعلة في السودان."
)
# ar17_027 (arabic17_dev): the deportation told before the count, across a comma
_DEPORTED_BEFORE = (
    "وأشارت إلى أن عدد اللاجئين السوريين الذين رحلّتهم السلطات التركية من أراضيها خلال الشهر"
    " الماضي، بلغ 1504 أشخاص."
)
# ar24_154 (arabic24_dev): a return by force
_FORCED_RETURN = (
    "وفي وقت سابق، كان ما مجموعه 4268 لاجئا أفغانيا قد عادوا إلى البلاد من إيران وباكستان،"
    " بصورة قسرية أيضا."
)
# near misses: a flight by force is displaced, a return with no force refugees, voluntary
# returns listed beside deportations stay refugees (as ar19_035)
_FORCED_FLIGHT = "كشفت أونروا في تقرير لها عن نزوح 810 آلاف فلسطيني قسرا من مدينة رفح."
_RETURNED = "وكان 4268 لاجئا أفغانيا قد عادوا إلى البلاد من إيران وباكستان."
_VOLUNTARY_AND_DEPORTED = (
    "وعاد نحو 12 ألفاً تحت بند العودة الطوعية، إضافة إلى أكثر من 12.3 ألف شخص ضمن عمليات الترحيل."
)


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_DEPORTED, "أكثر من 1500", "other"),
        (_DEPORTED_BEFORE, "1504", "other"),
        (_FORCED_RETURN, "4268", "other"),
        (_FORCED_FLIGHT, "810 آلاف", "displaced"),
        (_RETURNED, "4268", "refugees"),
        (_VOLUNTARY_AND_DEPORTED, "نحو 12 ألفاً", "refugees"),
    ],
)
def test_deportations_and_forced_returns_are_other(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar25_184 (arabic25_dev): residents made to leave their camp
_MADE_TO_LEAVE = (
    "فقد دُمرت 100 مبنى بالكامل، مما أجبر جميع سكان المخيم البالغ عددهم 30 ألف نسمة على مغادرته."
)
# ar25_185 (arabic25_dev): the leaving a few words after the residents
_DRIVEN_OUT = (
    'دفعت عملية "السور الحديدي" "الإسرائيلية" آلاف السكان الفلسطينيين في الضفّة الغربية'
    " المحتلة إلى مغادرة المخيمات."
)
# near misses: residents counted with no force, a force with no leaving
_RESIDENTS = "ويبلغ عدد سكان المخيم 30 ألف نسمة."
_FORCED_TO_STAY = "أجبرت القوات جميع سكان المخيم البالغ عددهم 30 ألف نسمة على البقاء في منازلهم."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_MADE_TO_LEAVE, "30 ألف", "displaced"),
        (_DRIVEN_OUT, "آلاف", "displaced"),
        (_RESIDENTS, "30 ألف", "population"),
        (_FORCED_TO_STAY, "30 ألف", "population"),
    ],
)
def test_residents_made_to_leave_are_displaced(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar21_362 (arabic21_dev): a nationality's nominative dual counts two
_TWO_PALESTINIANS = (
    "و كان فلسطينيان قد استشهدا وأصيب أربعة آخرون، اليوم الاحد، برصاص قوات الاحتلال خلال"
    " اقتحامها مخيم طولكرم."
)
# near misses: the -ين form is a plural too, the -ان an adjective of a dual or a number
_PALESTINIANS = "واعتقلت القوات فلسطينيين في مخيم طولكرم."
_TWO_OFFICERS = "وقتل ضابطان عراقيان في الهجوم."


def test_a_nationality_dual_counts_two():
    f = one(_TWO_PALESTINIANS, "فلسطينيان")
    assert (f["value"], f["measure"]) == (2.0, "killed")
    assert rows(_PALESTINIANS).empty
    assert "عراقيان" not in rows(_TWO_OFFICERS)["phrase"].tolist()


# near misses of ar3_141 (arabic3_dev) and ar19_392 (arabic19_dev): a country's name with a stray
# letter after it, and a dual after "بينهم" (left to the count it is part of)
_STRAY_LETTER = "قتل 20 مقاتلا يتبعون الفصائل الموالية لتركيان بينهم ثلاثة قادة."
_AMONG_THEM = "وكان القارب الثاني يقل 69 مهاجرا، بينهم مصريان وعشرات السودانيين."


def test_a_nationality_dual_not_after_a_clitic_or_among():
    assert "لتركيان" not in rows(_STRAY_LETTER)["phrase"].tolist()
    assert "مصريان" not in rows(_AMONG_THEM)["phrase"].tolist()
