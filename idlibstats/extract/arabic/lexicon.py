"""Arabic word lists: number words, scale words, months, time units, sources, currencies.

Entries are written as in print; every lookup uses their :func:`~.normalize.fold` form, so an
entry matches with or without hamza, diacritics and tatweel.
"""

from __future__ import annotations

from idlibstats.extract.arabic.normalize import fold

__all__ = [
    "CURRENCIES",
    "DUAL_STEMS",
    "MONTHS",
    "ORDINAL_DAYS",
    "SCALES",
    "SMALL_NUMBERS",
    "SOURCE_ALIASES",
    "TIME_UNITS",
    "VAGUE",
    "WEEKDAYS",
]


def _folded(d: dict[str, object]) -> dict[str, object]:
    return {fold(k): v for k, v in d.items()}


_UNITS = {
    1: "واحد واحدة واحدا واحدة",
    2: "اثنان اثنين اثنتان اثنتين إثنين أثنين إثنان",
    3: "ثلاث ثلاثة",
    4: "أربع أربعة",
    5: "خمس خمسة",
    6: "ست ستة",
    7: "سبع سبعة",
    8: "ثمان ثماني ثمانية",
    9: "تسع تسعة",
    10: "عشر عشرة",
}
_TENS = {
    20: "عشرون عشرين",
    30: "ثلاثون ثلاثين",
    40: "أربعون أربعين",
    50: "خمسون خمسين",
    60: "ستون ستين",
    70: "سبعون سبعين",
    80: "ثمانون ثمانين",
    90: "تسعون تسعين",
}
_HUNDREDS = {
    100: "مئة مائة مائه مئه",
    200: "مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي",
}
for _n, _w in (
    (3, "ثلاث"),
    (4, "أربع"),
    (5, "خمس"),
    (6, "ست"),
    (7, "سبع"),
    (8, "ثمان"),
    (9, "تسع"),
):
    _HUNDREDS[_n * 100] = f"{_w}مئة {_w}مائة"

#: Number words below a thousand -> value ("خمسة" 5, "أربعين" 40, "مئتي" 200).
SMALL_NUMBERS: dict[str, float] = {}
for _table in (_UNITS, _TENS, _HUNDREDS):
    for _v, _words in _table.items():
        for _w in _words.split():
            SMALL_NUMBERS[fold(_w)] = float(_v)

#: Scale words -> (multiplier, count): count 1 singular ("ألف"), 2 dual ("ألفين"), 0 plural
#: ("آلاف": needs a number before it, else it is a vague plural).
SCALES: dict[str, tuple[float, int]] = _folded(
    {
        **{w: (1e3, 1) for w in "ألف ألفا ألفًا الف ألوف".split()},
        **{w: (1e3, 2) for w in "ألفان ألفين ألفا".split()[:2]},
        **{w: (1e3, 0) for w in "آلاف الاف لاف".split()},
        **{w: (1e6, 1) for w in "مليون مليونا".split()},
        **{w: (1e6, 2) for w in "مليونان مليونين مليوني".split()},
        **{w: (1e6, 0) for w in "ملايين".split()},
        **{w: (1e9, 1) for w in "مليار مليارا بليون".split()},
        **{w: (1e9, 2) for w in "ملياران مليارين ملياري".split()},
        **{w: (1e9, 0) for w in "مليارات".split()},
    }
)

#: Vague plurals -> the contract's minimum (``idlibstats.table.VAGUE_MINIMUM``, "tens" for
#: "عشرات"); "بضعة" (a few) is 3, as issue 16 says.
VAGUE: dict[str, float] = _folded(
    {
        "عشرات": 20.0,
        "مئات": 200.0,
        "مئآت": 200.0,
        "آلاف": 2_000.0,
        "ألوف": 2_000.0,
        "ملايين": 2_000_000.0,
        "بضعة": 3.0,
        "بضع": 3.0,
    }
)

#: Nouns whose dual form is itself a count ("طفلان" two children, "غارتين" two air strikes);
#: people and events only ("منزلين", two houses, is not reported as a figure).
DUAL_STEMS: tuple[str, ...] = tuple(
    fold(w)
    for w in (
        "طفل طفلت شخص سيدت امرأت قتيل جندي غارت مجزرت شهيد جريح مصاب مواطن عنصر مقاتل "
        "صاروخ هجوم قذيفت مدني ضربت معتقل مسلح عسكري"
    ).split()
)

