"""extract_corpus: many documents into one table."""

from __future__ import annotations

import pytest

from idlibstats.errors import ExtractionInputError
from idlibstats.extract import extract_corpus, extract_figures
from idlibstats.table import validate_figures


def test_corpus_of_texts_and_tuples():
    t = extract_corpus(
        [
            "At least 12 people were killed.",
            ("b", "Dozens fled on Tuesday.", "2020-01-29"),
            ("c", "No figure here."),
        ]
    )
    validate_figures(t)
    assert list(t.doc_id) == ["0", "b"]
    assert list(t.figure_id) == [1, 1]
    assert str(t.period_start.iloc[1].date()) == "2020-01-28"


def test_corpus_equals_per_document_extraction(seed_article):
    docs = [(seed_article.doc_id, seed_article.text, seed_article.published)] * 2
    docs = [("x", *docs[0][1:]), ("y", *docs[1][1:])]
    t = extract_corpus(iter(docs))
    one = extract_figures(seed_article.text, seed_article.published, "x")
    assert len(t) == 2 * len(one)
    assert (
        t[t.doc_id == "x"]
        .reset_index(drop=True)[["phrase", "value", "source"]]
        .equals(one[["phrase", "value", "source"]])
    )


def test_corpus_bad_documents_are_named():
    with pytest.raises(ExtractionInputError, match="document 'b'"):
        extract_corpus([("a", "12 people"), ("b", None)])
    with pytest.raises(ExtractionInputError, match="document 1"):
        extract_corpus(["12 people", 42])
    with pytest.raises(ExtractionInputError, match="document 'a'"):
        extract_corpus([("a", "12 people", "not a date")])


def test_progress_bar_when_asked(capsys):
    extract_corpus(["12 people were killed."] * 3, progress=True)
    assert "extract" in capsys.readouterr().err
    extract_corpus(["12 people were killed."] * 60)  # auto: not a terminal -> no bar
    assert capsys.readouterr().err == ""


def test_empty_corpus():
    t = extract_corpus([])
    assert t.empty
    validate_figures(t)


def test_corpus_from_a_dataframe():
    import pandas as pd

    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": ["12 people died on Tuesday.", "Dozens fled."],
            "published": ["2020-01-29", None],
        }
    )
    t = extract_corpus(docs)
    assert list(t.doc_id) == ["a", "b"]
    assert str(t.period_start.iloc[0].date()) == "2020-01-28"
    with pytest.raises(ExtractionInputError, match="doc_id and text"):
        extract_corpus(pd.DataFrame({"body": ["12 people"]}))
