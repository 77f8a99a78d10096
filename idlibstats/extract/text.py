"""Text clean-up and sentence splitting that keep document offsets.

Every replacement here maps one character to one character, so an offset in the normalized text
is an offset in the original document. Sentence splitting is a single left-to-right scan (no
regex that can backtrack badly); off-the-shelf splitters either need a model download (spaCy,
stanza) or break on "Dec." and "U.S." in wire copy, hence this small hand-written one.
:func:`word_alternation` writes a long list of words as one regex alternation factored by
shared prefixes (Python's ``re`` tries the words of a plain ``a|b|c`` one by one at every
word start). Trie-regex libraries (retrie, trieregex) sort the words and make every shorter word
an optional tail, which changes which word wins where the order matters, and write a space as a
space, not as the run of white space the keyword lists mean; hence this short hand-written one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

#: English weekday names, lower case, in ``datetime.date.weekday()`` order (periods and measures).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# one character -> one character, so offsets survive
_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": " ",
        "\t": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\r": " ",  # "\r\n" -> " \n": a Windows line break is one line break
        "\u2028": "\n",
        "\u2029": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
    }
)


# the ASCII characters _TRANSLATE changes: ASCII text without them is already normal
_ASCII_CHANGED = tuple(chr(k) for k in _TRANSLATE if k < 128)
# the characters _TRANSLATE changes, and what each becomes
_ODD_CHARS = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
_PLAIN = {chr(k): v for k, v in _TRANSLATE.items()}


def normalize(text: str) -> str:
    """Return ``text`` with quotes, dashes and odd spaces made plain, same length."""
    if text.isascii() and not any(c in text for c in _ASCII_CHANGED):
        return text  # most news text: a character-by-character translation would change nothing
    # the same as text.translate(_TRANSLATE), which looks up every character: replacing only
    # the few odd ones is about twice as fast
    return _ODD_CHARS.sub(lambda m: _PLAIN[m.group()], text)


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``start``/``end`` are document offsets (trimmed of surrounding space)."""

    start: int
    end: int
    paragraph: int


# Words whose trailing dot does not end a sentence ("Dec. 24", "Mr. Assad", "U.S. forces").
_ABBREV = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "brig",
    "adm",
    "gov",
    "sen",
    "rep",
    "prof",
    "no",
    "nos",
    "vs",
    "etc",
    "approx",
    "est",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "fig",
    "al",
    "e.g",
    "i.e",
    "u.s",
    "u.n",
    "u.k",
    "a.m",
    "p.m",
    "mt",
    "ft",
}
# a stop before a space, a blank line, or a stop glued to the next sentence ("said.At least");
# written to start with one character class, which Python's re scans for fast
_CANDIDATE = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"')\]]*(?=\s)|(?<=\n)[ ]*\n|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
)
_SPACE_RUN = re.compile(r"\s+")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_LINE = re.compile(r"(?<!\n)\n(?!\n)")
_MAX_SENTENCE = 1500  # longer stretches (text with no stops) are cut at spaces


def _is_boundary(norm: str, i: int, j: int) -> bool:
    """Whether the stop ``norm[i:j]`` ends a sentence."""
    if norm[i] != ".":
        return True
    k = i
    while k > 0 and not norm[k - 1].isspace() and norm[k - 1] not in "(\"'":
        k -= 1
    word = norm[k:i].lower()
    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
        return False  # "Dec. 24", "Mr. Assad", "J. Smith" (a sentence ending "in Dec." is rare)
    if _INITIALISM.fullmatch(word):  # initialisms: U.S. U.N.
        return False
    # next non-space char must look like a sentence start
    m = j
    n = len(norm)
    while m < n and norm[m].isspace():
        m += 1
    if m >= n:
        return True
    c = norm[m]
    return c.isupper() or c.isdigit() or c in "\"'(["


def split_sentences(text: str, *, normalized: bool = False) -> list[Sentence]:
    """Split normalized ``text`` into sentences with document offsets.

    ``normalized=True`` says ``text`` is already the output of :func:`normalize` (the
    extractor's case), which spares a second pass over it.

    Examples
    --------
    >>> t = "On Dec. 24, 3.5 million fled. The U.S. said so."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['On Dec. 24, 3.5 million fled.', 'The U.S. said so.']
    """
    norm = text if normalized else normalize(text)
    cuts: list[tuple[int, bool]] = []  # (end offset, is paragraph break)
    for m in _CANDIDATE.finditer(norm):
        if m.group().startswith("\n"):
            cuts.append((m.start(), True))
        elif _is_boundary(norm, m.start(), m.end()):
            # a line break right after a full stop also ends the paragraph (scraped text
            # often has one "\n" between paragraphs)
            ws = _SPACE_RUN.match(norm, m.end())
            cuts.append((m.end(), ws is not None and "\n" in ws.group()))
    # a short first line of a paragraph with no final stop is a heading or caption line
    for m in _LINE.finditer(norm) if "\n" in norm else ():
        i = m.start()
        line_start = norm.rfind("\n", 0, i) + 1
        line = norm[line_start:i].strip()
        para_start = line_start == 0 or norm[max(0, line_start - 2) : line_start] == "\n\n"
        if (
            para_start
            and line
            and len(line) < 60
            and line[-1] not in ".,;:!?-"
            and i + 1 < len(norm)
            and norm[i + 1].isupper()
        ):
            cuts.append((i, True))
    cuts.sort()
    out: list[Sentence] = []
    pos = 0
    para = 0
    for end, is_para in [*cuts, (len(norm), True)]:
        if end < pos:
            continue
        _emit(norm, pos, end, para, out)
        pos = end
        if is_para:
            para += 1
    return out


