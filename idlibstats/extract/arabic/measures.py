"""What an Arabic figure counts: event words and counted nouns -> the contract's measures."""

from __future__ import annotations

import re

from idlibstats.extract.arabic.normalize import fold

__all__ = ["COMBINED", "DISEASE", "KEYWORDS", "keywords", "noun_measure"]

_PRE = r"(?<![\u0621-\u064a])(?:و|ف)?(?:لل|ب|ل|ك)?(?:ال)?"
_END = r"(?![\u0621-\u064a])"


def _kw(words: str) -> str:
    return _PRE + "(?:" + "|".join(fold(w) for w in words.split()) + ")" + _END


#: Event words and counted nouns of each measure (folded; any proclitic allowed).
KEYWORDS: dict[str, str] = {
    "killed": _kw(
        "مقتل قتل قتلى قتيل قتيلا قتيلان قتيلين قتلوا قتلا قتلت قتلهم يقتل تقتل يقتلون استشهاد استشهد "
        "أستشهد استشهدوا استشهدا استشهدت شهيد شهيدا شهيدان شهيدين شهداء ضحايا ضحية مصرع "
        "مصرعهم مصرعه حتفهم حتفه قضوا قضى قضي توفي توفوا وفاة وفيات ارتقاء ارتقى جثث جثة "
        "جثامين جثمان إعدام إعدامات أودت موت مات ماتوا قنص قنصت اغتيال الوفيات بحياة ضحيته ضحيتها "
        "أرواح بأرواح أرواحهم حياتهم "
        "ضحيتهما ضحيتهم مقتلهم مقتله مقتلها استشهادهم استشهاده وفاتهم وفاته أعدم أعدمت أعدموا "
        "يعدم تعدم إعدامهم إعدامه إعدامها قتيلة قتيلات شهيدة شهيدات جثمانا رفات غرق غرقوا غرقى "
        "تصفية تصفيتهم يصفي تصفي سقط سقطوا اغتيل اغتيلوا اغتيلت "
        # feminine and plural forms, the perished and the slaughtered
        "توفيت توفيا توفين قتلن استشهدن هلك هلكوا هلاك ذبح ذبحوا صرعى الموتى موتى يموتون يموت "
        "تموت "
        # the dual's death: "لقي شخصان حتفهما" (ar22_030)
        "حتفهما مصرعهما حياتهما أرواحهما"
    )
    # bodies recovered from the rubble: "كما تم انتشال 726 حالة" (ar17_116), "وعدد الحالات
    # المنتشلة من تحت الأنقاض 616 حالة" (ar14_317); not the living pulled out ("انتشال 5 أحياء")
    + "|"
    + _PRE
    + fold(r"(?:انتشال|المنتشلة|منتشلة|انتشلت|انتشل)(?![\u0621-\u064a])")
    + fold(r"(?!(?:\s+[^\s،,.]+){0,4}?\s+(?:أحياء|احياء|ناجين|ناجون|على\s+قيد\s+الحياة))")
    # "لقي نحو 25 شخصا ...": met their death, the word "مصرعهم" left out
    + "|"
    + _PRE
    + fold(r"(?:لقي|لقيت|لقوا)(?=\s+(?:[\d٠-٩]|نحو|أكثر|حوالي|قرابة|ما\s+لا|عشرات|مئات))")
    + "|"
    + _PRE
    + fold(r"(?:فارق|فارقوا|فارقت)(?:\s+الحياة|(?=(?:\s+[^\s،,.]+){1,3}?\s+الحياة))"),
    "injured": _kw(
        "جرحى جريح جريحا جريحان جريحين جرح جرحوا جرحت إصابة إصابات أصيب اصيب أصيبوا أصيبت "
        "أصيبا مصاب مصابا مصابين مصابون مصابان بجروح يصاب المصابين يصابون جرحا أصاب أصابت أصابوا "
        "إصابته إصابتها إصابتهم جريحة جريحات مصابة مصابات جروح أصبن"
    ),
    "displaced": _kw(
        "نزوح نزح نزحوا نزحت ينزحون نازح نازحا نازحين نازحون نازحة النازحين فرار فر فروا "
        "فرت يفرون هرب هربوا الهاربين تشريد مشرد مشردين مشردون إجلاء أجلي إجلاؤهم إجلائهم "
        "غادر غادروا غادرت تهجير مهجر مهجرين عاد عادوا عودة المشردين فارين فارون تشرد "
        "تشردوا شرد شردت شردوا تهجر هجر هجروا نزحت النازحون أجلت أجلى أجلوا إيواء الإيواء مغادرة "
        "هاجر هاجروا هاجرت يعود يعودون تعود نازحات"
    )
    + "|"
    + _PRE
    + fold(r"(?:ترك|تركوا|لترك)\s+(?:منازلهم|بيوتهم|ديارهم|قراهم|مناطقهم|مدنهم)")
    # leaving a place ("تتحضر للخروج من المخيم", "تأمين خروج مئات العائلات"), not going out
    # of service ("أدى لخروج 4 آليات عن الخدمة")
    + "|"
    + _PRE
    + fold(r"خروج(?![\u0621-\u064a])(?!(?:\s+[^\s،,.]+){0,4}?\s+عن\s+(?:ال)?خدمة)")
    # "وخرج 21 آخر من الخدمة": hospitals out of service, not people leaving (ar16_111)
    + "|"
    + _PRE
    + fold(r"(?:خرج|خرجوا)(?![\u0621-\u064a])(?!(?:\s+[^\s،,.]+){0,4}?\s+(?:عن|من)\s+(?:ال)?خدمة)"),
    "refugees": _kw(
        "لاجئ لاجئا لاجئين لاجئون لاجئة اللاجئين لجوء لجأوا لجؤوا لجأ لجأت يلجأ يلجؤون لاجيء لاجىء "
        "لاجئات عبور "
        "عبروا يعبرون "
        # those crossing a border: "أعداد العابرين يوميًا عبر المعابر الحدودية" (ar15_031),
        # "سيعبرون إلى البلدان المجاورة" (ar16_046)
        "العابرين عابرين العابرون سيعبرون"
    )
    + "|"
    + _PRE
    + fold(r"الحماية\s+المؤقتة"),
    "captured": _kw(
        "سيطرة سيطرت تسيطر يسيطر سيطر سيطروا يسيطرون تسيطران استعادة استعادت استعاد استعادوا "
        "استولى استولت استولوا استيلاء انتزاع طرد طردت طردوا "
        # held by force: "تحتل هذه المجموعات حوالى 40 في المئة من أراضي" (ar20_366)
        "تحتل يحتل احتلت احتلوا"
    ),
    "attacks": _kw(
        "غارة غارات غارتين غارتان غارتي هجوم هجمات هجمة هجومين قصف قذيفة قذائف قذيفتين قذيفتي "
        "قذية صاروخ صاروخا هجوما برميلا خرقا انتهاكا "
        "صواريخ صاروخين برميل براميل ضربة ضربات مجزرة مجازر مجزرتين مجزرتان خرق خروقات "
        "انتهاك انتهاكات طلعة طلعات استهداف انفجار انفجارات انفجارين تفجير تفجيرات حادث حوادث "
        "حادثين حادثا اعتداء اعتداءات "
        # shells counted by their projectile: "بأكثر من 40 مقذوف هاون" (ar16_013)
        "مقذوف مقذوفا مقذوفات"
    ),
    "population": _kw("نسمة يعيش يعيشون يقطن يقطنها يقطنون"),
    # a host: refugees in a country, displaced people at home (decided by the pipeline)
    "host": _kw("تستقبل يستقبل استقبلت استقبل يستضيف تستضيف استضافت تؤوي يؤوي المضيف المضيفة"),
    "other": _kw(
        "إنقاذ انقاذ أنقذ أنقذت أنقذوا ينقذ تنقذ عالقين عالقون محاصرين حاجة بحاجة أثر أثرت تضرر متضررين المتضررين مجاعة تأثر "
        "يحتاج يحتاجون المساعدة مساعدات المساعدات مفقود مفقودين مفقودون المفقودين فقدان "
        "معتقل معتقلين معتقلون اعتقال احتجاز محتجزين اعتقل اعتقلت اعتقلوا اختطف اختطفت اختطاف "
        "خطف مختطفين أسرى تقطعت محاصرون خسائر اختفى اختفت اختفوا "
        # survivors of a wreck or an attack are neither dead nor wounded ("64 شخصا نجوا")
        "نجا نجوا نجت ناج ناجيا ناجين ناجون ناجيات الناجين الناجون نجاة فقدوا "
        # "وتسببت الألغام في إعاقة 75 طفلا": disabled (ar14_361)
        "إعاقة اعاقة معاق معاقا معاقين معاقون"
    )
    # "وفقد 20 آخرون": missing, the verb before its count (not "فقد" = "ف" + "قد")
    + "|"
    + _PRE
    + fold(r"فقد(?=\s+(?:[\d٠-٩]|أكثر|نحو|حوالي|قرابة|عشرات|مئات))"),
}
_KEYWORDS = [(m, re.compile(p)) for m, p in KEYWORDS.items()]


