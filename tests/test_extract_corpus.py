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


def _docs(seed_article):
    return [
        (
            "a",
            "More than 1,300 civilians were killed between May and August 2019, the UN said.",
            None,
        ),
        ("b", "No figure here.", "2020-01-29"),
        ("c", "Dozens fled on Tuesday; 12 percent of homes were destroyed.", "2020-01-29"),
        (seed_article.doc_id, seed_article.text, seed_article.published),
    ]


def test_corpus_is_the_per_document_tables_concatenated(seed_article):
    import pandas as pd

    docs = _docs(seed_article)
    one = pd.concat([extract_figures(t, p, d) for d, t, p in docs], ignore_index=True)
    pd.testing.assert_frame_equal(extract_corpus(docs), one)


def test_light_table_passes_the_full_validator_and_keeps_the_dtypes(seed_article):
    from idlibstats.table import coerce_figures

    t = extract_corpus(_docs(seed_article))
    validate_figures(t)  # the full contract, although extraction only checks the structure
    assert t.equals(coerce_figures(t))
    assert t["measure"].dtype == "category" and t["qualifier"].dtype == "category"


def test_pandas_constructor_fallback_builds_the_same_table(seed_article, monkeypatch):
    import pandas as pd

    from idlibstats.extract import build

    fast = extract_corpus(_docs(seed_article))
    monkeypatch.setattr(build, "create_dataframe_from_blocks", None)
    pd.testing.assert_frame_equal(extract_corpus(_docs(seed_article)), fast)
    pd.testing.assert_frame_equal(extract_corpus([]), extract_corpus(["no figures"]))


def test_structural_check_names_the_document_and_column(monkeypatch):
    from idlibstats.errors import FigureTableError
    from idlibstats.extract import build

    real_add = build.FigureColumns.add

    def bad_add(self, text, figs, quotes, published, doc_id):
        for f in figs:
            f.measure = "bogus"
        real_add(self, text, figs, quotes, published, doc_id)

    monkeypatch.setattr(build.FigureColumns, "add", bad_add)
    with pytest.raises(FigureTableError, match=r"column 'measure': document 'q': not in the"):
        extract_figures("12 people were killed.", doc_id="q")


def test_structural_check_names_a_missing_value(monkeypatch):
    from idlibstats.errors import FigureTableError
    from idlibstats.extract import build

    real_add = build.FigureColumns.add

    def bad_add(self, text, figs, quotes, published, doc_id):
        figs[-1].value = float("nan")  # the second figure: row 1 of the table
        real_add(self, text, figs, quotes, published, doc_id)

    monkeypatch.setattr(build.FigureColumns, "add", bad_add)
    with pytest.raises(FigureTableError, match=r"row 1, column 'value': document 'q': missing"):
        extract_figures("12 people were killed and 30 were injured.", doc_id="q")


def test_corpus_on_two_workers_is_the_serial_table(seed_article):
    pytest.importorskip("dask")
    paragraphs = [p for p in seed_article.text.split("\n") if p.strip()]
    docs = [(f"p{k}", p, seed_article.published) for k, p in enumerate(paragraphs)]
    docs += [("n", "No figure here."), ("w", "At least 12 people were killed.", "2020-01-29")]
    serial = extract_corpus(docs)
    assert len(serial) >= 8 and len(docs) > 8  # figures in several of the 8 chunks
    parallel = extract_corpus(docs, workers=2)
    assert parallel.equals(serial)
    assert parallel.dtypes.equals(serial.dtypes)
    validate_figures(parallel)


def test_corpus_on_workers_checks_documents_and_workers_first():
    with pytest.raises(ExtractionInputError, match="document 'b'"):
        extract_corpus([("a", "12 people"), ("b", None)], workers=2)
    with pytest.raises(ExtractionInputError, match="document 'a'"):
        extract_corpus([("a", "12 people", "not a date"), ("b", "3 fled")], workers=2)
    for bad in (0, -1, 1.5, True, "2"):
        with pytest.raises(ExtractionInputError, match="workers must be a positive int"):
            extract_corpus(["12 people"], workers=bad)
    assert extract_corpus(["12 people were killed."], workers=1).value.tolist() == [12.0]
