"""Every public function documents its parameters and return value, has an example, is typed."""

from __future__ import annotations

import importlib
import inspect

import pytest
from numpydoc.validate import validate

PACKAGES = [
    "idlibstats",
    "idlibstats.corpus",
    "idlibstats.datasets",
    "idlibstats.datasets.builders",
    "idlibstats.errors",
    "idlibstats.estimate",
    "idlibstats.extract",
    "idlibstats.load",
    "idlibstats.mse",
    "idlibstats.plot",
    "idlibstats.table",
]
# Modules whose public names are not held to these checks (none: keep it that way).
EXEMPT: tuple[str, ...] = ()
# numpydoc checks: no docstring, unknown section ("Extra attributes"), parameters undocumented,
# unknown or without description, no Returns or a return without description, no Examples.
CHECKS = {"GL08", "GL06", "PR01", "PR02", "PR07", "RT01", "RT03", "EX01"}


def _public() -> list[tuple[str, object]]:
    found = {}
    for pkg in PACKAGES:
        mod = importlib.import_module(pkg)
        for name in mod.__all__:
            obj = getattr(mod, name)
            home = getattr(obj, "__module__", "") or ""
            if (inspect.isfunction(obj) or inspect.isclass(obj)) and not home.startswith(EXEMPT):
                found[f"{home}.{obj.__qualname__}"] = obj
    return sorted(found.items())


PUBLIC = _public()


def test_there_are_public_names():
    names = [n for n, _ in PUBLIC]
    assert "idlibstats.datasets.load" in names and "idlibstats.plot.maps.idlib_map" in names


@pytest.mark.parametrize(("path", "obj"), PUBLIC, ids=[n for n, _ in PUBLIC])
def test_public_docstring_has_numpydoc_sections(path, obj):
    checks = CHECKS - {"RT01", "RT03", "EX01", "PR01"} if inspect.isclass(obj) else CHECKS
    errors = [f"{code} {msg}" for code, msg in validate(path)["errors"] if code in checks]
    if inspect.isfunction(obj) and inspect.signature(obj).return_annotation in ("None", None):
        errors = [e for e in errors if not e.startswith("RT")]
    assert not errors, f"{path}: " + "; ".join(errors)


@pytest.mark.parametrize(
    ("path", "obj"),
    [(n, o) for n, o in PUBLIC if inspect.isfunction(o)],
    ids=[n for n, o in PUBLIC if inspect.isfunction(o)],
)
def test_public_function_is_fully_typed(path, obj):
    sig = inspect.signature(obj)
    untyped = [p for p, v in sig.parameters.items() if v.annotation is inspect.Parameter.empty]
    assert not untyped, f"{path}: untyped parameters {untyped}"
    assert sig.return_annotation is not inspect.Signature.empty, f"{path}: no return type"
