"""Sphinx configuration of the idlibstats documentation (``make docs`` -> ``build/docs``).

The API pages are generated at build time from each subpackage's ``__all__``, so every public
name has a page and a new one cannot be forgotten; the notebooks are the jupytext percent
scripts of ``notebooks/``, executed by myst-nb during the build.
"""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import idlibstats

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent

project = "idlibstats"
author = "idlibstats developers"
copyright = "2026, idlibstats developers"
release = idlibstats.__version__

extensions = [
    "myst_nb",
    "numpydoc",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
]
exclude_patterns = ["_build", "jupyter_execute", "*.py"]  # the scripts beside conf.py are not pages
html_theme = "pydata_sphinx_theme"
html_title = "idlibstats"
html_theme_options = {"navigation_with_keys": False, "show_toc_level": 2}
html_static_path: list[str] = []

# Notebooks: jupytext percent scripts, executed during the build; an error fails the build.
nb_custom_formats = {".py": ["jupytext.reads", {"fmt": "py:percent"}]}
nb_execution_mode = "force"
nb_execution_timeout = 600
nb_execution_raise_on_error = True
nb_merge_streams = True
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

autosummary_generate = True
autodoc_typehints = "none"  # numpydoc documents the types
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
suppress_warnings = ["myst.xref_missing"]

#: The API pages: title, module, and what it holds.
API = [
    ("Extraction", "idlibstats.extract", "From text to the figure table."),
    ("The figure table", "idlibstats.table", "The contract every part speaks."),
    ("Estimators", "idlibstats.estimate", "Rates, intervals, reconciling sources, trends."),
    ("Loaders", "idlibstats.load", "Validated readers of UCDP, UNHCR, OCHA, HXL and ACLED files."),
    ("Figures", "idlibstats.plot", "Figures that keep the bounds and the sources."),
    ("Datasets", "idlibstats.datasets", "Bundled tables with their provenance."),
    ("Errors and warnings", "idlibstats.errors", "Every error is a ValueError subclass."),
]
# Subpackages that may not exist yet on every branch.
for title, module, what in [
    ("Multiple systems estimation", "idlibstats.mse", "How many no list recorded."),
    ("Corpora", "idlibstats.corpus", "Figures from many documents, serial or on Dask."),
]:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        continue
    API.append((title, module, what))


def _public_names(module: str) -> list[str]:
    mod = importlib.import_module(module)
    names = getattr(mod, "__all__", None) or [n for n in dir(mod) if not n.startswith("_")]
    return sorted(n for n in names if not isinstance(getattr(mod, n, None), type(idlibstats)))


def _write_api_pages() -> None:
    out = DOCS / "api"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    index = ["# API reference", "", "```{toctree}", ":maxdepth: 1", ""]
    for title, module, what in API:
        page = module.rsplit(".", 1)[-1]
        index.append(page)
        lines = [
            title,
            "=" * len(title),
            "",
            what,
            "",
            f".. currentmodule:: {module}",
            "",
            ".. autosummary::",
            "   :toctree: generated",
            "",
        ]
        lines += [f"   {name}" for name in _public_names(module)]
        (out / f"{page}.rst").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index.append("```")
    (out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")


def _copy_notebooks() -> None:
    out = DOCS / "notebooks"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    for script in sorted((REPO / "notebooks").glob("[0-9][0-9]_*.py")):
        shutil.copy(script, out / script.name)


_write_api_pages()
_copy_notebooks()