def _emit(norm: str, a: int, b: int, para: int, out: list[Sentence]) -> None:
    while a < b and norm[a].isspace():
        a += 1
    while b > a and norm[b - 1].isspace():
        b -= 1
    if a >= b:
        return
    while b - a > _MAX_SENTENCE:
        cut = norm.rfind(" ", a + _MAX_SENTENCE // 2, a + _MAX_SENTENCE)
        if cut <= a:
            cut = a + _MAX_SENTENCE
        out.append(Sentence(a, cut, para))
        a = cut
        while a < b and norm[a].isspace():
            a += 1
    if a < b:
        out.append(Sentence(a, b, para))


def for_lower(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (IGNORECASE) for ASCII text that is lower-cased: the same matches, faster.

    Python's ``re`` compares every letter both ways under IGNORECASE. Lower-casing the pattern
    keeps its meaning as long as it has no escape or group name with a capital in it (a test
    checks the patterns made here).
    """
    lowered = pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def may_end_with(seg: str, words: tuple[str, ...]) -> bool:
    r"""Whether ``seg`` may end with one of the lower-case ``words`` (then white space at most).

    A cheap test before a regex anchored at the end (``...(?:on|in)\s+$``, also with
    re.IGNORECASE) is searched in a window: False says it cannot match there, where the regex
    would be tried at every position. Non-ASCII text is always True: re.IGNORECASE folds a few
    non-ASCII letters ("ı", "ſ") to ASCII ones.

    Examples
    --------
    >>> may_end_with("killed after the attack on ", ("on", "in"))
    True
    >>> may_end_with("killed after the attack ", ("on", "in"))
    False
    """
    return not seg.isascii() or seg.rstrip().lower().endswith(words)


def _atom(c: str) -> str:
    return r"\s+" if c == " " else re.escape(c)


def holds_any(text: str, a: int, b: int, words: Sequence[str]) -> bool:
    """Whether ``text[a:b]`` holds one of ``words``: a cheap test before a regex search there.

    ``words`` are parts every match of the regex holds, so a window without them is skipped; a
    loop of ``in`` tests on the window (one slice, no method call per word, no generator) is
    many times faster than the regex tried at every position. ``words`` are not empty.

    Examples
    --------
    >>> holds_any("five people were killed", 0, 23, ("kill", "wound"))
    True
    """
    seg = text[a:b]
    for w in words:
        if w in seg:
            return True
    return False


def word_alternation(words: Sequence[str]) -> str:
    r"""A regex alternation of ``words`` that matches what the plain one matches, but faster.

    The plain alternation is ``"|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)``
    (a space in a word is any run of white space). Python's ``re`` tries its alternatives one
    by one; here the words share their prefixes (``kill(?:ed|ing)``), so a place where no word
    starts is left after a character or two. The order of preference is kept: words that start
    alike stay in their order, a word that is the prefix of others keeps its place among them,
    and words that differ in a character cannot match at the same place.

    Examples
    --------
    >>> word_alternation(["killed", "killing", "kill", "death toll"])
    'kill(?:ed|ing|)|death\\s+toll'
    """
    if any(not w or w != " ".join(w.split()) for w in words):
        raise ValueError("word_alternation needs non-empty words with single inner spaces")
    return _alternation(list(words))


def _alternation(words: list[str]) -> str:
    groups: list[tuple[str, list[str]]] = []  # (first character, the rests), in order
    current: dict[str, list[str]] = {}  # the groups a word may still join
    for w in words:
        if not w:  # a word that ends here: the later words may not move before it
            groups.append(("", []))
            current = {}
        elif w[0] in current:
            current[w[0]].append(w[1:])
        else:
            current[w[0]] = [w[1:]]
            groups.append((w[0], current[w[0]]))
    alts = []
    for first, rests in groups:
        if not first:
            alts.append("")
        elif len(rests) == 1:
            alts.append("".join(map(_atom, first + rests[0])))
        else:
            shared = os.path.commonprefix(rests)  # "kill" in "killed", "killing", "kill"
            inner = _alternation([r[len(shared) :] for r in rests])
            alts.append("".join(map(_atom, first + shared)) + "(?:" + inner + ")")
    return "|".join(alts)
