"""No hidden import cycles: every module of the package imports on its own, first."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import idlibstats

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(idlibstats.__path__, "idlibstats.")
    if m.name != "idlibstats.__main__"
)

# One fresh interpreter imports each module with every idlibstats module forgotten first, so each
# is the first idlibstats module imported: a cycle shows as an ImportError on a partly
# initialised module. (Third-party modules stay cached, which keeps this fast.)
_SCRIPT = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for m in [m for m in sys.modules if m == "idlibstats" or m.startswith("idlibstats.")]:
        del sys.modules[m]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ": " + traceback.format_exc(limit=3))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_there_are_modules_to_check():
    assert {"idlibstats.datasets.builders", "idlibstats.load.derive"} <= set(MODULES)


def test_every_module_imports_alone():
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *MODULES], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
