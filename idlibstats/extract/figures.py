"""The extraction pipeline: text in, figure table out."""

from __future__ import annotations

import datetime as dt
import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from idlibstats.errors import ExtractionInputError, IdlibstatsWarning
from idlibstats.extract.arabic import LANGUAGES, language_blocks
from idlibstats.extract.arabic import pipeline as arabic
from idlibstats.extract.attribution import (
    DEFAULT_SOURCES,
    MONITORS,
    Attribution,
    Mention,
    SourceRegistry,
    back_references,
    continues_report,
    has_speech,
    indefinite_monitor,
    names_figures_source,
    nearest_attribution,
    opening_monitor,
    sentence_attributions,
)
from idlibstats.extract.build import FigureColumns, paused_gc
from idlibstats.extract.measures import (
    ACROSS_BORDER,
    CAPTURE_KEYWORDS,
    ENTERED_ABROAD,
    KEYWORD_RE,
    TERRITORY,
    combined_fates,
    crossed_border,
    entered_the_country,
    fled_within_own_country,
    governing_measure,
    keyword_measure,
    parts_of_back,
    refers_back,
    resolve_return,
    struck_settlements,
    subject_after,
    subject_kind,
    subject_measure,
)
from idlibstats.extract.numerals import (
    BARE_AMOUNT_END,
    CONVERSION_BRACKET,
    Number,
    find_numbers,
    listed_currency,
)
from idlibstats.extract.periods import Period, figure_period, find_periods
from idlibstats.extract.places import find_places
from idlibstats.extract.qualifiers import (
    before_between,
    left_qualifier,
    merge_qualifiers,
    noun_qualifier,
    range_join,
    right_qualifier,
)
from idlibstats.extract.text import Sentence, normalize, split_sentences, word_alternation
from idlibstats.load.regions import NORTH_WEST_SYRIA
from idlibstats.table import figure_bounds

__all__ = ["extract_figures"]

_SUB_BEFORE = re.compile(
    r"(?:\bincluding|\bincluded|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+them|"
    r"\bamong\s+those|\bamong\s+the\s+(?:dead|victims|killed|wounded|injured|casualties)|"
    r"\bof\s+which|\bamong\s+which|\bthey\s+include|\bwhich\s+included?|"
    # the largest part of a total over a period: "1.8 million Afghans in 2025, with a peak of
    # 373,000 in July"
    r"\bwith\s+a\s+peak\s+of|\bpeaking\s+at)[\s,:\u2013\u2014-]*$",
    re.IGNORECASE,
)
# the last words of the _SUB_BEFORE phrases
_SUB_BEFORE_LAST = tuple(
    "including included include them whom those dead victims killed wounded injured "
    "casualties which".split()
) + ("peak of", "peaking at")


_SUB_PUNCT = (",", ":", "-", "\u2013", "\u2014")


def _may_end_sub(seg: str) -> bool:
    """Whether ``seg`` may end with a _SUB_BEFORE phrase: a str test before the regex.

    Its phrases end with one of _SUB_BEFORE_LAST, then white space, commas, colons and dashes; the
    regex would be tried at every position. Non-ASCII text is always True (re.IGNORECASE folds
    a few non-ASCII letters to ASCII ones).
    """
    if not seg.isascii():
        return True
    t = seg.rstrip()
    while t.endswith(_SUB_PUNCT):
        t = t[:-1].rstrip()
    return t.lower().endswith(_SUB_BEFORE_LAST)


# a sub-count phrase before the figure that refers back: "Most of them - 211 - were children"
_BACK_SUB = re.compile(r"\b(?:them|whom|those)[\s,:\u2013\u2014-]*$", re.IGNORECASE)
_SUB_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|these|which)(?![\w])", re.IGNORECASE)
# cheap test for a sentence that may hold a figure (skips the full parse of the others); a
# digit is looked for first, alone: a one-character class is scanned fast, the number words not
_DIGIT = re.compile(r"\d")
_MAYBE_NUMBER = re.compile(
    r"\d|(?i:\b(?:"
    + word_alternation(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
        "fourty fifty sixty seventy eighty ninety hundred thousand million billion dozen dozens "
        "scores tens hundreds thousands millions trillion".split()
    )
    + r")\b|\b\w+teen\b)"
)
# its number words for ASCII-lower-cased text (the same matches there, faster than IGNORECASE)
_MAYBE_WORD_LOW = re.compile(_MAYBE_NUMBER.pattern[len(r"\d|(?i:") : -1])


@dataclass
class _Fig:
    start: int
    end: int
    value: float
    lower: float
    upper: float
    qualifier: str
    unit: str
    currency: str | None
    vague: bool
    num_end: int  # where the subject may start
    subject: str | None = None
    subject_end: int = 0
    measure: str | None = None
    parent: _Fig | None = None
    period: Period | None = None
    source: Attribution | None = None
    place: Any = None
    extra: dict = field(default_factory=dict)


def _as_date(published: Any) -> dt.date | None:
    """``published`` as a date (None when missing); ExtractionInputError when unreadable."""
    day = _to_date(published)
    if day is not None and not _MIN_PUBLISHED <= day <= _MAX_PUBLISHED:
        raise ExtractionInputError(
            f"published {day} is outside {_MIN_PUBLISHED}..{_MAX_PUBLISHED} "
            "(the dates a figure table can hold)"
        )
    return day


_MIN_PUBLISHED = dt.date(1700, 1, 1)
_MAX_PUBLISHED = dt.date(2200, 12, 31)


def _to_date(published: Any) -> dt.date | None:
    if published is None or published is pd.NaT:
        return None
    if isinstance(published, float) and math.isnan(published):
        return None
    if isinstance(published, np.datetime64):
        published = pd.Timestamp(published)
    if isinstance(published, pd.Timestamp):
        return None if pd.isna(published) else published.date()
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ExtractionInputError(
                f"published {published!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    raise ExtractionInputError(
        f"published must be a date, datetime or ISO string, got {type(published).__name__}"
    )


# a change verb before "from A to B": the two numbers are a before and an after, not a range
_CHANGE_END = re.compile(
    r"\b(?:rose|rises|rising|risen|climbed|climbs|climbing|increased|increases|increasing|"
    r"fell|falls|falling|fallen|dropped|drops|dropping|grew|grows|growing|grown|jumped|jumps|"
    r"jumping|soared|surged|declined|decreased|doubled|tripled|swelled|shot\s+up|"
    r"(?:went|goes|gone|going)\s+(?:up|down))\s+$",
    re.IGNORECASE,
)


def _linkable(child: _Fig, total: _Fig) -> bool:
    """Whether ``child`` can be a sub-count of ``total``.

    Money and people are never total and sub-count ("$2bn ... 3.6 million of them"), nor two
    currencies (the same amount converted); a count is
    never part of a percentage; and a sub-count that names what it counts must count the same
    kind of thing as its total ("1,300 civilians ... 12 percent of homes" are not total and part,
    "1,300 civilians ... 35 children" are).
    """
    if (child.currency is None) != (total.currency is None):
        return False
    if child.currency != total.currency:
        return False  # "pledges close to $ 7 billion (6.19 billion euros)": a conversion
    if child.unit == "count" and total.unit == "percent":
        return False
    if child.unit == total.unit == "count" and child.value > total.value:
        return False  # "2,000 families (about 12,000 people)": a conversion, not a part
    a, b = subject_kind(child.subject), subject_kind(total.subject)
    return a is None or b is None or a == b


def _combine(norm: str, s: Sentence, nums: list[Number]) -> list[_Fig]:
    """Numbers -> figures: ranges, qualifiers and bounds."""
    figs: list[_Fig] = []
    i = 0
    floor = s.start
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and a.kind != "vague" and b.kind != "vague":
            join = range_join(norm, a.end, b.start)
            between = before_between(norm, a.start, floor)
            if (
                between is not None
                and norm[between : between + 4].lower() == "from"
                and _CHANGE_END.search(norm, max(floor, between - 30), between)
            ):
                join = None  # "the toll rose from 300 to 400": two figures, not a range
            if join is not None and (
                join in ("-", "to")
                or (join == "and" and between is not None)
                or (join == "or" and a.kind == b.kind)
            ):
                lo, hi = a.value, b.value
                if b.scale > 1 and a.scale == 1 and a.raw < 1000 and a.raw * b.scale > hi / 1000:
                    lo = a.raw * b.scale
                unit = "percent" if "percent" in (a.unit, b.unit) else "count"
                if a.currency or b.currency:
                    unit = "money"  # "$3-5 million"
                if lo < hi and (join != "-" or (a.kind == "numeral" and b.kind == "numeral")):
                    start = between if between is not None else a.start
                    lq, lq_start = left_qualifier(norm, start, floor)
                    if lq == "approx":
                        start = lq_start
                    figs.append(
                        _Fig(
                            start,
                            b.end,
                            (lo + hi) / 2,
                            lo,
                            hi,
                            "range",
                            unit,
                            a.currency or b.currency,
                            False,
                            b.end,
                        )
                    )
                    floor = b.end
                    i += 2
                    continue
                if (
                    join == "-"
                    and a.end == b.start - 1
                    and a.kind == b.kind == "numeral"
                    and lo >= hi
                    and b.raw < 100
                ):
                    i += 2  # a score or a code ("won 2-0", "3-1"), not two figures
                    continue
        if a.kind == "vague":
            lo, hi = figure_bounds("vague", a.value)
            figs.append(
                _Fig(a.start, a.end, a.value, lo, hi, "vague", a.unit, a.currency, True, a.end)
            )
            floor = a.end
            i += 1
            continue
        ceil = b.start if b is not None else s.end
        q, start = left_qualifier(norm, a.start, floor)
        rq, end = right_qualifier(norm, a.end, ceil)  # "at least 1,300+": keep the "+" too
        q = merge_qualifiers(q, rq)
        prv = figs[-1] if figs else None
        if q == "exact" and prv is not None and prv.currency and a.currency:
            # a conversion in brackets: "close to $7 billion (6.19 billion euros)"
            q = prv.qualifier if CONVERSION_BRACKET.fullmatch(norm, prv.end, a.start) else q
        lo, hi = figure_bounds(q, a.value)
        figs.append(_Fig(start, end, a.value, lo, hi, q, a.unit, a.currency, False, end))
        floor = end
        i += 1
    return figs


