"""idlibstats: reported conflict figures as tidy, sourced, uncertainty-aware tables.

The user API in one place::

    import idlibstats as s
    art = s.load_article("seeds/000_4e6930046677a3d5.txt")
    figures = s.extract_figures(art.text, published=art.published)   # the figure table
    s.validate_figures(figures)                                         # the contract
    s.rate(1300, 123, per="day")                                        # exact Poisson rate
    ged = s.load_ucdp_ged("ucdp_ged_syria_652.1601.1911.csv")           # validated loaders
    s.datasets.load("seed_figures")                                     # bundled tables

Names from the ``extract``, ``estimate``, ``load`` and ``plot`` sub-packages are imported on
first use, so ``import idlibstats`` stays fast and light.
"""

from __future__ import annotations

import importlib
from typing import Any

from idlibstats import datasets, errors
from idlibstats.article import Article, load_article
from idlibstats.errors import (
    ArticleError,
    ConvergenceWarning,
    DataFileError,
    DataQualityWarning,
    DatasetNotFoundError,
    EstimatorInputError,
    ExtractionInputError,
    FigureTableError,
    OverdispersionWarning,
    StatisticalWarning,
)
from idlibstats.table import empty_figure_table, read_figures, validate_figures

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "ConvergenceWarning",
    "DataFileError",
    "DataQualityWarning",
    "DatasetNotFoundError",
    "EstimatorInputError",
    "ExtractionInputError",
    "FigureTableError",
    "OverdispersionWarning",
    "StatisticalWarning",
    "datasets",
    "empty_figure_table",
    "errors",
    "load_article",
    "read_figures",
    "validate_figures",
]
# Sub-packages whose public names (their ``__all__``) are exported here on first use.
_LAZY_PACKAGES = (
    "idlibstats.extract",
    "idlibstats.estimate",
    "idlibstats.load",
    "idlibstats.mse",
    "idlibstats.corpus",
)
_SUBMODULES = ("extract", "estimate", "load", "plot", "table", "mse", "corpus")


def _lazy_names() -> dict[str, str]:
    names = {}
    for pkg in _LAZY_PACKAGES:
        try:
            mod = importlib.import_module(pkg)
        except ModuleNotFoundError as exc:
            if exc.name == pkg:
                continue
            raise
        names.update(dict.fromkeys(getattr(mod, "__all__", []), pkg))
    return names


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"idlibstats.{name}")
    pkg = _lazy_names().get(name)
    if pkg is None:
        raise AttributeError(f"module 'idlibstats' has no attribute {name!r}")
    value = getattr(importlib.import_module(pkg), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, "__version__", *_lazy_names(), *_SUBMODULES})
