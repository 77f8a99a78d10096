"""Arabic extraction, round 12: kinds of error of the dev files (dates, periods, sources).

Each case quotes a short dev passage (file id in a comment; only the text is passed, never the
gold) or is a constructed sentence of the same kind.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _fields(text: str, field: str, phrases: list[str], published: str | None = None) -> dict:
    t = rows(text, published)
    got = dict(zip(t["phrase"], t[field], strict=True))
    return {p: got.get(p) for p in phrases}


def _periods(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    t = rows(text, published)
    return {
        p: (str(a.date()) if a == a else None, str(b.date()) if b == b else None)
        for p, a, b in zip(t["phrase"], t["period_start"], t["period_end"], strict=True)
    }


# --- figures ------------------------------------------------------------------------------


def test_backslash_date_is_not_a_figure() -> None:
    # ar11_031: a date written with backslashes
    t = rows(
        "قتل نحو 60 شخصاً، اليوم السبت 11\\10\\2025، في هجوم بطائرة مسيرة لقوات الدعم السريع.",
        "2025-10-11",
    )
    assert t["phrase"].tolist() == ["نحو 60"]


def test_day_of_last_month_is_not_a_figure() -> None:
    # ar11_014: "في 17 الشهر الماضي" is a day, not 17 people
    t = rows(
        "وأعلنت الوزارة وصول أعداد النازحين منذ انطلاق العمليات العسكرية في 17 الشهر الماضي "
        "إلى 37 ألفاً.",
        "2016-11-09",
    )
    assert t["phrase"].tolist() == ["37 ألفاً"]


# --- periods ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # ar10_035: "since a date until today" runs to publication
        (
            "ووفق الوزارة، بلغت حصيلة الشهداء والإصابات، منذ 18 مارس 2025 حتى اليوم، 12 ألفًا "
            "و354 شهيدًا.",
            "2025-09-15",
            {"12 ألفًا و354": ("2025-03-18", "2025-09-15")},
        ),
        # ar10_036: "since the ceasefire on a date, the total reached": one clause
        (
            "وأفادت الوزارة أنه منذ وقف إطلاق النار في 11 أكتوبر 2025، بلغ إجمالي الشهداء 352 "
            "شهيدًا.",
            "2025-11-27",
            {"352": ("2025-10-11", "2025-11-27")},
        ),
        # ar11_014: since an event with a long name and a comma, on a day of last month
        (
            "أعلنت وزارة الهجرة عن وصول أعداد النازحين من مدينة الموصل، منذ انطلاق العمليات "
            "العسكرية لاستعادتها من تنظيم الدولة الإسلامية (داعش)، في 17 الشهر الماضي، إلى "
            "37 ألفاً.",
            "2016-11-09",
            {"37 ألفاً": ("2016-10-17", "2016-11-09")},
        ),
        # ar11_006: a half of a year; the day the report came out is not the period
        (
            "وثقت الشبكة، في تقرير نشرته، السبت 2 تموز، مقتل 568 مدنياً في سوريا خلال النصف "
            "الأول من العام 2022.",
            "2022-07-02",
            {"568": ("2022-01-01", "2022-06-30")},
        ),
        # ar4_251: the half of a year written "من عام"
        (
            "قتل 390 شخصاً نتيجة مخلفات الحرب في سوريا خلال النصف الأول من عام 2025.",
            None,
            {"390": ("2025-01-01", "2025-06-30")},
        ),
        # constructed: a quarter of the last year
        (
            "عاد 5000 لاجئ إلى بلادهم خلال الربع الثالث من العام الماضي.",
            "2024-03-01",
            {"5000": ("2023-07-01", "2023-09-30")},
        ),
    ],
)
def test_periods(text: str, published: str | None, expected: dict) -> None:
    got = _periods(text, published)
    assert {p: got.get(p) for p in expected} == expected


# --- sources and qualifiers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar11_007: the opposition's interim government, then "أحصت المديرية" for it
        (
            "وثقت مديرية توثيق الانتهاكات في “الحكومة السورية المؤقتة”، مقتل قرابة 100 مدني في "
            "سوريا.\n\nوفي تقرير شهري، أحصت المديرية مقتل 21 شخصاً.",
            {"قرابة 100": "Syrian Interim Government", "21": "Syrian Interim Government"},
        ),
        # ar11_008: "ولفت المصدر" is the source of the sentence before
        (
            "وذكر مصدر في قيادة شرطة محافظة حلب في تصريح لمراسل سانا أن التنظيمات استهدفت "
            "الأحياء.\n\nولفت المصدر إلى أن الاعتداءات تسببت بارتقاء 12 شهيدا.",
            {"12": "SANA"},
        ),
        # ar10_013: "وقال مراسلنا" after the outlet's correspondent was named
        (
            "وأفاد مراسل مرصد مينا، أن تسعة مدنيين قتلوا جراء قصف على إدلب.\n\nوقال مراسلنا، إن "
            "خمسة اشخاص قتلوا في مدينة معرة النعمان.",
            {"تسعة": "Mena Monitor", "خمسة": "Mena Monitor"},
        ),
        # constructed: "our correspondent" with no outlet named before names nothing
        ("وقال مراسلنا، إن خمسة اشخاص قتلوا في مدينة معرة النعمان.", {"خمسة": None}),
    ],
)
def test_sources(text: str, expected: dict) -> None:
    assert _fields(text, "source", list(expected)) == expected


def test_at_least_without_article() -> None:
    # ar10_013: "على اقل" is "على الأقل"
    assert _fields("قتل تسعة مدنيين على اقل جراء قصف.", "qualifier", ["تسعة"]) == {
        "تسعة": "at_least"
    }