#: Month names (Levantine-Syriac and international forms) -> month number.
MONTHS: dict[str, int] = _folded(
    {
        "كانون الثاني": 1,
        "يناير": 1,
        "شباط": 2,
        "فبراير": 2,
        "آذار": 3,
        "مارس": 3,
        "نيسان": 4,
        "أبريل": 4,
        "إبريل": 4,
        "ابريل": 4,
        "أيار": 5,
        "مايو": 5,
        "حزيران": 6,
        "يونيو": 6,
        "يونيه": 6,
        "تموز": 7,
        "يوليو": 7,
        "يوليه": 7,
        "آب": 8,
        "أغسطس": 8,
        "اغسطس": 8,
        "أيلول": 9,
        "سبتمبر": 9,
        "تشرين الأول": 10,
        "أكتوبر": 10,
        "اكتوبر": 10,
        "تشرين الثاني": 11,
        "نوفمبر": 11,
        "كانون الأول": 12,
        "ديسمبر": 12,
    }
)

#: Weekdays -> Python weekday number (Monday 0).
WEEKDAYS: dict[str, int] = _folded(
    {
        "الاثنين": 0,
        "الإثنين": 0,
        "الثلاثاء": 1,
        "الأربعاء": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,
    }
)

#: Ordinal day words of a date ("السابع من أكتوبر") -> day of month.
ORDINAL_DAYS: dict[str, int] = _folded(
    {
        "الأول": 1,
        "الثاني": 2,
        "الثالث": 3,
        "الرابع": 4,
        "الخامس": 5,
        "السادس": 6,
        "السابع": 7,
        "الثامن": 8,
        "التاسع": 9,
        "العاشر": 10,
        "الحادي عشر": 11,
        "الثاني عشر": 12,
        "الثالث عشر": 13,
        "الرابع عشر": 14,
        "الخامس عشر": 15,
        "السادس عشر": 16,
        "السابع عشر": 17,
        "الثامن عشر": 18,
        "التاسع عشر": 19,
        "العشرين": 20,
        "الحادي والعشرين": 21,
        "الثاني والعشرين": 22,
        "الثالث والعشرين": 23,
        "الرابع والعشرين": 24,
        "الخامس والعشرين": 25,
        "السادس والعشرين": 26,
        "السابع والعشرين": 27,
        "الثامن والعشرين": 28,
        "التاسع والعشرين": 29,
        "الثلاثين": 30,
        "الحادي والثلاثين": 31,
    }
)

#: Time units (a number before them is a duration, an age or a date, not a figure) -> days.
TIME_UNITS: dict[str, float] = _folded(
    {
        **{w: 1 / 24 for w in "ساعة ساعات ساعه ساعتين ساعتان".split()},
        **{w: 1.0 for w in "يوم يوما أيام ايام يومين يومان".split()},
        **{w: 7.0 for w in "أسبوع أسبوعا أسابيع أسبوعين أسبوعان".split()},
        **{w: 30.0 for w in "شهر شهرا أشهر شهور شهرين شهران".split()},
        **{w: 365.0 for w in "عام عاما أعوام سنة سنوات سنين عامين عامان سنتين سنتان".split()},
        **{w: 0.0 for w in "دقيقة دقائق ثانية ثوان عقد عقود".split()},
    }
)

#: Distance units: a number before them is not a figure.
DISTANCE_UNITS: frozenset[str] = frozenset(
    fold(w) for w in "كم كيلومتر كيلومترا كيلومترات كلم متر مترا أمتار ميل أميال هكتار دونم".split()
)

#: Currency words -> ISO 4217 code (the word after a number makes it money).
CURRENCIES: dict[str, str] = _folded(
    {
        "دولار": "USD",
        "دولارا": "USD",
        "دولارات": "USD",
        "يورو": "EUR",
        "ليرة سورية": "SYP",
        "ليرة تركية": "TRY",
        "ليرة لبنانية": "LBP",
        "ليرة": "SYP",
        "ريال سعودي": "SAR",
        "ريال يمني": "YER",
        "ريال": "SAR",
        "جنيه سوداني": "SDG",
        "جنيه مصري": "EGP",
        "جنيه إسترليني": "GBP",
        "جنيه استرليني": "GBP",
        "جنيه": "EGP",
        "دينار عراقي": "IQD",
        "دينار ليبي": "LYD",
        "دينار أردني": "JOD",
        "دينار": "IQD",
        "درهم": "AED",
        "شيكل": "ILS",
    }
)

