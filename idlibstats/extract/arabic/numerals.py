"""Numbers in normalised Arabic text: digits, number words, scale words, duals, vague plurals.

Works on the output of :func:`~.normalize.normalize` (Western digits, folded letters).

Separators. Real copy writes the thousands separator and the decimal mark either way
("50.000" and "1,85 مليار" both occur). A comma or full stop followed by exactly three digits
groups thousands, unless it is the only separator and a scale word follows ("1.250 مليون" is
one and a quarter million); anything else (one, two or four-plus digits after the mark) is a
decimal mark. ``٬`` and ``٫`` are folded to ``,`` and ``.`` first and follow the same rule,
which reads them right.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from idlibstats.extract.arabic.lexicon import (
    CURRENCIES,
    DISTANCE_UNITS,
    DUAL_STEMS,
    MONTHS,
    SCALES,
    SMALL_NUMBERS,
    TIME_UNITS,
    VAGUE,
    WEEKDAYS,
)
from idlibstats.extract.arabic.measures import keywords
from idlibstats.extract.arabic.normalize import fold

__all__ = ["Number", "Token", "core", "find_numbers", "tokens"]

# "4ر22 مليون": "ر" as the decimal mark of Arabic wire copy, stored with the digit groups in
# display order (22.4)
# "(58،338)": the Arabic comma between digit groups (three digits after it) groups thousands
_TOKEN = re.compile(r"\d+ر\d+(?![\u0621-\u064a])|\d+(?:[.,]\d+|،\d{3}(?!\d))*|[\u0621-\u064a]+")
_CLITICS = ("وبال", "وال", "بال", "فال", "وب", "ول", "وك", "لل", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True)
class Token:
    """A word or digit run of Arabic text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def digit(self) -> bool:
        """Whether the token is a run of digits."""
        return self.text[0].isdigit()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and digit groups of ``text[start:end]`` (a clitic glued to digits is a word)."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def core(word: str, known: dict | frozenset | tuple | None = None) -> tuple[int, str]:
    """``(prefix length, word without its proclitic)``.

    The conjunctions و and ف, the prepositions ب ل ك and the article ال are stripped when
    what is left is in ``known`` (or, without ``known``, is at least two letters long).
    "لل" is ل + ال.
    """
    if known is not None and word in known:
        return 0, word
    for p in _CLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p) :]
            if p == "لل":
                rest = "ال" + rest
            if known is None or rest in known:
                return len(p) - (2 if p == "لل" else 0), rest
    return 0, word


@dataclass(frozen=True)
class Number:
    """A number found in the text (normalised offsets)."""

    start: int
    end: int
    value: float
    kind: str  # "numeral", "word", "dual", "vague"
    unit: str = "count"
    currency: str | None = None
    tok_end: int = 0  # index of the first token after the number


