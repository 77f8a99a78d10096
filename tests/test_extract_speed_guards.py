"""The cheap pre-checks of the extractor's costly patterns never skip a match (issue 13).

``measures.governing_measure`` and ``attribution.sentence_attributions`` run some regexes only
when a window holds one of a few words (``text.holds_any``), ends with one of a few words, or holds a
colon: every match of the pattern must then hold such a word, or the pre-check would change the
table. A rule that widens a pattern (a new verb, a new speech word) must widen its guard too;
this test finds the patterns' matches on every dev text and checks each against its guard.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from idlibstats.extract import attribution, figures, measures

DATA = Path(__file__).parent / "data"
# dev parts and the wire-style dev set only: no blind part is read
TEXTS = [
    json.loads(line)["text"]
    for path in sorted(DATA.glob("*_dev.jsonl")) + [DATA / "devset.jsonl"]
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
# where a figure may start: a digit, or a number word or vague plural
_NUMBER_START = re.compile(
    r"(?<!\d)\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"dozens|scores|hundreds|thousands|millions|tens)\b"
)

# (pattern, the words one of which every match holds), searched in the 200 characters before
# and after each number
HOLDS = {
    "_FATE_UNKNOWN_BEFORE": measures._FATE_UNKNOWN_WORDS,
    "_LEFT_BEFORE": measures._LEFT_WORDS,
    "_TOTALING_BEFORE": measures._TOTALING_WORDS,
    "_FATE_AND": measures._FATE_AND_WORDS,
    "_SENT_BACK": measures._SENT_BACK_WORDS,
    "_AFFECTING": measures._AFFECTING_WORDS,
    "_SHELTERING": measures._SHELTERING_WORDS,
    "_DEATH_TOLL_HEAD": measures._DEATH_TOLL_WORDS,
    "_INSIDE_AND_ABROAD": measures._INSIDE_WORDS,
    "_DRONES_AT": measures._DRONE_WORDS,
    "_TOLL_LIST": (":",),
}
# (pattern, the words one of which every match ends with, before the number)
ENDS = {"_GOVERNING_VERB": measures._GOVERNING_ENDS, "_AID_TO": measures._AID_TO_ENDS}


def _windows(low: str, after: bool = True):
    """(start, end) of the 200 characters before, and after, each place a figure may start."""
    for m in _NUMBER_START.finditer(low):
        s = m.start()
        yield max(0, s - 200), s
        if after:
            yield s, min(len(low), s + 200)


def _matches(pattern: re.Pattern, after: bool = True):
    """(lower-cased text, match, window end) of every match of ``pattern`` in a window."""
    for text in TEXTS:
        low = text.lower()
        for a, b in _windows(low, after):
            m = pattern.search(low, a, b)
            if m is not None:
                yield low, m, b


@pytest.mark.parametrize("name", sorted(HOLDS))
def test_every_match_holds_a_guard_word(name):
    words = HOLDS[name]
    found = list(_matches(getattr(measures, name)))
    assert found, f"{name} matches no dev text: the test checks nothing"
    for low, m, _ in found:
        assert any(low.find(w, m.start(), m.end()) >= 0 for w in words), (name, m[0])


@pytest.mark.parametrize("name", sorted(ENDS))
def test_every_match_ends_with_a_guard_word(name):
    # the patterns end at the figure ("...\s+$"), so the window's end is the match's
    found = list(_matches(getattr(measures, name), after=False))
    assert found
    for low, m, end in found:
        assert low[m.start() : end].rstrip().endswith(ENDS[name]), (name, m[0])


def test_totaling_matches_hold_ing():
    for text in TEXTS:
        low = text.lower()
        for a, b in _windows(low):
            m = measures._TOTALING_BEFORE.search(low, a, b)
            if m is not None:
                assert "ing " in low[a:b], m[0]


def test_speech_matches_hold_a_speech_word():
    seen = 0
    for text in TEXTS:
        for m in attribution._SPEECH.finditer(text):
            seen += 1
            assert attribution._SPEECH_WORDS.search(text, m.start(), m.end()), m[0]
    assert seen


def test_north_west_matches_hold_their_words():
    seen = 0
    for text in [*TEXTS, "Syria's north-west region", "in NW Syria", "northwestern Syria"]:
        for m in figures._NORTH_WEST_RE.finditer(text):
            seen += 1
            assert "Syria" in m[0] and ("orth" in m[0] or "NW" in m[0]), m[0]
    assert seen


def test_a_widened_pattern_without_its_word_is_caught():
    # near-miss: a governing verb the guard does not list would be skipped
    low = "militants decapitated 12 villagers"
    widened = re.compile(measures._GOVERNING_VERB.pattern.replace("beheaded|", "decapitated|"))
    m = widened.search(low, 0, low.index("12"))
    assert m is not None
    assert not low[: low.index("12")].rstrip().endswith(measures._GOVERNING_ENDS)
