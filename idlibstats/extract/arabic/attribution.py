"""Who reports an Arabic figure: Arabic source names and the reporting words around them.

Arabic news copy puts the verb first ("أفاد المرصد", "وثقت الشبكة", "قالت المفوضية") or cites
with a preposition ("وفق المرصد", "بحسب الأمم المتحدة", "نقلاً عن"). A known name counts as the
figure's source when such a word stands just before it, or a reporting verb just after it
("الناطق ... قد أعلن"); a name without one is an actor ("سبعة عناصر من الدفاع المدني").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibstats.extract.arabic.lexicon import (
    CAMPS,
    CAMPS_NAMED_ALONE,
    COUNTRY_ADJECTIVES,
    COUNTRY_SPEAKERS,
    HEALTH_MINISTRY_OF,
    INDEFINITE_ADJECTIVES,
    LOCAL_PLACES,
    ORGANISATIONS,
    REGIONS,
    SPEECH_VERBS,
    army_name_of,
)
from idlibstats.extract.arabic.normalize import fold
from idlibstats.extract.attribution import MONITORS, Attribution, SourceRegistry
from idlibstats.extract.attribution import NEWS_AGENCIES as _AGENCIES
from idlibstats.extract.text import word_alternation

__all__ = [
    "ARMED_GROUPS",
    "UN_AGENCIES",
    "UN_DESCRIPTIONS",
    "ArabicMention",
    "described_source",
    "generic_source",
    "mentions",
    "organisation_named_back",
    "pronoun_reporter",
    "sentence_sources",
]

_ARABIC = re.compile(r"[\u0621-\u064a]")
_CUE_BEFORE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|تقول|يقول|أفاد|أفادت|تفيد|يفيد|أعلن|أعلنت|"
        r"ذكر|ذكرت|تذكر|وثق|وثقت|توثق|أحصى|أحصت|أكد|أكدت|تؤكد|أوضح|أوضحت|أشار|أشارت|كشف|كشفت|"
        r"نقل|نقلت|تقدر|يقدر|قدر|قدرت|رصد|رصدت|سجل|سجلت|بينت|أظهر|أظهرت|لفت|لفتت|أضاف|"
        r"أضافت|تابع|تابعت|حذر|حذرت|وفق|وفقا|حسب|بحسب|حسبما|نقلا|تقرير|تقارير|بيان|بيانات|حصيلة|"
        r"إحصائية|إحصاءات|معطيات|مراسل|المديرة|مديرة|مراسلي|تصريح|أعلنتها|أعربت|أعرب|رئيس|مدير|مسؤول|مسؤولة|الناطق|"
        r"المتحدث|متحدث|تغريدة|موقع|أصدرت|أصدره|أصدرته|أصدر|نشر|نشرت|نشرته|صدرت|صدر|صادر|صادرة|الصادر|الصادرة|لدى|تقديرات|رصدتها|"
        r"وثقتها|سجلتها|أوردت|أورد|بعثة|مكتب|أحدث|قبل|قاعدة|تحدث|تحدثت|أحصاه|أحصته|"
        r"إحصائيات|وزير|وزيرة|اعترف|اعترفت|زعم|زعمت|نسبت|نسب|يعلن|تعلن|طبقا|استنادا|يشير|تشير|"
        r"يوضح|توضح|يكشف|تكشف|يظهر|تظهر|يبين|تبين|يؤكد|يرصد|ترصد|يوثق|يحصي|تحصي|يسجل|تسجل|"
        r"توثيقات|ممثل|ممثلة|نبه|نبهت|نوه|نوهت|المتحدثة|متحدثة|الناطقة|ناطقة|حث|حثت|دعا|دعت|ناشد|ناشدت|أبان|أبانت|إفادة|تتوقع|يتوقع|توقع|توقعت|"
        # "صرح", "أبلغت", "في تحديث", "نشرة", "دراسة", "مسح"; "مسؤول"/"مسؤولة" before the name
        # are the body's official, like "رئيس", "مدير" ("عن مسؤول في الدفاع المدني، قوله إن",
        # ar14_379; "مسؤول مديرية الدفاع المدني ... لبلدي نيوز", ar18_009; ar6_043)
        r"صرح|صرحت|يصرح|تصريحات|أبلغ|أبلغت|تحديث|نشرة|دراسة|مسح|توثيق|سجلات|إحصاء|نفى|نفت|"
        # an accuser counts what it accuses of ("اتهمت شبكة أطباء السودان ... بتصفية 38")
        r"اتهم|اتهمت|تتهم|يتهم|"
        # a body that identified whom it counts ("حددت مفوضية الأمم المتحدة ... أكثر من 95 ألف")
        r"حدد|حددت|تحدد|يحدد|"
        # a body that mourns its dead announces them ("نعى حزب الله 14 عنصرا")
        r"نعى|نعت|ينعى|تنعى|"
        # a body's head who judges a count ("ورأى منسق الأمم المتحدة لشؤون اللاجئين")
        r"رأى|رأت|يرى|ترى|"
        # "على حد قول المرصد": as the body put it
        r"قول|تعبير|"
        # "تصف الأمم المتحدة المدينة بأنها ... إذ يعاني ما يقرب من 40%" (ar17_110)
        r"وصفت|تصف|يصف|تحذر|يحذر)"
        r"(?![\u0621-\u064a])"
    )
)
_CUE_AFTER = re.compile(
    fold(
        r"\s*[\"“”«»()]?\s*(?:[^\s]+\s+){0,12}?(?:قد\s+)?(?:قال|أعلن|أفاد|ذكر|أكد|أوضح|وثق|أحصى|"
        r"يقول|تقول|كشف|أشار|يقدر|تقدر|رصد|سجل|صرح|أورد|تحقق|تتبع|تؤكد|يؤكد|تعلن|يعلن|"
        # "وكانت وزارة الهجرة العراقية تحدثت ... عن وصول عدد نازحي الموصل"
        r"تحدث|"
        # a warning or a description, as before the name: "وكانت الأمم المتحدة قد حذرت من
        # كارثة ... يتكدس فيها حوالى 1.4 مليون" (ar15_131)
        # ("وصف" alone is no cue: "وصف ضابط" is a rank, ar3_282)
        r"حذر|تحذر|يحذر|وصفت|تصف|يصف)(?:ت)?"
        r"(?![\u0621-\u064a])"
    )
)
# a body that condemns what it counts, the verb right before its name ("أدانت منظمة الصحة
# العالمية الهجمات على خمس مستشفيات", ar18_060; "أدانت منظمة الإغاثة الدولية مقتل 9",
# ar16_103); not a body condemned ("أدان ناشطون صمت المنظمة")
_CONDEMNED = re.compile(fold(r"(?:و|ف)?(?:أدان|أدانت|تدين|يدين|ندد|نددت|استنكر|استنكرت)"))
_GENERIC_REPORT = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:ال)?(?:تقرير|تقارير|التقارير)(?:ها|ه)?(?![\u0621-\u064a])"
    )
)
_REPORT_VERB = re.compile(
    fold(
        # an adverb may open the sentence before the verb: "كذلك، أشارت إلى أن" (ar13_060)
        r"(?:(?:و)?(?:كذلك|أيضا|أيضاً|بدوره|بدورها|من\s+جهته|من\s+جهتها)\s*[،,]?\s*)?"
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أفاد|أفادت|أعلن|أعلنت|ذكر|ذكرت|أوضح|أوضحت|"
        r"أكد|أكدت|أشار|أشارت|كشف|كشفت|بين|بينت|أضاف|أضافت|لفت|لفتت|"
        r"أبان|أبانت|تابع|تابعت|أردف|أردفت)(?![\u0621-\u064a])"  # "وأبان أنه", "وتابعت، أنه"
    )
)


@dataclass(frozen=True)
class ArabicMention:
    """A source named in Arabic text: offsets and the registry's canonical name."""

    start: int
    end: int
    canonical: str
    cued: bool


_GAP = r"[\s\"“”«»_]+"  # "#الأمم_المتحدة"


def _alias_index(registry: SourceRegistry) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    pairs = [(fold(a), c) for a, c in registry.aliases() if _ARABIC.search(a)]
    if not pairs:
        return None, {}
    un, glued = fold("الأمم المتحدة"), fold("الأممالمتحدة")
    pairs += [(a.replace(un, glued), c) for a, c in pairs if un in a]  # glued in real copy
    pairs += [("لل" + a[2:], c) for a, c in pairs if a.startswith("ال")]  # "للمفوضية"
    pairs += [(a.replace("ؤ", "ئ"), c) for a, c in pairs if "ؤ" in a]  # "الشئون" (Egypt)
    pairs.sort(key=lambda p: -len(p[0]))
    # words of a name may be split by quotes: 'وفق "الصحة" اللبنانية'
    # one alternation sharing the aliases' prefixes (the plain one was a tenth of the run)
    alts = word_alternation([a for a, _ in pairs]).replace(r"\s+", _GAP)
    # an alias may carry a proclitic: "للمرصد", "لمنظمة الصحة العالمية", "وفق المرصد"
    rx = re.compile(rf"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?P<a>{alts})(?![\u0621-\u064a])")
    return rx, dict(pairs)


_CACHE: dict[tuple[int, int], tuple[re.Pattern[str] | None, dict[str, str]]] = {}


def _pattern(registry: SourceRegistry) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    # the number of aliases tells an extended registry apart; read without copying them all
    # (``aliases()`` builds a list of every pair, which cost a tenth of the run)
    spelled = getattr(registry, "_spelled", None)
    key = (id(registry), len(spelled) if spelled is not None else len(registry.aliases()))
    if key not in _CACHE:
        _CACHE[key] = _alias_index(registry)
    return _CACHE[key]


