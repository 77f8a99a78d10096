"""Syrian place names in text, linked to OCHA P-codes and coordinates.

The gazetteer (``data/syria_places.csv``) is built once from the raw data by
:func:`idlibstats.datasets.builders.build_gazetteer` (``idlibstats data``): the OCHA administrative
boundaries, the OpenSyria gazetteer, GeoNames cities500 and short hand lists.
:func:`find_places` reads the committed CSV, so it works without the raw data.

Matching is by token n-grams on normalised names: case, diacritics and apostrophes are dropped,
the Arabic article (al-, el-, an-, ar-, as-, ash-, ...) is unified, doubled letters collapse and
``ou``/``ee``/final ``-ah`` are simplified, so that "Maarat al-Numan", "Ma'arrat an Nu'man" and
"Maarrat al-Nu'man" meet. Names of six letters or more also match on a vowel skeleton (every
run of vowels read as one), which covers "Maaret"/"Maarat" and "Sheikhoun"/"Shaykhun". No library
does this transliteration-tolerant matching for Arabic names in English text, hence the
hand-written normaliser.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from idlibstats import datasets
from idlibstats._deprecate import moved

__all__ = ["PlaceMatch", "find_places", "gazetteer", "normalize_name"]

__getattr__ = moved(
    __name__,
    {
        name: f"idlibstats.datasets.builders.syria_places:{name}"
        for name in ("build_gazetteer", "COUNTRIES", "EXTRA_PLACES", "NEWS_SPELLINGS")
    },
)

DATASET = "syria_places"

_APOSTROPHES = "'’‘ʿʾ`´ʼ′"
_ARTICLES = frozenset("al el il an ar as ash at ad adh az ed es esh et ez ech ej en er".split())
_TOKEN = re.compile(r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*", re.UNICODE)
# The words of an ASCII text that may start a name (see _starts): a capitalised word (the match
# is the whole word, as _TOKEN reads it) ...
_CAPITALISED = re.compile(r"[A-Z](?<![A-Za-z].)(?<![A-Za-z]['`].)[A-Za-z]*(?:['`][A-Za-z]+)*")
# ... and the lower-case words that may: "al", "all" and "el" (_light reads "all" as "al"), an
# article before a hyphen ("as-Suwayda"), and a word with an apostrophe or a capital inside it
# whose folded form may be one of those ("a'l", "al's": its first lower-case letters start an
# article or are a+l*). Each branch starts with its letter, which Python's re looks for fast.
_LOWER_START = re.compile(
    r"a(?<![A-Za-z]a)(?<![A-Za-z]['`]a)(?:a*l+(?![A-Za-z]|['`][A-Za-z])|(?:dh?|n|r|sh?|t|z)-|"
    r"(?:a*+l*+|dh?|n|r|sh?|t|z)(?=[A-Z]|['`][A-Za-z]))|"
    r"e(?<![A-Za-z]e)(?<![A-Za-z]['`]e)(?:l(?![A-Za-z]|['`][A-Za-z])|(?:ch|d|j|n|r|sh?|t|z)-|"
    r"(?:ch?|d|j|l|n|r|sh?|t|z)?(?=[A-Z]|['`][A-Za-z]))|"
    r"i(?<![A-Za-z]i)(?<![A-Za-z]['`]i)(?:l-|l?(?=[A-Z]|['`][A-Za-z]))"
)


# ... and in other text every token but those that start with a lower-case ASCII letter other
# than a, e, i: such a word is not capitalised and does not fold to an article (see
# _Index._token: a name can start with it nowhere). Starts are _TOKEN's: a letter after no
# letter, nor after an apostrophe that a letter before it joins to the token.
_MAY_START = re.compile(
    r"(?<![^\W\d_])(?<![^\W\d_][" + _APOSTROPHES + r"])(?![b-df-hj-z])"
    r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*"
)


def _starts(text: str) -> list[re.Match]:
    """The word tokens (_TOKEN matches) of ``text`` that may start a name, in order.

    A name starts with a capitalised word (or one that does not start in ASCII) or an article
    (see ``_Index._token``); reading only those, not every word, is what makes place finding
    fast. In ASCII text two scans find them; in other text one scan skips the lower-case words
    that start with neither a, e nor i.
    """
    if not text.isascii():
        return list(_MAY_START.finditer(text))
    starts = list(_CAPITALISED.finditer(text))
    lower = [_TOKEN.match(text, m.start()) for m in _LOWER_START.finditer(text)]
    return sorted(starts + lower, key=re.Match.start) if lower else starts


_POSSESSIVE = re.compile(r"[" + _APOSTROPHES + r"]s$")
_LEVEL_RANK = {"1": 0, "3": 1, "place": 2, "2": 3, "0": 4}
_SOURCE_RANK = {"OCHA COD-AB": 0, "OpenSyria": 1, "hand": 2, "GeoNames": 3}
_MAX_TOKENS = 6
_FUZZY_MIN_LETTERS = 6
#: One-word aliases that are common words, generic toponym parts or names of people and armed
#: groups in news text ("Tahrir al-Sham", "Suleiman"); never matched on their own.
_NOT_NAMES = frozenset(
    "khan tal tall tel tell deir dayr dair ain ayn ein jabal jebel jabl kafr kfar bab sham "
    "suleiman sulayman dam sur hamra home halabi ashura mare mara sabah tahrir nahr wadi "
    "jisr qalat qalaat markaz mazraa sheikh shaykh umm abu bir beit bayt".split()
)


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found in a text.

    Attributes
    ----------
    start, end : int
        Offsets of the name in the text (``text[start:end] == name``).
    name : str
        The name as written.
    canonical : str
        The gazetteer's name of the place.
    pcode : str or None
        OCHA P-code ("SY" Syria, "SY07" Idleb governorate, "SY0702" district, "SY070200"
        sub-district; a town gets the P-code of its sub-district); None for other countries.
    level : int or str
        0 country, 1 governorate, 2 district, 3 sub-district, "place" a town or village.
    lat, lon : float
        Centre or location (NaN when unknown).
    """

    start: int
    end: int
    name: str
    canonical: str
    pcode: str | None
    level: int | str
    lat: float
    lon: float


