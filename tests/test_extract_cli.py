"""``idlibstats extract``: files, stdin, formats, unreadable files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from idlibstats.extract.cli import main as extract_main
from idlibstats.table import read_figures, validate_figures


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


def _killed(path, n):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"At least {n} people were killed.", encoding="utf-8")
    return path


def test_same_file_name_in_two_folders_gets_unique_doc_ids(tmp_path, capsys):
    a = _killed(tmp_path / "a" / "x.txt", 12)
    b = _killed(tmp_path / "b" / "x.txt", 30)
    out = tmp_path / "out.csv"
    assert extract_main([str(a), str(b), "-o", str(out)]) == 0
    cap = capsys.readouterr()
    t = read_figures(out)
    validate_figures(t)  # the (doc_id, figure_id) pairs are unique
    assert t[["doc_id", "value"]].values.tolist() == [["x", 12.0], ["x#2", 30.0]]
    assert f"{b} gets doc_id 'x#2'" in cap.err and "Traceback" not in cap.err


def test_same_file_given_twice_gets_unique_doc_ids(tmp_path, capsys):
    a = _killed(tmp_path / "x.txt", 12)
    assert extract_main([str(a), str(a), str(a), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["doc_id"] for r in rows] == ["x", "x#2", "x#3"]


def test_suffix_does_not_collide_with_an_existing_doc_id(tmp_path, capsys):
    a = _killed(tmp_path / "x.txt", 1)
    b = _killed(tmp_path / "x#2.txt", 2)
    assert extract_main([str(a), str(b), str(a)]) == 0
    t = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert t.doc_id.tolist() == ["x", "x#2", "x#3"]


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("out.csv", lambda p: pd.read_csv(p).value.tolist()),
        ("out.CSV", lambda p: pd.read_csv(p).value.tolist()),
        ("out.jsonl", lambda p: pd.read_json(p, lines=True).value.tolist()),
        ("out.ndjson", lambda p: pd.read_json(p, lines=True).value.tolist()),
        ("out.json", lambda p: [r["value"] for r in json.loads(p.read_text(encoding="utf-8"))]),
        ("out.parquet", lambda p: pd.read_parquet(p).value.tolist()),
    ],
)
def test_output_format_from_suffix(tmp_path, name, read, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    out = tmp_path / name
    assert extract_main([str(f), "-o", str(out)]) == 0
    assert read(out) == [12.0]


def test_json_is_an_array_even_when_empty(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("No figures in this text.", encoding="utf-8")
    out = tmp_path / "out.json"
    assert extract_main([str(f), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_explicit_format_overrides_the_suffix(tmp_path, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    out = tmp_path / "out.txt"
    assert extract_main([str(f), "-o", str(out), "--format", "jsonl"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["value"] == 12.0


@pytest.mark.parametrize("name", ["out.txt", "out", "out.xlsx"])
def test_unknown_output_suffix_is_a_usage_error(tmp_path, name, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    out = tmp_path / name
    assert extract_main([str(f), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "cannot tell the output format" in err and "--format" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("out", "message"),
    [("missing/out.csv", "does not exist"), ("a.txt/out.csv", "is not a folder")],
)
def test_bad_output_folder_is_a_usage_error(tmp_path, out, message, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    assert extract_main([str(f), "-o", str(tmp_path / out)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_output_that_is_a_folder_is_a_usage_error(tmp_path, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    assert extract_main([str(f), "--format", "csv", "-o", str(tmp_path)]) == 2
    assert "it is a folder" in capsys.readouterr().err


def test_write_failure_is_one_line(tmp_path, monkeypatch, capsys):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", full)
    f = _killed(tmp_path / "a.txt", 12)
    out = tmp_path / "out.parquet"
    assert extract_main([str(f), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip() == f"idlibstats extract: cannot write {out}: [Errno 28] No space left on device"
    )


def test_bad_inputs_give_one_line_messages(tmp_path, capsys):
    good = _killed(tmp_path / "good.txt", 12)
    folder = tmp_path / "folder"
    folder.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    odd_meta = tmp_path / "odd.txt"
    odd_meta.write_text("5 people were killed.", encoding="utf-8")
    (tmp_path / "odd.meta.json").write_text("[1, 2]", encoding="utf-8")  # not an object
    code = extract_main([str(folder), str(empty), str(odd_meta), str(good)])
    assert code == 1
    cap = capsys.readouterr()
    assert f"cannot read {folder}: is a directory" in cap.err
    assert f"cannot read {odd_meta}:" in cap.err
    assert "2 of 4 file(s) could not be read" in cap.err
    assert "Traceback" not in cap.err and len(cap.err.strip().splitlines()) == 3
    # the empty file is read as a document without figures; the good one is still written
    assert pd.read_csv(io.StringIO(cap.out)).doc_id.tolist() == ["good"]


@pytest.mark.parametrize("date", ["garbage", "2020-13-45", "1600-01-01"])
def test_bad_published_is_a_usage_error(tmp_path, date, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    assert extract_main([str(f), "--published", date]) == 2
    cap = capsys.readouterr()
    assert cap.out == "" and len(cap.err.strip().splitlines()) == 1 and date in cap.err


def test_help_documents_doc_ids_and_formats(capsys):
    with pytest.raises(SystemExit):
        extract_main(["--help"])
    out = capsys.readouterr().out
    assert '"#2"' in out and ".ndjson" in out and "JSON array" in out


# ---------------------------------------------------------------- issue 10: bad input, faults


def test_nothing_is_written_when_every_input_fails(tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xc3")
    assert extract_main([str(missing), str(bad)]) == 1
    cap = capsys.readouterr()
    assert cap.out == ""  # not even a header line
    assert "none of the 2 input(s) could be read; nothing written" in cap.err
    out = tmp_path / "out.csv"
    out.write_text("the old table\n", encoding="utf-8")
    assert extract_main([str(missing), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "the old table\n"  # left as it was


@pytest.mark.parametrize("name", ["out.csv", "out.jsonl", "out.parquet"])
def test_output_is_replaced_atomically(tmp_path, monkeypatch, name, capsys):
    f = _killed(tmp_path / "a.txt", 12)
    out = tmp_path / name
    out.write_bytes(b"the old table\n")
    # a failure in the middle of writing: the old file stays whole, no temporary file is left
    import idlibstats.extract.cli as cli

    real = cli._replace_atomically

    def failing(path, write):
        def half(tmp):
            Path(tmp).write_bytes(b"half a tab")
            raise OSError(28, "No space left on device")

        return real(path, half)

    monkeypatch.setattr(cli, "_replace_atomically", failing)
    assert extract_main([str(f), "-o", str(out)]) == 1
    assert out.read_bytes() == b"the old table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.txt", name])
    monkeypatch.setattr(cli, "_replace_atomically", real)
    assert extract_main([str(f), "-o", str(out)]) == 0
    assert out.read_bytes() != b"the old table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.txt", name])
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask():
    import os

    old = os.umask(0)
    os.umask(old)
    return old


def test_encoding_option(tmp_path, monkeypatch, capsys):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Dans le caf\u00e9, 12 people were killed.".encode("latin-1"))
    assert extract_main([str(f)]) == 1
    assert "not UTF-8 text" in capsys.readouterr().err
    assert extract_main([str(f), "--encoding", "latin-1"]) == 0
    t = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert t["value"].tolist() == [12] and "caf\u00e9" in t["quote"].iloc[0]
    assert extract_main([str(f), "--encoding", "klingon"]) == 2
    assert "unknown encoding 'klingon'" in capsys.readouterr().err

    class Stdin:
        buffer = io.BytesIO("Au caf\u00e9, 7 people were killed.".encode("cp1252"))

    monkeypatch.setattr("sys.stdin", Stdin)
    assert extract_main(["-", "--encoding", "cp1252"]) == 0
    assert pd.read_csv(io.StringIO(capsys.readouterr().out))["value"].tolist() == [7]


def test_formula_cells_are_escaped_in_csv(tmp_path, capsys):
    f = tmp_path / "a.txt"
    # a quote that begins with "=", as a hostile page could make it; and a subject with "-"
    f.write_text('=HYPERLINK("http://x") 12 people were killed.\n', encoding="utf-8")
    assert extract_main([str(f)]) == 0
    t = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str, keep_default_na=False)
    assert (t["quote"].str[0] == "'").all() and t["quote"].iloc[0].startswith("'=HYPERLINK")
    assert extract_main([str(f), "--no-escape-formulas"]) == 0
    t = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str, keep_default_na=False)
    assert t["quote"].iloc[0].startswith("=HYPERLINK")
    # JSON output is not for spreadsheets: never escaped
    assert extract_main([str(f), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["quote"].startswith("=HYPER")


def test_escape_formulas_only_touches_text():
    from idlibstats.extract.cli import escape_formulas

    t = pd.DataFrame(
        {
            "quote": ["+1 dead", "@sohr", "\tx", "\rx", "-", "fine", None],
            "value": [-1.3, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0],
            "start": [-1, 2, 3, 4, 5, 6, 7],
            "unit": pd.Categorical(["people"] * 7),
        }
    )
    e = escape_formulas(t)
    assert e["quote"].iloc[:6].tolist() == ["'+1 dead", "'@sohr", "'\tx", "'\rx", "'-", "fine"]
    assert pd.isna(e["quote"].iloc[6])
    pd.testing.assert_frame_equal(e.drop(columns="quote"), t.drop(columns="quote"))
    assert t["quote"].iloc[0] == "+1 dead"  # the input is not changed


def test_help_documents_the_new_options(capsys):
    with pytest.raises(SystemExit):
        extract_main(["--help"])
    out = capsys.readouterr().out
    assert "--encoding" in out and "--no-escape-formulas" in out and "OWASP" in out
    assert "temporary file" in out and "nothing is written" in out
