"""Extraction over many documents, on one core or on several through Dask."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import multiprocessing
import sys
import threading
from collections.abc import Iterable
from typing import Any

import pandas as pd
from tqdm.auto import tqdm

from idlibstats._optional import require
from idlibstats.errors import ExtractionInputError
from idlibstats.extract.attribution import DEFAULT_SOURCES, SourceRegistry
from idlibstats.extract.build import FigureColumns, paused_gc
from idlibstats.extract.figures import _as_date, add_document

__all__ = ["extract_corpus"]

_AUTO_PROGRESS_MIN = 50
# the fewest documents a chunk has (see _bounds): a task costs a few ms to hand out and collect
_MIN_CHUNK = 50


def _docs(docs: Iterable[Any]) -> Iterable[tuple[str, str, Any]]:
    for n, doc in enumerate(docs):
        if isinstance(doc, str):
            yield str(n), doc, None
        elif isinstance(doc, tuple | list) and len(doc) in (2, 3):
            doc_id, text = doc[0], doc[1]
            yield str(doc_id), text, doc[2] if len(doc) == 3 else None
        else:
            raise ExtractionInputError(
                f"document {n}: expected a str or a (doc_id, text, published) tuple, "
                f"got {type(doc).__name__}"
            )


def extract_corpus(
    docs: Iterable[Any],
    progress: bool | None = None,
    *,
    sources: SourceRegistry | None = None,
    workers: int | None = None,
) -> pd.DataFrame:
    """Extract the figures of many documents into one figure table.

    Parameters
    ----------
    docs : iterable or pandas.DataFrame
        Texts (``doc_id`` is then the position, "0", "1", ...), ``(doc_id, text)`` /
        ``(doc_id, text, published)`` tuples, or a DataFrame with columns ``doc_id``, ``text``
        and optionally ``published``.
    progress : bool, optional
        Show a tqdm progress bar. None (default): only for more than 50 documents when
        stderr is a terminal.
    sources : SourceRegistry, optional
        Source names and aliases (default :data:`DEFAULT_SOURCES`).
    workers : int, optional
        Worker processes. None or 1 (default): this process only. 2 or more: the documents
        are cut into chunks extracted on Dask's local process scheduler (the ``dask`` extra:
        ``pip install "idlibstats[dask]"``); the table is the same as the serial one, row for
        row. Worth it from a few thousand documents (starting the workers and collecting
        their tables costs a few tenths of a second; 1.4-1.6x on two cores for 4,500 short
        texts). Where processes are spawned, not forked (macOS, Windows), call it under
        ``if __name__ == "__main__":`` in a script. Corpora larger than memory go through
        ``idlibstats extract-corpus`` or :func:`idlibstats.corpus.extract_dask`.

    Returns
    -------
    pandas.DataFrame
        The figure tables of all documents, concatenated and validated.

    Raises
    ------
    ExtractionInputError
        Naming the document that is not text or has a bad ``published`` date, or when
        ``workers`` is not a positive int.

    Examples
    --------
    >>> from idlibstats.extract import extract_corpus
    >>> t = extract_corpus(["At least 12 people were killed.", ("b", "Dozens fled.", None)])
    >>> t[["doc_id", "value", "measure"]].values.tolist()
    [['0', 12.0, 'killed'], ['b', 24.0, 'displaced']]
    """
    if isinstance(docs, pd.DataFrame):  # a table of documents: doc_id, text[, published]
        missing = [c for c in ("doc_id", "text") if c not in docs.columns]
        if missing:
            raise ExtractionInputError(
                f"a DataFrame of documents needs columns doc_id and text; missing {missing}"
            )
        pub = docs["published"] if "published" in docs.columns else [None] * len(docs)
        docs = list(zip(docs["doc_id"], docs["text"], pub, strict=True))
    items = docs if isinstance(docs, list | tuple) else list(docs)
    if workers is not None and (
        isinstance(workers, bool) or not isinstance(workers, int) or workers < 1
    ):
        raise ExtractionInputError(f"workers must be a positive int or None, got {workers!r}")
    if sources is not None and not isinstance(sources, SourceRegistry):
        raise ExtractionInputError(
            f"sources must be a SourceRegistry, got {type(sources).__name__}"
        )
    if progress is None:
        progress = len(items) > _AUTO_PROGRESS_MIN and sys.stderr.isatty()
    if workers is not None and workers > 1 and len(items) > 1:
        return _extract_on_workers(items, sources, workers, progress)
    it: Iterable[tuple[str, str, Any]] = _docs(items)
    if progress:
        it = tqdm(it, total=len(items), desc="extract", unit="doc")
    registry = sources or DEFAULT_SOURCES
    out = FigureColumns()
    with paused_gc():
        for doc_id, text, published in it:
            add_document(text, _checked(doc_id, text, published), doc_id, registry, out)
    return out.table()


def _checked(doc_id: str, text: Any, published: Any) -> dt.date | None:
    """The document's date, once its text is known to be a str (else ExtractionInputError)."""
    if not isinstance(text, str):
        raise ExtractionInputError(
            f"document {doc_id!r}: text must be a str, got {type(text).__name__}"
        )
    try:
        return _as_date(published)
    except ExtractionInputError as exc:
        raise ExtractionInputError(f"document {doc_id!r}: {exc}") from None