# --- normalisation ---------------------------------------------------------------------------


_NO_APOSTROPHES = {ord(c): None for c in _APOSTROPHES}


@functools.lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """Casefold, strip diacritics and apostrophes (cached: news text repeats its words)."""
    if token.isascii():  # casefold is lower there, and NFKD leaves no combining mark
        return token.lower().translate(_NO_APOSTROPHES)
    token = unicodedata.normalize("NFKD", token.casefold())
    token = "".join(c for c in token if not unicodedata.combining(c))
    return token.translate(_NO_APOSTROPHES)


# _light's and _skeleton's patterns, compiled once (each token of a new text is a cache miss)
_DOUBLED = re.compile(r"(.)\1+")
_AH_END = re.compile(r"(?<=[a-z]{3})[ae]h$")
_VOWELS = re.compile(r"[aeiou]+|(?<=.)y")
_AS = re.compile(r"a{2,}")


@functools.lru_cache(maxsize=65536)
def _light(token: str) -> str:
    """Normalise one folded token: articles unified, spelling variants simplified."""
    if token in _ARTICLES:
        return "al"
    token = token.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    token = token.replace("dh", "d")
    token = _DOUBLED.sub(r"\1", token)  # doubled letters (also aa -> a)
    token = _AH_END.sub("a", token)  # Hamah -> hama, Hasakeh -> hasaka
    return token


@functools.lru_cache(maxsize=65536)
def _skeleton(token: str) -> str:
    """Vowel skeleton: every run of vowels (y inside a word too) becomes one ``a``."""
    if token == "al":
        return token
    return _AS.sub("a", _VOWELS.sub("a", token))


