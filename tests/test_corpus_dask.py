"""The Dask engine on a LocalCluster: same table as the serial engine, resumable; extract_dask."""

from __future__ import annotations

import json

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest

from idlibstats.corpus import dask_client, dask_engine, extract_dask, run_corpus
from idlibstats.errors import ExtractionInputError
from idlibstats.extract import extract_corpus

pytestmark = pytest.mark.slow  # a LocalCluster of two processes starts in a few seconds

TEXTS = [
    "At least 12 people were killed in air strikes on Tuesday, SOHR said.",
    "Dozens of families fled Maarat al-Numan.",
    "No figure in this one.",
    "More than 1,300 civilians were killed between May and August 2019, the UN said.",
]


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2) as c:
        yield c


def _corpus(path, n=30):
    docs = [
        {"doc_id": f"d{i:03d}", "text": TEXTS[i % len(TEXTS)], "published": "2020-01-29"}
        for i in range(n)
    ]
    lines = [json.dumps(d) for d in docs] + ["not json", json.dumps({"doc_id": "d001"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, docs


def _sorted(df):
    return df.sort_values(["doc_id", "figure_id"]).reset_index(drop=True)


def _plain(df):
    """Values only: Dask hands text columns back as pandas strings (missing = NA, not None)."""
    df = _sorted(df).astype(object)
    return df.where(df.notna(), None)


def test_dask_and_serial_engines_write_the_same_table(tmp_path, client):
    src, _ = _corpus(tmp_path / "c.jsonl")
    serial = run_corpus(src, tmp_path / "serial", partition_size=7)
    dask = run_corpus(src, tmp_path / "dask", engine=dask_engine(client), partition_size=7)
    assert (dask.documents, dask.figures, dask.written) == (
        serial.documents,
        serial.figures,
        serial.written,
    )
    assert dask.failures == serial.failures and len(dask.failures) == 2
    pd.testing.assert_frame_equal(
        _sorted(pd.read_parquet(tmp_path / "dask")), _sorted(pd.read_parquet(tmp_path / "serial"))
    )


def test_dask_rerun_recomputes_only_the_deleted_part(tmp_path, client):
    src, _ = _corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    run_corpus(src, out, engine=dask_engine(client), partition_size=7)
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")}
    (out / "part-00001.parquet").unlink()
    s = run_corpus(src, out, engine=dask_engine(client), partition_size=7)
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")}
    assert (s.written, s.skipped) == (1, len(before) - 1)
    assert {k for k in after if after[k] != before[k]} == {"part-00001.parquet"}


def test_extract_dask_on_a_dataframe_and_a_bag(client):
    docs = pd.DataFrame(
        {
            "id": [f"d{i}" for i in range(8)],
            "body": [TEXTS[i % len(TEXTS)] for i in range(8)],
            "published": ["2020-01-29"] * 8,
        }
    )
    want = extract_corpus(list(zip(docs["id"], docs["body"], docs["published"], strict=True)))
    lazy = extract_dask(dd.from_pandas(docs, npartitions=3), text="body", doc_id="id")
    assert list(lazy.columns) == list(want.columns)
    got = lazy.compute(scheduler=client.get)
    pd.testing.assert_frame_equal(_plain(got), _plain(want))
    assert got["measure"].dtype == "category"
    bag = db.from_sequence(
        docs.rename(columns={"id": "doc_id", "body": "text"}).to_dict("records"), npartitions=2
    )
    got = extract_dask(bag).compute(scheduler=client.get)
    pd.testing.assert_frame_equal(_plain(got), _plain(want))


def test_extract_dask_names_missing_columns_and_wrong_input():
    frame = dd.from_pandas(pd.DataFrame({"doc_id": ["a"], "body": ["x"]}), npartitions=1)
    with pytest.raises(ExtractionInputError, match=r"no column\(s\) \['text'\]"):
        extract_dask(frame)
    with pytest.raises(ExtractionInputError, match="Dask DataFrame or bag"):
        extract_dask(["a text"])