def _glued(words: str) -> str:
    """Second half of a pair, glued to its conjunction ("وجريحا", "وإصابة")."""
    return r"(?:ال)?(?:" + "|".join(fold(w) for w in words.split()) + r")(?![\u0621-\u064a])"


#: The dead and the missing counted together (the migrants' count): measure other, as killed
#: and wounded are. "لقوا حتفهم أو فقدوا", "1046 حالة وفاة واختفاء", "قتيل أو مفقود".
DEAD_OR_MISSING = (
    _kw("حتفهم حتفه ماتوا توفوا قتلوا غرقوا وفاة وفيات قتيل قتلى ميت موتى")
    + r"\s+(?:و|او|أو)\s*"
    + _glued("فقدوا فقد اختفوا اختفاء فقدان مفقود مفقودين مفقودون مفقودا")
)
_DEAD_OR_MISSING = re.compile(DEAD_OR_MISSING)
#: Killed and wounded counted together: measure other. Nouns after the number ("شهيدا
#: وجريحا", "قتلى وجرحى") or verbal nouns before it ("لمقتل وإصابة مئات").
COMBINED = re.compile(
    "(?:"
    + _kw("شهيدا شهيد شهداء قتلى قتيل قتيلا")
    + r"\s+(?:و|او)\s*"
    + _glued("جريحا جريح جرحى مصاب مصابا مصابين مفقود مفقودا مفقودين")
    + "|"
    # the wounded named first: "عشرات المصابين والقتلى" (ar13_042), "مصابين أو قتلى" (ar22_038)
    + _kw("جرحى جريح جريحا مصاب مصابا مصابين مصابون")
    + r"\s+(?:و|او)\s*"
    + _glued("قتلى قتيل قتيلا شهداء شهيد شهيدا")
    + "|"
    + _kw("مقتل قتل استشهاد قتلوا استشهدوا استشهد قتلت")
    + r"\s+(?:و|او)\s*"
    + _glued("إصابة جرح إصابات جرحوا أصيبوا أصيب جرح أصيبت")
    + "|"
    + DEAD_OR_MISSING
    + ")"
)