@functools.lru_cache(maxsize=65536)
def _word(token: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """A token's normalised words (two for "Abul"), their skeletons, and whether it opens a name.

    An "at", "an", "as"... opens a name only when capitalised (or hyphened, which the caller
    sees). One cached call a token: news text repeats its words.
    """
    f = _fold(token)
    words = ("abu", "al") if f in ("abul", "abol") else (_light(f),)
    opens = f not in _ARTICLES or f in ("al", "el") or token[0].isupper()
    return words, tuple(_skeleton(w) for w in words), opens


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as (start, end, word), possessive 's dropped."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        p = _POSSESSIVE.search(w)
        if p:
            e -= len(p.group())
            w = w[: p.start()]
        out.append((s, e, w))
    return out


def _split_abul(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if w in ("abul", "abol"):
            out += ["abu", "al"]
        else:
            out.append(w)
    return out


def normalize_name(name: str) -> str:
    """Normalised form of a place name used for matching.

    Examples
    --------
    >>> normalize_name("Ma'arrat an Nu'man") == normalize_name("Maarat al-Numan")
    True
    >>> normalize_name("Idleb"), normalize_name("Abul Thohur")
    ('idleb', 'abu al thohur')
    """
    return " ".join(_light(w) for w in _split_abul([_fold(w) for _, _, w in _tokens(name)]))


def _keys(name: str) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(exact key, fuzzy key) of a gazetteer name; fuzzy None when too short to be safe."""
    words = normalize_name(name).split()
    if not words or len(words) > _MAX_TOKENS:
        return None, None
    exact = tuple(words)
    letters = sum(len(w) for w in words if w != "al")
    fuzzy = tuple(_skeleton(w) for w in words) if letters >= _FUZZY_MIN_LETTERS else None
    return exact, fuzzy


# --- matching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    canonical: str
    pcode: str | None
    level: int | str
    lat: float
    lon: float


_NOT_NAMES_LIGHT = frozenset(_light(w) for w in _NOT_NAMES)
#: ... and those that are not places even with the article ("Tahrir al-Sham").
_NOT_WITH_ARTICLE = frozenset({"sham", "halabi", "tahrir", "khan", "sheikh", "shaykh", "abu"})


def _usable(key: tuple[str, ...]) -> bool:
    """False for one-word keys that are too short or too common to be a place on their own."""
    content = [w for w in key if w != "al"]
    if not content:
        return False
    if len(content) == 1:
        if len(key) > 1:  # "al-Bab" is a place, "Bab" alone is not; "al-Sham" is HTS's name
            return content[0] not in _NOT_WITH_ARTICLE
        return content[0] not in _NOT_NAMES_LIGHT and len(content[0]) >= 4
    return True


#: Words that never start a place name in English text ("Syrian city" is not Suran).
_NOT_FIRST = frozenset(
    "syrian syrians turkish russian iranian kurdish arab israeli american".split()
)


def _plausible(words: list[str]) -> bool:
    """False for text that is a common word on its own or starts with a demonym."""
    content = [w for w in words if w != "al"]
    if len(content) == 1:
        bad = _NOT_WITH_ARTICLE if len(words) > 1 else _NOT_NAMES_LIGHT
        if content[0] in bad:
            return False
    return words[0] not in _NOT_FIRST


class _Index:
    def __init__(self, table: pd.DataFrame) -> None:
        exact: dict[tuple[str, ...], tuple[tuple, _Entry]] = {}
        fuzzy: dict[tuple[str, ...], tuple[tuple, _Entry]] = {}
        for r in table.itertuples(index=False):
            level = str(r.level)
            entry = _Entry(
                canonical=r.name,
                pcode=r.pcode if isinstance(r.pcode, str) and r.pcode else None,
                level=int(level) if level.isdigit() else level,
                lat=float(r.lat) if pd.notna(r.lat) else float("nan"),
                lon=float(r.lon) if pd.notna(r.lon) else float("nan"),
            )
            pop = float(r.population) if pd.notna(r.population) else 0.0
            src = str(r.source).split(";")[0].split(":")[0]
            rank = (_LEVEL_RANK[level], _SOURCE_RANK.get(src, 9), -pop, str(r.place_id))
            names = [(a, True) for a in str(r.aliases).split(" | ")]
            if isinstance(r.variants, str) and r.variants:
                names += [(a, False) for a in r.variants.split(" | ")]
            for alias, loose in names:
                ex, fz = _keys(alias)
                if not loose:
                    fz = None
                if ex is None or not _usable(ex):
                    continue
                for key, store in ((ex, exact), (fz, fuzzy)):
                    if key is None:
                        continue
                    keys = [key]
                    if key[0] == "al" and len(key) > 1 and _usable(ex[1:]):
                        keys.append(key[1:])  # also without the article
                    for k in keys:
                        if k not in store or rank < store[k][0]:
                            store[k] = (rank, entry)
        self.exact = {k: v[1] for k, v in exact.items()}
        self.fuzzy = {k: v[1] for k, v in fuzzy.items()}
        # the most words of a name that starts with a given (normalised, skeleton) word
        self.exact_len: dict[str, int] = {}
        self.fuzzy_len: dict[str, int] = {}
        for keys, most in ((self.exact, self.exact_len), (self.fuzzy, self.fuzzy_len)):
            for k in keys:
                most[k[0]] = max(most.get(k[0], 0), len(k))
        # every first part of a key ("maarat", "maarat al" of "maarat al numan"): a name read on
        # past a part that starts no key cannot match (see _entries)
        self.exact_heads = {k[:i] for k in self.exact for i in range(1, len(k) + 1)}
        self.fuzzy_heads = {k[:i] for k in self.fuzzy for i in range(1, len(k) + 1)}

        self.token = functools.lru_cache(maxsize=65536)(self._token)

    def _token(self, token: str) -> tuple[tuple[int, str, str, bool | None, int], ...]:
        """(cut, word, skeleton, opens, most) for each word of a token (two for "Abul").

        ``cut``: the letters of a possessive "'s" left off its end (2, else 0); ``opens``: the
        word may start a name wherever it stands (see :func:`_word`), or only before a hyphen
        (False), or never (None, the "al" of "Abul"); ``most``: the most words of a name
        starting with it, 0 when none can (names are capitalised, only an article may be
        written in lower case before one). Cached: text repeats its words.
        """
        cut = 0
        if token[-1] == "s" and len(token) > 2 and token[-2] in _APOSTROPHES:
            cut, token = 2, token[:-2]  # a possessive: "Idlib's"
        ws, sk, opens = _word(token)
        cap = token[0].isupper() or not token[0].isascii()
        most = [
            max(self.exact_len.get(w, 0), self.fuzzy_len.get(k, 0)) if w == "al" or cap else 0
            for w, k in zip(ws, sk, strict=True)
        ]
        if len(ws) == 2:  # "Abul" is "Abu al": only "Abu" starts a name
            return (cut, ws[0], sk[0], True, most[0]), (cut, ws[1], sk[1], None, 0)
        return ((cut, ws[0], sk[0], opens, most[0]),)

    def _entries(self, text: str, first: re.Match, infos: tuple, most: int) -> list[tuple]:
        """The word entries of one name from the token ``first`` (its ``infos``: ``token``).

        At most ``most``, up to the first gap that is not a space or a hyphen (see ``_joined``),
        and up to the first word whose entries so far begin no key (no longer name can match
        there: ``find`` tries only the first parts of these entries).
        An entry is (start, end, word, skeleton, opens, most), ``end`` without a possessive
        "'s"; a token gives one entry a word (two for "Abul", both with the token's offsets).
        """
        a, e = first.span()
        out = [(a, e - info[0], *info[1:]) for info in infos]
        if len(out) >= most:
            return out[:most]  # a one-word name: no need to read on
        token = self.token
        exact_heads, fuzzy_heads = self.exact_heads, self.fuzzy_heads
        words = [t[2] for t in out]
        skels = [t[3] for t in out]
        for m in _TOKEN.finditer(text, e):
            a, e = m.span()
            # _joined, inline: only a space or a hyphen between the tokens
            gap = text[out[-1][1] : a]
            if gap not in (" ", "-", "") and gap.strip(" -\u00a0"):
                break
            for info in token(m.group()):
                words.append(info[1])
                skels.append(info[2])
                if tuple(words) not in exact_heads and tuple(skels) not in fuzzy_heads:
                    return out[:most]  # no key begins with these words: read no further
                out.append((a, e - info[0], info[1], info[2], info[3], info[4]))
            if len(out) >= most:
                break
        return out[:most]

    def _entry_before(self, text: str, k: int) -> tuple | None:
        """The last word entry of the token that ends at ``text[k]``, or None."""
        j = k
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in _APOSTROPHES):
            j -= 1  # back to a character no token crosses (not a letter, digit or apostrophe)
        last = None
        for m in _TOKEN.finditer(text, j, k):
            last = m
        if last is None or last.end() != k:
            return None
        info = self.token(last.group())[-1]
        return (last.start(), k - info[0], *info[1:])

    def find(self, text: str) -> list[PlaceMatch]:
        out: list[PlaceMatch] = []
        done = 0  # where the last name found ends (names do not overlap)
        for tm in _starts(text):
            infos = self.token(tm.group())
            cut, _, _, opens, most = infos[0]
            if not most or tm.start() < done:
                continue  # no name starts with the word, or it is inside the last name found
            if not (
                opens or (opens is not None and text[tm.end() - cut : tm.end() - cut + 1] == "-")
            ):
                continue  # an "at", "an", "as"... that is not an article
            toks = self._entries(text, tm, infos, most)
            words = [t[2] for t in toks]
            reach = len(toks)
            hit = None
            for j in range(reach, 0, -1):
                key = words[:j]
                entry = self.exact.get(tuple(key))
                if entry is None and sum(len(w) for w in key if w != "al") >= 6:
                    entry = self.fuzzy.get(tuple(t[3] for t in toks[:j]))
                if entry is not None and _plausible(key) and self._capitalised(text, toks, 0, j):
                    hit = (j, entry)
                    break
            if hit is None:
                continue
            j, entry = hit
            s = toks[0][0]
            # "al-Habit" matched as "Habit": keep the article that is written with it
            gap = text[s - 1 : s] if s > 1 else ""
            if gap in ("-", " "):
                prev = self._entry_before(text, s - 1)
                if (
                    prev is not None
                    and prev[1] == s - 1  # no possessive "'s" before the gap
                    and prev[2] == "al"
                    and self._opens(text, [prev], 0)
                    and (gap == "-" or text[prev[0]].isupper())
                ):
                    s = prev[0]
            e = toks[j - 1][1]
            out.append(
                PlaceMatch(
                    s, e, text[s:e], entry.canonical, entry.pcode, entry.level, entry.lat, entry.lon
                )
            )
            done = e
        return out

    @staticmethod
    def _opens(text: str, toks: list[tuple], a: int) -> bool:
        """Word a may start a name: "at", "an", "as"... only as an article ("as-Suwayda")."""
        opens = toks[a][4]
        return opens or (opens is not None and text[toks[a][1] : toks[a][1] + 1] == "-")

    @staticmethod
    def _joined(text: str, toks: list[tuple], a: int) -> bool:
        """Tokens a and a + 1 are one name: separated only by a space or a hyphen."""
        gap = text[toks[a][1] : toks[a + 1][0]]
        return gap in (" ", "-", "") or gap.strip(" -\u00a0") == ""

    @staticmethod
    def _capitalised(text: str, toks: list[tuple], i: int, j: int) -> bool:
        """A name in English text is capitalised: its first non-article word must be."""
        for a in range(i, j):
            if toks[a][2] != "al":
                c = text[toks[a][0]]
                return c.isupper() or not c.isascii()
        return False


@functools.lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """The bundled gazetteer table (``data/syria_places.csv``), read once.

    Examples
    --------
    >>> g = gazetteer()
    >>> g.loc[g["pcode"] == "SY07", "name"].iloc[0]
    'Idleb'
    """
    return datasets.load(DATASET)


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(gazetteer())


def find_places(text: str) -> list[PlaceMatch]:
    """Find Syrian place names (and a few countries) in ``text``.

    Longest match wins; each match carries the place's OCHA P-code, admin level and
    coordinates. Spelling variants of transliterated Arabic names match each other.

    Parameters
    ----------
    text : str
        English text.

    Returns
    -------
    list of PlaceMatch
        In order of position, not overlapping.

    Examples
    --------
    >>> [(m.name, m.pcode) for m in find_places("Shelling hit Ma'arrat an Nu'man in Idleb.")]
    [("Ma'arrat an Nu'man", 'SY070200'), ('Idleb', 'SY07')]
    """
    if not text:
        return []
    return _index().find(text)
