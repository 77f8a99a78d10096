"""Syrian places named in Arabic, through the gazetteer's ``name_ar`` column.

The bundled gazetteer (``data/syria_places.csv``, built by ``idlibstats data``) already holds
the Arabic name of every OCHA governorate, district and sub-district and of the GeoNames towns
(OpenSyria/OCHA ``*_name1`` fields); this module only indexes them in their folded form.
"""

from __future__ import annotations

import functools
import math
import re

import pandas as pd

from idlibstats.extract.arabic.normalize import fold
from idlibstats.extract.places import PlaceMatch, gazetteer

__all__ = ["find_places"]

_RANK = {"1": 0, "2": 1, "3": 2, "place": 3, "0": 4}
_PREFIX = re.compile(fold(r"^(?:مركز|ناحية|منطقة|مدينة|محافظة)\s+"))
_MAX = 4
# names that are common words in news copy
_NOT_NAMES = frozenset(
    fold(w)
    for w in (
        "الشيخ الجديدة جديدة المركز الشمالي الجنوبي البلد السوق صور ملح سلوك قارة شين عوج نوا جبا "
        "سبة التل الحرة الحمرا حلوة"
    ).split()
)


@functools.lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], tuple]:
    table = gazetteer()
    best: dict[tuple[str, ...], tuple] = {}
    for r in table.itertuples(index=False):
        name = r.name_ar if isinstance(r.name_ar, str) else ""
        if not name:
            continue
        level = str(r.level)
        for n in {fold(name), _PREFIX.sub("", fold(name))}:
            key = tuple(n.split())
            if not key or len(key) > _MAX or (len(key) == 1 and (len(n) < 3 or n in _NOT_NAMES)):
                continue
            rank = (_RANK.get(level, 9), -(float(r.population) if pd.notna(r.population) else 0))
            entry = (
                rank,
                r.name,
                r.pcode if isinstance(r.pcode, str) and r.pcode else None,
                int(level) if level.isdigit() else level,
                float(r.lat) if pd.notna(r.lat) else math.nan,
                float(r.lon) if pd.notna(r.lon) else math.nan,
            )
            if key not in best or rank < best[key][0]:
                best[key] = entry
    return best


_COUNTRIES = frozenset(
    fold(w)
    for w in "لبنان ولبنان بلبنان تركيا الأردن العراق مصر ألمانيا اليونان ليبيا فلسطين".split()
)
_WORD = re.compile(r"[\u0621-\u064a]+")


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
    """Places named in the normalised Arabic ``text[start:end]`` (normalised offsets).

    Examples
    --------
    >>> t = fold("قصف على مدينة أريحا في ريف إدلب")
    >>> [(m.canonical, m.pcode) for m in find_places(t)]
    [('Ariha', 'SY0705'), ('Idleb', 'SY07')]
    """
    index = _index()
    end = len(text) if end is None else end
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    out: list[PlaceMatch] = []
    i = 0
    while i < len(words):
        hit = None
        for k in range(min(_MAX, len(words) - i), 0, -1):
            seq = [w for _, _, w in words[i : i + k]]
            for p in ("", "و", "ب", "ل", "وب", "ول", "ف"):
                if p and (not seq[0].startswith(p) or seq[0] in _COUNTRIES):
                    continue  # "لبنان" is Lebanon, not ل + "بنان"
                key = (seq[0][len(p) :], *seq[1:])
                entry = index.get(key)
                if entry is not None:
                    hit = (k, len(p), entry)
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        k, p, (_, canonical, pcode, level, lat, lon) = hit
        s, e = words[i][0] + p, words[i + k - 1][1]
        out.append(PlaceMatch(s, e, text[s:e], canonical, pcode, level, lat, lon))
        i += k
    return out
