"""Arabic dates, periods and durations (and the spans that are therefore not figures).

Month names come in the Levantine-Syriac form (أيار، آب، تشرين الأول) and the international
one (مايو، أغسطس، أكتوبر), often both ("أغسطس/آب", "كانون الثاني (يناير)"). Conventions are
those of the English engine (COMMON.md): "الشهر الماضي" the previous calendar month, a month
with "الماضي/المنصرم" the last such month on or before publication, "منذ X" from X to
publication, "خلال الساعات الـ24 الماضية" a duration of one day ending at publication.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Iterable

from idlibstats.extract.arabic.lexicon import (
    MONTHS,
    ORDINAL_DAYS,
    SMALL_NUMBERS,
    SPEECH_VERBS,
    WEEKDAYS,
)
from idlibstats.extract.arabic.normalize import fold
from idlibstats.extract.periods import Period

__all__ = ["find_periods"]


def _alt(words: Iterable[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_M = rf"(?:{_alt(MONTHS)})(?![\u0621-\u064a])"
# a month written once or twice: "أغسطس/آب", "أيلول / سبتمبر", "كانون الثاني (يناير)"
_MONTHX = rf"(?:ال)?(?:شهر\s+)?(?P<m>{_M})(?:\s*[/\-–]\s*{_M}|\s*\(\s*{_M}\s*\))?"
_REL = fold(r"(?:\s+(?P<rel>الماضي|المنصرم|الفائت|المنقضي|الجاري|الحالي))?")
_YEAR = r"(?:\s*,?\s*(?:(?:من\s+)?(?:عام|العام|لعام|للعام|سنة)\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
_DAY = rf"(?:(?:ال\s*)?(?P<d>\d{{1,2}})|(?P<o>{_alt(ORDINAL_DAYS)}))\s*(?:من\s+)?"
_DATE = re.compile(_DAY + _MONTHX + _YEAR + _REL)
_MONTH_ONLY = re.compile(r"(?<![\u0621-\u064a\d])" + _MONTHX + _YEAR + _REL)
_YEAR_ONLY = re.compile(
    fold(r"(?:(?:عام|العام|لعام|بعام|سنة)\s+|(?<=منذ\s))(?P<y>(?:19|20)\d\d)(?!\d)")
)
# two years and the ones between, named with a year word ("بين العامين 2016 و2019", "بين عامي
# 2011 و2014", "من عام 2015 إلى عام 2018"); bare numbers ("بين 2000 و2500 نازح") may be counts
_YEAR_RANGE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:(?:بين|من)\s+)?(?:العامين|عامي|عامين|الأعوام|أعوام|عام|العام|سنة|"
        r"سنتي|السنوات)\s+(?P<y1>(?:19|20)\d\d)\s*(?:و|إلى|الى|حتى|-|–)\s*(?:(?:عام|العام)\s+)?"
        r"(?P<y2>(?:19|20)\d\d)(?!\d)"
    )
)
_SINCE = re.compile(
    fold(r"منذ\s+(?:(?:بداية|مطلع|أول|أوائل)\s+)?(?:(?:شهر|عام|العام)\s+)?")
    # "منذ صباح الأحد 13 تموز": a time of day and a weekday before the date
    + fold(r"(?:(?:صباح|مساء|ظهر|فجر|ليل|ليلة|يوم)\s+)?")
    + rf"(?:(?:{_alt(WEEKDAYS)})\s+)?$"
)
_SINCE_FAR = re.compile(fold(r"منذ\s+[^\d.،]{0,60}\s(?:في|يوم)\s+$"))
# since an event begun on a date, its name long or with a comma: "منذ انطلاق العمليات العسكرية
# لاستعادتها من تنظيم الدولة الإسلامية (داعش)، في 17 الشهر الماضي" (ar11_014)
_SINCE_EVENT = re.compile(
    fold(
        r"منذ\s+(?:انطلاق|بدء|بدأ|بداية|اندلاع|وقف|سقوط|دخول|إعلان|توقيع)(?![\u0621-\u064a])"
        r"[^\d.]{0,90}?\s(?:في|يوم)\s+$"
    )
)
# a day of the last or the current month: "في 17 الشهر الماضي", "حتى 24 من الشهر الجاري"
_DAY_OF_REL_MONTH = re.compile(
    fold(
        r"(?<![\d.,])(?P<d>\d{1,2})\s+(?:من\s+)?الشهر\s+"
        r"(?P<rel>الماضي|المنصرم|الفائت|الجاري|الحالي)(?![\u0621-\u064a])(?P<y>(?!))?"
    )
)
# the day a report came out, not what it counts: "في تقرير نشرته، السبت 2 تموز، مقتل 568"
# (ar11_006)
_PUBLISHED_ON = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:نشرته|نشرها|أصدرته|أصدرها|الصادر|الصادرة|المنشور)")
    + rf"(?:\s+يوم)?\s*[،,]?\s*(?:(?:{_alt(WEEKDAYS)})\s*[،,]?\s*)?(?:في\s+)?$"
)
# a half or a quarter of a year: "خلال النصف الأول من العام 2022" (ar11_006, ar4_251)
_PART_OF_YEAR = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ال)?(?P<part>نصف|ربع)\s+(?:ال)?(?P<n>أول|ثاني|ثالث|رابع)\s+"
        r"من\s+(?:(?:(?:عام|العام|سنة|لعام)\s+)?(?P<y>(?:19|20)\d\d)(?!\d)|"
        r"(?:هذا\s+)?(?:العام|السنة)\s+(?P<rel>الجاري|الحالي|الماضي|المنصرم|الفائت))"
    )
)
_PART_INDEX = {fold(w): k for k, w in enumerate(("أول", "ثاني", "ثالث", "رابع"))}
# the end of a count since a date is today: "منذ 18 مارس 2025 حتى اليوم" (ar10_035)
_TO_NOW = re.compile(
    fold(r"\s*[،,]?\s*(?:و)?(?:حتى|لغاية|إلى)\s+(?:اليوم|الآن|يومنا\s+هذا)(?![\u0621-\u064a])")
)
_START_OF = re.compile(fold(r"(?:بداية|مطلع|أول|أوائل)\s+(?:(?:شهر|عام|العام)\s+)?$"))
_UNTIL = re.compile(fold(r"\s*[،,]?\s*(?:و)?(?:حتى|إلى|الى|لغاية)\s+(?:يوم\s+)?"))
_LAST_MONTH = re.compile(fold(r"(?:خلال\s+)?الشهر\s+(?:الماضي|المنصرم|الفائت)"))
_THIS_YEAR = re.compile(
    fold(r"(?:منذ\s+(?:بداية|مطلع)\s+|خلال\s+)(?:هذا\s+)?العام(?:\s+(?:الجاري|الحالي))?")
    + fold(r"(?!\s+(?:الماضي|المنصرم|الفائت|السابق))")
)
_LAST_YEAR = re.compile(fold(r"(?:العام|السنة|عام)\s+(?:الماضي|المنصرم|الفائت|الماضية|المنصرمة)"))
# "منذ بداية الشهر الجاري", "خلال الشهر الحالي": the current month so far
_THIS_MONTH = re.compile(
    fold(r"(?:(?:منذ\s+(?:بداية|مطلع)|خلال)\s+)?(?:هذا\s+)?الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر")
)
_DAY_WORD = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:(?:صباح|مساء|ليل|فجر|ظهر)\s+)?"
        r"(?P<w>اليوم|(?:أول\s+)?أمس(?:\s+الأول)?|يوم)(?![\u0621-\u064a])"
    )
    + rf"(?:\s+(?P<wd>{_alt(WEEKDAYS)}))?"
)
# a weekday alone ("قتل ثلاثة أشخاص ... الثلاثاء، إثر قصف", "مساء الخميس"): the last such day
# on or before publication; not a weekday before a date ("الأحد 13 تموز"), which the date reads
_BARE_WEEKDAY = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:(?:صباح|مساء|ليل|ليلة|فجر|ظهر|عصر)\s+)?")
    + rf"(?P<wd>{_alt(WEEKDAYS)})(?![\u0621-\u064a])"
    # a date after the weekday reads it ("الأحد 13 تموز", "الأحد 13/7"), a count does not
    # ("قُتل، الأربعاء، 15 شخصًا")
    + rf"(?!\s*(?:ال\s*)?\d+\s*(?:[/\-.]|من\s+|{_M}|(?:ال)?شهر))"
)
# "واليوم الثلاثاء، أصدر": the day a report came out; "امتدت حتى ليل الثلاثاء": an end
_BARE_NOT = re.compile(fold(r"(?:اليوم|يوم|أمس|امس|حتى|لغاية)\s+$"))
_NUM = rf"(?:\d+|{_alt(SMALL_NUMBERS)})"
# the first months or days of a year: "أثناء الأشهر الستة الأولى من هذا العام" (ar17_008), "خلال
# 50 يومًا من عام 2026" (ar18_351)
_FIRST_OF_YEAR = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال)?")
    + rf"(?:(?P<n>{_NUM})\s+(?P<u>{fold('أشهر|شهور|أيام|يوما')})|"
    + rf"(?P<u2>{fold('أشهر|شهور|أيام')})\s+(?:ال)?(?P<n2>{_NUM}))"
    + fold(
        r"(?:\s+(?:ال)?(?:أولى|أول))?\s+من\s+(?:(?:عام|العام|سنة|لعام)\s+(?P<y>(?:19|20)\d\d)(?!\d)|"
    )
    + fold(r"هذا\s+(?:العام|السنة)|(?:العام|السنة)\s+(?:الجاري|الحالي))(?![\u0621-\u064a])")
)
_HOURS = re.compile(
    fold(
        r"(?:الساعات\s+(?:ال\s*)?(?P<n1>\d+)|(?:ال\s*)?(?P<n2>\d+)\s+ساعة|"
        # "خلال الأربع والعشرين ساعة الماضية": twenty-four in words
        r"(?P<day>(?:ال)?أربعة?\s+و\s*(?:ال)?عشرين\s+ساعة))\s+(?P<rel>الماضية|الأخيرة|الفائتة)?"
    )
)
_DAYS = re.compile(
    fold(
        rf"(?:(?:ال\s*)?(?P<n>{_NUM})\s+(?:أيام|يوما)|الأيام\s+(?:ال)?(?P<n2>{_NUM}))"
        r"(?:\s+(?P<rel>الماضية|الأخيرة|الفائتة|المذكورة))?"
    )
)
_WEEKS = re.compile(
    # "خلال الأسبوع الأخير" (ar4_086, ar18_354), not "الأسبوع الأخير من أكتوبر"
    fold(r"(?P<two>أسبوعين)|الأسبوع\s+(?P<rel>الماضي|الفائت|المنصرم|الأخير(?!\s+من\s))|")
    # "على مدى الأسابيع السبعة الماضية", "خلال 3 أسابيع"
    + fold(rf"(?:(?:ال\s*)?(?P<n>{_NUM})\s+أسابيع|الأسابيع\s+(?:ال)?(?P<n2>{_NUM}))")
    + fold(r"(?:\s+(?P<nrel>الماضية|الأخيرة|الفائتة))?")
)
# two days or nights: "في يومين", "خلال اليومين الماضيين", "الليلتين المنصرمتين"
_TWO_DAYS = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ب|ل|و)?(?:ال)?(?:يومين|ليلتين)(?![\u0621-\u064a])"
        r"(?:\s+(?P<rel>الماضيين|الأخيرين|الفائتين|المنصرمين|الماضيتين|الأخيرتين|المنصرمتين|"
        r"الفائتتين))?"
    )
)
# a statement or a document just before a day word: the day it was said
_REPORTED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:"
        + "|".join(SPEECH_VERBS)
        + r"|نشرت|نشرته|تقرير|بيان)(?![\u0621-\u064a])[^\d.]{0,70}$"
    )
)


# "حتى اليوم", "إلى اليوم": the end of a count so far, not a day of its own ("منذ يومها الأول حتى
# اليوم الجمعة وصلت إلى 39 قتيلاً", ar12_137; "منذ بداية عمله إلى اليوم 291", ar2_249)
_TO_TODAY_BEFORE = re.compile(fold(r"(?<![\u0621-\u064a])(?:و)?(?:حتى|إلى|الى|لغاية)\s+$"))
# a span from a date to now: "خلال الفترة الممتدة من يونيو/حزيران 2019 حتى يومنا هذا" (ar13_029)
_FROM = re.compile(
    fold(r"(?<![\u0621-\u064a])من\s+(?:(?:بداية|مطلع)\s+)?(?:(?:شهر|عام|العام)\s+)?$")
)
_UNTIL_BEFORE = re.compile(fold(r"(?<![\u0621-\u064a])(?:و)?(?:حتى|لغاية)\s+(?:يوم\s+)?$"))
_BETWEEN_BEFORE = re.compile(fold(r"(?<![\u0621-\u064a])(?:ما\s+)?بين\s+$"))
_AND_DATE = re.compile(r"\s*و\s*")
_UNTIL_YESTERDAY = re.compile(
    fold(r"[^.]{0,160}?وحتى\s+(?:(?:صباح|مساء|ليل|ظهر)\s+)?(?:يوم\s+)?أمس(?:\s+\S+)?")
)
_SAID_ON = re.compile(
    fold(
        r"(?:قال|قالت|أفاد|أفادت|أعلن|أعلنت|ذكر|ذكرت|وثق|وثقت|أكد|أكدت)[^\d.]{0,60}"
        r"(?:أمس|اليوم)(?:\s+[\u0621-\u064a]+)?\s+$"
    )
)
_SAID_THAT = re.compile(
    rf"\s*[،,]?\s*(?:(?:{_alt(WEEKDAYS)})\s*[،,]?\s*)?(?:ب?أن|ان|بان|إن|عن)(?![\u0621-\u064a])"
)
# what was said after "أن" ("أفادت مصادر بأن قصفا استهدف الحي ظهر اليوم الأحد") is dated
_THAT = re.compile(fold(r"(?<![\u0621-\u064a])(?:ب|ل)?(?:أن|إن|ان)(?![\u0621-\u064a])"))
_AGO = re.compile(fold(r"(?<![\u0621-\u064a])قبل\s+(?:(?:نحو|حوالي|قرابة)\s+)?$"))
_SINCE_DAY = re.compile(fold(r"(?<![\u0621-\u064a])منذ\s+$"))
_NIGHT_BETWEEN = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ليل|ليلة)\s+")
    + rf"(?:{_alt(WEEKDAYS)})\s*[/\-–]?\s*(?:و\s*)?(?P<wd2>{_alt(WEEKDAYS)})(?![\u0621-\u064a])"
)
# a span from one named day to another: "منذ مساء أمس وحتى صباح اليوم الخميس" (ar18_332),
# "خلال الفترة بين الأربعاء والجمعة الماضيين" (ar18_305); each end a day word or a weekday
_DAYPART = fold(r"(?:(?:صباح|مساء|ليل|ليلة|فجر|ظهر|عصر)\s+)?(?:يوم\s+)?")


def _one_day(g: str) -> str:
    return (
        rf"(?:(?P<{g}>اليوم|أمس|امس)(?:\s+(?P<{g}x>{_alt(WEEKDAYS)}))?|(?P<{g}wd>{_alt(WEEKDAYS)}))"
    )


_DAY_SPAN = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:منذ|من|بين)\s+")
    + _DAYPART
    + _one_day("a")
    + fold(r"\s*[،,]?\s*(?:و\s*(?:(?:حتى|إلى|الى|لغاية)\s+)?|(?:حتى|إلى|الى|لغاية)\s+)")
    + _DAYPART
    + _one_day("b")
    + r"(?![\u0621-\u064a])"
    + fold(r"(?:\s+(?:الماضيين|المنصرمين|الفائتين|الماضي|الماضية))?")
)
# the weekdays of a span listed in brackets: "خلال الأيام الثلاثة الماضية (الجمعة، السبت،
# الأحد)" (ar15_095): the first to the last
_WEEKDAY_LIST = re.compile(
    rf"\(\s*(?P<awd>{_alt(WEEKDAYS)})(?:\s*[،,]\s*(?:و\s*)?(?:{_alt(WEEKDAYS)}))*"
    rf"\s*[،,]\s*(?:و\s*)?(?P<bwd>{_alt(WEEKDAYS)})\s*\)"
)
# the first of two days of one month: "يومي 21 و22 ديسمبر" (ar15_111)
_FIRST_OF_TWO = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:يومي|بين)\s+(?:ال\s*)?(?P<d1>\d{1,2})\s*(?:و|-|–)\s*(?:ال\s*)?$")
)
_PAST = re.compile(fold(r"\s+(?:الماضي|المنصرم|الفائت)(?![\u0621-\u064a])"))
_COMING = re.compile(fold(r"\s+(?:القادم|المقبل|القادمة|المقبلة)(?![\u0621-\u064a])"))
_SO_FAR = re.compile(fold(r"(?:حتى\s+الآن|حتى\s+اليوم|لغاية\s+الآن)[^\d.]{0,12}$"))
_VAGUE_START = re.compile(fold(r"(?:أواخر|أوائل|منتصف|أواسط)\s+(?:شهر\s+)?$"))
_FOUNDED = re.compile(fold(r"(?:تأسس|تأسست|تأسيس|أسس|أسست|أنشئ|أنشئت|إنشاء|ولد|ولدت)[^\d.]{0,40}$"))


def _month_number(name: str) -> int:
    return MONTHS[re.sub(r"\s+", " ", name)]


def _last(day: dt.date, month: int) -> int:
    """Year of the last ``month`` on or before ``day``."""
    return day.year if month <= day.month else day.year - 1


def _date(
    m: re.Match, published: dt.date | None, year: int | None = None
) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) that a date or month match names (``year`` when it has none)."""
    month = _month_number(m.group("m"))
    year = int(m.group("y")) if m.group("y") else year
    if year is None:
        if published is None:
            return None
        rel = m.group("rel")
        year = published.year if rel in ("الجاري", "الحالي") else _last(published, month)
    day = m.groupdict().get("d") or None
    ordinal = m.groupdict().get("o")
    if day is None and ordinal:
        day = ORDINAL_DAYS[re.sub(r"\s+", " ", ordinal)]
    try:
        if day is not None:
            d = dt.date(year, month, int(day))
            return d, d
        last = dt.date(year, month, monthrange(year, month)[1])
        if m.group("rel") in ("الجاري", "الحالي") and published is not None:
            last = min(last, max(published, dt.date(year, month, 1)))  # "الشهر الجاري": so far
        return dt.date(year, month, 1), last
    except ValueError:
        return None


