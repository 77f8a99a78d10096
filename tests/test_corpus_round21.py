"""extract_corpus on workers: Dask's process scheduler handed over as itself (round 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from idlibstats.extract import extract_corpus

pytest.importorskip("dask")

REPO = Path(__file__).resolve().parents[1]

# run in a fresh interpreter: whether dask.distributed gets imported is a per-process fact
_FRESH = """
import sys
import pandas as pd
from idlibstats.extract import extract_corpus
docs = [(f"d{k}", f"At least {k + 2} people were killed and {k + 30} fled.") for k in range(40)]
docs += [("n", "No figure here."), ("w", "Dozens fled on Tuesday.", "2020-01-29")]
before = "distributed" in sys.modules
serial = extract_corpus(docs)
parallel = extract_corpus(docs, workers=2)
pd.testing.assert_frame_equal(parallel, serial)
print(before, "distributed" in sys.modules, len(parallel))
"""


def test_workers_do_not_import_dask_distributed():
    # a scheduler *name* makes dask.compute import dask.distributed first, to look for a
    # Client: 0.3-0.7 s of the first call of a process; the scheduler itself skips that
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.check_output(
        [sys.executable, "-c", _FRESH], env=env, cwd=REPO, text=True, timeout=300
    )
    before, after, n = out.split()
    assert (before, after) == ("False", "False")
    assert int(n) >= 80  # about two figures a document, one table either way


def test_workers_table_and_dask_progress_bar(capsys):
    docs = [(f"d{k}", f"{k + 3} people were killed.", "2021-03-01") for k in range(12)]
    serial = extract_corpus(docs)
    parallel = extract_corpus(docs, progress=True, workers=2)
    assert parallel.equals(serial)
    assert parallel.dtypes.equals(serial.dtypes)
    captured = capsys.readouterr()
    assert "100%" in captured.out + captured.err