#: Cases of a disease are not the wounded: "150 حالة إصابة بالكوليرا", "إصابة 20 بالحصبة".
DISEASE = re.compile(
    _kw("إصابة إصابات مصاب مصابا مصابين مصابون حالة حالات إصابته إصابتها إصابتهم مصابة مصابات")
    + fold(r"(?!\s+(?:ال)?(?:وفاة|وفيات))")  # "861 حالة وفاة مرتبطة بالمرض": deaths
    + r"(?:\s+[\u0621-\u064a\d]+){0,3}?\s+"
    + fold(
        r"(?:ب|و)?(?:ال)?(?:كوليرا|كورونا|فيروس|حصبة|مرض|أمراض|إسهال|التهاب|حمى|تغذية|اختناق|"
        r"جدري|شلل|تسمم|ملاريا|ضنك|سل|وباء)"
    )
    + _END
)


#: Lives lost: "فقدان عشرات المدنيين لحياتهم" (the loss word alone is of the missing).
LOST_LIVES = re.compile(
    _kw("فقدان فقد فقدوا")
    + fold(
        # the dual's too: "فقد مدنيين اثنين حياتهما" (ar21_047), "فقد عنصران ...، حياتهما"
        r"(?=(?:[\s،,]+[^\s،,.]+){0,7}?[\s،,]+(?:ل)?(?:حياتهم|حياته|حياتها|حياتهما|أرواحهم|أرواحه|"
        r"أرواحهما)(?![\u0621-\u064a]))"
    )
)
#: An attempt on a life is no death: "الذين تعرضوا لمحاولات اغتيال" (ar21_086), "نجى 4 من
#: محاولة اغتياله" (ar19_016).
ATTEMPT = re.compile(
    _kw("محاولة محاولات") + r"\s+" + _kw("اغتيال اغتياله اغتيالها اغتيالهم اغتيالهما")
)
#: A risk of death is no death: "أكثر عرضة بـ10 أضعاف لخطر الموت", "مهددون بالموت جوعا".
RISK = re.compile(
    _kw("خطر خطورة عرضة معرضون معرضين مهددون مهددين يهدد تهدد")
    + fold(r"\s+(?:ب|ل)?(?:ال)?(?:موت|وفاة)(?![\u0621-\u064a])")
)
# the second verb's own count, a qualifier before it: "وأصيب ما لايقل عن 20 أخرين" (ar15_109)
_OWN_COUNT = re.compile(
    r"\s*"
    + fold(r"(?:(?:ما\s+لا\s*يقل\s+عن|نحو|حوالي|أكثر\s+من|قرابة)\s+)?")
    # a count word: "43 حوثياً قتلوا وأصيب العشرات" (ar18_318)
    + fold(r"(?:\(?[\d٠-٩]|(?:ال)?(?:عشرات|مئات)(?![\u0621-\u064a]))")
)
# "امرأة قتلت وأصيب سبعة آخرون": the second verb has a count of others, two fates
_OTHERS_AFTER = re.compile(
    # "ثمانية من المدنيين قتلوا وأصيب آخرون" (ar16_100): the others right after the verb
    fold(r"(?:\s+[^\s،,.]+){0,2}?\s+(?:ال)?(?:آخرون|آخرين|آخران|أخريات)(?![\u0621-\u064a])")
)
# the first verb's count, in digits or words: "ثلاثة مدنيين قتلوا وأصيب 4" (ar16_010)
_COUNT_BEFORE = re.compile(
    r"(?:[\d٠-٩]|(?<![\u0621-\u064a])"
    + fold(
        r"(?:و)?(?:اثنان|اثنين|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|"
        r"تسعة|تسع|عشرة|عشر)"
    )
    + r"(?![\u0621-\u064a]))[^\d،,.;:]{0,25}$"
)