def mentions(text: str, start: int, end: int, registry: SourceRegistry) -> list[ArabicMention]:
    """Arabic source names in ``text[start:end]`` (normalised text), cued or not."""
    rx, canon = _pattern(registry)
    if rx is None:
        return []
    out: list[ArabicMention] = []
    found = [(m, canon.get(re.sub(_GAP, " ", m.group("a")))) for m in rx.finditer(text, start, end)]
    for m in _BARE_MOH.finditer(text, start, end):
        if not any(a.start() <= m.start() < a.end() for a, _ in found):
            name = _government_health(text, m.end(), rx, canon) or _owner_after(text, m.end())
            found.append((m, name or _health_ministry_named(text, rx, canon)))
    for m in _HEALTH_OF_PLACE.finditer(text, start, end) if "صح" in text[start:end] else ():
        # "وأوضحت الصحة في غزة", "ونوهت صحة غزة": the health ministry of the place named
        if not any(a.start() <= m.start("a") < a.end() for a, _ in found):
            name = _ministry_of(m.group("p"))
            if name is not None and name != "Syrian government":
                found.append((m, name))
    for m in _BARE_RED_CRESCENT.finditer(text, start, end):
        if not any(a.start() <= m.start("a") < a.end() for a, _ in found):
            country = _ministry_of(text[start:end]) or _ministry_of(text)
            found.append((m, _RED_CRESCENT_OF.get(country or "")))
    for m in _BARE_POLICE.finditer(text, start, end) if "الشرطة" in text[start:end] else ():
        # "وقال ضابط في الشرطة" in a passage on Somalia: the Somali police (ar14_348, ar16_015)
        if not any(a.start() <= m.start("a") < a.end() for a, _ in found):
            country = _ministry_of(text[start:end]) or _ministry_of(text)
            found.append((m, _POLICE_OF.get(country or "")))
    for m in _BARE_GUARD.finditer(text, start, end) if "الحرس" in text[start:end] else ():
        # "وفق ما أعلن الحرس الوطني" in a passage that names Tunisia (ar20_324); a guard of no
        # named country gives none (C16, ar21_379: "العملة التونسية" names no country)
        if not any(a.start() <= m.start("a") < a.end() for a, _ in found):
            if _TUNISIA.search(text) is not None:
                found.append((m, "Tunisian National Guard"))
    for m in _STATE_MEDIA.finditer(text, start, end):  # "التلفزيون الرسمي" in Syria: SANA
        if not any(a.start() <= m.start() < a.end() for a, _ in found):
            syria = (_ministry_of(text[start:end]) or _ministry_of(text)) == "Syrian government"
            # elsewhere only by its own adjective: "وكالة الأنباء اللبنانية الرسمية" (ar14_067)
            own = _STATE_AGENCY.get(_ministry_of(m.group("a")) or "")
            found.append((m, own or ("SANA" if syria else None)))
    for m, name in _local_bodies(text, start, end):
        # "وزارة الصحة بولاية شمال دارفور": the state's body, not the bare ministry within it
        found = [(a, n) for a, n in found if not (m.start() <= a.start() and a.end() <= m.end())]
        if not any(a.start() < m.end() and m.start() < a.end() for a, _ in found):
            found.append((m, name))
    for m, name in _structural(text, start, end):
        if not any(a.start() < m.end() and m.start() < a.end() for a, _ in found):
            found.append((m, name))
    for m in _SPEAKING_COUNTRY.finditer(text, start, end):  # "وتقول إسرائيل إنها قتلت"
        g = "a" if m.group("a") is not None else "b"
        if not any(a.start() <= m.start(g) < a.end() for a, _ in found):
            found.append((m, COUNTRY_SPEAKERS.get(m.group(g))))
    found.sort(key=lambda x: x[0].start())
    found = [x for k, x in enumerate(found) if not (k and _restated(text, found[k - 1], x))]
    for m, name in found:
        if name is None:
            continue
        if m.re is _SPEAKING_COUNTRY:
            g = "a" if m.group("a") is not None else "b"
            out.append(ArabicMention(m.start(g), m.end(g), name, True))
            continue
        before = text[max(start, m.start() - 40) : m.start()]
        words = [w for w in before.split() if _ARABIC.search(w)][-5:]  # "(سانا)", "«أوتشا»"
        cut = [k for k, w in enumerate(words) if _THAT_WORD.fullmatch(w)]
        if cut:  # "وأشار إلى أن الأمم المتحدة لديها": the name opens what was said
            words = words[cut[-1] + 1 :]
        affiliated = bool(words) and bool(_AFFILIATED.match(words[-1]))
        if affiliated:
            # "بيان لمركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة": the statement is the
            # ministry's; "منظمات تابعة للأمم المتحدة" alone reports nothing
            cued = bool(_STRONG_CUE.search(text, max(start, m.start() - 70), m.start())) and not (
                len(words) >= 2 and _FORCES.match(words[-2])
            )  # "طائرات يرجح أنها تابعة للتحالف": the planes belong to it, they do not report
        else:
            # "مصدر في الشرطة لـ سانا": a news agency told, when nobody is named before it;
            # "وبين المرصد أن": the verb that is also "between", with what was said after
            cued = (
                bool(_CUE_BEFORE.search(" ".join(words)))
                or (bool(words) and _CONDEMNED.fullmatch(words[-1]) is not None)
                or (
                    bool(words)
                    and words[-1] in _SHOWED
                    and _SAID_THAT.match(text, m.end(), min(end, m.end() + 40)) is not None
                )
                or (
                    name in NEWS_AGENCIES
                    and _TOLD.search(text, max(0, m.start() - 8), m.start("a")) is not None
                    and not any(o.cued for o in out)
                )
            )
        if cued and name in ARMED_GROUPS:
            # "الهجمات من قبل قوات الدعم السريع": an armed group reports only with a speech
            # word just before it ("وقالت قوات الدعم السريع"), its office-holder opening the
            # clause ("أكد رئيس المجلس السياسي لجماعة الحوثي") or a verb just after it
            cued = bool(_SPEECH_BEFORE.search(" ".join(words[-3:]))) or bool(
                _TITLED_SPEAKER.fullmatch(text, _clause_start(text, start, m.start()), m.start())
            )
        if cued and words and _ACTOR_OF.match(words[-1]):
            cued = False  # "حصيلة قتلى قصف التحالف الدولي": the body whose strikes killed
        if cued and words and _REGISTERED.match(words[-1]):
            cued = False  # "مسجلين لدى مفوضية اللاجئين": registered with, not reported by
        if cued and _IN_RECORDS.search(" ".join(words)):
            cued = False  # "شطب ... من قاعدة بيانات مفوضية اللاجئين": in its records, not its word
        if not cued:
            reach = 30 if name in ARMED_GROUPS else 120  # "حزب الله قال إن"
            after = _CUE_AFTER.match(text, m.end(), min(end, m.end() + reach))
            # "... التحالف العربي ... حسب ما أفاد سكان": the verb has a subject of its own
            cued = after is not None and not _AS_WHAT.search(text, m.end(), after.end())
        if not cued and _TITLED_SPEAKER.fullmatch(
            text, _clause_start(text, start, m.start()), m.start()
        ):
            cued = True  # "وأوضحت أورسولا مولر الأمينة العامة المساعدة بالأمم المتحدة"
        if (
            not cued
            and (text[m.start() : m.start("a")].endswith("ل") or m.group("a").startswith("لل"))
            and _FIGURES_OF.search(text, max(start, m.start() - 40), m.start())
        ):
            cued = True  # "التقديرات السابقة للأمم المتحدة": the figures of the body
        if not cued and m.start() == start and text[m.end() : m.end() + 2].strip()[:1] == ":":
            cued = True  # a headline that names its source first: "المرصد السوري: أكثر من"
        if (
            m.group("a") in _BARE_NAMES
            and _BARE_NAMES[m.group("a")] == name
            and (o := _OTHER_BODY[name].search(text)) is not None
        ):
            # "المرصد" in a passage that names another observatory ("المرصد الأورومتوسطي"),
            # "الشبكة" after "شبكة أطباء السودان": that body, not SOHR or SNHR
            name = canon.get(re.sub(_GAP, " ", o.group()))
            if name is None:
                continue
        if not _owner_named(text, m.group("a"), name):
            continue  # "وقالت وزيرة الهجرة" with no Iraqi ministry in the passage (C14)
        if name == "White Helmets" and _gaza_passage(text):
            name = "Gaza Civil Defence"  # "الدفاع المدني" in a passage on Gaza, none on Syria
        elif name == "White Helmets" and _OTHER_CIVIL_DEFENCE.match(text, m.end()):
            continue  # the civil defence of Yemen, Iraq...: not Syria's White Helmets
        if name == "Halab Today" and _IN_WORD.search(text, max(start, m.start() - 4), m.start()):
            continue  # "قال الدفاع المدني في حلب اليوم، الثلاثاء": in Aleppo, today
        if name == "Syrian Salvation Government" and _NATIONAL.match(text, m.end()):
            continue  # "حكومة الإنقاذ الوطني" in Sanaa, not the Idlib government
        if out and out[-1].cued and re.fullmatch(r"\s*و\s*", text[out[-1].end : m.start("a")]):
            continue  # "المفوضية والمنظمة الدولية للهجرة في بيان مشترك": the first named
        of = _OF_THE_UN.fullmatch(text, out[-1].end, m.start()) if out else None
        if of is not None and (
            name == "UN"
            or of.group().strip(" ،,")
            or name.endswith(" government")
            and out[-1].canonical.endswith("Health Ministry")
        ):
            continue  # "المفوضية ... التابعة للأمم المتحدة", "رئاسة إدارة الهجرة التابعة لوزارة
            # الداخلية التركية": the body named first reports, not the one it belongs to
        if _SOURCE_IN.search(text, max(start, m.start("a") - 30), m.start("a")) and (
            out or _BARE_OUTLET.search(text, max(start, m.start() - 60), m.start())
        ):
            # 'صحيفة "الأخبار" نقلت أمس عن مصدر في مكتب الأمم المتحدة': an unnamed source in
            # the body, so the outlet that quotes it (D2; ar10_022); an outlet named only by
            # its kind gives null ("ونقلت الصحيفة عن مصادر في وزارة الداخلية", ar15_031, C31)
            if not out:
                continue
            if not out[-1].cued:
                out[-1] = ArabicMention(out[-1].start, out[-1].end, out[-1].canonical, True)
            continue
        # "لـ"رويترز"", 'في اتصال هاتفي مع "رويترز"': the agency was told
        told = bool(_TOLD.search(text, max(0, m.start() - 8), m.start("a")))
        relay = _RELAY.search(text, max(start, m.start() - 60), m.start())
        if relay is not None and _FROM.search(text, max(start, m.start() - 8), m.start()):
            relay = None  # "بحسب ما نقلته وكالة فرانس برس عن المرصد": the body relayed from
        if relay is not None and (any(o.cued for o in out) or relay.group("site")):
            # "..., حسبما نقل موقع أخبار الأمم المتحدة": the site carried the figures; 'وفق
            # موقع «ريليف ويب» التابع لمكتب': a body's site carries others' reports
            continue
        if name in NEWS_AGENCIES and any(o.cued for o in out) and told:
            continue  # "وقال مدير المرصد لوكالة فرانس برس": the agency was told
        if (
            name in NEWS_AGENCIES
            and out
            and out[-1].cued
            and not re.search(r"[،,.;:]", text[out[-1].end : m.start()])
            and m.start() - out[-1].end < 30
        ):
            continue  # "بحسب ما أفادت مسؤولة في الأمم المتحدة وكالة فرانس برس"
        if (
            out
            and out[-1].canonical == "UN"
            and _APPOSITION.fullmatch(text, out[-1].end, m.start())
        ):
            # "منسق الشئون الإنسانية بالأمم المتحدة، ستيفن أوبراين": the office, not the UN
            cued = cued or out[-1].cued
            out.pop()
        out.append(ArabicMention(m.start("a"), m.end("a"), name, cued))
    # "حسبما نسبت وكالة الصحافة الفرنسية الى المنظمة الدولية للهجرة": the agency relays
    kept: list[ArabicMention] = []
    relayed = False
    for a, b in zip(out, [*out[1:], None], strict=False):
        if relayed and not a.cued:
            a = ArabicMention(a.start, a.end, a.canonical, True)
        relayed = b is not None and a.cued and bool(_RELAYED.fullmatch(text, a.end, b.start))
        if not relayed:
            kept.append(a)
    return kept


# the Iraqi migration ministry or its minister named with its country
_IRAQI_MIGRATION = re.compile(
    fold(
        r"(?:وزارة|وزير|وزيرة)\s+الهجرة(?:\s+والمهجرين)?\s+(?:(?:في\s+|ب)(?:ال)?حكومة\s+)?"
        r"(?:ال)?عراقي(?:ة)?(?![\u0621-\u064a])"
    )
)
# bare names of a body whose country they do not say, its canonical name, and the body named
# with its country ("وزارة الهجرة والمهجرين العراقية", "وزارة الصحة اللبنانية"); the migration
# ministry and its minister, man or woman (C14: ar2_123, ar2_127, ar4_074, ar12_052, ar13_038,
# ar16_027, ar17_024 null; named "العراقية": ar13_034, ar13_037 MoMD)
_OWNED_BY = (
    *(
        (fold(bare), "MoMD", _IRAQI_MIGRATION)
        for bare in ("وزيرة الهجرة", "وزير الهجرة", "وزارة الهجرة")
    ),
    (
        fold("مركز عمليات طوارئ الصحة العامة"),
        "Lebanese Health Ministry",
        re.compile(fold(r"(?:وزارة\s+الصحة(?:\s+العامة)?|وزير\s+الصحة)\s+اللبناني(?:ة)?")),
    ),
)


def _owner_named(text: str, alias: str, name: str) -> bool:
    """Whether a bare name of a body has its owner named in the passage (C14).

    C14 of the round-15 gold pass: a bare "وزيرة الهجرة" or "مركز عمليات طوارئ الصحة
    العامة التابع لوزارة الصحة" takes the country-named ministry of the same passage, before
    or after; with none it is null (ar13_038, ar6_029, ar3_105, ar2_127, ar4_074; named:
    ar13_034, ar13_107), even where the passage's place makes the owner likely.

    Parameters
    ----------
    text : str
        The passage (normalised).
    alias : str
        The name as matched.
    name : str
        Its canonical name (a Turkish "وزارة الهجرة التركية" is no bare MoMD).

    Returns
    -------
    bool
        False only for a bare name of :data:`_OWNED_BY` whose owner the passage does not name.
    """
    alias = re.sub(_GAP, " ", alias)
    # a name with its country ("وزيرة الهجرة العراقية") is itself the owner's naming
    return all(
        owner.search(text) is not None
        for bare, body, owner in _OWNED_BY
        if body == name and alias.startswith(bare)
    )