_PERCENT_WORDS = tuple(
    fold(w).split()
    for w in ("بالمئة", "بالمائة", "بالمية", "في المئة", "في المائة", "في المائه", "في المية")
)
_CURRENCY_KEYS = sorted(((k.split(), v) for k, v in CURRENCIES.items()), key=lambda x: -len(x[0]))
_MONTH_FIRST = {k.split()[0] for k in MONTHS}
_YEAR_BEFORE = frozenset(
    fold(w)
    for w in (
        "عام العام لعام بعام وعام سنة السنة منذ مطلع بداية نهاية أواخر أوائل منتصف خلال حتى "
        "وحتى في وفي إلى الى "
        # a year naming an event or a season: "خلال حرب 2006", "منذ أحداث 2011", "صيف 2014"
        "حرب الحرب أحداث ثورة الثورة انتخابات زلزال فيضانات تأسيس التأسيس انتفاضة اتفاق اتفاقية "
        "مؤتمر قمة موازنة ميزانية خطة صيف شتاء ربيع خريف موسم بحلول حلول"
    ).split()
)
# words that make a number word after them a year: "عام ألفين وستة عشر"
_YEAR_WORD_BEFORE = frozenset(
    p + fold(w) for p in ("", "و", "ل", "ب") for w in "عام العام سنة السنة".split()
)
_NOT_BEFORE = frozenset(
    fold(w)
    for w in (
        "الساعة رقم القرار قرار المادة الفقرة الطريق الفرقة اللواء الكتيبة الفوج العدد البند "
        "الدورة الجولة النسخة الصفحة الحلقة عمر العمر عمره عمرها بعمر سن بسن الطراز طراز "
        # names and ranks with a number (round-3 decisions): "شارع 4", "جنيف 1", "الرقم 5"
        "شارع جنيف الرقم المرتبة المركز إم دورته دورتها المدرعة "
        # models, calibres, phases and rounds of talks named by a number: "طائرات سو 24",
        # "إف 16", "دبابات تي 72", "عيار 120 ملم", "المرحلة 3", "أستانا 14"
        "سو ميغ إف اف تي عيار المرحلة أستانا سوتشي الطابق الشارع الكيلو كيلو الجزء جزء تحديث "
        # units named by a number with a proclitic before the article ("باللواء 56")
        "لواء فوج كتيبة فرقة"
    ).split()
)
# the floors of a building: "مبنى من 8 طوابق"
_STOREYS = frozenset(fold(w) for w in "طابق طابقا طوابق".split())
# superlatives before a number word rank things: "أعلى ست مناطق"
_RANK_FORMS = frozenset(
    p + fold(w) for p in ("", "و", "ف") for w in "أعلى أكبر أهم أبرز أفضل أخطر أوائل".split()
)
_ONE_NOT_AFTER = frozenset(
    fold(w)
    for w in (
        "عائلة أسرة يوم مرة وقت آن جهة دفعة ليلة كل شهر عام سنة أسبوع ساعة طرف فريق مكان "
        "صوت ناحية آن حد نوع شكل صف خط اتجاه مستوى رأي وقت لحظة"
    ).split()
)
_DUAL_VERBS = frozenset(fold(w) for w in "استشهدا قتلا أصيبا قضيا جرحا توفيا لقيا".split())
# plural -ين of these stems is also their dual: a dual only with a dual verb after
_AMBIGUOUS_DUAL = frozenset(
    fold(w) for w in "مدني مصاب مقاتل مواطن مسلح معتقل متطوع مسعف صحفي ممرض موظف".split()
)
# nationalities: the nominative -ان only is a dual, their -ين being a plural too: "استشهد
# فلسطينيان" (ar17_036), "كان فلسطينيان قد استشهدا" (ar21_362)
_AMONG_WORDS = frozenset(fold(w) for w in "بينهم منهم بينهن منهن".split())
_AN_DUAL_STEMS = frozenset(
    fold(w)
    for w in (
        "فلسطيني تركي مصري عراقي سوري لبناني أردني يمني ليبي سوداني صومالي تونسي مغربي "
        "جزائري أفغاني إيراني إسرائيلي"
    ).split()
)


_WEEKDAY_WORDS = frozenset(WEEKDAYS)
# weekdays with a proclitic ("والاثنين"): a set, so that every word is looked up once
_WEEKDAY_FORMS = frozenset(p + w for p in ("", "و", "ف", "ب", "ل", "وب") for w in WEEKDAYS)
_CONSTRUCT_DUAL = frozenset(fold(w) for w in "قذيفت غارت ضربت مجزرت".split())
_WRAP = ' ()"“”«»'  # brackets and quotes around digits: "(68) ألفًا", "“11” مليون"
_TIME_BEFORE = frozenset(
    fold(w) for w in "الأشهر الأيام الساعات السنوات الأعوام الأسابيع الدقائق الشهور".split()
)


def _digits(s: str, scale_follows: bool) -> float | None:
    if "ر" in s:
        frac, whole = s.split("ر")
        return float(f"{whole}.{frac}")
    if "،" in s:
        return float(re.sub(r"[.,،]", "", s)) if re.fullmatch(r"\d{1,3}(?:،\d{3})+", s) else None
    marks = re.findall(r"[.,]", s)
    if not marks:
        return float(s)
    groups = re.split(r"[.,]", s)
    thousands = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    if thousands and not (scale_follows and len(marks) == 1):
        return float("".join(groups))
    if len(marks) == 1:
        return float(groups[0] + "." + groups[1])
    return None  # "1.2.3": not a number


def _word(w: str) -> tuple[str, float, int]:
    """("small", value, 0), ("scale", multiplier, count), ("vague", value, 0) or ("", 0, 0)."""
    if w in SMALL_NUMBERS:
        return "small", SMALL_NUMBERS[w], 0
    if w in SCALES:
        m, c = SCALES[w]
        return "scale", m, c
    if w in _FRACTIONS:
        return "half", _FRACTIONS[w], 0  # "نصف مليون", "ربع مليون": with a scale word only
    return "", 0.0, 0


