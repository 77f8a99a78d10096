"""Fuzz: extraction never crashes, never hangs and always returns a valid table."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idlibstats.extract import extract_figures
from idlibstats.table import validate_figures

# pieces that exercise every rule, glued in random order with random junk between
PIECES = [
    "more than",
    "at least",
    "over",
    "up to",
    "about",
    "between",
    "and",
    "to",
    "-",
    "+",
    "-plus",
    "1,300",
    "3.5",
    "million",
    "1.7m",
    "$2bn",
    "800 thousand",
    "twenty-four",
    "a dozen",
    "half a million",
    "dozens",
    "tens of thousands",
    "millions more",
    "80%",
    "per cent",
    "Jan.",
    "Dec. 24,",
    "2019",
    "May",
    "August",
    "since",
    "in the past 24 hours",
    "in less than four days",
    "12-year-old",
    "4th Division",
    "Resolution 2254",
    "SY07",
    "killed",
    "wounded",
    "fled",
    "refugees",
    "villages",
    "gained control over",
    "SOHR said",
    "according to the United Nations",
    "the monitor added",
    "including",
    "of them",
    "\u201c",
    "\u201d",
    '"',
    "\u00a0",
    "\n",
    "\n\n",
    ".",
    ",",
    "U.S.",
    "Maarat al-Numan",
    "Idlib",
    "Syria",
    "Turkey",
    "on Tuesday",
    "last month",
    "(",
    ")",
    "10:30",
    "least140,000",
    "1,300+",
    "9-12",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map(" ".join)
published = st.one_of(
    st.none(), st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2200, 12, 31))
)


@settings(max_examples=150, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, pub=published)
def test_extraction_is_total(text, pub):
    t = extract_figures(text, published=pub)
    validate_figures(t, text=text)


@settings(max_examples=60, deadline=1000)
@given(text=st.text(max_size=300))
def test_arbitrary_unicode(text):
    validate_figures(extract_figures(text), text=text)


def test_pathological_inputs_finish_quickly():
    import time

    cases = [
        "1" * 20_000,
        "1," * 10_000,
        "between " * 5_000,
        "more than " * 5_000 + "5",
        "-" * 20_000 + "12",
        "Jan. " * 5_000,
        "a" * 100_000,
        ("twenty " * 3_000) + "people",
        "\u201c" * 10_000 + "12 people said SOHR",
        "12 " + "\n" * 10_000 + "people",
    ]
    for text in cases:
        t0 = time.perf_counter()
        validate_figures(extract_figures(text, published="2020-01-29"), text=text)
        assert time.perf_counter() - t0 < 10, text[:30]


def test_impossible_dates_never_break_the_table():
    for text, pub in [
        ("From 25 to 3 February, 40 people died.", "2020-03-10"),
        ("Between 2019 and 2015, 300 people died.", "2020-03-10"),
        ("On 31 February, 12 people died.", "2020-03-10"),
        ("Since 2025, 4 died.", "2020-03-10"),
        ("In the past 100000 years, 4 died.", "2020-03-10"),
        ("In the past 200 years, 4 died.", "1700-01-05"),
    ]:
        validate_figures(extract_figures(text, published=pub), text=text)
