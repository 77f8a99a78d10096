"""The figure table from the extractor's figures: typed columns, one DataFrame per table.

The extractor's figures are turned into columns (one list a column, no per-row dicts), the lists
become arrays with the contract's dtypes (:mod:`idlibstats.table.schema`: vocabularies become
categories from their codes, never object arrays), and the DataFrame is assembled once per
table, so :func:`~idlibstats.extract.extract_figures` (one table per text) and
:func:`~idlibstats.extract.extract_corpus` (one table for many texts) build the same rows the
same way.

The extractor's own output gets a cheap structural check (lengths, vocabularies, no missing
values where the contract forbids them): its offsets, phrases and bounds hold by construction,
and the tests run the full :func:`~idlibstats.table.validate_figures` on it. Tables that come
from outside keep the full validator (:func:`~idlibstats.table.read_figures`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import math
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd

from idlibstats.errors import FigureTableError, Problem
from idlibstats.table.schema import COLUMNS, NOT_NULL, OPTIONAL_COLUMNS, UNITS

try:  # pandas >= 3: assemble the frame from typed blocks (what pyarrow's to_pandas uses)
    from pandas.api.internals import create_dataframe_from_blocks
except ImportError:  # older pandas: the plain constructor (about 0.3 ms more a table)
    create_dataframe_from_blocks = None
try:  # what create_dataframe_from_blocks is made of, for the blocks' classes and placements once
    from pandas._libs.internals import BlockPlacement
    from pandas.core.internals.blocks import get_block_type
    from pandas.core.internals.managers import BlockManager
except ImportError:  # another pandas' internals: create_dataframe_from_blocks as it is
    BlockManager = None

__all__ = ["FigureColumns"]

KINDS: dict[str, object] = {**COLUMNS, **OPTIONAL_COLUMNS}
#: Columns of an extracted table: the contract's, then every optional one, in schema order.
OUTPUT_COLUMNS: tuple[str, ...] = tuple(KINDS)
_CATEGORIES = {c: pd.CategoricalDtype(list(k)) for c, k in KINDS.items() if isinstance(k, tuple)}
# category codes of each vocabulary's labels; None (missing) is -1
_CODES = {
    c: {None: -1, **{v: i for i, v in enumerate(k)}}
    for c, k in KINDS.items()
    if isinstance(k, tuple)
}
_NUMPY = {"str": object, "int": np.int64, "float": np.float64, "datetime": "datetime64[ns]"}
# each numpy block (one 2-D array per dtype): its kind, column names, positions and the rows
# (column numbers in the block) that must not be missing
_BLOCKS = [
    (
        kind,
        names := [c for c in OUTPUT_COLUMNS if KINDS[c] == kind],
        np.array(where, dtype=np.intp),
        [r for r, c in enumerate(names) if c in NOT_NULL],
    )
    for kind in _NUMPY
    if (where := [i for i, c in enumerate(OUTPUT_COLUMNS) if KINDS[c] == kind])
]
# each categorical column (one block each): its position, as pandas takes it, and name
_CATEGORICAL = [
    (np.array([i], dtype=np.intp), c)
    for i, c in enumerate(OUTPUT_COLUMNS)
    if isinstance(KINDS[c], tuple)
]
_INDEX = pd.Index(OUTPUT_COLUMNS)
# the array behind Categorical._simple_new, given int8 codes and an unordered dtype (what
# _simple_new would make of them); Categorical._simple_new itself where that does not hold
_categorical = pd.Categorical._simple_new
if all(len(d.categories) < 127 and d.ordered is False for d in _CATEGORIES.values()):
    with contextlib.suppress(AttributeError, TypeError):
        _base = super(pd.Categorical, pd.Categorical)._simple_new
        if _base(np.array([0], dtype=np.int8), _CATEGORIES["unit"])[0] == UNITS[0]:
            _categorical = _base
# each block of table(), in its order: the pandas Block class and placement (fixed by the schema)
_LAYOUT: list[tuple[type, Any]] | None = None
# the years a datetime64[ns] column holds; a date outside them is NaT
_NS_YEARS = (1678, 2261)
_EPOCH = dt.date(1970, 1, 1).toordinal()
_NAT = np.iinfo(np.int64).min  # NaT as datetime64's integer
_DAY = 86_400 * 10**9  # a day in nanoseconds


def _day(day: dt.date | None) -> dt.date | None:
    return day if day is not None and _NS_YEARS[0] <= day.year <= _NS_YEARS[1] else None


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused (as it was after) while documents are extracted.

    Extraction makes no reference cycles: what a document's extraction makes is freed by its
    reference count (7,368 texts, the benchmark's and every dev file's, extracted with the
    collector off leave no unreachable object behind, past a few dozen of one-time set-ups), so
    the collector's passes over the young objects, and the full ones over every object of the
    process (which also copy the pages a forked worker shares with its parent), are spent for
    nothing: ~10 ms of a serial pass over the benchmark's 4,502 texts, 65 ms when a full
    collection falls in it, and a few % of one short text's extraction.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class FigureColumns:
    """The figure table's columns, filled document by document, built into one DataFrame.

    Examples
    --------
    >>> from idlibstats.extract.build import FigureColumns
    >>> from idlibstats.extract.build import OUTPUT_COLUMNS
    >>> empty = FigureColumns().table()
    >>> len(empty), list(empty.columns) == list(OUTPUT_COLUMNS)
    (0, True)
    """

    def __init__(self) -> None:
        # each column's values: lists, or tuples when they hold one document's rows (_flush)
        self.columns: dict[str, Sequence[Any]] = {c: [] for c in OUTPUT_COLUMNS}
        self._rows: list[tuple[Any, ...]] = []  # rows not yet moved into the columns
        self.n = 0

    def add(
        self,
        text: str,
        figs: Sequence[Any],
        quotes: dict[int, Any],
        published: dt.date | None,
        doc_id: str,
    ) -> None:
        """Add one document's figures (the extractor's ``_Fig`` objects) as rows.

        ``quotes`` maps ``id(fig)`` to the sentence it was found in. Figures are numbered in
        text order; a percentage above 100 (a "115 per cent increase") is a change, not a
        share, and is left out: the table holds shares only.
        """
        figs = [
            f
            for f in figs
            if not (
                f.unit == "percent"
                and max(v for v in (f.value, f.lower, f.upper) if not math.isnan(v)) > 100
            )
        ]
        figs.sort(key=lambda f: f.start)
        n = len(figs)
        if not n:
            return
        ids = {id(f): k for k, f in enumerate(figs, start=1)}
        nan = math.nan
        pub = _day(published)
        rows = self._rows
        # one tuple a figure, in OUTPUT_COLUMNS order (turned into columns once, in _flush):
        # cheaper than a list per column per document when documents have few figures
        for k, f in enumerate(figs, start=1):
            s, p, place, a = quotes[id(f)], f.period, f.place, f.source
            d = p if p is not None and p.duration_days is not None else None
            rows.append(
                (
                    doc_id,
                    k,
                    text[s.start : s.end],
                    f.start,
                    f.end,
                    text[f.start : f.end],
                    f.value,
                    f.lower,
                    f.upper,
                    getattr(f, "qualifier", None),
                    getattr(f, "unit", None),
                    f.measure or "other",
                    getattr(f, "subject", None),
                    _day(p.period_start) if p else None,
                    _day(p.period_end) if p else None,
                    a.source if a else None,
                    text[a.start : a.end] if a else None,
                    place.name if place is not None else None,
                    place.pcode if place is not None else None,
                    pub,
                    d.duration_days if d else nan,
                    d.duration_qualifier if d else None,
                    ids.get(id(f.parent), nan) if f.parent is not None else nan,
                    nan if place is None or place.lat is None else place.lat,
                    nan if place is None or place.lon is None else place.lon,
                    getattr(f, "currency", None),
                    "; ".join(q.name for q in f.extra.get("places", ())) or None
                    if place is not None
                    else None,
                )
            )
        self.n += n

    def _flush(self) -> None:
        """Move the rows added so far into the columns."""
        if self._rows:
            if self.n == len(self._rows):  # no rows in the columns yet (one document's table)
                # the rows' columns as they are, tuples (27 list extensions less a table);
                # made lists again only if rows are added to them (_lists)
                self.columns = dict(zip(OUTPUT_COLUMNS, zip(*self._rows, strict=True), strict=True))
            else:
                for values, got in zip(
                    self._lists().values(), zip(*self._rows, strict=True), strict=True
                ):
                    values.extend(got)
            self._rows = []

    def _lists(self) -> dict[str, list[Any]]:
        """The columns, as lists (that rows can be added to)."""
        cols = self.columns
        if cols and not isinstance(cols["doc_id"], list):
            self.columns = cols = {c: list(v) for c, v in cols.items()}
        return cols

    def extend(self, other: FigureColumns, *, offset: int, first_id: int) -> None:
        """Add the rows of ``other``, a part of the same document starting at ``offset``.

        Offsets move by ``offset`` and figure numbers (and parent numbers) by ``first_id``, the
        number of figures the document already has here.
        """
        self._flush()
        other._flush()
        shift = {
            "start": offset,
            "end": offset,
            "figure_id": first_id,
            "parent_figure_id": first_id,
        }
        for col, values in self._lists().items():
            got = other.columns[col]
            values.extend([v + shift[col] for v in got] if col in shift else got)
        self.n += other.n

    def table(self) -> pd.DataFrame:
        """The figure table of every document added, checked structurally.

        Raises
        ------
        FigureTableError
            When a row breaks the structure (a missing value the contract forbids, a label
            outside a vocabulary): a bug in the extractor, named by document and column.
        """
        self._flush()
        cols, n = self.columns, self.n
        if not n:  # no figures (a text without numbers: the commonest table of a call)
            return _frame(_empty_blocks(), 0)
        blocks: list[tuple[Any, np.ndarray]] = []
        missing: list[str] = []  # columns with a missing value the contract forbids
        for kind, names, where, required in _BLOCKS:
            values = [cols[c] for c in names]
            if kind == "datetime":  # nanoseconds since 1970 as integers: numpy reads date
                # objects slowly, and converting days to nanoseconds costs more than the days
                # (no overflow: _day keeps only the years that datetime64[ns] holds)
                ns = [
                    [_NAT if d is None else (d.toordinal() - _EPOCH) * _DAY for d in v]
                    for v in values
                ]
                block = np.array(ns, dtype=np.int64).reshape(len(names), n).view("datetime64[ns]")
                # handed over as pandas' own datetime array, wrapped as it is (_simple_new: the
                # values are already datetime64[ns]); from a bare datetime64 block, or through
                # _from_sequence, pandas checks and converts them again, about 20 us a table
                block = pd.arrays.DatetimeArray._simple_new(block, dtype=block.dtype)
            else:
                block = np.array(values, dtype=_NUMPY[kind]).reshape(len(names), n)
            if kind == "str":
                missing += [names[r] for r in required if None in values[r]]
            elif kind == "float" and required:  # NaN (the one float unequal to itself) or None
                # (NaN in the block): a test over the Python values costs less than numpy's
                # over a few rows, and no more on a corpus's table than its conversions
                missing += [
                    names[r] for r in required if any(v is None or v != v for v in values[r])
                ]
            blocks.append((block, where))
        outside: list[str] = []  # columns with a label outside their vocabulary
        codes = []
        for _, c in _CATEGORICAL:
            labels = _CODES[c]
            code = [labels.get(v, -2) for v in cols[c]]
            if -2 in code:
                outside.append(c)
            if c in NOT_NULL and -1 in code:
                missing.append(c)
            codes.append(code)
        # every column's codes in one int8 array (every vocabulary has fewer than 127 labels),
        # each column a row of it; then what Categorical.from_codes(..., validate=False) ends
        # with, without its dtype resolution (the dtype is already the column's) nor its codes'
        rows = np.array(codes, dtype=np.int8).reshape(len(codes), n)
        for (pos, c), code in zip(_CATEGORICAL, rows, strict=True):
            blocks.append((_categorical(code, _CATEGORIES[c]), pos))
        if missing or outside:
            raise FigureTableError(
                self._problems(missing, outside), what="extracted figure table (an extractor bug)"
            )
        return _frame(blocks, n)

    def _problems(self, missing: list[str], outside: list[str]) -> list[Problem]:
        """Every bad cell of the columns named, by document and row (only on a bug: slow)."""
        doc = self.columns["doc_id"]
        out = []
        for c in OUTPUT_COLUMNS:
            for k, v in enumerate(self.columns[c]):
                if c in outside and v is not None and v not in _CODES[c]:
                    out.append(Problem(f"document {doc[k]!r}: not in the vocabulary", k, c))
                elif c in missing and (v is None or (isinstance(v, float) and math.isnan(v))):
                    out.append(Problem(f"document {doc[k]!r}: missing value", k, c))
        return out


@functools.cache
def _empty_blocks() -> list[tuple[Any, Any]]:
    """The blocks of a table without rows, made once.

    They hold no values, so no table that holds them can change them (each table gets
    blocks and a frame of its own, in _frame).
    """
    blocks: list[tuple[Any, Any]] = []
    for kind, names, where, _ in _BLOCKS:
        if kind == "datetime":
            block = np.empty((len(names), 0), dtype="datetime64[ns]")
            block = pd.arrays.DatetimeArray._simple_new(block, dtype=block.dtype)
        else:
            block = np.empty((len(names), 0), dtype=_NUMPY[kind])
        blocks.append((block, where))
    for pos, c in _CATEGORICAL:
        blocks.append((_categorical(np.empty(0, dtype=np.int8), _CATEGORIES[c]), pos))
    return blocks


def _frame(blocks: list[tuple[Any, np.ndarray]], n: int) -> pd.DataFrame:
    """Assemble the DataFrame from typed blocks (arrays and their column positions)."""
    if create_dataframe_from_blocks is None:
        arrays = {}
        for block, where in blocks:
            for k, pos in enumerate(where):
                col = block if block.ndim == 1 else block[k]
                # an explicit object Series: pandas >= 3 would infer its own str dtype
                arrays[OUTPUT_COLUMNS[pos]] = pd.Series(col, dtype=col.dtype, copy=False)
        return pd.DataFrame(arrays, columns=list(OUTPUT_COLUMNS))
    # pandas' DataFrame(dict) costs about 0.3 ms on 25 columns (type inference, consolidation),
    # more than extracting a sentence; the arrays here are already typed, so they are handed
    # over as pandas' blocks: one 2-D array per numpy dtype, one block per categorical.
    # the index as RangeIndex(n) builds it, without its argument checks (about 15 us a table)
    index = pd.RangeIndex._simple_new(range(n))
    layout = _layout(blocks)
    if layout is None:
        return create_dataframe_from_blocks(blocks, index=index, columns=_INDEX)
    # what create_dataframe_from_blocks does, with each block's class and placement found once
    # (they are the schema's) and without the manager's shape checks, which the schema's layout
    # and table()'s arrays pass by construction: about 10 us less a table
    mgr = BlockManager(
        [
            klass(values, ndim=2, placement=place)
            for (values, _), (klass, place) in zip(blocks, layout, strict=True)
        ],
        [_INDEX, index],
        verify_integrity=False,
    )
    return pd.DataFrame._from_mgr(mgr, mgr.axes)


def _layout(blocks: list[tuple[Any, np.ndarray]]) -> list[tuple[type, Any]] | None:
    """Block classes and placements of table()'s blocks, found on the first table.

    None when the internals are not the ones known here: create_dataframe_from_blocks then
    does it all.
    """
    global _LAYOUT
    if _LAYOUT is None and BlockManager is not None:
        layout = [(get_block_type(v.dtype), BlockPlacement(w)) for v, w in blocks]
        known = {np.dtype(object), np.dtype(np.int64), np.dtype(np.float64)}
        # only blocks whose values _make_block would hand over unchanged: numpy arrays of
        # these dtypes, 2-D datetime64[ns] arrays and categoricals
        if all(
            (isinstance(v, np.ndarray) and v.dtype in known and v.ndim == 2)
            or (isinstance(v, pd.arrays.DatetimeArray) and v.ndim == 2 and v.dtype == "M8[ns]")
            or isinstance(v, pd.Categorical)
            for v, _ in blocks
        ):
            _LAYOUT = layout
        else:
            _LAYOUT = []
    return _LAYOUT or None
