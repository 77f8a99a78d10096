"""Arabic extraction, round 11 (issue 16): source rules from arabic10_dev's kinds of error.

Each case quotes a short dev passage (file id in a comment; only the text is passed, never the
gold) or is a constructed sentence of the same kind.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _fields(text: str, field: str, phrases: list[str]) -> dict[str, str | None]:
    t = rows(text)
    got = dict(zip(t["phrase"], t[field], strict=True))
    return {p: got.get(p) for p in phrases}


# --- source ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitor named "مرصد" with its own name, through its correspondent (ar10_013)
        (
            "وأفاد مراسل مرصد مينا، أن تسعة مدنيين قتلوا جراء قصف طائرات النظام الحربية على "
            "قرى وبلدات إدلب.",
            {"تسعة": "Mena Monitor"},
        ),
        # a doctors' committee by its Arabic name (ar10_061)
        (
            "وأسفر القتال حتى الآن عن 144 قتيلاً و233 جريحا، وفق لجنة أطباء السودان المركزية.",
            {
                "144": "Central Committee of Sudanese Doctors",
                "233": "Central Committee of Sudanese Doctors",
            },
        ),
        # a coast guard by its country's adjective, with an estimating verb (ar10_053)
        (
            "ويُقدر خفر السواحل الليبي عدد المهاجرين الذين لقوا حتفهم الجمعة بنحو 200 شخص.",
            {"نحو 200": "Libyan Coast Guard"},
        ),
        # the UN coordination office misnamed for refugees is still OCHA (ar10_061)
        (
            "نزح نحو 40 ألف شخص بسبب المعارك القبلية في الجنينة، وفق بيان صادر عن مكتب الأمم "
            "المتحدة لتنسيق شؤون اللاجئين أمس الإثنين.",
            {"نحو 40 ألف": "OCHA"},
        ),
        # an outlet's correspondent, the outlet named only after the word (ar10_040)
        (
            "وذكرت مراسلة الجزيرة أن القرية ومحيطها تعرضا لما لا يقل عن 12 غارة طوال الليل.",
            {"ما لا يقل عن 12": "Al Jazeera"},
        ),
        # an outlet that quotes an unnamed source in a body: the outlet (D2; ar10_022)
        (
            'وكانت صحيفة "الأخبار" نقلت أمس عن مصدر في مكتب الأمم المتحدة للشؤون الإنسانية '
            "في بيروت أن عدد النازحين من عفرين ارتفع إلى 170 ألف شخص.",
            {"170 ألف": "Al-Akhbar"},
        ),
        # "تحدثت ... عن" after the body's name reports (ar10_030)
        (
            "وكانت وزارة الهجرة العراقية تحدثت بداية مايو الحالي عن وصول عدد نازحي الموصل "
            "إلى نحو 600 ألف نازح.",
            {"نحو 600 ألف": "MoMD"},
        ),
        # a group that mourns its dead announces them (ar10_045)
        (
            "وقد نعى حزب الله حتى الآن، 14 عنصرا قتلوا في الغارة.",
            {"14": "Hezbollah"},
        ),
    ],
)
def test_source(text: str, expected: dict[str, str | None]) -> None:
    assert _fields(text, "source", list(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry by its quoted short name, then cited by its kind (ar10_035): no owner
        # named in the passage, so null (C14, the round-18 gold pass), the Gaza toll notwithstanding
        (
            'وأشارت "الصحة" إلى ارتفاع حصيلة العدوان الإسرائيلي على قطاع غزة إلى 64 ألفًا و905 '
            "شهداء.\n\nووفق الوزارة، بلغت حصيلة الشهداء منذ 18 مارس 2025 حتى اليوم، 12 ألفًا "
            "و354 شهيدًا.",
            {"64 ألفًا و905": None, "12 ألفًا و354": None},
        ),
        # near miss: the same with the owner named after the quoted short name
        (
            'وأشارت "الصحة" في غزة إلى ارتفاع حصيلة العدوان الإسرائيلي إلى 64 ألفًا و905 شهداء.',
            {"64 ألفًا و905": "Gaza Health Ministry"},
        ),
        # a regional refugee coordinator who judges a count is UNHCR's, and goes on (ar10_055)
        (
            "ورأى منسق الأمم المتحدة لشؤون اللاجئين في المنطقة مامادو ديا بالده في جنيف، أن "
            "عتبة الثلاثة ملايين لاجئ الفارين من السودان سيتم تجاوزها في الأسبوعين المقبلين.\n\n"
            'وقال "وصل العدد إلى ثلاثة ملايين تقريبا" معتبرا أنها "كارثة" تعود إلى اشتداد النزاع.',
            {"ثلاثة ملايين": "UNHCR"},
        ),
    ],
)
def test_source_named_again(text: str, expected: dict[str, str | None]) -> None:
    assert _fields(text, "source", list(expected)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the war's whole toll in the writer's voice stops the carry (D1; ar10_057)
        (
            "ومنظمة الهجرة الدولية أعلنت أن أكثر من 10 ملايين شخص نزحوا داخل وخارج السودان "
            "منذ أبريل 2023. الحرب في السودان أسفرت عن مقتل أكثر من 15 ألف شخص.",
            {"أكثر من 10 ملايين": "IOM", "أكثر من 15 ألف": None},
        ),
        # the writer's framing clause "يأتي هذا فيما" stops the monitor's report (constructed)
        (
            "وقال المرصد السوري إن 10 مدنيين قتلوا في قصف على إدلب. يأتي هذا فيما قتل 5 "
            "آخرون في قصف على درعا.",
            {"10": "SOHR", "5": None},
        ),
        # an unnamed spokesman of a body the registry does not name stops the monitor (ar9_007)
        (
            "وقال المرصد السوري إن 20 مدنيا قتلوا في حلب. وقال متحدث باسم خدمات الإنقاذ المحلية "
            "في المناطق الخاضعة لسيطرة المعارضة في حلب إن عدد القتلى يتجاوز 60 جميعهم من المدنيين.",
            {"20": "SOHR", "يتجاوز 60": None},
        ),
        # a spokesman of a named body is that body's (constructed)
        (
            "وقال متحدث باسم المفوضية السامية لشؤون اللاجئين إن 434 ألف شخص نزحوا من غرب الموصل.",
            {"434 ألف": "UNHCR"},
        ),
    ],
)
def test_carry_stops(text: str, expected: dict[str, str | None]) -> None:
    assert _fields(text, "source", list(expected)) == expected


# --- precision ---------------------------------------------------------------------------


def test_age_between_slashes_is_not_a_figure() -> None:
    # state media write ages between slashes (ar10_009)
    text = (
        "سقطت قذيفة على منزل في حي عش الورور ما أدى إلى استشهاد روشان أمين /35/عاما وإصابة "
        "طفلها محمد /8/ سنوات بجروح خطيرة."
    )
    assert not {"35", "8"} & set(rows(text)["phrase"])
