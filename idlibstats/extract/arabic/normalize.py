"""Orthographic normalisation of Arabic text, with a map back to the original offsets.

Written by hand: camel-tools (MIT) does this well but pulls in large data downloads, and
pyarabic is GPL; the rules needed here are a dozen character classes.

* removed: tatweel (``ـ``), diacritics (harakat, shadda, sukun, dagger alef, Quranic marks),
  zero-width and bidi control characters; the dots or the space a tatweel cuts a word with to
  pass word filters ("شهـ.يداً", "مقـ..ـتل", "مقـ تل": ar20_106, ar15_039, ar21_084), but not
  the space after a proclitic or a whole word ("لـ سانا", "للعدالةـ أنه");
* folded one to one: hamza forms of alef (``أ إ آ ٱ``) to ``ا``, ``ى`` to ``ي``, Persian
  ``ی ک`` to ``ي ك``, Arabic-Indic (``٠-٩``) and Persian (``۰-۹``) digits to ``0-9``, the
  Arabic thousands separator ``٬`` to ``,``, the decimal separator ``٫`` to ``.``, ``٪`` to
  ``%``, ``؛`` to ``;``, a no-break space to a space.

``ة`` and ``ه`` stay apart (they tell a feminine noun from a pronoun suffix).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Normalized", "fold", "normalize"]

_DROP = re.compile(
    "[\u0640\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u202a-\u202e"
    "\u2066-\u2069\u061c\ufeff]"
)
# a word cut by a tatweel and dots ("شهـ.يدا", "مقـ..ـتل"), or by a tatweel and a space after
# two letters or more of the word ("مقـ تل"; not "لـ سانا", a proclitic, nor a word ending in ة)
_CUT = re.compile(
    r"(?<=[\u0621-\u064a])\u0640*(?:\u0640\.{1,3}|\.{1,3}\u0640)\u0640*(?=[\u0621-\u064a])|"
    r"(?<=[\u0621-\u064a]{2})(?<!\u0629)\u0640+ (?=[\u0621-\u064a])"
)
_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "٬": ",",
        "٫": ".",
        "٪": "%",
        "؛": ";",
        "\u00a0": " ",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, the offset in the original."""

    text: str
    index: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span ``text[start:end]``.

        The span keeps the marks written on its last letter ("مدنياً" with its tanween).
        """
        if end <= start:
            return self.index[start], self.index[start]
        return self.index[start], self.index[end]


def fold(text: str) -> str:
    """The normalised form of a word list entry (no offsets kept)."""
    return _DROP.sub("", text).translate(_MAP)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` keeping an offset map.

    Examples
    --------
    >>> n = normalize("قُتِلَ ٢٥ مدنيًا لـ312")
    >>> n.text
    'قتل 25 مدنيا ل312'
    >>> s, e = n.span(n.text.index("312"), n.text.index("312") + 3)
    >>> "قُتِلَ ٢٥ مدنيًا لـ312"[s:e]
    '312'
    >>> normalize("مقـ..ـتل 17 شهـ.يداً لـ سانا").text
    'مقتل 17 شهيدا ل سانا'
    """
    cut: set[int] = set()
    if "\u0640" in text:  # cheap pre-check: no tatweel, no cut word
        for m in _CUT.finditer(text):
            cut.update(range(m.start(), m.end()))
    keep = [i for i, ch in enumerate(text) if i not in cut and not _DROP.match(ch)]
    out = "".join(text[i] for i in keep).translate(_MAP)
    return Normalized(out, (*keep, len(text)))