# a definite noun of figures, its adjectives after it, then the body's name with "ل"
_FIGURES_OF = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?ال(?:تقديرات|أرقام|إحصاءات|إحصائيات|إحصائية|بيانات|معطيات|"
        r"حصيلة|تقرير|تقارير)(?:\s+ال[\u0621-\u064a]+){0,2}\s+$"
    )
)
_BRACKET_OPEN = re.compile(r"\s*[(«\"“]\s*")


def _restated(
    text: str, first: tuple[re.Match[str], str | None], then: tuple[re.Match[str], str | None]
) -> bool:
    """Whether ``then`` restates ``first`` in brackets: "وكالة الأنباء الكويتية (كونا)"."""
    return (
        first[1] is not None
        and first[1] == then[1]
        and _BRACKET_OPEN.fullmatch(text, first[0].end(), then[0].start()) is not None
    )


_GAZA_WORD = re.compile(fold(r"(?<![ء-ي])(?:ب|و|في|ل)?غزة(?![ء-ي])"))
_SYRIA_WORD = re.compile(
    fold(r"سوري|سورية|إدلب|ادلب|حلب|دمشق|حماة|حمص|درعا|الخوذ|القبعات|اللاذقية|الرقة")
)


def _gaza_passage(text: str) -> bool:
    """Whether a passage is on Gaza: it names Gaza and nothing of Syria."""
    return _GAZA_WORD.search(text) is not None and _SYRIA_WORD.search(text) is None


