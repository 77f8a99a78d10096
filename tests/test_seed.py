"""The seed article, its metadata and its hand-checked figure table."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest

import idlibstats as s
from idlibstats.errors import ArticleError, DatasetNotFoundError
from tests.conftest import SEED_PATH


def test_article_metadata(seed_article):
    assert seed_article.published.isoformat() == "2020-01-29"
    assert seed_article.updated.isoformat() == "2020-01-29"
    assert seed_article.title.startswith("Syrian Government Forces Gain Control")
    assert seed_article.doc_id == "000_4e6930046677a3d5"
    digest = hashlib.sha256(SEED_PATH.read_bytes()).hexdigest()
    assert seed_article.metadata["sha256"] == digest


def test_seed_is_the_shared_copy(shared_data):
    shared = shared_data.parent / "seeds" / SEED_PATH.name
    assert shared.read_bytes() == SEED_PATH.read_bytes()


def test_seed_figures_point_into_the_article(seed_article):
    table = s.datasets.load("seed_figures")
    s.validate_figures(table, text=seed_article.text)
    for quote, start in zip(table["quote"], table["start"], strict=True):
        assert quote in seed_article.text
        i = seed_article.text.index(quote)
        assert i <= start < i + len(quote)


def test_seed_headline_figures():
    t = s.datasets.load("seed_figures").set_index("figure_id")
    killed = t.loc[7]
    assert (killed.value, killed.lower, killed.qualifier) == (1300.0, 1300.0, "more_than")
    assert pd.isna(killed.upper) and killed.source == "UN" and killed.measure == "killed"
    assert (killed.period_end - killed.period_start).days + 1 == 123
    villages = t.loc[3]
    assert (villages.value, villages.qualifier, villages.source) == (24.0, "exact", "SOHR")
    assert (villages.duration_days, villages.duration_qualifier) == (4.0, "less_than")
    refugees = t.loc[4]
    assert (refugees.value, refugees.qualifier, refugees.place) == (3.5e6, "more_than", "Turkey")
    vague = t[t["qualifier"] == "vague"]
    assert set(vague["value"]) == {2000.0, 2_000_000.0}


def test_datasets_registry():
    assert "seed_figures" in s.datasets.names()
    meta = s.datasets.provenance("seed_figures")
    assert meta["inputs"][0]["sha256"] == hashlib.sha256(SEED_PATH.read_bytes()).hexdigest()
    with pytest.raises(DatasetNotFoundError, match="seed_figures"):
        s.datasets.load("no_such_table")


@pytest.mark.parametrize(
    ("content", "meta", "match"),
    [
        ("", None, "has no text"),
        ("   \n", None, "has no text"),
        ("Some text.", {"published": "29/01/2020"}, "published '29/01/2020' is not a YYYY-MM-DD"),
        ("---\npublished: 2020-13-01\n---\nText.", None, "is not a YYYY-MM-DD"),
        ("---\ntitle: x\nText.", None, "never closed"),
    ],
)
def test_bad_articles(tmp_path, content, meta, match):
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    if meta is not None:
        (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ArticleError, match=match) as err:
        s.load_article(path)
    assert str(path) in str(err.value) or "a.meta.json" in str(err.value)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        s.load_article(tmp_path / "nope.txt")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ArticleError, match="not UTF-8"):
        s.load_article(bad)


def test_front_matter(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(
        "---\ntitle: A title\npublished: 2019-09-05\n---\nBody 1,300 text.", encoding="utf-8"
    )
    art = s.load_article(path)
    assert art.text == "Body 1,300 text."
    assert art.published.isoformat() == "2019-09-05" and art.title == "A title"


def test_sidecar_must_be_a_json_object(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Some 1,300 text.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("[1]", encoding="utf-8")
    with pytest.raises(ArticleError, match="expected a JSON object, got list"):
        s.load_article(path)
