"""Capture tables: how many people each combination of lists recorded.

A capture table for ``k`` lists holds the ``2**k - 1`` observable capture patterns (one 0/1 column
per list; the all-zero pattern, people on no list, is what the estimators infer) and ``count``,
the people with that pattern. Patterns are ordered as binary numbers with the first list as the
most significant bit (Rcapture's order), every pattern present even when its count is 0.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from idlibstats.errors import EstimatorInputError

__all__ = ["CaptureTable", "capture_table", "all_patterns"]

#: More lists than this make 2**k cells and 2**(k(k-1)/2) models: refused.
MAX_LISTS = 15


def all_patterns(k: int) -> np.ndarray:
    """The ``2**k - 1`` observable 0/1 patterns of ``k`` lists, first list most significant.

    Examples
    --------
    >>> all_patterns(2).tolist()
    [[0, 1], [1, 0], [1, 1]]
    """
    codes = np.arange(1, 2**k)
    return ((codes[:, None] >> np.arange(k - 1, -1, -1)) & 1).astype(np.int64)


@dataclass(frozen=True, slots=True, repr=False)
class CaptureTable:
    """Counts of people by capture pattern over ``k`` lists, optionally by stratum.

    Build it with :func:`capture_table`.

    Attributes
    ----------
    lists : tuple of str
        The list names, in column order.
    table : pandas.DataFrame
        One row per observable pattern (per stratum): the list columns (0/1), ``count`` and,
        when stratified, the ``strata`` column first.
    strata : str or None
        Name of the stratum column, or None.
    """

    lists: tuple[str, ...]
    table: pd.DataFrame
    strata: str | None = None

    @property
    def n_observed(self) -> int:
        """People recorded on at least one list (all strata)."""
        return int(self.table["count"].sum())

    @property
    def patterns(self) -> np.ndarray:
        """The ``2**k - 1`` patterns, shape ``(2**k - 1, k)`` (the same in every stratum)."""
        return all_patterns(len(self.lists))

    @property
    def counts(self) -> np.ndarray:
        """Count per pattern summed over strata, in the order of :attr:`patterns`."""
        if self.strata is None:
            return self.table["count"].to_numpy(dtype=np.int64)
        return self.table.groupby(list(self.lists), sort=True)["count"].sum().to_numpy(np.int64)

    def by_stratum(self) -> dict[object, CaptureTable]:
        """One unstratified table per stratum (``{None: self}`` when there are no strata)."""
        if self.strata is None:
            return {None: self}
        return {
            key: CaptureTable(self.lists, part.drop(columns=self.strata).reset_index(drop=True))
            for key, part in self.table.groupby(self.strata, sort=True)
        }

    def overlaps(self) -> pd.DataFrame:
        """People on each list (diagonal) and on each pair of lists (off the diagonal).

        Examples
        --------
        >>> t = capture_table(pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "C": [1, 1, 0],
        ...                                 "count": [5, 7, 3]}))
        >>> t.overlaps()
           A   B   C
        A  8   3   5
        B  3  10   7
        C  5   7  12
        """
        p, c = self.patterns, self.counts
        m = (p * c[:, None]).T @ p
        return pd.DataFrame(m, index=list(self.lists), columns=list(self.lists))

    def to_frame(self) -> pd.DataFrame:
        """The pattern table (a copy)."""
        return self.table.copy()

    def _header(self) -> str:
        k = len(self.lists)
        strata = (
            "" if self.strata is None else f", {len(self.by_stratum())} strata by {self.strata!r}"
        )
        return f"CaptureTable: {k} lists, {self.n_observed} people recorded{strata}"

    def __repr__(self) -> str:
        return f"{self._header()}\nOverlaps (diagonal: list sizes):\n{self.overlaps()}"

    def _repr_html_(self) -> str:
        return f"<p>{html.escape(self._header())}</p>" + self.overlaps().to_html()


def _as_01(values: pd.Series, name: str) -> np.ndarray:
    bad = ~values.isin([0, 1, True, False]) | values.isna()
    if bad.any():
        rows = list(values.index[bad][:5])
        raise EstimatorInputError(
            f"column {name!r} must hold 0/1 (on the list or not); rows {rows} hold "
            f"{list(values[bad][:5])}"
        )
    return values.astype(np.int64).to_numpy()


def capture_table(
    df: pd.DataFrame | CaptureTable,
    lists: Sequence[str] | None = None,
    *,
    count: str = "count",
    strata: str | None = None,
) -> CaptureTable:
    """Build a capture table from pattern counts or from one row per person.

    Parameters
    ----------
    df : pandas.DataFrame or CaptureTable
        Either capture patterns (one 0/1 column per list plus a ``count`` column; repeated
        patterns are added up, missing ones count 0) or one row per person with 0/1 list
        columns (no ``count`` column: rows are counted). A CaptureTable is returned unchanged.
    lists : sequence of str, optional
        The list columns; default every column but ``count`` and ``strata``.
    count : str
        Name of the count column.
    strata : str, optional
        A column splitting the table into strata (e.g. ``"governorate"``); the estimators then
        estimate each stratum and add them up.

    Returns
    -------
    CaptureTable
        The observable patterns of the lists with their counts (per stratum when
        ``strata`` is given).

    Raises
    ------
    EstimatorInputError
        A list column that is not 0/1, a negative or fractional count, a missing stratum,
        people recorded with the all-zero pattern (on no list), or more than 15 lists.

    Examples
    --------
    >>> import pandas as pd
    >>> people = pd.DataFrame({"A": [1, 1, 0, 1], "B": [0, 1, 1, 1], "C": [0, 0, 1, 1]})
    >>> t = capture_table(people)
    >>> t.n_observed
    4
    >>> t.table
       A  B  C  count
    0  0  0  1      0
    1  0  1  0      0
    2  0  1  1      1
    3  1  0  0      1
    4  1  0  1      0
    5  1  1  0      1
    6  1  1  1      1
    """
    if isinstance(df, CaptureTable):
        return df
    if not isinstance(df, pd.DataFrame):
        raise EstimatorInputError(
            f"capture_table needs a pandas DataFrame or a CaptureTable, got {type(df).__name__}"
        )
    has_count = count in df.columns
    if strata is not None and strata not in df.columns:
        raise EstimatorInputError(f"strata column {strata!r} not in columns {list(df.columns)}")
    if lists is None:
        lists = [c for c in df.columns if c not in (count, strata)]
    lists = tuple(str(c) for c in lists)
    missing = [c for c in lists if c not in df.columns]
    if missing:
        raise EstimatorInputError(f"list column(s) {missing} not in columns {list(df.columns)}")
    if len(set(lists)) != len(lists) or count in lists or (strata is not None and strata in lists):
        raise EstimatorInputError(f"lists={list(lists)} repeats a name or names the count/strata")
    if not lists:
        raise EstimatorInputError("no list columns: give lists=[...] or 0/1 columns")
    if len(lists) > MAX_LISTS:
        raise EstimatorInputError(f"{len(lists)} lists; at most {MAX_LISTS} are supported")

    cols = {name: _as_01(df[name], name) for name in lists}
    if has_count:
        c = pd.to_numeric(df[count], errors="coerce")
        bad = c.isna() | (c < 0) | (c % 1 != 0)
        if bad.any():
            rows = list(df.index[bad][:5])
            raise EstimatorInputError(
                f"column {count!r} must hold non-negative whole numbers; rows {rows} hold "
                f"{list(df[count][bad][:5])}"
            )
        weights = c.to_numpy(dtype=np.int64)
    else:
        weights = np.ones(len(df), dtype=np.int64)
    mat = np.column_stack([cols[name] for name in lists])
    nobody = (mat.sum(axis=1) == 0) & (weights > 0)
    if nobody.any():
        rows = list(df.index[nobody][:5])
        raise EstimatorInputError(
            f"rows {rows} record people on none of the lists {list(lists)}: nobody can be "
            "observed with the all-zero pattern (drop these rows or name the missing list)"
        )
    if strata is not None and df[strata].isna().any():
        rows = list(df.index[df[strata].isna()][:5])
        raise EstimatorInputError(f"column {strata!r} is empty in rows {rows}")

    k = len(lists)
    code = mat @ (1 << np.arange(k - 1, -1, -1))
    keep = code > 0
    pats = pd.DataFrame(all_patterns(k), columns=list(lists))
    if strata is None:
        n = np.bincount(code[keep], weights=weights[keep], minlength=2**k)[1:]
        table = pats.assign(count=n.astype(np.int64))
    else:
        parts = []
        keys = df[strata].to_numpy()
        for key in pd.unique(keys[keep]):
            sel = keep & (keys == key)
            n = np.bincount(code[sel], weights=weights[sel], minlength=2**k)[1:]
            parts.append(pats.assign(count=n.astype(np.int64)).assign(**{strata: key}))
        table = pd.concat(parts, ignore_index=True)[[strata, *lists, "count"]]
        table = table.sort_values(strata, kind="stable").reset_index(drop=True)
    return CaptureTable(lists, table, strata)
