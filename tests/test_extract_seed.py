"""The seed article's extraction equals the hand-checked data/seed_figures.csv."""

from __future__ import annotations

import pandas as pd
import pytest

import idlibstats as s
from idlibstats.extract import extract_figures

COMPARED = [
    "value",
    "lower",
    "upper",
    "qualifier",
    "unit",
    "measure",
    "period_start",
    "period_end",
    "source",
]


def test_seed_article_reproduces_seed_figures(seed_article):
    gold = s.datasets.load("seed_figures")
    got = extract_figures(
        seed_article.text, published=seed_article.published, doc_id=seed_article.doc_id
    )
    assert len(got) == len(gold)
    assert list(got.start) == list(gold.start)
    assert list(got.phrase) == list(gold.phrase)
    assert list(got.quote) == list(gold.quote)
    for col in COMPARED:
        a = got[col].astype(object).where(got[col].notna(), None).tolist()
        b = gold[col].astype(object).where(gold[col].notna(), None).tolist()
        assert a == b, col
    assert got.duration_days.iloc[2] == 4.0
    assert got.duration_qualifier.iloc[2] == "less_than"
    assert list(got.source_text.fillna("")) == list(gold.source_text.fillna(""))
    assert (got.published == pd.Timestamp("2020-01-29")).all()


def test_seed_places_where_the_sentence_names_one(seed_article):
    """Places named in the figure's own sentence; figure 7's "Idlib" is in an earlier one."""
    pytest.importorskip("idlibstats.extract.places")
    gold = s.datasets.load("seed_figures")
    got = extract_figures(seed_article.text, published=seed_article.published)
    same = list(range(6))
    assert (
        got.place.iloc[same].tolist()
        == gold.place.astype(object).where(gold.place.notna(), None).iloc[same].tolist()
    )