def _extract_chunk(
    docs: list[tuple[str, str, dt.date | None]], sources: SourceRegistry | None
) -> FigureColumns:
    """The figures of checked documents (run in a worker process)."""
    out = FigureColumns()
    registry = sources or DEFAULT_SOURCES
    with paused_gc():
        for doc_id, text, published in docs:
            add_document(text, published, doc_id, registry, out)
    return out


# the checked documents of the _extract_on_workers call under way, for workers forked from this
# process: they find their chunk here, by its bounds, instead of having it pickled to them
_FORKED: list[tuple[str, str, dt.date | None]] = []
# one call at a time fills _FORKED (forked calls from several threads wait for each other)
_FORKED_LOCK = threading.Lock()


def _extract_forked(start: int, stop: int, sources: SourceRegistry | None) -> FigureColumns:
    """``_extract_chunk`` of documents ``start:stop`` of the call under way (forked workers)."""
    return _extract_chunk(_FORKED[start:stop], sources)


def _bounds(n: int, workers: int) -> list[tuple[int, int]]:
    """Chunks of ``n`` documents, largest first, each a share of the documents still to hand out.

    Each is ``1/(2 * workers)`` of what remains (at least ``_MIN_CHUNK``): big chunks while
    every worker is busy, small ones at the end, so that no worker waits long for the last.
    """
    out, start = [], 0
    while start < n:
        size = max(_MIN_CHUNK, -(-(n - start) // (2 * workers)))
        out.append((start, min(n, start + size)))
        start += size
    return out


def _extract_on_workers(
    items: list[Any] | tuple[Any, ...],
    sources: SourceRegistry | None,
    workers: int,
    progress: bool,
) -> pd.DataFrame:
    """``extract_corpus`` on ``workers`` processes of Dask's local scheduler.

    Documents are checked here first, so a bad one raises the same error as on one core and
    before any worker starts; the chunks keep the documents' order, so the table is the serial
    one. The default registry is not sent: a worker has its own copy.
    """
    dask = require("dask")
    # the process scheduler itself, not its name: for a name, dask.compute first imports
    # dask.distributed to look for a Client (0.3-0.7 s, the first call of a process)
    processes = require("dask.multiprocessing").get
    docs = [(d, t, _checked(d, t, p)) for d, t, p in _docs(items)]
    # the platform's own start method (fork on Linux) rather than Dask's default spawn: a
    # spawned worker imports and warms up the extractor again, seconds before its first chunk
    method = multiprocessing.get_start_method(allow_none=True)
    method = method or multiprocessing.get_all_start_methods()[0]
    # a pool of the user's own (dask.config "pool") was forked before this call: its workers
    # hold no _FORKED of this call, so they are sent their chunks
    forked = method == "fork" and dask.config.get("pool", None) is None
    # each chunk a task named by its position from the end: Dask runs independent tasks in
    # the reverse order of their names, so the large chunks go first (names of Dask's own,
    # hashes, would shuffle them)
    bounds = _bounds(len(docs), workers)
    tasks = []
    for k, (start, stop) in enumerate(bounds):
        name = f"idlibstats-extract-chunk-{len(bounds) - k:06d}"
        if forked:  # the workers are forked from this process once the tasks are submitted
            tasks.append(dask.delayed(_extract_forked)(start, stop, sources, dask_key_name=name))
        else:  # the chunk handed over as one object (traverse=False): Dask would otherwise
            # walk it and make a task of every document tuple
            chunk = dask.delayed(docs[start:stop], traverse=False)
            tasks.append(dask.delayed(_extract_chunk)(chunk, sources, dask_key_name=name))
    bar = require("dask.diagnostics").ProgressBar() if progress else contextlib.nullcontext()
    # one forked call at a time: _FORKED holds the documents of the call under way
    lock = _FORKED_LOCK if forked else contextlib.nullcontext()
    with lock:
        frozen = forked and not gc.get_freeze_count()
        try:
            _FORKED[:] = docs if forked else []
            if frozen:  # what the process holds stays out of a forked worker's collections,
                # which would otherwise touch (and so copy) the pages it shares with this process
                gc.freeze()
            with bar, dask.config.set({"multiprocessing.context": method}):
                # chunksize=1: one chunk a submission (Dask's default batches 6, leaving a
                # worker idle)
                parts = dask.compute(*tasks, scheduler=processes, num_workers=workers, chunksize=1)
        finally:
            if forked:
                _FORKED.clear()
            if frozen:
                gc.unfreeze()
    out = FigureColumns()
    for part in parts:
        out.extend(part, offset=0, first_id=0)
    return out.table()