def keywords(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, measure) of every event word in ``text[start:end]``, in order."""
    found = [(m.start(), m.end(), "killed") for m in LOST_LIVES.finditer(text, start, end)]
    for rx in (DISEASE, RISK, ATTEMPT):
        found += [(m.start(), m.end(), "other") for m in rx.finditer(text, start, end)]
    for m in COMBINED.finditer(text, start, end):
        if _OTHERS_AFTER.match(text, m.end()) or (
            _OWN_COUNT.match(text, m.end())
            and _COUNT_BEFORE.search(text, max(start, m.start() - 30), m.start())
        ):
            continue  # "إن 46 مواطنا قتل وأصيب 165 آخرين": two counts, two fates
        if not any(a <= m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), "other"))
    for measure, rx in _KEYWORDS:
        for m in rx.finditer(text, start, end):
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), measure))
    return sorted(found)


_NOUN_MEASURE = {
    "killed": _kw(
        "قتيل قتيلا قتلى شهيد شهيدا شهداء ضحايا ضحية قتيلان شهيدين شهيدان قتيلين جثة جثث "
        "جثتين جثتان قتيلة قتيلات شهيدة شهيدات جثمان جثمانا جثامين رفات موتى"
    ),
    "injured": _kw(
        "جريح جريحا جرحى مصاب مصابا مصابين مصابون إصابة إصابات جريحين جريحة جريحات مصابة مصابات"
    ),
    "displaced": _kw("نازح نازحا نازحين نازحون النازحين مشرد مشردين نازحة نازحات"),
    "refugees": _kw("لاجئ لاجئا لاجئين لاجئون لاجيء لاجىء لاجئة لاجئات"),
    "attacks": _kw(
        "غارة غارات غارتين غارتان هجوم هجوما هجومين هجومان هجمتين هجمتان هجمات قذيفة قذائف قذية صاروخ صاروخا صواريخ برميل "
        "برميلا براميل خرقا انتهاكا "
        "ضربة ضربات مجزرة مجازر مجزرتين مجزرتان خرق خروقات انتهاك انتهاكات قذيفتين قذيفتي "
        "غارتي ضربتي ضربتين ضربتان مجزرتي انفجار انفجارات انفجارين انفجارا تفجير تفجيرات حادث حوادث حادثين "
        "حادثا جريمة جرائم اعتداء اعتداءات اعتداءا مقذوف مقذوفا مقذوفات"
    ),
    "population": _kw("نسمة سكان السكان أهالي الأهالي قاطني ساكني"),
    # people held, missing or besieged: a count of their own unless a fate governs them
    "other": _kw(
        "معتقل معتقلا معتقلين معتقلون أسير أسيرا أسرى مفقود مفقودا مفقودين مفقودون مختطف "
        "مختطفين محاصر محاصرين محاصرون "
        # the disabled are not the wounded: "420 قتيلا و800 جريحا و252 معاقا" (ar14_360)
        "معاق معاقا معاقين معاقون"
    ),
}
_NOUNS = [(m, re.compile(p)) for m, p in _NOUN_MEASURE.items()]
_CASE_OF = re.compile(
    fold(
        r"(?:ال)?(?:(?P<killed>وفاة|الوفاة|قتل|استشهاد)|(?P<injured>إصابة|الإصابة|جرح)|"
        r"(?P<displaced>نزوح|النزوح|تهجير))"
    )
    + r"(?![\u0621-\u064a])"
)


_CASES = re.compile(_kw("حالة حالات") + r"\s+")
# operations of an attack counted by the operation: "أربع عمليات اغتيال" (ar15_008, ar14_029),
# attempts too: "415 محاولة اغتيال" (ar19_013), "34 عملية و محاولة اغتيال" (ar19_016); not
# those who escaped them ("ونجاة 8 من محاولات الاغتيال", ar20_024)
_ATTACK_OPERATIONS = re.compile(
    "(?:"
    + _kw("عملية عمليات عمليتي عمليتين عمليتا")
    + r"|(?<!من\s)"
    + _kw("محاولة محاولات")
    + r")(?:\s+(?:و\s+)?"
    + _kw("محاولة محاولات")
    + r")?\s+"
    + _kw("اغتيال اغتيالات تفجير قنص")
)
# incidents counted by the flight they caused (IOM's "incidents triggering displacement"):
# "وثّقت 117 حادثًا تسبب أو حفّز على النزوح", not a count of attacks
_DISPLACING = re.compile(
    _kw("حادث حادثا حوادث حادثة")
    + fold(
        r"(?:\s+[^\s،,.]+){0,4}?\s+(?:تسبب|تسببت|أدى|أدت|حفز|حفزت|دفع|دفعت)(?![\u0621-\u064a])"
        r"(?:\s+[^\s،,.]+){0,3}?\s+(?:ب|على|إلى|الى|في)?\s*(?:ال)?(?:نزوح|تهجير|تشريد)"
    )
)


def noun_measure(text: str, start: int, end: int) -> str | None:
    """Measure named by the counted noun at ``text[start:end]`` ("قتيلا", "غارة", "نازح").

    "حالة"/"حالات" (cases) count what follows them: "30 حالة وفاة" killed, "30 حالة
    اختناق" other.
    """
    if COMBINED.match(text, start) or DISEASE.match(text, start) or _DISPLACING.match(text, start):
        return "other"
    if _ATTACK_OPERATIONS.match(text, start):
        return "attacks"
    cases = _CASES.match(text, start)
    if cases is not None:
        if _DEAD_OR_MISSING.match(text, cases.end()):
            return "other"  # "1046 حالة وفاة واختفاء"
        m = _CASE_OF.match(text, cases.end())
        # "ارتفاع وفيات الكوليرا إلى 2018 حالة": what the cases are of is named before
        return m.lastgroup if m is not None else None
    for measure, rx in _NOUNS:
        if rx.match(text, start, end):
            return measure
    return None
