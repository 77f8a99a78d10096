"""idlibstats extract-corpus, serial engine: sources, failures, resuming, interrupted writes."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from idlibstats.cli import main
from idlibstats.corpus import read_partitions, run_corpus
from idlibstats.corpus import run as corpus_run
from idlibstats.errors import ExtractionInputError
from idlibstats.extract import extract_corpus
from idlibstats.table import read_figures, validate_figures

TEXTS = [
    "At least 12 people were killed in air strikes on Tuesday, SOHR said.",
    "Dozens of families fled Maarat al-Numan.",
    "No figure in this one.",
    "More than 1,300 civilians were killed between May and August 2019, the UN said.",
    "Some 900,000 people have been displaced since December, OCHA said.",
]


def _docs(n: int) -> list[dict]:
    return [
        {"doc_id": f"d{i:03d}", "text": TEXTS[i % len(TEXTS)], "published": "2020-01-29"}
        for i in range(n)
    ]


def _jsonl(path, records, extra_lines=()):
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["doc_id", "figure_id"]).reset_index(drop=True)


def _mtimes(outdir):
    return {p.name: p.stat().st_mtime_ns for p in outdir.glob("part-*.parquet")}


def test_jsonl_corpus_gives_the_table_of_extract_corpus(tmp_path):
    docs = _docs(23)
    src = _jsonl(tmp_path / "news.jsonl", docs)
    s = run_corpus(src, tmp_path / "out", partition_size=5)
    assert (s.documents, s.partitions, s.written, s.skipped, s.failures) == (23, 5, 5, 0, [])
    got = pd.read_parquet(tmp_path / "out")
    want = extract_corpus([(d["doc_id"], d["text"], d["published"]) for d in docs])
    assert s.figures == len(want)
    pd.testing.assert_frame_equal(_sorted(read_figures(tmp_path / "out")), _sorted(want))
    validate_figures(got)
    manifest = json.loads((tmp_path / "out" / "_manifest.json").read_text())
    assert manifest["parts"]["1"]["input"] == "lines 6-10"
    assert manifest["parts"]["4"]["documents"] == 3
    assert len(manifest["parts"]["0"]["sha256"]) == 64


def test_duckdb_reads_the_dataset(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    run_corpus(_jsonl(tmp_path / "c.jsonl", _docs(12)), tmp_path / "out", partition_size=5)
    n = duckdb.sql(f"select count(*) from read_parquet('{tmp_path / 'out'}/*.parquet')")
    assert n.fetchall()[0][0] == len(pd.read_parquet(tmp_path / "out"))


def test_bad_input_is_reported_per_document_never_skipped(tmp_path):
    src = _jsonl(
        tmp_path / "c.jsonl",
        _docs(3),
        [
            "{not json",
            json.dumps({"doc_id": "d001", "text": "3 people died."}),  # duplicate id
            json.dumps({"doc_id": "nt"}),
            json.dumps({"doc_id": "bad-date", "text": "3 died.", "published": "someday"}),
            json.dumps(["a", "list"]),
            json.dumps({"text": "5 died."}),
            json.dumps({"doc_id": 7, "text": 42}),
        ],
    )
    s = run_corpus(src, tmp_path / "out", partition_size=4)
    lines = [json.loads(x) for x in (tmp_path / "out" / "_failures.jsonl").read_text().splitlines()]
    assert lines == s.failures
    got = {(f["where"], f["doc_id"]): f["reason"] for f in lines}
    assert got == {
        ("line 4", None): "not a JSON object (Expecting property name enclosed in double quotes)",
        ("line 5", "d001"): "duplicate doc_id (seen in an earlier partition)",
        ("line 6", "nt"): "document without text",
        ("line 7", "bad-date"): "published 'someday' is not an ISO date (YYYY-MM-DD)",
        ("line 8", None): "not a JSON object but list",
        ("line 9", None): "no doc_id",
        ("line 10", "7"): "text is int, not a string",
    }
    assert s.documents == 3 and "7 documents failed" in str(s)
    assert {f["partition"] for f in lines} == {0, 1, 2}


def test_duplicate_within_a_partition_names_the_first(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", [{"doc_id": "a", "text": "x"}, {"doc_id": "a", "text": "y"}])
    (part,) = read_partitions(src, 10)
    assert [f.reason for f in part.failures] == ["duplicate doc_id (first at line 1)"]


def test_rerun_skips_complete_parts_and_recomputes_a_deleted_one(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", _docs(20))
    out = tmp_path / "out"
    run_corpus(src, out, partition_size=5)
    before = _mtimes(out)
    table = _sorted(pd.read_parquet(out))
    (out / "part-00002.parquet").unlink()
    s = run_corpus(src, out, partition_size=5)
    assert (s.written, s.skipped, s.documents) == (1, 3, 20)
    after = _mtimes(out)
    assert {k for k in after if after[k] != before[k]} == {"part-00002.parquet"}
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out)), table)


def test_changed_documents_make_their_part_stale(tmp_path):
    docs = _docs(20)
    src = _jsonl(tmp_path / "c.jsonl", docs)
    out = tmp_path / "out"
    run_corpus(src, out, partition_size=5)
    docs[7]["text"] = "Forty people were killed."
    _jsonl(src, docs[:17])  # one document changed, and the corpus shrank to 4 partitions
    s = run_corpus(src, out, partition_size=5)
    assert (s.partitions, s.written, s.skipped) == (4, 2, 2)
    assert sorted(_mtimes(out)) == [f"part-{i:05d}.parquet" for i in range(4)]
    t = pd.read_parquet(out)
    assert "Forty people were killed." in set(t["quote"]) and t["doc_id"].nunique() <= 17


def test_an_interrupted_write_never_leaves_a_part_that_looks_complete(tmp_path, monkeypatch):
    src = _jsonl(tmp_path / "c.jsonl", _docs(20))
    out = tmp_path / "out"
    real = corpus_run.pq.write_table
    calls = []

    def dying(table, where, **kw):
        calls.append(where)
        if len(calls) == 3:  # the third part: half a file, then the process is killed
            where.write_bytes(b"PAR1 half a file")
            raise KeyboardInterrupt
        real(table, where, **kw)

    monkeypatch.setattr(corpus_run.pq, "write_table", dying)
    with pytest.raises(KeyboardInterrupt):
        run_corpus(src, out, partition_size=5)
    assert sorted(_mtimes(out)) == ["part-00000.parquet", "part-00001.parquet"]
    assert set(json.loads((out / "_manifest.json").read_text())["parts"]) == {"0", "1"}
    assert len(pd.read_parquet(out)) > 0  # readers skip the temporary file
    monkeypatch.setattr(corpus_run.pq, "write_table", real)
    s = run_corpus(src, out, partition_size=5)
    assert (s.written, s.skipped) == (2, 2)
    assert not list(out.glob(".*.tmp"))


def test_a_part_without_manifest_entry_is_recomputed(tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", _docs(10))
    out = tmp_path / "out"
    run_corpus(src, out, partition_size=5)
    (out / "_manifest.json").write_text("{broken")
    s = run_corpus(src, out, partition_size=5)
    assert (s.written, s.skipped) == (2, 0) and "unreadable" in str(s)


def test_parquet_and_txt_sources(tmp_path):
    docs = _docs(7)
    pd.DataFrame(docs).to_parquet(tmp_path / "c.parquet")
    folder = tmp_path / "txt"
    folder.mkdir()
    for d in docs:
        (folder / f"{d['doc_id']}.txt").write_text(d["text"], encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    a = run_corpus(tmp_path / "c.parquet", tmp_path / "a", partition_size=3)
    b = run_corpus(folder, tmp_path / "b", partition_size=3)
    assert a.documents == b.documents == 7
    assert [f["where"] for f in b.failures] == ["file empty.txt"]
    ta, tb = (_sorted(pd.read_parquet(tmp_path / x)) for x in "ab")
    pd.testing.assert_frame_equal(
        ta.drop(columns=["published", "period_start", "period_end"]),
        tb.drop(columns=["published", "period_start", "period_end"]),
    )
    with pytest.raises(ExtractionInputError, match="needs columns doc_id and text"):
        pd.DataFrame({"body": ["x"]}).to_parquet(tmp_path / "bad.parquet")
        run_corpus(tmp_path / "bad.parquet", tmp_path / "c")


def test_cli_serial_summary_and_one_line_errors(tmp_path, capsys):
    src = _jsonl(tmp_path / "c.jsonl", _docs(6), ["oops"])
    assert main(["extract-corpus", str(src), str(tmp_path / "out"), "--partition-size", "4"]) == 0
    out = capsys.readouterr().out
    assert "6 documents" in out and "2 written, 0 skipped" in out and "line 7" in out
    assert main(["extract-corpus", str(src), str(tmp_path / "out"), "--partition-size", "4"]) == 0
    assert "0 written, 2 skipped" in capsys.readouterr().out
    assert main(["extract-corpus", str(tmp_path / "nope.jsonl"), str(tmp_path / "o2")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["extract-corpus", str(src), str(tmp_path / "o3"), "--partition-size", "0"]) == 2
