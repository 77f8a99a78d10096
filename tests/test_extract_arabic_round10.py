"""Arabic extraction, round 10 (issue 16): source rules from arabic9_dev's kinds of error.

A case is a short dev passage (its file id in a comment; the test passes the text, never the
gold) or a constructed sentence of the same kind.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _check(text: str, field: str, expected: dict[str, str | None]) -> None:
    t = rows(text)
    got = dict(zip(t["phrase"], t[field], strict=True))
    assert {p: got.get(p) for p in expected} == expected


# --- source ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UNHCR by its mandate, "وكالة الأمم المتحدة لشؤون اللاجئين" (ar9_018)
        (
            "وقالت وكالة الأمم المتحدة لشؤون اللاجئين في بيان يوم الأربعاء إن 8ر1 مليون شخص "
            "آخر من النازحين داخليا عادوا منذ ديسمبر إلى مناطقهم الأصلية.",
            {"8ر1 مليون": "UNHCR"},
        ),
        # "مفوضية شؤون اللاجئين التابعة للأمم المتحدة" (ar9_061)
        (
            "فقد أكدت مفوضية شؤون اللاجئين التابعة للأمم المتحدة في أيلول الماضي أن أعداد "
            "النازحين بلغت 100,000.",
            {"100,000": "UNHCR"},
        ),
        # an accuser counts what it accuses of (ar9_068)
        (
            "اتهمت شبكة أطباء السودان قوات الدعم السريع بتصفية 38 مدنيًا في منطقة أم دم حاج "
            "أحمد في شمال كردفان.",
            {"38": "Sudan Doctors Network"},
        ),
        # a civil monitor named in a بحسب بيان ل- citation (ar9_070)
        (
            "قتل 18 مدنيا في هجوم شنته قوات الدعم السريع الخميس على منطقة أم كريدم، بحسب بيان "
            "لمجموعة محامي الطوارئ السبت.",
            {"18": "Emergency Lawyers"},
        ),
        # an emergency service by its spokesman (ar9_064)
        (
            "أعلن الناطق الرسمي باسم جهاز الإسعاف والطوارئ بالعاصمة الليبية طرابلس، اليوم "
            "الثلاثاء، أن عدد الضحايا بلغ 29 قتيلا و63 جريحا.",
            {"29": "Tripoli Ambulance and Emergency Service"},
        ),
        # "يعتقد أن" (believed) on a report the sentence cites after the figure (ar9_058)
        (
            "يعتقد أن أكثر من 540 ألف شخص غادروا لبنان إلى سوريا، بحسب تقرير للمفوضية العليا "
            "للأمم المتحدة لشؤون اللاجئين الذي نشر أمس الثلاثاء.",
            {"أكثر من 540 ألف": "UNHCR"},
        ),
        # ... but not on a name before it, which reports something else (ar3_016)
        (
            "تقول مفوضية الامم المتحدة العليا لشؤون اللاجئين ان عدد اللاجئين زاد ليصل الى 39 "
            "ألفا في حين يعتقد أن هناك مئات الالوف نزحوا داخل سوريا.",
            {"39 ألفا": "UNHCR", "مئات الالوف": None},
        ),
        # a body that identified the people it counts, inside another's report (ar9_060)
        (
            'وجاء في تقرير المكتب الأممي: "منذ تشرين الأول 2023، حددت مفوضية الأمم المتحدة '
            'السامية لشؤون اللاجئين أكثر من 95 ألف لاجئ حرموا من مكان إقامتهم للمرة الثانية".',
            {"أكثر من 95 ألف": "UNHCR"},
        ),
        # "وبحسب تقديراته": the body named before, by a pronoun (ar9_060)
        (
            "أفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في لبنان بأن 340 ألف لاجئ سوري "
            'يعيشون في المناطق. وبحسب تقديراته، "يعيش 300 ألف لاجئ سوري في المناطق الأكثر '
            'تضرراً من القتال".',
            {"300 ألف": "OCHA"},
        ),
        # "- حسب القناة -": the channel named before (ar9_049)
        (
            'ونقلت قناة "العربية ـ الحدث " الفضائية اليوم إن القصف أدى إلى مقتل 5 أطفال.\n\n'
            "يذكر أن الميليشيات الحوثية تسببت - حسب القناة - في دفع أكثر من مليوني طفل إلى "
            "سوق العمل.",
            {"أكثر من مليوني": "Al Arabiya"},
        ),
    ],
)
def test_source(text: str, expected: dict[str, str]) -> None:
    _check(text, "source", expected)


# --- D2: told an outlet --------------------------------------------------------------------


def test_teller_not_the_agency_told() -> None:
    # ar9_064: the spokesman, named after his body and its seat, tells Sputnik
    text = (
        "أعلن الناطق الرسمي باسم جهاز الإسعاف والطوارئ بالعاصمة الليبية طرابلس، أسامة علي، "
        "اليوم الثلاثاء، أن عدد الضحايا بلغ 29 قتيلا و63 جريحا.\n\n"
        'وقال علي، في تصريح خاص لوكالة "سبوتنيك"، إن "عدد القتلى وصل إلى 16 قتيل منهم 5 '
        'مدنيين".'
    )
    t = rows(text)
    got = dict(zip(t["phrase"], t["source"], strict=True))
    assert got["16"] == got["5"] == "Tripoli Ambulance and Emergency Service"


def test_agency_told_by_nobody_known() -> None:
    # constructed: no teller learned before, so the agency stays the source
    t = rows('وقال مصدر، في تصريح خاص لوكالة "سبوتنيك"، إن عدد القتلى وصل إلى 16 قتيلا.')
    assert t["source"].iloc[0] != "Tripoli Ambulance and Emergency Service"


# --- measure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refugees deprived of where they had settled: uprooted anew (ar9_060)
        (
            "حددت مفوضية الأمم المتحدة السامية لشؤون اللاجئين أكثر من 95 ألف لاجئ حرموا من "
            "مكان إقامتهم للمرة الثانية.",
            {"أكثر من 95 ألف": "displaced"},
        ),
        # constructed counter-case: refugees who fled abroad stay refugees
        (
            "وقالت المفوضية إن أكثر من 5 آلاف لاجئ سوري فروا إلى الأردن.",
            {"أكثر من 5 آلاف": "refugees"},
        ),
    ],
)
def test_measure(text: str, expected: dict[str, str]) -> None:
    _check(text, "measure", expected)