def find_periods(
    text: str, start: int, end: int, published: dt.date | None
) -> tuple[list[Period], list[tuple[int, int]]]:
    """Periods stated in ``text[start:end]`` and the spans no figure may come from.

    Examples
    --------
    >>> t = fold("وثقت الشبكة مقتل 57 مدنيا خلال شهر أغسطس/آب الماضي")
    >>> ps, masks = find_periods(t, 0, len(t), dt.date(2024, 9, 1))
    >>> str(ps[0].period_start), str(ps[0].period_end)
    ('2024-08-01', '2024-08-31')
    """
    periods: list[Period] = []
    masks: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    dates = []
    for rx in (_DATE, _MONTH_ONLY):
        for m in rx.finditer(text, start, end):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                masks.append((m.start(), m.end()))
                dates.append((m, _date(m, published)))
    if published is not None and fold("الشهر") in text[start:end]:
        for m in _DAY_OF_REL_MONTH.finditer(text, start, end):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                masks.append((m.start(), m.end()))
                dates.append((m, _day_of_rel_month(m, published)))
    dates.sort(key=lambda x: x[0].start())
    used: set[int] = set()
    # "حتى 4 نوفمبر الجاري ... منذ 26 أكتوبر 2025": a stated end for a count since a date
    untils = [
        k
        for k, (m, span) in enumerate(dates)
        if span is not None and _UNTIL_BEFORE.search(text, max(start, m.start() - 12), m.start())
    ]
    for k, (m, span) in enumerate(dates):
        if k in used:
            continue
        s, e = m.start(), m.end()
        before = text[max(start, s - 70) : s]
        u = _UNTIL.match(text, e, end)
        if u is None and _BETWEEN_BEFORE.search(before):
            u = _AND_DATE.match(text, e, end)  # "بين 26 أكتوبر الماضي والثامن من ديسمبر"
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        if (
            span is None
            and u is not None
            and nxt is not None
            and nxt[0].start() == u.end()
            and nxt[0].group("y")
        ):
            # "بين 26 تشرين الأول/أكتوبر و2 تشرين الثاني/نوفمبر 2025": the start takes the
            # end's year
            span = _date(m, None, int(nxt[0].group("y")))
        if span is None:
            continue
        a, b = span
        two = _FIRST_OF_TWO.search(text, max(start, s - 16), s) if m.groupdict().get("d") else None
        if two is not None and int(two.group("d1")) < a.day:
            a, s = a.replace(day=int(two.group("d1"))), two.start()  # "يومي 21 و22 ديسمبر"
            before = text[max(start, s - 70) : s]
        if text[e : e + 1] == "/" or _VAGUE_START.search(before) or _FOUNDED.search(before):
            continue  # a dateline ("جنيف في 6 يوليو/أ ش أ/"), "منذ أواخر تشرين الأول"
        since = _SINCE.search(before) or _SINCE_FAR.search(before)
        if since is None and _TO_NOW.match(text, e, end):
            since = _FROM.search(before)  # "من يونيو 2019 حتى يومنا هذا": since then
        if since is None and fold("منذ") in text[max(start, s - 120) : s]:
            far = text[max(start, s - 120) : s]
            event = _SINCE_EVENT.search(far)
            if event is not None:
                before = far
                since = event
        if _START_OF.search(before) and m.groupdict().get("d") is None:
            b = a if since else b
        if _SAID_ON.search(text, max(start, s - 90), s) or _PUBLISHED_ON.search(
            text, max(start, s - 40), s
        ):
            continue  # "وثقت الشبكة أمس الأحد 1 آب/اغسطس مقتل": when it was said
        if _SAID_THAT.match(text, e) and _REPORTED.search(text, max(start, s - 90), s):
            continue  # "في بيان نشرته عبر صفحتها، اليوم الجمعة 31 أوت 2018، أن": said then
        if u is not None and nxt is not None and nxt[0].start() == u.end():
            # "من 1 كانون الثاني 2014 حتى 3 كانون الأول": the end takes the start's year
            to = _date(nxt[0], None, a.year) if nxt[0].group("y") is None else nxt[1]
            if to is None:
                continue
            b2 = to[1]
            periods.append(
                Period(since.start() + s - len(before) if since else s, nxt[0].end(), a, b2)
            )
            used.add(k + 1)
            continue
        if since:
            # "منذ 29 يناير ... وحتى يوم أمس": to the day before publication
            until = _UNTIL_YESTERDAY.match(text[e:end])
            stop = published - dt.timedelta(days=1) if until and published else published
            ends = [j for j in untils if j != k and j not in used and dates[j][1][1] >= a]
            if ends:
                stop = dates[ends[0]][1][1]
                used.add(ends[0])
                if ends[0] < k:
                    periods[:] = [p for p in periods if p.start != dates[ends[0]][0].start()]
            if stop is None:
                continue
            now = _TO_NOW.match(text, e, end)
            if now is not None and not ends and not until:
                e = now.end()  # "حتى اليوم" is publication, not a day of its own
                taken.append((s, e))
            periods.append(Period(s - len(before) + since.start(), e, a, stop))
            continue
        periods.append(Period(s, e, a, b))
    if fold("من") in text[start:end]:
        for m in _FIRST_OF_YEAR.finditer(text, start, end):
            if free(m.start(), m.end()) and (span := _first_of_year(m, published)) is not None:
                taken.append((m.start(), m.end()))
                masks.append((m.start(), m.end()))
                periods.append(Period(m.start(), m.end(), *span))
        for m in _PART_OF_YEAR.finditer(text, start, end):
            if free(m.start(), m.end()):
                span = _part_of_year(m, published)
                taken.append((m.start(), m.end()))
                masks.append((m.start(), m.end()))
                if span is not None:
                    periods.append(Period(m.start(), m.end(), *span))
    for m in _YEAR_RANGE.finditer(text, start, end):
        if free(m.start(), m.end()):  # "بين العامين 2016 و2019": the years from first to last
            taken.append((m.start(), m.end()))
            masks.append((m.start(), m.end()))
            a, b = int(m.group("y1")), int(m.group("y2"))
            if a < b:
                periods.append(Period(m.start(), m.end(), dt.date(a, 1, 1), dt.date(b, 12, 31)))
    for m in _YEAR_ONLY.finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        taken.append((m.start(), m.end()))
        masks.append((m.start(), m.end()))
        y = int(m.group("y"))
        before = text[max(start, m.start() - 30) : m.start()]
        if _FOUNDED.search(text[max(start, m.start() - 50) : m.start()]):
            continue  # "تأسس الدفاع المدني عام 2013": when something began, not a period
        so_far = _SO_FAR.search(text, max(start, m.start() - 30), m.start())
        if (
            so_far
            or _SINCE.search(before)
            or text[max(start, m.start() - 5) : m.start()].strip() == "منذ"
        ):
            if published is not None:
                periods.append(Period(m.start(), m.end(), dt.date(y, 1, 1), published))
        else:
            periods.append(Period(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31)))
    if published is not None:
        for m in _LAST_MONTH.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue  # "في 17 الشهر الماضي": a day of it, taken above
            first = published.replace(day=1) - dt.timedelta(days=1)
            periods.append(Period(m.start(), m.end(), first.replace(day=1), first))
        for m in _THIS_MONTH.finditer(text, start, end):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                periods.append(Period(m.start(), m.end(), published.replace(day=1), published))
        for m in _LAST_YEAR.finditer(text, start, end):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                y = published.year - 1
                periods.append(Period(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31)))
        for m in _THIS_YEAR.finditer(text, start, end):
            if free(m.start(), m.end()):
                stop = published
                until = _UNTIL_YESTERDAY.match(text, m.end(), end)
                if until is not None:  # "منذ بداية هذا العام وحتى صباح يوم امس الاثنين"
                    stop = published - dt.timedelta(days=1)
                    taken.append((m.end(), until.end()))
                periods.append(Period(m.start(), m.end(), dt.date(published.year, 1, 1), stop))
    for m in _HOURS.finditer(text, start, end):
        n = 24 if m.group("day") else int(m.group("n1") or m.group("n2"))
        masks.append((m.start(), m.end()))
        days = max(1.0, round(n / 24))
        periods.append(_duration(m, days, published, bool(m.group("rel"))))
    for m in _DAYS.finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue  # "خلال 50 يومًا من عام 2026": the first days of the year, read above
        raw = m.group("n") or m.group("n2")
        days = float(raw) if raw.isdigit() else SMALL_NUMBERS.get(raw, 0.0)
        masks.append((m.start(), m.end()))
        if days:
            rel = m.group("rel")
            periods.append(_duration(m, days, published, rel not in (None, "المذكورة")))
    for m in _TWO_DAYS.finditer(text, start, end):
        masks.append((m.start(), m.end()))
        taken.append((m.start(), m.end()))
        periods.append(_duration(m, 2.0, published, bool(m.group("rel"))))
    for m in _WEEKS.finditer(text, start, end):
        masks.append((m.start(), m.end()))
        if _AGO.search(text, max(start, m.start() - 14), m.start()):
            continue  # "وبدأت قبل نحو أسبوعين": when it began, not how long a count runs
        raw = m.group("n") or m.group("n2")
        if raw is not None:
            n = float(raw) if raw.isdigit() else SMALL_NUMBERS.get(raw, 0.0)
            if n:
                periods.append(_duration(m, 7.0 * n, published, bool(m.group("nrel"))))
            continue
        periods.append(
            _duration(m, 14.0 if m.group("two") else 7.0, published, bool(m.group("rel")))
        )
    if published is not None:
        for m in _NIGHT_BETWEEN.finditer(text, start, end):
            # "ليل الإثنين الثلاثاء": the night from one day into the next (the last ones)
            if free(m.start(), m.end()):
                last = published - dt.timedelta(
                    days=(published.weekday() - WEEKDAYS[m.group("wd2")]) % 7
                )
                masks.append((m.start(), m.end()))
                taken.append((m.start(), m.end()))
                periods.append(Period(m.start(), m.end(), last - dt.timedelta(days=1), last))
        spans = list(_DAY_SPAN.finditer(text, start, end))
        if "(" in text[start:end]:
            spans += _WEEKDAY_LIST.finditer(text, start, end)
        for m in spans:
            span = _day_span(m, published)
            if span is not None and free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                periods.append(Period(m.start(), m.end(), *span))
        words = list(_DAY_WORD.finditer(text, start, end))
        bare = [
            m
            for m in _BARE_WEEKDAY.finditer(text, start, end)
            if not any(d.start() <= m.start("wd") < d.end() for d in words)
            and not _BARE_NOT.search(text, max(start, m.start() - 12), m.start())
        ]
        for m in sorted(words + bare, key=lambda m: m.start()):
            w, wd = m.groupdict().get("w") or "", m.group("wd")
            if w == "يوم" and wd is None or not free(m.start(), m.end()):
                continue
            if w == fold("اليوم") and _TO_TODAY_BEFORE.search(
                text, max(start, m.start() - 8), m.start()
            ):
                continue
            # "منذ يوم الاثنين الماضي": from that day to publication
            since = _SINCE_DAY.search(text, max(start, m.start() - 6), m.start())
            told = _REPORTED.search(text, max(start, m.start() - 80), m.start())
            if told is not None and not since and not _THAT.search(told.group()):
                continue  # "أفاد المرصد أمس": when it was said, not when it happened
            if _SAID_THAT.match(text, m.end()):
                continue  # "قالت المفوضية اليوم، الثلاثاء، إن"
            if _COMING.match(text, m.end()):
                continue  # "يوم الأحد القادم": a day to come
            if w == "اليوم" and wd is None:
                day = published
            elif w.startswith(("أمس", "امس", "أول", "اول")):
                # "أمس الأول", "أول أمس": the day before yesterday
                day = published - dt.timedelta(days=2 if "اول" in w else 1)
            elif wd is not None:
                back = (published.weekday() - WEEKDAYS[wd]) % 7
                if back == 0 and _PAST.match(text, m.end()):
                    back = 7  # "يوم الجمعة الماضي" written on a Friday: a week ago
                day = published - dt.timedelta(days=back)
            else:
                day = published
            periods.append(Period(m.start(), m.end(), day, published if since else day))
    return [p for p in periods if _valid(p)], masks


