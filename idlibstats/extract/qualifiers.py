"""Qualifiers around a number ("more than", "at least", "up to", "-plus") and ranges.

Strict and inclusive bounds are kept apart: "more than 1,300" is ``more_than`` and "at least
1,300" is ``at_least``. "over" is a qualifier unless it follows a word of control ("gained
control over 24 villages"), where it is a plain preposition and the figure stays exact.
Hand-written because no quantity parser keeps these bounds apart (quantulum3 drops them).
"""

from __future__ import annotations

import re

from idlibstats.extract.text import may_end_with

_LEFT = {
    "more_than": (
        "more than",
        "over",
        "upwards of",
        "upward of",
        "in excess of",
        "above",
        "exceeding",
        "just over",
        "well over",
        "just above",
        "well above",
        "beyond",
        "surpassing",
        "topping",
        "north of",
        "more then",
        # verbs of passing a figure: "now exceeds 2 million", "crosses the 9,000 mark"
        "exceeds",
        "exceeded",
        "exceed",
        "exceeds the",
        "exceeded the",
        "exceeding the",
        "topped",
        "tops",
        "topped the",
        "surpassed",
        "surpasses",
        "surpassed the",
        "surpassing the",
        "crossed the",
        "crosses the",
        "crossing the",
        "passed the",
        "passes the",
    ),
    "at_least": (
        "at least",
        "at least another",
        "at least a further",
        "at least an additional",
        "no fewer than",
        "no less than",
        "not less than",
        "a minimum of",
        "not fewer than",
        "minimum of",
        "at the very least",
    ),
    "less_than": (
        # the contract: "nearly"/"almost" N means below N, an upper bound
        "nearly",
        "almost",
        "less than",
        "fewer than",
        "under",
        "below",
        "just under",
        "just below",
        "shy of",
        "short of",
        "just shy of",
        "not quite",
        "well under",
        "well below",
        "approaching",
        "nearing",
        "close on",
    ),
    "at_most": (
        "at most",
        "up to",
        "no more than",
        "not more than",
        "a maximum of",
        "as many as",
        "maximum of",
        "at the most",
    ),
    "approx": (
        "about",
        "around",
        "some",
        "roughly",
        "approximately",
        "an estimated",
        "close to",
        "approx.",
        "approx",
        "circa",
        "c.",
        "around about",
        "an approximate",
        "about some",
        "~",
        "more or less",
        "in the region of",
        "on the order of",
        "just about",
        "a rough",
        "roughly some",
        "the estimated",
        "an estimated total of",
    ),
}
_LEFT_MAP = {w: q for q, ws in _LEFT.items() for w in ws}
_LEFT_RE = re.compile(
    r"(?:^|(?<=[^a-z.~]))(?P<q>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_LEFT_MAP, key=len, reverse=True)
    )
    + r")\s*$"
)
# the last words of the qualifiers: a window whose text does not end with one holds no
# _LEFT_RE match (a str test instead of trying its alternatives at every position)
_LEFT_LAST = tuple(sorted({w.split()[-1] for w in _LEFT_MAP}))
_RIGHT = [
    (re.compile(r"\+(?!\s*\d)"), "more_than"),  # "1,300+", not "the 5+1 talks"
    (re.compile(r"\s*-\s*plus(?![\w])|\s+plus(?![\w])(?!\s+\d)"), "more_than"),
    (
        re.compile(
            r"\s+or\s+more(?![\w])|\s+and\s+more(?![\w])|\s+or\s+above(?![\w])|"
            r"\s+and\s+above(?![\w])|,?\s+at\s+least(?![\w])|\s+or\s+higher(?![\w])"
        ),
        "at_least",
    ),
    (
        re.compile(
            r"\s+or\s+(?:fewer|less)(?![\w])|\s+at\s+most(?![\w])|\s+at\s+the\s+most(?![\w])"
        ),
        "at_most",
    ),
    (re.compile(r"\s+or\s+so(?![\w])|\s*-\s*odd(?![\w])|\s+odd(?=\s+[a-z])"), "approx"),
]
# words after which "over" (or "above") is a preposition, not "more than"
_CONTROL = re.compile(
    r"\b(?:control|controls|controlled|authority|power|sovereignty|grip|hold|dominance|"
    r"influence|command|rule|ruled|reign|jurisdiction|supremacy|oversight|clashes|clash|"
    r"clashed|dispute|disputes|disputed|fighting|fight|fought|battle|battles|concern|concerns|"
    r"worries|talks|negotiations|row|tensions|"
    # "over" as a preposition of place: "camps spread over 40 villages"
    r"spread|spreading|scattered|distributed|dispersed|stretched|stretching)\s+$"
)


def left_qualifier(norm: str, start: int, floor: int) -> tuple[str | None, int]:
    """Qualifier written just before ``norm[start]`` and where it starts.

    Examples
    --------
    >>> left_qualifier("more than 1,300", 10, 0)
    ('more_than', 0)
    >>> left_qualifier("gained control over 24", 20, 0)
    (None, 20)
    """
    a = max(floor, start - 40)
    window = norm[a:start].lower()
    m = _LEFT_RE.search(window) if window.rstrip().endswith(_LEFT_LAST) else None
    if m is None:
        b = max(floor, start - 70)
        # every _PAST_MARK match ends with "of" (a str test before the regex tried at every
        # position of the window)
        if may_end_with(norm[b:start], ("of",)) and _PAST_MARK.search(norm, b, start):
            return "more_than", start  # "surpassed the 'devastating milestone' of one million"
        return None, start
    word = " ".join(m.group("q").split())
    if word in ("over", "above") and _CONTROL.search(window[: m.start("q")]):
        return None, start
    if word == "about" and _ABOUT_PREPOSITION.search(window[: m.start("q")]):
        return None, start  # "it is known about two dead": "about" is a preposition
    if word == "under" and re.search(
        r"\b(?:children|aged|age|ages|kids|boys|girls)\s+$", window[: m.start("q")]
    ):
        return None, start
    return _LEFT_MAP[word], a + m.start("q")


# a verb of passing a mark named before the number: "has surpassed the devastating milestone of"
_PAST_MARK = re.compile(
    r"\b(?:surpassed|surpasses|exceeded|exceeds|passed|passes|crossed|crosses|topped|tops)\s+the\s+"
    r"(?:[\w\"“”'-]+\s+){0,3}(?:mark|milestone|threshold|barrier|level|figure)\"?\s+of\s+$",
    re.IGNORECASE,
)
_ABOUT_PREPOSITION = re.compile(
    r"\b(?:known|know|knows|talk|talked|talking|spoke|speak|speaking|care|cares|worried|concerned|"
    r"information|news|reports?|told|asked|learned|heard|think|thought)\s+$"
)


def merge_qualifiers(left: str | None, right: str | None) -> str:
    """The figure's qualifier from the words before and after it: a bound beats an estimate.

    "an estimated 1 million-plus" is more_than (the decision "an estimated nearly 60,000" is
    less_than); otherwise the words before win.

    Examples
    --------
    >>> merge_qualifiers("approx", "more_than"), merge_qualifiers("at_least", "more_than")
    ('more_than', 'at_least')
    >>> merge_qualifiers(None, None)
    'exact'
    """
    if left == "approx" and right is not None:
        return right
    return left or right or "exact"


def right_qualifier(norm: str, end: int, ceil: int) -> tuple[str | None, int]:
    """Qualifier written just after ``norm[end - 1]`` ("1,300+", "200-plus", "100 or more")."""
    for rx, q in _RIGHT:
        m = rx.match(norm, end, ceil)
        if m:
            return q, m.end()
    return None, end


_AFTER_NOUN = re.compile(
    r"\s*,?\s+(?:(?P<at_least>at\s+least|or\s+more|and\s+more)|(?P<at_most>at\s+most))(?![\w])"
)


def noun_qualifier(norm: str, end: int, ceil: int) -> str | None:
    """Qualifier written after the counted noun ("57 children at least"), if any.

    Examples
    --------
    >>> noun_qualifier("57 children at least were killed", 11, 32)
    'at_least'
    """
    m = _AFTER_NOUN.match(norm, end, ceil)
    return None if m is None else m.lastgroup


_BETWEEN = re.compile(r"(?:^|(?<=[^a-z]))(?:between|from)\s*$")
_RANGE_JOIN = re.compile(r"\s*(?:-|to|and|or)\s*")


def range_join(norm: str, a_end: int, b_start: int) -> str | None:
    """The word joining two numbers when they form a range ("to", "-", "and", "or")."""
    m = _RANGE_JOIN.fullmatch(norm, a_end, b_start)
    if m is None:
        return None
    return m.group().strip()


def before_between(norm: str, start: int, floor: int) -> int | None:
    """Start of "between"/"from" written just before ``start``, if any."""
    a = max(floor, start - 12)
    m = _BETWEEN.search(norm[a:start].lower())
    return None if m is None else a + m.start()
