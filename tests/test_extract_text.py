"""The factored word alternation: the same matches as the plain one, in the same order."""

from __future__ import annotations

import re

import pytest

from idlibstats.extract import figures
from idlibstats.extract.evaluate import load_devset
from idlibstats.extract.measures import KEYWORD_RE
from idlibstats.extract.text import word_alternation


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _every_match(pattern: re.Pattern, text: str) -> list[tuple[int, int] | None]:
    return [(m.span() if (m := pattern.match(text, i)) else None) for i in range(len(text) + 1)]


# a word that is the prefix of others before, between and after them, spaces, escapes
WORDS = ["kill", "killed", "killings", "kills", "killers", "kill", "death toll", "death tolls"]
WORDS += ["u.s. forces", "u.s.", "air strike", "air-strike", "a", "an", "and", "a few"]


# a prefix between two words that start alike after it: they may not be merged across it
BARRIER = ["killed", "kill", "killers", "an", "a", "and", "death tolls", "death", "death toll"]


@pytest.mark.parametrize(
    "order", [WORDS, sorted(WORDS), sorted(WORDS, key=len), WORDS[::-1], BARRIER]
)
@pytest.mark.parametrize("tail", ["", r"(?![\w-])", r"(?=s|ers)", r"(?:s|ers)?\b"])
def test_factored_alternation_matches_what_the_plain_one_matches(order, tail):
    text = (
        "killers killed kills kill killings; the death   toll and death\ntolls, u.s. forces "
        "u.s.a. air strike air-strike air  strikes a few an and a kill-"
    )
    fast = re.compile("(?:" + word_alternation(order) + ")" + tail)
    plain = re.compile("(?:" + _plain(order) + ")" + tail)
    assert _every_match(fast, text) == _every_match(plain, text)


def test_bad_words_are_refused():
    with pytest.raises(ValueError, match="single inner spaces"):
        word_alternation(["death  toll"])
    with pytest.raises(ValueError, match="non-empty"):
        word_alternation(["", "killed"])


def test_the_pipeline_keywords_are_factored_and_match_as_before():
    from idlibstats.extract.measures import _KW_LIST

    words = [w for w, _ in _KW_LIST]
    assert _plain(words) not in KEYWORD_RE.pattern, "keywords not factored"
    assert figures._KEYWORDS == KEYWORD_RE.pattern
    # the pattern as first written: the plain alternation, each glued word a lookbehind
    plain = (
        r"(?:(?<![\w-])|(?<=were|have|been)|(?<=had|has|new|are))(?:"
        + _plain(words)
        + r")(?:(?![\w-])|(?=about|people|more|some|around|nearly))"
    )
    texts = list(load_devset().docs["text"].head(60))
    texts.append("Weredisplaced: 40 haddied, 3 newkilled; they arekilled and beenwounded.")
    for text in texts:
        low = text.translate(figures._ASCII_LOWER)
        assert _every_match(figures._KEYWORD_LOW, low) == _every_match(re.compile(plain), low)
        assert _every_match(KEYWORD_RE, text) == _every_match(re.compile(plain, re.I), text)


def test_sentence_stops_are_found_as_the_plain_pattern_finds_them():
    import numpy as np

    from idlibstats.extract import text

    # the stops as first written: a stop before a space, a blank line, a glued stop
    plain = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n[ ]*\n|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")
    rng = np.random.default_rng(0)
    alphabet = list("aB.!?\n \"')]Xyz")
    texts = ["".join(rng.choice(alphabet, size=rng.integers(0, 40))) for _ in range(3000)]
    texts += list(load_devset().docs["text"])
    for t in texts:
        assert [m.span() for m in text._CANDIDATE.finditer(t)] == [
            m.span() for m in plain.finditer(t)
        ]


@pytest.mark.parametrize(
    "raw",
    [
        "plain ASCII text.",
        "a\ttab",
        "back`tick",
        "crlf\r\nline",
        "form\x0cfeed",
        "\u201cquoted\u201d",
    ],
)
def test_normalize_is_the_one_character_translation(raw):
    from idlibstats.extract.text import _TRANSLATE, normalize

    assert normalize(raw) == raw.translate(_TRANSLATE)
    assert len(normalize(raw)) == len(raw)


def test_the_number_word_pretest_accepts_what_the_plain_one_accepts():
    import numpy as np

    plain = re.compile(
        r"\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
        r"twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
        r"billion|dozen|dozens|scores|tens|hundreds|thousands|millions|trillion)\b)"
    )
    rng = np.random.default_rng(1)
    pieces = ["one", "ONE", "often", "ten", "tens", "tEnth", "seventeen", "Teen", "steen", "x"]
    pieces += ["hundreds", "hundredth", "dozen", "dozens.", "scores", "- ", "7", "twelve", "ſix"]
    for _ in range(3000):
        t = " ".join(rng.choice(pieces, size=rng.integers(1, 5)))
        assert bool(figures._MAYBE_NUMBER.search(t)) == bool(plain.search(t)), t
