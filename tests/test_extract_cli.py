"""``idlibstats extract``: files, stdin, formats, unreadable files."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from idlibstats.extract.cli import main as extract_main
from idlibstats.table import validate_figures


def test_cli_reads_files_with_metadata_and_writes_csv(tmp_path, capsys):
    from tests.conftest import SEED_PATH

    out = tmp_path / "fig.csv"
    assert extract_main([str(SEED_PATH), "-o", str(out)]) == 0
    t = pd.read_csv(out)
    assert len(t) == 7
    assert set(t.doc_id) == {"000_4e6930046677a3d5"}
    assert set(t.published) == {"2020-01-29"}  # from the sidecar metadata
    assert t.period_start.dropna().tolist() == ["2019-05-01"]


def test_cli_stdin_and_jsonl(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("SOHR said 19 civilians were killed on Tuesday."))
    assert extract_main(["-", "--published", "2020-01-29", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = json.loads(lines[0])
    assert (row["doc_id"], row["value"], row["source"], row["period_start"]) == (
        "stdin",
        19.0,
        "SOHR",
        "2020-01-28",
    )


def test_cli_unreadable_file_is_reported_and_others_processed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("At least 12 people were killed.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8 \xc3")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.parquet"
    code = extract_main([str(missing), str(bad), str(good), "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert f"cannot read {missing}" in err and "no such file" in err
    assert f"cannot read {bad}" in err and "UTF-8" in err
    t = pd.read_parquet(out)
    assert list(t.doc_id) == ["good"]
    validate_figures(t)


def test_cli_published_overrides_metadata_and_bad_date_fails(tmp_path, capsys):
    from tests.conftest import SEED_PATH

    assert extract_main([str(SEED_PATH), "--published", "2021-02-03"]) == 0
    t = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert set(t.published) == {"2021-02-03"}
    assert extract_main([str(SEED_PATH), "--published", "yesterday"]) == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_cli_parquet_needs_an_output_file(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("12 people were killed.", encoding="utf-8")
    assert extract_main([str(f), "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_empty_result_still_writes(tmp_path, fmt, capsys):
    f = tmp_path / "a.txt"
    f.write_text("No figures in this text.", encoding="utf-8")
    assert extract_main([str(f), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doc_id,") if fmt == "csv" else out == ""


def test_wired_into_the_idlibstats_command(tmp_path):
    from idlibstats.cli import main

    f = tmp_path / "a.txt"
    f.write_text("At least 12 people were killed.", encoding="utf-8")
    out = tmp_path / "a.csv"
    assert main(["extract", str(f), "-o", str(out)]) == 0
    assert pd.read_csv(out).value.tolist() == [12.0]
