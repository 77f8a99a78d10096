"""The Arabic extraction pipeline: normalised text -> figures with original offsets.

It produces the same figure objects as the English pipeline, with bounds set by the table's
one qualifier -> bounds rule (:func:`idlibstats.table.figure_bounds`); the shared builder
turns them into table rows, so the table, its contract and its columns are the same whatever
the language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from idlibstats.extract.arabic.attribution import (
    ARMED_GROUPS,
    UN_AGENCIES,
    UN_DESCRIPTIONS,
    ArabicMention,
    described_source,
    generic_source,
    is_monitor,
    learn_people,
    mentions,
    opening_source,
    organisation_named_back,
    person_mentions,
    pronoun_reporter,
    sentence_sources,
    told_person,
)
from idlibstats.extract.arabic.lexicon import (
    CAMP_LAND,
    DEAD_NOUNS,
    FATE_VERB_STEMS,
    ORGANISATIONS,
    SPEECH_VERBS,
    WOUNDED_NOUNS,
)
from idlibstats.extract.arabic.measures import keywords, noun_measure
from idlibstats.extract.arabic.normalize import Normalized, fold, normalize
from idlibstats.extract.arabic.numerals import Number, core, find_numbers, tokens
from idlibstats.extract.arabic.periods import find_periods
from idlibstats.extract.arabic.places import find_places
from idlibstats.extract.arabic.qualifiers import left_qualifier, range_join, right_qualifier
from idlibstats.extract.attribution import Attribution, SourceRegistry
from idlibstats.extract.periods import Period
from idlibstats.table import figure_bounds

__all__ = ["ArabicFigure", "Span", "extract"]


@dataclass
class Span:
    """A sentence (original offsets)."""

    start: int
    end: int


@dataclass
class ArabicFigure:
    """One figure; ``start``/``end`` are offsets into the original text."""

    start: int
    end: int
    value: float
    lower: float
    upper: float
    qualifier: str
    unit: str
    currency: str | None
    n_start: int  # normalised offsets of the phrase and of the counted noun's end
    n_end: int
    subject_end: int
    subject: str | None = None
    measure: str | None = None
    parent: ArabicFigure | None = None
    period: Period | None = None
    source: Attribution | None = None
    place: Any = None
    kind: str = "numeral"
    head_start: int = -1  # a noun written before the number ("مجزرة واحدة", "مواطنين اثنين")
    extra: dict = field(default_factory=dict, repr=False)


_SENTENCE_END = re.compile(
    r"[.!?؟]+[\"”’»)]*(?=\s|$)|\n+|(?<=[\u0621-\u064a]{3})\.(?=[\u0621-\u064a]{2})|"
    r"(?<=[\u0621-\u064a][\"”»])\.(?=[\u0621-\u064a]{2})|"  # 'الضروريات".ويخوض'
    r"(?<=\d{4})\.(?=[\u0621-\u064a]{2})"  # "منذ أبريل 2023.وأكثر"
)
_CLAUSE = re.compile(r"[،,;:]|(?<![\u0621-\u064a])(?:في حين|بينما|فيما|كما)(?![\u0621-\u064a])")
_SUB_BEFORE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:(?:و)?(?:من\s+)?(?:بين|بينهم|بينهن|بينها|منهم|منهن|منها|ومنهم|وبينهم|"
        r"في\s+عدادهم|ضمنهم|ضمنهن|ضمنها)|(?:و)?(?:هم|هما|هن)|بما\s+(?:في\s+ذلك|فيهم|فيهن|فيها)|على\s+(?:النحو|الشكل)\s+(?:التالي|الآتي)|كالتالي|كالآتي)"
        r"(?:\s+من)?\s*[:،,]?\s*$"
    )
)
_SUB_PRONOUN = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:و)?(?:من\s+)?(?:بينهم|بينهن|منهم|منهن)(?![\u0621-\u064a])")
)
_SUB_AFTER = re.compile(fold(r"\s+(?:منهم|منهن)(?![\u0621-\u064a])"))
# "عُثر على 23 جثة. وأوضح أنه تم التعرف على 19 منها": "منها" for a plural of things (the
# bodies) pointing back a sentence
_OF_THEM_BACK = re.compile(fold(r"\s+(?:منهم|منهن|منها)(?![\u0621-\u064a])"))
_SIBLING = re.compile(r"(?:^|[\s،,])و\s*\(?$|^\s*[،,]?\s*$")
_ADDED = re.compile(fold(r"(?:فضلا\s+عن|إضافة\s+إلى|بالإضافة\s+إلى|علاوة\s+على)\s*$"))
_STOP = frozenset(
    fold(w)
    for w in (
        "في من على إلى الى عن مع منذ خلال بعد قبل حتى بين بينهم منهم أن ان إن قد لم لا ما هو هي "
        "وفق بحسب حسب جراء إثر اثر نتيجة بسبب عبر داخل خارج أي أو او ثم تم وذلك الذي التي الذين "
        "بينها بينهن منها منهن هم هما هن وهم وهما"
    ).split()
)
# qualifier words after a number are not its noun: "1546 تقريبا قضوا", "10 على الأقل"
_DEATHS = frozenset(fold(w) for w in "وفاة وفيات".split())
_QUALIFIER_WORDS = frozenset(fold(w) for w in "تقريبا فأكثر أو".split())
_TERRITORY = re.compile(
    fold(
        r"(?:و|ب|ل)?(?:ال)?(?:قرية|قرى|بلدة|بلدات|مدينة|مدن|منطقة|مناطق|مساحة|موقع|مواقع|تلة|تلال|تل|تلا|"
        r"حي|أحياء|نقطة|نقاط|محافظة|محافظات|"
        # a share of a capital or a country's land: "تسيطر على نحو 85% من العاصمة" (ar22_189),
        # "تحتل ... حوالى 40 في المئة من أراضي بوركينا فاسو" (ar20_366)
        r"عاصمة|أراضي|"
        # sites in the accusative and states: "نزحوا عبر 178 موقعًا" (ar23_039), "توزعوا على
        # 26 موقعًا" (ar21_305), "منتشرة في 21 موقعا" (ar19_408), "في مخيمات موزعة في 26 ولاية"
        # (ar21_038), "الزلزال الذي ضرب 10 ولايات تركية" (ar20_058)
        r"موقعا|ولاية|ولايات)(?![\u0621-\u064a])"
    )
)
_ABROAD = re.compile(
    fold(
        r"(?:البلدان|الدول|بلدان|دول)\s+(?:المجاورة|الجوار|المحيطة|مجاورة)|في\s+الخارج|"
        r"خارج\s+(?:البلاد|سوريا|السودان|اليمن|العراق|بلادهم|بلدهم|بلادها|حدود)|"
        r"(?:فروا|فر|فرت|هربوا|هرب|غادروا|غادر|نزحوا)\s+من\s+(?:بلادهم|بلدهم|بلادها|البلاد|لبنان|"
        r"سوريا|سورية|السودان|اليمن|العراق|أوكرانيا|أفغانستان|ليبيا)(?![\u0621-\u064a])|"
        r"(?<![\u0621-\u064a])(?:إلى|الى|نحو|باتجاه)\s+(?:(?:الجارة|الجار|دولة|جمهورية)\s+)?(?:تركيا|لبنان|الأردن|العراق|مصر|أوروبا|ألمانيا|تشاد|جنوب\s+السودان|"
        r"إثيوبيا|ليبيا|النيجر|اليونان|أوغندا|كينيا|بنغلاديش|بنجلاديش|السعودية|جيبوتي|الصومال|إيران|"
        # the whole of Sudan as the goal of a flight is a flight into it from abroad ("وفر 20
        # ألفا، على الأقل، إلى السودان", ar23_172); not "إلى شرق السودان"
        r"باكستان|بولندا|رومانيا|مولدوفا|إقليم\s+كردستان|كردستان\s+العراق|سوريا|سورية|السودان)"
        r"(?![\u0621-\u064a])|"
        # the goal joined by "ل" to the flight: "إلى الفرار للسودان المجاور" (ar22_041)
        r"(?<![\u0621-\u064a])(?:الفرار|فرارا|الهرب|هربا|الهروب|اللجوء|لجوء)\s+(?:للسودان|لتشاد|"
        r"لتركيا|للبنان|للأردن|للعراق|لمصر|لإثيوبيا|لأوغندا|لكينيا|لليبيا|لأوروبا|لألمانيا|"
        r"لبنغلاديش|لبنجلاديش)(?![\u0621-\u064a])"
    )
)
_THINGS = re.compile(
    fold(
        r"(?:و|ب|ل)?(?:ال)?(?:منزل|منازل|مبنى|مباني|مبان|منشأة|منشآت|مستشفى|مستشفيات|مدرسة|مدارس|"
        r"سيارة|سيارات|شاحنة|شاحنات|خيمة|خيام|طن|أطنان|سلة|سلال|مركز|مراكز|بئر|آبار|شقة|شقق|"
        r"محل|محلات|مسجد|مساجد|جسر|جسور|آلية|آليات|دبابة|دبابات|مدرعة|مدرعات|عربة|عربات|"
        r"مخبز|مخابز|سوق|أسواق|محطة|محطات|طائرة|طائرات|قارب|قوارب|أبنية|بناية|بنايات|حريق|"
        r"حرائق|مخيم|مخيمات|وحدة|وحدات|مولود|مواليد|ولادة|ولادات|طالب|طلاب|تلميذ|تلاميذ|حاجز|حواجز|"
        r"معبر|معابر|مكتب|مكاتب|مركبة|مركبات|عيادة|عيادات|ذخيرة|ذخائر|لغم|ألغام|بوابة|بوابات|"
        # rations handed out ("(3.7) مليون حصة غذائية", ar16_024)
        r"باص|باصات|حافلة|حافلات|مقبرة|مقابر|حصة|حصص)"
        # "50 منزلا"; a possessive: "افتتحت اثنتين من مدارسها" (ar15_124)
        r"(?:ا|ها|هم)?(?![\u0621-\u064a])"
    )
)
_IN_AND_OUT = re.compile(
    fold(
        # "داخل البلاد وخارجها", and with no word between: "نزحوا داخل وخارج السودان"
        # (ar10_057, ar16_027)
        r"داخليا\s+و(?:عبر\s+الحدود|إلى\s+(?:دول|البلدان))|داخل\s+(?:\S+\s+)?(?:و|أو\s+)خارج|"
        r"وخارجها|"
        r"(?:بين\s+)?(?:لل|ال)?(?:نازح|نازحا|نازحين|نازحون|مهجر|مهجرين)\s+(?:و|أو)\s*(?:ال)?"
        r"(?:لاجئ|لاجئا|لاجئين|لاجئون)(?![\u0621-\u064a])|"
        r"(?:بين\s+)?(?:لل|ال)?(?:لاجئ|لاجئا|لاجئين|لاجئون)\s+(?:و|أو)\s*(?:ال)?"
        r"(?:نازح|نازحا|نازحين|نازحون|مهجر|مهجرين)(?![\u0621-\u064a])|"
        r"(?:في\s+الداخل|داخل\s+البلاد|داخليا)(?:\s+[\u0621-\u064a]+){0,3}?\s+"
        r"(?:و|أو)\s*(?:لجأوا|لجؤوا|لجأ|اللجوء|لاجئين|اللاجئين|إلى\s+الخارج|في\s+الخارج|خارجها)|"
        # the two flights as verbal nouns or verbs: "نزوح ولجوء 4.5 مليون سوداني", "نزحوا أو لجأوا"
        r"(?<![\u0621-\u064a])(?:ل|ب)?(?:ال)?(?:نزوح|نزحوا)\s+(?:و|أو)\s*(?:ال)?(?:لجوء|لجأوا|لجؤوا)"
        r"(?![\u0621-\u064a])|"
        r"(?<![\u0621-\u064a])(?:ل|ب)?(?:ال)?(?:لجوء|لجأوا|لجؤوا)\s+(?:و|أو)\s*(?:ال)?(?:نزوح|نزحوا)"
        r"(?![\u0621-\u064a])|"
        # places at home and the neighbours in one list: "الى مناطق داخل العراق وأخرى في اقليم
        # كوردستان ودول مجاورة"
        r"داخل\s+\S+(?:\s+\S+){0,6}?\s+(?:و|أو)\s*(?:ال)?(?:دول|بلدان)\s+(?:ال)?(?:مجاورة|الجوار)"
    )
)
_FATES = ("killed", "injured", "displaced", "refugees", "other")
_FATE_STEMS = fold(FATE_VERB_STEMS)
# a fate verb right after a count and its noun ("13 مدنيا أصيبوا", "عشرة افراد من عائلة واحدة
# قتلوا"): four words at most between them, no clause mark, no other number
_OWN_FATE = re.compile(
    fold(
        r"(?:\s+(?!" + _FATE_STEMS + r")[^\s\d٠-٩،,.؛;:]+){0,4}?\s+(?:قد\s+)?(?:"
        r"(?P<injured>أصيبوا|اصيبوا|أصيبا|جرحوا|أصبن)|(?P<killed>قتلوا|قتلا|استشهدوا|استشهدا|"
        r"توفوا|قضوا|لقوا\s+حتفهم|لقوا\s+مصرعهم|وفاة))(?![\u0621-\u064a])"
        # not one of two fates: "1508 مدني قتلوا وأصيبوا" (measure other), unless the second
        # has a count of its own ("15 مدنياً قتلوا وأصيب ما لا يقل عن 20")
        # ("لقوا حتفهم أو فقدوا": the dead or missing, other)
        r"(?!\s*(?:"
        + _FATE_STEMS
        + r"[\u0621-\u064a]*(?!\s+(?:[\d٠-٩]|ما\s|نحو|أكثر|حوالي|عدد|(?:ال)?(?:عشرات|مئات|آخر)))"
        + r"|(?:و|أو|او)\s*(?:فقد|اختف|مفقود)))"
    )
)


def _sentences(t: str) -> list[tuple[int, int, int]]:
    out, start, para = [], 0, 0
    for m in _SENTENCE_END.finditer(t):
        end = m.end() if "\n" not in m.group() else m.start()
        if t[start:end].strip():
            s = start + len(t[start:end]) - len(t[start:end].lstrip())
            out.append((s, len(t[:end].rstrip()), para))
        if "\n" in m.group():
            para += 1
        start = m.end()
    if t[start:].strip():
        s = start + len(t[start:]) - len(t[start:].lstrip())
        out.append((s, len(t.rstrip()), para))
    return out


def _subject(t: str, num: Number, ceil: int) -> tuple[str | None, int]:
    """The counted noun after the number (as normalised text) and where it ends."""
    toks = [k for k in tokens(t, num.end, min(ceil, num.end + 60)) if not k.digit][:3]
    if num.kind == "dual":
        return t[num.start : num.end], num.end
    words: list[str] = []
    end = num.end
    for k in toks:
        gap = t[end : k.start]
        if gap.strip(' ()"“”«»'):
            break
        w = k.text
        if not words and w == "من":
            end = k.end
            continue
        if w in _STOP or core(w)[1] in _STOP and len(w) <= 3 or w in _QUALIFIER_WORDS:
            break
        if (
            words
            and (w.startswith("و") or len(words) >= 2)
            or w.startswith("وال")
            or w.startswith("و")
            and w not in _DEATHS
            and keywords(t, k.start, k.end)
        ):
            break  # "إلى 3961 والجرحى إلى 16520", "استشهاد 3 وإصابة 7": the next count's
        words.append(w)
        end = k.end
    if not words:
        return None, num.end
    return " ".join(words), end


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _nearest(items: list, f: ArabicFigure) -> Any:
    best, best_d = None, None
    for it in items:
        d = _dist((it.start, it.end), (f.n_start, f.subject_end))
        if best_d is None or d < best_d:
            best, best_d = it, d
    return best


_THAT = re.compile(fold(r"(?<![\u0621-\u064a])(?:ب|و)?(?:أن|إن|ان|بان)(?![\u0621-\u064a])"))


# a new clause opened by a speech verb just before the reporter's name
_NEW_CLAIM = re.compile(fold(r"[،,]\s*(?:و|ف|لكن\s+)?(?:" + "|".join(SPEECH_VERBS) + r")\s+$"))


# a reporter of the sentence's own, named or not: "بحسب ما أفاد نقيب الأطباء", "بحسب والسلطات"
_CITED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?:قال|قالت|أفاد|أفادت|أعلن|أعلنت|ذكر|ذكرت|أكد|أكدت|"
        r"أوضح|أوضحت|صرح|صرحت|أضاف|أضافت|أشار|أشارت|كشف|كشفت|نقل|نقلت|حسب|بحسب|وفق|وفقا|طبقا|"
        r"حسبما|يقول|تقول|قوله|قولها)(?![\u0621-\u064a])"
    )
)


# the writer's background, not more of the report (D1): "يجئ ذلك في الوقت الذي", "يذكر أن",
# a war-wide summary ("ويخوض الجيش ... حربًا منذ نيسان 2023، أسفرت عن مقتل")
_BACKGROUND = re.compile(
    fold(
        r"(?:و)?(?:(?:يأتي|يجيء|يجئ|تأتي)\s+(?:ذلك|هذا)|(?:ي)?ذكر\s+(?:أن|ان)|تجدر\s+الإشارة|"
        r"الجدير\s+بالذكر)(?![\u0621-\u064a])"
    )
)
_WAR_SINCE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ال)?(?:حرب|حربا|نزاع|صراع)(?:\s+[^\s.،,]+){0,3}?\s+"
        r"منذ(?![\u0621-\u064a])|"
        r"(?<![\u0621-\u064a])منذ\s+(?:اندلاع|بدء|بداية)\s+(?:ال)?(?:حرب|نزاع|صراع|أزمة)|"
        # the war's whole toll: "الحرب في السودان أسفرت عن مقتل أكثر من 15 ألف" (ar10_057)
        r"(?<![\u0621-\u064a])(?:ال)?(?:حرب|نزاع|صراع)(?:\s+[^\s.،,]+){0,3}?\s+"
        r"(?:أسفرت|أسفر|خلفت|خلف|أدت|أدى|تسببت|تسبب)(?![\u0621-\u064a])"
    )
)


# an outlet's correspondent ("مراسل مرصد مينا") and "our correspondent" ("وقال مراسلنا")
_CORRESPONDENT_OF = re.compile(fold(r"(?<![\u0621-\u064a])(?:ل|و)?مراسل(?:ة|و|ي)?\s+$"))
_OUR_MAN = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:و|ف|ل)?مراسل(?:نا|تنا|ونا|ينا)(?![\u0621-\u064a])")
    # "وأوضح المراسل أن" after "مراسل عنب بلدي": that correspondent again (ar13_024)
    + "|"
    + fold(r"(?<![\u0621-\u064a])(?:و|ف)?(?:قال|أفاد|أوضح|أضاف|أشار|ذكر|تابع)\s+المراسل")
    + r"(?![\u0621-\u064a])"
)


# a reporter named first in a clause of its own after the figures, its verb after it and a
# "that" clause with no count of its own ("... جرح مئة وثمانون آخرون، مراسل الميادين أفاد بأن
# الصواريخ استهدفت", ar14_077): it reports what follows, not the toll before it
_CLAUSE_BEFORE = re.compile(r"[،,]\s*$")
_VERB_THAT_AFTER = re.compile(
    fold(r"\s*(?:" + "|".join(SPEECH_VERBS) + r")\s+(?:ب|و)?(?:أن|إن|ان|بان)(?![\u0621-\u064a])")
)


def _named(attrs: list[Attribution]) -> Attribution | None:
    """The last reporter of a sentence without figures, if it is a named one."""
    return attrs[-1] if attrs and attrs[-1].source is not None else None


def _reporter(t: str, attrs: list[Attribution], f: ArabicFigure) -> Attribution | None:
    """The nearest attribution of a figure.

    A reporter opening a "that" clause ("أكدت الأمم المتحدة أن ...", "التقديرات التي
    استخدمها مسؤولون بأن ...") reports what follows it, so it reaches a figure written before
    it only at three times the distance.
    """
    best, best_d = None, None
    for a in attrs:
        d = _dist((a.start, a.end), (f.n_start, f.subject_end))
        if f.subject_end <= a.start:
            m = _THAT.search(t, a.start, min(len(t), a.end + 60))
            if m is not None and not re.search(r"\d", t[a.end : m.start()]):
                d *= 3
                if (
                    a.source in ARMED_GROUPS
                    and m.start() - a.end < 15
                    and _NEW_CLAIM.search(t, f.subject_end, a.start)
                    and not re.search(r"\d", t[m.end() : (t.find(".", m.end()) + 1 or len(t))])
                ):
                    continue  # "قصفت البلدة 12 مرة، وقال حزب الله إن القوات تسللت": a
                    # party's claim of its own, with no count (an agency or a monitor saying
                    # so after a comma still reports the event: round-2 rule)
                if _CLAUSE.search(t, f.subject_end, a.start):
                    d *= 4  # "... بما يزيد عن مائتين، لكن إسرائيل تقول إن ..."
                v = _VERB_THAT_AFTER.match(t, a.end)
                if (
                    v is not None
                    and _CLAUSE_BEFORE.search(t, max(0, a.start - 3), a.start)
                    and not re.search(r"\d", t[v.end() : (t.find(".", v.end()) + 1 or len(t))])
                ):
                    continue  # "...، مراسل الميادين أفاد بأن الصواريخ استهدفت" (ar14_077)
        if best_d is None or d < best_d:
            best, best_d = a, d
    return best


def _combine(t: str, s: int, e: int, nums: list[Number]) -> list[ArabicFigure]:
    figs: list[ArabicFigure] = []
    i, floor = 0, s
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        nan = float("nan")
        if b is not None and "vague" not in (a.kind, b.kind) and a.unit == b.unit:
            r = range_join(t, a.start, a.end, b.start, floor)
            lo, hi = a.value, b.value
            scale = _scale_of(t, b)
            if r is not None and scale > 1 and re.fullmatch(r"\d+", t[a.start : a.end]):
                lo = a.value * scale  # "نحو 35 إلى 37 ألف": the scale word of the second end
            if r is not None and lo < hi:
                subj, s_end = _subject(t, b, e)
                figs.append(
                    ArabicFigure(
                        0,
                        0,
                        (lo + hi) / 2,
                        lo,
                        hi,
                        "range",
                        b.unit,
                        b.currency,
                        r,
                        b.end,
                        s_end,
                        subj,
                    )
                )
                floor = b.end
                i += 2
                continue
        ceil = b.start if b is not None else e
        subj, s_end = _subject(t, a, ceil)
        if a.kind == "vague":
            f = ArabicFigure(
                0,
                0,
                a.value,
                nan,
                nan,
                "vague",
                a.unit,
                a.currency,
                a.start,
                a.end,
                s_end,
                subj,
            )
        else:
            q, start = left_qualifier(t, a.start, floor)
            if q is None or q == "approx":
                # "نحو 84 شخصا على الأقل": the bound after the noun wins over the estimate
                right = right_qualifier(t, s_end, min(ceil, _clause_end(t, s_end, e)))
                q = right if q is None or right == "at_least" else q
            f = ArabicFigure(
                0, 0, a.value, nan, nan, q or "exact", a.unit, a.currency, start, a.end, s_end, subj
            )
        f.kind = a.kind
        f.head_start = _noun_before(t, a, floor)
        figs.append(f)
        floor = a.end
        i += 1
    # "213 قتيل و1009 مصابا على الأقل": a trailing "at least" covers both counts
    for x, y in zip(figs, figs[1:], strict=False):
        if (
            y.qualifier == "at_least"
            and x.qualifier == "exact"
            and re.fullmatch(r"\s*و", t[x.subject_end : y.n_start])
            and right_qualifier(t, y.subject_end, min(e, y.subject_end + 40))
        ):
            x.qualifier = "at_least"
    return figs


def _scale_of(t: str, n: Number) -> float:
    """The scale of a number written as digits and a scale word ("37 ألف" -> 1000), else 1."""
    m = re.match(r"(\d+)\s+[\u0621-\u064a]", t[n.start : n.end])
    if m is None or int(m.group(1)) == 0 or n.value % int(m.group(1)):
        return 1.0
    return n.value / int(m.group(1))


def _noun_before(t: str, a: Number, floor: int) -> int:
    """Start of the noun before a number word that follows its noun ("شهيد واحد"), else -1."""
    if a.kind != "word" or a.value > 2:
        return -1
    m = re.search(r"([\u0621-\u064a]+)\s+$", t[max(floor, a.start - 30) : a.start])
    if m is None:
        return -1
    s = a.start - len(m.group())
    word = m.group(1)
    if noun_measure(t, s, s + len(word)) is not None:
        return s  # "شهيد واحد", "مجزرة واحدة"
    if keywords(t, s, s + len(word)) or not word.endswith(("ين", "ون", "ان", "ة", "ا", "ات")):
        return -1  # "وقتل اثنان": a verb, the number comes first
    return s


def _clause_end(t: str, a: int, e: int) -> int:
    m = re.compile(r"[،,;:.]").search(t, a, e)
    return m.start() if m else e


# "إن 124 مدنياً، بينهم 12 طفلاً و4 سيدات، قُتلوا ...، وثلاثة مدنيين بينهم طفلين": after a
# closed list of parts, a count with parts of its own is a new total, not one more part
_OWN_PARTS = re.compile(
    fold(r"\s*[،,]?\s*(?:و)?(?:من\s+)?(?:بينهم|بينهن|بينها)(?![\u0621-\u064a])")
)


def _link_subcounts(t: str, figs: list[ArabicFigure]) -> None:
    """Sub-counts: "بينهم 294 طفلاً و137 سيدة", "4 منهم أطفال", "من بينهم 2110"."""
    total: ArabicFigure | None = None
    prev: ArabicFigure | None = None
    before: ArabicFigure | None = None  # the figure before ``prev``
    for f in figs:
        linked = None
        if prev is not None:
            # "بينهم طفلين وسيدة واحدة": a number word after its noun starts at the noun
            gap = t[prev.subject_end : f.head_start if f.head_start >= 0 else f.n_start]
            if _SUB_AFTER.match(t, f.n_end) and not _CLAUSE_STOP.search(gap):
                linked = prev  # "بينهم 5 في معرة النعمان، 4 منهم أطفال"
            elif _SUB_BEFORE.search(gap):
                # nested under a lone part ("من بينهم 12 ألف مدني ...، من ضمنهم 2600 طفل"); after
                # a list of parts, of the total ("بينهم 45 طفلاً و43 سيدةً، تحوّل منهم 856")
                # ("وخمسة أطفال بينهم أربعة أشقاء": right after the part, of the part)
                own = prev.parent in (None, before) or _SUB_BEFORE.fullmatch(gap.lstrip())
                linked = prev if own else total
            elif _pronoun_marker(gap) and not _fate_between(t, prev, f.n_start):
                linked = prev if prev.parent is None else total
            elif (
                prev.parent is not None
                and _sibling(t, prev, f, gap)
                and not ("،" in gap and _OWN_PARTS.match(t, f.subject_end))
            ):
                linked = prev.parent
        if linked is not None and _linkable(t, f, linked):
            f.parent = linked
        if f.parent is None:
            total = f
        before, prev = prev, f


_CLAUSE_STOP = re.compile(r"[.;]")
_HOME = re.compile(fold(r"(?<![\u0621-\u064a])(?:داخل|داخليا|في\s+الداخل)(?![\u0621-\u064a])"))
_REST_ABROAD = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و)?(?:الباقون|الباقين|البقية|الباقي|الآخرون)(?:\s+[^\s.;]+){0,3}?"
        r"\s+(?:(?:إلى|الى|نحو)\s+)?(?:ال)?(?:خارج|الخارج|دول|بلدان)"
    )
)


# a part gone abroad: "منهم 3.1 مليون لجأوا إلى دول الجوار" (ar19_370), "ونحو 4 ملايين
# لجؤوا عبر الحدود" (ar18_310), "بينهم أكثر من 260 ألفاً من لبنان والأردن" (ar19_043)
_PART_ABROAD = re.compile(
    fold(
        r"(?:\s+[^\s\d،,.;:]+){0,3}?\s+(?:إلى|الى|عبر|من)\s+(?:"
        r"(?:ال)?(?:دول|بلدان)\s+(?:ال)?(?:جوار|مجاورة)|(?:ال)?حدود|(?:ال)?خارج|"
        r"تركيا|لبنان|الأردن|مصر|تشاد|أوروبا|ألمانيا|العراق|إثيوبيا|ليبيا|جنوب\s+السودان)"
        r"(?![\u0621-\u064a])"
    )
)


def _split_home_and_abroad(t: str, figs: list[ArabicFigure], e: int) -> None:
    """A total of people displaced at home and abroad is a combined count (other).

    "... إلى 13,686 مليون شخص، بينهم 8,029 ملايين شخص نزحوا داخل الأراضي الأوكرانية، فيما
    فرّ الباقون إلى خارجها": the part displaced at home keeps its measure and no parent.
    "تشريد أكثر من 11 مليون شخص، منهم 3.1 مليون لجأوا إلى دول الجوار": the part gone
    abroad is the refugees, with no parent; a part at home beside it stays displaced.
    """
    for f in figs:
        p = f.parent
        if (
            p is not None
            and p.measure == f.measure == "displaced"
            and _HOME.search(t, f.n_end, _clause_end(t, f.n_end, e))
            and _REST_ABROAD.search(t, f.subject_end, e)
        ):
            p.measure = "other"
            f.parent = None
        elif (
            p is not None
            and p.measure == "displaced"
            and p.parent is None
            and f.unit == p.unit == "count"
            and _PART_ABROAD.match(t, f.n_end, _clause_end(t, f.subject_end, e))
        ):
            p.measure = "other"
            f.measure, f.parent = "refugees", None
            for g in figs:
                if g.parent is p and _HOME.search(t, g.n_end, _clause_end(t, g.n_end, e)):
                    g.parent = None  # "من بينهم 11.58 مليون نازح داخل السودان"


# an outbreak named before the count in its sentence: its cases are not the wounded
_OUTBREAK = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ب|ل)?(?:ال)?(?:وباء|كوليرا|كورونا|الحصبة|تفشي)(?![\u0621-\u064a])"
    )
)
# wounds, not cases of a disease: "أصيب 12 مدنيا بجروح"
_WOUNDS_AFTER = re.compile(fold(r"(?:\s+[\u0621-\u064a]+){0,2}?\s+(?:ب|و)?(?:ال)?جروح"))
_JOINED_TO = re.compile(r"\s+[\u0621-\u064a]+\s+و\s*")
_RETURNED = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:عودة|عاد|عادوا|العائدين|عائدين)\s*$")
)


def _mixed_returns(t: str, s: int, figs: list[ArabicFigure]) -> None:
    """A return total whose sub-count is the internally displaced holds refugees too: other.

    "بعودة نحو 1.2 مليون شخص إلى منازلهم في سوريا ...، من بينهم أكثر من 885 ألف شخص نزحوا
    داخليًا": returnees from abroad and from displacement at home, one count (round-6
    decision on mixed returns).
    """
    for f in figs:
        if f.parent is not None or f.measure not in ("displaced", "refugees"):
            continue
        if not _RETURNED.search(t, max(s, f.n_start - 12), f.n_start):
            continue
        if any(g.parent is f and _INSIDE.match(t, g.subject_end) for g in figs):
            f.measure = "other"


def _own_part(t: str, f: ArabicFigure) -> bool:
    """A part of a combined count (other) named by its own status or its own fate.

    "عاد أكثر من 2.4 مليون لاجئ ونازح سوري ...، منهم 779 ألفا و473 لاجئاً من دول الجوار":
    the total is a combined count (other), the part its refugees; "(242) ضحية ...، من بينها
    (101) شخص وفاة": the part with a fate of its own is its dead.
    """
    p = f.parent
    if p.measure == "other" and f.extra.get("own_fate") == f.measure:
        return True  # "(242) ضحية ...، من بينها (101) شخص وفاة": the dead among the victims
    return (
        p.measure == "other"
        and f.extra.get("head") == f.measure
        and f.measure in ("displaced", "refugees")
        and _IN_AND_OUT.search(t, p.n_start, f.n_start) is not None
    )


def _fate_between(t: str, prev: ArabicFigure, b: int) -> bool:
    """Whether a word of another fate stands between ``prev`` and ``b``.

    "استشهد أربعة مواطنين بينهم فتاة وأصيب أربعة": the second count is not a sub-count of
    the first.
    """
    found = keywords(t, prev.subject_end, b)
    return any(m in _FATES and m != prev.measure for _, _, m in found)


def _pronoun_marker(gap: str) -> bool:
    """Whether "منهم"/"بينهم" comes earlier in the clause: "عاد منهم إلى مناطقه حوالي 57 ألفًا"."""
    found = list(_SUB_PRONOUN.finditer(gap))
    m = found[-1] if found else None
    return m is not None and not re.search(r"[،,;.]", gap[m.end() :]) and len(gap) - m.end() < 40


def _sibling(t: str, prev: ArabicFigure, f: ArabicFigure, gap: str) -> bool:
    """``f`` continues the list of sub-counts that ``prev`` belongs to."""
    if not (
        (len(gap) < 70 and _SIBLING.search(gap))
        or (
            len(gap) < 130
            and _ADDED.search(gap)
            and noun_measure(t, f.n_end + 1, f.subject_end + 1) is None
        )
    ):
        return False
    parent = prev.parent
    fates = {m for _, _, m in keywords(t, prev.subject_end, f.n_start) if m != "attacks"}
    own = noun_measure(t, f.n_end + 1, f.subject_end + 1) if f.subject else None
    return fates <= {parent.measure} and own in (None, parent.measure)


_HOUSEHOLDS = re.compile(fold(r"\s+(?:ال)?(?:عائلة|عائلات|أسرة|أسر)(?![\u0621-\u064a])"))


def _linkable(t: str, child: ArabicFigure, total: ArabicFigure) -> bool:
    if (child.currency is None) != (total.currency is None):
        return False
    if child.unit == total.unit == "count" and child.value > total.value:
        return False  # "5 قتلى من بينهم طفلة و13 مصاباً": more than the total is no part of it
    households = [bool(_HOUSEHOLDS.match(t, f.n_end)) for f in (child, total)]
    if households[0] != households[1]:
        return False  # "3 ملايين شخص، بينهم نصف مليون عائلة": families are not people
    held = child.subject is not None and _HELD.match(child.subject) is not None
    if (child.measure == "population" or child.extra.get("head") == "attacks" or held) and (
        child.measure != total.measure
    ):  # "6,1 ملايين نازح ...، بينهم 250 الفا محاصرون": the besieged, not a share
        return False  # "816 ألف نازح منهم 125 ألفا في 590 مركزا للإيواء": residents, not a share
    if total.measure == "other" and any(
        m in ("killed", "injured") and 0 <= child.n_start - b <= 2
        # to the clause end: "وقد فارق 4 منهم الحياة" names the fate after the count
        for _, b, m in keywords(t, max(0, child.n_start - 16), _clause_end(t, child.n_end, len(t)))
    ):
        return False  # "القارب الأول كان يضم 26 مهاجراً، توفي 4 منهم": a fate of their own
    return not (child.unit == "count" and total.unit == "percent")


_COMPARED = re.compile(
    fold(r"\s*(?:[\u0621-\u064a]+\s+){0,2}?(?:مقارنة|قياسا|عما|عن\s+(?:ال)?(?:عام|شهر|أسبوع|فترة))")
)
_MORE_BY = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:(?:أكثر|أقل|أعلى|أدنى)\s+ب|ب(?:زيادة|ارتفاع|انخفاض|تراجع)"
        r"(?:\s+(?:قدرها|بنسبة|ب))?\s*(?:ب|بنحو|نحو|بنسبة)?)\s*$"
    )
)
_BESIEGED = re.compile(
    fold(r"(?:تحت|ظل)\s+(?:ال)?حصار|(?:ال)?محاصر(?:ين|ون|ة)?(?![\u0621-\u064a])")
)
# people registered with UNHCR are refugees, whatever the host calls them ("نازح سوري لدى
# المفوضية" in Lebanese usage)
_WITH_UNHCR = re.compile(
    fold(r"(?:لدى|مع|بيانات|سجلات)\s+(?:ال)?(?:مفوضية|المفوضية|منظمة\s+الأمم\s+المتحدة\s+للاجئين)")
)
# registered "with it", the UNHCR the sentence names: "841600 شخص مسجّلين لديها" (ar14_137)
_WITH_IT = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال)?(?:مسجل|مسجلين|مسجلون|مسجلة)\s+(?:لديها|لديه|عندها)")
    + r"(?![\u0621-\u064a])"
)
_UNHCR_WORD = fold("مفوضية")
# registering people, right before the count or right after its noun: "بتسجيل نحو 2,000 شخص",
# "1500 شخص كان يتم تسجيلهم"
_REGISTERING = re.compile(
    fold(
        r"(?:\s+(?:كان|كانوا|قد|تم|يتم|جرى|يجري)){0,2}\s*"
        r"(?<![\u0621-\u064a])(?:و|ف|ل|ب)?(?:ال)?(?:تسجيل|تسجيلهم|تسجل|يسجل|سجلت|سجل|سجلتهم)"
        r"(?![\u0621-\u064a])"
    )
)
# waiting to be registered, in a sentence on UNHCR: "لا يزال 48000 شخص في انتظار التسجيل"
# (ar14_137), "67 ألف نازح في انتظار حلول موعد تسجيلهم" (ar14_131), as "أو في انتظار تسجيلهم"
# (ar2_024): refugees as much as the registered ones
_AWAITING = re.compile(
    fold(
        # "بانتظار إجراء عملية التسجيل في المفوضية" (ar20_064)
        r"(?<![\u0621-\u064a])(?:في\s+|ب)?(?:انتظار|ينتظرون)\s+(?:حلول\s+|إجراء\s+)?"
        r"(?:موعد\s+|عملية\s+)?"
        r"(?:ال)?(?:تسجيل|تسجيلهم)(?![\u0621-\u064a])"
    )
)
_STRUCK = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قصف|قصفت|قصفوا|استهدف|استهدفت|أغار|أغارت|ضرب|ضربت|شن|شنت)"
        r"(?![\u0621-\u064a])"
    )
)
_TIMES = re.compile(fold(r"(?:ال)?(?:مرة|مرات)(?![\u0621-\u064a])"))
# the dead and the wounded of one count: "بين قتيل وجريح", "ما بين شهيد وجريح"
_DEAD_AND_WOUNDED = re.compile(
    fold(
        # after a comma too: "وسقط 2577 مدني، ما بين قتيل وجريح" (ar22_152)
        r"(?:\s*\(?\s*[\u0621-\u064a]+){0,2}?\s*(?:[،,]\s*)?(?:ما\s+)?(?<![\u0621-\u064a])بين\s+"
        rf"(?:{DEAD_NOUNS}\s+(?:و|أو)\s*{WOUNDED_NOUNS}|"
        rf"{WOUNDED_NOUNS}\s+(?:و|أو)\s*{DEAD_NOUNS})(?![\u0621-\u064a])"
    )
)
# a share of the victims, their count restated in brackets as the dead and the wounded: "42
# بالمائة من الضحايا (حوالي 634 بين قتيل وجريح)" (ar13_039)
_SHARE_OF_VICTIMS = re.compile(
    fold(r"\s*من\s+(?:ال)?(?:ضحايا|ضحية)\s*\(\s*(?:(?:حوالي|نحو|قرابة)\s+)?[\d٠-٩][\d٠-٩,.]*")
)
# victims ("ضحايا", "ضحية") their sentence splits into dead and wounded: "(242) ضحية مدنية ...، من
# بينها (101) شخص وفاة ...، و(141) أصيبوا", "بعشرات ضحايا الألغام ... الذين سقطوا بين شهيد
# وجريح" (ar15_060, ar14_362, ar14_078): the victims are both, other
_VICTIMS_HEAD = re.compile(
    fold(r"\s*\)?\s*(?:[\u0621-\u064a]+\s+)?(?:من\s+)?(?:ال)?(?:ضحايا|ضحية)(?![\u0621-\u064a])")
)
# the dead and the wounded of :data:`DEAD_NOUNS` and :data:`WOUNDED_NOUNS`, with the verbs and
# verbal nouns
_DIED = rf"(?:{DEAD_NOUNS}|وفاة|وفيات|مقتل|قتلوا|استشهاد|توفوا|توفي)"
_HURT = rf"(?:{WOUNDED_NOUNS}|إصابة|إصابات|أصيبوا|أصيب|جرحوا)"
_SPLIT_INTO = re.compile(
    fold(
        r"[^.;؛]{0,80}?(?<![\u0621-\u064a])(?:بين|بينهم|بينها|منهم|منها|بما\s+في\s+ذلك)"
        r"(?![\u0621-\u064a])[^.;؛]{0,60}?(?<![\u0621-\u064a])(?:و|ب|ال)?"
        rf"(?:{_DIED}[^.;؛]{{0,60}}?(?<![\u0621-\u064a])(?:و|ب|ال)*{_HURT}|"
        rf"{_HURT}[^.;؛]{{0,60}}?(?<![\u0621-\u064a])(?:و|ب|ال)*{_DIED})(?![\u0621-\u064a])"
    )
)
# people left without shelter, their noun and a word or two after the number, no new clause
# ("و...") between: "وتعيش نحو 288 ألف أسرة فلسطينية اليوم بلا مأوى" (C22 of the round-20
# gold pass: displaced), not "مقتل 20 شخصا وترك المئات بلا مأوى"
_HOMELESS = re.compile(
    fold(
        r"\s*(?:(?![وف])[\u0621-\u064a]+\s+){0,4}?(?<![\u0621-\u064a])(?:بلا|بدون|دون)\s+"
        r"(?:ال)?مأوى"
    )
)
_SHELTER_WORD = fold("مأوى")
# only threatened with it: "مهددة بأن تصبح بلا مأوى", "معرضون لخطر أن يصبحوا بلا مأوى"
_AT_RISK = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:مهدد|مهددة|مهددون|مهددين|تهدد|يهدد|خطر|عرضة|معرض|"
        r"معرضة|معرضون|معرضين|يوشك|توشك|ستصبح|سيصبح|سيصبحون|قد\s+(?:يصبح|تصبح|يصبحون))"
        r"(?![\u0621-\u064a])"
    )
)


def _homeless(t: str, s: int, f: ArabicFigure) -> str | None:
    """``displaced`` for people left without shelter (C22), ``other`` when only threatened.

    "يترك آلاف الأسر بلا مأوى" and "وتعيش 288 ألف أسرة ... بلا مأوى بعد أن دمرت" count the
    homeless; "500 عائلة مهددة بأن تصبح بلا مأوى" does not.
    """
    m = _HOMELESS.match(t, f.n_end)  # from the number: the subject may take "دون" in
    if m is None or m.end() > f.extra.get("ceil", m.end()) or re.search(r"[.،,;:]", m.group()):
        return None
    if _AT_RISK.search(t, max(s, f.n_start - 30), m.end()):
        return "other"
    return "displaced"


_A_COUNTRY = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال)?(?:بلاد|بلد)(?:ه|ها|هم)?(?![\u0621-\u064a])")
)
# nationals of another country in a host country are refugees: "تستضيف نحو 1,5 مليون سوري"
_NATIONALS = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:سوري|سوريين|سوريا|فلسطيني|فلسطينيين|سوداني|سودانيين|يمني|"
        r"يمنيين|عراقي|عراقيين|أفغاني|أفغان|صومالي|صوماليين|أوكراني|أوكرانيين|روهينغا)"
        r"(?![\u0621-\u064a])"
    )
)
_TARGETED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:استهدف|استهدفت|استهداف|استهدفوا|قصف|قصفت|"
        r"يستهدف|تستهدف)(?![\u0621-\u064a])(?:\s+و(?:تدمير|استهداف|قصف))?\s*$"  # "بقصف وتدمير"
    )
)
# "نحو 60 منشأة تتبع لها لإصابات مباشرة", "68 منشأة أخرى لأضرار جانبية": places hit
_HIT = re.compile(
    fold(
        r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:ل|ب)(?:ال)?(?:إصابات|إصابة|أضرار|ضربات|قصف|هجمات|غارات)"
        r"(?![\u0621-\u064a])"
    )
)
# what a place was struck with, the weapons counted: "استهدفت القوات الحكومية بأربع طائرات مسيّرة"
# (ar15_064)
_STRUCK_WITH = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و)?(?:استهدف|استهدفت|استهدفوا|قصف|قصفت|قصفوا|ضرب|ضربت|هاجم|هاجمت)"
        r"(?![\u0621-\u064a])[^\d،,.;:]{0,40}?\s(?:ب|بـ)\s*$"
    )
)
_THING_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])" + _THINGS.pattern + r"(?:\s+[\u0621-\u064a]+)?\s*$"
)
_THING_DEFINITE = re.compile(
    r"(?<![\u0621-\u064a])ال" + _THINGS.pattern + r"(?:\s+ال[\u0621-\u064a]+)?\s+ال\s*$"
)
_LIST_ITEM = re.compile(r"[\-–—•*·]|\d+\s*[.)\-–]")
_DRIVEN_TO = re.compile(fold(r"\s+(?:على|إلى|الى|ل)\s*"))
# a force that made people leave, before their count, and the leaving after it
_FORCED_OUT = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ما|مما)?(?:أجبر|أجبرت|أجبروا|دفع|دفعت|اضطر|اضطرت|أرغم|أرغمت)"
        r"(?![\u0621-\u064a])"
    )
)
_LEFT_BY_FORCE = re.compile(
    fold(
        r"(?:\s+[^\s،,.]+){0,5}?\s+(?:على|إلى|الى|ل)\s*(?:ال)?(?:مغادرة|مغادرته|مغادرتها|مغادرتهم|"
        r"ترك|خروج|نزوح|فرار|رحيل)(?![\u0621-\u064a])"
    )
)
_RISES_TO = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:إلى|الى|لى|وصل|وصلت|بلغ|بلغت|ليصل|لتصل|ليبلغ|لتبلغ|يبلغ|تبلغ)"
        r"\s*$"
    )
)
_COORDINATED = re.compile(r"\s*[،,]?\s*و\s*(?:([\u0621-\u064a]+)(?:\s+[\u0621-\u064a]+)?\s+)?")
_OR = re.compile(fold(r"(?<![\u0621-\u064a])أو\s+$"))
_STATED = re.compile(
    fold(
        r"(?:\s+[\u0621-\u064a]+){0,2}?\s+(?:(?:هم|هن)\s+(?:من\s+)?|في\s+عداد\s+|"
        r"(?=ك(?:ال)?(?:لاجئ|نازح)))"
    )
)
_MEMBERS = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:أفرادها|أفرادهم|أفرادهن|أفراد\s+(?:هذه|تلك)\s+(?:ال)?"
        r"(?:أسر|عائلات|الأسر|العائلات))\s*$"
    )
)
_PART_OF = re.compile(
    fold(
        r"\s*[،,]?\s*(?:(?:و|ف)?(?:هم|هي|هن)\s+)?(?:فقط\s+)?من\s+"
        r"((?:أصل|اصل|مجموع|إجمالي)\s+(?:ال)?)?\s*"
    )
)
# a total shared out in a list after a colon: "15 باصا توزعت على الشكل التالي: 8 على برج
# حمود، 4 إلى صيدا"
_SHARED_OUT = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و)?(?:توزعت|توزع|توزعوا|موزعة|موزعين|تتوزع|يتوزع|يتوزعون|"
        r"كالتالي|التالي|التالية|يلي|كالآتي|الآتي|الآتية)\s*:\s*$"
    )
)
_NEXT_ITEM = re.compile(r"[^\d.;:،,]{0,40}[،,]\s*(?:و\s*)?|[^\d.;:،,]{0,40}\s+و\s*")


def _listed(t: str, prev: ArabicFigure, f: ArabicFigure) -> bool:
    """A bare number in a list sharing out the count before the colon counts the same thing."""
    if f.subject is not None and f.subject_end > f.n_end + 1:
        return False  # "و3 باصات": the item names what it counts
    gap = t[prev.subject_end : f.n_start]
    listed = _SHARED_OUT.search(gap) or (
        prev.extra.get("listed") and _NEXT_ITEM.fullmatch(gap) is not None
    )
    if listed:
        f.extra["listed"] = True
    return bool(listed)


# a part of the things just counted: "منها" after the number
_OF_IT = re.compile(fold(r"\s+منها(?![\u0621-\u064a])"))
# the households the people just counted make up, in brackets after their noun
_BRACKETED = re.compile(fold(r"\s*[\u0621-\u064a]+\s*\(\s*(?:(?:يمثلون|يشكلون|أي|من)\s+)?"))
_OF_TOTAL = re.compile(fold(r"\s*من\s+(?:(?:مجموع|إجمالي|عدد)\s+)?"))
_NUMBERED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:عدد|أعداد|حصيلة|الحصيلة|إجمالي|ارتفاع|ارتفع|ارتفعت|"
        r"ليرتفع|لترتفع)\s+"
        r"(?:(?:ال)?(?:الذين|اللذين|اللواتي|اللاتي|من|ممن)\s+(?:تم\s+|قد\s+)?)?"
    )
)
# people counted: a count of people is never a count of strikes or of captured places
_PEOPLE = re.compile(
    fold(
        r"(?:و|ب|ل)?(?:ال)?(?:شخص|شخصا|أشخاص|مدني|مدنيا|مدنيين|مدنيون|طفل|طفلا|أطفال|امرأة|نساء|"
        r"سيدة|سيدات|رجل|رجال|مواطن|مواطنا|مواطنين|مواطنون|عنصر|عنصرا|عناصر|مقاتل|مقاتلا|"
        r"مقاتلين|جندي|جنديا|جنود|عسكري|عسكريا|عسكريين|إنسان|فرد|أفراد|شاب|شبان|فلسطيني|"
        r"فلسطينيا|فلسطينيين|سوري|سوريين|يمني|يمنيين|عراقي|عراقيين|سوداني|سودانيين|مهاجر|"
        r"مهاجرا|مهاجرين|عامل|عمال|متطوع|متطوعا|متطوعين|صحفي|صحفيين|طبيب|أطباء|مسعف|مسعفين|"
        r"آخر|آخرين|آخرون|آخران|"
        # fighters and the groups they belong to: "859 من الفصائل", "40 من عناصر التنظيم"
        r"مقاتلي|مقاتلو|مقاتلون|فصائل|فصيل|قوات|مسلح|مسلحا|مسلحين|مسلحون|جهادي|جهاديا|جهاديين|"
        r"جهاديون|إرهابي|إرهابيا|إرهابيين|ضابط|ضباط|عناصره|منتسبي|ميليشيا|ميليشيات|مليشيا|"
        r"مليشيات|مرتزقة|تنظيم|جيش|حزب|هيئة|الحرس)"
        r"(?![\u0621-\u064a])"
    )
)


_FATE_VERB_AFTER = re.compile(
    fold(
        r"(?:\s+[\u0621-\u064a]+){1,2}?\s+(?:قد\s+)?(?:(?:لقوا|لقيا|لقي)\s+(?:حتفهم|مصرعهم|حتفهما|مصرعهما)|"
        r"قتلوا|قتلا|قضوا|قضيا|استشهدوا|استشهدا|توفوا|ماتوا|أصيبوا|أصيبا|جرحوا)(?![\u0621-\u064a])"
    )
)
_HELD = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:عالقين|عالقون|عالقة|محاصرين|محاصرون|محتجزين|"
        r"محتجزون|احتجاز|مفقودين|مفقودون|نقل|نقلت|نقلها|أجلت|إجلاء|ترحيل|رحلت|كفالة|كفالات)(?![\u0621-\u064a])"
        r"(?!\s+(?:[\u0621-\u064a]+\s+){0,3}?عن(?![\u0621-\u064a]))"  # "نقلت الوكالة عن": a relay
    )
)
_STATUS = frozenset(("displaced", "refugees", "population"))
# a boat, ship or bus and the verb of what it carries, right before the count
_CARRIED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ال)?(?:قارب|قاربين|قاربان|قوارب|مركب|مراكب|سفينة|زورق|حافلة|حافلات|"
        r"باص|باصات)(?![\u0621-\u064a])(?:\s+[^\s\d،,.]+){0,3}?\s+(?:(?:كان|كانا|كانت)\s+)?"
        r"(?:يقل|تقل|يقلان|تقلان|يحمل|تحمل|يحملان|يضم|تضم|على\s+متنه|على\s+متنها)\s*$"
    )
)


_NUMBER_BEFORE = re.compile(r"[\d٠-٩]\)?\s*$")


def _governed(t: str, s: int, f: ArabicFigure, kws: list, head: str) -> str:
    """The event that governs a figure beats what its noun says people are.

    "مقتل 5 نازحين", "استشهد 3 لاجئين", "5 نازحين قتلوا" count the killed, not the
    displaced; refugees trapped, held or moved by an agency ("نقلت 163 لاجئ من ليبيا",
    "ثلاثة آلاف لاجئ مازالوا عالقين") are a count of their own (other), as in the English
    decisions.
    """
    if head not in _STATUS and head != "other":
        return head
    # residents and the held take any fate that governs them ("نزح 300 ألف من السكان")
    fates = ("killed", "injured") if head in ("displaced", "refugees") else _FATES
    # not the noun of the count before ("800 جريحا و252 معاقا": the disabled, ar14_360)
    fate = [
        x[2]
        for x in kws
        if 0 <= f.n_start - x[1] <= 2
        and x[2] in fates
        and not (noun_measure(t, x[0], x[1]) and _NUMBER_BEFORE.search(t, max(s, x[0] - 4), x[0]))
    ]
    if fate:
        return fate[-1]
    after = _FATE_VERB_AFTER.match(t, f.n_end)
    if after is not None:
        return noun_measure(t, after.start(), after.end()) or (
            "injured" if re.search(fold("أصيب|جرح"), after.group()) else "killed"
        )
    if head == "other":
        return head
    to = _DRIVEN_TO.match(t, f.subject_end) if head == "population" else None
    if to is not None:
        k = [x[2] for x in kws if x[0] == to.end() and x[2] in ("displaced", "refugees")]
        if k:
            return k[0]  # "دفعت الأحداث 185 ألفاً من أهالي المخيم إلى ترك منازلهم"
    stock = _stock(t, s, f, head, kws)
    if stock is not None:
        return stock
    if head == "refugees":
        c0 = _clause_start(t, s, f.n_start)
        that = list(_THAT.finditer(t, max(c0, f.n_start - 40), f.n_start))
        a = that[-1].end() if that else max(c0, f.n_start - 40)  # what was said, not the teller
        said = t[a : _clause_end(t, f.subject_end, f.subject_end + 60)]
        if _HELD.search(said):
            return "other"
        if _UPROOTED_AGAIN.search(said):
            f.extra["uprooted"] = True  # no border crossed: the host is where they flee in
            return "displaced"  # "97 ألف لاجئ سوري في لبنان نزحوا بسبب الحرب": uprooted anew
    return head


# refugees driven from where they had settled: a fresh displacement in the host country
_UPROOTED_AGAIN = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:نزحوا|حرموا\s+من\s+(?:مكان\s+)?(?:إقامتهم|منازلهم|مساكنهم))"
        r"(?![\u0621-\u064a])"
    )
)


_STAY = (
    r"(?:و)?(?:(?:ي|ت)(?:قيم|قيمون|عيش|عيشون|سكن|سكنون|قطن|قطنون|تواجد|تواجدون|حتمي|حتمون|مكث|مكثون)|"
    r"(?:ال)?(?:مقيم|مقيمين|مقيمون|موجودين|موجودون|متواجدين|متواجدون|ماكثين|ماكثون))"
    r"(?![\u0621-\u064a])"
)
_REMAIN = (
    r"(?:و)?(?:(?:لا|ما)\s+(?:يزال|يزالون|تزال|زال|زالوا|زالت)|مازال|مازالوا|مازالت|بقي|بقوا|"
    r"تبقى|يتبقى|المتبقين|الباقين)(?![\u0621-\u064a])"
)
_CAMP = (
    r"(?:[\d٠-٩]+\s+)?(?:ال)?(?:مخيم|مخيمات|مخيما|مخيمي|ملجأ|ملاجئ|منشأة|منشآت|خيام|"
    r"(?:مراكز|مركز|مركزا|مدارس|مدرسة)\s+(?:لل|ال)?(?:إيواء|إقامة))(?![\u0621-\u064a])"
)
_IN = r"(?P<w>في|داخل|ضمن|خارج)(?![\u0621-\u064a])(?!\s+(?:عداد|ظروف|أوضاع|ظل|حالة))"
# a stock of people where they stay: "يعيشون في", "يقيم داخل المخيمات نحو", "عدد قاطني المخيمات"
# a residence in the past is none now: "(518) نازحاً كانوا يقطنون في مخيم الخازر ... عادوا"
_NOT_PAST = r"(?!(?:و)?(?:كانوا|كانت|كان|كن)\s)"
_STAYING_AFTER = re.compile(
    fold(
        r"\s*(?:"
        + _NOT_PAST
        + r"[\u0621-\u064a]+\s+){0,2}?(?:"
        + _STAY
        + "|"
        + _REMAIN
        + r"(?:\s+"
        + _STAY
        + r")?)\s+(?:(?:حاليا|الآن)\s+)?"
        + _IN
    )
)
# people spread over shelters or rented houses stay there: "136 ألف نازح يتوزعون على 600 مركز
# إيواء", "يتوزّعون بين البيوت المستأجرة" (round 7); a place a residence verb takes as its
# object: "4 ملايين سوري يسكنون مناطق سيطرة المعارضة"
_SPREAD_AFTER = re.compile(
    fold(
        r"\s*(?:"
        + _NOT_PAST
        + r"[\u0621-\u064a]+\s+){0,2}?(?:و)?(?:(?:يتوزع|يتوزعون|تتوزع|موزعين|موزعون)\s+"
        r"(?:(?:حاليا|الآن)\s+)?(?P<w>على|بين|في)\s+(?:"
        + _CAMP
        + r"|(?:ال)?(?:بيوت|منازل|شقق)\s+(?:ال)?(?:مستأجرة|مستأجر))|"
        r"(?:يسكن|يسكنون|تسكن|يقطن|يقطنون|تقطن)\s+(?:حاليا\s+)?(?:ال)?(?:مناطق|منطقة|مدن|مدينة|"
        # "2.2 مليون فلسطيني يقطنون قطاع غزة" (ar9_054)
        r"قرى|بلدات|أحياء|مخيمات|مخيم|خيام|قطاع|محافظة|محافظات|ريف|ولاية)(?![\u0621-\u064a]))"
    )
)
_IN_CAMPS_AFTER = re.compile(
    fold(r"\s*(?:" + _NOT_PAST + r"[\u0621-\u064a]+\s+){0,2}?" + _IN + r"\s+" + _CAMP)
)
_STAYING_BEFORE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])"
        + _STAY
        + r"(?:\s+(?:في|داخل|ضمن)\s+(?:[\u0621-\u064a]+\s+){1,4}?|\s+(?:فيه|فيها|به|بها))?"
        + r"(?:\s+(?:حاليا|الآن))?\s*$|"  # "يقيم حالياً 122,600 نازح داخل مراكز الإيواء"
        # "يعيش نحو ربع النازحين (أكثر من 185 ألف شخص) في لبنان"
        r"(?<![\u0621-\u064a])" + _STAY + r"(?:\s+[^\s()،,.]+){1,4}?\s*\(\s*$|"
        r"(?<![\u0621-\u064a])" + _REMAIN + r"\s+(?:في|داخل|ضمن)\s+(?:[\u0621-\u064a]+\s+){1,4}?$|"
        # "يوجد في إقليم كوردستان 37 ألف عائلة نازحة": there are, in a place
        r"(?<![\u0621-\u064a])(?:و)?(?:يوجد|توجد)\s+(?:حاليا\s+)?(?:في|داخل)\s+"
        r"(?:[\u0621-\u064a]+\s+){1,4}?$|"
        # "مركز إيواء واحد في مدينة رفح يوجد به 12500 نازح": there are, in it (ar15_051)
        r"(?<![\u0621-\u064a])(?:و)?(?:يوجد|توجد)\s+(?:به|بها|فيه|فيها)(?:\s+(?:حاليا|الآن))?\s*$|"
        # "الماكثين في مراكز الإيواء يصل عددهم إلى 33 ألفا": those staying, their number (ar15_056)
        r"(?<![\u0621-\u064a])" + _STAY + r"\s+(?:في|داخل|ضمن)\s+(?:[\u0621-\u064a]+\s+){1,4}?"
        r"(?:يصل|يبلغ|وصل|بلغ)\s+(?:عدد|أعداد)(?:هم|هن)\s+(?:إلى|الى)?\s*$"
    )
)
_RESIDENTS = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:عدد|أعداد|إجمالي)\s+(?:(?:ال)?(?:سكان|قاطني|ساكني|قاطنو)|"
        r"(?:[\u0621-\u064a]+\s+){0,2}?(?:المقيمين|المتبقين|الباقين|المتواجدين|الموجودين)|"
        r"(?:[\u0621-\u064a]+\s+){0,3}?(?:(?:في|داخل)\s+|ب)" + _CAMP + r")(?![\u0621-\u064a])|"
        # a census ("يبلغ تعداد مخيم الهول 71905"), a place home to or crowded with people
        r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:ال)?تعداد(?![\u0621-\u064a])|"
        # ("المدينة التي يتكدّس فيها حوالى 1.4 مليون شخص", ar15_131)
        r"(?<![\u0621-\u064a])(?:موطنا|موطن|مكتظة|مكتظ|يعج|تعج|يقطنه|يقطنها|يسكنه|يسكنها|يتكدس|"
        r"تتكدس)"
        r"(?:\s+(?:حاليا|الآن|في\s+الوقت\s+الحالي))?"  # "المخيم يقطنه في الوقت الحالي 15 ألفاً"
        r"(?:\s+[\u0621-\u064a]+){0,2}?\s*(?:ب|ل)?\s*$|"
        # "ويقطن المخيم 15 ألف نازح": a verb of residence with the camp as its object
        r"(?<![\u0621-\u064a])(?:و)?(?:يضم|تضم|يعج|تعج|يقطن|تقطن|يسكن|تسكن)\s+"
        + _CAMP
        + r"(?:\s+[^\s،,.]+){0,3}?\s*(?:ب|ل)?\s*$|"
        r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:ال)?(?:سكان|قاطني|قاطنو|ساكني|المقيمين\s+في)\s+" + _CAMP
    )
)
# a camp that holds the people counted right after its verb, its description cut by commas
# ("نحو 22 مخيماً، في دهوك وأربيل وتضم ما يقارب 18 ألف عائلة", "المخيم الذي يضم /70/ عائلة"),
# or a place that does ("استقرت في مأرب، التي تضم قرابة مليوني نازح")
_HOLDS = re.compile(
    fold(
        _CAMP
        + r"(?:[\s،,]+[^\s،,.]+){0,6}?\s+(?:و)?(?:يضم|تضم|يعج|تعج|يؤوي|تؤوي|يأوي|يستضيف|تستضيف)"
        r"(?:\s+(?:حاليا|نحو|قرابة|حوالي))?\s*(?:ب|ل)?\s*/?$|"
        r"(?:(?<=[،,])|(?<=[،,]\s))(?:التي|الذي)\s+(?:يضم|تضم)(?:\s+(?:حاليا|الآن))?\s*/?$"
    )
)
# a camp or shelter crowded with people, however long the description between them: "يعج
# مخيم الهول، الواقع على بعد 45 كيلومترا شرق محافظة الحسكة ...، بنحو 72 ألفا"
_CROWDED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و)?(?:يعج|تعج|يكتظ|تكتظ|مكتظة|مكتظ|يغص|تغص)\s+(?:ال)?"
        + _CAMP
        + r"[^.;:]*?\s(?:ب|بـ)\s*$"
    )
)
_CAMP_COUNT = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:عدد|أعداد|إجمالي)(?:\s+[^\s\d،,.;:]+){0,10}?\s+"
        r"(?:في|داخل|ضمن)\s+"
    )
    + fold(_CAMP)
)
_REGISTERED = re.compile(fold(r"(?:و|ف|ل|ب)?(?:ال)?(?:مسجلين|مسجلون|سجلت|سجل)"))
# a camp that holds people at a time said right before the count, the camp named earlier in
# the sentence: "ويقع مخيم كويلان ...، ويستضيف حالياً 1737 عائلة" (ar18_055), "مخيم الهول تم
# تأسيسه ... وضم حينها ما يقارب الـ 15000 لاجئ عراقي" (ar14_073); not a country that hosts
# ("لبنان يستضيف الآن 154387 لاجئاً", no camp before the verb)
_HOLDS_NOW = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ل)?(?:يستضيف|تستضيف|يضم|تضم|ضم|ضمت|يؤوي|تؤوي|يأوي|تأوي)\s+"
        r"(?:حاليا|حينها|الآن|آنذاك)\s*$"
    )
)
_A_CAMP = re.compile(fold(r"(?<![\u0621-\u064a])(?:و|ب|ل)?" + _CAMP))
_IN_A_COUNTRY = re.compile(
    fold(
        r"\s*(?:ب|في\s+|داخل\s+)?(?:ال)?(?:دول|بلدان|خارج|تركيا|لبنان|الأردن|العراق|مصر|ألمانيا|أوروبا|"
        r"تشاد|إثيوبيا|أوغندا|كينيا|اليونان|السعودية|إيران|باكستان|بولندا)(?![\u0621-\u064a])"
    )
)
_RESIDENTS_AFTER = re.compile(
    fold(r"\s*(?:من\s+)?(?:ال)?(?:سكان|قاطني|قاطنو|ساكني|المقيمين\s+في)\s+") + fold(_CAMP)
)
# "30% فقط من النازحين واللاجئين يعيشون الآن داخل المخيمات"
_SHARE_STAYING = re.compile(
    fold(
        r"\s*(?:فقط\s+)?من\s+(?:ال)?[\u0621-\u064a]+(?:\s+(?:و|أو)\s*(?:ال)?[\u0621-\u064a]+)?\s+"
        + _STAY
        + r"(?:\s+(?:حاليا|الآن))?\s+(?:في|داخل|ضمن)(?![\u0621-\u064a])"
    )
)
_PLACE_AFTER = re.compile(fold(r"\s*(?:[\u0621-\u064a]+\s+){0,2}?" + _IN))
_REMAINING_BEFORE = re.compile(fold(r"(?<![\u0621-\u064a])" + _REMAIN + r"\s*$"))
# what turns presence in a camp into a flow: arrivals, registrations, hosts, a count since
_FLOW = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ل|ب)?(?:ال)?(?:منذ|استقبل|استقبلت|استقبال|استقبالهم|وصلوا|يصلون|"
        r"وصول|نزحوا|فروا|لجأوا|انتقل|انتقلوا|نقل|نقلهم|سجل|سجلت|المسجلين|مسجلين|مسجلون|"
        r"تستضيف|يستضيف|تؤوي|يؤوي|دخل|دخلوا)(?![\u0621-\u064a])|"
        # "آلاف العائلات في مخيمات الشمال السوري بدأت رحلة نزوح جديدة": a new flight
        r"(?<![\u0621-\u064a])(?:رحلة|موجة|موجات)\s+(?:ال)?نزوح(?![\u0621-\u064a])"
    )
)


def _stock(t: str, s: int, f: ArabicFigure, head: str | None, kws: list) -> str | None:
    """Population for people counted where they stay (the verb decides over the noun).

    "276 ألف لاجئ يعيشون داخل المخيمات", "يقيم في المخيمات نحو مليون", "عدد قاطني
    المخيمات" are residents (population), whoever they are; people staying outside the
    camps keep their status ("يقيم 500 ألف خارج المخيمات" after a count of refugees), and
    arrivals, registrations and counts since a date are flows, not stocks.
    """
    c0 = _clause_start(t, s, f.n_start)
    c1 = _clause_end(t, f.n_end, f.extra.get("ceil", f.n_end + 80))
    own = max(c0, f.extra.get("floor", c0))  # this count's words, not the one before it
    wide = _clause_end(t, f.n_end, f.n_end + 80)  # "منهم 125 ألفا في 590 مركزا للإيواء"
    stay = _STAYING_AFTER.match(t, f.n_end, wide) or _SPREAD_AFTER.match(t, f.n_end, wide)
    camp = _IN_CAMPS_AFTER.match(t, f.n_end, wide)
    found = stay or camp
    if found is not None and found.group("w") == fold("خارج"):
        if head in ("refugees", "displaced"):
            return head
        status = [x for x in kws if x[0] < f.n_start and x[2] in ("refugees", "displaced")]
        return status[-1][2] if status else None
    if any(c0 <= x[0] < c1 and x[2] == "other" for x in kws):
        return None  # "لا يزال 3 آلاف في عداد المفقودين", "يعيشون تحت الحصار"
    now = _HOLDS_NOW.search(t, max(s, f.n_start - 24), f.n_start)
    if now is not None and _A_CAMP.search(t, s, now.start()):
        return "population"
    # a head-count of the camps ("عدد الأسر النازحة المسجلة حاليا ضمن قاعدة بيانات الوزارة في
    # مخيمات إقليم كردستان") counts residents, registered or not (round-4 ruling)
    census = _CAMP_COUNT.search(t, own if "floor" in f.extra else s, f.n_start)
    flow = any(
        census is None or not _REGISTERED.fullmatch(m.group()) for m in _FLOW.finditer(t, own, c1)
    )
    before = _STAYING_BEFORE.search(t, c0, f.n_start) if stay is None else None
    if stay is not None or before is not None:
        if _IN_A_COUNTRY.match(t, stay.end() if stay else f.subject_end) and not camp:
            return None  # "5 ملايين لاجئ يقيمون في دول مجاورة": refugees in the host countries
        if before is not None and _IN_A_COUNTRY.search(before.group()):
            return None  # "يوجد في لبنان اكثر من 16 الف لاجيء سوري": refugees in a host country
        return "population"
    place = _PLACE_AFTER.match(t, f.n_end, c1)
    if _REMAINING_BEFORE.search(t, c0, f.n_start) and place is not None:
        if _IN_A_COUNTRY.match(t, place.start("w")):
            return None  # "لا يزال نحو 2.4 مليون سوري لاجئين في تركيا": refugees in a host country
        return "population"  # "لا يزال 50 ألف مدني في المدينة"
    residents = (
        _RESIDENTS.search(t, own if "floor" in f.extra else s, f.n_start)
        or _RESIDENTS_AFTER.match(t, f.n_end, c1)
        or _HOLDS.search(t, max(s, f.n_start - 120), f.n_start)
        or _CROWDED.search(t, s, f.n_start)  # "يعج مخيم الهول، الواقع ... ، بنحو 72 ألفا"
    )
    if (camp is not None or residents or census) and not flow:
        return "population"
    return None


def _measure(t: str, s: int, e: int, f: ArabicFigure, kws: list, prev: ArabicFigure | None) -> str:
    if f.unit == "money" or (
        f.unit == "count" and _CARRIED.search(t, max(s, f.n_start - 60), f.n_start)
    ):
        return "other"  # "قارب يقل 75 لاجئا": the people a boat or bus carries
    if f.unit == "count" and _DEAD_AND_WOUNDED.match(t, f.subject_end):
        return "other"  # "35 شخصا سقطوا بين قتيل وجريح", "140 ضحية بين شهيد وجريح": casualties
    if (
        f.unit == "percent"
        and (v := _SHARE_OF_VICTIMS.match(t, f.n_end)) is not None
        and _DEAD_AND_WOUNDED.match(t, v.end())
    ):
        return "other"
    if (
        f.unit == "count"
        and (v := _VICTIMS_HEAD.match(t, f.n_end)) is not None
        and _SPLIT_INTO.match(t, v.end(), e)
    ):
        return "other"  # "(242) ضحية ...، من بينها (101) وفاة و(141) أصيبوا": the dead and the hurt
    if f.unit == "count" and _SHELTER_WORD in t[f.n_end : f.subject_end + 40]:
        if (homeless := _homeless(t, s, f)) is not None:
            return homeless  # "يترك آلاف الأسر بلا مأوى": people left homeless (C22)
    if f.kind == "dual":
        ws = f.n_start  # the word with its clitic: "وغارتين"
        while ws > s and "\u0621" <= t[ws - 1] <= "\u064a":
            ws -= 1
        head = noun_measure(t, ws, f.n_end)
    elif f.head_start >= 0:
        head = noun_measure(t, f.head_start, f.n_start)
    else:
        # the counted noun, after a "من" it may open with ("300 ألف من سكان المدينة")
        a = f.subject_end - len(f.subject) if f.subject and f.unit == "count" else f.n_end + 1
        head = noun_measure(t, a, f.subject_end + 1) if f.subject else None
    # in the count's own clause: not "حتمت عليهم طلب العودة،وبلغ عدد العائدين 1769" (ar13_143)
    wish = _WISH.search(
        t, max(s, f.n_start - 30, _clause_start(t, s, f.n_start)), _clause_end(t, f.n_end, e)
    )
    if wish is not None and wish.start() <= f.subject_end + 20:
        return "other"  # "أعرب 118 ألف سوري عن رغبتهم في العودة": a wish, not a return
    stated = _STATED.match(t, f.n_end, _clause_end(t, f.n_end, e))
    named = noun_measure(t, stated.end(), e) if stated is not None else None
    if named is not None:
        # what the count is said to be: "مليون ونصف المليون هم من اللاجئين", "5 ملايين سوري
        # كلاجئين في المنطقة", "اعتبر الآلاف في عداد المفقودين"
        return _where(t, s, e, f, named)
    if f.unit == "percent" and _NEED_BEFORE.search(t, max(s, f.n_start - 12), f.n_start):
        return "other"  # "ويحتاج 72 في المئة من اللاجئين ... الى مساعدة انسانية"
    if f.unit == "count" and head not in ("killed", "injured", "attacks"):
        c0 = _clause_start(t, s, f.n_start)
        before = t[max(c0, f.n_start - 60) : f.n_start]
        c1 = _clause_end(t, f.n_end, e)
        ceil = f.extra.get("ceil", c1)
        joined = head is None and re.fullmatch(r"\s*و\s*", t[f.subject_end : ceil]) is not None
        if (
            _NEED.match(t, f.n_end, c1)
            or joined
            and _NEED.match(t, ceil, c1)  # "11 مليون سوري وأكثر من 6 ملايين نازح بحاجة"
            or _NEED_BEFORE.search(before)  # "وأكد حاجة الآلاف من النازحين للمأوى"
        ):
            return "other"  # "6 ملايين نازح بحاجة إلى المساعدة", "المساعدات لأكثر من مائة ألف"
        # a thing written before its number word, or the first noun of its construct: "مركز
        # إيواء واحد"
        things = (
            f.kind == "word"
            and f.value <= 2
            and _THING_BEFORE.search(t, max(s, f.n_start - 30), f.n_start)
        ) or (
            # "في أحد المخيمات العشوائية الـ 160": a number with the article after its noun
            _THING_DEFINITE.search(t, max(s, f.n_start - 45), f.n_start)
            if f.kind == "numeral"
            else None
        )
        if things:
            at = things.start()
            return "attacks" if _TARGETED.search(t, max(s, at - 14), at) else "other"
        if _SHELTERED.search(before):
            # "يوفر المأوى حاليا لـ14,000 لاجئ"; "لا تكفي سوى لإيواء 250 ألف نازح" (a capacity)
            return "other" if _CAPACITY.search(t, c0, f.n_start) else "population"
        if _SHELTERED_AFTER.match(t, f.n_end, c1):
            return "population"  # "نحو 30 ألف شخص جرى إيواؤهم وتسجيلهم في مراكز إيواء"
    f.extra["head"] = head
    if f.unit == "percent" and (
        _COMPARED.match(t, f.n_end)
        or _MORE_BY.search(t, max(s, f.n_start - 12), f.n_start + 1)
        or _MORE_BY.search(t, max(s, f.n_start - 16), f.n_start)  # "بزيادة بنحو 28 في المئة"
    ):
        return "other"  # "أكثر بـ11% مقارنة بشهر آب", "بنسبة 13% عما كانت عليه": a change
    if head is None and f.unit == "percent":
        m = _OF_TOTAL.match(t, f.n_end)
        if m and _THINGS.match(t, m.end()):
            return "other"  # "40% من المنازل"
        if m:
            head = noun_measure(t, m.end(), e)
            if head == "population":
                head = None  # "أكثر من 80% من السكان": what happened to them decides
            if head is None:
                k = [x for x in kws if x[0] == m.end()]
                head = k[0][2] if k else None
        elif (stock := _stock(t, s, f, None, kws)) is not None or _SHARE_STAYING.match(t, f.n_end):
            return stock or "population"  # "يعيش حوالي 10٪ فقط في مخيمات اللاجئين"
        elif prev is not None and prev.measure and len(t[prev.subject_end : f.n_start]) < 40:
            return prev.measure  # "ب577 ألف نازح (18 في المئة)"
    if (
        head == "population"
        and f.unit == "count"
        and _LEFT_BY_FORCE.match(t, f.subject_end, _clause_end(t, f.subject_end, e))
        and _FORCED_OUT.search(t, max(s, f.n_start - 60), f.n_start)
    ):
        # residents made to leave are displaced: "مما أجبر جميع سكان المخيم البالغ عددهم 30
        # ألف نسمة على مغادرته" (ar25_184), "دفعت عملية ... آلاف السكان الفلسطينيين ... إلى
        # مغادرة المخيمات" (ar25_185), as "أجبر الآلاف من سكان المخيم على النزوح" (ar20_320)
        return _where(t, s, e, f, "displaced")
    if head is not None:
        return _where(t, s, e, f, _governed(t, s, f, kws, head))
    if f.unit == "count" and (own := _OWN_FATE.match(t, f.n_end, e)) is not None:
        # "و13 مدنيا أصيبوا", "و(141) أصيبوا", "والعشرات الاخرين اصيبوا": the count's own verb
        # after it, not the fate of the count listed before it
        f.extra["own_fate"] = own.lastgroup
        return _where(t, s, e, f, own.lastgroup)
    if prev is not None and prev.measure and f.unit == prev.unit:
        part = _PART_OF.fullmatch(t, prev.subject_end, f.n_start)
        if (
            (part is not None and (part.group(1) or _HOUSEHOLDS.match(t, f.n_end)))
            or t[prev.subject_end : f.n_start].strip() == "("  # "2,049 شخصًا (768 أسرة)"
            or _OF_IT.match(t, f.n_end)  # "17 حريقاً اندلع ...، أربعة منها كانت في منازل"
            or _listed(t, prev, f)
            or _HOUSEHOLDS.match(t, f.n_end)
            and _BRACKETED.fullmatch(
                t, prev.n_end, f.n_start
            )  # "122,600 نازح (يمثلون 31,500 عائلة)"
            or _MEMBERS.search(t, max(prev.subject_end, f.n_start - 40), f.n_start)
            or _HOUSEHOLDS.match(" " + (prev.subject or ""))
            and f.subject is not None
            and _PEOPLE.match(f.subject)
            and _RESTATED.fullmatch(t, prev.subject_end, f.n_start)  # "1737 عائلة، ما يقارب 8 آلاف"
            or re.fullmatch(
                r"\s*[،,]?\s*", t[prev.subject_end : max(prev.subject_end, f.n_start - 8)]
            )
            and _AT_RATE.search(t, max(prev.subject_end, f.n_start - 8), f.n_start)
        ):  # "نحو 20 ألف أسرة، بواقع 68 ألف فرد"  # "37 ألف عائلة نازحة في المخيمات، والتي يبلغ عدد أفرادها نحو 120 ألف شخص"
            # "71905 أشخاص، وهم من 20600 عائلة", "30875 شخصاً من 8746 عائلة": the households
            # the people counted belong to; "5 مراكز صحية فقط من أصل 22": the whole they are
            # part of; "2.1 مليون نازح، من أصل أكثر من 4 ملايين سوري يسكنون مناطق": a whole
            # counted where it lives is the population
            whole = part is not None and part.group(1) and f.unit == "count"
            return (whole and _stock(t, s, f, None, kws)) or prev.measure
        # "مقتل 32 لاجئاً صومالياً ومدنياً يمنياً واحداً": one event word governs both counts
        a, b = prev.subject_end, f.head_start if f.head_start >= 0 else f.n_start
        m = _COORDINATED.fullmatch(t, a, b)
        if (
            m is not None
            and (not m.group(1) or _PEOPLE.fullmatch(m.group(1)))
            and not any(a <= x[0] < b for x in kws)
        ):
            return prev.measure
        if (
            prev.measure in ("killed", "injured", "refugees", "displaced")
            and _ADDED.search(t, a, b)
            and not any(a <= x[0] < b and x[2] in _FATES for x in kws)
        ):
            return prev.measure  # "مقتل 120 مدنيا جراء الغارات، بالإضافة إلى 859 من الفصائل"
    if f.unit == "count" and f.subject and _TIMES.match(f.subject):
        if _STRUCK.search(t, _clause_start(t, s, f.n_start), f.n_start) or any(
            x[2] == "attacks" and x[1] <= f.n_start and not _CLAUSE.search(t, x[1], f.n_start)
            for x in kws
        ):
            return "attacks"  # "قصفت القوات البلدة 12 مرة على الأقل"
    if f.unit == "count" and f.subject and _THINGS.match(f.subject):
        # "12,500 منزل": homes, aid trucks, tents; but places targeted are attacks
        # ("استهدف ٣ ابنية سكنية", "استهداف 5 مراكز للدفاع المدني")
        targeted = (
            _TARGETED.search(t, max(s, f.n_start - 14), f.n_start)
            or _HIT.match(t, f.subject_end, _clause_end(t, f.subject_end, e))
            or _STRUCK_WITH.search(t, max(s, f.n_start - 50), f.n_start)
        )
        return "attacks" if targeted else "other"
    if f.kind == "dual" and not _HOUSEHOLDS.match(" " + t[f.n_start : f.n_end]):
        # a dual of people is a victim count only when a fate word governs it ("قتل
        # متطوعان", "مدنيين استشهدا"); "فتح مسلحان النار" counts two gunmen
        near = [
            x
            for x in kws
            if 0 <= f.n_start - x[1] <= 2
            or 0 <= x[0] - f.n_end <= 1
            or re.fullmatch(fold(r"\s+قد\s+"), t[f.n_end : x[0]])  # "شخصين قد قتلا"
        ]
        # "قتلت سيدة وطفلان وأصيب طفل آخر": the verb of the noun the dual is joined to
        joined = [x for x in kws if _JOINED_TO.fullmatch(t, x[1], f.n_start)]
        if joined and joined[-1][2] in ("killed", "injured"):
            near = joined[-1:]
        fates = [x[2] for x in near if x[2] not in ("captured", "attacks")]
        if not fates and prev is not None and prev.measure:
            if (
                re.fullmatch(r"[\s\"“”«»()،,:\-–]*", t[prev.subject_end : f.n_start])
                or _CONSISTING.search(t, prev.subject_end, f.n_start)
                or _AT_RATE.search(t, max(prev.subject_end, f.n_start - 12), f.n_start)
            ):  # "(8 أسر نشأت من داخل المحافظة والحديدة)، والحديدة بواقع أسرتين"
                return prev.measure  # "قُتل ثلاثة مدنيين “سيدتين وطفل”", "مكونة من أب وطفلتين"
        if not fates and (named := _named_as(t, s, f)) is not None:
            return named  # "المدنيين القتلى هم طفلتان وامرأة"
        if not fates:
            return "other"
        return _where(t, s, e, f, fates[0])
    c0 = _clause_start(t, s, f.n_start)
    contrast = list(_CONTRAST.finditer(t, c0, f.n_start))
    c0 = contrast[-1].end() if contrast else c0  # "... عدد اللاجئين ... في حين ... مئات الألوف"
    # "عدد اللاجئين ... المليوني شخص", "حصيلة القتلى 47": what is numbered decides, unless an
    # event word stands right before the number ("إلى 9 قتلى وإصابة أكثر من 10")
    if (named := _named_as(t, c0, f)) is not None:
        return _where(t, s, e, f, named)  # "القتلى هم 5 مدنيين"
    among = _AMONG.search(t, max(c0, f.n_start - 50), f.n_start)
    if among is not None:  # "من بين القتلى أسرة مكونة من 14 فردا"
        last = prev.measure if prev is not None else f.extra.get("before")
        if last == "injured" and _VICTIMS.match(among.group("n")):
            # "46 مواطنا قتل وأصيب 165 آخرين ... من بين الضحايا 31 طفلا": the victims just
            # counted are the dead and the wounded together
            return "other"
        return noun_measure(t, among.start("n"), among.end("n")) or "killed"
    adjacent = [
        x
        for x in kws
        if 0 <= f.n_start - x[1] <= 2
        and x[2] not in ("captured", "attacks")
        # "عدد النازحين في مراكز الإيواء 1.2 مليون": the shelter's name, not a flight
        and not _SHELTER_NAME.search(t, max(s, x[0] - 8), x[1])
    ]
    if adjacent:
        x = adjacent[-1]
        other = {"killed": "injured", "injured": "killed"}.get(x[2])
        if (
            other is not None
            and _OR.search(t, max(s, x[0] - 4), x[0])
            and any(
                y[2] == other and c0 <= y[0] < x[0] and (prev is None or prev.subject_end <= y[0])
                for y in kws
            )
        ):
            return "other"  # "قتلت غارة ... على سجن في اليمن أو أصابت ما لا يقل عن 100 شخص"
        if x[2] in _STATUS and noun_measure(t, x[0], x[1]) and _stock(t, s, f, x[2], kws):
            return "population"  # "يعيش نحو ربع النازحين (أكثر من 185 ألف شخص) في لبنان"
        return _where(t, s, e, f, x[2])
    if f.unit == "count" and (stock := _stock(t, s, f, None, kws)) is not None:
        return _where(t, s, e, f, stock)
    # "أجبر القصف 100 ألف على مغادرة منازلهم", "اضطر 50 ألفا إلى النزوح": what they were
    # driven to governs the count
    to = _DRIVEN_TO.match(t, f.subject_end)
    if to is not None:
        k = [x for x in kws if x[0] == to.end() and x[2] not in ("captured", "attacks")]
        if k:
            return _where(t, s, e, f, k[0][2])
    # "بارتفاع أعداد النازحين من مدينة الموصل ...، الى نحو 174 الف": the count that rises
    # to the figure is named earlier in the sentence, across commas
    reach = s if _RISES_TO.search(t, max(s, f.n_start - 8), f.n_start) else c0
    for n in reversed(list(_NUMBERED.finditer(t, reach, f.n_start))):
        k = [x for x in kws if x[0] == n.end() and x[2] != "captured"]
        if (
            not k
            and fold("حصيلة") in n.group()
            and not any(n.end() < x[0] < f.n_start for x in kws)
        ):
            return _where(t, s, e, f, "killed")  # "وتشمل الحصيلة 1619 مقاتلا"
        between = [x for x in kws if n.end() < x[0] < f.n_start and x[0] != n.end()]
        if k and prev is not None and prev.n_start > n.end():
            # "عدد الشهداء حيث قتل عشرة أشخاص ... وجرح في الحادثة عشرون": a count of another
            # fate after the first one is not the one numbered
            between = [x for x in between if x[0] >= prev.subject_end and x[2] != k[0][2]]
            if any(x[2] in _FATES for x in between):
                continue
        if k and not (reach < c0 and any(x[2] in _FATES and x[2] != "other" for x in between)):
            return _where(t, s, e, f, k[0][2])
    territory = bool(f.subject and _TERRITORY.match(f.subject)) or (
        f.unit == "percent" and _TERRITORY.search(t, f.n_end, min(e, f.n_end + 20)) is not None
    )
    people = bool(f.subject and _PEOPLE.match(f.subject))
    start = f.head_start if f.head_start >= 0 else f.n_start
    best, best_d, best_at = None, None, 0
    # a verb before the figure in the same clause beats one that opens the next clause:
    # "استشهد مواطنان اثنان وأصيب سبعة آخرون"
    before_in_clause = any(
        b <= start and not _CLAUSE.search(t, b, start) and m != "captured" for a, b, m in kws
    )
    ceil = f.extra.get("ceil", e)
    for a, b, m in kws:
        if m == "captured" and not territory or m == "attacks" and people:
            continue
        if start <= a < f.n_end:
            continue
        if a >= ceil and noun_measure(t, a, b) is not None:
            continue  # "3 ملايين شخص ...، بمن فيهم 1.6 مليون شخص من النازحين": the next count's noun
        if b <= start:
            d = start - b
            if _CLAUSE.search(t, b, start):
                d *= 3
        elif a >= f.n_end:
            if t[a] == "و" and before_in_clause:
                continue
            d = a - f.n_end
            if _CLAUSE.search(t, f.n_end, a) or t[a] == "و":
                d *= 3  # "استشهد 13 شخصا وأصيب 106": "وأصيب" opens the next clause
            if not f.subject:
                d *= 2
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d, best_at = m, d, a
    if territory and best in _FATES and f.unit == "count":
        best = "other"  # "في 20 محافظة": places counted are not people
    sought = _SHELTER_SOUGHT.match(t, best_at) if best == "refugees" else None
    if sought is not None and not _abroad(t[sought.end() : sought.end() + 40]):
        best = "displaced"  # "اللجوء إلى أقارب لهم في مناطق أكثر أمانا": no border crossed
    if best in ("displaced", "refugees") and _TRIED.search(t, max(s, best_at - 12), best_at):
        best = "other"  # "8 آلاف شخص حاولوا الفرار من البلاد": an attempt, not a flight
    return _where(t, s, e, f, best or "other")


_TRIED = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:حاول|حاولوا|حاولت|يحاول|يحاولون|محاولة|محاولات)\s+(?:ال)?$")
)
_VICTIMS = re.compile(fold(r"(?:ال)?(?:ضحايا|ضحية)$"))
_SHELTER_NAME = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:مراكز|مركز|مركزا|مدارس|مدرسة)\s+(?:لل|ال|ل)?(?:إيواء|ايواء)$")
)
_SHELTER_SOUGHT = re.compile(
    fold(
        r"(?:و|ف|ب|ل)?(?:ال)?(?:لجوء|لجأ|لجأوا|لجؤوا|لجأت|يلجأ|يلجؤون)\s+(?:إلى|الى)(?![\u0621-\u064a])"
    )
)
_LANDS_AWAY = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال)?(?:دول|بلدان|الخارج|خارج|أوروبا)(?![\u0621-\u064a])")
)


def _abroad(destination: str) -> bool:
    """Whether the words after "لجأ إلى" name a place abroad."""
    return bool(_COUNTRY.search(destination) or _LANDS_AWAY.search(destination))


_PERIOD_CUT = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ليرتفع|لترتفع|ليصل|لتصل|لتصبح|ليصبح|مشيرة|مشيرا|مضيفة|"
        r"مضيفا|لافتة|لافتا|وأضاف|وأضافت|في حين|بينما)(?![\u0621-\u064a])|;|"
        # "إجمالي" opens a total of its own, not after "بلغ" ("منذ وقف إطلاق النار في 11
        # أكتوبر 2025، بلغ إجمالي الشهداء 352", ar10_036)
        r"(?<![\u0621-\u064a])(?<!بلغ\s)(?<!بلغت\s)(?<!وصل\s)إجمالي(?![\u0621-\u064a])"
    )
)


def _cut_off(t: str, p: Period, f: ArabicFigure) -> bool:
    """A period does not reach a figure across a new clause of its own ("ليرتفع الإجمالي")."""
    a, b = (p.end, f.n_start) if p.end <= f.n_start else (f.subject_end, p.start)
    return a < b and _PERIOD_CUT.search(t, a, b) is not None


# a count of people now or still where they are: "ويستضيف حالياً 1737 عائلة" (ar18_055),
# "ليتبقى منهم نحو 20 ألفاً فقط حالياً" (ar3_132), "لا يزال 2.5 مليون طفل خارج المدارس"
# (ar18_038), "وما زال نحو 2,5 مليون لاجئ سوري يعيشون في تركيا" (ar4_026); not "حتى الآن"
# (so far), which closes a count over a period
_NOW = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:حاليا|(?:و)?(?:لا|ما)\s*(?:يزال|يزالون|تزال|زال|زالوا|زالت)|"
        r"(?:و)?مازال|(?:و)?مازالوا|(?:و)?مازالت)(?![\u0621-\u064a])"
    )
)
_NOW_PRE = fold("حالي زال")  # cheap pre-check on the clause


def _now_clause(t: str, s: int, e: int, f: ArabicFigure) -> tuple[int, int] | None:
    """The clause of a count said to be of now ("حالياً", "لا يزال"), or None.

    A period told in another clause of the sentence (when the camp's refugees arrived, when
    a tally was updated) does not date such a count.
    """
    c0, c1 = _clause_start(t, s, f.n_start), _clause_end(t, f.subject_end, e)
    clause = t[c0:c1]
    if not any(w in clause for w in _NOW_PRE.split()) or not _NOW.search(clause):
        return None
    return c0, c1


def _periods_of(t: str, s: int, e: int, periods: list[Period], f: ArabicFigure) -> list[Period]:
    """The periods that may date figure ``f``."""
    found = [p for p in periods if not _cut_off(t, p, f)]
    now = _now_clause(t, s, e, f) if found else None
    if now is not None:
        found = [p for p in found if now[0] <= p.start and p.end <= now[1]]
    return found


def _clause_start(t: str, s: int, a: int) -> int:
    found = list(re.finditer(r"[،,;:]", t[s:a]))
    return s + found[-1].end() if found else s


_COUNTRY = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ب|ل|في)?\s*(?:تركيا|لبنان|الأردن|العراق|مصر|ألمانيا|أوروبا|اليونان|"
        r"تشاد|إثيوبيا|النيجر|كردستان)(?![\u0621-\u064a])"
    )
)


# a qualifier set off by commas after the number ("فر 20 ألفا، على الأقل، إلى السودان")
_ASIDE = re.compile(fold(r"[،,]\s*(?:على\s+الأقل|تقريبا|على\s+الأرجح)\s*[،,]"))


def _where(t: str, s: int, e: int, f: ArabicFigure, measure: str) -> str:
    """People displaced abroad are refugees; inside and abroad together, a combined count.

    A host ("تستقبل تركيا 2,9 مليون سوري") holds refugees when it is a country, displaced
    people when it is a place at home ("تستقبل محافظة إدلب عشرات الآلاف").
    """
    # the clause up to the next figure: "نزوح ثلاثة ملايين يمني وأجبر 200 ألف على اللجوء في
    # الخارج" (the second count is the refugees)
    ceil = min(e, f.extra.get("ceil", e))
    if t[f.subject_end : ceil].strip() == "(":
        ceil = e  # "عبر 2,049 شخصًا (768 أسرة) الحدود": a count restated in brackets
    c0 = _clause_start(t, s, f.n_start)
    contrast = list(_CONTRAST.finditer(t, c0, f.n_start))
    c0 = contrast[-1].end() if contrast else c0  # "... 39 ألفا في حين ... مئات الألوف نزحوا"
    c1 = _clause_end(t, f.n_end, max(f.n_end, ceil))
    aside = _ASIDE.match(t, c1, max(c1, ceil))
    if aside:  # "وفر 20 ألفا، على الأقل، إلى السودان": the clause goes on past the aside
        c1 = _clause_end(t, aside.end(), max(aside.end(), ceil))
    window = t[c0:c1]
    if measure == "displaced" and _INSIDE.match(t, f.n_end):
        return "displaced"  # "مئات الألوف نزحوا داخل سوريا": inside the country
    if (
        measure in ("displaced", "population", "other")
        and f.unit == "count"
        and _UNHCR_WORD in t[s:e]
        and _AWAITING.search(window)
    ):
        return "refugees"  # "لا يزال 48000 شخص في انتظار التسجيل" (UNHCR's)
    if measure == "host":
        abroad = (
            _COUNTRY.search(window)
            or (_A_COUNTRY.search(window) and _NATIONALS.search(window))
            # "استقبلت أرض الصومال سبعين مواطنًا عائدين من اليمن": hosts of people back
            # across a border (ar16_057)
            or _CROSSED.search(window)
        )  # "البلاد تستضيف نحو 1,5 مليون سوري", not "تستقبل إدلب 50 ألف نازح سوري"
        return "refugees" if abroad else "displaced"
    if measure == "population" and _BESIEGED.search(window):
        return "other"  # "400 ألف شخص يعيشون تحت الحصار": besieged people, not residents
    if measure == "population" and _HOMELESS.search(window):
        # "400 ألف شخص يعيشون بلا مأوى": homeless people, not residents (C22)
        return "other" if _AT_RISK.search(window) else "displaced"
    migrants = bool(f.subject and _MIGRANTS.match(f.subject))
    if (
        measure in ("other", "displaced", "refugees")
        and f.unit == "count"
        and (f.subject is None or _PEOPLE.match(f.subject) or _NATIONALS.match(f.subject))
        and _IOM_RETURN.search(t, c0, _clause_end(t, f.n_end, e))
        and any(w in t for w in _IOM_WORDS)
        and not _FORCED.search(t, s, e)
    ):
        # a return home under IOM's programme, migrants too (a count of returns is refugees):
        # "ساعدت أكثر من 100 ألف مهاجر على العودة الطوعية" (ar20_387), "في اطار مشروع اعادة
        # العالقين الصومال الذي يهدف لاعادة ( ٢٥٠٠) شخص" (ar16_055); not migrants intercepted
        # and returned to Libya or deported (other)
        return "refugees"
    if measure in ("refugees", "displaced") and migrants:
        if _BACK_HOME.search(window):
            # "عاد أكثر من 100 ألف مهاجر أفغاني إلى بلادهم" (ar22_265, ar21_351): migrants gone
            # home across a border, a return (refugees)
            return "refugees"
        return "other"  # "اعتراض نحو 17 ألفاً و 190 مهاجراً ... محاولات العبور": migrants
    if measure in ("refugees", "displaced") and f.unit == "count":
        # the figure's line, from at most 90 characters before the figure to the clause's end
        line_start = max(s, f.n_start - 90, t.rfind("\n", 0, f.n_start) + 1)
        line_end = t.find("\n", f.n_end, e)
        if (
            _DEPORTED.search(t, line_start, min(ceil, e if line_end < 0 else line_end))
            and _VOLUNTARY not in t[s:e]
        ):
            # deportations and forced returns are other (DEVSET's convention): "أبعدت السلطات
            # المصرية أكثر من 1500 سوداني" (ar17_017), "اللاجئين السوريين الذين رحلتهم السلطات
            # التركية ...، بلغ 1504" (ar17_027), "4268 لاجئا أفغانيا قد عادوا ...، بصورة
            # قسرية" (ar24_154); not a list of voluntary returns and deportations (ar19_035)
            return "other"
    people = f.subject is None or bool(_PEOPLE.match(f.subject) or _NATIONALS.match(f.subject))
    people = people and not migrants  # "وصل 300 مهاجر إلى إيطاليا" stays other
    # households are people too: "1900 أسرة تصل إلى لبنان كل أسبوع" (ar15_038)
    people = people or bool(f.subject and _HOUSEHOLDS.match(" " + f.subject))
    if (
        measure == "other"
        and f.unit == "count"
        and people
        and (
            _CROSSED.search(window)
            or _WITH_UNHCR.search(window)
            or _OUT_OF_HOME.search(window)
            or (_WITH_IT.search(window) and _UNHCR_WORD in t[s:e])
        )
    ):
        # "ووصل 3000 سوري إلى تركيا", "وعبر 2000 شخص الحدود", "السوريين المسجلين لدى المفوضية"
        return "refugees"
    if (
        measure == "other"
        and f.unit == "count"
        and people
        and (
            _REGISTERING.search(t, max(c0, f.n_start - 20), f.n_start)
            or _REGISTERING.match(t, f.subject_end, _clause_end(t, f.subject_end, ceil))
        )
        and _UNHCR_WORD in t
    ):
        # people UNHCR registers, in a passage on UNHCR: "قامت المفوضية ... بتسجيل نحو 2,000
        # شخص كل أسبوع" (ar20_069), "في مقابل 1500 شخص كان يتم تسجيلهم يومياً" (ar15_037)
        return "refugees"
    registered = measure == "other" and _REGISTERED.search(t, max(s, f.n_start - 20), f.n_start)
    if (
        (measure == "population" or registered)
        and f.subject
        and _NATIONALS.match(f.subject)  # "سوري", not "لاجئ سوري" (a stock _stock decided on)
        and (_hosted(f.subject, window) or _ENTERED.search(window))
    ):
        # "يعيش نحو ثلاثة ملايين سوري في تركيا", "سجل نحو 4500 سوري ... في الأردن": nationals
        # living or registered in a host country
        return "refugees"
    that = list(_THAT.finditer(t, c0, f.n_start))
    said = t[that[-1].end() : c0 + len(window)] if that else window  # not the teller's name
    if measure in ("displaced", "refugees") and _IN_AND_OUT.search(said):
        return "other"  # "928649 نازحاً ولاجئاً", "عاد أكثر من 3 ملايين لاجئ ونازح"
    if measure != "displaced" or f.extra.get("uprooted"):
        return measure
    world = _WORLD.search(window) is not None and _WORST.search(window) is None
    if world or _FLED_OR_SOUGHT.match(t, f.subject_end, min(e, ceil)):
        # "أكثر من 1% من البشرية ... اضطروا لمغادرة منازلهم", "إلى ترك منازلهم، والنزوح ...
        # داخل سوريا، أو اللجوء إلى دول الجوار": displaced at home and abroad, one count
        return "other"
    if _ABROAD.search(window) or _WITH_UNHCR.search(window) or _CROSSED.search(window):
        return "refugees"
    if f.extra.get("head") != "displaced" and _CROSSING.search(window):
        # "يشهد معبر أرقين ... توافد آلاف السودانيين الفارين" (ar17_015), "وصلها ... أكثر من
        # 170 ألف شخص ... عبر معبر قسطل" (ar18_357); not "50 ألف نازح ... عبر معبر (بزيبز)"
        return "refugees"
    if _VOLUNTARY in t[s:e] and _voluntary_return(t[s:e]):
        return "refugees"  # "العودة الطوعية لحوالي 130 عائلة", "الذين عادوا طوعًا"
    if _RETURNEES.search(window) and (_CROSSED.search(t, s, e) or _REFUGEES_BACK.search(t, s, e)):
        # "عدد مَن عادوا إلى بلادهم ... بلغ 737 ألف سوري، وأن متوسط عدد العائدين شهريًا ...
        # 11 ألف سوري": returnees of a return across a border told in the same sentence
        return "refugees"
    if f.subject is not None and _hosted(f.subject, t[s:e]):
        return "refugees"  # "المفوضية ... في لبنان ان أكثر من 283000 نازح سوري"
    if f.subject is not None and _foreign_in_camp(f.subject, t[s:e]):
        return "refugees"  # "232 عائلة عراقية ... غادرت مخيم الهول" (ar13_045, ar17_024)
    if _LEBANON in t and (_SYRIAN_NAZIH.search(f.subject or "") or _SYRIAN_NAZIH.search(t, s, e)):
        # "عدد النازحين السوريين في لبنان", "377 نازحا سوريا من مخيمات عرسال"; the Syrians
        # named anywhere in the sentence ("مغادرة طوعية للنازحين السوريين، حيث يغادر يوميًا ما
        # بين 700 و800 نازح", ar16_126, ar9_061)
        return "refugees"
    return measure


# a border crossing named in the clause of people who fled
_CROSSING = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:ال)?(?:معبر|منفذ)(?![\u0621-\u064a])")
)
_MIGRANTS = re.compile(
    fold(r"(?:و|ب|ل)?(?:ال)?(?:مهاجر|مهاجرا|مهاجرين|مهاجرون)(?![\u0621-\u064a])")
)


# a return home and IOM, the agency running the return programmes ("المنظمة الدولية للهجرة",
# "منظمة الهجرة الدولية"); forced returns, deportations and attempts are no such return
_IOM_RETURN = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:إعادة|إعادتهم|عودة|عودتهم)(?![\u0621-\u064a])")
)
_IOM_WORDS = (fold("الدولية للهجرة"), fold("الهجرة الدولية"))
# people gone back to their own countries, the verb theirs (not "أعاد خفر السواحل 128 مهاجرا")
_BACK_HOME = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:عاد|عادوا|عادت|يعود|يعودون)(?![\u0621-\u064a])"
        r"(?:\s+[^\s،,.]+){0,8}?\s+(?:إلى|الى)\s+(?:بلادهم|بلدانهم|بلدهم|أوطانهم|وطنهم|ديارهم)"
        r"(?![\u0621-\u064a])"
    )
)
_FORCED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:اعتراض|اعتراضهم|اعترض|اعترضت|ترحيل|ترحيلهم|"
        r"رحل|رحلت|ضبط|إبعاد|خفر|قسري|قسرا|قسريا|يحاول|يحاولون|محاولة|حاولوا|ترجيل)"
        r"(?![\u0621-\u064a])"
    )
)

# a deportation, or a return by force, up to the figure's clause: not a flight by force
# ("تهجير قسري", "نزحوا قسرا": displaced)
_DEPORTED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:ترحيل|ترحيلهم|رحلت|رحلتهم|يرحل|ترحل|المرحلين|"
        r"مرحلين|أبعدت|أبعد|إبعاد|إبعادهم)(?![\u0621-\u064a])|"
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:عاد|عادوا|عادت|عودة|إعادة|إعادتهم|أعيد|أعيدوا|"
        r"المعادين|معادين)(?![\u0621-\u064a])(?:\s+[^\s.]+){0,8}?\s+(?:بصورة\s+|بشكل\s+)?"
        r"(?:قسرية|قسري|قسرا|قسريا)(?![\u0621-\u064a])"
    )
)


# a voluntary return is the refugees' word for going home across a border (round-17
# convention: returns across a border are refugees), unless the returnees are displaced
# people at home: "العودة الطوعية للعوائل العراقية", "عادوا طوعًا", "بشكل طوعي"
_VOLUNTARY = fold("طوع")  # cheap pre-check on the sentence
_VOLUNTARY_RETURN = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:عودة|عاد|عادوا|عادت|العائدين|عائدين)"
        r"(?:\s+[^\s،,.]+)?\s+(?:ال)?(?:طوعية|طوعا|طوعي)(?![\u0621-\u064a])|"
        r"(?<![\u0621-\u064a])(?:عاد|عادوا|عادت)(?:\s+[^\s.]+){0,8}?\s+بشكل\s+طوعي"
    )
)
_RETURNEES = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:عاد|عادوا|عادت|عودة|العائدين|عائدين|عائدون)"
        r"(?![\u0621-\u064a])"
    )
)
# the return of refugees named in the sentence: "عدد اللاجئين العائدين", "عودة اللاجئين"
_REFUGEES_BACK = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ال|لل)?(?:لاجئين|لاجئون)\s+(?:ال)?(?:عائدين|عائدون)|"
        r"(?<![\u0621-\u064a])(?:و|ب|ل)?(?:ال)?(?:عودة|إعادة)\s+(?:ال)?(?:لاجئين|لاجئون)"
    )
    + r"(?![\u0621-\u064a])"
)
_DISPLACED_WORD = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال|لل)?(?:نازح|نازحين|نازحون|نازحة|نازحا|مهجرين|نزوح)")
)


def _voluntary_return(sentence: str) -> bool:
    """Whether a sentence tells of a voluntary return of people who are not displaced at home."""
    return bool(_VOLUNTARY_RETURN.search(sentence)) and not _DISPLACED_WORD.search(sentence)


# Lebanese usage calls the Syrians in Lebanon "نازح"; in a passage on Lebanon they are refugees
_LEBANON = fold("لبنان")  # also in "اللبناني", "اللبنانية"
_SYRIAN_NAZIH = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال|لل)?نازح[\u0621-\u064a]{0,2}\s+(?:ال)?سوري(?:ا|ين|ون)?")
    + r"(?![\u0621-\u064a])"
)


_OWN_LAND = {fold("عراقي"): re.compile(fold("العراق|كردستان")), fold("لبناني"): re.compile("لبنان")}


_IN_HOST = re.compile(fold(r"(?:في|ب)"))


def _hosted(subject: str, sentence: str) -> bool:
    """Displaced people of a nationality in a host country named in the sentence are refugees."""
    nat = _NATIONALS.search(subject)
    # where they are ("في لبنان"), not a party named ("توصل تركيا وروسيا لاتفاق")
    host = next((m for m in _COUNTRY.finditer(sentence) if _IN_HOST.match(m.group())), None)
    if nat is None or host is None:
        return False
    own = _OWN_LAND.get(nat.group())
    return own is None or own.search(host.group()) is None


_NAMED_CAMP = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ب|ل)?(?:ال)?مخيم\s+(?P<c>")
    + "|".join(sorted(CAMP_LAND, key=len, reverse=True))
    + r")(?![\u0621-\u064a])"
)
# nationals by their noun ("4 آلاف عراقي") or households by their adjective ("232 عائلة عراقية")
_NATIONAL_OF = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:(?:عائلة|عائلات|عوائل|أسرة|أسر)\s+)?(?P<n>")
    + fold(r"سوري|عراقي|فلسطيني|سوداني|يمني|أفغاني|صومالي|أردني")
    + r")(?:ة|ين|ون)?(?![\u0621-\u064a])"
)


def _foreign_in_camp(subject: str, sentence: str) -> bool:
    """Nationals leaving or going home from a camp in another country are refugees.

    "232 عائلة عراقية ... غادرت ... مخيم الهول", "عودة 4 آلاف عراقي من هذا المخيم" (the
    sentence names "مخيم الهول"): Iraqis in a camp in Syria crossed a border (round-17
    convention: returns across a border are refugees); Syrians there stay displaced.
    """
    nat = _NATIONAL_OF.match(subject)
    camp = _NAMED_CAMP.search(sentence) if nat is not None else None
    return camp is not None and CAMP_LAND[camp.group("c")] != nat.group("n")


# a count of the whole world's displaced holds refugees too ("the world's largest
# displacement crisis" is not such a count)
_WORLD = re.compile(
    fold(r"(?:\s(?:حول|في|أنحاء|مستوى)\s+العالم|\sمن\s+البشرية|\sعالميا)(?![\u0621-\u064a])")
)
_WORST = re.compile(
    fold(r"(?:أكبر|أسوأ|أضخم|أخطر)(?:\s+[\u0621-\u064a]+){0,3}\s+(?:في|حول)\s+العالم")
)
_FLED_OR_SOUGHT = re.compile(
    fold(
        r"[^.;]*?(?:(?:ال)?نزوح|نزحوا)[^.;]{0,80}?\s(?:أو|و)\s*(?:ال)?(?:لجوء|لجأوا|لجؤوا)"
        r"(?![\u0621-\u064a])"
    )
)
_SPEECH = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|أكد|أكدت|أوضح|"
        r"أوضحت)\s+(?:[\u0621-\u064a]+\s+){1,3}?(?:إن|أن|ان|بأن)(?![\u0621-\u064a])"
    )
)
_OUT_OF_HOME = re.compile(
    fold(r"(?<![\u0621-\u064a])خارج\s+(?:وطنهم|أوطانهم|بلادهم|بلدهم|بلدانهم)(?![\u0621-\u064a])")
)
_CONSISTING = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:مكونة|مكون|مؤلفة|مؤلف)\s+من(?![\u0621-\u064a])")
)
_AMONG = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و)?(?:من\s+)?بين\s+(?P<n>(?:ال)?(?:قتلى|ضحايا|شهداء|جرحى|مصابين))"
        r"(?![\u0621-\u064a])(?:\s+[^\s،,.]+){0,5}?\s*$"
    )
)
# the dead or wounded said to be the count: "المدنيين القتلى هم طفلتان وامرأة"
_THEY_ARE = re.compile(
    fold(r"(?<![\u0621-\u064a])(?P<n>ال(?:قتلى|شهداء|جرحى|مصابين|مصابون))\s+(?:هم|هن)\s*$")
)


def _named_as(t: str, floor: int, f: ArabicFigure) -> str | None:
    """The fate of the ones a count is said to be ("القتلى هم ..."), or None."""
    m = _THEY_ARE.search(t, max(floor, f.n_start - 30), f.n_start)
    return noun_measure(t, m.start("n"), m.end("n")) if m is not None else None


# households restated as the people in them: "1737 عائلة، ما يقارب 8 آلاف و625 شخصاً"
# (ar18_055), "47 ألفا و380 أسرة، تضم 284 ألفا و280 شخصا" (ar11_019), "232 عائلة عراقية تضم
# 850 شخصاً" (ar13_045)
_RESTATED = re.compile(fold(r"\s*(?:[،,]\s*(?:(?:أي|تضم|يضم)\s+)?|(?:تضم|يضم)\s+)"))
_AT_RATE = re.compile(fold(r"(?<![\u0621-\u064a])بواقع\s*\(?\s*$"))
_CONTRAST = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:في\s+حين|بينما|فيما|لكن|إلا\s+أن)(?![\u0621-\u064a])")
)
_INSIDE = re.compile(
    fold(
        r"\s*(?:[\u0621-\u064a]+\s+){0,2}?(?:نزحوا|نازحين|نازح|النازحين|مشردين)?\s*"
        r"(?:داخل\s+(?:سوريا|سورية|البلاد|بلادهم|بلدهم|أراضيها|السودان|اليمن|العراق|ليبيا|"
        r"أوكرانيا|لبنان|القطاع)|داخليا|داخلي|داخليين|داخليون)(?![\u0621-\u064a])"
        r"(?!\s*(?:و|أو)\s*(?:خارج|عبر|إلى|لجأ))"
    )
)
# people in need, beneficiaries and capacities are other; people sheltered are residents
_NEED_BEFORE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:(?:و|ب|ل)?(?:ال)?حاجة|(?:و|ف)?(?:يحتاج|تحتاج|يحتاجون|مهددة|مهددا|"
        r"يهدد|تهدد|يتهدد))\s+(?:ال)?$"
    )
)
_NEED = re.compile(
    fold(
        r"\s*(?:(?!و)\S+\s+){0,5}?(?:بحاجة|بحاجه|في\s+حاجة|يحتاجون|يحتاج|تحتاج|"
        r"على\s+حافة|يعانون\s+من\s+(?:انعدام|الجوع|نقص|سوء)|من\s+سوء\s+(?:ال)?تغذية|"
        r"مهددون\s+ب(?!(?:ال)?نزوح)|"
        r"معرضون\s+ل(?!(?:ل)?نزوح|خطر\s+(?:ال)?نزوح))"
    )
)
_CAPACITY = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:تكفي|تتسع|تستوعب|لاستيعاب|الاستيعابية|طاقة|قدرة|لاستضافة)")
)
_SHELTERED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ل)?(?:تم\s+)?(?:إيواء|ايواء|المأوى|مأوى|يؤوي|تؤوي|استضافة)"
        r"(?:\s+[\u0621-\u064a]+){0,2}?\s*(?:ل|لـ)?\s*$"
    )
)
_SHELTERED_AFTER = re.compile(
    fold(
        r"\s*(?:[\u0621-\u064a]+\s+){0,2}?(?:جرى|تم)\s+(?:إيواؤهم|إيوائهم|ايواؤهم|ايوائهم)"
        r"(?![\u0621-\u064a])"
    )
)
_WISH = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قد\s+)?(?:أعرب|أعربوا|أعربت|أبدى|أبدوا|أبدت|يبدي|يبدون)"
        r"(?![\u0621-\u064a])(?:\s+\S+){0,5}?\s+(?:عن\s+)?(?:ال)?(?:رغبت|رغبة|اهتمام)|"
        # "110 لاجيء سوري طلب العودة إلى سوريا": a request, not a return
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:طلب|طلبوا|طلبت|يطلب|يطلبون|تقدم\s+بطلب|تقدموا\s+بطلب)"
        r"\s+(?:ال)?(?:عودة|العودة)(?![\u0621-\u064a])|"
        # "448 نازحا سوريا كانوا قد سجلوا أسماءهم لدى الأمن العام بطلب العودة": registered to go
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:سجلوا|يسجلون|تسجلوا)(?![\u0621-\u064a])(?:\s+\S+){0,6}?"
        r"\s+(?:ب|ل)(?:طلب\s+)?(?:ال)?(?:عودة|العودة)(?![\u0621-\u064a])"
    )
)
_LANDS = (
    r"(?:إلى|الى|نحو|من|داخل)\s+(?:ال)?(?:تركيا|لبنان|الأردن|العراق|مصر|أوروبا|ألمانيا|تشاد|"
    r"إثيوبيا|ليبيا|النيجر|اليونان|أوغندا|كينيا|بنغلاديش|السعودية|جيبوتي|الصومال|إيران|باكستان|"
    r"بولندا|رومانيا|مولدوفا|سوريا|سورية|السودان|اليمن|أفغانستان|أوكرانيا|بلادهم|بلدهم|وطنهم|"
    r"بلدانهم|أوطانهم|ديارهم\s+في\s+سوريا|أراضيها|أراضيه)(?![\u0621-\u064a])|"
    # "في العودة لبلادهم": the home country after a glued "ل"
    r"(?:ل|لل)(?:بلادهم|بلدهم|وطنهم|أوطانهم|بلدانهم)(?![\u0621-\u064a])|"
    r"(?:ال)?أراضي\s+(?:ال)?(?:تركية|لبنانية|أردنية|سورية|عراقية|مصرية|أوروبية|سودانية|تشادية)|"
    # "عاد ما يقرب من 200 ألف شخص إلى البلاد": back into the country
    r"(?:إلى|الى)\s+البلاد(?![\u0621-\u064a])"
)
# a country entered, its name the verb's object: "15 ألف سوري دخلوا الأردن" (ar20_051), "409
# ألف سوداني وأجنبي مقيم في السودان دخلوا مصر" (ar12_140); not "دخلوا البلاد" (deportees, ar19_351)
_ENTERED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:دخل|دخلوا|دخلت|يدخلون|دخول)\s+(?:تركيا|لبنان|الأردن|مصر|ليبيا|"
        r"تشاد|أوروبا|ألمانيا|اليونان|أوغندا|إثيوبيا|سوريا|السودان|اليمن)(?![\u0621-\u064a])"
    )
)
# a border crossed: returns from or to a country, arrivals in one, border crossings
_CROSSED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:عاد|عادوا|عادت|يعود|يعودون|عودة|عودتهم|عائد|"
        r"عائدين|عائدون|وصل|وصلوا|وصلت|يصلون|وصول|دخل|دخلوا|دخلت|يدخلون|دخول|قدموا|قادمين|عبر|عبروا|"
        r"عبور|توجه|توجهوا|توجهت)"
        # the words between, a number with its separators among them ("عودة 4,226 مغترب من
        # السعودية", ar16_053)
        r"(?![\u0621-\u064a])(?:\s+(?:[\d٠-٩][\d٠-٩,.]*|[^\s،,.]+)){0,10}?\s+(?:" + _LANDS + r")|"
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:(?:عبروا|عبرت|يعبرون|عبور|اجتاز|اجتازوا|اجتياز)"
        r"(?:\s+[^\s،,.]+){0,3}?|عبر(?:\s+(?:\d[\d,]*|[^\s،,.]+)){1,5}?)\s+(?:ال)?حدود|"
        # "يصل بشكل شهري اليمن", "غادروا البلاد"
        # "فروا من الأعمال القتالية في السودان عبر الحدود": a flight across the border
        r"(?<![\u0621-\u064a])(?:فر|فروا|فرت|هرب|هربوا|هربت|فرار|هروب)(?:\s+[^\s،,.]+){0,8}?"
        r"\s+عبر\s+(?:ال)?حدود|"
        r"(?<![\u0621-\u064a])(?:يصل|يصلون|تصل|وصل|وصلوا|غادر|غادروا|غادرت)(?:\s+[^\s،,.]+){0,3}?"
        r"\s+(?:اليمن|تركيا|لبنان|الأردن|أوروبا|ألمانيا|اليونان|مصر|ليبيا|تشاد|البلاد|بلادهم)"
        r"(?![\u0621-\u064a])|"
    )
    + _ENTERED.pattern
)


# counts joined by "و" ("3500 لبناني و16 ألف سوري"), the verb after the last of them
_JOINED_COUNT = re.compile(r"[\s،,]*و\s*\(?")
_VERB_GAP = re.compile(r"(?:\s+[^\s\d٠-٩،,.؛;:()]+){0,3}?\s+(?:قد\s+)?")


def _shared_verb(t: str, s: int, e: int, figs: list[ArabicFigure], kws: list) -> None:
    """Counts joined by "و" share the verb that comes after the last of them.

    "3500 لبناني و16 ألف سوري عادوا إلى لبنان" (ar19_389): both returned across a border;
    "وتسعة مدنيين قتلوا و 58 مسلحا محليا و 33 من قسد، و13 مدنيا أصيبوا" (ar15_105): the
    58 and the 33 were wounded, not killed (the verb before them closes the list before).
    A count with a noun of its own ("6 قتلى و19 جريحا") or a fate word before it in its own
    stretch ("قتل 5 مدنيين و3 أطفال أصيبوا") keeps its measure.
    """
    after: ArabicFigure | None = None  # the next count of the chain
    verb: str | None = None  # the measure of the verb after the chain's last count
    for i in range(len(figs) - 1, -1, -1):
        f = figs[i]
        before = [x for x in kws if (figs[i - 1].subject_end if i else s) <= x[0] < f.n_start]
        if i and all(_VERB_GAP.fullmatch(t, figs[i - 1].n_end, x[0]) for x in before):
            before = []  # "قتلوا و 58": the verb of the count before, not of this one
        plain = (
            f.unit == "count"
            and f.extra.get("head") is None
            and not any(x[2] in _FATES for x in before)
        )
        own = next(
            (
                x
                for x in kws
                if x[0] >= f.n_end
                and x[2] in _FATES
                and _VERB_GAP.fullmatch(t, f.n_end, x[0])
                and noun_measure(t, x[0], x[1]) is None
            ),
            None,
        )
        if (
            plain
            and own is None
            and after is not None
            and _JOINED_COUNT.fullmatch(t, f.subject_end, after.n_start)
        ):
            if verb is not None:  # the chain's last count, by its own verb over the stretch
                after.measure, verb = _where(t, s, e, after, verb), None
            f.measure, after = after.measure, f
            continue
        after, verb = (f, own[2]) if plain and own is not None else (None, None)


def extract(
    text: str, published: dt.date | None, registry: SourceRegistry
) -> tuple[list[ArabicFigure], dict[int, Span]]:
    """Figures of an Arabic document (bounds not yet set) and the sentence of each."""
    nz: Normalized = normalize(text)
    t = nz.text
    figs_all: list[ArabicFigure] = []
    quotes: dict[int, Span] = {}
    sents = _sentences(t)
    last_monitor: str | None = None
    last_source: str | None = None
    pending: list[ArabicFigure] = []  # figures of the last sentence with no attribution
    un_said: list[ArabicFigure] = []  # figures of the last sentence the bare UN reported
    last_named: str | None = None  # the last source named, as reporter or not
    last_org: str | None = None  # the last organisation named, which "المنظمة" calls back
    people: dict[str, str] = {}  # surnames of the people who speak for a source
    last_fig: ArabicFigure | None = None
    speaker: tuple[Attribution, int] | None = None  # "X يقول:" and the paragraph it opens
    unsourced: list[tuple[ArabicFigure, int]] = []  # figures of sentences naming no reporter
    # a count introducing a list, its paragraph, the figure
    list_head: tuple[str | None, int, ArabicFigure] | None = None
    quoted: Attribution | None = None  # the speaker of a «quote» still open
    carry: tuple[Attribution | None, int] | None = None  # the last reporter, its paragraph
    correspondent: str | None = None  # the outlet whose correspondent was named
    for s, e, para in sents:
        periods, masks = find_periods(t, s, e, published)
        nums = find_numbers(t, s, e, masks)
        attrs, ments = sentence_sources(t, s, e, registry, last_monitor)
        learn_people(t, ments, people)
        persons = person_mentions(t, s, e, people)
        if (told := told_person(t, s, attrs, persons)) is not None:
            attrs = told
        if not attrs:
            attrs = [Attribution(p.canonical, p.start, p.end) for p in persons]
        if not attrs and (g := generic_source(t, s, e, last_source)) is not None:
            attrs = [g]
        elif not attrs and last_source is None and (g := described_source(t, s, e, last_named)):
            # "أطلقت الوحدة التنفيذية ... نداء استغاثة. وقالت الوحدة في بيان": the body named
            # before, not as a reporter, then said again by its kind
            attrs = [g]
            last_source = g.source
        if ments and fold("مراسل") in t[s:e]:
            for m in ments:
                if _CORRESPONDENT_OF.search(t, max(s, m.start - 12), m.start):
                    correspondent = m.canonical  # "وأفاد مراسل مرصد مينا"
        if not attrs and correspondent is not None and (o := _OUR_MAN.search(t, s, e)):
            # "وقال مراسلنا" after "مراسل مرصد مينا": the outlet named earlier (ar10_013); with
            # no correspondent named before, "our" names nothing (null, rounds 3, 6, 7)
            attrs = [Attribution(correspondent, o.start(), o.end(), generic=True)]
        agency = None  # a UN agency named before and described again
        if last_source in UN_AGENCIES and any(_described(t, s, a) for a in attrs):
            # "وأضافت المنظمة الأممية", "وأوضحت المنظمة التابعة للأمم المتحدة" after WHO: the
            # agency named before, which goes on reporting
            agency = last_source
            attrs = [
                Attribution(last_source, a.start, a.end, generic=True) if _described(t, s, a) else a
                for a in attrs
            ]
        back = organisation_named_back(t, s, e, ments, last_org)
        if back is not None and not any(a.start < back.end and back.start < a.end for a in attrs):
            # "اوضح ممثل المنظمة فى سوريا ... مشيرا الى ان الامم المتحدة" after UNICEF: the
            # organisation called back reports beside the names the sentence gives
            attrs = [*attrs, back]
            learn_people(t, [ArabicMention(back.start, back.end, back.source, True)], people)
        if speaker is not None and para > speaker[1] + 1 and _LIST_ITEM.match(t, s):
            speaker = (speaker[0], para - 1)  # "التالية:\n– النبطية: 6 شهداء\n– صور: ..."
        if speaker is not None and (attrs or para > speaker[1] + 1):
            speaker = None
        if not attrs and speaker is not None and para == speaker[1] + 1:
            a = speaker[0]  # the quoted paragraph: "رئيس الدفاع المدني يقول:\n\nوثقنا ..."
            attrs = [Attribution(a.source, a.start, a.end, generic=True)]
        if not attrs and quoted is not None:
            # «... 20600 عائلة. أما السوريون فهم 30593 شخصاً»: the quote goes on
            attrs = [Attribution(quoted.source, quoted.start, quoted.end, generic=True)]
        if t.count("«", 0, e) <= t.count("»", 0, e):
            quoted = None
        elif quoted is None and any(a.source for a in attrs):
            quoted = [a for a in attrs if a.source][-1]  # a speaker opens a «quote»
        dangling = not nums and not _SENTENCE_END.search(t[s:e].rstrip()[-1:])
        if (t[s:e].rstrip().endswith(":") or dangling) and any(a.source for a in attrs):
            # "X يقول:" or a line broken in mid-sentence ("كما وثق الدفاع المدني ...\nمقتل 26")
            speaker = ([a for a in attrs if a.source][-1], para)
        nums = [n for n in nums if not any(m.start <= n.start < m.end for m in ments)]
        op = opening_source(t, s, e, registry) if (pending or un_said) and not nums else None
        if op is not None:
            # "ارتفعت الحصيلة إلى ... . وذكرت وزارة الصحة": the next sentence names it, when
            # it attributes the figures just given and has none of its own (round-3 decision);
            # "قالت الأمم المتحدة إن 74 بالمئة ... جاء ذلك في تغريدة نشرها مكتب ... (أوتشا)":
            # the UN body it names is more precise than the bare UN (round-6 audit)
            a, b = nz.span(op.start, op.end)
            precise = op.source in UN_AGENCIES and op.source != "UN"
            for f in [*pending, *(un_said if precise else [])]:
                f.source = Attribution(op.source, a, b)
        pending = []
        figs = _combine(t, s, e, nums) if nums else []
        kws = [x for x in keywords(t, s, e) if not any(m.start <= x[0] < m.end for m in ments)]
        prev = None
        for f, g in zip(figs, [*figs[1:], None], strict=False):
            if g is not None:
                f.extra["ceil"] = g.n_start
            if prev is not None:
                f.extra["floor"] = prev.subject_end
            elif last_fig is not None:
                f.extra["before"] = last_fig.measure  # the last count of the sentences before
            f.measure = _measure(t, s, e, f, kws, prev)
            if (
                f.measure == "injured"
                and _OUTBREAK.search(t, s, f.n_start)
                and not _WOUNDS_AFTER.match(t, f.n_end, e)  # "أصيب 12 مدنيا بجروح جراء قصف"
            ):
                f.measure = (
                    "other"  # "الوفيات جراء وباء الكوليرا ...، إلى جانب إصابة نحو نصف مليون"
                )
            prev = f
        _shared_verb(t, s, e, figs, kws)
        if figs and last_fig is not None and figs[0].measure == "other":
            f = figs[0]
            if _OF_THEM_BACK.match(t, f.n_end) or _SUB_PRONOUN.search(
                t, max(s, f.n_start - 20), f.n_start
            ):
                # "قُتل 10 مدنيين. وأضاف المرصد أن 4 منهم أطفال": "منهم" points back a sentence
                f.measure = last_fig.measure
        item = list_head is not None and para > list_head[1] and _LIST_ITEM.match(t, s)
        if item:
            for f in figs:  # "“103” شهداء تم تصنيفهم على النحو التالي:\n– 20 امرأة."
                if f.measure == "other" and f.extra.get("head") is None:
                    f.measure = list_head[0]
        elif list_head is not None and not _LIST_ITEM.match(t, s):
            list_head = None
        if figs and t[s:e].rstrip().endswith(":"):
            list_head = (figs[-1].measure, para, figs[-1])
        if figs:
            last_fig = figs[-1]
        _link_subcounts(t, figs)
        if item:
            head = list_head[2]  # the items are its parts: "-720 من أبناء محافظة السويداء"
            for f in figs:
                if f.parent is None and f.measure == head.measure and _linkable(t, f, head):
                    f.parent = head
        _mixed_returns(t, s, figs)
        _split_home_and_abroad(t, figs, e)
        places = find_places(t, s, e) if figs else []
        for f in figs:
            if f.parent is not None and not _own_part(t, f):
                f.measure = f.parent.measure
            f.period = _nearest(_periods_of(t, s, e, periods, f), f)
            if f.parent is not None and f.period is None and _now_clause(t, s, e, f) is None:
                f.period = f.parent.period  # not to a count of now ("ليتبقى منهم ... حالياً")
            f.source = _reporter(t, attrs, f)
            if f.parent is not None:
                f.source = f.parent.source
            pl = [p for p in places if p.pcode is not None]
            f.place = _nearest(pl, f) if pl else None
            prev = f
        own_speaker = bool(attrs) or (
            _CITED.search(t, s, e) is not None and not pronoun_reporter(t, s)
        )
        if not own_speaker and (_BACKGROUND.match(t, s) or _WAR_SINCE.search(t, s, e)):
            carry = None  # the writer's own voice on something else ends the report
        if not own_speaker and carry is not None and carry[1] == para:
            # a continuation keeps its reporter (D1, round 8): "وفق المرصد السوري. وبين القتلى
            # 58 مدنياً"; a paragraph break or a sentence with its own reporter stops it. More
            # of a toll, not money: "وتتضمن الخطة تقديم 100 دولار" describes the plan
            for f in figs:
                if f.source is None and carry[0] is not None and f.unit != "money":
                    f.source = Attribution(
                        carry[0].source, carry[0].start, carry[0].end, generic=True
                    )
        elif own_speaker:
            said = [f.source for f in figs if f.source is not None]
            carry = (said[-1] if said else None if figs else _named(attrs), para)
        if figs and not attrs and not pronoun_reporter(t, s) and not _SPEECH.search(t, s, e):
            # a sentence with a reporter it does not name ("وأضافت أن", "وقال حزب الله إن")
            # does not take the next sentence's
            pending = [f for f in figs if f.source is None]
            unsourced += [(f, para) for f in pending]
        un_said = [f for f in figs if f.source is not None and f.source.source == "UN"]
        for m in ments:
            last_named = m.canonical
            if m.canonical in ORGANISATIONS:
                last_org = m.canonical
            if is_monitor(m.canonical):
                last_monitor = m.canonical
            if m.cued:
                last_source = m.canonical
        if agency is not None:
            last_source = agency
        if back is not None and back.start > max((m.start for m in ments if m.cued), default=-1):
            last_source = back.source
        unnamed = [a.start for a in attrs if a.source is None]
        if unnamed and max(unnamed) > max((m.start for m in ments if m.cued), default=-1):
            last_source = None  # "وقال مصدر طبي ... وأضاف": the pronoun is the unnamed one's
        for f in figs:
            f.start, f.end = nz.span(f.n_start, f.n_end)
            if f.place is not None:
                ps, pe = nz.span(f.place.start, f.place.end)
                f.place = _Place(
                    ps, pe, text[ps:pe], f.place.canonical, f.place.pcode, f.place.lat, f.place.lon
                )
            if f.source is not None:
                a, b = nz.span(f.source.start, f.source.end)
                f.source = Attribution(f.source.source, a, b, f.source.generic)
            if f.subject is not None:
                a, b = nz.span(f.subject_end - len(f.subject), f.subject_end)
                f.subject = text[a:b]
            qs, qe = nz.span(s, e)
            quotes[id(f)] = Span(qs, qe)
            if f.qualifier != "range":  # a range's bounds are its two ends
                f.lower, f.upper = figure_bounds(f.qualifier, f.value)
        figs_all.extend(figs)
    _signature(t, nz, sents, unsourced, registry)
    return figs_all, quotes


# "المنظمة التابعة للأمم المتحدة": a UN agency, by what it belongs to
_AGENCY_OF_THE_UN = re.compile(
    fold(r"(?<![\u0621-\u064a])(?:ال)?(?:منظمة|وكالة|هيئة)\s+(?:ال)?(?:تابعة|تابع)\s*$")
)


def _described(t: str, s: int, a: Attribution) -> bool:
    """Whether attribution ``a`` is the UN described as one of its agencies."""
    return a.source == "UN" and (
        fold(t[a.start : a.end]) in UN_DESCRIPTIONS
        or _AGENCY_OF_THE_UN.search(t, max(s, a.start - 30), a.start) is not None
    )


def _signature(
    t: str,
    nz: Normalized,
    sents: list[tuple[int, int, int]],
    unsourced: list[tuple[ArabicFigure, int]],
    registry: SourceRegistry,
) -> None:
    """Give a closing signature line's body to the figures above it that name no reporter.

    A last line "رئيس مكتب تنسيق الشؤون الإنسانية" under a name reports for OCHA.
    """
    if not unsourced:
        return
    for s, e, para in reversed(sents):
        if para <= unsourced[-1][1] or re.search(r"\d", t[s:e]) or len(t[s:e].split()) > 12:
            return
        found = mentions(t, s, e, registry)
        if found:
            a, b = nz.span(found[0].start, found[0].end)
            for f, _ in unsourced:
                if f.source is None:
                    f.source = Attribution(found[0].canonical, a, b, generic=True)
            return


@dataclass(frozen=True)
class _Place:
    start: int
    end: int
    name: str  # as written, as for English places
    canonical: str
    pcode: str | None
    lat: float
    lon: float
