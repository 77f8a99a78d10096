"""Round-20b Arabic rules (issue 16): the gold conventions C22-C36 of today's two gold passes.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one, source_of


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
        # the subject's reading may take "دون" in: "تركت 2000 أسرة دون مأوى"
        ("وقالت المنظمة إن الفيضانات تركت 2000 أسرة دون مأوى.", "2000", "displaced"),
        # near miss: a count of another clause before them keeps its own measure
        ("وأدى القصف إلى مقتل 20 شخصا وترك المئات بلا مأوى.", "20", "killed"),
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
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # C31, ar14_104: an unnamed source in a body who tells an outlet gives the outlet, any
        # agency the English engine knows
        (
            "وقال مصدر في شرطة محافظة حمص لوكالة الأناضول إن 5 أشخاص أصيبوا.",
            "5",
            "Anadolu",
        ),
        ("وقال مصدر في شرطة حمص في تصريح لسانا إن 5 أشخاص أصيبوا.", "5", "SANA"),
        # near miss, C31 (ar14_106): an outlet named only as "للوكالة" gives null
        ("وقال مصدر طبي في مشفى حلب الجامعي للوكالة إن 5 أشخاص أصيبوا.", "5", None),
        # C31, ar18_318: "وكالة الأنباء الفرنسية" is AFP, told by unnamed sources
        (
            'وأفادت مصادر طبية بمشفى العلفي في تصريحات لوكالة الأنباء الفرنسية أن "43 حوثياً'
            ' قتلوا".',
            "43",
            "AFP",
        ),
        ("وأفادت مصادر طبية في تصريحات للوكالة أن 43 شخصا قتلوا.", "43", None),
        # C31, ar13_057: the outlet quoting unnamed sources, its name and label before them
        (
            'وقالت وكالة الأنباء اليمنية الحكومية "سبأ" نقلا عن مصادر محلية: إنّ 3 مدنيين قتلوا.',
            "3",
            "Saba",
        ),
        # ar16_086: a comma after the outlet's name
        (
            "وذكرت وكالة الأنباء الوطنية العراقية، نقلا عن مصدر أمني أن الهجوم أسفر عن استشهاد ثلاثة"
            " مقاتلين.",
            "ثلاثة",
            "INA",
        ),
        # near miss: unnamed sources quoted far from the outlet's name are nobody named
        (
            "وقالت وكالة سبأ إن القصف استمر طوال الليل في أحياء المدينة نقلا عن مصادر محلية إن 3"
            " مدنيين قتلوا.",
            "3",
            None,
        ),
        # C31, ar15_031: sources in a body quoted by an outlet named only by its kind: null
        (
            "ونقلت الصحيفة عن مصادر في وزارة الداخلية التركية أن أعداد العابرين تضاعفت إلى 2500"
            " شخص.",
            "2500",
            None,
        ),
        # near misses: a named outlet quoting them; the body speaking itself
        ("ونقلت وكالة سانا عن مصدر في وزارة الصحة أن 5 أشخاص قتلوا.", "5", "SANA"),
        (
            "وقالت وزارة الداخلية التركية إن 2500 شخص عبروا الحدود.",
            "2500",
            "Turkish Interior Ministry",
        ),
        # C31, ar17_051: the outlet unnamed sources spoke to
        (
            "وأمس الاثنين أكدت مصادر لـ”يمن ديلي نيوز” أن نحو 80 تم إنقاذهم.",
            "نحو 80",
            "Yemen Daily News",
        ),
        # C34 (ar18_007): a body's action verb with no reporting verb gives no source
        ("وأنقذت فرق الدفاع المدني 20 شخصاً من تحت الأنقاض.", "20", None),
        ("واستجابت فرق الدفاع المدني لـ 30 هجوماً على منازل المدنيين.", "30", None),
        # near miss: a reporting verb before the same body
        ("وقال الدفاع المدني إنه استجاب لـ 30 هجوما على منازل المدنيين.", "30", "White Helmets"),
    ],
)
def test_outlets_and_actions(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # C25 (ar14_408): one count displaced inside and outside the country is other
        (
            "وأسفرت الحرب عن نزوح أكثر من 3 ملايين داخلياً وإلى دول الجوار.",
            "أكثر من 3 ملايين",
            "other",
        ),
        ("وأسفرت الحرب عن نزوح 3 ملايين شخص داخل البلاد وخارجها.", "3 ملايين", "other"),
        # near miss: inside only
        ("وأسفرت الحرب عن نزوح 3 ملايين شخص داخل البلاد.", "3 ملايين", "displaced"),
    ],
)
def test_inside_and_outside(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected
