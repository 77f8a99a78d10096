"""Shared helper of the English extraction rule tests: one figure by its phrase."""

from __future__ import annotations

import pandas as pd

from idlibstats.extract import extract_figures


def one(text: str, phrase: str, published: str | None = None) -> pd.Series:
    """The one extracted figure of ``text`` whose phrase is ``phrase``."""
    t = extract_figures(text, published=published)
    rows = t[t["phrase"] == phrase]
    assert len(rows) == 1, (text, list(t["phrase"]))
    return rows.iloc[0]


def measure_of(text: str, phrase: str) -> str:
    """The measure of the one figure of ``text`` whose phrase is ``phrase``."""
    return one(text, phrase)["measure"]


def source_of(text: str, phrase: str) -> str | None:
    """The source of the one figure of ``text`` whose phrase is ``phrase``."""
    return one(text, phrase)["source"]
