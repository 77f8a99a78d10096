"""The cheap pre-checks before costly regexes (speed pass perf25) agree with the regexes."""

from __future__ import annotations

import re

import pytest

from idlibstats.extract import numerals, periods

TEXTS = [
    "The S&P 500 fell while the Hang Seng 300 rose and Boeing 737 jets flew",
    "FTSE\n100 and the Nasdaq  20, said one in 5 children; aged 5 to 12, people over 60",
    "children under 5, ages 4, 7, and 9, 1 in every 3, one out of ten, AB 12 and ab 12",
    "US$7.73 billion (S$10.8 billion) and ( \n 3 more), killed 40 in İdlib ſ 1 ın 4",
    "after three days of fighting and two Weeks\nof shelling, 5 years of war, a day of rage",
]


def _windows():
    for t in TEXTS:
        for a in range(len(t) + 1):
            for lo in (max(0, a - 16), max(0, a - 20), max(0, a - 30), 0):
                yield t, lo, a


def test_name_before_precheck():
    for t, lo, a in _windows():
        assert numerals._name_before(t, lo, a) == bool(numerals._NAME_BEFORE.search(t, lo, a))


@pytest.mark.parametrize(
    ("rx", "last"),
    [
        (numerals._ONE_IN, numerals._ONE_IN_LAST),
        (numerals._AGE_PEOPLE, numerals._AGE_PEOPLE_LAST),
        (numerals._AGE_RANGE_END, numerals._AGE_RANGE_LAST),
    ],
)
def test_ends_search_precheck(rx, last):
    for t, lo, a in _windows():
        assert numerals._ends_search(rx, last, t, lo, a) == bool(rx.search(t, lo, a))


def test_in_brackets_scan():
    rx = re.compile(r"\(\s*$")
    for t in TEXTS:
        for a in range(len(t) + 1):
            assert periods._in_brackets(t, a) == bool(rx.search(t, 0, a))


def test_unit_of_gate_holds_every_duration_of_match():
    for t in TEXTS:
        for m in periods._DURATION_OF.finditer(t):
            assert periods._UNIT_OF.search(t, m.start(), m.end())
        low = t.lower()
        for m in periods._SPANS_LOW[2].finditer(low):
            assert periods._UNIT_OF_LOW.search(low, m.start(), m.end())
    assert periods._DURATION_OF.search(TEXTS[-1])  # the texts hold some