def _named_day(m: re.Match, g: str, published: dt.date) -> dt.date | int:
    """The day of a span end (``published``-based), or its weekday number when only that."""
    w = m.groupdict().get(g)
    if w is None:
        return WEEKDAYS[m.group(g + "wd")]
    return published - dt.timedelta(days=0 if w == fold("اليوم") else 1)


def _day_span(m: re.Match, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of a span of two named days, the last on or before publication.

    A bare weekday at the end is its last occurrence; one at the start is counted back from
    the end ("بين الأربعاء والجمعة": the Wednesday before that Friday).
    """
    b = _named_day(m, "b", published)
    if isinstance(b, int):
        b = published - dt.timedelta(days=(published.weekday() - b) % 7)
    a = _named_day(m, "a", published)
    if isinstance(a, int):
        a = b - dt.timedelta(days=(b.weekday() - a) % 7)
    return (a, b) if a < b else None


def _first_of_year(
    m: re.Match, published: dt.date | None
) -> tuple[dt.date, dt.date, float | None, str | None] | None:
    """(first day, last day, days, their qualifier) of the first months or days of a year."""
    if m.group("y"):
        year = int(m.group("y"))
    elif published is None:
        return None
    else:
        year = published.year
    raw = m.group("n") or m.group("n2")
    n = int(raw) if raw.isdigit() else int(SMALL_NUMBERS.get(raw, 0))
    first = dt.date(year, 1, 1)
    if fold("ي") in (m.group("u") or m.group("u2")):  # days: "أيام", "يوما"
        if not 0 < n <= 366:
            return None
        return first, first + dt.timedelta(days=n - 1), float(n), "exact"
    if not 0 < n <= 12:
        return None
    return first, dt.date(year, n, monthrange(year, n)[1]), None, None


def _part_of_year(m: re.Match, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The months of a half ("النصف الثاني من 2022") or a quarter of a year."""
    if m.group("y"):
        year = int(m.group("y"))
    elif published is None:
        return None
    else:
        year = published.year - (m.group("rel") not in ("الجاري", "الحالي"))
    size = 6 if m.group("part") == "نصف" else 3
    k = _PART_INDEX[m.group("n")]
    if k * size >= 12:
        return None
    first = dt.date(year, k * size + 1, 1)
    last_month = k * size + size
    last = dt.date(year, last_month, monthrange(year, last_month)[1])
    if published is not None and first <= published < last:
        last = published  # this half so far
    return first, last


def _day_of_rel_month(m: re.Match, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The day of "17 الشهر الماضي": that day of the month before publication (or of this month)."""
    first = published.replace(day=1)
    if m.group("rel") not in ("الجاري", "الحالي"):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    try:
        d = first.replace(day=int(m.group("d")))
    except ValueError:
        return None
    return d, d


def _valid(p: Period) -> bool:
    return p.period_start is None or p.period_end is None or p.period_start <= p.period_end


_LESS_THAN = re.compile(fold(r"(?<![\u0621-\u064a])(?:أقل|اقل)\s+من\s+$"))


def _duration(m: re.Match, days: float, published: dt.date | None, ends_now: bool) -> Period:
    if _LESS_THAN.search(m.string, max(0, m.start() - 10), m.start()):
        # "خلال أقل من ثلاثة أسابيع": no period, a duration of less than that
        return Period(m.start(), m.end(), None, None, days, "less_than")
    if ends_now and published is not None:
        first = published - dt.timedelta(days=int(days))
        return Period(m.start(), m.end(), first, published, days, "exact")
    return Period(m.start(), m.end(), None, None, days, "exact")
