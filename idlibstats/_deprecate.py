"""Names that moved: the old import path keeps working for one release and warns."""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable
from typing import Any

from idlibstats.errors import IdlibstatsDeprecationWarning


def moved(module: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` serving names that moved elsewhere, with a warning.

    Parameters
    ----------
    module : str
        The old module (its ``__name__``), named in the error for unknown names.
    names : dict of str to str
        Old name -> new location ``"package.module:name"``.

    Returns
    -------
    callable
        To assign to the old module's ``__getattr__``. The new module is imported on first use
        of an old name only: new homes (the dataset builders) import the old modules, so an
        import at module level would be a cycle.

    Examples
    --------
    >>> import warnings
    >>> getattr_ = moved("old", {"sqrt": "math:sqrt"})
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     getattr_("sqrt")(4.0), w[0].category.__name__
    (2.0, 'IdlibstatsDeprecationWarning')
    """

    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        new_module, new_name = names[name].split(":")
        warnings.warn(
            f"{module}.{name} moved to {new_module}.{new_name}; the old name goes in the next "
            "release",
            IdlibstatsDeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(new_module), new_name)

    return __getattr__
