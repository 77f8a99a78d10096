"""Numbers in news text: numerals, magnitudes, number words, vague plurals, percentages, money.

``find_numbers`` returns every candidate number in a stretch of normalized text and leaves out
what is not a figure: dates and years, times, durations ("four days"), ages ("a 12-year-old"),
ordinals ("the 4th Division"), unit names ("Resolution 2254"), codes ("SY07", "F-16"), measures
("80km", "few hundred miters", "a 6.7 magnitude earthquake"), multipliers ("more than four times
last year's"), and page artefacts ("657 WORDS", "3 min read").
Hand-written because no light library parses "at least140,000" or "half a million" with offsets
(quantulum3 is slow and counts years and dates as quantities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from idlibstats.extract.measures import KEYWORD_RE
from idlibstats.extract.text import for_lower, may_end_with, word_alternation
from idlibstats.table.schema import VAGUE_MINIMUM

UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "lakh": 100_000,  # Indian English: "3.79 lakh", "around four lakh"
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_SUFFIX_SCALE = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "k": 1e3}

# the number words, longest first, as one alternation factored by shared prefixes
_WORD = word_alternation(sorted([*UNITS_WORDS, *SCALES, "dozen"], key=len, reverse=True))
# a run of number words: "twenty-four", "nine hundred and twenty-one", "half a million",
# "two and a half million", "two million and a half"
_WORDS_RE = re.compile(
    rf"(?<![\w-])(?:(?:half\s+an?|an?|half\s+of\s+an?|a\s+quarter\s+of\s+an?|a\s+half)\s+"
    rf"(?:dozen|hundred|thousand|million|billion|trillion)(?:\s+and\s+an?\s+(?:half|quarter))?"
    rf"(?![\w-])|"  # "A million and a half people"
    # "close to a quarter-trillion dollars", "a half-million"
    rf"an?\s+(?:quarter|half)\s*-\s*(?:million|billion|trillion)(?![\w-])|"
    # "less than half a dollar" (with the currency after it)
    rf"half\s+an?(?=\s+(?:dollar|euro)(?![\w-]))|"
    rf"(?:{_WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_WORD})|\s+and\s+an?\s+(?:half|quarter))*"
    rf"(?![\w]))",
    re.IGNORECASE,
)
# ISO 4217 code of a currency written before or after an amount
CURRENCIES = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
    "syp": "SYP",
    "syrian pounds": "SYP",
    "s.p.": "SYP",
    "try": "TRY",
    "lira": "TRY",
    "liras": "TRY",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "chf": "CHF",
    "swiss francs": "CHF",
    "jod": "JOD",
    "jordanian dinars": "JOD",
    "iqd": "IQD",
    "iraqi dinars": "IQD",
    "lbp": "LBP",
    "lebanese pounds": "LBP",
    "egyptian pounds": "EGP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "riyals": "SAR",
    "dirhams": "AED",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "us $": "USD",
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "qatari riyals": "QAR",
    "saudi riyals": "SAR",
    "rubles": "RUB",
    "roubles": "RUB",
    "kroner": "NOK",
    "kronor": "SEK",
    "crowns": "SEK",
}
_SCALE_WORDS = (
    r"(?i:(?:hundred\s+)?(?:millions?|billions?|trillion|thousand)|hundred|lakhs?|crores?)"
    r"(?:(?![\w])|(?=https?:))"  # "1.6 millionhttps://..." (a link glued in scraped text)
)
# the currency codes written before an amount ("USD 5 million", "Rs. 300")
_CURRENCY_CODES = ("USD", "EUR", "GBP", "SYP", "TRY", "CHF", "JOD", "IQD", "LBP", "INR", "Rs")
_NUMERAL_RE = re.compile(
    r"(?P<cur>(?:(?:US|A|AU|C|CA|HK|NZ|S)\s?)?\$\s?|€\s?|£\s?|(?:"
    + "|".join(_CURRENCY_CODES)
    + r"\.?)\s?)?"
    r"(?<![\d.,:/])(?P<num>"
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|"  # Indian grouping: "4,56,000"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    r"\d{1,3}(?:\.\d{3}){2,}(?![\d,.])|"  # dots as thousands separators: "1.234.567"
    r"\d{1,3}(?: \d{3})+(?![\d,.])|"  # space groups: "300 000"
    rf"\d{{1,3}},\d{{1,2}}(?=\s{{0,3}}{_SCALE_WORDS})|"  # decimal comma: "2,7 million"
    r"\d{1,3}, \d{3}(?![\d,.])|"  # a stray space after the thousands comma: "12, 400"
    r"\d+(?:\.\d+)?)"
    rf"(?P<scale>(?:\s{{0,3}}|-){_SCALE_WORDS}|"  # also "the 1.1-million-strong community"
    r"(?i:mln|mn|bln|bn|m|k|b)(?![\w])|\s(?i:mln|bln)(?![\w]))?"  # "3 bln dollars"
)
# _NUMERAL_RE where it starts at a digit: its currency group never takes part (the same match)
_NUMERAL_AT_DIGIT = re.compile(
    r"(?P<cur>(?!))?" + _NUMERAL_RE.pattern[_NUMERAL_RE.pattern.index("(?<![") :]
)
_VAGUE_RE = re.compile(
    r"(?<![\w-])(?:(?P<pre>several|a\s+few|few|some|many)\s+(?P<unit>dozen|hundred|thousand|million)"
    r"(?![\w])|(?P<plural>tens|dozens|hundreds|thousands|millions|scores|"
    r"(?:10|100|1,?000|1,?000,?000)'?s)"  # "1000's of people" (the round-2 decision: thousands)
    r"(?:\s+of\s+(?P<of>thousands|millions|billions))?(?![\w]))",
    re.IGNORECASE,
)
# the same two patterns for ASCII-lower-cased text (faster than IGNORECASE)
_WORDS_LOW = re.compile(_WORDS_RE.pattern)
_VAGUE_LOW = re.compile(_VAGUE_RE.pattern)
# every match of _VAGUE_LOW holds one of these: a text without them is not scanned
_VAGUE_PARTS = re.compile("dozen|hundred|thousand|million|tens|scores|0s|0's")
# every match of _WORDS_LOW holds a whole number word (or "half"), as in "a dozen" or
# "a quarter-million": a text without one is not scanned (this search is faster)
_NUMBER_WORD = re.compile(rf"\b(?:{_WORD}|half)\b")
# plurals written in digits
_DIGIT_PLURALS = {"10": "tens", "100": "hundreds", "1000": "thousands", "1000000": "millions"}
_DIGIT = re.compile(r"\d")
_DOT_GROUPS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
# the longest currency written before an amount ("US $ ", "CA $ ") and the characters other
# than letters a currency before an amount ends with (before one space at most)
_CURRENCY_MAX = 5
_CURRENCY_ENDS = "$€£."


def _numerals(norm: str, pos: int, end: int) -> re.Match | None:
    """``_NUMERAL_RE.search(norm, pos, end)``, started near the first digit.

    A match starts at its first digit or at most ``_CURRENCY_MAX`` characters before it (a
    currency holds no digit), so nothing before that can match; Python's ``re`` would try the
    whole pattern at every character, the slowest step of reading a sentence.
    """
    d = _DIGIT.search(norm, pos, end)
    if d is None:
        return None
    i = d.start()
    # a match that starts before the digit starts with a currency that ends right before it
    # ("$", "€ ", "USD ", "Rs."); without such an ending the match starts at the digit or later
    k = i - 1 if i > 0 and norm[i - 1].isspace() else i
    if k > 0 and (norm[k - 1] in _CURRENCY_ENDS or norm.endswith(_CURRENCY_CODES, 0, k)):
        return _NUMERAL_RE.search(norm, max(pos, i - _CURRENCY_MAX), end)
    # at the digit no currency can match: the pattern without its currency alternatives first
    return _NUMERAL_AT_DIGIT.match(norm, i, end) or _NUMERAL_RE.search(norm, i + 1, end)


_PERCENT_RE = re.compile(
    r"\s?(?:%|per\s?cent(?![\w])|percent(?![\w])|percentage\s+points?(?![\w])|pct(?![\w]))|"
    r"pc(?![\w])",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?:US|U\.S\.|Syrian|Turkish|Lebanese|Jordanian|Iraqi|Egyptian|Swiss|British|Qatari|"
    r"Saudi)\s+)?(?:dollars?|euros?|pounds(?:\s+sterling)?|liras?|francs|dinars|yen|yuan|rupees|riyals|"
    r"dirhams|rubles|roubles|kroner|kronor|USD|EUR|GBP|SYP|TRY|CHF)(?![\w])",
    re.IGNORECASE,
)
# a multiplier, not a count: "more than four times last year's $1.5bn", "10 times higher",
# "a tenfold rise", "nearly 10-fold"; "hit the capital 11 times, with no reports" and "violated
# the ceasefire 26 times in the past 24 hours" count events (the dev sets' gold), so "times" is a
# multiplier only before a comparison, an amount or what is multiplied
_MULTIPLIER = (
    r"fold(?![\w])|times\s+(?:higher|more|larger|greater|bigger|as|lower|fewer|less|smaller|"
    r"over|the|that|those|what|last|this|its|their|his|her|our|[$€£\d]|[a-z]+['’]s(?![\w]))"
)
# a currency word after an amount and the bracket of its conversion: "at least 1.73 billion euros
# (1.84 billion dollars)" (figures.py gives the conversion its amount's qualifier)
CONVERSION_BRACKET = re.compile(rf"(?:{_CURRENCY_AFTER.pattern})?\s*\(\s*", re.IGNORECASE)
_TIME_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|"
    r"years?|yrs?|decades?|centur(?:y|ies))"
)
# lengths, areas, volumes, weights and temperatures, with the misspellings and abbreviations of
# scraped copy ("few hundred miters", "5 kms", "200 mtrs", "3,000 sqm")
_PHYSICAL = (
    r"(?:km2|km²|sq\.?\s*(?:km|mi|miles|m)|litres|liters|gallons|m2|m²|sqm|"
    r"kms?|klms?|kilo\s?m[ei]t(?:er|re)s?|miles?|m[ei]t(?:er|re)s?|mtrs?|yards?|yds|"
    r"kg|kgs|kilos|kilograms?|grams?|lbs?|tons?|tonnes?|tones|metric\s+tons|mts?|"
    r"degrees?|°\s*[CF]?|mm|cm|(?:milli|centi)(?:met(?:er|re)s?|lit(?:er|re)s?)|square|sq|ft|feet|"
    r"foot|inch(?:es)?|acres?|hectares?|ha|magnitude|(?:on\s+the\s+)?richter(?:\s+scale)?)"
)
_PHYSICAL_AFTER = re.compile(rf"\s+(?:cubic\s+)?{_PHYSICAL}(?![\w])", re.IGNORECASE)
_PHYSICAL_OF = re.compile(rf"(?:\s+of)?\s+(?:cubic\s+)?{_PHYSICAL}(?![\w])", re.IGNORECASE)
# also "landed 500m from the hospital", "a 2m deep trench", "200 m away" ("m" is metres there;
# "3.6m from Syria" stays 3.6 million)
_DISTANCE = (
    r"(?:long|tall|high|wide|deep|away|north|south|east|west|underground|radius|"
    r"from\s+(?:the|a|an)(?![\w]))(?![\w])"
)
_AFTER_NONFIGURE = re.compile(
    # durations and ages: "four days", "12-year-old", "three and a half years"
    rf"(?:\s*(?:-|to|or)\s*(?:[\d.]+|{_WORD}))?(?:\s+and\s+a\s+(?:half|quarter))?\s*-?\s*"
    rf"(?:{_TIME_UNIT}(?![\w])|{_MULTIPLIER})|"  # also ranges: "four to five years"
    # page artefacts: "(CONTINUED - 657 WORDS)", "14 Comments", "3 min read", "1,200 views"
    r"\s*(?:words|comments?|min(?:ute)?s?\.?\s+read|views|shares|likes|retweets|replies|"
    r"pages?|reads|storeys?)(?![\w])|"  # also "a 40 page report", "a 5 storey building"
    # densities: "around 4,000 inhabitants/km2", "300 people per square kilometre"
    rf"\s+[a-z]+\s*(?:/|\s+per\s+)(?:{_PHYSICAL})(?![\w])|"
    r"\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|hrs|midnight|midday|noon|o'clock)(?![\w])|"  # times
    # physical measures, not counts, also as a range: "the 10-12 km zone"
    rf"(?:\s*(?:-|to|and)\s*\d[\d.,]*)?\s*{_PHYSICAL}(?![\w])|"
    r"(?:st|nd|rd|th)(?![a-z])|"  # ordinals
    r":\d|/\d|/\s*[A-Za-z]{3}|\.\d|,\d|"  # times, dates ("20/11/2016", "20/Oct"), versions
    r"\]|"  # a citation or footnote marker: "412 killed[17]"
    r"\+\d|"  # a name: "the 5+1 talks"
    r"\s*°|[′″]|"  # coordinates: "36°12′N"
    r"\s*-?\s*pound(?![\w])|"  # a weight as a modifier: "a 500 pound bomb" (money is "pounds")
    # a temperature with its conversion: "amid 40 C (104 F) heat"
    r"\s?[cf]\s*(?:\(\s*\d|\))|"
    # a share, not a count: "Two thirds of the 6,612", "three quarters of the schools"
    r"\s*-?\s*(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?(?![\w-])|"
    rf"\s+m\s+{_DISTANCE}",  # "200 m away"
    re.IGNORECASE,
)


_PERCENT_LOW = for_lower(_PERCENT_RE)
_CURRENCY_AFTER_LOW = for_lower(_CURRENCY_AFTER)
_AFTER_NONFIGURE_LOW = for_lower(_AFTER_NONFIGURE)


def _nonfigure_after(after: str) -> bool:
    """Whether ``after`` (the text after a number) starts as a non-figure: ``_AFTER_NONFIGURE``."""
    if after.isascii():
        return _AFTER_NONFIGURE_LOW.match(after.lower()) is not None
    return _AFTER_NONFIGURE.match(after) is not None


def _match(
    pattern: re.Pattern, lowered: re.Pattern, norm: str, low: str | None, pos: int, end: int
) -> re.Match | None:
    """``pattern.match(norm, pos, end)``, or ``lowered`` on ``low`` (ASCII ``norm`` lower-cased)."""
    if low is None:
        return pattern.match(norm, pos, end)
    return lowered.match(low, pos, end)


# a number that names a product, an index or a model: "S&P 500", "two new 737 Max jets"
_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z]+&[A-Z]+|\b(?:FTSE|Nasdaq|NASDAQ|Nikkei|Stoxx|STOXX|DAX|CAC|MSCI|Russell|"
    r"Fortune|Boeing|Airbus|Dow|Hang\s+Seng|Sensex|Nifty|iPhone|Galaxy|Windows|PlayStation|"
    r"Xbox|Model|Formula|Apollo|Soyuz))\s+$"
)
_NAME_AFTER = re.compile(r"\s+(?:Max|MAX|Dreamliner|NG|neo|Pro|Plus|Ultra)\b")
# every _NAME_BEFORE match ends with one of these names (case as written: the pattern is
# case-sensitive) or with an ASCII capital ("S&P"), then white space
_NAME_BEFORE_ENDS = tuple(
    "FTSE Nasdaq NASDAQ Nikkei Stoxx STOXX DAX CAC MSCI Russell Fortune Boeing Airbus Dow Seng "
    "Sensex Nifty iPhone Galaxy Windows PlayStation Xbox Model Formula Apollo Soyuz".split()
)


def _name_before(norm: str, lo: int, a: int) -> bool:
    """``_NAME_BEFORE.search(norm, lo, a)``, a cheap test of how the window ends first.

    The regex is tried at every position of the window; a match ends with white space after a
    name of ``_NAME_BEFORE_ENDS`` or a capital, which str tests rule out for most numbers.
    """
    seg = norm[lo:a]
    body = seg.rstrip()
    if body == seg or not (body.endswith(_NAME_BEFORE_ENDS) or "A" <= body[-1:] <= "Z"):
        return False
    return _NAME_BEFORE.search(norm, lo, a) is not None


# news outlets named by 24: "told Kurdistan 24", "ERBIL (Kurdistan 24) -", "told Darfur24"
_OUTLETS_24 = frozenset(("Kurdistan", "France", "Darfur"))
# a length, not a magnitude: "the 37m (121ft)-long skeleton", "a 30m-high wall"
_LENGTH_AFTER = re.compile(
    rf"\s*\(\s*[\d.,]+\s*{_PHYSICAL}\s*\)|\s*-\s*(?:long|tall|high|wide|deep)\b|\s+{_DISTANCE}",
    re.IGNORECASE,
)
# "three out of four", "nine in ten": one proportion, not two counts
_PROPORTION = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<y>\d{{1,3}}|{_WORD})(?![\w,.]\d|[\w])", re.IGNORECASE
)
# the bases of a proportion ("one in five", "nine out of ten", "3 in 100"); "26 out of 35
# hospitals" are two counts
_SHARE_BASES = frozenset((2, 3, 4, 5, 6, 7, 8, 9, 10, 100))


def _share(norm: str, a: int, b: int, value: float, start: int, end: int) -> bool:
    """Whether the number at ``norm[a:b]`` is either end of a proportion ("three out of four")."""
    m = _PROPORTION.match(norm, b, end)
    if m is not None and value < 100:
        y = m.group("y")
        base = float(y) if y.isdigit() else words_value(y)
        if base in _SHARE_BASES and value < base:
            return True
    return value in _SHARE_BASES and bool(_PROPORTION_END.search(norm, max(start, a - 20), a))


_PROPORTION_END = re.compile(
    rf"(?:(?<![\d,.])\d{{1,3}}|\b(?:{_WORD}))\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE
)
# words naming units, laws or places by number: "Resolution 2254", "the 4th Division"
_NAME_WORDS = (
    "Resolution Resolutions Division Brigade Regiment Battalion Corps Article Articles Route "
    "Highway Road No. Number Chapter Section Paragraph Page Room Flight Unit Squadron Army Camp "
    "Category Level Phase Grade Block Sector Zone Point Convoy Station Gate Protocol Annex Round "
    "Week Day Vol. Volume Line Group Platoon Company Session Act number resolution article no. "
    "aged age ages Covid COVID G "
    # an earthquake's magnitude, a storm's category, a temperature
    "Magnitude magnitude category Minus minus "
    # places, channels and references named by number: "PoC Site 3", "Channel 4", "Figure 3",
    # "p. 12", "UNSCR 2401", "the top 10 countries" (a rank)
    "PoC POC Site Channel Radio Terminal Platform Ward Building Tower Hangar Checkpoint Street "
    "Avenue Village Figure Fig. Table Chart Map Box p. pp. UNSCR SCR Top top"
).split()
_NAME_SET = frozenset(_NAME_WORDS)
# the letters of the last word before a number (see _last_word), and the entries of several
# words (they end in "of", "between", "from" or "-"): "aged between 5", "Page 2 of 5", "pp. 4-5"
_WORD_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_BEFORE_NAME_LONG = re.compile(
    r"\b(?:(?:under\s+the\s+)?age\s+of|ages\s+(?:of\s+)?(?:between)?|aged\s+(?:between|from)|"
    r"[Mm]agnitude\s+of|"  # "a magnitude of 6.3": a measure, not a count
    r"(?:Page|page|Photo|photo|Image|image|Slide|Part)\s+\d+\s+of|pp\.\s*\d+\s*-)\s*$"
)


def _last_word(norm: str, lo: int, a: int) -> str | None:
    r"""The run of ``_WORD_LETTERS`` that ends ``norm[lo:a]`` before its trailing white space.

    None when there is none or it begins before ``lo``. The same as searching
    ``(?<![A-Za-z.])[A-Za-z.]+\s*$`` in the window, in string operations: the regex is tried at
    every character of the window.
    """
    body = norm[lo:a].rstrip()
    rest = body.rstrip(_WORD_LETTERS)
    if len(rest) == len(body) or (not rest and lo > 0 and norm[lo - 1] in _WORD_LETTERS):
        return None
    return body[len(rest) :]


def _named_before(norm: str, start: int, a: int) -> bool:
    """Whether a word naming a unit, law, place or page by number ends just before ``norm[a]``.

    ("Resolution 2254", "the 4th Division", "aged 7", "Page 2 of 5"). A set look-up of the last
    word: a regex alternation of the ~90 words searched before every number cost more.
    """
    word = _last_word(norm, max(start, a - 24), a)
    if word is not None:
        if word in _NAME_SET:
            return True
        long = word in ("of", "between", "from")
    else:
        long = norm[max(start, a - 2) : a].strip()[-1:] == "-"
    return long and bool(_BEFORE_NAME_LONG.search(norm, max(start, a - 24), a))


# "killing one", "at least one": a count even without a noun after it
_ONE_COUNTED = re.compile(
    r"\b(?:killing|killed|kills|wounding|wounded|injuring|injured|least|than|only|just)\s+$",
    re.IGNORECASE,
)
# "Assad, 54, has vowed", "A woman, 35, and her son, 12, were killed": an age in apposition
_AGE = re.compile(
    r"(?:[A-Z][a-z]+|\b(?:woman|man|boy|girl|son|daughter|wife|husband|mother|father|brother|"
    r"sister|child|baby|teenager|widow|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|"
    r"resident|farmer|driver|student|doctor|nurse|teacher|journalist|activist|fighter|soldier|"
    r"refugee|officer|shepherd|worker|survivor|victim)),\s*$"
)
# "children under 5", "those aged over 60", "residents are under 18": an age, not a count
_AGE_BOUND = re.compile(
    r"\b(?:children|child|kids|boys|girls|minors|babies|infants|youngsters|teenagers|aged|age|"
    r"ages|(?:people|residents|civilians|refugees|women|men|them|whom|who|population)\s+"
    r"(?:are|is|were|was|being))\s+(?:under|over|above|below)\s+$|"
    r"\b(?:older|younger)\s+than\s+$|"  # "men older than 60"
    r"\bas\s+(?:young|old)\s+as\s+$",  # "girls as young as nine"
    re.IGNORECASE,
)
# every _AGE_BOUND match ends with one of these words
_AGE_BOUND_LAST = ("under", "over", "above", "below", "than", "as")


def _age_bound(norm: str, a: int, b: int) -> bool:
    """Whether ``norm[a:b]`` ends with an age bound (``_AGE_BOUND``), a cheap test first."""
    return may_end_with(norm[a:b], _AGE_BOUND_LAST) and _AGE_BOUND.search(norm, a, b) is not None


# "people over 60": an age unless a counted noun follows ("people in over 60 villages" differs)
_AGE_PEOPLE = re.compile(
    r"\b(?:people|persons|those|adults|men|women|elderly)\s+(?:over|above|under|below)\s+$",
    re.IGNORECASE,
)
_YEAR_PREP = re.compile(r"\b(?:in|since|by|until|till|during|before|after)\s+$", re.IGNORECASE)
# a share, not a count: "one in five Syrians", "1 in every 3"
_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
# the last words of every _ONE_IN, _AGE_PEOPLE and _AGE_RANGE_END match (see _ends_search)
_ONE_IN_LAST = ("in", "of", "every")
_AGE_PEOPLE_LAST = ("over", "above", "under", "below")
_AGE_RANGE_LAST = ("-", "to", "and", ",")
# the second end of an age range or list: "aged 5 to 12", "aged 5-12", "ages 5 and 12",
# "aged 48, 45, and 57"
_AGE_RANGE_END = re.compile(
    r"\b(?:aged|age|ages|ages\s+of)\s+(?:between\s+|from\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*"
    r"\s*(?:-|to|and|,|,\s*and)\s*$",
    re.IGNORECASE,
)


# every last word of the four end tests of a small number (_ONE_IN, _AGE_BOUND, _AGE_RANGE_END,
# _AGE_PEOPLE)
_SMALL_LAST = tuple(
    dict.fromkeys((*_ONE_IN_LAST, *_AGE_BOUND_LAST, *_AGE_RANGE_LAST, *_AGE_PEOPLE_LAST))
)


def _may_end_small(norm: str, lo: int, a: int) -> bool:
    """One :func:`may_end_with` test for the four end tests of a small number at ``norm[a]``.

    Their windows (20, 30, 40 characters) all end at ``a``, so each is a suffix of the widest,
    ``norm[lo:a]``: where a narrower one may end with one of its words (or is not ASCII), the
    widest may too. False here rules out all four, with one slice instead of four.
    """
    return may_end_with(norm[lo:a], _SMALL_LAST)


def _ends_search(rx: re.Pattern, last: tuple[str, ...], norm: str, lo: int, a: int) -> bool:
    """``rx.search(norm, lo, a)``, skipped where the window cannot end as a match does.

    ``rx`` is anchored at the end and each of its matches ends with one of ``last`` (then white
    space at most), so a window that :func:`may_end_with` rules out holds no match.
    """
    return may_end_with(norm[lo:a], last) and rx.search(norm, lo, a) is not None


# letters glued to a number that are words ("at least140,000"), not codes ("SY07")
_GLUE_WORDS = (
    "least",
    "than",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "between",
    "to",
    "of",
    "and",
    "approximately",
    "roughly",
    "estimated",
    "under",
    "killed",
    "killing",
    "hosts",
    "host",
    "by",
    "with",
    "were",
    "are",
    "had",
    "has",
    "only",
    "just",
    "another",
    "further",
    "the",
    "toll",
    "at",
    "from",
    "in",
    "since",
    "or",
)

COUNT_NOUNS = frozenset(
    """