_IN_WORD = re.compile(fold(r"(?<![\u0621-\u064a])في\s*$"))
_FROM = re.compile(fold(r"(?<![\u0621-\u064a])عن[\s\"“”«»]*$"))
_SHOWED = frozenset(fold(w) for w in ("بين", "وبين", "يبين"))
_NATIONAL = re.compile(fold(r"\s+الوطني(?![\u0621-\u064a])"))
#: Armed groups and armies: named as actors far more often than as reporters.
ARMED_GROUPS = frozenset(
    ("Hamas", "Hezbollah", "SDF", "HTS", "RSF", "LNA", "Houthis", "Popular Mobilization Forces")
)
# a speech verb, a citing word or a speaker ("وقالت قوات الدعم السريع", "المتحدث باسم")
_SPEECH_BEFORE = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:"
        + "|".join(SPEECH_VERBS)
        + r"|وفق|وفقا|حسب|بحسب|حسبما|بيان|متحدث|المتحدث|الناطق|ناطق|باسم|نعى|نعت|ينعى|تنعى)"
        r"(?![ء-ي])"
    )
)
# a clause opened by a speech verb whose subject is an office-holder, named by title and name
# ("وأوضحت أورسولا مولر الأمينة العامة المساعدة بالأمم المتحدة", "أكد رئيس المجلس السياسي
# لجماعة الحوثي"): the body the title belongs to speaks
_TITLED_SPEAKER = re.compile(
    fold(
        r"\s*(?:و|ف)?(?:"
        + "|".join(SPEECH_VERBS)
        + r")(?:\s+(?!(?:ب|و|ف)?(?:أن|إن|ان|بان|أنه|إنه|بأنه)(?![ء-ي]))[ء-ي]+){0,8}?"
        r"\s+(?:ال)?(?:رئيس|رئيسة|أمين|أمينة|مدير|مديرة|متحدث|متحدثة|ناطق|ناطقة|منسق|منسقة|"
        r"مسؤول|مسؤولة|نائب|نائبة|قائد|زعيم|وكيل|مساعد|مساعدة)(?:\s+[ء-ي]+){0,4}?\s+"
    )
)
_CLAUSE_MARK = re.compile(r"[،,:;]")


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last comma or colon)."""
    cut = [c.end() for c in _CLAUSE_MARK.finditer(text, start, at)]
    return cut[-1] if cut else start


# a site or outlet that carried figures another reporter of the sentence gave ("حسبما نقل
# موقع أخبار الأمم المتحدة", 'وفق موقع «ريليف ويب» التابع لمكتب')
_RELAY = re.compile(
    fold(
        r"(?:حسبما|كما|(?:حسب|بحسب|وفق|وفقا\s+ل)\s*ما)\s+(?:نقل|نقلت|نقله|نقلته|نشر|نشرت|"
        r"أورد|أوردت)(?:\s+\S+){0,4}?\s*$"
        # a site of the body ("وفق موقع «ريليف ويب» التابع لـ"), not a site that reports itself
        r"|(?P<site>(?:وفق|وفقا\s+ل|بحسب|حسب)\s*(?:ال)?موقع(?:\s+\S+){0,4}?\s+(?:ال)?تابع(?:ة)?\s*$)"
    )
)
# an unnamed source inside a body, quoted ("عن مصدر في مكتب", "نقلا عن مصادر بوزارة")
_SOURCE_IN = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:نقلا\s+)?عن\s+(?:مصدر|مصادر)(?:\s+[\u0621-\u064a]+)?"
        r"\s+(?:(?:في|من)\s*|ب)$"
    )
)
# an outlet named only by its kind: "ونقلت الصحيفة عن مصادر في", "وقالت الوكالة نقلا عن"
_BARE_OUTLET = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:نقلت|نقل|قالت|ذكرت|أفادت|أوردت)\s+(?:ال)(?:صحيفة|وكالة|"
        r"موقع|قناة|إذاعة|شبكة)(?![\u0621-\u064a])"
    )
)
_TOLD = re.compile(fold(r"(?:(?<![\u0621-\u064a])ل|(?<![\u0621-\u064a])مع)[\s\"“”«»]*$"))
_AS_WHAT = re.compile(fold(r"(?:حسبما|كما|(?:حسب|بحسب|وفق|وفقا\s+ل)\s*ما)\s+(?:\S+\s+)?\S+$"))
_BARE_NAMES = {fold("المرصد"): "SOHR", fold("الشبكة"): "SNHR", fold("المفوضية"): "UNHCR"}
# another observatory or network named by its adjective ("المرصد الأورومتوسطي", "الشبكة
# الوطنية") or its members ("شبكة أطباء السودان")
_OTHER_BODY = {
    "SOHR": re.compile(
        fold(
            r"(?<![\u0621-\u064a])(?:ال)?مرصد\s+(?!(?:السوري|الحقوقي|المعارض|الي)(?![\u0621-\u064a])|الذي)"
        )
        + r"ال[\u0621-\u064a]+ي(?![\u0621-\u064a])"
    ),
    "SNHR": re.compile(
        fold(r"(?<![\u0621-\u064a])(?:ال)?شبكة\s+(?!(?:السورية|الحقوقية)(?![\u0621-\u064a]))")
        + fold(r"(?:ال[\u0621-\u064a]+ية|أطباء|حقوق|رصد|إغاثة)(?![\u0621-\u064a])")
    ),
    # "وأوضح عضو المفوضية" after "المفوضية العليا لحقوق الإنسان": a human-rights commission
    "UNHCR": re.compile(
        fold(
            r"(?<![\u0621-\u064a])(?:المفوضية\s+(?:العليا|السامية|العراقية)\s+لحقوق\s+الإنسان|"
            r"مفوضية\s+حقوق\s+الإنسان)(?![\u0621-\u064a])"
        )
    ),
}
_THAT_WORD = re.compile(fold(r"(?:ب|و|ف)?(?:أن|إن|ان|بان|انه|أنه|إنه|بأنه)"))


def learn_people(text: str, found: list[ArabicMention], people: dict[str, str]) -> None:
    """Remember who speaks for a source, by surname, in this document only.

    "وقال جيمي مكجولدريك منسق العمليات الإنسانية" makes a later "وقال مكجولدريك" OCHA's.
    """
    for m in found:
        # "بدأ المفوض السامي ...، برهم صالح، الخميس، جولة": a name in apposition after the
        # body's title is its speaker, whatever the verb
        seat = _SEAT.match(text, m.end, min(len(text), m.end + 40))
        at = seat.end() if seat is not None else m.end
        p = _NAMED_APPOSED.match(text, at, min(len(text), at + 40))
        if p is not None and p.group("name") not in _NOT_NAMES and len(p.group("name")) >= 3:
            people[p.group("name")] = m.canonical
        if not m.cued:
            continue
        g = _NAMED_BEFORE.search(text, max(0, m.start - 60), m.start)
        if g is not None:
            words = g.group("name").split()
            titled = [k for k, w in enumerate(words) if w in _NOT_NAMES]
            if titled:  # "وأشار محمد حلاج مدير جمعية ...": the name before the title
                words = words[: titled[0]]
            surname = words[-1] if words else ""
            if len(surname) >= 3 and surname not in _NOT_NAMES:
                people[surname] = m.canonical
        # "قال مسؤول ... لمفوضية اللاجئين في المفرق محمد الطاهر إن": the name after the body
        a = _NAMED_AFTER.match(text, m.end, min(len(text), m.end + 80))
        if a is not None and a.group("name") not in _NOT_NAMES and len(a.group("name")) >= 3:
            people[a.group("name")] = m.canonical


def told_person(
    text: str, start: int, attrs: list[Attribution], persons: list[ArabicMention]
) -> list[Attribution] | None:
    """D2: "وقال علي، في تصريح خاص لوكالة سبوتنيك، إن": the known teller, not the agency told."""
    if not persons or not attrs or any(a.source not in NEWS_AGENCIES for a in attrs):
        return None
    first = min(a.start for a in attrs)
    if not _TOLD.search(text, max(start, first - 8), first):
        return None
    told = [Attribution(p.canonical, p.start, p.end) for p in persons if p.end <= first]
    return told or None


def person_mentions(text: str, start: int, end: int, people: dict[str, str]) -> list[ArabicMention]:
    """Cued mentions of the people :func:`learn_people` remembered ("وقال مكجولدريك:")."""
    if not people:
        return []
    out = []
    for name, canonical in people.items():
        for m in re.finditer(
            # "الفايز" said again as "الفائز": the ya with or without its hamza
            rf"(?<![\u0621-\u064a]){re.sub('[يئ]', '[يئ]', re.escape(name))}"
            r"(?![\u0621-\u064a])",
            text[start:end],
        ):
            a, b = start + m.start(), start + m.end()
            if _PERSON_CUE.search(text, max(start, a - 12), a) or _CUE_AFTER.match(
                text, b, min(end, b + 40)
            ):
                out.append(ArabicMention(a, b, canonical, True))
    return out


_NAMED_BEFORE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|أشار|أشارت|كشف|"
        r"كشفت|ذكر|ذكرت|أفاد|أفادت)\s+(?P<name>(?:[\u0621-\u064a]+\s+){1,4}"
        r"(?:(?:مدير|مديرة|رئيس|رئيسة|المتحدث|الناطق|مسؤول|مسؤولة)\s+(?:[\u0621-\u064a]+\s+)?)?)"
        r"[\"“”«»]?$"
    )
)
_NAMED_AFTER = re.compile(
    fold(
        # whole words: not the name "فر" before the "ان" of "فران", nor "ان" of "انتهاكا"
        r"(?:\s+[\u0621-\u064a]+){0,5}?\s+[\u0621-\u064a]+\s+(?P<name>[\u0621-\u064a]+)"
        r"(?![\u0621-\u064a])\s*[،,]?\s*"
        r"(?:إن|أن|ان|بأن|:|ل(?:موقع|وكالة|صحيفة|قناة))(?![\u0621-\u064a])"
    )
)
_NAMED_APPOSED = re.compile(
    fold(
        # not a time ("، يوم الخميس،"): its last word is no speaker's name
        r"\s*[،,]\s*(?!(?:في|عبر|خلال|من|على|إلى|الى|عن|مع|أمس|اليوم|يوم|مساء|صباح|ليلة|فجر|"
        r"ظهر|منتصف)(?![\u0621-\u064a]))"
        r"[\u0621-\u064a]+\s+(?P<name>[\u0621-\u064a]+)\s*[،,]"
    )
)
# the body's seat before the apposed name: "جهاز الإسعاف والطوارئ بالعاصمة الليبية طرابلس،
# أسامة علي،"
_SEAT = re.compile(
    fold(
        r"\s+(?:ب|في\s+)(?:ال)?(?:عاصمة|مدينة|محافظة|ولاية)(?:\s+[\u0621-\u064a]+){1,2}?(?=\s*[،,])"
    )
)
_PERSON_CUE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|أشار|أشارت|كشف|"
        r"كشفت|ذكر|ذكرت|أفاد|أفادت|أضاف|أضافت|وفق|بحسب|حسب|أعرب|أعربت|حذر|حذرت|لفت|لفتت|"
        r"تابع|تابعت)\s+$"
    )
)
_NOT_NAMES = frozenset(
    fold(w)
    for w in "مدير مديرة رئيس رئيسة المتحدث الناطق باسم نائب نائبة مسؤول مسؤولة الأمين العام".split()
)


_APPOSITION = re.compile(  # "، ستيفن أوبراين": a first name at most; not "إن ..."
    r"[\s،,\-–]*(?:(?!(?:ب|و)?(?:ان|إن|أن)(?![\u0621-\u064a]))[\u0621-\u064a]+\s*)?"
)
_RELAYED = re.compile(fold(r"[\s\"“”«»]*(?:عن|إلى|الى)\s*(?:ال)?"))
_REGISTERED = re.compile(
    fold(r"(?:و)?(?:ال)?(?:مسجل|مسجلين|مسجلون|مسجلة|المسجلين|يسجل|سجلوا|لدى)$")
)
# the body's records as a place people are put in or struck from, not what it says ("شطب
# ... من قاعدة بيانات المفوضية", ar2_184, ar14_388; "تسجيلهم في سجلات المفوضية", ar13_144);
# "وفق قاعدة بيانات" and "بحسب سجلات" still cue
_IN_RECORDS = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:من|في|ضمن)\s+(?:ال)?(?:قاعدة\s+(?:ال)?بيانات|قواعد\s+(?:ال)?بيانات|"
        r"سجلات|قوائم)$"
    )
)
_STRONG_CUE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف|ب|ل)?(?:بيان|تقرير|إحصائية|حصيلة|قال|قالت|أفاد|أفادت|أعلن|أعلنت|"
        r"أعلنته|ذكر|ذكرت|أكد|أكدت|أوضح|أوضحت|وفق|بحسب|حسب|حسبما|وثق|وثقت|رصد|رصدت|سجل|سجلت|"
        r"أحصى|أحصت|بيانات|إحصاءات|إحصائيات|أظهر|أظهرت)(?:ها|ه)?(?![\u0621-\u064a])"
    )
)
_SPEAKING_COUNTRY = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:تقول|قالت|أعلنت|تؤكد|أكدت|ذكرت|زعمت|تزعم|تعلن|تتوقع|توقعت|تقدر|قدرت)\s+(?P<a>"
        + "|".join(sorted(COUNTRY_SPEAKERS, key=len, reverse=True))
        # "فرق الإنقاذ في ليبيا أعلنت": after "في" the country is a place, not a speaker
        + r")(?![\u0621-\u064a])|(?<![\u0621-\u064a])(?<!في\s)(?<!من\s)(?:لكن\s+|و)?(?P<b>"
        + "|".join(sorted(COUNTRY_SPEAKERS, key=len, reverse=True))
        + r")\s+(?:تقول|قالت|أعلنت|تؤكد|أكدت|ذكرت|تزعم|زعمت)(?![\u0621-\u064a])"
    )
)


# "وزارة الصحة" without its country: the country its own sentence names (none: null, ar9_033)
_BARE_MOH = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?P<a>وزارة\s+الصحة(?:\s+العامة)?|"
        # the ministry by its short name in quotes: 'وأشارت "الصحة" إلى ارتفاع' (ar10_035)
        r"(?<=[\"“«])الصحة(?=[\"”»]))(?![\u0621-\u064a])"
    )
)
# the health (authorities) of a place, its ministry unnamed: "الصحة في غزة" (ar17_115), "صحة
# غزة" (ar18_330), "السلطات الصحية في قطاع غزة" (ar18_329); the place's health ministry, by
# _MOH_COUNTRY (not Syria's: a province's health directorate is not the government's)
_HEALTH_OF_PLACE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?P<a>(?:ال)?سلطات\s+(?:ال)?صحية|(?:ال)?صحة)\s+"
        r"(?:في\s+|ب)?(?P<p>(?:قطاع\s+)?[\u0621-\u064a]+)(?![\u0621-\u064a])"
    )
)
# state media without their country: Syria's are SANA (the guideline's "state media")
_STATE_MEDIA = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?P<a>(?:محطة\s+)?(?:ال)?(?:تلفزيون|التلفزيون|وسائل\s+الإعلام|"
        r"الإعلام|وكالة\s+الأنباء|التلفاز|قناة)(?:\s+\S+){0,2}?\s+(?:السوري\s+|السورية\s+)?"
        r"(?:الرسمي|الرسمية|الحكومي|الحكومية))(?![\u0621-\u064a])"
    )
)
# a country's state media named by its adjective, by the country _ministry_of finds (not
# Yemen's: two governments have one; round-3 test)
_STATE_AGENCY = {"Syrian government": "SANA", "Lebanese Health Ministry": "NNA"}
_MOH_COUNTRY = (
    ("Gaza Health Ministry", re.compile(fold(r"غزة|القطاع"))),
    ("Palestinian Health Ministry", re.compile(fold(r"الضفة|رام الله|الفلسطينية|جنين|نابلس"))),
    ("Yemen Health Ministry", re.compile(fold(r"اليمن|صنعاء|الحوثي|تعز|الحديدة|صعدة"))),
    ("Iraqi Health Ministry", re.compile(fold(r"العراق|بغداد|الموصل"))),
    ("Lebanese Health Ministry", re.compile(fold(r"لبنان|اللبنانية|بيروت"))),
    ("Syrian government", re.compile(fold(r"سوريا|سورية|السورية|دمشق|حلب|إدلب|حمص"))),
    # whole words: "مصراتة" is no "مصر", "سرتها" no "سرت"
    (
        "Sudanese Health Ministry",
        re.compile(
            fold(
                r"(?<![ء-ي])(?:ب|ل|و)?(?:ال)?(?:سودان|سودانية|سوداني|خرطوم|دارفور|كردفان|فاشر)(?![ء-ي])"
            )
        ),
    ),
    (
        "Libyan Health Ministry",
        re.compile(
            fold(r"(?<![ء-ي])(?:ب|ل|و)?(?:ليبيا|الليبية|الليبي|بنغازي|درنة|مصراتة)(?![ء-ي])")
        ),
    ),
    (
        "Somali Health Ministry",
        # "تقارير أمنية صومالية", "بالعاصمة مقديشيو" (ar16_015)
        re.compile(
            fold(r"(?<![ء-ي])(?:ب|ل|و)?(?:ال)?(?:صومال|صومالية|صومالي|مقديشو|مقديشيو)(?![ء-ي])")
        ),
    ),
)
# no nationality adjective after a bare body's name ("الهلال الأحمر السوداني", "الشرطة
# الصومالية"); "في" is no adjective ("الهلال الأحمر في بنغازي", ar14_339)
_NO_ADJECTIVE = fold(r"(?!\s+(?!في(?![ء-ي]))(?:ال)?[ء-ي]+(?:ي|ية)(?![ء-ي]))")
# the Red Crescent without its country ("الهلال الأحمر"): the one of the passage's country
_BARE_RED_CRESCENT = re.compile(
    fold(r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:جمعية\s+|منظمة\s+)?الهلال\s+الأحمر)(?![ء-ي])")
    + _NO_ADJECTIVE
)
# the police without their country, an officer of it speaking ("وقال ضابط الشرطة أحمد
# بشان"): the police of the passage's country, where its health ministry is named by it (not
# Syria, Gaza or Yemen, whose police are not one body's)
_BARE_POLICE = re.compile(
    fold(
        r"(?<![ء-ي])(?:ضابط|ضباط|مسؤول|متحدث\s+باسم|الناطق\s+باسم)\s+(?:بارز\s+|كبير\s+)?"
        r"(?:في\s+|ب)?(?P<a>الشرطة)(?![ء-ي])"
    )
    + _NO_ADJECTIVE
)
# a bare national guard, and the country noun that names it (the adjective alone may be the
# currency's: "العملة التونسية")
_BARE_GUARD = re.compile(
    fold(r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:ال|لل)حرس\s+الوطني)(?![ء-ي])") + _NO_ADJECTIVE
)
_TUNISIA = re.compile(fold(r"(?<![ء-ي])(?:ب|ل|و|في\s+)?تونس(?![ء-ي])"))
_POLICE_OF = {
    "Somali Health Ministry": "Somali police",
    "Iraqi Health Ministry": "Iraqi police",
    "Libyan Health Ministry": "Libyan police",
    "Sudanese Health Ministry": "Sudanese police",
    "Lebanese Health Ministry": "Lebanese police",
}
_RED_CRESCENT_OF = {
    "Gaza Health Ministry": "Palestinian Red Crescent",
    "Palestinian Health Ministry": "Palestinian Red Crescent",
    "Yemen Health Ministry": "Yemeni Red Crescent",
    "Iraqi Health Ministry": "Iraqi Red Crescent",
    "Syrian government": "Syrian Arab Red Crescent",
    "Sudanese Health Ministry": "Sudanese Red Crescent",
    "Libyan Health Ministry": "Libyan Red Crescent",
    "Somali Health Ministry": "Somali Red Crescent",
}


# A country's ministry in any form the alias table does not list ("وزارة الشؤون الاجتماعية
# اللبنانية", "وزير الإعلام اليمني"): other ministries speak for their government, as in the
# English registry's rule ("Lebanese Ministry of Social Affairs" -> Lebanese government)
_NATIONAL_MINISTRY = re.compile(
    fold(r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:نائب\s+)?(?:وزارة|وزير|وزيرة)\s+")
    + r"(?P<topic>(?:[ء-ي]+\s+){1,4}?)(?P<adj>"
    + "|".join(sorted(COUNTRY_ADJECTIVES, key=len, reverse=True))
    + r"))(?![ء-ي])"
)
_TOPICS = (
    (fold("الصحة"), "Health"),
    (fold("الداخلية"), "Interior"),
    (fold("الدفاع"), "defence"),
    (fold("حقوق"), "Human Rights"),
    (fold("الهجرة"), "Migration"),
)
# a health office or directorate of a province ("مدير مكتب الصحة في صعدة بشمال اليمن"): the
# country's health ministry (not in Syria, whose provinces' health directorates are not the
# government's everywhere)
_HEALTH_OFFICE = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:(?:ال)?(?:مدير|مديرة)\s+)?(?:عام\s+)?"
        r"(?:مكتب|مديرية|إدارة)\s+(?:عام\s+)?(?:ال)?صحة(?:\s+العامة)?(?:\s+والسكان)?)"
        r"(?![ء-ي])"
    )
)
# a government spokesman named by his country ("الناطق الإعلامي لشئون اللاجئين السوريين
# بالأردن"): that government
_COUNTRY_SPOKESMAN = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?P<a>(?:ال)?(?:ناطق|متحدث|ناطقة|متحدثة)"
        r"(?:\s+(?:الإعلامي|الرسمي|الإعلامية|الرسمية))?)(?:\s+[ء-ي]+){0,4}?\s+(?:ب|في\s+)"
    )
    + r"(?P<c>"
    + "|".join(sorted(COUNTRY_SPEAKERS, key=len, reverse=True))
    + r")(?![ء-ي])"
)


# a country's government, army or officials named by the country's name, in a construct
# ("حكومة بوركينا فاسو", "جيش مالي", ar22_026, ar22_023) or "in" it ("الحكومة فى النيجر",
# ar21_392; "الجيش في مالي", ar22_182; "مسؤولان في مالي", ar22_022), or officials by an
# indefinite adjective ("مسؤول حكومي باكستاني", ar22_267; C10): the government, the army by C16
_OFFICIALS = r"مسؤول|مسؤولان|مسؤولون|مسؤولين|مسؤولو|مسؤولي|مسؤولا"
_COUNTRY_NAMES = "|".join(sorted(COUNTRY_SPEAKERS, key=len, reverse=True))
_BODY_OF_COUNTRY = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:(?P<g1>حكومة|سلطات)|(?P<r1>جيش))\s+(?P<c1>"
        + _COUNTRY_NAMES
        + r")|(?:(?P<g2>الحكومة|السلطات|"
        + _OFFICIALS
        + r")|(?P<r2>الجيش))\s+(?:في\s+|ب)(?P<c2>"
        + _COUNTRY_NAMES
        + r")|(?:"
        + _OFFICIALS
        + r")\s+(?:(?:ال)?(?:حكومي|حكوميون|حكوميان|حكوميين|رسمي|رسميون)\s+)?(?P<j>"
        + "|".join(sorted(INDEFINITE_ADJECTIVES, key=len, reverse=True))
        + r"))(?![ء-ي])"
    )
)
_COUNTRY_BODY_WORD = re.compile(fold("حكوم|سلطات|جيش|مسؤول"))
# an official who asks not to be named is no body's voice ("وذكر مسؤول عراقي مطلع على الملف
# طلب عدم الكشف عن هويته", ar3_082: null)
_ANONYMOUS = re.compile(
    fold(r"(?:عدم|رفض|دون)\s+(?:الكشف|ذكر|الإفصاح|الإعلان)\s+(?:عن\s+)?(?:هويت|اسم)")
)


# the army's general staff with no country after it ("هيئة الأركان", "رئاسة الأركان العامة")
_GENERAL_STAFF = re.compile(
    fold(r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:هيئة|رئاسة)\s+الأركان(?:\s+العامة)?)(?![ء-ي])")
    + _NO_ADJECTIVE
)


# a ministry with no country after it, and a clause opened by its country ("وفي تركيا، أعلن")
_BARE_MINISTRY = re.compile(
    fold(r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:وزير|وزيرة|وزارة)\s+(?P<topic>ال[ء-ي]+))(?![ء-ي])")
)
_IN_COUNTRY = re.compile(
    fold(r"(?<![ء-ي])(?:و)?(?:في|ب)\s*(?P<c>")
    + "|".join(sorted(COUNTRY_SPEAKERS, key=len, reverse=True))
    + r")\s*[،,](?:\s*[ء-ي]+){0,2}\s*$"
)


# the government with no country after it, or its statement ("أعلنت الحكومة", "بيان صادر عن
# الحكومة", "وفقا لبيان حكومي"): the government of the clause's country ("وفي بوركينا فاسو،
# أعلنت الحكومة", ar23_029) or of the one country the passage names (ar25_164, ar25_166)
_BARE_GOVERNMENT = re.compile(
    fold(r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>الحكومة|بيان\s+حكومي)(?![ء-ي])") + _NO_ADJECTIVE
)
_JOINED = re.compile(r"\s+و[ء-ي]")
_COUNTRY_NAMED = re.compile(
    r"(?<![ء-ي])(?:ب|ل|و)?(?P<c>"
    + "|".join(sorted({*COUNTRY_SPEAKERS, *COUNTRY_ADJECTIVES}, key=len, reverse=True))
    + r")(?![ء-ي])"
)


def _one_country(text: str) -> str | None:
    """The government of the one country a passage names, by its name or adjective."""
    govs = set()
    for m in _COUNTRY_NAMED.finditer(text):
        c = m.group("c")
        govs.add(COUNTRY_SPEAKERS.get(c) or f"{COUNTRY_ADJECTIVES[c]} government")
    return govs.pop() if len(govs) == 1 else None


# a ministry, directorate or government of "the Region" (Iraq's Kurdistan Region)
_OF_THE_REGION = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:وزارة|وزير|وزيرة|حكومة|مديرية|رئاسة)"
        r"(?:\s+[ء-ي]+){0,5}?\s+(?:ب|في\s+)الإقليم)(?![ء-ي])"
    )
)
_KURDISTAN = re.compile(fold(r"إقليم\s+(?:كردستان|كوردستان)"))


def _ministry_name(adj: str, topic_words: str) -> str | None:
    """The registry's name of a country's ministry, by its topic (any other: the government)."""
    topic = next((k for w, k in _TOPICS if w in topic_words), "_government")
    if topic == "Health":
        return HEALTH_MINISTRY_OF.get(adj)
    if topic == "Interior":
        return f"{adj} Interior Ministry"
    if topic == "defence":
        return f"{adj} defence ministry"
    if topic == "Migration" and adj == "Iraqi":
        return "MoMD"
    if topic in ("Human Rights", "Migration"):
        return f"{adj} {topic} Ministry"
    return f"{adj} government"


def _structural(text: str, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """National bodies named by their country's adjective or name, in forms no alias lists."""
    out: list[tuple[re.Match[str], str]] = []
    seg = text[start:end]  # each pattern runs only where its key word occurs (speed)
    ministry = "وزير" in seg or "وزار" in seg
    for m in _NATIONAL_MINISTRY.finditer(text, start, end) if ministry else ():
        name = _ministry_name(COUNTRY_ADJECTIVES[m.group("adj")], m.group("topic"))
        if name is not None:
            out.append((m, name))
    for m in _BARE_MINISTRY.finditer(text, start, end) if ministry else ():
        # "وفي تركيا، أعلن وزير الداخلية": the country that opens the clause
        c = _IN_COUNTRY.search(text, max(start, m.start() - 40), m.start())
        name = (
            _ministry_name(COUNTRY_SPEAKERS[c.group("c")][: -len(" government")], m.group("topic"))
            if c
            else None
        )
        if name is not None:
            out.append((m, name))
    for m in _BARE_GOVERNMENT.finditer(text, start, end) if "حكوم" in seg else ():
        if _JOINED.match(text, m.end()):
            continue  # "قالت الحكومة ومنظمات الإغاثة": not the government's word alone (ar5_115)
        c = _IN_COUNTRY.search(text, max(start, m.start() - 40), m.start())
        name = COUNTRY_SPEAKERS[c.group("c")] if c else _one_country(text)
        if name is not None:
            out.append((m, name))
    armies = set()  # the armies the sentence names by their country
    for m in _BODY_OF_COUNTRY.finditer(text, start, end) if _COUNTRY_BODY_WORD.search(seg) else ():
        if _ANONYMOUS.search(text, m.end(), m.end() + 80) and "مسؤول" in m.group("a"):
            continue
        if m.group("j") is not None:
            out.append((m, f"{INDEFINITE_ADJECTIVES[m.group('j')]} government"))
            continue
        gov = COUNTRY_SPEAKERS[m.group("c1") or m.group("c2")]
        if m.group("r1") is not None or m.group("r2") is not None:
            army = army_name_of(gov[: -len(" government")])
            armies.add(army)
            out.append((m, army))
        else:
            out.append((m, gov))
    for m in _GENERAL_STAFF.finditer(text, start, end) if "الاركان" in seg and armies else ():
        # "بحسب ما أفادت هيئة الأركان" in a sentence that names "جيش بوركينا فاسو" (ar22_181):
        # that army; a general staff whose sentence names no army gives none (ar16_019)
        if len(armies) == 1:
            out.append((m, next(iter(armies))))
    for m in _HEALTH_OFFICE.finditer(text, start, end) if "صحة" in seg else ():
        country = _ministry_of(text[m.end() : m.end() + 60]) or _ministry_of(text[start:end])
        if country is not None and country != "Syrian government":
            out.append((m, country))
    for m in _OF_THE_REGION.finditer(text, start, end) if "الاقليم" in seg else ():
        if _KURDISTAN.search(text):  # "لوزارة الداخلية بالإقليم" in a passage on Kurdistan
            out.append((m, "Kurdistan Regional Government"))
    spoken = "ناطق" in seg or "متحدث" in seg
    for m in _COUNTRY_SPOKESMAN.finditer(text, start, end) if spoken else ():
        out.append((m, COUNTRY_SPEAKERS[m.group("c")]))
    for m in _CAMP_OFFICE.finditer(text, start, end) if "مدير" in seg or "ادارة" in seg else ():
        camps = {_CAMP_OF[c.group("c") or c.group("d")] for c in _CAMP_NAMED.finditer(text)}
        if len(camps) == 1:  # "في المخيم، قالت مديرته": the one camp the passage names
            out.append((m, f"{camps.pop()} camp administration"))
    return out


