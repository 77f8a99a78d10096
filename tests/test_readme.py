"""The README's tour runs as written."""

from __future__ import annotations

import contextlib
import io
import re
import warnings

from idlibstats._paths import REPO_DIR


def test_readme_opens_with_the_two_commands():
    head = (REPO_DIR / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("make report") for line in head)
    assert any(line.startswith("make test") for line in head)


def test_readme_tour_runs(monkeypatch):
    text = (REPO_DIR / "README.md").read_text(encoding="utf-8")
    tour = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    monkeypatch.chdir(REPO_DIR)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(tour, "README.md", "exec"), {})
    printed = out.getvalue()
    assert "more than 1,300" in printed
    assert "95% one-sided CI [" in printed  # the rate from a floor is a lower bound
    assert "TrendResult" in printed and "ITSResult" in printed and "ReconcileResult" in printed
