"""Optional dependencies, imported when a function that needs them is called."""

from __future__ import annotations

import importlib
from types import ModuleType


def require(module: str, extra: str = "dask") -> ModuleType:
    """Import ``module`` or say which extra installs it.

    Importing Dask costs about half a second, so it is imported on first use, never by
    ``import idlibstats``.

    Raises
    ------
    ImportError
        Naming the module and the ``pip install "idlibstats[extra]"`` that provides it.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is needed here: pip install 'idlibstats[{extra}]' ({exc})"
        ) from None
