"""Arabic qualifiers -> the contract's qualifiers (bounds come from the shared rule).

| words | qualifier |
|---|---|
| أكثر من، ما يزيد عن/على، أزيد من، يربو على، تجاوز، تخطى، يفوق، فاق، ونيف | more_than |
| ما لا يقل عن، لا يقل عن، على الأقل، على أقل تقدير (before the number or after the noun)، فأكثر، أو أكثر | at_least |
| نحو، حوالي، قرابة، ما يقارب (من)، يقارب، زهاء، ما يناهز، تقريبا، ما يقدر بنحو | approx |
| ما يقرب من، يقترب من، أقل من، قارب (verb: "approached") | less_than |
| حتى، ما يصل إلى، لا يتجاوز | at_most |
| بين X و Y، من X إلى Y | range |

``قرابة`` ("nearness") is read as approx, not as an upper bound: in the dev set's copy it
introduces round figures the way "some"/"about" does ("قرابة مليون نازح"), and the issue lists
it with the approx words; ``ما يقرب من`` and ``يقترب من`` ("approaching") are upper bounds, like
English "nearly".
"""

from __future__ import annotations

import re

from idlibstats.extract.arabic.normalize import fold

__all__ = ["left_qualifier", "right_qualifier", "range_join"]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(fold(pattern))


_P = r"(?:و|ف|ب|ل)?"  # a proclitic glued to the qualifier ("بأكثر من")
_LEFT = [
    ("at_most", _rx(_P + r"(?:لا|لم|لن)\s+(?:ي|ت)(?:تجاوز|تعدى|زيد\s+(?:عن|على))\s*$")),
    ("approx", _rx(_P + r"(?:ما\s+)?(?:ي|ت)قدر\s+ب\s*(?:نحو|حوالي|حوالى)?\s*$")),
    ("at_least", _rx(_P + r"(?:ما\s*)?لا\s*(?:ي|ت)قل\s+(?:عدد\w*\s+)?عن\s*$")),
    ("at_least", _rx(r"على\s+الأقل\s*$")),
    ("more_than", _rx(_P + r"(?:ما\s+)?(?:ي|ت)زيد\s+(?:عددهم\s+|عددها\s+)?(?:عن|على)\s*$")),
    ("more_than", _rx(_P + r"(?:أكثر|أزيد)\s*من\s*$")),  # "لأكثرمن 700 ألف"
    ("more_than", _rx(_P + r"(?:ما\s+)?(?:ي|ت)ربو\s+(?:عن|على)\s*$")),
    (
        "more_than",
        _rx(
            r"(?<!\w)"
            + _P
            + r"(?:(?:ي|ت|م)?تجاوز(?:ت|ا|وا)?|(?:ي|ت)?تخطى|تخطت|(?:ي|ت)فوق|فاق|فاقت)\s*$"
        ),
    ),
    ("less_than", _rx(_P + r"(?:ما\s+)?(?:ي|ت)قرب\s+من\s*$")),
    ("less_than", _rx(_P + r"(?:ي|ت)قترب\s+من\s*$")),
    ("less_than", _rx(_P + r"أقل\s+من\s*$")),
    ("less_than", _rx(_P + r"(?:ي|ت)?شارف(?:ت)?\s+على\s*$")),
    ("approx", _rx(r"~\s*$")),
    ("less_than", _rx(r"(?<!\w)(?:و)?قارب(?:ت)?\s*$")),
    ("at_most", _rx(_P + r"ما\s+(?:ي|ت)صل\s+(?:إلى|الى)\s*$")),
    ("at_most", _rx(r"(?<!\w)(?:و)?حتى\s*$")),
    ("approx", _rx(_P + r"(?:نحو|حوالي|حوالى|قرابة|زهاء|تقريبا)\s*$")),
    ("approx", _rx(_P + r"(?:ما\s+)?(?:ي|ت)(?:قارب|ناهز)(?:\s+(?:من|عن))?\s*$")),
]
# a qualifier verb with the counted thing between it and the number:
# "تجاوز عددهم بالأردن 608 آلاف", "قارب عدد اللاجئين ... المليوني شخص"
_FAR = _rx(
    r"(?<!\w)(?:و)?(?:(?P<most>(?:لا|لم)\s+(?:ي|ت)تجاوز)|(?P<more>(?:ي|ت)?تجاوز(?:ت)?|(?:ي|ت)?تخطى|"
    r"تخطت|(?:ي|ت)فوق|فاق)|"
    r"(?P<less>قارب(?:ت)?|(?:ي|ت)قترب)|(?P<approx>(?:ي|ت)قارب|(?:ي|ت)ناهز))\s+(?:عدد|أعداد)"
    r"[^\d،,.;:]{0,90}$"
)
_RIGHT = [
    # not "نزحوا مرة واحدة على الأقل": at least once; "في الأقل" too ("مقتل سبعة أشخاص
    # في الأقل", ar22_064; "إصابة 106 آخرين في الأقل", ar20_311)
    (
        "at_least",
        # "على اقل", the article dropped (ar10_013)
        _rx(
            r"^\s*(?:(?!مرة|مرات|واحدة)[^\s\d،,.;:]+\s+){0,3}?(?:على\s+(?:الأقل|أقل\s+تقدير|"
            r"أقل(?![\u0621-\u064a])(?!\s+(?:من|عدد)))|في\s+الأقل(?![\u0621-\u064a]))"
        ),
    ),
    ("at_least", _rx(r"^\s*(?:[^\s\d،,.;:]+\s+){0,2}?(?:فأكثر|أو\s+أكثر)(?!\w)")),
    ("approx", _rx(r"^\s*(?:[^\s\d،,.;:]+\s+){0,2}?تقريبا(?!\w)")),
    ("more_than", _rx(r"^\s*(?:و\s*)?ن[يى]ف(?!\w)")),
]