_FRACTIONS = {fold("نصف"): 0.5, fold("ربع"): 0.25}
# qualifiers before "الألف", "المائة", "المليون" (with the clitic stripped by ``core``)
_BOUND_BEFORE_ARTICLE = frozenset(
    fold(w)
    for w in (
        "يفوق تفوق فاق فاقت تجاوز تجاوزت يتجاوز تتجاوز تخطى تخطت يتخطى يتخطى قرابة نحو حوالي "
        "حوالى زهاء ناهز يناهز قارب يقارب حاجز عتبة"
    ).split()
)


def _dual_core(word: str, nxt: str | None) -> tuple[int, str | None]:
    """(prefix length, the dual noun) when ``word`` is a counted dual ("وسيدتين")."""
    if _dual(word, nxt):
        return 0, word
    for p in ("و", "ف", "ب", "ل", "وب", "ول"):  # "الجثتين" refers back: not a new figure
        if word.startswith(p) and _dual(word[len(p) :], nxt):
            return len(p), word[len(p) :]
    return 0, None


def _dual(w: str, nxt: str | None) -> bool:
    if w.endswith("تي") and w[:-1] in _CONSTRUCT_DUAL:
        return True  # "قذيفتي هاون", "غارتي": a dual in construct state
    for suf in ("ان", "ين"):
        if w.endswith(suf):
            stem = w[: -len(suf)]
            if stem in DUAL_STEMS:
                if suf == "ين" and stem in _AMBIGUOUS_DUAL:
                    return nxt in _DUAL_VERBS
                return True
            if suf == "ان" and stem in _AN_DUAL_STEMS:
                return True
    return False