_IN_PLACE = (
    r"\s+(?:في\s+|ب)?(?:(?:ال)?(?:ولاية|محافظة|مدينة|محلية|منطقة|بلدة|مخيم|معسكر|مديرية|حي)\s+)?"
)
# a body of a state, province or town outside Syria, its kind by the group that matches, and
# the English name the gold gives it (the place's name first)
_LOCAL_KINDS = (
    ("health", "{} Health Ministry"),
    ("state", "{} state government"),
    ("rooms", "{} Emergency Rooms"),
    ("room", "{} Emergency Room"),
    ("committees", "{} Resistance Committees"),
    ("committee", "{} Resistance Committee"),
    ("district", "{} District Council"),
    ("provincial", "{} Provincial Council"),
    ("council", "{} Local Council"),
    ("local", "{} local authorities"),
    ("governor", "{} governorate"),
    ("civil", "{} Civil Defence Directorate"),
    ("police", "{} police"),
    ("rights", "{} Human Rights Office"),
    ("municipality", "{} municipality"),
)
_LOCAL_BODY = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:"
        r"(?P<health>(?:ال)?وزارة\s+(?:ال)?صحة\s+(?:ب|في\s+)?(?:ال)?ولاية\s+)"
        r"|(?P<state>(?:(?:ال)?سلطات|(?:ال)?حكومة)\s+(?:ال)?ولاية\s+|(?:ال)?والي\s+(?:(?:ال)?ولاية\s+)?)"
        r"|(?P<rooms>(?:ال)?غرف\s+(?:ال)?طوارئ" + _IN_PLACE + ")"
        r"|(?P<room>(?:ال)?غرفة\s+(?:ال)?طوارئ" + _IN_PLACE + ")"
        r"|(?P<committees>(?:(?:ال)?تنسيقية\s+)?(?:ال)?لجان\s+(?:ال)?مقاومة" + _IN_PLACE + ")"
        # one neighbourhood's committee: "لجنة مقاومة حي أمبدة", "لجنة مقاومة ثوار بيت المال"
        r"|(?P<committee>(?:ال)?لجنة\s+(?:ال)?مقاومة(?:\s+ثوار)?" + _IN_PLACE + ")"
        r"|(?P<local>(?:ال)?سلطات\s+(?:ال)?محلية" + _IN_PLACE + ")"
        # a district's, province's or town's council: "رئيس مجلس قضاء الفلوجة" (ar15_101),
        # "مجلس محافظة نينوى", "المجلس المحلي لمدينة تلعفر"
        r"|(?P<district>(?:ال)?مجلس\s+(?:ال)?قضاء\s+)"
        r"|(?P<provincial>(?:ال)?مجلس\s+(?:ال)?محافظة\s+)"
        r"|(?P<council>(?:ال)?مجلس\s+(?:ال)?محلي\s+(?:ل|ب|في\s+)?"
        r"(?:(?:ال)?(?:مدينة|بلدة|ناحية|قضاء)\s+)?)"
        r"|(?P<governor>(?:ال)?(?:محافظ|ديوان\s+محافظة|إدارة\s+محافظة)\s+)"
        r"|(?P<civil>(?:(?:ال)?مديرية\s+)?(?:ال)?دفاع\s+(?:ال)?مدني" + _IN_PLACE + ")"
        # the police of a state, province, town or district: "شرطة ولاية زمفرا", "قيادة شرطة
        # محافظة ديالى", "شرطة ناحية العامرية" (the gold's "<place> police"); "قائد شرطة
        # بيشاور" (ar24_051), "المفوض الأعلى للشرطة في المنطقة سوم" (ar23_155)
        r"|(?P<police>(?:(?:ال)?(?:قيادة|مديرية)\s+)?(?:ال|ل)?شرطة\s+(?:في\s+)?"
        r"(?:(?:ال)?(?:ولاية|محافظة|مدينة|ناحية|قضاء|منطقة)\s+)?)"
        # a governorate's or district's own rights office, not OHCHR: "مكتب حقوق الإنسان
        # بمحافظة مأرب", "مكتب حقوق الإنسان بمديرية حيس" (ar14_359, ar14_362)
        r"|(?P<rights>(?:ال)?مكتب\s+حقوق\s+(?:ال)?إنسان" + _IN_PLACE + ")"
        # a town's municipality and its mayor, by the town (C12: "رئيس بلدية جنين", ar20_320;
        # "عميد بلدية مدينة سبها", ar22_077; "رئيس بلدية بانكاس ... لوكالة رويترز", ar22_023)
        r"|(?P<municipality>(?:(?:ال)?(?:رئيس|عميد)\s+)?(?:ال)?بلدية\s+(?:(?:ال)?مدينة\s+)?)"
        r")(?P<place>"
    )
    + "|".join(sorted((fold(p) for p in LOCAL_PLACES), key=len, reverse=True))
    + r"))(?![ء-ي])"
)
_PLACE_NAMES = {fold(p): e for p, e in LOCAL_PLACES.items()}
# a word every branch of _LOCAL_BODY holds
_LOCAL_WORD = re.compile(fold("صحة|ولاية|والي|طوارئ|مقاومة|سلطات|محافظ|دفاع|شرطة|حقوق|مجلس|بلدية"))


