"""The tables a figure draws when it is given none: the bundled datasets."""

from __future__ import annotations

import pandas as pd

from idlibstats import datasets


def table_or_dataset(table: pd.DataFrame | None, name: str) -> pd.DataFrame:
    """``table``, or the bundled dataset ``name`` when ``table`` is None (loaded only then).

    Examples
    --------
    >>> from idlibstats.plot._data import table_or_dataset
    >>> len(table_or_dataset(None, "seed_figures"))
    7
    """
    if table is not None:
        return table

    return datasets.load(name)
