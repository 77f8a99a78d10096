"""Shared helpers of the Arabic extraction tests: one table, one figure by its phrase."""

from __future__ import annotations

import pandas as pd

from idlibstats.extract import extract_figures


def rows(text: str, published: str | None = None) -> pd.DataFrame:
    """Extract ``text`` as Arabic and check that every phrase sits at its offsets."""
    t = extract_figures(text, published=published, lang="ar")
    assert (t["phrase"] == [text[a:b] for a, b in zip(t["start"], t["end"], strict=True)]).all()
    return t


def one(text: str, phrase: str) -> pd.Series:
    """The one extracted figure of ``text`` whose phrase is ``phrase``."""
    t = rows(text)
    hit = t[t["phrase"] == phrase]
    assert len(hit) == 1, t[["phrase", "value"]].values.tolist()
    return hit.iloc[0]


def source_of(text: str, phrase: str) -> str | None:
    """The source of the one figure of ``text`` whose phrase is ``phrase`` (None when none)."""
    s = one(text, phrase)["source"]
    return None if pd.isna(s) else s