def _local_bodies(text: str, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """Bodies of a place outside Syria named with it ("سلطات ولاية الخرطوم").

    Parameters
    ----------
    text : str
        Normalised text.
    start, end : int
        The span searched.

    Returns
    -------
    list of (re.Match, str)
        Each match (its group ``a`` the name) with its English name: "Khartoum state
        government", "North Darfur Health Ministry", "Nineveh Civil Defence Directorate".
    """
    out = []
    # the long alternation only where one of its kind words occurs (speed)
    for m in _LOCAL_BODY.finditer(text, start, end) if _LOCAL_WORD.search(text, start, end) else ():
        kind = next(k for k, _ in _LOCAL_KINDS if m.group(k) is not None)
        out.append((m, dict(_LOCAL_KINDS)[kind].format(_PLACE_NAMES[m.group("place")])))
    governor = "حاكم" in text[start:end] or "محافظ" in text[start:end]
    for m in _REGIONAL_GOVERNOR.finditer(text, start, end) if governor else ():
        # "حاكم خاركيف", "حاكم منطقة أودالان"; "حاكم المنطقة" after the one region named
        place = m.group("place")
        if place is None:
            named = {_REGION_NAMES[p.group()] for p in _REGION_NAMED.finditer(text)}
            place = next(iter(named)) if len(named) == 1 else None
        else:
            place = _REGION_NAMES[place]
        if place is not None:
            out.append((m, f"{place} regional administration"))
    for m in _STATE_HEALTH.finditer(text, start, end):
        # "وزارة الصحة بالولاية": the state the passage named last ("عاصمة ولاية شمال دارفور")
        named = [p.group("place") for p in _STATE_NAMED.finditer(text, 0, m.start())]
        if named:
            out.append((m, f"{_PLACE_NAMES[named[-1]]} Health Ministry"))
    return out


# a region's governor by its region (the English sets' "<region> regional administration"):
# "حاكم خاركيف", "حاكم منطقة أودالان" (ar22_014, ar22_030), a deputy with his portfolio "in"
# the region ("نائب محافظ الشؤون الاجتماعية في منطقة حيران", ar19_395), or "حاكم المنطقة"
# in a passage that names one region (ar22_016)
_REGION_NAMES = {fold(p): e for p, e in REGIONS.items()}
_REGION_ALT = "|".join(sorted(_REGION_NAMES, key=len, reverse=True))
_REGION_NAMED = re.compile(r"(?<![ء-ي])(?:ب|ل|و)?(?:" + _REGION_ALT + r")(?![ء-ي])")
_REGIONAL_GOVERNOR = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:نائب\s+)?(?:حاكم\s+(?:(?:ال)?(?:منطقة|إقليم|مقاطعة)\s+)?"
        r"|(?:حاكم|محافظ)(?:\s+[ء-ي]+){0,3}?\s+(?:في\s+|ب)(?:ال)?(?:منطقة|إقليم|مقاطعة)\s+)"
        r"(?P<place>"
    )
    + _REGION_ALT
    + fold(r")(?![ء-ي])|(?:نائب\s+)?حاكم\s+(?:المنطقة|الإقليم|المقاطعة)(?![ء-ي])")
    + _NO_ADJECTIVE
    + ")"
)
_STATE_HEALTH = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف)?(?:ب|ل)?(?P<a>(?:ال)?وزارة\s+(?:ال)?صحة\s+(?:ب|في\s+)ال?ولاية)(?![ء-ي])"
    )
)
_STATE_NAMED = re.compile(
    fold(r"(?<![ء-ي])(?:ب|ل|و)?(?:ال)?ولاية\s+(?P<place>")
    + "|".join(sorted((fold(p) for p in LOCAL_PLACES), key=len, reverse=True))
    + r")(?![ء-ي])"
)


# the director or administration of "the camp" ("قالت مديرته", "إدارة المخيم")
_CAMP_OFFICE = re.compile(
    fold(
        r"(?<![ء-ي])(?:و|ف|ب|ل)?(?P<a>(?:ال)?(?:مدير|مديرة)(?:ه|ته|ها|تها)|"
        r"(?:إدارة|مدير|مديرة|مديري)\s+(?:ال)?مخيم(?:ه|ها)?)(?![ء-ي])"
    )
)
_CAMP_OF = {fold(c): name for c, name in CAMPS.items()}  # "الأزرق" folds to "الازرق"
_CAMP_NAMED = re.compile(
    fold(r"(?<![ء-ي])(?:(?:ال)?مخيم(?:ات)?[\s\"“”«»]+")
    + r"(?P<c>"
    + "|".join(sorted((fold(c) for c in CAMPS), key=len, reverse=True))
    # or a name of its own, alone: "داخل الهول", "في الركبان" (ar13_044)
    + r")|(?:و|ب|ل|في\s*)?(?P<d>"
    + "|".join(sorted((fold(c) for c in CAMPS_NAMED_ALONE), key=len, reverse=True))
    + r"))(?![ء-ي])"
)


# the government a ministry belongs to: "وزارة الصحة التابعة لحكومة الوفاق الوطني",
# "وزارة الصحة بحكومة الوفاق", "وزارة الصحة في الحكومة اليمنية"
_OF_GOVERNMENT = re.compile(fold(r"\s*[،,]?\s*(?:(?:ال)?تابعة\s+|في\s+)?(?=(?:ل|ب)?(?:ال)?حكومة)"))


def _government_health(
    text: str, at: int, rx: re.Pattern[str] | None, canon: dict[str, str]
) -> str | None:
    """The health ministry of the government named right after a ministry at ``at``.

    Parameters
    ----------
    text : str
        Normalised text.
    at : int
        Where the ministry's name ends.
    rx, canon : re.Pattern, dict
        The alias pattern and its canonical names (:func:`_pattern`).

    Returns
    -------
    str or None
        "Libyan Health Ministry" after "التابعة لحكومة الوفاق الوطني"; None without a
        government of a country right after.
    """
    of = _OF_GOVERNMENT.match(text, at)
    g = rx.match(text, of.end()) if of is not None and rx is not None else None
    name = canon.get(re.sub(_GAP, " ", g.group("a"))) if g is not None else None
    if name is None or not name.endswith(" government"):
        return None
    return HEALTH_MINISTRY_OF.get(name.removesuffix(" government"))


# the owner said right after a bare "وزارة الصحة": "الخاضعة لسيطرة الحوثيين", "التابعة
# لجماعة الحوثيين", "في حكومة الحوثيين", "بغزة" (C14: ar12_043, ar4_242, ar4_054)
_OWNER_AFTER = re.compile(
    fold(
        # an affiliation may name the owner in three words: "التابعة لحركة حماس في غزة" (ar2_287)
        r"[\"”»]?\s*[،,]?\s*(?:(?:(?:ال)?(?:خاضعة|تابعة)\s+(?:ل(?:سيطرة\s+)?)?|في\s+حكومة\s+|بحكومة\s+)"
        r"(?P<o>[ء-ي]+(?:\s+(?:في\s+|ب)?[ء-ي]+){0,2})|(?:في\s+|ب)(?P<p>(?:ال)?[ء-ي]+))"
    )
)


def _owner_after(text: str, at: int) -> str | None:
    """The health ministry of the owner named right after a bare ministry ending at ``at``."""
    o = _OWNER_AFTER.match(text, at)
    return _ministry_of(o.group("o") or o.group("p")) if o is not None else None


_HEALTH = fold("الصحة")


def _health_ministry_named(
    text: str, rx: re.Pattern[str] | None, canon: dict[str, str]
) -> str | None:
    """The one health ministry a passage names with its owner, for a bare one (C14).

    Parameters
    ----------
    text : str
        The passage (normalised).
    rx, canon : re.Pattern, dict
        The alias pattern and its canonical names (:func:`_pattern`).

    Returns
    -------
    str or None
        "Lebanese Health Ministry" where "وزارة الصحة اللبنانية" is named elsewhere in the
        passage (ar12_122); None where no owner is named, whatever place the passage is on
        (ar10_035, ar12_110, ar17_114, ar10_044).
    """
    if rx is None or text.count(_HEALTH) < 2:  # the bare name is the passage's only one
        return None
    named = set()
    for m in rx.finditer(text):
        alias = re.sub(_GAP, " ", m.group("a"))
        name = canon.get(alias)
        if (
            name is not None
            and _HEALTH in alias
            and (name.endswith("Health Ministry") or name == "Syrian government")
            and _owner_named(text, alias, name)
        ):
            named.add(name)
    return named.pop() if len(named) == 1 else None


def _ministry_of(text: str) -> str | None:
    """The health ministry of the one country a passage names (Gaza before the West Bank)."""
    hits = [name for name, rx in _MOH_COUNTRY if rx.search(text)]
    if hits[:1] == ["Gaza Health Ministry"]:
        return hits[0]  # "وزارة الصحة الفلسطينية" in a Gaza passage is Gaza's ministry
    return hits[0] if len(hits) == 1 else None