def _nearest(items: list, a: int, b: int) -> Any:
    best, best_d = None, None
    for it in items:
        if it.end <= a:
            d = a - it.end
        elif it.start >= b:
            d = it.start - b
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d = it, d
    return best


def _country_place(pm: Any) -> bool:
    return pm.pcode is None or not str(pm.pcode).startswith("SY")


_RANK = {"place": 5, 3: 4, 2: 3, 1: 2, "region": 1.5, 0: 1}
# places named as one list: "Maarat al-Numan and Saraqeb", "Idlib, Aleppo and Hama"
_PLACE_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)")


def _pick_place(places: list, fig: _Fig) -> Any:
    if not places:
        return None
    syrian = [p for p in places if not _country_place(p)]
    pool = syrian or places
    top = max(_RANK.get(p.level, 0) for p in pool)
    return _nearest([p for p in pool if _RANK.get(p.level, 0) == top], fig.start, fig.end)


def _place_list(norm: str, places: list, first: Any) -> list:
    """``first`` and the places listed with it ("left Maarat al-Numan and Saraqeb")."""
    ordered = sorted(places, key=lambda p: p.start)
    k = next(i for i, p in enumerate(ordered) if p is first)
    lo = hi = k
    while lo > 0 and _PLACE_LIST_SEP.fullmatch(norm, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and _PLACE_LIST_SEP.fullmatch(
        norm, ordered[hi].end, ordered[hi + 1].start
    ):
        hi += 1
    listed = ordered[lo : hi + 1]
    return [first] + [p for p in listed if p is not first]


_PLACE_WARNED: list[bool] = []


def _find_places(text: str, start: int, end: int) -> list:
    """Places named in ``text[start:end]`` (offsets into ``text``)."""
    chunk = text[start:end]
    try:
        found = find_places(chunk)
    except Exception as exc:  # place linking is secondary: a gazetteer fault never loses figures
        if not _PLACE_WARNED:
            _PLACE_WARNED.append(True)
            warnings.warn(
                f"place linking failed ({type(exc).__name__}: {exc}); only country names "
                "are linked",
                IdlibstatsWarning,
                stacklevel=2,
            )
        found = _fallback_places(chunk)
    regions = [
        _Country(m.start(), m.end(), NORTH_WEST_SYRIA.name, None, "region")
        for m in (
            _NORTH_WEST_RE.finditer(chunk)
            if "Syria" in chunk and ("orth" in chunk or "NW" in chunk)
            else ()
        )
    ]
    if regions:  # "northwest Syria" is the region, not the country's centroid
        found = [p for p in found if not any(p.start < r.end and r.start < p.end for r in regions)]
        found = sorted([*found, *regions], key=lambda p: p.start)
    return [_Located(start + p.start, start + p.end, p) for p in found]


# the package's north-west Syria region (idlibstats.load.regions.NORTH_WEST_SYRIA); every
# match holds "Syria" and "orth" or "NW", so a text without them is not scanned
_NORTH_WEST_RE = re.compile(
    r"\b(?:[Nn]orth[- ]?[Ww]est(?:ern)?|NW)\s+Syria\b|\bSyria's\s+(?:north[- ]?west(?:ern)?|"
    r"[Nn]orth[- ]?[Ww]est)(?:\s+(?:region|provinces?))?\b"
)


class _Located:
    """A place found in a sentence, at its offsets in the document.

    The attributes read for every figure of the sentence are copied (a delegated look-up
    through ``__getattr__`` is a Python call each); the others are the match's.
    """

    __slots__ = ("start", "end", "match", "name", "pcode", "level", "lat", "lon")

    def __init__(self, start: int, end: int, match: Any) -> None:
        self.start, self.end, self.match = start, end, match
        self.name, self.pcode, self.level = match.name, match.pcode, match.level
        self.lat, self.lon = match.lat, match.lon

    def __getattr__(self, name: str) -> Any:
        return getattr(self.match, name)


@dataclass(frozen=True)
class _Country:
    start: int
    end: int
    name: str
    pcode: str | None
    level: int = 0
    lat: float = math.nan
    lon: float = math.nan


_COUNTRY_RE = re.compile(r"\b(?:Syria|Turkey|Lebanon|Jordan|Iraq|Germany|Egypt|Greece)\b")


def _fallback_places(text: str) -> list:
    return [
        _Country(m.start(), m.end(), m.group(), "SY" if m.group() == "Syria" else None)
        for m in _COUNTRY_RE.finditer(text)
    ]


_OPENING_QUOTES = " \"“‘'"


# the events of the sentence before, named again: "These attacks left ...", "during these
# strikes" (round 5's narrow same-event carry; a period may cross a paragraph break)
_THESE_EVENTS = re.compile(
    r"\b[Tt]hese\s+(?:(?:air|drone|deadly)\s*)?(?:attacks|strikes|airstrikes|raids|clashes|"
    r"bombings|assaults|incidents|shellings|operations)\b"
)


# the event of the sentence before named again by a definite noun, or its dead: "in the aerial
# attack", "in the attack that occurred", "Among the dead", "the deceased"; not "the attack on
# Al-Sibat neighborhood", which may be another one (rt14_060)
_THE_EVENT = re.compile(
    r"\bthe\s+(?:(?:aerial|air|drone|missile|deadly|latest|same|armed|suicide)\s+)?(?:attack|incident|"
    r"strike|airstrike|raid|ambush|explosion|blast|bombing|assault|shooting|shootout)\b(?!\s+on\b)|"
    r"\b(?:of|among)\s+the\s+(?:dead|deceased)\b|\bthe\s+deceased\b"
)


# round 27: the event of the sentence before, dated in this one by a weekday's possessive:
# "At least ten soldiers died in an ambush ... The toll from Friday's attack could rise"
# (rt24_164), "No one has claimed responsibility for Sunday's attack" (rt24_166), "Monday's
# attack targeted ..." (rt23_036), "Thursday's attack on the Red Sea port city also wounded"
# (rt22_010); not a state after it ("remain missing after Saturday's attack", rt12_139)
_DAYS_EVENT = re.compile(
    r"(?:\s+(?:night|morning|evening|afternoon))?'s\s+(?:[a-z]+\s+){0,2}?(?:attacks?|ambush|"
    r"raids?|strikes?|airstrikes?|air\s+strikes?|bombings?|blasts?|explosions?|assault|"
    r"shootings?|shelling|bombardment|massacre)\b"
)
_AFTER_END = re.compile(r"\b(?:after|since|before)\s+$")


def _days_event(low: str, periods: list[Period]) -> Period | None:
    """The day of the event this sentence names by a weekday's possessive, if any."""
    for p in periods:
        if (
            p.period_start is not None
            and p.period_start == p.period_end
            and _DAYS_EVENT.match(low, p.end)
            and not _AFTER_END.search(low, max(0, p.start - 8), p.start)
        ):
            return p
    return None


class _State:
    """What carries across sentences: the last monitor named and the last quoted speaker."""

    def __init__(self) -> None:
        self.last_monitor: Mention | None = None
        self.quote_speaker: Attribution | None = None
        self.last_source: Attribution | None = None  # the last reporter named
        self.last_paragraph = -1  # paragraph of ``last_source``
        self.prev_figs: list[_Fig] = []  # figures of the previous sentence
        self.monitor_figs: list[_Fig] = []  # the previous sentence's, "a war monitor said"
        self.quoted: list[_Fig] = []  # figures of an open quotation whose speaker is unknown yet
        self.money_in = (-2, -1)  # (sentence, paragraph) of the last amount of money
        self.money_currency: str | None = None
        self.reported_in = -2
        self.event_day: tuple | None = None  # ((sentence, paragraph), the day of its event)
        self.event_span: tuple | None = None  # (sentence, the period of its last dated figure)
        self.undated: tuple = (-2, [])  # (sentence, its figures of an event left undated)
        self.context_start: int | None = (
            None  # start of the sentence before, same paragraph  # index of the last sentence whose reporter has a verb of its own
        )


# a sentence that goes on with a list of pledges: "Germany gave 1.44 billion euros. France
# announced 1.1 billion, the United Kingdom, 464 million." (the round-2 decision "currency from
# context")
_DONOR_START = re.compile(
    r"\s*(?:(?:The|the)\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*,?\s*(?:(?:also|then)\s+)?"
    r"(?:pledged|gave|announced|offered|contributed|provided|promised|committed|added)\s+"
    r"(?:an?\s+)?(?:(?:additional|further|another)\s+)?"
)


def _currency_from_before(norm: str, s: Sentence, nums: list[Number], currency: str | None) -> None:
    """Give a pledge list's bare amounts the currency of the sentence before it."""
    n = nums[0]
    if (
        currency is not None
        and n.unit == "count"
        and n.scale >= 1e6
        and _DONOR_START.fullmatch(norm, s.start, n.start)
        and BARE_AMOUNT_END.match(norm, n.end, s.end)
    ):
        n.unit, n.currency = "money", currency
        listed_currency(norm, nums, s.end)


def extract_rows(
    text: str,
    published: dt.date | None,
    doc_id: str,
    sources: SourceRegistry,
    out: FigureColumns,
) -> None:
    """Add the figure rows of one document to ``out``."""
    norm = normalize(text)
    # same offsets; case-sensitive regexes on it are faster (str.lower is the same on ASCII)
    low = norm.lower() if norm.isascii() else norm.translate(_ASCII_LOWER)
    sentences = split_sentences(norm, normalized=True)
    quotes_open = 0  # '"' marks seen so far in the paragraph (odd: inside a quotation)
    paragraph = -1
    state = _State()
    figs: list[_Fig] = []
    quotes: dict[int, Sentence] = {}
    last_total: _Fig | None = None
    word_rx, word_text = (_MAYBE_WORD_LOW, low) if norm.isascii() else (_MAYBE_NUMBER, norm)
    maybe = [
        bool(_DIGIT.search(norm, s.start, s.end) or word_rx.search(word_text, s.start, s.end))
        for s in sentences
    ]
    # after the sentence that follows the last one that may hold a figure, no sentence can
    # change a figure (a source named next applies to the sentence before only): not read,
    # unless a quotation with figures is still open (its speaker is named after it closes)
    last = max((k for k, m in enumerate(maybe) if m), default=-2)
    for k, (s, may) in enumerate(zip(sentences, maybe, strict=False)):
        if k > last + 1 and (not state.quoted or s.paragraph != paragraph):
            break
        if s.paragraph != paragraph:
            paragraph, quotes_open = s.paragraph, 0
            state.quoted = []
            state.context_start = None
        if may:
            periods, masks = find_periods(norm, s.start, s.end, published, low)
            nums = find_numbers(norm, s.start, s.end, masks, low)
            if nums and state.money_in == (k - 1, s.paragraph):
                _currency_from_before(norm, s, nums, state.money_currency)
            money = [n for n in nums if n.unit == "money"]
            if money:
                state.money_in, state.money_currency = (k, s.paragraph), money[-1].currency
        else:
            periods, nums = [], []
            nxt = sentences[k + 1] if k + 1 < len(sentences) else None
            if (nxt is not None and nxt.paragraph == s.paragraph and maybe[k + 1]) or (
                state.undated[0] == k - 1 and low.find("'s ", s.start, s.end) >= 0
            ):
                # "We are outraged by Friday's attack ... Dozens of soldiers were killed"
                periods = find_periods(norm, s.start, s.end, published, low)[0]
        if (
            nums
            or state.prev_figs
            or state.monitor_figs
            or state.quoted
            or (k <= last and k + 1 < len(sentences))
        ):
            attrs, mentions = sentence_attributions(
                norm, s.start, s.end, sources, state.last_monitor
            )
            attrs = back_references(norm, s.start, attrs, state.last_source, mentions)
        else:  # the last sentence read, with no figure and none waiting for a source or a
            # quotation's speaker: what it attributes changes no figure
            attrs, mentions = [], []
        named = [a for a in attrs if a.source is not None]
        if not nums and named and state.prev_figs and names_figures_source(norm, s.start, s.end):
            for f in state.prev_figs:  # "... 42,000 people have fled. The figures were
                if f.source is None:  # released by the IOM."
                    f.source = named[0]
        if state.undated[0] == k - 1 and periods and (day := _days_event(low, periods)):
            for f in state.undated[1]:  # "... five soldiers killed. ... for Sunday's attack."
                if f.period is None:
                    f.period = day
        state.prev_figs = []
        if not nums and state.monitor_figs and (mon := opening_monitor(norm, s.start, named)):
            for f in state.monitor_figs:  # "..., a war monitor said. The Syrian Observatory
                f.source = f.source or mon  # for Human Rights said the civilians were ..."
        state.monitor_figs = []
        if nums:
            s_places = [  # "Turkey's defence ministry" names a source, not a place
                p
                for p in _find_places(text, s.start, s.end)
                if not any(p.start < m.end and m.start < p.end for m in mentions)
            ]
            sfigs = _combine(norm, s, nums)
            last_total = _describe(norm, low, s, sfigs, periods, last_total, state.context_start)
            if (
                not periods
                and state.event_day is not None
                and (
                    state.event_day[0] == (k - 1, s.paragraph)
                    # round 23: across a paragraph break only when the sentence names the
                    # event again (round 5): "ten people were killed and eight wounded in the
                    # aerial attack" (rt20_035), "Three of the dead were cattle raiders"
                    # (rt19_025)
                    or (
                        state.event_day[0][0] == k - 1
                        and norm.find("the ", s.start, s.end) >= 0
                        and _THE_EVENT.search(low, s.start, s.end) is not None
                    )
                )
            ):
                for f in sfigs:  # the deaths and injuries of the event dated just before
                    if (
                        f.period is None
                        and f.unit == "count"
                        and (
                            f.measure in ("killed", "injured")
                            # the event's own people: "More than 100 insurgents laid waste"
                            or (
                                f.measure == "other"
                                and (
                                    subject_kind(f.subject) == "people"
                                    # what it destroyed: "setting fire to at least one bank"
                                    or _DESTROYING_END.search(low, max(0, f.start - 30), f.start)
                                )
                            )
                        )
                    ):
                        f.period = state.event_day[1]
            if (
                not periods
                and state.event_span is not None
                and state.event_span[0] == k - 1
                and norm.find("hese ", s.start, s.end) >= 0
                and _THESE_EVENTS.search(norm, s.start, s.end)
            ):
                for f in sfigs:  # "... since early 2022. These attacks left 10 civilians dead"
                    if f.period is None and f.unit == "count":
                        f.period = state.event_span[1]
            for f in sfigs:
                f.source = nearest_attribution(attrs, f.start, f.end, norm)
                quoted = (quotes_open + norm.count('"', s.start, f.start)) % 2
                if not attrs and quoted:
                    f.source = state.quote_speaker
                if quoted and f.source is None:
                    # the speaker named after the quotation, also over an unnamed "According to
                    # initial reports" inside it
                    state.quoted.append(f)
                later = f.extra.pop("later_parent", None)
                if (
                    later is not None
                    and f.source is not None
                    and later.source is not None
                    and f.source.source == later.source.source
                ):
                    f.parent = later
                    if f.period is None and f.unit == "count":
                        f.period = later.period
                f.place = _pick_place(s_places, f)
                if f.place is not None:
                    f.extra["places"] = _place_list(norm, s_places, f.place)
                quotes[id(f)] = s
            for f in sfigs:  # a sub-count shares its total's source
                if f.parent is not None and id(f.parent) in quotes and quotes[id(f.parent)] is s:
                    f.source = f.parent.source
            if (
                sfigs
                and not attrs
                and state.last_source is not None
                and state.last_paragraph == paragraph
                and not (quotes_open + norm.count('"', s.start, sfigs[0].start)) % 2
                and (
                    continues_report(norm, s.start, sfigs[0].start)
                    or (state.reported_in == k - 1 and not has_speech(norm, s.start, s.end))
                )
            ):
                for f in sfigs:  # "Additionally, 26 out of 35 hospitals ..."
                    f.source = f.source or state.last_source
                # D1 (round 8): the next sentence goes on with the same report too
                state.reported_in = k
            figs.extend(sfigs)
            if not attrs:
                state.prev_figs = sfigs
            elif indefinite_monitor(norm, s.start, s.end):
                state.monitor_figs = [f for f in sfigs if f.source is None]
        days = [
            p
            for p in ([f.period for f in sfigs] if nums else periods)
            if p is not None and p.period_start is not None and p.period_start == p.period_end
        ]
        state.event_day = ((k, s.paragraph), days[-1]) if days else None
        dated = [f.period for f in sfigs if f.period is not None] if nums else []
        state.event_span = (k, dated[-1]) if dated else None
        state.undated = (
            k,
            [
                f
                for f in (sfigs if nums else ())
                if f.period is None and f.unit == "count" and f.measure in ("killed", "injured")
            ],
        )
        for mt in mentions:
            if mt.canonical in MONITORS:
                state.last_monitor = mt
        marks = norm.count('"', s.start, s.end)
        if state.quoted and (quotes_open + marks) % 2 == 0:
            # the quotation closes here: its speaker, named after it ('... killed," he said'),
            # reports the figures of its earlier sentences too
            close = norm.rfind('"', s.start, s.end)
            after = [a for a in named if a.anchor[0] > close]
            for f in state.quoted if after else ():
                f.source = f.source or after[0]
            state.quoted = []
        quotes_open += marks
        if named:
            state.last_source, state.last_paragraph = named[-1], paragraph
            state.reported_in = k
        elif mentions and not norm[s.start : mentions[0].start].strip(_OPENING_QUOTES):
            # "The UN refugee agency reiterated"; also inside an opening quotation: '"The
            # International Organization for Migration and its partners are scaling up ...
            mt = mentions[0]
            state.last_source = Attribution(mt.canonical, mt.start, mt.end)
            state.last_paragraph = paragraph
        if named and '"' in norm[s.start : s.end]:
            state.quote_speaker = named[0]
        state.context_start = s.start
    _abroad_passage(norm, low, figs)
    out.add(text, figs, quotes, published, doc_id)


# a passage about people who crossed a border: it calls them refugees somewhere (lower case:
# not an office's name, "Coordination for Displaced Persons and Refugees"; not a camp or an
# agency; not the Palestine refugees of UNRWA, who stay in their own land)
_REFUGEES_NAMED = re.compile(
    r"(?<!Palestine )(?<!Palestinian )\brefugees\b(?!\s+(?:camps?|agency|settlements?)\b)"
)
# a flight or arrival near the figure whose destination is not told (a told one decides by
# itself: "forced to flee to safety further north"), and no word that keeps it inside the
# country
_FLIGHT_NEAR = re.compile(
    r"\b(?:fle[de]|fleeing|flee|arriv\w*|crossing|crossed)\b(?!\s+(?:to|towards?|into)\b)"
)
_INSIDE_NEAR = re.compile(
    r"\b(?:internally|idps?|displaced|displacement|inside|within|inland|their\s+homes?|from\s+the\s+"
    r"(?:regions?|areas?))\b"
)


def _crossed_abroad(f: _Fig) -> bool:
    """Whether a figure was read as refugees from a border crossed, not from the word.

    "more than 11,000 Rohingya crossed into southeastern Bangladesh": the passage is about
    refugees though it never calls them so (round 16: rt13_107, rt7_341).
    """
    return f.measure == "refugees" and (f.subject is None or "refuge" not in f.subject.lower())


def _abroad_passage(norm: str, low: str, figs: list[_Fig]) -> None:
    """Flights and arrivals of a passage about refugees are refugees (their sub-counts too).

    "The number of daily arrivals is lower than ... when ... thousands were fleeing every day.
    ... more than 30% of the refugees are younger than 18": the border crossing is told once,
    or only in the crisis's own word for the people; the flight near each figure is theirs.
    """
    named = "efugees" in norm and _REFUGEES_NAMED.search(norm) is not None  # a cheap test first
    if not named and not any(_crossed_abroad(f) for f in figs):
        return
    moved: set[int] = set()
    for f in figs:
        if f.measure != "displaced":
            continue
        if f.parent is not None and id(f.parent) in moved:
            f.measure = "refugees"
        else:
            lo, hi = max(0, f.start - 60), min(len(low), f.end + 80)
            if (
                not _FLIGHT_NEAR.search(low, lo, hi)
                or _INSIDE_NEAR.search(low, lo, hi)
                or fled_within_own_country(norm, f.start, min(len(norm), f.end + 240), f.subject)
            ):
                continue
            f.measure = "refugees"
        moved.add(id(f))


_TO_PLACE_PAREN = re.compile(
    r"\bto\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}(?:(?:site|camp|settlement)\s+)?\($"
)
_NEXT_PLACE_PAREN = re.compile(r"\)\s*(?:,\s*|,?\s*and\s+)(?:[A-Z][\w'-]*\s+){1,3}\($")
_DATED_PART = re.compile(
    r"\s+(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d)\b"
)
_AUX = re.compile(
    # a place after the counted noun: "nearly 90% of the population of Gaza were"
    # or a group the counted belong to: "two aid workers for other groups were also killed"
    r"(?:\s+(?:(?:of|in|across)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|(?:for|from|with)\s+"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|other\s+(?:groups|organi[sz]ations|agencies|NGOs)))"
    # or before a plain past verb: "Two soldiers in Mali died"
    r"(?=\s+(?:has|have|had|were|was|are|is|[a-z]+ed)\b|\s*-))?"
    # a dashed apposition: "4.1 million people across Somalia - a quarter of the population - are"
    r"(?:\s*-[^-.;\d]{3,80}-(?=\s+(?:has|have|had|were|was|are|is)\b))?"
    # an apposition before the verb: "More than 150 people, the whole population of X, were"
    r"(?:\s*,[^,.;\d]{3,120},(?=\s+(?:has|have|had|were|was|are|is)\b))?"
    r"(?:\s*,(?=\s+(?:has|have|had|were|was|are|is)\b))?(?:\s*(?:…|\.\.\.)(?=\s))?(?:\s+(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|already|all|now|"
    r"still|later|allegedly|subsequently|who|that|would|could|will|may|might|newly|since|currently|"
    r"mostly|most|confirmed|presumed|found|seriously|critically|severely|slightly|lightly|badly|"
    r"fatally|mortally|\([^()]{0,40}\)))*\s+(?:in\s+\")?"
)
_SIBLING = re.compile(
    r"(?:\s+(?:in|at|from|to|for|of)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|"
    r"\s+(?:from|because\s+of|due\s+to)\s+(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})?"
    r"\s*,?\s*(?:and\s+|,\s*|\s*\(|as\s+well\s+as\s+)"
)
# a figure whose verb is left out: "... and 399,615 to Pakistan", ", 31,115 from Pakistan"
_ELLIPSIS_AND = re.compile(r"(?:,|\band|\bwhile)\s+$")
_ELLIPSIS_PLACE = re.compile(
    r"\s+(?:to|from|into|in|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*(?:[,.;)]|and\b|$)"
)
# a bare figure a count is compared with counts the same: "more than 2,500 migrants ... landed
# ..., compared to 370 in the same period last year" (rt17_008), "85 per cent of the capital -
# up from 80 per cent" (rt3_323)
_COMPARED_END = re.compile(r"\b(?:compared\s+(?:to|with)|up\s+from|down\s+from)\s+$")
# a running total the figure before adds to: "More than 80,000 people have crossed from the DRC's
# South Kivu ..., bringing the total now to more than 200,000 displaced people" (rt9_348)
_RUNNING_TOTAL_END = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes)\s+"
    r"(?:the|its|their)\s+(?:(?:overall|total|cumulative)\s+)?(?:total|number|tally|count|figure)"
    r"\b[^.;\d]{0,100}?\bto\s+$"
)
# a toll or its dead, then what they died from: "the death toll from Israeli attacks"
_TOLL_OF_END = re.compile(
    r"\b(?:toll|victims|deaths|dead|fatalities)\s+(?:of|from|in|caused\s+by)\b[^.;:]*$"
)
_LIST_AFTER = re.compile(r"[^\d;.:()]{0,40}:\s*|[^\d;.:()]{0,20}\(\s*")