def find_numbers(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> list[Number]:
    """Numbers in ``text[start:end]`` (normalised text), outside the ``masks`` spans.

    Examples
    --------
    >>> from idlibstats.extract.arabic.normalize import normalize
    >>> t = normalize("ارتفعت الحصيلة إلى 64 ألفا و871 شهيدا ومئتين وخمسة وأربعين ألفا").text
    >>> [(n.value, n.kind) for n in find_numbers(t, 0, len(t), [])]
    [(64871.0, 'numeral'), (245000.0, 'word')]
    """
    toks = tokens(text, start, end)
    out: list[Number] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if any(a <= t.start < b for a, b in masks):
            i += 1
            continue
        got = _parse(text, toks, i)
        if got is None:
            i += 1
            continue
        num, j = got
        if any(a < num.end and num.start < b for a, b in masks) or _not_a_figure(
            text, toks, i, j, num
        ):
            i = max(j, i + 1)
            continue
        out.append(_with_unit(text, toks, j, num))
        i = out[-1].tok_end
    return out


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


#: The first words of eleven and twelve, which are no numbers alone ("أحد المخيمات").
_TEEN_HEADS = {
    **dict.fromkeys((fold(w) for w in "أحد احد إحدى احدى".split()), 1.0),
    **dict.fromkeys((fold(w) for w in "اثنا اثني اثنتا اثنتي إثنا إثني".split()), 2.0),
}
_TENS_WORDS = frozenset((fold("عشر"), fold("عشرة")))


def _teen(
    text: str, toks: list[Token], i: int, conj: bool = False
) -> tuple[int, int, float] | None:
    """Eleven or twelve in words at token ``i``: (start, end, value), or None.

    Parameters
    ----------
    text : str
        Normalised text.
    toks : list of Token
        Its tokens.
    i : int
        The token of the first word ("اثنا", "إحدى", with "و" when ``conj``).
    conj : bool
        Whether the word must open with the conjunction ("مئتين واثني عشر").

    Returns
    -------
    tuple or None
        The offsets of both words and 11 or 12: "اثنا عشر" 12, "إحدى عشرة" 11.
    """
    if i + 1 >= len(toks) or toks[i + 1].text not in _TENS_WORDS:
        return None
    if _gap(text, toks[i], toks[i + 1]) != " ":
        return None
    word = toks[i].text
    if conj:
        p, w = (1, word[1:]) if word.startswith("و") else (0, "")
    else:
        p, w = core(word, _TEEN_HEADS)
    if w not in _TEEN_HEADS:
        return None
    return toks[i].start + p, toks[i + 1].end, 10.0 + _TEEN_HEADS[w]


def _parse(text: str, toks: list[Token], i: int) -> tuple[Number, int] | None:
    t = toks[i]
    n = len(toks)
    skip = 0  # tokens read with the first one ("عشر" of "اثنا عشر")
    nxt_text = toks[i + 1].text if i + 1 < n else None
    if t.digit:
        scale_next = (
            i + 1 < n
            and core(toks[i + 1].text, SCALES)[1] in SCALES
            and not _gap(text, t, toks[i + 1]).strip(_WRAP + "/")
        )
        v = _digits(t.text, scale_next)
        if v is None:
            return None
        s, e = t.start, t.end
        kind = "numeral"
        small: float | None = v
    elif (teen := _teen(text, toks, i)) is not None:
        s, e, small = teen  # "اثنا عشر", "إحدى عشرة"
        kind = "word"
        skip = 1
    else:
        if t.text in _WEEKDAY_FORMS:
            return None  # "يومي الأحد والاثنين": Monday, not two
        p, w = core(t.text, {**SMALL_NUMBERS, **SCALES, **VAGUE, **_FRACTIONS})
        if (
            w.startswith("ال")
            and SMALL_NUMBERS.get(w[2:], 0) >= 3
            and i > 0
            and toks[i - 1].text.endswith(("ها", "هم"))
            and not toks[i - 1].digit
        ):
            return Number(t.start + p, t.end, SMALL_NUMBERS[w[2:]], "word", tok_end=i + 1), i + 1
        if (
            w.startswith("ال")
            and (SCALES.get(w[2:], (0, 0))[1] == 1 or SMALL_NUMBERS.get(w[2:], 0) >= 10)
            and i > 0
            and core(toks[i - 1].text)[1] in _BOUND_BEFORE_ARTICLE
        ):
            # "يفوق الألف عائلة", "قرابة المائة", "تجاوز المليون": one hundred, thousand,
            # million... named with the article after a qualifier (round-3 decision)
            v = SCALES[w[2:]][0] if w[2:] in SCALES else SMALL_NUMBERS[w[2:]]
            return Number(t.start + p, t.end, v, "word", tok_end=i + 1), i + 1
        art = w.startswith("ال") and w[2:] in {**SCALES, **VAGUE}
        if art:
            w = w[2:]
        kind_w, v, cnt = _word(w)
        if w in VAGUE and (kind_w != "scale" or cnt == 0):
            return _vague(text, toks, i, p)
        if art and not (kind_w == "scale" and cnt == 2):
            return None
        if kind_w == "":
            pd, wd = _dual_core(t.text, nxt_text)
            if wd is not None and SMALL_NUMBERS.get(core(nxt_text or "", SMALL_NUMBERS)[1]) == 2:
                return None  # "مواطنان اثنان": the number word is the figure
            if wd is not None and wd[:-2] in _AN_DUAL_STEMS:
                prev = toks[i - 1].text if i > 0 else ""
                if (
                    (pd and t.text[:pd] != "و")  # "لتركيان" (ar3_141): "لتركيا", a stray letter
                    or (
                        i > 0
                        and (toks[i - 1].digit or (len(prev) > 4 and prev.endswith(("ان", "ين"))))
                    )
                    or prev in _AMONG_WORDS  # "69 مهاجرا، بينهم مصريان": left to the count
                ):
                    return None  # "ضابطان عراقيان", "2 فلسطينيان": an adjective of a count
            if wd is not None:
                return Number(t.start + pd, t.end, 2.0, "dual", tok_end=i + 1), i + 1
            return None
        if kind_w == "small" and v == 1:
            prev = toks[i - 1].text if i > 0 else ""
            if i == 0 or toks[i - 1].digit or core(prev)[1] in _ONE_NOT_AFTER or nxt_text == "من":
                return None
        if kind_w == "small" and v == 2 and i > 0 and toks[i - 1].text in ("يوم", "ويوم"):
            return None  # "يوم الاثنين" is Monday
        if w in ("عشر", "عشرة") and i > 0 and toks[i - 1].text.startswith(("ال", "لل")):
            return None  # "اليوم الرابع عشر": an ordinal
        s, e = t.start + p, t.end
        kind = "word"
        small = v if kind_w in ("small", "half") else None
        if kind_w == "scale":
            if cnt == 0:
                return None  # "آلاف" without a number before it is a vague plural
            small = None
    total = 0.0
    last = math.inf
    if small is None:  # a scale word alone: "ألف", "مليونين"
        total, last = cnt * v, v
    j = i + 1 + skip
    unit = math.inf  # the last unit added ("ستة" of "مائة وستة"), which "عشر" may make a teen
    undo: tuple[int, int] | None = None  # where the number ends if the last "و..." is not its
    while j < n:
        j0, e0 = j, e
        a = toks[j]
        gap = _gap(text, toks[j - 1], a)
        p, w = core(a.text, {**SMALL_NUMBERS, **SCALES})
        conj = (p == 1 and a.text[0] == "و") or (
            j + 1 < n and a.text == "و" and not _gap(text, a, toks[j + 1]).strip(" (")
        )
        # "/ 68/ الفا و519": a slash between the digits and their scale word
        plain_gap = not gap.strip(_WRAP + "/" if w in SCALES and toks[j - 1].digit else _WRAP)
        if (
            a.text == "واحد"
            and small is None
            and last < math.inf
            and j + 1 < n
            and toks[j + 1].text in ("عشر", "عشرة")
        ):
            small, e = 11.0, toks[j + 1].end  # "ألفين وأحد عشر" (folded "وأحد" reads "واحد")
            j += 2
            break
        if a.text == "و" and conj:  # "و300", "و (120)": the digits are the next token
            j += 1
            a = toks[j]
            gap = _gap(text, toks[j - 1], a)
            p, w = 0, a.text
        if a.digit and not conj and small is None and last == 1e3 and gap == " ":
            v2 = _digits(a.text, False)
            after = toks[j + 1].text if j + 1 < n else ""
            if v2 is not None and v2 < 1e3 and core(after, SCALES)[1] not in SCALES:
                small, e = v2, a.end  # "74 ألفا 744 شخصا": the conjunction left out
                j += 1
                break
        if a.digit:
            if not conj or small is not None or not gap.strip(" ()") == "":
                j = j0
                break
            v2 = _digits(a.text, False)
            if v2 is None or v2 >= last:
                j = j0
                break
            small, e, undo = v2, a.end, (j0, e0)
            j += 1
            continue
        teen = _teen(text, toks, j, conj=True)
        if teen is not None and kind == "word" and (small is not None or last < math.inf):
            small, e = (small or 0.0) + teen[2], teen[1]  # "مئتين واثني عشر", "مليون واثنا عشر"
            j += 2
            continue
        kind_w, v2, cnt = _word(w)
        if a.text == "ونصف" and small is None and last < math.inf and plain_gap:
            total += last / 2  # "مليون ونصف المليون": one and a half million
            e, j = a.end, j + 1
            w2 = toks[j].text if j < n else ""
            w2 = w2 if w2 in SCALES else w2[2:]  # "ونصف المليون", "ونصف مليون"
            if w2 in SCALES and SCALES[w2][0] == last:
                e, j = toks[j].end, j + 1
            break
        if (
            kind_w == "scale"
            and cnt == 1
            and v2 == 1e3
            and kind == "numeral"
            and small is not None
            and small >= 1e4
            and total == 0
            and re.fullmatch(r"\d+", toks[i].text)
        ):
            e, j = a.end, j + 1  # "37184 الف نازح": a stray scale word after the full count
            break
        if kind_w == "scale" and not conj and plain_gap and small is not None:
            if v2 >= last:
                if undo is not None:  # "بين 10 آلاف و20 ألف": two numbers, not 10,020
                    (j, e), small = undo, None
                break
            total += small * v2
            small, last, e = None, v2, a.end
            j += 1
            continue
        if kind_w == "scale" and conj and small is None and cnt and v2 < last:
            total += cnt * v2  # "مليون وألفين"
            last, e = v2, a.end
            j += 1
            continue
        if kind_w == "small" and conj and (gap.strip() in ("", "،", ",") or plain_gap):
            if small is None and v2 < last and (gap.strip() == "" or last < math.inf):
                small, e, undo = v2, a.end, (j0, e0)  # "ألفين و494"; "مليونين و4 آلاف، و66"
                j += 1
                continue
            if small is not None and kind == "word" and v2 < 1000:
                small += v2  # "خمسة وأربعين", "مائة وثلاثين"
                unit = v2
                e = a.end
                j += 1
                continue
        if (
            (a.text == "عشر" or a.text == "عشرة")
            and small is not None
            and kind == "word"
            and (small < 10 or unit < 10)
            and plain_gap
        ):
            small += 10  # "ثلاثة عشر", "مائة وستة عشر"
            unit = math.inf
            e = a.end
            j += 1
            continue
        break
    value = total + (small or 0.0)
    if value <= 0 or (kind == "word" and value < 1 and last == math.inf):
        return None  # "نصف" without a scale word is not a count
    # parentheses around digits belong to the phrase: "(68) ألفًا و(234)"
    if s > 0 and text[s - 1] == "(" and text[e : e + 1] == ")":
        s, e = s - 1, e + 1
    elif s > 0 and text[s - 1] == "(" and re.match(r"\)", text[toks[i].end : toks[i].end + 1]):
        s -= 1
    if (
        e < len(text)
        and text[e] == ")"
        and "(" in text[s:e]
        and text[s:e].count("(") > text[s:e].count(")")
    ):
        e += 1
    return Number(s, e, value, kind, tok_end=j), j


def _vague(text: str, toks: list[Token], i: int, p: int) -> tuple[Number, int]:
    t = toks[i]
    _, w = core(t.text, VAGUE)
    w = w[2:] if w.startswith("ال") and w[2:] in VAGUE else w
    value = VAGUE[w]
    e, j = t.end, i + 1
    if w in ("عشرات", "مئات", "بضعة", "بضع") and j < len(toks):
        w2 = toks[j].text
        w2 = w2[2:] if w2 not in SCALES and w2.startswith("ال") else w2
        if w2 in SCALES and not _gap(text, t, toks[j]).strip():
            value *= SCALES[w2][0]  # "عشرات الآلاف" 20,000; "مئات الآلاف" 200,000
            e, j = toks[j].end, j + 1
    return Number(t.start + p, e, value, "vague", tok_end=j), j


# "من 3 إلى 9 أغسطس" (folded: "الي"); "من 22 ـ 28 يناير": the tatweel used as a dash is
# dropped by normalisation, leaving two spaces
_DAY_LIST = re.compile(
    r"(?:\s*(?:و|-|–|إلى|الى|الي|حتى|حتي)\s*|\s{2,})\d{1,2}\s+(?:من\s+)?(?:"
    + "|".join(sorted((re.escape(k.split()[0]) for k in MONTHS), key=len, reverse=True))
    + ")"
)
_HYPHEN_DATE = re.compile(
    r"(?<![\d-])(?:\d{1,2}-\d{1,2}-(?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2})(?![\d-])"
)
_YEAR_PAIR = re.compile(r"(?<![\d.,])(?:19|20)\d\d\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d)(?![\d]|[.,]\d)")
_AGE_SPAN = re.compile(
    r"\s*(?:و|-|–|إلى|الى|الي|حتى|حتي)\s*\d+\s+(?:"
    + "|".join(sorted((re.escape(k) for k in TIME_UNITS), key=len, reverse=True))
    + fold(r"|عاما|أعوام|سنة|سنوات)(?![\u0621-\u064a])")
)
_CLOCK_AFTER = re.compile(fold(r"\s+(?:ب)?توقيت(?![\u0621-\u064a])"))  # "01,17 بتوقيت جرينتش"
_SCALE_READING = re.compile(fold(r"\s+(?:درجة\s+|درجات\s+)?على\s+مقياس(?![\u0621-\u064a])"))
_ORDINAL_DAY_BEFORE = re.compile(
    fold(
        r"(?<![\u0621-\u064a])(?:ل|و|في\s+)?(?:لل|ال)(?:يوم|شهر|أسبوع|عام|سنة|ليلة|ذكرى|جولة|"
        r"دورة|مرة|حلقة|طابق|قمة|نسخة)(?:ها|ه)?\s*ال\s*$"
    )
)
# a year is not followed by the noun of what is counted: "إلى 1916 قتيلاً"
_COUNTED_AFTER = re.compile(
    fold(
        r"\s*(?:قتيل|قتيلا|قتلى|شهيد|شهيدا|شهداء|جريح|جريحا|جرحى|مصاب|مصابا|مصابين|شخص|شخصا|"
        r"أشخاص|مدني|مدنيا|مدنيين|طفل|طفلا|أطفال|نازح|نازحا|نازحين|لاجئ|لاجئا|لاجئين|غارة|"
        r"مجزرة|عائلة|أسرة|امرأة|سيدة|حالة|حالات)(?![\u0621-\u064a])"
    )
)


_DAY_OF_MONTH_BEFORE = frozenset(
    fold(w) for w in ("في", "حتى", "منذ", "يوم", "ليل", "مساء", "صباح")
)


def _not_a_figure(text: str, toks: list[Token], i: int, j: int, num: Number) -> bool:
    """Dates, years, durations, ages, distances, times, codes."""
    nxt = toks[j] if j < len(toks) else None
    if i > 0 and toks[i - 1].text in _RANK_FORMS:
        return True  # "أعلى ست مناطق": a rank
    if num.kind == "word" and i > 0 and toks[i].text.startswith(fold("وال")):
        if toks[i - 1].text.startswith(fold("ال")) and not toks[i - 1].digit:
            return True  # "القرن الحادي والعشرين", "الساعات الأربع والعشرين": definite compounds
    if (
        nxt is not None
        and nxt.text == "من"
        and j + 1 < len(toks)
        and toks[j + 1].text == fold("الشهر")
    ) or (
        nxt is not None
        and nxt.text == fold("الشهر")
        and num.value <= 31
        and i > 0
        and toks[i - 1].text in _DAY_OF_MONTH_BEFORE
    ):
        return True  # "حتى 24 من الشهر الجاري", "في 17 الشهر الماضي": a day of the month
    if (
        num.kind == "word"
        and 1900 <= num.value <= 2100
        and i > 0
        and toks[i - 1].text in _YEAR_WORD_BEFORE
    ):
        return True  # "منذ عام الفين وستة عشر": a year in words
    if num.kind == "numeral" and _code_like(text, toks, i, num):
        return True
    if num.kind == "numeral" and num.end - num.start in (2, 4):
        y = _YEAR_PAIR.search(text, max(0, num.start - 7), num.end + 7)
        if (
            y is not None
            and y.start() <= num.start
            and num.end <= y.end()
            and not _COUNTED_AFTER.match(text, y.end())
        ):
            return True  # "الخطة الخمسية 2020-2025", "موسم 2011/2012": a span of years
    after = core(nxt.text, TIME_UNITS)[1] if nxt is not None else ""
    # '"72" ساعة': quotes around the digits do not hide the time unit after them, nor the
    # slashes of an age ("استشهاد روشان أمين /35/عاما", ar10_009)
    if nxt is not None and not _gap(text, toks[j - 1], nxt).strip(_WRAP + "/"):
        weekday = j + 1 < len(toks) and toks[j + 1].text in _WEEKDAY_WORDS
        unit = core(nxt.text, DISTANCE_UNITS)[1]
        if unit.startswith("ال"):
            unit = unit[2:]  # "مئات الكيلومترات"
        if (after in TIME_UNITS and not weekday) or unit in DISTANCE_UNITS or unit in _STOREYS:
            return True  # "1400 يوم الثلاثاء" is a count on a Tuesday, not 1400 days
        if nxt.text in _MONTH_FIRST or core(nxt.text, _MONTH_FIRST)[1] in _MONTH_FIRST:
            return True
        if nxt.text == "من" and j + 1 < len(toks) and toks[j + 1].text in _MONTH_FIRST:
            return True
        if nxt.text in ("ه", "هجري", "هجرية", "م", "ميلادي", "ميلادية"):
            return True
    if num.kind == "numeral" and _AGE_SPAN.match(text, num.end):
        return True  # "تتراوح أعمارهما بين 10 و12 عاما": the span of an age or a duration
    if _SCALE_READING.match(text, num.end) or _CLOCK_AFTER.match(text, num.end):
        return True  # "6.4 على مقياس ريختر": a reading on a scale
    if num.kind == "numeral" and num.value <= 31 and _DAY_LIST.match(text, num.end):
        return True  # "يومي 1 و2 تشرين الثاني", "ما بين 1و9 أيلول": days of a month
    if num.kind == "numeral" and _ORDINAL_DAY_BEFORE.search(
        text, max(0, num.start - 16), num.start
    ):
        return True  # "لليوم ال 401", "في يومها الـ40": an ordinal
    if num.kind == "numeral":
        tok = toks[i]
        around = text[max(0, num.start - 1) : num.start] + text[num.end : num.end + 1]
        if re.search(r"[/\\:\d]", around.replace("(", "").replace(")", "")) and re.search(
            r"\d[/\\:]\d", text[max(0, num.start - 3) : num.end + 3]
        ):
            return True  # 15/3/2018, 11\10\2025 (ar11_031), 10:30
        prev = toks[i - 1].text if i > 0 else ""
        if core(prev)[1] in _NOT_BEFORE or prev in _NOT_BEFORE:
            return True
        if i > 1 and prev == "ال" and core(toks[i - 2].text)[1] in _NOT_BEFORE:
            return True  # "بدورته الـ 62": an edition
        if i > 1 and prev == "ال" and core(toks[i - 2].text)[1] in _TIME_BEFORE:
            return True  # "في الأشهر الـ17 الأخيرة"
        if core(prev)[1] in _TIME_BEFORE and not _gap(text, toks[i - 1], tok).strip():
            return True
        v = num.value
        if (
            v == int(v)
            and 1900 <= v <= 2100
            and "," not in tok.text
            and "." not in tok.text
            and not _COUNTED_AFTER.match(text, num.end)
        ):
            prev_core = core(prev)[1] if prev else ""
            gap = text[toks[i - 1].end : tok.start] if i > 0 else ""
            if (
                prev in _YEAR_BEFORE
                or prev_core in _YEAR_BEFORE
                or prev in MONTHS
                or prev in _MONTH_FIRST
                or core(prev, _MONTH_FIRST)[1] in _MONTH_FIRST  # "ديسمبر 2014 ويناير 2015"
                or (i > 1 and f"{toks[i - 2].text} {prev}" in MONTHS)
                or ")" in gap
                or i == 0
                and nxt is None
            ):
                return True
    return False


_QUOTED_NAME = re.compile(r"[\"“”«″]\s*[\u0621-\u064a]{3,}$")
_QUOTE_AFTER = re.compile(r"\s*[\"“”»″]")


def _code_like(text: str, toks: list[Token], i: int, num: Number) -> bool:
    """Codes, phone numbers and citation marks written with digits.

    "كوفيد-19", "سو-24" (a word and a hyphen glued to the digits); "0933123456" (a leading
    zero); "+963 11 2234567" (a plus sign, or a digit group beside another one with only a
    space between them); "[3]" (a citation mark of a copied web page).
    """
    tok = toks[i]
    before = text[max(0, num.start - 2) : num.start]
    if len(before) == 2 and before[1] == "-" and before[0].isalpha():
        return True
    if before[-1:].isascii() and before[-1:].isalpha():
        return True  # "M5", "KG2": a Latin letter glued to the digits
    d = _HYPHEN_DATE.search(text, max(0, num.start - 11), num.end + 11)
    if d is not None and d.start() <= num.start and num.end <= d.end():
        return True  # "بتاريخ 12-5-2019", "2019-05-12"
    if before[-1:] == "+" or (len(tok.text) >= 4 and tok.text[0] == "0" and tok.text.isdigit()):
        return True
    if before[-1:] == "[" and text[num.end : num.end + 1] == "]":
        return True
    name = _QUOTED_NAME.search(text, max(0, num.start - 20), num.start)
    if name is not None and _QUOTE_AFTER.match(text, num.end):
        # 'لـ “دارفور24″': an outlet named with a number, in quotes ('"استشهاد24"' still counts)
        return not keywords(text, name.start() + 1, num.start)
    beside = [
        toks[k]
        for k in (i - 1, i + 1)
        if 0 <= k < len(toks)
        and toks[k].digit
        and text[min(toks[k].end, tok.end) : max(toks[k].start, tok.start)] == " "
    ]
    return bool(beside) and tok.text.isdigit() and all(b.text.isdigit() for b in beside)


def _with_unit(text: str, toks: list[Token], j: int, num: Number) -> Number:
    """Extend a number over its percent sign or word, or its currency."""
    rest = text[num.end : num.end + 3]
    m = re.match(r"\s?%", rest)
    if m:
        return Number(num.start, num.end + m.end(), num.value, num.kind, "percent", None, j)
    words = [t.text for t in toks[j : j + 3]]
    for pw in _PERCENT_WORDS:
        if words[: len(pw)] == pw and _tight(text, toks, j, len(pw), num.end):
            e = toks[j + len(pw) - 1].end
            return Number(num.start, e, num.value, num.kind, "percent", None, j + len(pw))
    for cw, code in _CURRENCY_KEYS:
        if words[: len(cw)] == cw and _tight(text, toks, j, len(cw), num.end):
            e = toks[j + len(cw) - 1].end
            return Number(num.start, e, num.value, num.kind, "money", code, j + len(cw))
    if text[max(0, num.start - 1) : num.start] == "$":
        return Number(num.start - 1, num.end, num.value, num.kind, "money", "USD", j)
    return num


def _tight(text: str, toks: list[Token], j: int, k: int, end: int) -> bool:
    if j + k > len(toks) or text[end : toks[j].start].strip():
        return False
    return all(not _gap(text, toks[a - 1], toks[a]).strip() for a in range(j + 1, j + k))