_ACTOR_OF = re.compile(
    fold(
        r"(?:و|ب|ل)?(?:ال)?(?:قصف|غارات|غارة|هجوم|هجمات|طائرات|طيران|قوات|عمليات|ضربات|صواريخ|"
        r"مقاتلات|قذائف)$"
    )
)
_FORCES = re.compile(
    fold(
        r"(?:و|ب|ل)?(?:ال)?(?:طائرات|طائرة|طيران|قوات|مقاتلين|مقاتلي|عناصر|فصائل|ميليشيات|مليشيات|"
        r"سفن|سفينة|بوارج|مدرعات|آليات|أنها|أنه)$"
    )
)
_AFFILIATED = re.compile(fold(r"(?:ال)?تابع(?:ة|ين|ون|تين|تان)?$|(?:ب)?(?:دعم|تمويل|إشراف|رعاية)$"))
_UNNAMED = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:بحسب|حسب|وفق|وفقا\s+ل|نقلا\s+عن|قال|قالت|أفاد|أفادت|ذكر|"
        r"ذكرت|أكد|أكدت|أوضح|أوضحت|يقول|تقول|يقدر|تقدر|قدر|قدرت|أحصى|أحصت|استخدمها|استخدمه)"
        r"\s*(?:ما\s+\S+\s+(?:به\s+)?)?(?:(?:اليوم|أمس|لاحقا)\s+)?"
        r"(?:مصدر|مصادر|شهود|ناشطين|ناشطون|سكان|مسؤول|مسؤولين|مسؤولون|مسعفين|مسعفون|أطباء|"
        r"الأهالي|أهالي|عمال\s+(?:ال)?إغاثة|عاملون|وسائل\s+(?:ال)?إعلام|تقارير\s+إعلامية|ناشط|"
        # a spokesman of a body the registry does not name (a named one is kept below)
        r"متحدث\s+باسم|متحدثة\s+باسم)"
        r"(?![\u0621-\u064a])"
        # "في حين يعتقد أن هناك مئات الألوف": believed by nobody named
        r"|(?<![\u0621-\u064a])(?:و)?(?:يعتقد|يقال)\s+(?:أن|ان|بأن)(?![\u0621-\u064a])"
        # "في حين تقول بعض الإحصائيات أن": some statistics, whoever made them
        r"|(?<![\u0621-\u064a])(?:و|ف|ب|ل)?بعض\s+(?:ال)?(?:إحصائيات|إحصاءات|تقديرات|تقارير|أرقام|"
        r"مصادر|جهات|منظمات)(?![\u0621-\u064a])"
    )
)
_BELIEVED = re.compile(fold(r"(?:و)?(?:يعتقد|يقال)"))
_OF_BODY = re.compile(
    fold(
        r"(?:\s+[\u0621-\u064a]+){0,4}?\s+(?:في|ب|لدى)\s*(?:ال)(?:وزارة|منظمة|مفوضية|وكالة|هيئة|"
        r"شبكة|بعثة|مديرية)(?![\u0621-\u064a])"
    )
)
_OTHER_CIVIL_DEFENCE = re.compile(
    fold(
        r"\s*(?:في\s+(?:قطاع\s+|محافظة\s+|ولاية\s+|مدينة\s+)?)?(?:ب)?(?:غزة|الفلسطيني|اليمني|"
        r"العراقي|اللبناني|الليبي|التركي|السوداني|الأردني|المصري|اليمن|العراق|لبنان|ليبيا|"
        # Iraq's provinces and cities ("مديرية الدفاع المدني في محافظة نينوى")
        r"نينوى|الموصل|الأنبار|بغداد|البصرة|كركوك|ديالى|أربيل|صلاح\s+الدين|الفلوجة|الرمادي)"
    )
)
_OF_THE_UN = re.compile(
    fold(r"[\s،,]*(?:(?:وهي\s+)?(?:وكالة\s+)?(?:ال)?تابع(?:ة)?\s+)?(?:ل|ب|في\s+|لدى\s+)?")
)
#: Newspapers: what "الصحيفة" ("the paper") said again names.
NEWSPAPERS = (
    *("Daily Sabah", "Asharq Al-Awsat", "Al-Akhbar", "Al-Quds Al-Arabi", "Enab Baladi"),
    *("Sudan Tribune", "New York Times", "Le Figaro", "Al-Araby al-Jadeed"),
)
#: News agencies: a figure told to one of them is the teller's, unless the teller is unnamed.
NEWS_AGENCIES = frozenset(
    (
        *("AFP", "AP", "BBC", "Reuters", "NNA", "SANA", "RIA Novosti", "WAFA", "KUNA"),
        # outlets that people on the ground speak to (round-5 and round-6 passages)
        *("North Press", "Smart", "Radio Tamazuj", "Step News", "Enab Baladi", "Syria TV"),
        *("963+", "Fresh Online", "Zagros TV", "Al-Araby al-Jadeed"),
        "Sputnik",
        # round 13's outlets ('في تصريح لـ"سودان تربيون"': the teller, ar12_105)
        *("Sudan Tribune", "Asharq Al-Awsat", "Sky News Arabia", "Al Mayadeen", "RT"),
        *("France 24", "DW", "Independent Arabia", "Al-Quds Al-Arabi", "Shafaq News", "Rudaw"),
        "Al-Sumaria",
        # round 17's agencies and outlets ("لوكالة الأنباء العراقية": the teller's figures)
        *("INA", "LANA", "Al Qahera News", "Daily Sabah", "Al-Hal"),
        *("Saba", "Yemen Daily News"),
        # round 24's outlets ('وقال مصدر محلي لـ"المصدر أونلاين"', ar21_331; 'لـ"دارفور24"',
        # ar20_332; 'لـ"عربي21"', ar19_074)
        *("Al-Masdar Online", "Al Ain News", "Yemen Shabab Net", "Ultra Sudan", "Darfur24"),
        "Arabi21",
        "Hawar",  # round 27: the Kurdish-run agency ("وفق ما نقلت وكالة هاوار", ar19_085)
        # every agency the English engine knows: "قال مصدر في شرطة محافظة حمص لوكالة
        # الأناضول" gives the outlet told (C31 of the round-20b gold pass)
        *_AGENCIES,
    )
)


def sentence_sources(
    text: str, start: int, end: int, registry: SourceRegistry, last_monitor: str | None
) -> tuple[list[Attribution], list[ArabicMention]]:
    """Attributions of one sentence: cued mentions, and "التقرير" for the last monitor named."""
    found = mentions(text, start, end, registry)
    attrs = [Attribution(m.canonical, m.start, m.end) for m in found if m.cued]
    # "بحسب مصدر حكومي", "وفق ناشطين": an unnamed reporter, so no named source for its figures
    attrs += [
        Attribution(None, u.start(), u.end())
        for u in _UNNAMED.finditer(text, start, end)
        if not _OF_BODY.match(text, u.end(), end)  # "مسؤول ... في الوزارة": the ministry's
        # "وقال متحدث باسم المفوضية": the body named right after the spokesman
        and not (
            u.group().endswith(fold("باسم")) and any(0 <= m.start - u.end() <= 3 for m in found)
        )
        # "وفق ما أفاد مصدر طبي وكالة فرانس برس": the agency an unnamed source told
        and not any(
            m.cued and m.canonical in NEWS_AGENCIES and 0 <= m.start - u.end() <= 25 for m in found
        )
        # "وذكرت وكالة سانا نقلاً عن مصدر طبي": the outlet that quotes an unnamed source
        # "وقال المرصد حسبما أفادت مصادر اعلامية": the named reporter, as the sources relay it
        and not (
            u.group().startswith((fold("نقلا"), fold("حسب"), fold("بحسب")))
            # its label between: 'وكالة الأنباء اليمنية الحكومية "سبأ" نقلا عن' (ar13_057),
            # no figure of its own between: "بحسب الأمم المتحدة، أو 1,5 مليون بحسب مصدر"
            and any(
                m.cued
                and 0 <= u.start() - m.end <= 24
                and not re.search(r"[.;:]|\d", text[m.end : u.start()])
                for m in found
            )
        )
        # "يعتقد أن 540 ألف شخص غادروا ... بحسب تقرير للمفوضية": believed on the named report
        # (a name before it reports something else: "تقول المفوضية ... في حين يعتقد أن")
        and not (_BELIEVED.match(u.group()) and any(m.cued and m.start > u.end() for m in found))
    ]
    if any(a.source is None for a in attrs):
        attrs = [_agency_told(text, a, registry) if a.source is None else a for a in attrs]
    if not attrs and last_monitor is not None:
        g = _GENERIC_REPORT.search(text, start, end)
        if g is not None:
            attrs.append(Attribution(last_monitor, g.start(), g.end(), generic=True))
    return attrs, found


# "وفي تصريح لوكالة فرانس برس، قال مصدر عسكري" (ar24_015), "وفق ما أفاد مصدر طبي وكالة
# فرانس برس.وقال مصدر طبي" (ar20_304): an unnamed source speaking right after a news agency,
# in its sentence or the one before, speaks to it (D2, C31: the outlet gives the figures)
_AGENCY_JUST_BEFORE = re.compile(r"[\s،,.:\"“”«»]*$")


def _agency_told(text: str, a: Attribution, registry: SourceRegistry) -> Attribution:
    rx, canon = _pattern(registry)
    if rx is None:
        return a
    last = None
    for m in rx.finditer(text, max(0, a.start - 40), a.start):
        last = m
    if last is None or not _AGENCY_JUST_BEFORE.fullmatch(text, last.end(), a.start):
        return a
    name = canon.get(re.sub(_GAP, " ", last.group("a")))
    if name not in NEWS_AGENCIES:
        return a
    return Attribution(name, a.start, a.end)


def pronoun_reporter(text: str, start: int) -> bool:
    """Whether a sentence opens with a reporter it does not name ("وأضافت أن", "وقال:")."""
    v = _REPORT_VERB.match(text, start)
    return v is not None and (
        not _ARABIC.match(text, v.end() + 1) or _SAID_THAT.match(text, v.end()) is not None
    )


#: What a passage calls a UN agency it named before ("وأضافت المنظمة الأممية" after OCHA).
UN_DESCRIPTIONS = frozenset(
    fold(w)
    for w in (
        "المنظمة الأممية",
        "الوكالة الأممية",
        "المنظمة الدولية",
        "الهيئة الأممية",
        "التقرير الأممي",
    )
)
UN_AGENCIES = frozenset(("OCHA", "UNHCR", "IOM", "WHO", "UNICEF", "WFP", "UNRWA", "OHCHR", "UN"))


def generic_source(text: str, start: int, end: int, last: str | None) -> Attribution | None:
    """The source last named, said again ("وأكدت المنظمة", "وأفادت بأن")."""
    if last is None:
        return None
    g = (
        _GENERIC_ORG.search(text, start, end)
        or _DOCUMENTED.match(text, start, end)
        or _PARTICIPLE.search(text, start, end)
    )
    if g is None:
        v = _REPORT_VERB.match(text, start)
        if (
            v is None
            or _ARABIC.match(text, v.end() + 1)
            and not _SAID_THAT.match(text, v.end(), min(end, v.end() + 60))
            and not _WHAT_HAPPENED.match(text, v.end())
            and not _POINTED_TO.match(text, v.end(), min(end, v.end() + 120))
        ):
            return None
        g = v
    elif not _fits(g.group(), last):
        return None  # "وقالت الوزارة" after SOHR: a ministry the passage does not name
    return Attribution(last, g.start(), g.end(), generic=True)


# bare "المنظمة" as a reporter: after a reporting verb ("وأضافت المنظمة على موقعها"), or its
# representative, office, head or spokesman ("اوضح ممثل المنظمة فى سوريا")
_THE_ORGANISATION = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:(?:و|ف)?(?:قالت|أفادت|أعلنت|ذكرت|أكدت|أوضحت|أشارت|كشفت|بينت|"
        r"أضافت|لفتت|تابعت|وثقت|رصدت|أحصت|سجلت|قدرت|نقلت|أوردت|نشرت|جددت)\s+|"
        r"(?:ال)?(?:ممثل|ممثلة|مكتب|مدير|مديرة|رئيس|رئيسة)\s+|"
        r"(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة)\s+(?:الرسمي\s+|الرسمية\s+)?باسم\s+)"
        r"المنظمة(?![\u0621-\u064a])"
    )
)


def organisation_named_back(
    text: str, start: int, end: int, found: list[ArabicMention], before: str | None
) -> Attribution | None:
    """Bare "المنظمة" reporting: the organisation named last (UNICEF, IOM ...), not the UN.

    ``found`` are the sentence's mentions, ``before`` the organisation named in the sentences
    before it.
    """
    for g in _THE_ORGANISATION.finditer(text, start, end):
        if any(m.start < g.end() and g.start() < m.end for m in found):
            continue  # "المتحدث باسم المنظمة الدولية للهجرة": named, not called back
        named = [m.canonical for m in found if m.end <= g.start() and m.canonical in ORGANISATIONS]
        org = named[-1] if named else before
        if org is not None:
            return Attribution(org, g.start(), g.end(), generic=True)
    return None


