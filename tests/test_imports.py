"""No hidden import cycles: every module imports alone, and estimate/ and mse/ import at the top.

A cycle hidden inside a function (``def f(): from idlibstats.load import x``) works until the
order of first imports changes; importing each module alone in a fresh interpreter finds the
cycles that only function-level imports were keeping apart.
"""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import idlibstats

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(idlibstats.__path__, "idlibstats.")
    if m.name != "idlibstats.__main__"
)
PACKAGE = Path(idlibstats.__file__).parent


# Third-party libraries are imported once in the parent; each module is then imported in a
# forked child that holds no idlibstats module yet: fresh as far as idlibstats' import order
# goes (the only order a cycle depends on), at a fraction of the cost of 64 interpreters.
_ALONE = """
import importlib, os, sys, traceback
import matplotlib, matplotlib.pyplot, numpy, pandas, scipy.stats, statsmodels.api
assert not [m for m in sys.modules if m.split(".")[0] == "idlibstats"]
failed = []
for name in sys.argv[1:]:
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(name)
        except BaseException:
            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0:
        failed.append(name)
print("FAILED:", " ".join(failed))
sys.exit(1 if failed else 0)
"""


def test_there_are_modules_to_check():
    assert {"idlibstats.datasets.builders", "idlibstats.load.derive"} <= set(MODULES)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_every_module_imports_alone():
    done = subprocess.run(
        [sys.executable, "-c", _ALONE, *MODULES], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{done.stdout[-500:]}\n{done.stderr[-3000:]}"
    assert len(MODULES) > 50  # the walk found the package


def _function_imports(path: Path) -> list[str]:
    """``file:line`` of every import statement inside a function or method of ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{inner.lineno}")
    return found


@pytest.mark.parametrize("subpackage", ["estimate", "mse"])
def test_no_function_level_imports(subpackage):
    found = [
        hit for f in sorted((PACKAGE / subpackage).glob("*.py")) for hit in _function_imports(f)
    ]
    assert not found, f"imports inside functions (move them to the top): {found}"