#: Arabic names of the sources in the registry (canonical names as in
#: :data:`idlibstats.extract.attribution.DEFAULT_SOURCES`), from the issue's list and the
#: dev set's Arabic copy.
SOURCE_ALIASES: dict[str, tuple[str, ...]] = {
    "SOHR": (
        "المرصد السوري لحقوق الإنسان",
        "المرصد السوري لحقوق الانسان",
        "المرصد السوري",
        "المرصد",
        "رامي عبد الرحمن",
        "رامي عبدالرحمن",
    ),
    "SNHR": ("الشبكة السورية لحقوق الإنسان", "الشبكة السورية", "الشبكة"),
    "White Helmets": (
        "الدفاع المدني السوري",
        "الدفاع المدني",
        "جهاز الدفاع المدني",
        "الخوذ البيضاء",
        "القبعات البيضاء",
    ),
    "SANA": (
        "سانا",
        "وكالة الأنباء السورية",
        "وكالة الانباء السورية",
        "الوكالة العربية السورية للأنباء",
    ),
    "UN": (
        "الأمم المتحدة",
        "المسؤول الأممي",
        "بعثة الأمم المتحدة",
        "أنباء الأمم المتحدة",
        "الأمين العام للأمم المتحدة",
        "غوتيريش",
    ),
    "UNHCR": (
        "مفوضية اللاجئين",
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
        "المفوضية السامية لشؤون اللاجئين",
        "المفوضية العليا لشؤون اللاجئين",
        "المفوضية العليا لشئون اللاجئين",
        "المفوضية العليا للاجئين",
        "مفوضية الأمم المتحدة لشؤون اللاجئين",
        "المفوضية",
    ),
    "OCHA": (
        "أوتشا",
        "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
        "مكتب تنسيق الشؤون الإنسانية",
        "مكتب الأمم المتحدة للشؤون الإنسانية",
    ),
    "WHO": ("منظمة الصحة العالمية",),
    "UNICEF": (
        "اليونيسف",
        "يونيسف",
        "اليونيسيف",
        "يونيسيف",
        "منظمة اليونيسف",
        "منظمة اليونيسيف",
        "منظمة الأمم المتحدة للطفولة",
    ),
    "WFP": ("برنامج الأغذية العالمي",),
    "IOM": ("المنظمة الدولية للهجرة", "منظمة الهجرة الدولية", "منظمة الهجرة العالمية"),
    "ICRC": ("اللجنة الدولية للصليب الأحمر",),
    "OHCHR": ("مفوضية الأمم المتحدة السامية لحقوق الإنسان", "مكتب حقوق الإنسان"),
    "MSF": ("أطباء بلا حدود", "منظمة أطباء بلا حدود"),
    "VDC": ("مركز توثيق الانتهاكات", "مركز توثيق الانتهاكات في سوريا"),
    "HRW": ("هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش"),
    "Amnesty International": ("منظمة العفو الدولية", "العفو الدولية"),
    "Save the Children": ("منظمة إنقاذ الطفولة", "أنقذوا الأطفال"),
    "Response Coordinators Group": ("منسقو استجابة سوريا", "فريق منسقو استجابة سوريا"),
    "Turkish defence ministry": ("وزارة الدفاع التركية",),
    "World Bank": ("البنك الدولي",),
    "Gaza Health Ministry": (
        "وزارة الصحة في قطاع غزة",
        "وزارة الصحة في غزة",
        "وزارة الصحة الفلسطينية في غزة",
        "وزارة الصحة الفلسطينية في قطاع غزة",
        "وزارة الصحة بغزة",
    ),
    "Palestinian Health Ministry": ("وزارة الصحة الفلسطينية",),
    "WAFA": ("وفا", "وكالة الأنباء الفلسطينية"),
    "Russian defence ministry": (
        "مركز المصالحة الروسي",
        "وزارة الدفاع الروسية",
        "مركز حميميم",
    ),
    "RIA Novosti": ("وكالة الإعلام الروسية", "ريا نوفوستي"),
    "Turkish government": ("بيانات رسمية تركية", "الحكومة التركية"),
    "DGMM": ("رئاسة إدارة الهجرة", "إدارة الهجرة التركية"),
    "Halab Today": ("حلب اليوم",),
    "Entesaf": ("انتصاف",),
    "Syrian government": ("وزارة الصحة السورية", "الحكومة السورية"),
}