# the verb's object right after it, its subject left out: "وأعلنت إنقاذ سبعة أشخاص"
_WHAT_HAPPENED = re.compile(
    fold(
        r"\s+(?:عن\s+)?(?:مقتل|إنقاذ|نزوح|عودة|وفاة|إصابة|ارتفاع|تسجيل|استشهاد|مصرع|غرق|"
        r"اعتقال|فقدان)(?![\u0621-\u064a])"
    )
)
# "وأشارت في بيان عبر قناتها الرسمية، صباح الاثنين، إلى ارتفاع العدد": the verb's object
# after "إلى", a place, time or channel of the statement between, no subject of its own
_POINTED_TO = re.compile(
    fold(
        r"(?:\s+(?:في|عبر|خلال|ضمن|على)(?:\s+[^\s.]+){0,10}?)?[\s،,]+(?:إلى|الى)\s+"
        r"(?:ال)?(?:ارتفاع|مقتل|وصول|تسجيل|استشهاد|سقوط|إصابة|نزوح|وفاة|تجاوز|بلوغ|تزايد|زيادة)"
        r"(?![\u0621-\u064a])"
    )
)
# "مضيفة بأن المفوضية و شركاؤها قاموا ببناء 5 مخيمات": the reporter named before goes on
_PARTICIPLE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:مضيفا|مضيفة|مشيرا|مشيرة|لافتا|لافتة|موضحا|موضحة|مؤكدا|مؤكدة)"
        r"\s+(?:إلى\s+|الى\s+)?(?:ب?أن|إن|ان|بان|أنه|أنها)(?![\u0621-\u064a])"
    )
)
# "كما وثقت مقتل 12 طفلاً": the monitor named before goes on documenting
_DOCUMENTED = re.compile(
    fold(
        r"(?:و|ف)?(?:كما\s+)?(?:وثق|وثقت|سجل|سجلت|رصد|رصدت|أحصى|أحصت)\s+(?:ال)?(?:مقتل|استشهاد|"
        r"إصابة|نزوح|اعتقال|وقوع|ارتكاب|سقوط|تهجير|مصرع)(?![\u0621-\u064a])"
    )
)
# a pronoun reporter: "وأضاف أن", "وأشارت إلى أن", "وأفادت في بيانها بأن", "وقالت: إن"
_SAID_THAT = re.compile(
    fold(
        r"\s*:?\s*(?:(?:إلى|الى|في|عبر|ضمن|كذلك|أيضا|أيضاً|اليوم|أمس)(?:\s+[\u0621-\u064a]+){0,3}?\s+|"
        # where or when it was said, closed by a comma: "وأضاف خلال مؤتمر صحفي عقده الاثنين
        # بنجامينا، أن" (ar13_104)
        r"(?:خلال|في|عبر|أثناء)(?:\s+[\u0621-\u064a]+){1,6}?\s*[،,]\s*)?"
        r"(?:ب?أن|إن|ان|بان|أنه|إنه|أنهم|إنهم|أنها|إنها)(?![\u0621-\u064a])"
    )
)
_KIND = (
    (
        re.compile(fold("الوزارة|المديرية")),
        ("Ministry", "government", "Government", "MoMD", "DGMM"),
    ),
    (re.compile(fold("المفوضية")), ("UNHCR", "OHCHR")),
    (re.compile(fold("الشبكة")), ("SNHR", "Deir ez-Zor 24", "Network")),
    (re.compile(fold("البعثة")), ("UN",)),
    (
        re.compile(fold("الجيش|القوات")),
        (
            "army",
            "military",
            "SDF",
            "RSF",
            "LNA",
            "defence ministry",
            "Syrian",
            "Sudanese government",
        ),
    ),
    (re.compile(fold("الحكومة|السلطات|المحافظ")), ("government", "governorate")),
    (re.compile(fold("الحركة")), ("Hamas",)),
    (re.compile(fold("الحزب")), ("Hezbollah",)),
    (re.compile(fold("الجماعة")), ("Houthis",)),
    (re.compile(fold("المكتب")), ("OCHA", "OHCHR", "Office")),
    (re.compile(fold("الائتلاف")), ("Coalition",)),
    # ("وأوضح المركز" after "مركز عمليات طوارئ الصحة العامة", the ministry's; ar13_111)
    (re.compile(fold("المركز")), ("Center", "Centre", "Health Ministry")),
    (re.compile(fold("الوحدة")), ("Unit",)),
    # "وقال الجهاز إنه" after Libya's migration agency, "وأشارت الصحيفة" after a newspaper
    # (ar16_095, ar16_051)
    (re.compile(fold("الجهاز")), ("Agency", "Service")),
    (re.compile(fold("الصحيفة|الجريدة")), NEWSPAPERS),
    # "وأشار النادي إلى أن" after "نادي الأسير الفلسطيني" (ar17_122, ar18_332, ar18_333)
    (re.compile(fold("النادي")), ("Society", "Club")),
)


def described_source(text: str, start: int, end: int, named: str | None) -> Attribution | None:
    """The body last named, said again by its kind ("وقالت الوحدة في بيان" after the unit)."""
    if named is None:
        return None
    g = _GENERIC_ORG.search(text, start, end)
    if g is None or not any(rx.search(g.group()) for rx, _ in _KIND):
        return None
    return Attribution(named, g.start(), g.end(), generic=True) if _fits(g.group(), named) else None


def _fits(word: str, canonical: str) -> bool:
    """Whether a definite description ("الوزارة", "المفوضية") can name ``canonical``."""
    for rx, kinds in _KIND:
        if rx.search(word):
            return any(k in canonical for k in kinds)
    return True


_GENERIC_ORG = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:و|ف)?(?:قالت|أفادت|أعلنت|ذكرت|أكدت|أوضحت|أشارت|كشفت|بينت|أضافت|"
        r"لفتت|تابعت|وثقت|رصدت|أحصت|سجلت|قدرت|تقدر|نقلت|أوردت|نشرت)\s+(?:هذه\s+)?(?:المنظمة|"
        r"الوكالة|الهيئة|"
        r"الوزارة|المفوضية|الشبكة|البعثة|المديرية|الحملة|اللجنة|الجمعية|الوحدة|المؤسسة|الصحيفة|"
        r"الجريدة)"
        r"(?:\s+(?:الدولية|الأممية))?"
        r"(?![\u0621-\u064a])|(?<![\u0621-\u064a])هذه\s+المنظمة(?:\s+الدولية)?"
        # "وقال الجيش", "وأضافت الحركة": the army, party or government named before
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:قالت|أفادت|أعلنت|ذكرت|أكدت|أوضحت|أشارت|أضافت|تابعت)\s+"
        r"(?:الحركة|الحكومة|السلطات|الجماعة|القوات)(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:قال|أفاد|أعلن|ذكر|أكد|أوضح|أشار|أضاف|تابع)\s+"
        r"(?:الجيش|الحزب|المكتب|الائتلاف|المركز|المحافظ|الجهاز|النادي)(?![\u0621-\u064a])"
        # "وأضاف المصدر ذاته", "بحسب المصدر نفسه": the source just named
        r"|(?<![\u0621-\u064a])(?:و|ف|ب|ل)?ال(?:مصدر|مصادر|جهة)\s+(?:ذاته|ذاتها|نفسه|نفسها|المذكور|ذاتها)"
        r"(?![\u0621-\u064a])"
        # "ولفت المصدر إلى أن", "وأضاف المصدر": the source of the sentence before (ar11_008)
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:قال|أفاد|أضاف|أكد|أوضح|أشار|لفت|تابع|ذكر)\s+المصدر"
        r"(?![\u0621-\u064a])(?!\s+(?:في|من|ب|لدى|العسكري|الطبي|الأمني|المحلي))"
        # "ووفقا للمصدر، ...", "بحسب المصدر": the source just named, cited again
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:وفق|وفقا|بحسب|حسب|طبقا)\s*(?:ل|ال|لل)مصدر(?![\u0621-\u064a])"
        # "ووفق الوزارة، بلغت حصيلة": the body named before, cited by its kind (ar10_035)
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:وفق|وفقا|بحسب|حسب|طبقا)\s*(?:ل|ال|لل)(?:وزارة|منظمة|"
        r"وكالة|هيئة|مفوضية|شبكة|بعثة|مديرية)(?![\u0621-\u064a])"
        # "وأوضح المتحدث باسمها", "وقال مديرها", "المتحدث باسم المنظمة": its spokesman or head
        r"|(?<![\u0621-\u064a])(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة)\s+(?:الرسمي\s+|الرسمية\s+)?باسم"
        r"(?:ها|ه|\s+(?:المنظمة|الوكالة|الهيئة|الوزارة|الشبكة|البعثة|المديرية))(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أفاد|أفادت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|"
        r"أضافت|ذكر|ذكرت)\s+(?:مدير|مديرة|رئيس|رئيسة|مسؤول|مسؤولة)(?:ها|ه)(?![\u0621-\u064a])"
        # "وأضاف المتحدث أن", "وذكرت المحطة", "وذكر التقرير أن", "وأشار البيان إلى": the
        # speaker, station, report or statement of the body named before
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أفاد|أفادت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|"
        r"أضافت|ذكر|ذكرت|كشف|كشفت|بين|بينت|أظهر|أظهرت|لفت|لفتت|تابع|تابعت|رصد|يرصد|وثق|سجل)\s+"
        r"(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة|محطة|قناة|تقرير|بيان|إحصائية)(?![\u0621-\u064a])"
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:وفق|وفقا|بحسب|حسب|طبقا)\s*(?:ل|ال|لل)"
        r"(?:تقرير|تقارير|بيان|إحصائية|إحصائيات|بيانات|أرقام|معطيات|محطة|قناة|تحديث|نشرة)"
        r"(?![\u0621-\u064a])"
        # "وبحسب تقديراته": the figures of the body named before, by a pronoun
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:وفق|وفقا|بحسب|حسب|طبقا)\s*(?:ل)?(?:تقديرات|بيانات|"
        r"أرقام|إحصائيات|إحصاءات|معطيات|تقرير|بيان)(?:ه|ها)(?![\u0621-\u064a])"
        # "وتوزعت الإحصائية على", "وأظهرت الإحصائية أن": the statistic of the body named before
        r"|(?<![\u0621-\u064a])(?:و|ف)?[\u0621-\u064a]{3,7}\s+(?:ال)(?:إحصائية|إحصائيات|حصيلة)"
        r"(?![\u0621-\u064a])"
        # "وقالت ناتالي روبرتس من المنظمة الانسانية": a person of the body named before
        r"|(?<![\u0621-\u064a])(?:و|ف)?(?:قال|قالت|أفاد|أفادت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|"
        r"أضاف|أضافت|ذكر|ذكرت)(?:\s+[\u0621-\u064a]+){1,3}?\s+(?:من|في|لدى)\s+(?:ال)(?:منظمة|"
        r"وكالة|هيئة|شبكة|مفوضية|بعثة)(?![\u0621-\u064a])"
        # "مسؤول قسم شؤون العودة في الوزارة": an official of the body named before
        r"|(?<![\u0621-\u064a])(?:مسؤول|مسؤولة|مدير|مديرة|رئيس|رئيسة)(?:\s+[\u0621-\u064a]+){0,4}?\s+"
        r"(?:في|ب|لدى)\s*(?:ال)(?:وزارة|منظمة|مفوضية|وكالة|هيئة|شبكة|بعثة|مديرية)(?![\u0621-\u064a])"
    )
)


def opening_source(text: str, start: int, end: int, registry: SourceRegistry) -> Attribution | None:
    """The source named by a sentence that opens with a reporting verb ("وذكرت وزارة الصحة")."""
    v = _REPORT_VERB.match(text, start) or _AS_REPORTED.match(text, start)
    reach = 12
    if v is None:
        # "ووفق المرصد، ..."; "وكان المرصد قد أفاد ..."; "جاء ذلك في بيان للدفاع المدني"
        v = _OPENER.match(text, start)
        reach = 40
    if v is None:
        return None
    for m in mentions(text, v.end(), min(end, v.end() + 80), registry):
        if m.start - v.end() <= reach and (m.cued or not v.group().endswith(("كان", "كانت"))):
            return Attribution(m.canonical, m.start, m.end)
    return None


_OPENER = re.compile(
    fold(
        r"(?:و)?(?:وفق|وفقا\s+ل|بحسب|حسب|كان|كانت|جاء\s+ذلك|جاءت\s+(?:هذه|تلك)\s+\S+|"
        r"تأتي\s+هذه\s+\S+|وردت\s+(?:هذه\s+)?\S+|"
        r"تعود\s+(?:هذه\s+)?(?:الأرقام|الإحصاءات|الإحصائيات|البيانات|المعطيات))(?![\u0621-\u064a])"
    )
)


_AS_REPORTED = re.compile(
    fold(
        r"(?:و)?(?:حسبما|بحسب\s+ما|حسب\s+ما|وفق\s+ما|وفقا\s+لما)\s+"
        r"(?:نقل|ذكر|أفاد|أعلن|أورد|أوضح|أكد|وثق|أحصى)(?:ت)?(?:\s+(?:به|بها))?"
    )
)


def is_monitor(name: str | None) -> bool:
    return name in MONITORS
