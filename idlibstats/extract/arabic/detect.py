"""Which language a text is written in, from its script: Arabic letters against Latin ones."""

from __future__ import annotations

import re

__all__ = ["LANGUAGES", "detect_language", "language_blocks"]

#: The languages :func:`idlibstats.extract_figures` reads.
LANGUAGES = ("en", "ar")

_AR = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PARAGRAPH = re.compile(r"\n")


def detect_language(text: str) -> str:
    """``"ar"`` when Arabic letters outnumber Latin ones, else ``"en"``.

    Examples
    --------
    >>> detect_language("قتل 13 مدنياً في إدلب، وفق المرصد السوري (SOHR)")
    'ar'
    >>> detect_language("13 civilians were killed, SOHR said.")
    'en'
    """
    if not _AR.search(text):
        return "en"
    return "ar" if len(_AR.findall(text)) > len(_LATIN.findall(text)) else "en"


def language_blocks(text: str) -> list[tuple[int, int, str]]:
    r"""``(start, end, language)`` runs of paragraphs (lines) written in the same language.

    Examples
    --------
    >>> language_blocks("SOHR said 13 died.\nقتل 13 مدنياً.")
    [(0, 19, 'en'), (19, 33, 'ar')]
    """
    if text.isascii() or not _AR.search(text):  # isascii: a flag of the str, no scan
        return [(0, len(text), "en")]
    blocks: list[tuple[int, int, str]] = []
    start = 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.end() if m is not None else len(text)
        line = text[start:end]
        if line.strip():
            lang = detect_language(line)
            if blocks and blocks[-1][2] == lang:
                blocks[-1] = (blocks[-1][0], end, lang)
            elif blocks and not text[blocks[-1][0] : blocks[-1][1]].strip():
                blocks[-1] = (blocks[-1][0], end, lang)
            else:
                blocks.append((start, end, lang))
        elif blocks:
            blocks[-1] = (blocks[-1][0], end, blocks[-1][2])
        else:
            blocks.append((start, end, "en"))
        start = end
    if len(blocks) > 1 and not text[blocks[0][0] : blocks[0][1]].strip():
        blocks = [(0, blocks[1][1], blocks[1][2]), *blocks[2:]]
    return blocks
