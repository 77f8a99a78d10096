"""A user runs a notebook by hand, from a folder of their own, as the README says."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from idlibstats.report import notebook_paths

JUPYTEXT = Path(sys.executable).with_name("jupytext")


@pytest.mark.slow
def test_a_notebook_copied_elsewhere_runs_with_jupytext(tmp_path):
    script = next(p for p in notebook_paths() if p.stem.startswith("01_"))
    copy = tmp_path / script.name
    shutil.copy(script, copy)
    done = subprocess.run(
        [str(JUPYTEXT), "--to", "ipynb", "--execute", copy.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    nb = json.loads(copy.with_suffix(".ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert outputs and not [o for o in outputs if o["output_type"] == "error"]