# a share of a place's population whose size is given next: "70% of Yemen's 28 million
# population", "75 per cent of Gaza's population of 2.3 million people"
_OF_SIZED_POPULATION = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?:(?:total\s+)?population\s+of\s+)?$"
)
# what the population is said to be, an apposition between: "..., more than half of whom are
# children, are displaced", "is believed to be in desperate need of humanitarian aid"
_POPULATION_PREDICATE = re.compile(
    r"(?:\s*,[^;.]{0,60}?,)?\s+(?:(?:is|are|was|were|has|have|been|now|still|currently|believed|"
    r"thought|estimated|to|be)\s+)+(?:(?P<displaced>(?:internally\s+)?displaced)|in\s+(?:[\w-]+\s+)?"
    r"need\s+of)\b"
)


def _share_predicate(norm: str, low: str, share: _Fig, size: _Fig) -> str | None:
    """The measure a share of a population takes from the verb after the population's size.

    "Some 75 per cent of Gaza's population of 2.3 million people, more than half of whom are
    children, are displaced" (displaced, rt356), "An estimated 70% of Yemen's 28 million
    population is believed to be in desperate need of humanitarian aid" (other, rt3_057); the
    size itself stays the population. None when the share is not of a sized population or no
    such verb follows.
    """
    if (
        size.unit != "count"
        or size.measure != "population"
        or _OF_SIZED_POPULATION.fullmatch(norm, share.end, size.start) is None
    ):
        return None
    told = _POPULATION_PREDICATE.match(low, size.subject_end)
    if told is None:
        return None
    return "displaced" if told.group("displaced") else "other"


# a stay verb followed by a state, not a place: "remain in grave danger", "were residing without
# documents" (rt13_010, rt4_142): people in a state are no stock (other)
_NO_STAY = re.compile(
    r"\s+(?:(?:in\s+(?:[\w-]+\s+)?(?:danger|peril|limbo|fear))|at\s+(?:[\w-]+\s+)?risk|without)\b"
)


def _adds_to_refugees(norm: str, s: Sentence, f: _Fig, prev: _Fig | None) -> bool:
    """Whether ``f`` is the running total a refugee figure before it in ``s`` adds to.

    People who crossed a border stay refugees in the total they bring up, whatever word
    the total uses: "More than 80,000 people have crossed from the DRC's South Kivu ...,
    bringing the total now to more than 200,000 displaced people".
    """
    return (
        prev is not None
        and prev.measure == "refugees"
        and prev.unit == f.unit
        and prev.start >= s.start
        and norm.startswith("to ", f.start - 3)
        and _RUNNING_TOTAL_END.search(norm, max(prev.end, f.start - 140), f.start) is not None
    )


def _best_total(norm: str, f: _Fig, before: list[_Fig], prev: _Fig, ceil: int) -> _Fig | None:
    """The total a sub-count belongs to: the last one, unless it names another kind.

    "1.1 million displaced persons have been registered in 156 UNRWA institutions, and 946,000
    of them" belong to the people, not the institutions; "1,662 civilians were killed and more
    than 3,500 injured with deaths in Kabul accounting for almost 20 percent of the toll" to
    the killed. A share "of the returnees" belongs to a total of returns, none when the
    sentence has none ("54 were forcibly repatriated and ... 1,003,563 of the returnees").
    """
    m = _SUB_OF_THE.match(norm, f.num_end, ceil)
    if m is not None:
        kw = _KEYWORD_LOW.search(norm[m.start() : m.end()].lower())
        want = keyword_measure(kw.group()) if kw is not None else None
        if want == "_return":
            return next((t for t in reversed(before) if t.measure in _RETURNED), None)
        for t in reversed(before):
            if t.parent is None and want is not None and t.measure == want:
                return t
    if subject_kind(prev.subject) in ("thing", "place") and subject_kind(f.subject) is None:
        for t in reversed(before):
            if t.parent is None and subject_kind(t.subject) == "people":
                return t
    return prev


_OR_SHARE = re.compile(r"(?:\s+of\s+(?:them|whom|those))?\s*(?:,\s*|\s+\(|\s+-\s*)?\s*or\s+")
_ACRONYM_HEAD = re.compile(
    r"(?:\s+[a-z]+){0,3}\s*\([A-Z]{2,6}s?\)\s+(?:sites|camps|centres|centers|shelters)\b"
)
_OF_THOSE = re.compile(r"\s+of\s+(those(?:\s+who(?:\s+(?:have|had|were|are))?)?\s+[a-z]+)")
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?")
_SHARE_OF_GROUP = re.compile(
    r"\s*[-)\u2013\u2014]?\s*(?:of\s+(?:them|whom)\s+)?(?:are|were|is|was)\s+(?:women|children|"
    r"girls|boys|minors|female|male|under|aged|elderly)\b"
)
_OF_THE_END = re.compile(r"\b[Oo]f\s+(?:the|these|those|its|their)\s+$")
_MORE_OTHERS = re.compile(r"\s+(?:more|others?)\b")
_TOTAL_FIRST_GAP = re.compile(r"[^,;.]{0,70},\s*(?:only|just|some|about|around)?\s*")
_AMONG_THE_AFTER = re.compile(
    r"\s+(?:(?:were|are|was|is)\s+)?among\s+the\s+(?:dead|casualties|victims|killed|wounded|"
    r"injured)\b"
)
_AMONG = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?")
# "Two soldiers in Mali and three civilians in Burkina Faso died": a place may end each
_COORD = re.compile(
    r"(?:\s+(?:in|from)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r"(?:\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus)\s+|\s*,\s*)"
)
# the gap to the next part of a figure told before: "93 members of the security forces loyal to
# the new Syrian government, as well as 120"
_NEXT_PART = re.compile(
    r"[^.;:\d]{0,80}?(?:\s*,)?\s+(?:as\s+well\s+as|and)\s+(?:(?:some|about|around|nearly|almost|"
    r"over|more\s+than|at\s+least|up\s+to)\s+)?"
)


def _people_part(f: _Fig) -> bool:
    """Whether ``f`` may be a part of a toll told before: people with no fate of their own."""
    return subject_kind(f.subject) in ("people", None) and subject_measure(f.subject, False) in (
        None,
        "other",
    )


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_KEYWORDS = KEYWORD_RE.pattern  # its keywords factored by shared prefixes
_KEYWORD_LOW = re.compile(_KEYWORDS)  # on ASCII-lower-cased text
_KW_BEFORE = re.compile(
    r"(?P<kw>" + _KEYWORDS + r")\s+(?:(?:stood|stands|rose|risen|climbed|reached|"
    r"jumped|increased|grew|doubled|fell|dropped|declined|decreased|shrank|swelled|from|"
    r"is|was|were|are|has|had|have|been|nearly|now|to|at|of|hit|hits|topped|exceeded|passed|"
    r"some|about|around|more|than|over|least|almost)\s+)*$",
)
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count)\s+of\b")
# a clause of its own after "the number of ...": "the number of those abducted is more than 70
# while 10 were reportedly killed"; a second count joined to the first: "the total number of
# deaths to 23,084 and injuries to 58,926"
_NUMBER_OF_CUT = re.compile(r"\b(?:while|whereas|but)\b|;|\d\s+and\s")
_GENERIC_PEOPLE = frozenset("people persons individuals".split())
_WHERE_END = re.compile(r"\bwhere\s+$")
_PER_UNIT = re.compile(
    r"\s+(?:per|a|each|in\s+each|in\s+every)\s+(?:classroom|room|tent|toilet|latrine|shelter|"
    r"shower|tap|bed|doctor|square\s+met(?:er|re)|sq)\b"
)
# a place and its population: "a town of about 100,000 people", "the city of two million"
_PLACE_OF = re.compile(
    r"\b(?:city|town|village|country|enclave|province|region|nation|district|governorate|"
    r"camp|strip|island|state|capital|population)\s+of\s+(?:(?:about|some|around|roughly|nearly|almost|"
    r"over|more\s+than|an\s+estimated|approximately|up\s+to|at\s+least)\s+)?$"
)
# a relative clause after the counted noun, or a reduced one: "people sheltering in ..."
_RELATIVE_WHO = re.compile(
    r"\s+(?:(?:who|that)\s+(?:were|was|are|is|had|have)\b|"
    r"(?:sheltering|living|staying|residing|hiding)\s+(?:in|at|inside)\b)"
)
# the main verb after a relative clause: "who were sheltering in UNRWA shelters were killed",
# "300 people sheltering in UNRWA facilities have been killed"
_MAIN_VERB_FATE = re.compile(
    r"[^,.;]{0,60}?\s(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
    r"(?P<kw>killed|wounded|injured)\b"
)
_LEFT_ALONE = re.compile(r"left(?=\s*(?:[.,;:\"]|$))")
# leaving a named place: "left Maarat al-Numan", "left eastern Aleppo"
_DEPARTED = re.compile(
    r"(?:left|leaving|have\s+left|had\s+left|abandoned|deserted)\s+"
    r"(?:(?:the\s+)?(?:eastern|western|northern|southern|north|south|east|west|rural|central)\s+)?"
    r"(?:[A-Z][\w'-]+|al-|the\s+(?:city|town|village|area|region|camp)\b)"
)
# a place or thing on the receiving end: "aircraft dropped three bombs on two nearby villages"
_ON_END = re.compile(
    r"\b(?:on|against|at)\s+(?:(?:the|some|about|around|at\s+least|more\s+than|over|nearly|"
    r"almost|up\s+to)\s+)?$"
)
# weapons used on a place: "Ukraine had been targeted with hundreds of Russian drones"
_WEAPON_USED = re.compile(
    r"\b(?:(?:targeted|attacked|struck|hit|bombarded|pounded)\s+(?:overnight\s+)?with|launched|"
    r"launching|fired|firing|dropped|dropping|sent)\s+(?:(?:some|about|around|nearly|almost|over|"
    r"more\s+than|at\s+least|up\s+to)\s+)?$"
)
_PREDICATE_END = re.compile(r"\b(?:were|was|are|is|been)\s+$")
_CLAUSE_BREAK = re.compile(r"\b(?:and|while|but|whereas)\b|[;,(]")
_POSSESSIVE_PLACE = re.compile(r"[A-Z][\w-]*'s\s+$")
_PEOPLE = frozenset("people residents civilians inhabitants syrians".split())
_SUB_OF_THE = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:\w+\s+)?(?:victims|dead|civilians|killed|displaced|people|"
    r"children|wounded|injured|fighters|refugees|casualties|families|deaths|toll|death\s+toll|"
    r"returnees)"
    r"(?![\w])",
    re.IGNORECASE,
)


class _Keywords:
    """The measure keywords of one sentence (``_KEYWORD_LOW`` matches), found on first use.

    Most figures take their measure from the subject or the verb after it, before the keyword
    list is asked for; the scan, a 400-word alternation tried at every position, is one of the
    costliest regexes of a sentence.
    """

    __slots__ = ("_low", "_start", "_end", "_found")

    def __init__(self, low: str, start: int, end: int) -> None:
        self._low, self._start, self._end = low, start, end
        self._found: list[re.Match] | None = None

    def __iter__(self) -> Iterator[re.Match]:
        if self._found is None:
            self._found = list(_KEYWORD_LOW.finditer(self._low, self._start, self._end))
        return iter(self._found)


class _Capture:
    """Whether the sentence tells of captured territory, tested on first use (see _Keywords).

    Territory a side "lost" was captured by the other ("rebels lost nine villages").
    """

    __slots__ = ("_kws", "_low", "_start", "_end", "_value")

    def __init__(self, kws: _Keywords, low: str, start: int, end: int) -> None:
        self._kws, self._low, self._start, self._end = kws, low, start, end
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            low, a, b = self._low, self._start, self._end
            seg = low[a:b]
            self._value = (
                any(map(seg.__contains__, _CAPTURE_WORDS))
                and any(keyword_measure(k.group()) == "captured" for k in self._kws)
            ) or (seg.find("los") >= 0 and bool(_LOST.search(low, a, b)))
        return self._value


# a word of every "captured" keyword (the first word of each, those inside another left out:
# "take" stands for "taken" too): a sentence holding none has no such keyword to scan for
_CAPTURE_FIRST = {k.split()[0] for k in CAPTURE_KEYWORDS}
_CAPTURE_WORDS = tuple(
    sorted(w for w in _CAPTURE_FIRST if not any(v in w for v in _CAPTURE_FIRST - {w}))
)


def _describe(
    norm: str,
    low: str,
    s: Sentence,
    figs: list[_Fig],
    periods: list[Period],
    last_total: _Fig | None,
    context_start: int | None = None,
) -> _Fig | None:
    """Subject, measure, sub-counts and period of each figure of one sentence.

    ``context_start`` is where the sentence before it in the same paragraph starts: a return
    is from abroad when that sentence names the country ("25,009 Afghans returned from Iran
    ... 15,589 persons returned voluntarily").

    Returns the last total (non sub-count) figure, which later sentences' "150 of them" use.
    """
    kws = _Keywords(low, s.start, s.end)
    capture = _Capture(kws, low, s.start, s.end)
    prev: _Fig | None = None
    # _CLAUSE_CUT needs a ";" or one of its words: without them every period is in the clause
    cut = any(map(norm[s.start : s.end].__contains__, (";", *_CUT_WORDS)))
    among_in = "among" in low[s.start : s.end]
    for idx, f in enumerate(figs):
        ceil = figs[idx + 1].start if idx + 1 < len(figs) else s.end
        f.subject, f.subject_end = subject_after(norm, f.num_end, ceil)
        if f.subject is None:
            f.subject_end = f.end
            those = _OF_THOSE.match(norm, f.num_end, ceil)
            if those is not None:  # "80% of those who fled", "47% of those displaced"
                f.subject, f.subject_end = those.group(1), those.end()
        else:
            head = _ACRONYM_HEAD.match(norm, f.subject_end, ceil)
            if head is not None:  # "90 internally displaced persons (IDP) sites"
                f.subject = norm[f.num_end : head.end()].strip()
                f.subject_end = head.end()
            nq = noun_qualifier(norm, f.subject_end, ceil) if f.qualifier == "exact" else None
            if nq is not None:  # "57 children at least"
                f.qualifier = nq
                f.lower, f.upper = figure_bounds(nq, f.value)
    # "43 troops and 29 rebels were killed": the verb after the last one counts for all
    for idx in range(len(figs) - 1, -1, -1):
        f = figs[idx]
        f.extra["verb_at"] = f.subject_end
        if idx + 1 < len(figs) and _COORD.fullmatch(norm, f.subject_end, figs[idx + 1].start):
            f.extra["verb_at"] = figs[idx + 1].extra["verb_at"]
    for idx, f in enumerate(figs):
        ceil = figs[idx + 1].start if idx + 1 < len(figs) else s.end
        has_subject = f.subject is not None
        # sub-counts: "at least 100, including 35 children", "15 civilians, 12 of them"
        of_the = _SUB_OF_THE.match(norm, f.num_end, ceil) is not None
        after_sub = of_the or bool(_SUB_AFTER.match(norm, f.num_end, ceil))
        left = norm[max(s.start, f.start - 40) : f.start]
        before_sub = _may_end_sub(left) and bool(_SUB_BEFORE.search(left))
        # a list after a total: "752 civilian casualties in Ukraine: 227 killed (31 men, ...)",
        # "half a million people have died so far: between 50,000 and 100,000 from the fighting"
        listed = prev is not None and bool(_LIST_AFTER.fullmatch(norm, prev.subject_end, f.start))
        # parts told among the total after it: "Clashes left 57 combatants dead, with 26 rebel
        # fighters and 31 regime soldiers among the casualties"
        among = (
            among_in
            and prev is not None
            and bool(_AMONG_THE_AFTER.match(norm, f.extra["verb_at"], s.end))
        )
        if after_sub or before_sub or listed or among:
            total = _best_total(norm, f, figs[:idx], prev, ceil) if prev is not None else None
            if total is not None:
                same = True
                if listed and not (after_sub or before_sub or among):
                    # a list splits a total only into parts of the same measure: "752
                    # casualties: 227 killed" are not total and part
                    same = _measure(norm, low, f, kws, capture, has_subject) == total.measure
                if same and _linkable(f, total):
                    f.parent = total
            elif (
                (after_sub or (before_sub and _BACK_SUB.search(left)))
                and last_total is not None
                and _linkable(f, last_total)
                and (prev is None or last_total.measure in _RETURNED)
            ):
                # "150 of them" in a later sentence: the total's measure always; the link
                # itself only when the same reporter says it (resolved once sources are known);
                # "1,003,563 of the returnees" are of the returns told before, not of the
                # deportations of their own sentence
                f.extra["later_parent"] = last_total
        if f.currency:
            f.measure = "other"
            f.subject = f.subject or _currency_name(f.currency)
        elif f.parent is not None or "later_parent" in f.extra:
            base = f.parent or f.extra["later_parent"]
            f.measure = base.measure
            own = _own_measure(norm, low, s, f, ceil, base)
            if own is None and of_the and has_subject:
                named = _subject_measure(f.subject, capture)
                if named in _RETURNED:  # "30% of the refugees" of a total told as fled
                    own = named
            if (
                own is None
                and before_sub
                and base.measure == "other"
                and _VERBLESS_SUB.fullmatch(norm, base.subject_end, f.start)
            ):
                fate = _MAIN_VERB_FATE.match(low, f.subject_end, ceil)
                if fate is not None:  # "More than 610 casualties including 217 children ...
                    # were killed": the total has no verb of its own, the fate is of both
                    base.measure = f.measure = keyword_measure(fate.group("kw"))
            elif own is not None and own != f.measure:
                # its own event word decides: "72,600 people were affected ..., including
                # 24,300 who were displaced", "434 casualties, including 321 fatalities"; its
                # own sub-counts are of it ("170.000 of them live in Al-Zaatari camp, including
                # more than 75.000 women"); the link to the total is kept until the end of
                # _describe (shares and siblings read it) and dropped there if the measures differ
                f.measure = own
                f.extra["own"] = True
            if f.subject is None:
                f.subject = base.subject
        else:
            f.measure = governing_measure(
                norm, low, f.start, f.subject_end, ceil, f.subject
            ) or _measure(norm, low, f, kws, capture, has_subject)
            back = prev or last_total
            if back is not None and f.subject is None and refers_back(low, f.start):
                f.measure = back.measure  # "Unofficial sources put the figure at 300,000"
            elif (
                back is not None
                and parts_of_back(low, s.start, f.start, f.subject_end)
                and _people_part(f)
            ):
                f.measure = back.measure  # "This figure comprises 93 members of the security
                # forces", "They included the monk and four of his relatives"
                f.extra["parts_back"] = True
            if f.measure in ("_return", "_host", "_arrive", "_register"):
                f.measure = resolve_return(
                    norm,
                    s.start if context_start is None else context_start,
                    s.end,
                    f.measure,
                    f.subject,
                    f.start,
                    s.start,
                )
            f.measure = crossed_border(
                norm, s.start, s.end, f.subject, f.measure, f.start, context_start
            )
            if (
                f.subject is None
                and f.measure == "other"
                and prev is not None
                and prev.unit == f.unit
                and (
                    (
                        _ELLIPSIS_AND.search(norm, max(prev.end, f.start - 12), f.start)
                        and _ELLIPSIS_PLACE.match(norm, f.end)
                    )
                    or _COMPARED_END.search(norm, max(prev.end, f.start - 16), f.start)
                )
            ):
                f.measure = prev.measure  # "43,176 migrants came from Iran and 31,115 from
                # Pakistan": the verb of the figure before, left out; "compared to 370"
            if f.measure == "displaced" and _adds_to_refugees(norm, s, f, prev):
                f.measure = "refugees"  # "..., bringing the total now to more than 200,000
                # displaced people": the total of a flight across a border
            if (
                f.subject is None
                and prev is not None
                and prev.subject
                and _MORE_OTHERS.match(norm[f.num_end : f.num_end + 8])
            ):
                f.subject = prev.subject.split()[-1]
        clause = _same_clause(norm, periods, f) if cut else periods
        if f.currency:  # money is dated by the year it is for: "pledged on Wednesday ... in 2018"
            years = [p for p in clause if p.period_start and _whole_year(p)]
            pledges = [(g.start, g.end) for g in figs if g.currency and g is not f]
            f.period = figure_period(norm, years or clause, f.start, f.end, True, pledges)
        else:
            f.period = figure_period(norm, clause, f.start, f.end)
        if f.currency and f.period is not None and f.period.period_start is None:
            f.period = None  # money takes no duration: "$150 million for six months"
        if (
            f.period is None
            and f.parent is not None
            and f.unit == "count"
            and f.parent.period is not None
        ):
            f.period = f.parent.period
        if f.parent is None or "own" in f.extra:
            prev = f
    # "Some 75 per cent of Gaza's population of 2.3 million people ... are displaced": a share
    # of a population whose size follows takes the verb after the size
    for idx in range(len(figs) - 1):
        f = figs[idx]
        if f.unit == "percent" and f.measure == "population":
            told = _share_predicate(norm, low, f, figs[idx + 1])
            if told is not None:
                f.measure = told
    # "including 3.6 million in Turkey and 900,000 in Lebanon": siblings share the total
    for idx in range(1, len(figs)):
        f, prv = figs[idx], figs[idx - 1]
        if (
            f.parent is None
            and prv.parent is not None
            and f.unit == prv.unit
            and _linkable(f, prv.parent)
            and _SIBLING.fullmatch(norm, prv.subject_end, f.start)
        ):
            f.parent = prv.parent
            if "own" in prv.extra:  # "including 321 fatalities and 113 injuries": each its own
                f.extra["own"] = True
            else:
                f.measure = prv.measure
            f.subject = f.subject or prv.subject
    # "This figure comprises 93 members of the security forces ..., as well as 120 members of
    # armed groups": the next part of the figure told before shares its measure
    for idx in range(1, len(figs)):
        f, prv = figs[idx], figs[idx - 1]
        if (
            "parts_back" in prv.extra
            and f.parent is None
            and f.unit == prv.unit
            and _people_part(f)
            and _NEXT_PART.fullmatch(norm, prv.subject_end, f.start)
        ):
            f.measure = prv.measure
            f.extra["parts_back"] = True
    # "Of the 900,000 displaced, 500,000 are children": the total comes first, after "of the"
    for idx in range(1, len(figs)):
        f, prv = figs[idx], figs[idx - 1]
        if (
            f.parent is None
            and prv.parent is None
            and _linkable(f, prv)
            and _OF_THE_END.search(norm, max(s.start, prv.start - 12), prv.start)
            and _TOTAL_FIRST_GAP.fullmatch(norm[prv.subject_end : f.start])
        ):
            f.parent = prv
            ceil = figs[idx + 1].start if idx + 1 < len(figs) else s.end
            # its own fate: "Out of the 130 soldiers stationed there, 27 were confirmed dead"
            f.measure = _own_measure(norm, low, s, f, ceil, prv) or prv.measure
    # "At least 18 children were among the 40 people killed": the total comes second
    for idx in range(len(figs) - 1):
        f, nxt = figs[idx], figs[idx + 1]
        if (
            f.parent is None
            and _linkable(f, nxt)
            and _AMONG.fullmatch(norm, f.subject_end, nxt.start)
        ):
            f.parent = nxt
            f.measure = nxt.measure
    # "totaled 23,375 (23,015 as of April 24)": the same count at an earlier date, in brackets
    for idx in range(1, len(figs)):
        f, prv = figs[idx], figs[idx - 1]
        if (
            f.subject is None
            and f.parent is None
            and f.unit == prv.unit
            and _OPEN_BRACKET.fullmatch(norm, prv.subject_end, f.start)
            and _AS_OF_CLOSE.match(norm, f.end, s.end)
        ):
            f.measure = prv.measure
    # "around 3,000 families (approximately 10,000 individuals)", "45,591 (6,513 HH) new
    # arrivals": the same people counted by another unit, in brackets, share their measure
    for idx in range(1, len(figs)):
        f, prv = figs[idx], figs[idx - 1]
        if f.parent is None and _same_people_in_brackets(norm, prv, f):
            f.measure = prv.measure
    # "1.8 million people or about 80 per cent of the population": the share is the same
    # people, so it takes their measure
    for idx in range(1, len(figs)):
        f, prv = figs[idx], figs[idx - 1]
        if (
            f.unit == "percent"
            and prv.unit == "count"
            and f.parent is None
            and _OR_SHARE.fullmatch(norm, prv.subject_end, f.start)
        ):
            f.measure = prv.measure
            if "own" in prv.extra and prv.parent is not None:
                # the part's share of the total: "1.1 million displaced persons ..., and
                # 946,000 of them, or about 86 per cent, live in the agency's 99 shelters"
                f.parent, f.measure = prv.parent, prv.parent.measure
    # "26 out of 35 hospitals": a part and its whole, counting the same thing
    for idx in range(len(figs) - 1):
        f, nxt = figs[idx], figs[idx + 1]
        if (
            f.parent is None
            and f.unit == nxt.unit == "count"
            and _OUT_OF.fullmatch(norm, f.end, nxt.start)
        ):
            f.parent, f.measure = nxt, nxt.measure
            f.subject = f.subject or nxt.subject
    # "2.2 million people have fled and the majority - 83% - are women and children": the
    # share of a total named before it in the sentence
    for idx in range(1, len(figs)):
        f = figs[idx]
        total = next(
            (t for t in reversed(figs[:idx]) if t.parent is None and t.unit == "count"), None
        )
        if (
            f.parent is None
            and f.unit == "percent"
            and total is not None
            and _SHARE_OF_GROUP.match(norm, f.end)
        ):
            f.parent, f.measure = total, total.measure
    # the counts of the places a move goes to: "41,181 refugees relocated ... to Um Raquba (20,572
    # people) and Tunaydbah (20,609 people) refugee camps", "63,000 refugees will be relocated
    # ... to the Dougui site (35,000), ... Metché (5,000)": the move's measure; people counted
    # are part of the moved total, a bare count after a site may be its size
    to_place = False
    for idx, f in enumerate(figs):
        if f.start == 0 or norm[f.start - 1] != "(":
            to_place = False
            continue
        left = norm[max(s.start, f.start - 60) : f.start]
        to_place = bool(_TO_PLACE_PAREN.search(left)) or (
            to_place and bool(_NEXT_PLACE_PAREN.search(left))
        )
        if not to_place or f.parent is not None:
            continue
        total = next(
            (
                t
                for t in reversed(figs[:idx])
                if norm.count("(", s.start, t.start) == norm.count(")", s.start, t.start)
            ),
            None,
        )
        if total is None or total.parent is not None or total.unit != f.unit:
            continue
        f.measure = total.measure
        if f.subject is not None and _linkable(f, total):
            f.parent = total
    # a total broken down by days or years: "4,854 people have fled to Uganda over the past
    # three days, 1,293 on Friday, 2,059 on Saturday and 1,502 on Sunday", "about 16,319 ...
    # in 2017-2018: 11,050 in 2017 and 5,269 in 2018": bare counts, each dated, whose sum is
    # the total's
    idx = 1
    while idx < len(figs):
        total = figs[idx - 1]
        parts = []
        j = idx
        while (
            j < len(figs)
            and figs[j].subject is None
            and figs[j].parent is None
            and figs[j].unit == total.unit == "count"
            and _DATED_PART.match(norm, figs[j].end)
        ):
            parts.append(figs[j])
            j += 1
        if len(parts) > 1 and total.parent is None and sum(p.value for p in parts) == total.value:
            for p in parts:
                p.parent, p.measure = total, total.measure
        idx = max(j, idx + 1)
    # a sub-count has a parent only when it shares its total's measure (the guideline's issue-11
    # decision, DEVSET.md): "434 casualties, including 321 fatalities" keeps 321 killed, unlinked
    for f in figs:
        if "own" in f.extra and f.parent is not None and f.measure != f.parent.measure:
            f.parent = None
    return prev or last_total


# the measures of a total of returns (returned refugees, returned IDPs)
_RETURNED = frozenset(("refugees", "displaced"))
_SUB_FATES = frozenset(("killed", "injured", "displaced", "refugees"))
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
# the units people are counted by: heads, families, households
_HEADCOUNT = frozenset("individuals people persons families households hh".split())
_AS_OF_CLOSE = re.compile(r"\s+(?:as\s+of|by|until|up\s+to)\s+[^()]{1,30}\)")
# a share of the total set off after the sub-count: "946,000 of them, or about 86 per cent,"
_SHARE_APPOSITION = re.compile(
    r"\s*,\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?[\d.]+\s*(?:%|per\s*cent|"
    r"percent)\s*,"
)
# a passive verb of things: "two of them had to be fully evacuated"
_THING_FATE = re.compile(
    r"\s+(?:had\s+to\s+be|have\s+been|has\s+been|had\s+been|were|was)\s+(?:[a-z]+ly\s+)?"
    r"(?P<v>[a-z]+ed)\b"
)
# a total with no verb before its sub-count: "More than 610 casualties including 217 children"
_VERBLESS_SUB = re.compile(r"\s*,?\s*(?:including|among\s+them)[\s,:]*")


def _own_measure(norm: str, low: str, s: Sentence, f: _Fig, ceil: int, total: _Fig) -> str | None:
    """A sub-count's own event word, when it has one: its fate noun or the verb after it.

    "including 321 fatalities" (killed), "including 24,300 who were displaced", "170.000 of
    them live in Al-Zaatari camp" (population: the verb decides for stocks); things struck
    that something else befell are other ("Four health facilities have been hit ... and two
    of them had to be fully evacuated").
    """
    noun = subject_measure(f.subject, False) if f.subject else None
    if noun in ("killed", "injured"):
        return noun
    of = _SUB_AFTER.match(norm, f.subject_end, ceil) if f.subject is None else None
    at = of.end() if of is not None else f.subject_end
    share = _SHARE_APPOSITION.match(norm, at, s.end)
    if share is not None:  # "946,000 of them, or about 86 per cent, live in"
        at, ceil = share.end(), s.end
    if total.measure == "attacks" and subject_kind(total.subject) in ("thing", "place"):
        done = _THING_FATE.match(low, at, ceil)
        k = _KEYWORD_LOW.fullmatch(done.group("v")) if done is not None else None
        if done is not None and (k is None or keyword_measure(k.group()) != "attacks"):
            return "other"
    gov = governing_measure(norm, low, f.start, at, ceil, f.subject)
    if gov is not None and not gov.startswith("_"):
        return gov
    aux = _AUX.match(norm, at)
    k = _KEYWORD_LOW.match(low, aux.end() if aux else at)
    if k is None:
        return None
    kind = _kind(low, k).lstrip("~")
    if kind == "displaced":  # "including more than a million who sought refuge in tiny Lebanon"
        return crossed_border(norm, s.start, s.end, f.subject, _abroad(norm, k, kind), f.start)
    if kind == "_register":  # "including around 880,000 individuals officially registered with
        # UNHCR"
        return resolve_return(norm, s.start, s.end, kind, f.subject, f.start, s.start)
    return _abroad(norm, k, kind) if kind in _SUB_FATES else None


def _whole_year(p: Period) -> bool:
    a, b = p.period_start, p.period_end
    return b is not None and (a.month, a.day, b.month, b.day, a.year) == (1, 1, 12, 31, b.year)


def _same_clause(norm: str, periods: list[Period], f: _Fig) -> list[Period]:
    """The periods not cut off from ``f`` by a semicolon.

    A semicolon joins independent clauses ("took 24 villages in less than four days; 3 children
    died in Ariha"), so a period or duration stated in one does not date a figure of the other;
    a heading's closing tag dates all its parts ("503 Civilians Deaths; Including 96 Children
    ...; Documented in December 2024").
    """
    return [
        p
        for p in periods
        if not _CLAUSE_CUT.search(norm, min(p.end, f.end), max(p.start, f.start))
        or (p.start > f.end and _HEADING_DATE.search(norm, max(0, p.start - 30), p.start))
    ]


_HEADING_DATE = re.compile(
    r";\s*(?:Documented|Recorded|Registered|Reported)\s+(?:in|on|during|between|from|since)\s+$"
)


# independent clauses: a semicolon, or "the Ministry added, saying 9,600 ..."
_CUT_WORDS = ("saying", "adding", "noting")
_CLAUSE_CUT = re.compile(r";|,\s+(?:" + "|".join(_CUT_WORDS) + r")\b")


def _plain(kind: str) -> bool:
    """A keyword measure usable from before the figure (not "captured", not after-only)."""
    return kind != "captured" and not kind.startswith("~")


# a verb of destroying, burning or looting whose object is the figure
_DESTROYING_END = re.compile(
    r"\b(?:destroy(?:ed|ing|s)?|demolish(?:ed|ing|es)?|(?:set|setting|sets)\s+fire\s+to|"
    r"torch(?:ed|ing|es)?|loot(?:ed|ing|s)?|ransack(?:ed|ing|s)?|razed|razing)\s+"
    r"(?:(?:at\s+least|some|about|around|more\s+than|over|nearly|almost|up\s+to)\s+)?$"
)
_PLACE_ADJECTIVE = re.compile(r"(?:besieged|damaged|destroyed)\s+[a-z]")
_ARTICLE_END = re.compile(r"\b(?:the|a|an|its|their)\s+$")
_LOST = re.compile(r"\blos(?:t|e|es|ing)\b")
_FATES = frozenset(("killed", "injured", "captured", "other"))


def _kind(low: str, k: re.Match) -> str:
    """Measure of keyword ``k``; "other" when it is one half of a combined count.

    "killed or injured", "killed and wounded", "killed or captured" count two fates together
    (the guideline's combined counts), so neither half decides the measure.
    """
    kind = keyword_measure(k.group() if k.lastgroup is None else k.group("kw"))
    if kind not in _FATES:
        return kind
    a, b = (k.start(), k.end()) if k.lastgroup is None else (k.start("kw"), k.end("kw"))
    return "other" if combined_fates(low, a, b) else kind


def _headcount(subject: str | None) -> bool:
    return subject is not None and subject.split()[-1].lower() in _HEADCOUNT


def _same_people_in_brackets(norm: str, prv: _Fig, f: _Fig) -> bool:
    """Whether ``f`` counts in brackets the people of ``prv`` by another unit.

    "around 3,000 families (approximately 10,000 individuals)", "573 Armenians (172 families)",
    "45,591 (6,513 HH) new arrivals"; not the parts of a total ("1,660 persons (1,347 men, ...").
    """
    return (
        f.unit == prv.unit == "count"
        and _headcount(f.subject)
        and (
            prv.subject is None or _headcount(prv.subject) or subject_kind(prv.subject) == "people"
        )
        and _OPEN_BRACKET.fullmatch(norm, prv.subject_end, f.start) is not None
        and _CLOSE_BRACKET.match(norm, f.subject_end) is not None
    )


def _place_population(norm: str, f: _Fig) -> bool:
    """Whether the figure counts a place's people, after the place's possessive.

    "Idlib's three million people", "Gaza's 2.3 million residents".
    """
    return (
        f.subject is not None
        and f.subject.split()[-1].lower() in _PEOPLE
        and _POSSESSIVE_PLACE.search(norm, max(0, f.start - 30), f.start) is not None
    )


def _subject_measure(subject: str | None, capture: _Capture) -> str | None:
    """``subject_measure(subject, capture)``, its cache keyed by the two bools, not the object.

    subject_measure is pure and cached; keyed by a new _Capture object a sentence it never hit
    (and pushed the other answers out). The sentence's capture is tested only when the two
    answers differ, as subject_measure tests it only then.
    """
    m = subject_measure(subject, False)
    t = subject_measure(subject, True)
    if t == m:
        return m
    return t if capture else m


def _measure(
    norm: str, low: str, f: _Fig, kws: _Keywords, capture: _Capture, has_subject: bool
) -> str:
    from_subject = _subject_measure(f.subject, capture)
    if from_subject in ("killed", "injured") and combined_fates(
        low, f.subject_end - len(f.subject.split()[-1]), f.subject_end
    ):
        return "other"  # "left 600,000 civilians dead and injured": a combined count
    aux = _AUX.match(norm, f.extra.get("verb_at", f.subject_end))
    verb_at = aux.end() if aux else f.subject_end
    k = _KEYWORD_LOW.match(low, verb_at)
    after = _kind(low, k).lstrip("~") if k is not None else None
    if ENTERED_ABROAD.match(norm, verb_at):
        return "refugees"  # "290,000 Rohingyas had entered Bangladesh"
    if entered_the_country(norm, verb_at, f.subject):
        return "refugees"  # "300,000 Syrians have entered the country"
    if after is None and has_subject and _DEPARTED.match(norm, verb_at):
        after = "displaced"  # "4,500 people left eastern Aleppo"
    if after is None and has_subject and _LEFT_ALONE.match(low, verb_at):
        after = "displaced"  # "90 per cent of the population of Khan Sheikhoun has left."
    if has_subject and f.subject.startswith("those "):
        k_in = _KEYWORD_LOW.search(low, f.subject_end - len(f.subject), f.subject_end)
        if k_in is not None:  # "80 per cent of those who fled"
            return _abroad(norm, k_in, _kind(low, k_in))
    if from_subject in ("refugees", "displaced", "population") and after in ("killed", "injured"):
        return after  # the event decides: "41 Syrian refugees were killed"
    if after not in ("killed", "injured") and _place_population(norm, f):
        return "population"  # "Idlib's three million people", "Most of Gaza's 2.3 million people
        # are fleeing": a place's people are its population whatever they do
    if from_subject in ("other", None) and struck_settlements(low, f.start, f.subject):
        return "attacks"  # "attackers killed at least 36 people in three villages" (C18)
    if from_subject == "other":  # things and troops: only killing or wounding tells more
        if after in ("killed", "injured"):
            return after  # "12 troops were killed"
        if after == "attacks" and subject_kind(f.subject) in ("thing", "place"):
            return after  # "24 health structures have been hit"
        kb = _KW_BEFORE.search(low, max(0, f.start - 30), f.start)
        before = _kind(low, kb) if kb is not None else None
        if subject_kind(f.subject) in ("thing", "place"):
            if before == "attacks":
                return before  # "targeted 12 facilities"
            if f.subject.split()[-1].lower() == "drones" and _WEAPON_USED.search(
                low, max(0, f.start - 40), f.start
            ):
                return "attacks"  # "targeted with hundreds of Russian drones" (drones shot
                # down or intercepted stay other)
            if _ON_END.search(low, max(0, f.start - 24), f.start) and any(
                f.start - 70 <= k.start() < f.start
                and keyword_measure(k.group()) == "attacks"
                and not _CLAUSE_BREAK.search(norm, k.end(), f.start)
                for k in kws
            ):
                return "attacks"  # "Airstrikes by Burma's military on two villages"
        return before if before in ("killed", "injured") else "other"  # "killed 12 troops"
    if from_subject is not None and from_subject != "population":
        return from_subject  # "3.5 million Syrian refugees"
    if f.unit == "count" and _PLACE_OF.search(low, max(0, f.start - 40), f.start):
        return "population"  # "a town of about 100,000 people", "the city of two million"
    if _PER_UNIT.match(low, f.subject_end):
        return "other"  # a density: "up to 70 people per classroom"
    if (
        after is None
        and from_subject is None
        and f.unit == "count"
        and _WHERE_END.search(low, max(0, f.start - 12), f.start)
    ):
        return "population"  # "in the Eastern Ghouta, where some 390,000 people are facing"
    if after in ("displaced", "population") and _RELATIVE_WHO.match(norm, f.subject_end):
        later = _MAIN_VERB_FATE.match(low, aux.end() if aux else f.subject_end)
        if later is not None:
            return keyword_measure(later.group("kw"))  # "319 people who were sheltering in
            # UNRWA shelters were killed"
    if not has_subject or (
        from_subject is None and f.subject.lower() in _GENERIC_PEOPLE and after is None
    ):
        # "the number of civilians killed by air strikes rose to 1,506": what is numbered decides
        heads = list(_NUMBER_OF.finditer(low, max(0, f.start - 120), f.start))
        head = heads[-1] if heads else None
        if head is not None and not _NUMBER_OF_CUT.search(low, head.end(), f.start):
            k0 = _KEYWORD_LOW.search(low, head.end(), f.start)
            if k0 is not None and _plain(keyword_measure(k0.group())):
                return _abroad(norm, k0, _kind(low, k0))  # "the number who fled to Uganda"
        # "the death toll at 1,200", "a population of 22 million": the word just before decides
        kb = _KW_BEFORE.search(low, max(0, f.start - 30), f.start) if not has_subject else None
        if kb is not None and _plain(keyword_measure(kb.group("kw"))):
            return _kind(low, kb)
    if after == "population" and _NO_STAY.match(low, k.end()):
        return "other"  # "hundreds of thousands remain in grave danger": a state, not a stay
    # a measure word right after the counted noun decides: "residents have fled"
    if after is not None and not (after == "captured" and has_subject and from_subject is None):
        return _abroad(norm, k, after)
    if from_subject is not None:
        return from_subject
    if subject_kind(f.subject) != "people" and _DESTROYING_END.search(
        low, max(0, f.start - 30), f.start
    ):
        return "other"  # things destroyed: "setting fire to at least one bank and killing
        # dozens of people"
    best, best_d = None, None
    territory = has_subject and any(w in TERRITORY for w in f.subject.lower().split())
    people = subject_kind(f.subject) == "people"
    for k in kws:
        if f.start <= k.start() < f.subject_end:
            continue
        kind = keyword_measure(k.group())
        if kind.startswith("~") or (not territory and kind == "captured"):
            continue  # "a 2,500-strong force entered": only territory is captured
        if (
            not has_subject
            and kind == "attacks"
            and _TOLL_OF_END.search(low, max(0, k.start() - 60), k.start())
        ):
            continue  # round 22: the attacks a toll is of are not what its value counts: "the
            # death toll from Israeli attacks ... swelled to 15,207" (rt3_104), "The list victims
            # of drone attacks ... has risen to 15" (rt19_001)
        if people and kind == "attacks":
            continue  # people are never attacks: "Hours after the shelling, dozens of people
            # in Taiz staged a small protest"
        if kind == "population" and _NO_STAY.match(low, k.end()):
            continue  # "894 people were residing without documents, while 636 people were"
        if _PLACE_ADJECTIVE.match(low, k.start()) and _ARTICLE_END.search(low, 0, k.start()):
            continue  # "the besieged town": says what the place is, not what the people are
        if k.end() <= f.start:
            d = f.start - k.end()
            if _CLAUSE_BREAK.search(norm, k.end(), f.start):
                d *= 3  # "300 homes were destroyed and 2,000 people left homeless"
        elif k.start() >= f.subject_end:
            d = k.start() - f.subject_end
            if not has_subject:
                d *= 3  # "the death toll rose to 100 because of ...": look back first
            if _CLAUSE_BREAK.search(norm, f.subject_end, k.start()):
                d *= 3
            elif _PREDICATE_END.search(low, max(f.subject_end, k.start() - 12), k.start()):
                d //= 3  # the counted people's own verb: "two people on the street were injured"
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d = k, d
    if best is None:
        return "other"
    return _abroad(norm, best, _kind(low, best))


def _abroad(norm: str, k: re.Match | None, kind: str) -> str:
    """Flight across a border is refugees: "fled to Turkey", "fled across the border"."""
    if kind == "displaced" and k is not None and ACROSS_BORDER.match(norm, k.end()):
        return "refugees"
    return kind


_CURRENCY_NAMES = {"USD": "US dollars", "EUR": "euros", "GBP": "pounds", "SYP": "Syrian pounds"}


def _currency_name(code: str) -> str:
    return _CURRENCY_NAMES.get(code, code)


def extract_figures(
    text: str,
    published: dt.date | dt.datetime | str | None = None,
    doc_id: str | None = None,
    *,
    sources: SourceRegistry | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Extract every reported figure of a text into the figure table.

    Parameters
    ----------
    text : str
        The document (news article, report excerpt). Offsets in the table point into it.
    published : date, datetime or ISO string, optional
        Publication date; anchors relative dates ("last month", "since April", "on Tuesday").
    doc_id : str, optional
        Identifier of the document in the table (default ``"doc"``).
    sources : SourceRegistry, optional
        Canonical source names and aliases (default :data:`DEFAULT_SOURCES`); extend a copy
        with ``.add(canonical, *aliases)``. Arabic names are part of it.
    lang : {"en", "ar"}, optional
        Language of the text; by default detected from the script, paragraph by paragraph
        (a mixed text is read in runs of lines of one language).

    Returns
    -------
    pandas.DataFrame
        The figure table (validated), plus ``duration_days``, ``duration_qualifier``,
        ``parent_figure_id``, ``place_lat`` and ``place_lon``.

    Raises
    ------
    ExtractionInputError
        When ``text`` is not a string or ``published`` is not a date.

    Examples
    --------
    >>> from idlibstats.extract import extract_figures
    >>> t = "More than 1,300 civilians were killed between May and August 2019, the UN said."
    >>> row = extract_figures(t, published="2020-01-29").iloc[0]
    >>> float(row.value), row.qualifier, row.measure, row.source, str(row.period_end.date())
    (1300.0, 'more_than', 'killed', 'UN', '2019-08-31')
    """
    if not isinstance(text, str):
        raise ExtractionInputError(f"text must be a str, got {type(text).__name__}")
    if doc_id is not None and not isinstance(doc_id, str):
        doc_id = str(doc_id)
    if sources is not None and not isinstance(sources, SourceRegistry):
        raise ExtractionInputError(
            f"sources must be a SourceRegistry, got {type(sources).__name__}"
        )
    if lang is not None and lang not in LANGUAGES:
        raise ExtractionInputError(
            f"lang must be one of {', '.join(LANGUAGES)} or None, got {lang!r}"
        )
    pub = _as_date(published)
    out = FigureColumns()
    with paused_gc():  # no cycles made (see build.paused_gc)
        add_document(text, pub, doc_id or "doc", sources or DEFAULT_SOURCES, out, lang=lang)
    return out.table()


def add_document(
    text: str,
    published: dt.date | None,
    doc_id: str,
    sources: SourceRegistry,
    out: FigureColumns,
    lang: str | None = None,
) -> None:
    """Add the figures of one document to ``out``, read in its language.

    ``lang=None`` detects the language from the script; a text that mixes languages is read
    block by block, each block's offsets and figure numbers shifted into the whole text.
    """
    blocks = [(0, len(text), lang)] if lang is not None else language_blocks(text)
    if len(blocks) == 1 and blocks[0][:2] == (0, len(text)):
        _add_block(text, published, doc_id, sources, blocks[0][2], out)
        return
    done = 0
    for a, b, lg in blocks:
        part = FigureColumns()
        _add_block(text[a:b], published, doc_id, sources, lg, part)
        out.extend(part, offset=a, first_id=done)
        done += part.n


def _add_block(
    text: str,
    published: dt.date | None,
    doc_id: str,
    sources: SourceRegistry,
    lang: str | None,
    out: FigureColumns,
) -> None:
    if lang == "ar":
        figs, quotes = arabic.extract(text, published, sources)
        out.add(text, figs, quotes, published, doc_id)
    else:
        extract_rows(text, published, doc_id, sources, out)