people persons person civilians civilian children child kids men women man woman boys girls
families family households household residents inhabitants refugees refugee migrants idps
displaced soldiers soldier troops fighters fighter rebels rebel militants jihadists insurgents
members member villages village towns town localities locality cities areas hospitals schools
hospital school clinics facilities homes houses buildings trucks lorries tents camps
airstrikes strikes raids attacks bombs shells rockets missiles barrel sorties dead wounded
injured victims deaths bodies casualties students patients doctors nurses workers staff
volunteers journalists prisoners detainees detained hostages syrians turks kurds iraqis
individuals others more new additional of dollars euros tonnes
""".split()
)

_ONE_OK = frozenset(
    """person civilian child kid man woman boy girl family household resident
refugee soldier fighter rebel member village town hospital school clinic doctor nurse worker
journalist prisoner detainee more other of
attack strike airstrike raid shell rocket missile bomb explosion incident massacre ambulance
vehicle truck bus car settlement site facility building house home shelter mosque church market
bakery""".split()
)
# "said one aid worker", "one resident told AFP": a speaker, not a count of one (the guideline)
_ONE_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$", re.IGNORECASE)
# also "One resident of Quarit who requested anonymity said"
_ONE_SPEAKER_AFTER = re.compile(
    r"\s+[A-Za-z]+(?:\s+(?:of|from|in)\s+[A-Z][\w'-]*)?(?:,?\s+who\s+[^.,;:\"]{1,60}?,?)?"
    r"\s+(?:said|says|told)\b"
)
# "In one incident, a drone strike hit ...": an example introduced, not a count of one
_ONE_EXAMPLE_BEFORE = re.compile(r"\b(?:in|on)\s+$", re.IGNORECASE)
_ONE_EXAMPLE_AFTER = re.compile(r"\s+(?:incident|case|instance|occasion)\s*,", re.IGNORECASE)
# a capitalised number word inside a name: "in the Six Mountains area" (lower-case "the" before
# it, so a title-case headline's "Three Killed In Idlib" is not read so)
_NAME_THE_BEFORE = re.compile(r"\bthe\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "the two countries", "in the three nations": a reference to countries named before
_THE_COUNTRIES = re.compile(r"\s+(?:countries|nations|sides)\b")
_COUNTED_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(COUNT_NOUNS))})\b")


@dataclass
class Number:
    """A number found in text (document offsets) before qualifiers are read."""

    start: int
    end: int
    value: float
    kind: str  # "numeral", "word" or "vague"
    unit: str = "count"
    currency: str | None = None
    scale: float = 1.0  # magnitude word applied ("3.5 million" -> 1e6)
    raw: float = 0.0  # value before the magnitude
    vague_key: str | None = None


_MONTH_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.IGNORECASE
)


# a month just before a day the period parser did not take ("DECEMBER 15:" in a photo caption)
_MONTH_DAY = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+$",
    re.IGNORECASE,
)
# a small number that ends a name inside a sentence ("from Hamdayet and Abdrafi and Village 8 to
# Um Raquba", "the Al Fallah 2 camp"): capitalized words after "and", "or", "the", "from" or "to"
# (not "in Hama 3,", a count by place), and after the number the end, a stop or a word that goes
# on with the place ("to", "and", "camp"), not a noun
_NAME_NUMBER = re.compile(
    r"\b(?:and|or|the|from|to)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s$"  # not "in Hama 3,"
)
_NAME_NUMBER_END = re.compile(
    r"\s*(?:[,.;)]|$)|\s+(?:to|and|or|in|from|camps?|sites?|settlements?|refugee\s+camps?)\b"
)


# the days after a listed day and the month: ", 15 and 28 October" (after "The 11")
_DAY_LIST_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and\s+)?\d{1,2}\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)


# bare numbers separated by spaces only (page and footnote digits of a PDF, telephone numbers);
# a year before or after is not part of a run ("In 2016 15 people died")
_RUN_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d(?![\d,.]))\d")
_RUN_BEFORE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d(?:[\d,.]*\d)?\s+$")


def _day_or_name(norm: str, start: int, a: int, after: str) -> bool:
    """Whether the small number at ``norm[a]`` is a day after a month or ends a name."""
    if not (
        _MONTH_DAY.search(norm, max(start, a - 12), a)
        or (_NAME_NUMBER_END.match(after) and _NAME_NUMBER.search(norm, max(start, a - 40), a))
    ):
        return False
    return not _COUNTED_AFTER.match(after)  # "in January 15 people fled", "Camp 4 families"


def _scale(word: str) -> float:
    """Value of a magnitude after a numeral ("million", "hundred million", "bn"); 1 if none."""
    if word.startswith("hundred "):
        return 100 * SCALES[word.split()[1]]
    return SCALES.get(word) or SCALES.get(word[:-1]) or _SUFFIX_SCALE.get(word) or 1.0


# the rest of a number written in parts: "3 million and 321 thousand and 72"
_AND_PART = re.compile(r"\s+and\s+(\d{1,3})(?:\s+(thousand|hundred))?(?![\d,.]|\s*-?\s*[a-z]*\d)")


def _parts(norm: str, pos: int, end: int, scale: float) -> tuple[float, int]:
    """The parts after ``norm[:pos]`` that continue a number of magnitude ``scale``."""
    extra = 0.0
    while scale >= 1000:
        m = _AND_PART.match(norm, pos, end)
        if m is None:
            break
        part_scale = float(SCALES[m.group(2)]) if m.group(2) else 1.0
        if part_scale >= scale or (part_scale == 1.0 and scale != 1000):
            break  # "3 million and 300 injured" are two figures
        extra += float(m.group(1)) * part_scale
        pos, scale = m.end(), part_scale
    return extra, pos


def currency_code(written: str) -> str:
    """ISO 4217 code of a currency as written ("US$", "euros", "Syrian pounds").

    Examples
    --------
    >>> currency_code("US$"), currency_code(" Syrian pounds"), currency_code("€")
    ('USD', 'SYP', 'EUR')
    """
    key = " ".join(written.lower().split())
    return CURRENCIES.get(key) or CURRENCIES.get(key.rstrip("s")) or key.upper()


def words_value(text: str) -> float | None:
    """Value of a run of number words, or None if it is not a number.

    Examples
    --------
    >>> words_value("nine hundred and twenty-one"), words_value("half a million")
    (921.0, 500000.0)
    """
    t = text.lower().replace("-", " ")
    toks = t.split()
    if not toks:
        return None
    if toks[0] == "half" and toks[1:] in (["a"], ["an"]):
        return 0.5  # "half a dollar"
    if toks[0] == "half":
        rest = words_value(" ".join(w for w in toks[1:] if w != "of"))
        return None if rest is None else rest / 2
    if toks[0] in ("a", "an") and len(toks) > 2 and toks[1] in ("quarter", "half"):
        rest = words_value(" ".join(w for w in toks[2:] if w != "of"))
        return None if rest is None else rest / (4 if toks[1] == "quarter" else 2)
    total = 0.0
    current = 0.0
    seen = False
    last_scale = 1.0
    small = 0  # the last word: 1 a unit or a teen ("four"), 2 a tens word ("twenty"), 0 other
    for n, tok in enumerate(toks):
        if tok in ("half", "quarter") and n >= 2 and toks[n - 2] == "and":
            frac = 0.5 if tok == "half" else 0.25  # "two and a half", "two million and a half"
            if current or not total:
                current += frac
            else:
                total += frac * last_scale
            continue
        if tok in ("a", "an"):
            if n and toks[n - 1] == "and":
                continue
            current = 1.0
            continue
        if tok == "and":
            small = 0
            continue
        if tok in UNITS_WORDS:
            v = UNITS_WORDS[tok]
            if small == 1 or (small == 2 and v >= 10):
                return None  # "Twenty-four-seven", "four seven": not one number
            small = 2 if v >= 20 else 1
            current += v
            seen = True
            continue
        small = 0
        if tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0.0
            last_scale = SCALES[tok]
        else:
            return None
        seen = True
    return total + current if seen else None


def _glued_word(norm: str, i: int) -> str:
    """The letters right before ``norm[i]`` (a word glued to a number), maybe empty."""
    k = i
    while k > 0 and norm[k - 1].isalpha():
        k -= 1
    return norm[k:i]


def _glued_ok(word: str) -> bool:
    """Whether the letters glued before a digit are a word ("least140"), not a code ("SY07")."""
    return word.lower() in _GLUE_WORDS or (len(word) >= 5 and not word.isupper())


def _glued_footnote(word: str, norm: str, a: int, b: int) -> bool:
    """A footnote marker ``norm[a:b]`` glued to ``word``: one or two digits before punctuation.

    "returns1,"; not after a qualifier word that lost its space ("at least12, officials said").
    """
    return (
        b - a <= 2 and norm[b : b + 1] in (",", ".", ";", ":") and word.lower() not in _GLUE_WORDS
    )


# "Scores were injured", "tens fled", "killed scores": the plural alone counts people when
# a fate verb follows it (after auxiliaries) or precedes it; after a determiner or a noun
# ("the scores", "test scores") it does not
_PLURAL_LEFT_OK = re.compile(
    r"(?:[,;:(\"\u201c\u2014\u2013]|\b(?:and|but|while|as|that|said|say|says|where|when|"
    r"with|after|of\s+whom|including|leaving|left|killing|killed|kill|wounding|wounded|"
    r"injuring|injured|displacing|displaced|uprooting|uprooted|forcing|forced))\s*$",
    re.IGNORECASE,
)
_PLURAL_VERB = re.compile(
    r"[\"']?(?:\s+(?:more|others))?(?:\s+(?:were|was|are|is|have|has|had|been|being|also|"
    r"reportedly|allegedly|still|already|all|now|later|who))*\s+(?:" + KEYWORD_RE.pattern + r")",
    re.IGNORECASE,
)
_PLURAL_AFTER_VERB = re.compile(
    r"\b(?:killing|killed|kill|wounding|wounded|injuring|injured|displacing|displaced|"
    r"uprooting|uprooted|leaving|left)\s+$",
    re.IGNORECASE,
)


def _counts_people(norm: str, floor: int, a: int, b: int, ceil: int) -> bool:
    """Whether "scores" / "tens" at ``norm[a:b]`` (without "of") is a count of people."""
    left = norm[max(floor, a - 40) : a]
    if _PLURAL_AFTER_VERB.search(left):
        return True  # "killed scores", "leaving tens wounded"
    opens = not norm[floor:a].strip(" \n\"'\u201c\u2018") or bool(_PLURAL_LEFT_OK.search(left))
    return opens and bool(_PLURAL_VERB.match(norm[:ceil], b))


_START = attrgetter("start")


def _mark(used: bytearray, start: int, a: int, b: int) -> None:
    lo, hi = max(a - start, 0), min(b - start, len(used))
    if lo < hi:
        used[lo:hi] = b"\x01" * (hi - lo)


# the small patterns of find_numbers' rules, compiled once
_OF_AFTER = re.compile(r"\s+of\b")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DASH_WORD = re.compile(r"-\s*[A-Za-z]")
_DASH_PLUS_STRONG = re.compile(r"-\s*(?:plus|odd|strong)\b")
_DASH = re.compile(r"\s*-")
_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")
_DIGIT_END = re.compile(r"\d\s*$")
_DASH_PLUS = re.compile(r"-\s*(?:plus|odd)\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b")
_NO_ANY_END = re.compile(r"(?:\bno|\bany|\bevery|\bof|\bthe)\s*$")


def find_numbers(
    norm: str, start: int, end: int, masks: list[tuple[int, int]], low: str | None = None
) -> list[Number]:
    """Every figure-like number in ``norm[start:end]``, in order, without overlaps.

    ``masks`` are spans already known not to be figures (dates found by the period parser).
    ``low``, if given, is ``norm`` with ASCII letters lower-cased (same offsets), for speed.
    """
    if low is None:
        vague_it = _VAGUE_RE.finditer(norm, start, end)
    elif _VAGUE_PARTS.search(low, start, end):
        vague_it = _VAGUE_LOW.finditer(low, start, end)
    else:
        vague_it = iter(())
    if low is None:
        words_it = _WORDS_RE.finditer(norm, start, end)
    elif _NUMBER_WORD.search(low, start, end):
        words_it = _WORDS_LOW.finditer(low, start, end)
    else:
        words_it = iter(())
    # the text lower-cased when it is ASCII: IGNORECASE patterns run faster lowered on it
    ascii_low = low if low is not None and norm.isascii() else None
    found: list[Number] = []
    used = bytearray(end - start)  # 1 where a character already belongs to a number or date
    for ma, mb in masks:
        _mark(used, start, ma, mb)

    def free(a: int, b: int) -> bool:
        # bytearray.find takes its bounds as a slice does, and ``used`` holds only 0 and 1:
        # no 1 in the range is what ``not any(used[lo:hi])`` tested, without the copy
        return used.find(1, max(a, start) - start, min(b, end) - start) < 0

    for m in vague_it:
        if not free(m.start(), m.end()):
            continue
        if (
            m.start() > start
            and norm[m.start() - 1 : m.start()].isspace()
            and norm[max(start, m.start() - 2)].isdigit()
        ):
            continue  # "more than 3 millions": a scale after a numeral, not a vague plural
        if _PHYSICAL_OF.match(norm, m.end(), end):
            continue  # "few hundred miters away", "thousands of tonnes": a measure, not a count
        if m.group("pre"):
            key = m.group("unit").lower() + "s"  # "several hundred" reads as "hundreds"
            value = VAGUE_MINIMUM.get(key)
        else:
            key = m.group("plural").lower()
            if key[0].isdigit():
                key = _DIGIT_PLURALS[key.rstrip("s'").replace(",", "")]
            if (
                key in ("scores", "tens")
                and m.group("of") is None
                and not _OF_AFTER.match(norm[m.end() : m.end() + 4])
                and not _counts_people(norm, start, m.start(), m.end(), end)
            ):
                continue  # "test scores", "in tens": not a count
            if m.group("of"):
                of = m.group("of").lower()
                key = f"{key} of {of}"
                value = VAGUE_MINIMUM.get(key)
                if value is None:
                    value = {
                        "tens": 20,
                        "dozens": 24,
                        "hundreds": 200,
                        "scores": 40,
                        "thousands": 2000,
                    }.get(m.group("plural").lower(), 2) * {
                        "thousands": 1e3,
                        "millions": 1e6,
                        "billions": 1e9,
                    }[of]
            else:
                value = VAGUE_MINIMUM.get(key)
        if value is None:
            continue
        found.append(
            Number(m.start(), m.end(), float(value), "vague", raw=float(value), vague_key=key)
        )
        _mark(used, start, m.start(), m.end())

    pos = start
    while True:
        m = _numerals(norm, pos, end)
        if m is None:
            break
        pos = m.end()
        a, b = m.start("num"), m.end()
        num = m.group("num")
        if ", " in num and (not free(a, b) or _MONTH_END.search(norm, max(start, a - 12), a)):
            pos = a + num.index(",") + 2  # "March 12, 400 people": a date, then a count
            continue
        if not free(a, b):
            continue
        if a > 0 and norm[a - 1].isalpha() and not m.group("cur"):  # not "over USD2.1 billion"
            glued = _glued_word(norm, a)
            if not _glued_ok(glued) or _glued_footnote(glued, norm, a, b):
                continue  # a code ("SY07") or a footnote marker glued to its word ("returns1,")
        if a > 1 and norm[a - 1] == "-" and norm[a - 2].isalpha():
            continue  # codes: F-16, Su-24, COVID-19
        if len(num) > 18 or (len(num) > 1 and num[0] == "0" and num[1].isdigit()):
            continue  # an identifier or a clock time ("0900"), not a count
        scale_txt = m.group("scale")  # None for most numbers: then "" as the join made it
        scale_txt = " ".join(scale_txt.lower().replace("-", " ").split()) if scale_txt else ""
        pm = _match(_PERCENT_RE, _PERCENT_LOW, norm, ascii_low, b, end)
        if a > 0 and norm[a - 1] in "#№°" or (norm[a - 1 : a] == "+" and not pm):
            continue  # "#3", a telephone number "+963 11 ..."
        if not scale_txt and (
            norm[b : b + 1].isspace()
            and _RUN_AFTER.match(norm, b, end)
            or norm[a - 1 : a].isspace()
            and _RUN_BEFORE.search(norm, max(start, a - 8), a)
        ):
            continue  # bare numbers in a row: "(IDMC calculation based 72 9 4 on": PDF page digits
        if scale_txt and _DECIMAL_COMMA.fullmatch(num):
            raw = float(num.replace(",", "."))  # decimal comma: "2,7 million"
        elif "." in num and not scale_txt and not pm and _DOT_GROUPS.fullmatch(num):
            # a dot as thousands separator ("almost 670.000 Syrian refugees", "1.234.567"):
            # counts and amounts have no thousandths, so three digits after a dot with no scale
            # word and no percent sign are a thousands group; "2.5 million", "1.169 billion
            # euros" and "12.125%" stay decimals
            raw = float(num.replace(".", ""))
        else:
            raw = float(num.replace(",", "").replace(" ", ""))
        scale = _scale(scale_txt) if scale_txt else 1.0  # _scale("") is 1.0 (no "" key)
        after = norm[b : min(end, b + 30)]
        if pm and not scale_txt:
            pass  # "80%", "80 per cent", "1.38pc"
        elif (
            _name_before(norm, max(start, a - 16), a)
            or _NAME_AFTER.match(after)
            or (
                num == "24"
                and (_glued_word(norm, a) or _last_word(norm, max(start, a - 14), a)) in _OUTLETS_24
            )
        ):
            continue  # "S&P 500", "two new 737 Max jets", "Kurdistan 24": a name, not a count
        elif scale_txt == "" and _share(norm, a, b, raw, start, end):
            continue  # "three out of four", "1 in 3 children": a share, not two counts
        elif (
            scale_txt in ("m", "k", "b")
            and not m.group("cur")
            and _LENGTH_AFTER.match(after)
            or a > 0
            and norm[a - 1] == "["
        ):
            continue  # "the 37m (121ft)-long skeleton", a footnote "[17]"
        elif not scale_txt:
            if _nonfigure_after(after):
                continue
            if after[:1].isalpha():
                continue  # "12km", "3D", "A4x"
            if after[:1] == "-" and _DASH_WORD.match(after) and not _DASH_PLUS_STRONG.match(after):
                continue  # "12-year-old", "15-member"
        elif scale_txt in ("m", "b", "k") and (after[:1].isalpha() or _DASH.match(after)):
            continue
        elif _PHYSICAL_AFTER.match(after):
            continue  # "1 million litres", "3.5 million tonnes"
        if _named_before(norm, start, a):
            continue
        if (
            scale == 1.0
            and raw <= 31
            and num.isdigit()
            and not pm
            and _day_or_name(norm, start, a, after)
        ):
            continue  # a day ("ALEPPO, SYRIA - DECEMBER 15:") or a name ("and Village 8 to")
        if scale == 1.0 and raw <= 31 and after[:1] == "," and _DAY_LIST_AFTER.match(after):
            continue  # a day listed before its month: "The 11, 15 and 28 October earthquakes"
        if (
            scale == 1.0
            and raw < 120
            and after[:1] == ","
            and _AGE.search(norm, max(start, a - 40), a)
        ):
            continue  # "Assad, 54, has vowed"
        if scale == 1.0 and raw < 120 and _may_end_small(norm, max(start, a - 40), a):
            if (
                _ends_search(_ONE_IN, _ONE_IN_LAST, norm, max(start, a - 20), a)
                or _age_bound(norm, max(start, a - 40), a)
                or _ends_search(_AGE_RANGE_END, _AGE_RANGE_LAST, norm, max(start, a - 30), a)
                or (
                    _ends_search(_AGE_PEOPLE, _AGE_PEOPLE_LAST, norm, max(start, a - 30), a)
                    and not _COUNTED_AFTER.match(after)
                )
            ):
                continue  # "children under 5", "residents are under 18", "aged 5 to 12"
        if scale == 1.0 and "," not in num and "." not in num and 1800 <= raw <= 2100:
            nxt = _NEXT_WORDS.match(after)
            if (
                nxt is None
                or not {nxt.group(1), nxt.group(2)} & COUNT_NOUNS
                or _YEAR_PREP.search(norm, max(start, a - 8), a)
            ):
                continue  # a year: "in 2019", "since 2011 refugees have ..."
        cur = m.group("cur")
        unit = "count"
        pb = b
        s = m.start() if cur else a
        if pm:
            unit = "percent"
            pb = pm.end()
            if (
                a > 0
                and norm[a - 1] == "-"
                and (a == 1 or not norm[a - 2].isalnum())
                and not _DIGIT_END.search(norm[max(start, a - 6) : a - 1])
            ):
                raw, s = -raw, a - 1  # "-1.3%": a fall keeps its sign
        elif cur is None:
            cm = _match(_CURRENCY_AFTER, _CURRENCY_AFTER_LOW, norm, ascii_low, b, end)
            if cm:
                cur = cm.group()
        if cur is not None:
            unit, cur = "money", currency_code(cur)
        value = round(raw * scale, 6) if scale > 1 else raw  # 4.1 million is 4100000.0
        if unit == "count" and raw.is_integer():
            extra, pb = _parts(norm, pb, end, scale)
            value += extra
        found.append(Number(s, pb, value, "numeral", unit=unit, currency=cur, scale=scale, raw=raw))
        _mark(used, start, s, pb)

    for m in words_it:
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        text = m.group()
        value = words_value(text)
        if value is None:
            continue
        wlow = text.lower()
        if wlow.split()[0] in SCALES or wlow.startswith("dozen"):
            continue  # "million" alone is not a number
        after = norm[b : min(end, b + 30)]
        if _nonfigure_after(after) and not after.startswith((",", ".")):
            continue
        if after[:1] == "-" and not _DASH_PLUS.match(after):
            continue  # "three-pronged", "two-day"
        if value < 120 and (
            _age_bound(norm, max(start, a - 40), a)
            or _ends_search(_ONE_IN, _ONE_IN_LAST, norm, max(start, a - 20), a)
            or _share(norm, a, b, value, start, end)
            or _named_before(norm, start, a)
        ):
            continue  # "children under five", "one in five", "three out of four", "age of ten"
        if (
            value < 10
            and _THE_COUNTRIES.match(after)
            and _NAME_THE_BEFORE.search(norm, max(start, a - 5), a)
        ):
            continue  # "the river that divides the two countries": the ones named, not a count
        if (
            norm[a].isupper()
            and _NAME_WORD_AFTER.match(after)
            and _NAME_THE_BEFORE.search(norm, max(start, a - 5), a)
        ):
            continue  # "the Six Mountains area"
        if wlow == "one":
            nxt = _NEXT_WORD.match(after)
            counted = _ONE_COUNTED.search(norm, max(start, a - 20), a)
            if not counted and (nxt is None or nxt.group(1).lower() not in _ONE_OK):
                continue
            if _ONE_SPEAKER_BEFORE.search(norm, max(start, a - 20), a) or _ONE_SPEAKER_AFTER.match(
                norm, b, end
            ):
                continue
            if nxt is not None and nxt.group(1).lower() == "of" and not _OF_THEM_AFTER.match(after):
                continue
            if _ONE_EXAMPLE_AFTER.match(after) and _ONE_EXAMPLE_BEFORE.search(
                norm, max(start, a - 4), a
            ):
                continue
        before = norm[max(start, a - 12) : a].lower()
        if _NO_ANY_END.search(before) and wlow == "one":
            continue
        last = wlow.replace("-", " ").split()[-1]
        wscale = float(SCALES[last]) if last in SCALES else 1.0
        # "two billion dollars"
        cm = _match(_CURRENCY_AFTER, _CURRENCY_AFTER_LOW, norm, ascii_low, b, end)
        found.append(
            Number(
                a,
                b,
                value,
                "word",
                unit="money" if cm else "count",
                currency=currency_code(cm.group()) if cm else None,
                scale=wscale,
                raw=value / wscale,
            )
        )
        _mark(used, start, a, b)

    # percent after number words ("sixty percent")
    for n in found:
        if n.kind == "word" and n.unit == "count":
            pm = _match(_PERCENT_RE, _PERCENT_LOW, norm, ascii_low, n.end, end)
            if pm:
                n.unit = "percent"
                n.end = pm.end()
    found.sort(key=_START)
    if len(found) > 1:
        listed_currency(norm, found, end)
    return found


# a list of pledges after an amount with its currency: "Germany pledged 1.44 billion euros,
# France 1.1 billion and the United Kingdom, 464 million." (the round-2 decision "currency from
# context"): between the amounts a donor named in capitals, after the bare amount no counted noun
_DONOR_BETWEEN = re.compile(
    r"(?:\s+[a-z]+){0,3}\s*(?:,|\band\b)\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"\s*,?\s*(?:(?:pledged|gave|announced|offered|contributed|provided|promised|committed|"
    r"added|with)\s+)?(?:an?\s+)?(?:(?:additional|further|another)\s+)?$"
)
BARE_AMOUNT_END = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:and|over|for|in|each|respectively)\b")


def listed_currency(norm: str, found: list[Number], end: int) -> None:
    """Give the bare amounts of a list of pledges the currency of the amount before them."""
    prev = None
    for n in found:
        if n.unit == "money":
            prev = n
        elif (
            prev is not None
            and n.unit == "count"
            and n.scale >= 1e6
            and _DONOR_BETWEEN.match(norm, prev.end, n.start)
            and BARE_AMOUNT_END.match(norm, n.end, end)
        ):
            n.unit, n.currency = "money", prev.currency
            prev = n
        else:
            prev = None
