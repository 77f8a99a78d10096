"""Round-20 Arabic rules (issue 16): measures and periods.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one, rows


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
        # ar13_045: restated with no comma, the households' measure
        (
            "وفق المرصد السوري، أن 232 عائلة عراقية تضم 850 شخصاً غادرت اليوم مخيم الهول.",
            "850",
            "refugees",
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


def _period(text: str, phrase: str, published: str) -> tuple[str, str]:
    r = rows(text, published)
    r = r[r["phrase"] == phrase].iloc[0]
    return str(r["period_start"])[:10], str(r["period_end"])[:10]


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # ar18_332: from yesterday evening to this morning
        (
            "اعتقلت قوات الاحتلال منذ مساء أمس وحتى صباح اليوم الخميس، 40 مواطناً على الأقل.",
            "40",
            "2026-02-12",
            ("2026-02-11", "2026-02-12"),
        ),
        # ar18_305: between two weekdays, the last such Friday and the Wednesday before it
        (
            "رصدت الفرق نزوح 780 شخصا من مدينة الدلنج، خلال الفترة بين الأربعاء والجمعة الماضيين.",
            "780",
            "2025-12-29",
            ("2025-12-24", "2025-12-26"),
        ),
        # ar15_095: the weekdays listed in brackets
        (
            "دخل إلى قطاع غزة، خلال الأيام الثلاثة الماضية (الجمعة، السبت، الأحد)، 266 شاحنة.",
            "266",
            "2025-08-18",
            ("2025-08-15", "2025-08-17"),
        ),
        # ar15_111: two days of one month
        (
            "نزح 1475 شخصًا من كادقلي يومي 21 و22 ديسمبر الحالي.",
            "1475",
            "2025-12-23",
            ("2025-12-21", "2025-12-22"),
        ),
        # ar17_008, ar18_351: the first months or days of a year
        (
            "وفقا للمفوضية، فإن 13 ألف سوري عادوا إلى وطنهم من لبنان أثناء الأشهر الستة الأولى من"
            " هذا العام.",
            "13 ألف",
            "2018-08-13",
            ("2018-01-01", "2018-06-30"),
        ),
        (
            "قال تيدروس إن 5 مرافق صحية تعرضت لهجمات في السودان خلال 50 يومًا من عام 2026.",
            "5",
            "2026-02-21",
            ("2026-01-01", "2026-02-19"),
        ),
        # near misses: days with no year after them, a month of the last year
        ("نزح 600 شخص خلال 5 أيام من القتال.", "600", "2026-02-21", ("NaT", "NaT")),
        (
            "نزح 700 شخص خلال أشهر من العام الماضي.",
            "700",
            "2026-02-21",
            ("2025-01-01", "2025-12-31"),
        ),
        # ar4_086, ar18_354: "the last week" is the seven days to publication
        (
            "ووفقًا للتحديث الصادر في 12 نوفمبر، فقد عبر 2,049 شخصًا الحدود خلال الأسبوع الأخير.",
            "2,049",
            "2025-11-14",
            ("2025-11-07", "2025-11-14"),
        ),
        # near miss: the last week of a month named after it
        (
            "نزح 500 شخص خلال الأسبوع الأخير من أكتوبر.",
            "500",
            "2025-11-14",
            ("2025-10-01", "2025-10-31"),
        ),
        # near misses: one day after "since", one weekday in brackets, one dated day
        ("نزح 300 شخص منذ أمس الأحد.", "300", "2025-12-29", ("2025-12-28", "2025-12-29")),
        ("قتل 5 أشخاص في قصف (الأحد) على البلدة.", "5", "2025-12-29", ("2025-12-28", "2025-12-28")),
        ("نزح 200 شخص يوم 22 ديسمبر الحالي.", "200", "2025-12-23", ("2025-12-22", "2025-12-22")),
    ],
)
def test_day_spans(text: str, phrase: str, published: str, expected: tuple[str, str]) -> None:
    assert _period(text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "published", "expected"),
    [
        # ar18_055, ar3_132, ar4_026, ar18_038: a count of now takes no period of another clause
        (
            "وتم بناء المخيم لاستضافة اللاجئين الذين وصلوا في تشرين الأول 2019، ويستضيف حالياً"
            " 1737 عائلة.",
            "1737",
            "2025-01-10",
            ("NaT", "NaT"),
        ),
        (
            "وما زال نحو 2,5 مليون لاجئ سوري يعيشون في تركيا، بحسب حصيلة رسمية مُحدَّثة في مطلع"
            " آب/أغسطس.",
            "نحو 2,5 مليون",
            "2025-08-14",
            ("NaT", "NaT"),
        ),
        # ar3_132: nor its parent's
        (
            "كان المخيم يضم نصف مليون سوري قبل اندلاع الصراع عام 2011، ليتبقى منهم نحو 20 ألفاً"
            " فقط حالياً.",
            "نحو 20 ألفاً",
            "2015-04-08",
            ("NaT", "NaT"),
        ),
        # near misses: "so far" closes a count over the period; a period in the count's clause
        (
            "نزح أكثر من 3000 شخص منذ مطلع آب/أغسطس حتى الآن.",
            "أكثر من 3000",
            "2025-08-14",
            ("2025-08-01", "2025-08-14"),
        ),
        (
            "وتم إيواء النازحين في أيلول 2024، ويقيم حالياً 1200 نازح في المدارس منذ مطلع آب/أغسطس.",
            "1200",
            "2025-08-14",
            ("2025-08-01", "2025-08-14"),
        ),
        # ar12_137, ar2_249: "until today" ends a count so far, it is no day of its own
        (
            "إن الحصيلة الأخيرة للاشتباكات منذ يومها الأول حتى اليوم الجمعة وصلت إلى 39 قتيلاً.",
            "39",
            "2018-08-31",
            ("NaT", "NaT"),
        ),
        (
            "بلغ أعداد قتلى عناصر الدفاع المدني منذ بداية عمله إلى اليوم 291 متطوعاً.",
            "291",
            "2021-07-26",
            ("NaT", "NaT"),
        ),
        # ar13_029: from a date to now is a span since that date
        (
            "نفذت خلايا مسلحة خلال الفترة الممتدة من يونيو/حزيران 2019 حتى يومنا هذا 703 هجمات.",
            "703",
            "2020-03-10",
            ("2019-06-01", "2020-03-10"),
        ),
        # near misses: a date since which the count runs to today, a day of its own
        (
            "قتل 50 شخصا منذ 18 مارس 2025 حتى اليوم.",
            "50",
            "2025-04-01",
            ("2025-03-18", "2025-04-01"),
        ),
        ("قتل 5 أشخاص اليوم في قصف على البلدة.", "5", "2025-04-01", ("2025-04-01", "2025-04-01")),
        (
            "نفذت خلايا مسلحة 703 هجمات بدءا من يونيو/حزيران 2019.",
            "703",
            "2020-03-10",
            ("2019-06-01", "2019-06-30"),
        ),
    ],
)
def test_counts_of_now_and_so_far(
    text: str, phrase: str, published: str, expected: tuple[str, str]
) -> None:
    assert _period(text, phrase, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar18_318, ar16_100: the second verb has a subject of its own (dozens, others), so the
        # first count is of the first fate only
        (
            'وأفادت مصادر طبية أن "43 حوثياً قتلوا وأصيب العشرات يومي الأحد والاثنين".',
            "43",
            "killed",
        ),
        (
            'وأفادت مصادر طبية أن "43 حوثياً قتلوا وأصيب العشرات يومي الأحد والاثنين".',
            "العشرات",
            "injured",
        ),
        (
            "قالت مصادر إن ثمانية من المدنيين قتلوا وأصيب آخرون إثر قصف مخيم زمزم.",
            "ثمانية",
            "killed",
        ),
        # near misses: the two fates of one count
        ("قالت مصادر إن 1508 مدنيين قتلوا وأصيبوا إثر قصف مخيم زمزم.", "1508", "other"),
        ("أسفر القصف عن مقتل وإصابة 20 مدنيا في المخيم.", "20", "other"),
        # ar15_064, ar16_013: the weapons a place was struck with are attacks
        (
            "والاثنين الماضي، استهدفت القوات الحكومية بأربع طائرات مسيّرة انتحارية، بلدة كفرنوران.",
            "أربع",
            "attacks",
        ),
        (
            "وأفاد سكان أن الميليشيات قصفت المدينة بأكثر من 40 مقذوف هاون، ما أدى إلى مقتل مدنيين.",
            "أكثر من 40",
            "attacks",
        ),
        # near misses: drones shot down, vehicles with no strike
        ("وأسقطت الدفاعات الجوية أربع طائرات مسيّرة فوق المدينة.", "أربع", "other"),
        ("ووصلت إلى المدينة 12 سيارة إسعاف بعد القصف.", "12", "other"),
    ],
)
def test_fates_and_attacks(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected
