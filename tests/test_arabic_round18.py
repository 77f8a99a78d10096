"""Round-18 Arabic rules (issue 16): measures of returns across a border.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar14_117: a voluntary return is the refugees' return
        (
            "وعمل الأمن العام على تنفيذ الإجراءات المطلوبة لهذه العودة الطوعية لحوالي 130 عائلة"
            " إلى منطقة القلمون.",
            "حوالي 130",
            "refugees",
        ),
        # ar15_033: "الذين عادوا طوعًا"
        (
            "وبلغ إجمالي عدد السوريين الذين عادوا طوعًا منذ عام 2016 مليونًا و151 ألفًا و652 شخصًا.",
            "مليونًا و151 ألفًا و652",
            "refugees",
        ),
        # near miss: the voluntary return of people displaced at home stays displaced
        (
            "وأعلنت الوزارة العودة الطوعية لـ 300 عائلة نازحة إلى قراهم في نينوى.",
            "300",
            "displaced",
        ),
    ],
)
def test_voluntary_return(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar16_052: the returnees of a return across a border told earlier in the sentence
        (
            "وذكر أن عدد مَن عادوا إلى بلادهم منذ عام 2016 بلغ 737 ألف سوري، وأن متوسط عدد"
            " العائدين شهريًا منذ مطلع العام الحالي 11 ألف سوري.",
            "11 ألف",
            "refugees",
        ),
        # ar17_004: the refugees' return named in the sentence
        (
            "ولم تذكر الوكالة عدد اللاجئين العائدين بالتحديد، فيما أعلن المركز: أن أكثر من 450"
            " شخصاً عادوا إلى ديارهم يوم أمس.",
            "أكثر من 450",
            "refugees",
        ),
        # ar17_007: headed home from a country
        (
            "ومنذ شهر نيسان، توجه أكثر من 2000 سوري إلى ديارهم من لبنان.",
            "أكثر من 2000",
            "refugees",
        ),
        # near miss: returns inside the country are displaced
        (
            "وقال المسؤول إن 450 شخصاً عادوا إلى ديارهم في ريف حلب.",
            "450",
            "displaced",
        ),
    ],
)
def test_returns_across_a_border(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar17_116: bodies recovered are the dead
        (
            "ومنذ وقف إطلاق النار، بلغ إجمالي عدد الشهداء 615، فيما وصل إجمالي الإصابات إلى"
            " 1,651، كما تم انتشال 726 حالة.",
            "726",
            "killed",
        ),
        # ar14_317: "الحالات المنتشلة من تحت الأنقاض"
        (
            "وأوضحت الوزارة أن الإصابات بلغت 909 وعدد الحالات المنتشلة من تحت الأنقاض 616 حالة.",
            "616",
            "killed",
        ),
        # near miss: the living pulled out of the rubble are no dead
        ("وتمكنت الفرق من انتشال 5 أحياء من تحت الأنقاض.", "5", "other"),
    ],
)
def test_bodies_recovered(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar16_046: those who will cross to the neighbouring countries
        (
            "وتقدر المفوضية وشركاؤها أن ما يصل إلى 2.3 مليون شخص سيعبرون إلى البلدان المجاورة"
            " بحلول نهاية عام 2024.",
            "ما يصل إلى 2.3 مليون",
            "refugees",
        ),
        # ar15_031: the number of those crossing the border every day
        (
            "ونقلت الصحيفة أن أعداد العابرين يوميًا عبر المعابر الحدودية تضاعفت إلى 2500 شخص،"
            " بعد أن كانت تتراوح بين 1300 و1400.",
            "تتراوح بين 1300 و1400",
            "refugees",
        ),
        # near miss: the crossing point is no crossing of people
        ("وقال المسؤول إن 2500 شخص تجمعوا عند المعبر.", "2500", "other"),
    ],
)
def test_border_crossers(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar17_028: nationals living in a host country
        ("إذ يعيش نحو ثلاثة ملايين سوري في تركيا بحسب التقديرات.", "نحو ثلاثة ملايين", "refugees"),
        # ar14_332: nationals registered in a host country
        ("بينما سجل نحو 4500 سوري خلال العام الماضي في الأردن.", "نحو 4500", "refugees"),
        # near misses: nationals in their own country; nationals held in a host country
        (
            "إذ يعيش نحو ثلاثة ملايين عراقي في العراق بحسب التقديرات.",
            "نحو ثلاثة ملايين",
            "population",
        ),
        ("واعتقلت السلطات 20 سوريا في لبنان.", "20", "other"),
    ],
)
def test_nationals_in_a_host_country(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar16_010: the first count in words, the second verb with a count of its own
        ("ذكرت مصادر أن ثلاثة مدنيين قتلوا وأصيب 4 في غارة جوية.", "4", "injured"),
        # ar15_109: the second count after a qualifier
        (
            "وأفاد الناشط بأن 15 مدنياً قتلوا وأصيب ما لايقل عن 20 أخرين في حي الشعار.",
            "ما لايقل عن 20",
            "injured",
        ),
        # near miss: the dead and the wounded counted together
        ("وأعلنت الوزارة مقتل وإصابة 20 شخصا.", "20", "other"),
    ],
)
def test_two_verbs_two_counts(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar16_024: rations handed out to the displaced are things, not people
        (
            "وقدمت الوزارة (3.7) مليون حصة غذائية وصحية للنازحين خلال فترة جائحة كورونا.",
            "(3.7) مليون",
            "other",
        ),
        # ar15_124: a thing with a possessive ("مدارسها")
        (
            "وافتتحت الوكالة اثنتين من مدارسها في صيدا مؤقتا لاستضافة النازحين.",
            "اثنتين",
            "other",
        ),
        # near miss: people counted beside the same words stay displaced
        ("وتستضيف مدارس الوكالة 600 نازح في صيدا.", "600", "displaced"),
    ],
)
def test_things_are_no_people(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected
