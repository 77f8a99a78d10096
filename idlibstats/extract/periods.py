"""Dates, periods and durations in a sentence, resolved against the publication date.

Conventions (see the project notes): "between May and August 2019" -> 2019-05-01..2019-08-31;
"in August alone" -> that month of the published year (previous year if after publication);
"since 1 January" -> 1 January..published; "in 2019" -> the whole year; "last month" -> the
previous calendar month; "this year" -> 1 January..published; "on Tuesday"/"on Dec. 24" -> that
day (the most recent on or before publication); "in the past 24 hours" -> published - N days..
published with ``duration_days = N``; "in less than four days" -> no period, duration 4 days,
``duration_qualifier = "less_than"``.

Hand-written: date parsers (dateutil, dateparser) read one date from a string, not every date
expression in running text with its offsets, and know none of these conventions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from idlibstats.extract.numerals import words_value
from idlibstats.extract.qualifiers import _LEFT_MAP
from idlibstats.extract.text import WEEKDAYS, for_lower, holds_any, may_end_with

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|"
    r"Dec\.?)(?![a-z])"
)
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"

# atomic date expressions, most specific first
_TOKENS: list[tuple[str, re.Pattern[str]]] = [
    # "for 2018-20", "in 2017-2018": whole years
    ("yy", re.compile(rf"(?<![\d,.$-])(?P<y>{_Y})\s*[-–]\s*(?P<y2>{_Y}|\d\d)(?![\d%,])")),
    ("iso", re.compile(rf"(?<!\d)(?P<y>{_Y})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
    ("dmy_num", re.compile(r"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4})(?![\d/])")),
    # "12/Sep", "20/Oct/2019" (situation reports' tables and timelines)
    (
        "d_mon",
        re.compile(
            rf"(?<![\d/])(?P<d>[0-3]?\d)\s*/\s*(?P<mon>{_MON})(?:\s*/\s*(?P<y>{_Y}))?(?![\w/])"
        ),
    ),
    (
        "ddm",
        re.compile(
            rf"(?<![\d,.])(?P<d>{_D})\s*(?:-|to|and|until|till)\s*(?P<d2>{_D})\s+"
            rf"(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_Y}))?"
        ),
    ),
    (
        "mdd",
        re.compile(
            rf"(?P<mon>{_MON})\s+(?P<d>{_D})\s*(?:-|to|and|until|till)\s*"
            rf"(?P<d2>{_D})(?!\d|,\d)(?:,?\s+(?P<y>{_Y}))?"
        ),
    ),
    (
        "md",
        re.compile(
            rf"(?P<mon>{_MON})\s+(?P<d>{_D})(?!\d|,\d)(?:(?:,?\s+|\s+of\s+)(?P<y>{_Y})(?!\d))?"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?<![\d,.])(?P<d>{_D})\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_Y})"
            r"(?!\d))?"
        ),
    ),
    ("my", re.compile(rf"(?P<mon>{_MON}),?\s+(?:\((?P<y2>{_Y})\)|(?P<y>{_Y}))(?!\d)")),
    ("m", re.compile(rf"(?P<mon>{_MON})")),
    ("y", re.compile(rf"(?<![\d,.$-])(?P<y>{_Y})(?!\d|,\d|%|\.\d)")),
    ("wd", re.compile(r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")),
]
_ANY_MONTH = re.compile(rf"{_MON}")
_ANY_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# a period's words, for cheap pre-checks on the lower-cased sentence: "ght" for "night" and
# "terday" for "yesterday", as re.IGNORECASE also matches "ı" and "İ" to "i" and "ſ" to "s",
# which str.lower does not
_UNIT_WORDS = ("hour", "day", "ght", "week", "month", "year")
_RELATIVE_WORDS = ("month", "year", "week", "terday", "today")
# on ASCII text (no such folding) the words every match of _PAST and _DURATION_OF holds
_PAST_WORDS = ("past", "last", "previous", "preceding")
_FIGHTING_WORDS = (
    "fighting bomb shelling clashes strikes battle violence attacks siege offensive conflict "
    "war combat"
).split()
_NEEDS_MONTH = frozenset({"ddm", "mdd", "md", "dm", "my", "m", "d_mon"})
_NEEDS_YEAR = frozenset({"iso", "dmy_num", "y", "yy"})
_NEEDS_SLASH = frozenset({"dmy_num", "d_mon"})
# where a token's scan may start: no match starts before the first month or the first digit
_FROM_MONTH = frozenset({"mdd", "md", "my", "m"})
_FROM_DIGIT = frozenset({"yy", "iso", "dmy_num", "d_mon", "ddm", "dm", "y"})
_DIGIT = re.compile(r"\d")
# a run of digits: every match of a _FROM_DIGIT token starts one (each opens with a digit
# that no digit precedes), every match of a _FROM_MONTH token starts where _ANY_MONTH does
_DIGITS = re.compile(r"\d+")
# the _FROM_DIGIT tokens that open with a year (_Y, then no digit): they start only a run of
# exactly four digits that begins 18, 19 or 20; the others open with a day (_D or
# "[0-3]?\d", then no digit) and start only a run of one or two digits
_FROM_YEAR = frozenset({"yy", "iso", "y"})
_YEAR_HEADS = ("18", "19", "20")
_NUMWORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"forty-eight|seventy-two|twenty-four|few|several|couple\s+of)"
)
_UNIT_DAYS = {
    "hour": 1 / 24,
    "day": 1,
    "night": 1,
    "week": 7,
    "fortnight": 14,
    "month": 30,
    "year": 365,
}
_UNIT = r"(?P<unit>hours?|days?|nights?|weeks?|fortnights?|months?|years?)"
_PAST = re.compile(
    rf"\b(?:(?:in|over|during|within|for|throughout)\s+)?the\s+(?:past|last|previous|preceding)\s+"
    # "the previous 24-hour period" is "the past 24 hours"
    rf"(?:(?P<n>{_NUMWORD})(?:\s+|-(?=[a-z]+\s+period\b)))?{_UNIT}(?![\w])"
    r"(?!\s+of\s+(?:1[89]|20)\d\d)",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?P<prep>in|within|over|during|for|after|in\s+just|in\s+only)\s+(?:the\s+space\s+of\s+)?"
    r"(?:(?P<q>less\s+than|fewer\s+than|under|more\s+than|over|nearly|almost|just\s+over|"
    r"just\s+under|about|around|roughly|some|at\s+least|up\s+to|barely|only|just)\s+)?"
    rf"(?P<n>{_NUMWORD})\s+{_UNIT}(?![\w])",
    re.IGNORECASE,
)
_DURATION_OF = re.compile(
    rf"(?<![\w-])(?P<n>{_NUMWORD})\s+{_UNIT}\s+of\s+(?:heavy\s+|intense\s+|relentless\s+|"
    r"fierce\s+)?(?:fighting|bombardment|bombing|shelling|clashes|air\s+strikes|airstrikes|"
    r"strikes|battles?|violence|attacks|siege|offensive|conflict|war|combat)(?![\w])",
    re.IGNORECASE,
)
_ORDINAL_END = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"worst|deadliest|biggest|largest|highest|lowest|most|heaviest)\s+$",
    re.IGNORECASE,
)
_SAID_ON = re.compile(
    r"\b(?:said|says|reported|announced|added|stated|told\s+[A-Z]\w*|published|released|"
    r"issued|dated|updated|Updated|update|briefing|statement|report|tweet|tweeted|Twitter):?\s+"
    r"(?:on\s+|(?:late|early)\s+(?:on\s+)?)?$"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>last\s+month|last\s+year|this\s+year|this\s+month|last\s+week|this\s+week|"
    r"(?:over|during|at|since)\s+the\s+weekend|last\s+weekend|this\s+weekend|"
    r"so\s+far\s+this\s+year|yesterday|today|since\s+the\s+(?:start|beginning)\s+of\s+"
    r"(?:the|this)\s+year|(?:earlier|so\s+far)\s+this\s+year|the\s+year\s+so\s+far)(?![\w])",
    re.IGNORECASE,
)
_SPANS = (_PAST, _DURATION, _DURATION_OF, _RELATIVE)
# every _DURATION_OF match holds its unit, then "of" between white space: a search for that
# (it starts with letters re looks for fast) spares the full pattern, which opens with a
# lookbehind and is tried at every position of the sentence
_UNIT_OF = re.compile(r"(?:hour|day|night|week|fortnight|month|year)s?\s+of\s", re.IGNORECASE)
_UNIT_OF_LOW = for_lower(_UNIT_OF)
_AS_OF_END = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
# the same for ASCII-lower-cased text
_SPANS_LOW = tuple(for_lower(rx) for rx in _SPANS)
# the duration's qualifier words read as the figure qualifiers do ("barely" only for durations)
_DUR_QUAL = {**_LEFT_MAP, "barely": "less_than"}


@dataclass
class DateToken:
    """A date word or number found in text, with its offsets and kind."""

    start: int
    end: int
    kind: str
    day: int | None = None
    day2: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    year2: int | None = None  # the last year of a range of years ("2018-20")


@dataclass
class Period:
    """A period or duration stated in the text (document offsets of the words)."""

    start: int
    end: int
    period_start: dt.date | None
    period_end: dt.date | None
    duration_days: float | None = None
    duration_qualifier: str | None = None
    #: "last year's conference": dates money pledged there, not a count of people
    possessive: bool = False
    #: "this year": 1 January to publication, or the whole year for money ("$6.5 billion this
    #: year" is what the year needs)
    this_year: bool = False


def _is_day(q: Period) -> bool:
    """A single day ("on Tuesday", "on Dec. 24"): when a thing was said, if "said" precedes it."""
    if q.period_start is None and q.period_end is None:
        return q.duration_days is None
    return q.period_start == q.period_end


def _month(text: str) -> int:
    return _MONTHS[text[:3].lower()]


def _matches_at(rx: re.Pattern[str], norm: str, starts: list[int], end: int) -> list[re.Match]:
    """``list(rx.finditer(norm, starts[0], end))`` where ``rx`` can match only at ``starts``.

    ``starts`` ascend; each is tried as finditer would, skipping a start inside the match
    before. A date pattern that opens with a lookbehind has no prefix ``re`` can scan for, so
    finditer would try it at every character, the slowest step of reading dates.
    """
    out = []
    last = -1  # where the last match ends: finditer resumes there
    for p in starts:
        if p >= last:
            m = rx.match(norm, p, end)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def date_tokens(norm: str, start: int, end: int) -> list[DateToken]:
    """Atomic date expressions in ``norm[start:end]``, without overlaps."""
    out: list[DateToken] = []
    month = _ANY_MONTH.search(norm, start, end)
    digit = _DIGIT.search(norm, start, end)
    has_year = digit is not None and _ANY_YEAR.search(norm, digit.start(), end) is not None
    has_slash = norm.find("/", start, end) >= 0
    if month is None and not has_year and norm.find("day", start, end) < 0:
        return out  # no month, year or weekday: the common sentence
    # where a month name, a short run of digits, a year starts (read when needed)
    month_at = digit_at = None
    year_at: list[int] = []
    for kind, rx in _TOKENS:
        if (
            (kind in _NEEDS_MONTH and month is None)
            or (kind in _NEEDS_YEAR and not has_year)
            or (kind in _NEEDS_SLASH and not has_slash)
            or (kind in _FROM_DIGIT and digit is None)
        ):
            continue  # cheap pre-checks: most sentences name no month
        if kind == "wd" and norm.find("day", start, end) < 0:
            continue
        if kind in _FROM_MONTH:
            if month_at is None:
                month_at = [m.start() for m in _ANY_MONTH.finditer(norm, month.start(), end)]
            found = _matches_at(rx, norm, month_at, end)
        elif kind in _FROM_DIGIT:
            if digit_at is None:
                # the runs of digits split by length: no other run can start the token, so
                # trying it only where it may start finds the same matches (see _FROM_YEAR)
                year_at, digit_at = [], []
                for m in _DIGITS.finditer(norm, digit.start(), end):
                    run = m.group()
                    if len(run) <= 2:
                        digit_at.append(m.start())
                    elif len(run) == 4 and run.startswith(_YEAR_HEADS):
                        year_at.append(m.start())
            found = _matches_at(rx, norm, year_at if kind in _FROM_YEAR else digit_at, end)
        else:
            found = rx.finditer(norm, start, end)
        for m in found:
            a, b = m.start(), m.end()
            if any(a < t.end and t.start < b for t in out):
                continue
            g = m.groupdict()
            tok = DateToken(a, b, kind)
            if g.get("mon"):
                tok.month = _month(g["mon"])
            elif g.get("m"):
                tok.month = int(g["m"])
            if g.get("d"):
                tok.day = int(_NOT_DIGIT.sub("", g["d"]))
            if g.get("d2"):
                tok.day2 = int(_NOT_DIGIT.sub("", g["d2"]))
            if kind == "yy":
                y2 = g["y2"]
                tok.year2 = int(y2) if len(y2) == 4 else int(g["y"][:2] + y2)
                if tok.year2 <= int(g["y"]):
                    continue
            if g.get("y"):
                tok.year = int(g["y"])
            elif g.get("y2"):  # "Last May (2022)"
                tok.year = int(g["y2"])
            if g.get("wd"):
                tok.weekday = WEEKDAYS.index(g["wd"].lower())
            if tok.month is not None and not 1 <= tok.month <= 12:
                continue
            if tok.day is not None and not 1 <= tok.day <= 31:
                continue
            if kind == "m" and g["mon"] in ("May", "March") and _is_verb_may(norm, a, b):
                continue
            if kind == "md" and tok.year is None and _count_after_month(norm, a, m.end("d")):
                continue  # "In January 15 people were killed": the month, then a count
            if kind == "y" and not _year_context(norm, a, b, start):
                continue
            out.append(tok)
    out.sort(key=lambda t: t.start)
    return out


# after "Month N": a counted noun ("In January 15 people were killed"), so N is a count
_COUNTED_NEXT = re.compile(
    r"\s+(?:more\s+|other\s+|of\s+(?:the|them|whom|those)\b|(?:[a-z]+\s+)?(?:people|persons|"
    r"children|women|men|civilians|residents|families|households|refugees|migrants|soldiers|"
    r"troops|fighters|militants|police|staff|workers|patients|students|villages|towns|homes|"
    r"houses|schools|hospitals|camps|sites|attacks|strikes|incidents|cases|deaths|bodies|"
    r"individuals|IDPs|others|were|have|had)\b)"
)
# a month-level word before the month: "in", "during", "by", "throughout" (not "on", which
# names a day), or a day number before it ("On 5 June 30 people died": 5 June is the date)
_MONTH_ONLY_END = re.compile(
    r"(?:\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]y)|(?<![\d,.])[0-3]?\d(?:st|nd|rd|th)?)\s+$"
)


def _count_after_month(norm: str, a: int, d_end: int) -> bool:
    """Whether the number after the month at ``a`` counts the noun that follows it."""
    return (
        _COUNTED_NEXT.match(norm, d_end) is not None
        and _MONTH_ONLY_END.search(norm, max(0, a - 14), a) is not None
    )


def _is_verb_may(norm: str, a: int, b: int) -> bool:
    """Whether "May" is the verb ("may be") or begins a place name ("in May Tsebir town")."""
    return bool(_MAY_VERB.match(norm[b : b + 12]) or _MAY_PLACE.match(norm, b))


def _year_context(norm: str, a: int, b: int, floor: int) -> bool:
    before = norm[max(floor, a - 30) : a].lower()
    return (
        bool(_YEAR_CONTEXT_END.search(before))
        or not _LOWER_WORD_NEXT.match(norm[b : b + 3])
        or _dated_event(before, norm, b)
    )


def _dated_event(before: str, norm: str, end: int) -> bool:
    """Whether the date ending at ``end`` dates an event named after it: "a 2017 ambush"."""
    return _A_DATED_EVENT.search(before) is not None and _EVENT_NOUN.match(norm, end) is not None


# the regexes of the rules above and below, compiled once
_MAY_VERB = re.compile(r"\s+(?:be|have|not|also|still|well|soon|face|need)\b")
_MAY_PLACE = re.compile(
    r"\s+[A-Z][a-z]+\s+(?:town|village|city|district|camp|area|woreda|kebele|sub-district)\b"
)
_YEAR_CONTEXT_END = re.compile(
    r"(?:\b(?:in|since|during|throughout|of|for|by|until|till|between|from|and|to|early|"
    r"late|mid|end|start|beginning|year|summer|winter|spring|autumn|fall|before|after)"
    r"\s*-?\s*|-)$"
)
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")
_AND = re.compile(r"\s*and\s*")
_AND_OR = re.compile(r"\s*(?:and|or|,)\s*")
_NOT_DIGIT = re.compile(r"\D")
_IN_END = re.compile(r"\b(?:in|during|throughout|between)\s+$")
_SINCE_END = re.compile(
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+(?:start|beginning|end)\s+of\s+)?$"
    r"|\bsince\s+(?:[\w'-]+\s+){1,5}(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?$"
)
# "a 2017 ambush in which four ... died", "in a March massacre": the date of the event that the
# figure counts (as the guideline's "the Jan. 15 strike")
_A_DATED_EVENT = re.compile(r"\b(?:a|an)\s+$")
_EVENT_NOUN = re.compile(
    r"\s+(?:(?:deadly|bloody|suicide|massive|major|powerful)\s+)?(?:attack|ambush|massacre|"
    r"earthquake|quake|air\s?strike|strike|bombing|raid|offensive|assault|explosion|blast|"
    r"cyclone|flood|landslide)s?\b"
)
_WHEN_AFTER = re.compile(r",\s+when\s")
# "the largest influx since 2017, when ...": a comparison (not "fled since Oct. 26, when ...")
_LARGEST_SINCE = re.compile(
    r"\b(?:largest|biggest|highest|worst|deadliest|first\s+time)\b[^.;]{0,40}\bsince\s+$"
)
_LARGEST_WORDS = ("largest", "biggest", "highest", "worst", "deadliest", "first")
_YEAR_PREP_END = re.compile(
    r"\b(?:in|during|throughout|of|for|by)\s+(?:(?:early|late|mid)[\s-]+)?$"
)
_MONTH_PREP_END = re.compile(
    r"\b(?:in|during|throughout|of|for|on|early|late|mid|last|this|past)[\s-]+$"
)
_NEXT_END = re.compile(r"\bnext\s+$")
# round 18: the year of a comparison's "same period" (rt3_143, rt17_021)
_SAME_PERIOD_END = re.compile(r"\bsame\s+period\s+(?:in|of|last)\s+(?:the\s+year\s+)?$")
_LAST_YEAR_AFTER = re.compile(r",?\s+last\s+year\b")
_SO_FAR_IN_END = re.compile(r"\b(?:so|thus)\s+far\s+in\s+$", re.IGNORECASE)


_AS_OF_START = re.compile(r"\s*[\"“]?[Aa]s\s+of\s+$")


def _as_of_since(norm: str, start: int, periods: list[Period], since: Period) -> None:
    """A since-period ends on the day its count is as of ("As of April 7, ... since October").

    The "as of" day opens the sentence before the since-period; it is dropped (the count runs
    from the start to that day, it is not of that day alone).
    """
    for k, p in enumerate(periods):
        if (
            p.start < since.start
            and _is_day(p)
            and p.period_start is not None
            and since.period_start is not None
            and since.period_start <= p.period_start
            and _AS_OF_START.fullmatch(norm, start, p.start)
        ):
            since.period_end = p.period_start
            del periods[k]
            return


def _year_before(norm: str, t: DateToken, pub: dt.date | None, ends: set[int]) -> int | None:
    """The previous year for a month named with "last year" ("In June last year"), else None.

    Adds the end of that "last year" to ``ends``: it is read with its month, not alone.
    """
    if t.kind not in ("m", "md", "dm") or pub is None or t.year is not None:
        return None
    m = _LAST_YEAR_AFTER.match(norm, t.end)
    if m is None:
        return None
    ends.add(m.end())
    return pub.year - 1


def _first_or_last_days(m: re.Match[str], first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The first or last days or weeks ``m`` names of the span ``first``..``last``.

    "the first eight days of 2023" is 1 to 8 January; a count longer than the span keeps it.
    """
    days = int(_count(m.group("n"))) * (7 if m.group("unit").lower() == "weeks" else 1)
    if days <= 0 or days > (last - first).days + 1:
        return first, last
    if m.group("which").lower() == "first":
        return first, first + dt.timedelta(days=days - 1)
    return last - dt.timedelta(days=days - 1), last


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve(
    tok: DateToken, pub: dt.date | None, year: int | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """(first day, last day) of one date token; ``year`` overrides a missing year."""
    y = tok.year or year
    if tok.kind == "wd":
        if pub is None:
            return None, None
        d = pub - dt.timedelta(days=(pub.weekday() - tok.weekday) % 7)
        return d, d
    if tok.kind == "y":
        return dt.date(tok.year, 1, 1), dt.date(tok.year, 12, 31)
    if tok.kind == "yy":
        return dt.date(tok.year, 1, 1), dt.date(tok.year2, 12, 31)
    if tok.day is not None:
        day2 = tok.day2 or tok.day
        if y is None:
            if pub is None:
                return None, None
            y = pub.year
            last = _safe_date(y, tok.month, day2)
            if last is None or last > pub:
                y -= 1
        first = _safe_date(y, tok.month, tok.day)
        last = _safe_date(y, tok.month, day2)
        return first, last
    if tok.month is not None:
        if y is None:
            if pub is None:
                return None, None
            y = pub.year if tok.month <= pub.month else pub.year - 1
        return dt.date(y, tok.month, 1), _last_day(y, tok.month)
    return None, None


_TIME_ON = r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|midnight|noon)\s+on\s+)?"
_CONNECT = re.compile(
    # "from 4 am on 24 February 2022, when the war started, until 12 midnight on 1 March 2022"
    r"\s*,?\s*(?:,[^,;]{1,80},\s*)?(?:-|and|to|until|till|through|thru|up\s+to)\s*"
    rf"{_TIME_ON}(?:the\s+end\s+of\s+)?"
    # "between October 2016 and the fall of the IS group in July 2017"
    r"(?:the\s+(?:[^\W\d][\w'-]*\s+){1,6}(?:in|on)\s+)?"
)
# two dates joined without "from" or "between": "January to June 2018", "3-9 March"
_BARE_CONNECT = re.compile(r"\s*(?:-|to|until|till|through|thru)\s*")
# a date that dates an event the figure is measured from or before, not the figure: "hospitals
# operating before the escalation of violent conflict on 26 March"
# a date of an event named before or after which the figure holds, not its period: "before the
# coup in 2021", "after the death of the group's leader, Abubakar Shekau, in 2021", "At its peak,
# after the defeat of IS in Syria in 2019, around 73,000 people lived in al-Hol"
_BEFORE_EVENT = re.compile(
    r"\b(?:before|after|following)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)"
    r"(?:[\w'-]+,?\s+){0,8}(?:on|in)\s+$|\bbefore\s+(?:[\w'-]+\s+){0,8}(?:on|in)\s+$",
    re.IGNORECASE,
)
_FROM_END = re.compile(rf"\b(?:between|from|since)\s+{_TIME_ON}(?:(?:early|late|mid)[\s-]+)?$")
# a comparison: "compared to the previous day"
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|than|from)\s+$", re.IGNORECASE)


def find_periods(
    norm: str, start: int, end: int, pub: dt.date | None, low: str | None = None
) -> tuple[list[Period], list[tuple[int, int]]]:
    """Periods and durations stated in ``norm[start:end]``, and spans of dates (not figures).

    ``low``, if given, is ``norm`` with ASCII letters lower-cased (same offsets): the spans'
    patterns run on it, without IGNORECASE, where the sentence is ASCII (faster).
    """
    toks = date_tokens(norm, start, end)
    masks = [(t.start, t.end) for t in toks if t.kind not in ("m", "wd")]
    periods: list[Period] = []
    used: set[int] = set()
    after_month: set[int] = set()  # ends of "last year" read with the month before them
    since_at: list[Period] = []  # the since-periods, which run to publication
    i = 0
    while i < len(toks):
        t = toks[i]
        before = norm[max(start, t.start - 40) : t.start].lower()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.kind in _DAY_OR_MONTH and _SAID_TIGHT.search(norm, max(start, t.start - 20), t.start):
            i += 1  # "UNOCHA said in May": when it was said, also after a "since ..." clause
            continue
        if (
            _AND_BEYOND.match(norm, t.end)
            or _search_with(_COMPARE_SINCE, ("since",), norm, max(start, t.start - 30), t.start)
            or (
                t.kind != "wd"  # "late Wednesday" is still that day
                and _search_with(_VAGUE_PART, _VAGUE_WORDS, norm, max(start, t.start - 30), t.start)
                and not (
                    norm.endswith("early ", max(start, t.start - 6), t.start)
                    and _search_with(
                        _SINCE_EVENT, ("ince",), norm, max(start, t.start - 120), t.start
                    )
                )
            )
        ):
            i += 1  # "for 2020 and beyond", "for the first time since 2014" (not "since the
            # fighting resumed in early July", read as "since early July")
            continue
        # "between May and August 2019", "from 17 October to 23 March"
        if nxt is not None and (
            (_FROM_END.search(before) and _CONNECT.fullmatch(norm, t.end, nxt.start))
            or (
                t.kind in ("m", "dm", "md", "my")
                and nxt.kind in ("m", "dm", "md", "my")
                and _BARE_CONNECT.fullmatch(norm, t.end, nxt.start)
            )
        ):
            year_hint = nxt.year if t.year is None and t.kind != "y" else None
            e_first, e_last = _resolve(nxt, pub)
            s_first, _ = _resolve(t, pub, year=year_hint or (e_last.year if e_last else None))
            if s_first and e_last and s_first > e_last and t.year is None:
                s_first = (
                    s_first.replace(year=s_first.year - 1)
                    if not (s_first.month == 2 and s_first.day == 29)
                    else s_first
                )
            periods.append(Period(t.start, nxt.end, s_first, e_last))
            used.update((i, i + 1))
            i += 2
            continue
        if (
            nxt is not None
            and t.kind == "m"
            and nxt.kind in ("m", "my")
            and nxt.month == t.month % 12 + 1
            and _AND.fullmatch(norm, t.end, nxt.start)
            and _IN_END.search(before)
        ):
            # "in November and December 2017": two months in a row
            _, b1 = _resolve(nxt, pub)
            a0, _ = _resolve(t, pub, year=b1.year - (t.month == 12) if b1 else None)
            if a0 is not None and b1 is not None:
                periods.append(Period(t.start, nxt.end, a0, b1))
                i += 2
                continue
        night = (
            nxt is not None
            and t.kind == nxt.kind == "wd"
            and _NIGHT_OF_END.search(before) is not None
            and _NIGHT_TO.fullmatch(norm, t.end, nxt.start) is not None
        )
        if (
            nxt is not None
            and t.kind == nxt.kind
            and t.kind in ("wd", "md", "dm")
            and (night or _AND_OR.fullmatch(norm, t.end, nxt.start))
        ):
            # "on Monday and Tuesday", "on Jan. 3 and Jan. 4", "on the night of Thursday to
            # Friday": both days (a night's first day is the one before its second)
            a0, _ = _resolve(t, pub)
            _, b1 = _resolve(nxt, pub)
            if night and a0 is not None and b1 is not None:
                a0 = b1 - dt.timedelta(days=(b1.weekday() - a0.weekday()) % 7)
            if a0 is not None and b1 is not None:
                periods.append(Period(t.start, nxt.end, min(a0, b1), max(a0, b1)))
                i += 2
                continue
        if (
            _SINCE_END.search(before)
            or _search_with(_SINCE_EVENT, ("ince",), norm, max(start, t.start - 120), t.start)
            or (
                _search_with(_BEGAN_IN, _BEGAN_WORDS, norm, max(start, t.start - 60), t.start)
                and not _search_with(
                    _AFTER_BEGAN, _BEGAN_WORDS, norm, max(start, t.start - 90), t.start
                )
            )
            or _BEGAN_AFTER.match(norm, t.end)
        ):
            if _WHEN_AFTER.match(norm, t.end) and _search_with(
                _LARGEST_SINCE, _LARGEST_WORDS, norm, max(start, t.start - 60), t.start
            ):
                # "the largest since 2017, when some 750,000 fled": the when-clause's own year
                periods.append(Period(t.start, t.end, *_resolve(t, pub)))
                used.add(i)
                i += 1
                continue
            first, _ = _resolve(t, pub, year=_year_before(norm, t, pub, after_month))
            if pub is None:
                first = None  # a count since a start runs to publication: unknown without it
            periods.append(Period(t.start, t.end, first, pub if first else None))
            if first is not None and pub is not None:
                since_at.append(periods[-1])
            used.add(i)
            i += 1
            continue
        b0 = max(start, t.start - 90)
        if (
            may_end_with(norm[b0 : t.start], ("on", "in"))  # every _BEFORE_EVENT match ends so
            and _BEFORE_EVENT.search(norm, b0, t.start)
        ) or _search_with(_AFTER_BEGAN, _BEGAN_WORDS, norm, max(start, t.start - 90), t.start):
            i += 1
            continue
        if t.kind in ("y", "m", "my") and _FOUNDED_IN_END.search(
            norm, max(start, t.start - 30), t.start
        ):
            i += 1  # "Opened in 2012 ..., the camp is ... hosting more than 78,000 people": when
            # the place was opened, not a period of its figures
            continue
        if t.kind == "y" and _SAME_PERIOD_END.search(norm, max(start, t.start - 30), t.start):
            i += 1  # "a 67% increase over the same period in 2020": a part of 2020, not all of it
            continue
        if _CITATION_OPEN.search(norm, max(start, t.start - 45), t.start) and _CITATION_CLOSE.match(
            norm, t.end
        ):
            i += 1  # a citation's date: "(OCHA, 31 March 2017)", "(UNHCR, 24 March 2017; ...)"
            continue
        if (
            _DATELINE.match(norm, t.end)
            or _DATELINE_CITY.search(norm, max(start, t.start - 40), t.start)
            or (
                t.start - start < 40
                and _DATELINE_DASH.match(norm, t.end)
                and _DATELINE_LEAD.fullmatch(norm, start, t.start)
            )
        ):
            i += 1  # "MOGADISHU, Jan 16 (Reuters) -": when the story was filed
            continue
        event = t.kind in ("y", "m") and _dated_event(before, norm, t.end)
        if t.kind in ("y", "yy") and not event and not _YEAR_PREP_END.search(before):
            i += 1
            continue
        if t.kind == "m" and not event and not _MONTH_PREP_END.search(before):
            i += 1
            continue
        if t.kind == "wd" and _NEXT_END.search(before):
            i += 1
            continue
        first, last = _resolve(t, pub, year=_year_before(norm, t, pub, after_month))
        if first is not None and t.kind == "y" and _SO_FAR_IN_END.search(before):
            # round 19: "so far in 2023" runs to the day of the report, as "so far this year":
            # unknown without a published date of that year (rt17_025, rt3_169: no period)
            if pub is None or pub.year != first.year:
                i += 1
                continue
            last = pub
        if first is not None:
            if _END_OF.search(norm, max(start, t.start - 25), t.start):
                first = last  # "By the end of 2023": a stock on its last day
            part = _PART_OF.search(norm, max(start, t.start - 30), t.start)
            if part is not None:  # "in the first week of February", "the first half of 2019"
                first, last = _part(
                    part.group("which").lower(), part.group("unit").lower(), first, last
                )
            months = (
                _MONTHS_OF.search(norm, max(start, t.start - 40), t.start) if not part else None
            )
            if months is not None and months.group("unit").lower() != "months":
                first, last = _first_or_last_days(months, first, last)
                part = months
            elif months is not None and first.month == 1 and last.month == 12:
                # "in the first three months of 2023", "the last three months of 2024"
                n = min(12, int(_count(months.group("n"))))
                if months.group("which").lower() == "first":
                    last = _last_day(first.year, n)
                else:
                    first = dt.date(first.year, 13 - n, 1)
                part = months
            periods.append(Period(part.start() if part else t.start, t.end, first, last))
        i += 1
    if since_at and norm.find("s of", start, end) >= 0:
        _as_of_since(norm, start, periods, since_at[0])
    has_part = norm.find("half", start, end) >= 0 or norm.find("quarter", start, end) >= 0
    for m in _PART_ALONE.finditer(norm, start, end) if pub is not None and has_part else ():
        if any(p.start <= m.start() < p.end for p in periods):
            continue  # "the first quarter of 2017" is read above
        # "in the first quarter", "the second half of the year": of the published year
        y = pub.year
        first, last = _part(
            m.group("which").lower(), m.group("unit").lower(), dt.date(y, 1, 1), dt.date(y, 12, 31)
        )
        if first > pub:
            first, last = first.replace(year=y - 1), last.replace(year=y - 1)
        periods.append(Period(m.start(), m.end(), first, last))
    seg = norm[start:end].lower()
    # any(map(seg.__contains__, ...)): str tests without a generator (run for every sentence)
    has_unit = any(map(seg.__contains__, _UNIT_WORDS))
    ascii_ = seg.isascii()
    # the span patterns, and the text they run on
    if low is not None and ascii_:
        src, past, duration, duration_of, relative = low, *_SPANS_LOW
        unit_of = _UNIT_OF_LOW
    else:
        src, past, duration, duration_of, relative = norm, *_SPANS
        unit_of = _UNIT_OF
    has_past = has_unit and (not ascii_ or any(map(seg.__contains__, _PAST_WORDS)))
    for m in past.finditer(src, start, end) if has_past else ():
        if _COMPARED.search(norm, max(start, m.start() - 20), m.start()):
            continue
        if m.group("n") is None and _OF_END.search(norm, max(start, m.start() - 4), m.start()):
            continue  # "in December of the previous year" names a year, not a span
        n = _count(m.group("n"))
        unit = _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        days = n * unit
        if days <= 0 or days > 365 * 200:
            continue  # "the past 100000 years" is no period of a news figure
        ps = (pub - dt.timedelta(days=max(days, 1))) if pub else None
        # a span of several months or years has no day count ("over the past three months")
        span = m.group("n") is not None and unit >= 30 and n > 1
        # nor has one of several months a period (the round-12 decision: "in the last two
        # months" is undated); one of years keeps it ("over the past two years")
        dated = not (span and unit < 365)
        periods.append(
            Period(
                m.start(),
                m.end(),
                ps if dated else None,
                pub if dated else None,
                None if span else float(days),
                None if span else "exact",
            )
        )
        masks.append((m.start(), m.end()))
    for m in duration.finditer(src, start, end) if has_unit else ():
        if any(p.start <= m.start() < p.end for p in periods):
            continue
        if _ORDINAL_END.search(norm, max(start, m.start() - 20), m.start()):
            continue  # "the fourth in two years" is no duration of the figure
        n = _count(m.group("n"))
        days = n * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        q = m.group("q")
        qual = (
            _DUR_QUAL.get(" ".join(q.lower().split()), "exact")
            if q
            else ("at_most" if m.group("prep").lower() == "within" else "exact")
        )
        periods.append(Period(m.start(), m.end(), None, None, float(days), qual))
        masks.append((m.start(), m.end()))
    has_fighting = (
        has_unit
        and (not ascii_ or any(map(seg.__contains__, _FIGHTING_WORDS)))
        and unit_of.search(src, start, end) is not None
    )
    for m in duration_of.finditer(src, start, end) if has_fighting else ():
        if any(p.start <= m.start() < p.end for p in periods):
            continue
        n = _count(m.group("n"))
        days = n * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
        periods.append(Period(m.start(), m.end(), None, None, float(days), "exact"))
        masks.append((m.start(), m.end()))
    has_relative = any(map(seg.__contains__, _RELATIVE_WORDS))
    for m in relative.finditer(src, start, end) if has_relative else ():
        rel = " ".join(m.group("rel").lower().split())
        # "this year's gathering" names the gathering, not a period of a count; it can date
        # money pledged there ("It promised $300 million at last year's conference")
        if m.end() in after_month:
            continue  # "In June last year": read with its month
        possessive = norm.startswith(("'s", "’s"), m.end())
        ps = pe = None
        since = _search_with(_SINCE_EVENT, ("ince",), norm, max(start, m.start() - 120), m.start())
        if pub is not None:
            if rel == "last month":
                pe = pub.replace(day=1) - dt.timedelta(days=1)
                ps = pe.replace(day=1)
            elif rel == "last year":
                ps, pe = dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)
            elif "year" in rel:
                ps, pe = dt.date(pub.year, 1, 1), pub
                months = (
                    _MONTHS_OF.search(norm, max(start, m.start() - 40), m.start())
                    if rel == "this year"
                    else None
                )
                if months is not None and months.group("which").lower() == "first":
                    # "during the first ten months of this year": up to that month's end
                    pe = min(pub, _last_day(pub.year, min(12, int(_count(months.group("n"))))))
            elif rel == "this month":
                ps, pe = pub.replace(day=1), pub
            elif rel == "this week":
                continue  # "this week" is no period (round-2 decisions)
            elif rel == "last week":  # the previous calendar week, Monday to Sunday
                ps = pub - dt.timedelta(days=pub.weekday() + 7)
                pe = ps + dt.timedelta(days=6)
            elif rel == "yesterday":
                ps = pe = pub - dt.timedelta(days=1)
            elif rel == "today":
                ps = pe = pub
            elif "weekend" in rel:  # the last Saturday and Sunday on or before publication
                pe = pub - dt.timedelta(days=(pub.weekday() - 6) % 7)
                ps = pe - dt.timedelta(days=1)
                if rel.startswith("since"):
                    pe = pub  # "225 in Malawi since the weekend": from its Saturday on
            if (
                since is not None
                and ps is not None
                and rel in ("last month", "last week")
                and not _AS_OF_END.search(norm, max(start, m.start() - 8), m.start())
            ):
                pe = pub  # "since the offensive began last month": from then to publication;
                # not "Since the coup and as of last month" (a stock as of that month)
        if possessive and (ps is None or rel not in ("last year", "this year")):
            continue
        periods.append(
            Period(
                since.start() if since else m.start(),
                m.end(),
                ps,
                pe,
                possessive=possessive,
                this_year=since is None and "year" in rel and rel != "last year",
            )
        )
    periods = [
        q
        for q in periods
        if q.possessive
        or not (
            (_is_day(q) or q.duration_days is None)
            and (_is_day(q) or _SAID_TIGHT.search(norm, max(start, q.start - 20), q.start))
            and (
                _SAID_ON.search(norm, max(start, q.start - 30), q.start)
                or (_is_day(q) and _ACCORDING_ON.search(norm, max(start, q.start - 90), q.start))
            )
        )
        and not (q.period_start and q.period_end and q.period_start > q.period_end)
    ]
    periods.sort(key=lambda p: p.start)
    return periods, masks


# a place's opening or founding: "Opened in 2012", "established in March"
_FOUNDED_IN_END = re.compile(
    r"\b(?:[Oo]pened|[Ee]stablished|[Ff]ounded|[Bb]uilt|[Cc]onstructed|[Ii]naugurated|[Ss]et\s+up)\s+"
    r"in\s+$"
)
# a night that runs over two days: "on the night of Thursday to Friday"
_NIGHT_OF_END = re.compile(r"\bnight\s+(?:of|from)\s+(?:the\s+)?$")
_NIGHT_TO = re.compile(r"\s+(?:to|into)\s+")


# "since President Assad's government cracked down on demonstrations calling for his ouster in
# 2011", "since violence broke out in Juba last month": from that date to publication
_SINCE_EVENT = re.compile(
    r"\b[Ss]ince\s+(?:(?!since\b)[^\W\d][\w'-]*,?\s+){1,14}(?:in|on|during)?\s*(?:(?:early|late|mid)[\s-]+)?$"
)
# "the conflict, which began in April 2023, has killed": a count since that start
_BEGAN_IN = re.compile(
    r"\b(?:which|that|when|it)\s+(?:[\w'-]+\s+){0,2}(?:began|started|erupted|broke\s+out)\s+"
    r"(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?$"
)
# "On February 24, 2022, Russia began a war against Ukraine that ... has resulted in"
_BEGAN_AFTER = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}(?:began|started)\s+(?:a|an|the|its)\s+"
    r"(?:[\w-]+\s+)?(?:war|conflict|offensive|invasion|assault|campaign)\b"
)
# "have returned ... after cross-border military operations began in 2016": the start of
# another event, not of the count
_AFTER_BEGAN = re.compile(
    r"\b(?:after|before)\s+(?:[\w'-]+\s+){0,8}(?:began|started|erupted|broke\s+out)\s+"
    r"(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?$"
)
# a word every match of _BEGAN_IN and _AFTER_BEGAN holds
_BEGAN_WORDS = ("began", "started", "erupted", "broke")


def _search_with(
    rx: re.Pattern[str], words: tuple[str, ...], norm: str, a: int, b: int
) -> re.Match[str] | None:
    """``rx.search(norm, a, b)``, skipped when ``norm[a:b]`` holds none of ``words``.

    ``words`` are parts that every match of ``rx`` holds: for the window before a date, a few
    str tests are many times faster than trying the regex at every position.
    """
    return rx.search(norm, a, b) if holds_any(norm, a, b, words) else None


# a wire dateline: "MOGADISHU, Jan 16 (Reuters) -", "BEIRUT, March 3 (AFP) -"
_DATELINE = re.compile(
    r",?\s*(?:\d{4}\s*)?\((?:Reuters|AFP|AP|Xinhua|IRNA|Anadolu|AA|dpa|UPI|IANS|PTI|KUNA|"
    r"SANA|WAM|SPA|Bernama|ANI|Sputnik|TASS)\)"
)
_CITATION_OPEN = re.compile(r"[(;]\s*[A-Z][\w&.'’ -]{1,40},\s*$")
_CITATION_CLOSE = re.compile(r"\s*[);]")
_DATELINE_CITY = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'-]{2,30},\s*$")
# a dateline that opens the sentence with a dash or colon: "March 25, 2020 – Two soldiers",
# "April 8, 2014 (JUBA) – ...", "Kabul [Afghanistan], October 8 : As many as 15"
_DATELINE_DASH = re.compile(r",?\s*(?:\([A-Z][A-Za-z .'-]{1,30}\)\s*)?[–—:-]\s")
_DATELINE_LEAD = re.compile(r"\s*(?:[A-Z][\w'-]*(?:\s+\[[^\]]{1,30}\])?,\s*)?")
# a period said right after the speech verb: "said last month that ..."
_SAID_TIGHT = re.compile(
    r"\b(?:said|says|announced|stated|reported|warned|told\s+[A-Za-z]+)\s+(?:in\s+|on\s+)?$"
)
# "according to villagers and the head of a local group on Thursday": when they said it
_ACCORDING_ON = re.compile(r"\baccording\s+to\b[^,.;]{0,80}?\s(?:on\s+|late\s+on\s+)$")
_OF_END = re.compile(r"\bof\s+$")
# "for 2020 and beyond": an open end, no period
# "in the autumn of 2016", "in late March", "mid-2019": a season or a vague part of a month or
# year is no period ("since early November" is read as since November)
_VAGUE_PART = re.compile(
    r"(?:\b(?:autumn|fall|spring|summer|winter)\s+of\s+(?:the\s+year\s+)?|"
    r"\b(?:late|mid|middle\s+of)[\s-]+|"
    r"(?<!since\s)(?<!Since\s)\bearly[\s-]+)$"
)
# a word every match of _VAGUE_PART holds ("middle" holds "mid")
_VAGUE_WORDS = ("autumn", "fall", "spring", "summer", "winter", "late", "mid", "early")
_DAY_OR_MONTH = frozenset({"md", "dm", "m", "wd", "my", "iso", "dmy_num"})
_END_OF = re.compile(r"\b(?:[Bb]y|[Aa]t|[Aa]s\s+of|[Uu]ntil)\s+the\s+end\s+of\s+$")
_AND_BEYOND = re.compile(r"\s+(?:and\s+beyond|and\s+after(?:wards)?|onwards?)\b")
# "for the first time since 2014", "the highest since 2011": a comparison, not a start
_COMPARE_SINCE = re.compile(
    r"\b(?:first\s+time|highest|lowest|most|fewest|largest|smallest|biggest|worst|deadliest|"
    r"best)\s+(?:level\s+|number\s+|toll\s+)?since\s+$"
)

_PART_OF = re.compile(
    r"\b(?P<which>first|second|third|fourth|last|final)\s+(?P<unit>week|half|quarter)\s+of\s+"
    r"(?:the\s+year\s+)?$",
    re.IGNORECASE,
)
_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_MONTHS_OF = re.compile(
    r"\b(?P<which>first|last|final)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|"
    # round 18: days and weeks too ("In the first eight days of 2023", rt17_008; "during the
    # first 2 weeks of March", rt17_073; "In the first three days of October", rt15_099)
    r"\d{1,2})\s+(?P<unit>months|weeks|days)\s+(?:of|in)\s+$",
    re.IGNORECASE,
)
_PART_ALONE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout)\s+the\s+(?P<which>first|second|third|fourth|last|"
    r"final)\s+(?P<unit>half|quarter)(?:\s+of\s+(?:the|this)\s+year)?(?!\s+of\b)"
)


def _part(which: str, unit: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """A week of a month, or a half or quarter of a year, within ``first..last``."""
    if unit == "week":
        if which in ("last", "final"):
            return last - dt.timedelta(days=6), last
        a = first + dt.timedelta(days=7 * _ORDINAL[which])
        return (a, min(a + dt.timedelta(days=6), last)) if a <= last else (first, last)
    n = 2 if unit == "half" else 4
    if first.month != 1 or last.month != 12:
        return first, last  # only a whole year splits into halves and quarters
    k = n - 1 if which in ("last", "final") else _ORDINAL[which]
    if k >= n:
        return first, last
    m0 = 1 + k * 12 // n
    m1 = m0 + 12 // n - 1
    return dt.date(first.year, m0, 1), _last_day(first.year, m1)


def _count(text: str | None) -> float:
    if not text:
        return 1.0
    t = text.lower()
    if t.isdigit():
        return float(t)
    if t in ("few", "several", "couple of") or t.startswith("couple"):
        return {"few": 3.0, "several": 3.0}.get(t, 2.0)
    v = words_value(t)
    return float(v) if v is not None else 1.0


_AS_OF_END = re.compile(r"\b[Aa]s\s+of\s+(?:(?:late|early)\s+)?$")
_OWN_DATE = re.compile(r"\s+(?:on|in|during)\s+")
_FOLLOWS = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:in|on|during|since|by|for|between|from|as\s+of)\s+$"
)
_PASSIVE_AUX_END = re.compile(r"\b(?:were|was|been|being|be|are|is)\s+$")
_SPEECH_BETWEEN = re.compile(
    r"\b(?:said|says|told|announced|stated|declared|reported|warned|noted|claimed\s+that)\b"
)
_SINCE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning|onset|outbreak)\s+of\b")
_FOR_AFTER_MONEY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?for\s+")