def left_qualifier(text: str, start: int, floor: int) -> tuple[str | None, int]:
    """Qualifier written before the number at ``start``: (qualifier, new phrase start).

    Examples
    --------
    >>> t = fold("نزوح أكثر من 400 ألف")
    >>> left_qualifier(t, t.index("400"), 0)
    ('more_than', 5)
    """
    number_start = start
    while start > floor and text[start - 1] in ' ("“”«»':  # "قرابة “11” مليون", "( 24495 )"
        start -= 1
    if text[max(floor, start - 3) : start] == "ال ":  # "تجاوز ال 570 ألف"
        start -= 3
    elif text[max(floor, start - 2) : start] == "ال":
        start -= 2
    while start > floor and text[start - 1] == " ":
        start -= 1
    window = text[max(floor, start - 40) : start]
    base = start - len(window)
    for q, rx in _LEFT:
        m = rx.search(window)
        if m is not None:
            s = base + m.start()
            # the proclitic stays out of the phrase ("بأكثر من" -> "أكثر من")
            if text[s] in "وفبل" and re.match(r"[وفبل](?:ا|م|ن|ح|ق|ز|ي|ت|أ)", text[s : s + 2]):
                word = text[s + 1 : base + m.end()]
                if _bare(word):
                    s += 1
            if q == "approx":
                # "ما يزيد عن نحو1.8 مليون": the bound wins over the estimate
                outer = text[max(floor, s - 30) : s]
                for q2, rx2 in _LEFT:
                    m2 = rx2.search(outer.rstrip() + " ") if q2 != "approx" else None
                    if m2 is not None and q2 in ("more_than", "less_than", "at_least", "at_most"):
                        return q2, s - len(outer) + m2.start()
            return q, s
    m = _FAR.search(text[max(floor, start - 120) : start])
    if m is not None:
        q = (
            "at_most"
            if m.group("most")
            else "more_than"
            if m.group("more")
            else "approx"  # "يقارب عدد النازحين داخليا ... 10 مليون شخص"
            if m.group("approx")
            else "less_than"
        )
        return q, number_start
    return None, number_start


def _bare(word: str) -> bool:
    """``word`` (clitic removed) starts a known qualifier."""
    return any(rx.match(word) for _, rx in _LEFT)


def right_qualifier(text: str, end: int, ceil: int) -> str | None:
    """Qualifier after the number and its noun ("13 مدنياً على الأقل")."""
    window = text[end:ceil]
    for q, rx in _RIGHT:
        if rx.search(window):
            return q
    if not window.strip() and _SET_OFF.match(text, ceil):
        return "at_least"  # "20 ألفا، على الأقل، إلى السودان": set off by commas
    return None


# "قتل 4 أشخاص، على الأقل، وأصيب 9" (ar22_166), "فر 20 ألفا، على الأقل، إلى السودان"
# (ar23_172): the bound between two commas right at the clause end
_SET_OFF = _rx(r"[،,]\s*(?:على|في)\s+الأقل\s*(?:[،,.]|$)")


_BETWEEN = _rx(r"(?<!\w)(?:(?:ما|يتراوح|تتراوح|تراوح|تراوحت)\s+)?(?:ما\s+)?بين\s*$")
_FROM = _rx(r"(?<!\w)من\s*$")
_ABOUT = _rx(r"(?<!\w)(?:ب|ل)?(?P<q>(?:ما\s+يقدر\s+ب)?(?:نحو|حوالي|حوالى|قرابة))\s*$")
_CHANGE = _rx(
    r"(?:ارتفع|ارتفعت|ارتفاع|تراجع|تراجعت|انخفض|انخفضت|زاد|ازداد|صعد|قفز|ارتفعت)[^\d]{0,40}$"
)
_AND = re.compile(r"^\s*و\s*$")
_TO = _rx(r"^\s*(?:إلى|الى|-|–)\s*$")


def range_join(text: str, a_start: int, a_end: int, b_start: int, floor: int) -> int | None:
    """Start of a range "بين X و Y" / "من X إلى Y" whose ends are the two numbers, or None."""
    gap = text[a_end:b_start]
    before = text[max(floor, a_start - 20) : a_start]
    if _AND.match(gap) and (m := _BETWEEN.search(before)):
        return a_start - len(before) + m.start()
    if _TO.match(gap) and (m := _BETWEEN.search(before)):  # "ما يتراوح بين 2000 إلى 3000"
        return a_start - len(before) + m.start()
    if _TO.match(gap):
        # "من 55 إلى 65"; an estimate of a range is a range: "نحو 35 إلى 37 ألف"
        m = _FROM.search(before) or _ABOUT.search(before)
        if m is not None and not _CHANGE.search(text[max(floor, a_start - 60) : a_start]):
            # the clitic of "بحوالي" stays out of the phrase
            return a_start - len(before) + (m.start("q") if m.re.groupindex else m.start())
        if gap.strip() in ("-", "–"):
            return a_start
    return None
