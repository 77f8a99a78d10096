"""The package as a user installs it: the wheel ships the datasets it loads; the CLI runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

import idlibstats as s
from idlibstats._paths import REPO_DIR


@pytest.mark.slow
def test_wheel_ships_and_loads_the_datasets(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO_DIR),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("idlibstats-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "idlibstats/_data/seed_figures.csv" in names
    assert "idlibstats/py.typed" in names
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
    )
    expected = sorted(s.datasets.names())
    code = (
        "import idlibstats as s, idlibstats._paths as p;"
        "assert p.bundled_data_dir().name == '_data', p.bundled_data_dir();"
        f"print(len(s.datasets.load('seed_figures')), sorted(s.datasets.names()) == {expected!r})"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert out.stdout.split() == ["7", "True"]


def test_cli_help_lists_commands():
    out = subprocess.run(
        [sys.executable, "-m", "idlibstats.cli", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "COMMAND" in out.stdout


def test_public_api_names():
    for name in ("validate_figures", "read_figures", "load_article", "datasets", "DataFileError"):
        assert hasattr(s, name)
    listed = dir(s)
    assert {"extract_figures", "rate", "load_ucdp_ged", "EstimatorInputError"} <= set(listed)
    assert not {"importlib", "Any", "annotations"} & set(listed)
    with pytest.raises(AttributeError):
        s.no_such_function  # noqa: B018