def _in_brackets(norm: str, a: int) -> bool:
    r"""Whether ``norm[:a]`` ends with "(" and white space at most (a conversion).

    "US$7.73 billion (S$10.8 billion)". The same as searching ``\(\s*$`` in ``norm[:a]``, read
    back from ``a`` instead of over the whole text before it (``\s`` and ``str.isspace`` agree).
    """
    k = a
    while k > 0 and norm[k - 1].isspace():
        k -= 1
    return k > 0 and norm[k - 1] == "("


def figure_period(
    norm: str,
    periods: list[Period],
    start: int,
    end: int,
    money: bool = False,
    money_spans: list[tuple[int, int]] | None = None,
) -> Period | None:
    """The period of the figure at ``norm[start:end]`` among a clause's ``periods``.

    The nearest period, with these rules: a date stated right after the figure ("1,342 in
    August") wins a tie over one before it ("from 732 in July to 1,342 in August"); a single day
    before a speech verb that introduces the figure is when it was said, not when it happened
    ("On 28 September 2018, ... Sheikh Hasina said there are 1.1 million"); "last year's
    conference" dates only money, and a period dates money only if no other money figure
    stands between them ("pledging $500 million, topping its pledge of $300 million last year");
    "this year" is the whole year for money (what the year's appeal is for).

    Examples
    --------
    >>> import datetime as dt
    >>> t = "going from 732 in July to 1,342 in August."
    >>> ps, _ = find_periods(t, 0, len(t), dt.date(2018, 9, 1))
    >>> figure_period(t, ps, t.index("1,342"), t.index("1,342") + 5).period_start
    datetime.date(2018, 8, 1)
    """
    best, best_d = None, None
    for p in periods:
        if p.possessive and (not money or (p.this_year and not 0 <= start - p.end <= 4)):
            continue  # "this year's $3.85 billion aid response plan", not "this year's gathering"
        if p.end <= start:
            d = float(start - p.end)
            if (
                _is_day(p)
                and _SPEECH_BETWEEN.search(norm, p.end, start)
                and not _AS_OF_END.search(norm, max(0, p.start - 16), p.start)
            ):
                continue  # "On Tuesday, the UN said 300 people ..." (not "As of July 6, 2024,
                # the bulletin said 93,000": the count's date)
            if "since the" in norm[p.end : start] and _SINCE_START.search(norm, p.end, start):
                continue  # "... in the past 24 hours, bringing the total since the start of the
                # conflict to 11,085": the total runs from an undated start, not that period
            if ":" in norm[p.end : start]:
                d += 20.0  # list items carry their own dates: "in 2017-2018: 11,050 in 2017"
            if "followed by" in norm[p.end : start]:
                d += 200.0  # the next item of a dated sequence: "1,518 ... in 2018, followed by
                # 1,459 ... in 2019" (its own date after it wins)
            if (
                money
                and money_spans
                and any(
                    b <= p.start and _FOR_AFTER_MONEY.fullmatch(norm, b, p.start)
                    for _, b in money_spans
                )
            ):
                continue  # "US$ 7 billion for 2019, and ... US$ 2.4 billion": the other's year
            between = (p.end, start)
        elif p.start >= end:
            d = float(p.start - end)
            sp = _SPEECH_BETWEEN.search(norm, end, p.start)
            if sp is not None and not _PASSIVE_AUX_END.search(
                norm, max(0, sp.start() - 12), sp.start()
            ):
                continue  # the figure counts the speakers: "Two aid workers said that on ..."
                # (not "cases were reported between January 1 and March 6": no speaker)
            w = norm.find("of whom", end, p.start)
            if w >= 0 and norm.find(",", w, p.start) < 0:
                continue  # "home to about 1 million Rohingyas, the majority of whom arrived ...
                # in 2017": the relative clause's date, not the stock's (a comma ends the clause:
                # "134,000 people, 80 per cent of whom were Haitians, crossed in 2021")
            if _FOLLOWS.fullmatch(norm, end, p.start):
                d -= 0.5  # the figure's own date: "1,342 in August"
                if _OWN_DATE.fullmatch(norm, end, p.start):
                    d = -0.5  # right after it: "..., 1,293 on Friday, 2,059 on Saturday"
            between = (end, p.start)
        else:
            continue
        if (
            money
            and money_spans
            and any(
                between[0] <= a and b <= between[1] and not _in_brackets(norm, a)
                for a, b in money_spans
            )
        ):
            continue  # another pledge stands between: its date is not this one's
        if best_d is None or d < best_d:
            best, best_d = p, d
    if best is not None and best.period_start is not None and best.period_end is not None:
        a, b = best.period_start, best.period_end
        if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
            for p in periods:  # "in 2024, with 65 strikes recorded since the beginning of the
                # year": the year so far, narrower than the year named
                if (
                    p.period_start == a
                    and p.period_end is not None
                    and p.period_end < b
                    and norm.startswith(("since", "Since"), p.start)
                ):
                    best = p
                    break
    if best is not None and money and best.this_year and best.period_start is not None:
        y = best.period_start.year
        best = Period(best.start, best.end, dt.date(y, 1, 1), dt.date(y, 12, 31))
    return best
