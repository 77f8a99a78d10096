"""Extraction on Dask: a lazy figure table from a Dask collection, and the corpus engine.

Dask is an optional extra (``pip install "idlibstats[dask]"``); it is imported when one of
these functions is called, so ``import idlibstats`` works without it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import pandas as pd

from idlibstats._optional import require
from idlibstats.corpus.run import Engine, PartResult, Task, run_partition
from idlibstats.errors import ExtractionInputError
from idlibstats.extract.build import FigureColumns
from idlibstats.extract.corpus import extract_corpus

__all__ = ["dask_client", "dask_engine", "extract_dask"]


def _frame_table(
    frame: pd.DataFrame, text: str, doc_id: str, published: str | None
) -> pd.DataFrame:
    """The figure table of one partition of documents (a pandas DataFrame)."""
    pub = frame[published] if published is not None and published in frame.columns else None
    docs = list(
        zip(
            frame[doc_id].astype(str),
            frame[text],
            pub if pub is not None else [None] * len(frame),
            strict=True,
        )
    )
    return extract_corpus(docs, progress=False)


def _records_table(
    records: list[Any], text: str, doc_id: str, published: str | None
) -> pd.DataFrame:
    """The figure table of one partition of a bag: mappings with the named keys, or tuples."""
    docs = [
        (str(r[doc_id]), r[text], r.get(published) if published is not None else None)
        if isinstance(r, dict)
        else r
        for r in records
    ]
    return extract_corpus(docs, progress=False)


def extract_dask(
    docs: Any, text: str = "text", doc_id: str = "doc_id", published: str | None = "published"
) -> Any:
    """Map the extractor over the partitions of a Dask DataFrame or bag of documents.

    Parameters
    ----------
    docs : dask.dataframe.DataFrame or dask.bag.Bag
        A DataFrame with a text column, an id column and optionally a publication date
        column; or a bag of mappings with those keys, of texts, or of ``(doc_id, text)`` /
        ``(doc_id, text, published)`` tuples (as :func:`~idlibstats.extract.extract_corpus`
        takes them).
    text, doc_id, published : str
        Column (or key) names; ``published`` may be missing from the data.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy: one figure table per input partition, ``meta`` the figure-table schema, so it
        composes with the rest of a Dask computation (``.compute()``, ``.to_parquet()``).

    Raises
    ------
    ExtractionInputError
        When ``docs`` is neither, or a named column is missing; at compute time, naming a
        document that is not text or has a bad date (as ``extract_corpus`` does).

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd
    >>> from idlibstats.corpus import extract_dask
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["12 people died.", "Dozens fled."]})
    >>> table = extract_dask(dd.from_pandas(docs, npartitions=2))
    >>> table.compute()[["doc_id", "value", "measure"]].values.tolist()
    [['a', 12.0, 'killed'], ['b', 24.0, 'displaced']]
    """
    dd = require("dask.dataframe")
    db = require("dask.bag")
    dask = require("dask")
    meta = FigureColumns().table()
    if isinstance(docs, dd.DataFrame):
        missing = [c for c in (text, doc_id) if c not in docs.columns]
        if missing:
            raise ExtractionInputError(
                f"the Dask DataFrame of documents has no column(s) {missing}; "
                f"it has {list(docs.columns)}"
            )
        pub = published if published in docs.columns else None
        return docs.map_partitions(_frame_table, text, doc_id, pub, meta=meta)
    if isinstance(docs, db.Bag):
        parts = [
            dask.delayed(_records_table)(p, text, doc_id, published) for p in docs.to_delayed()
        ]
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
    raise ExtractionInputError(
        f"extract_dask takes a Dask DataFrame or bag of documents, got {type(docs).__name__}"
    )


@contextlib.contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``, closed on exit.

    Of a new ``LocalCluster`` of ``workers`` processes, or of the cluster at ``scheduler``
    (an address such as ``tcp://10.0.0.5:8786``).

    Parameters
    ----------
    workers : int, optional
        Worker processes of the new ``LocalCluster`` (default: one per core).
    scheduler : str, optional
        Address of a running scheduler to connect to instead (``workers`` is then unused).

    Yields
    ------
    distributed.Client
        The client, closed (with the ``LocalCluster`` it started) when the block ends.

    Examples
    --------
    >>> from distributed import LocalCluster
    >>> from idlibstats.corpus import dask_client
    >>> with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
    ...     with dask_client(scheduler=cluster.scheduler_address) as client:
    ...         client.submit(sum, [1, 2]).result()
    3
    """
    distributed = require("distributed")
    if scheduler is not None:
        with distributed.Client(scheduler) as client:
            yield client
        return
    dask = require("dask")
    # The workers' statistical profiler samples every thread's stack 100 times a second and
    # keeps the call tree: on pure-Python extraction that costs CPU and memory for nothing.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = distributed.LocalCluster(
            n_workers=workers or None,
            threads_per_worker=1,  # the extractor is pure Python: a process a core
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    with cluster, distributed.Client(cluster) as client:
        yield client


def dask_engine(client: Any, window: int | None = None) -> Engine:
    """An engine for :func:`~idlibstats.corpus.run.run_corpus` that runs partitions on ``client``.

    At most ``window`` partitions (default: two per worker thread) are in flight, so the
    documents read but not yet extracted stay bounded. Workers write the parts themselves:
    the output folder must be one they can all reach.

    Parameters
    ----------
    client : distributed.Client
        The client of the cluster to run the partitions on.
    window : int, optional
        Most partitions in flight at once (default: two per worker thread).

    Returns
    -------
    Engine
        A function of ``(tasks, outdir)`` yielding ``(task, PartResult)`` as partitions
        finish (in any order).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from distributed import LocalCluster
    >>> from idlibstats.corpus import dask_client, dask_engine, read_partitions
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "c.jsonl").write_text('{"doc_id": "a", "text": "Shelling killed 12 people."}')
    >>> with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
    ...     with dask_client(scheduler=cluster.scheduler_address) as client:
    ...         tasks = ((part, "") for part in read_partitions(d / "c.jsonl", 10))
    ...         [(r.index, r.documents, r.figures) for _, r in dask_engine(client)(tasks, str(d))]
    [(0, 1, 1)]
    """
    distributed = require("distributed")

    def engine(tasks: Iterator[Task], outdir: str) -> Iterator[tuple[Task, PartResult]]:
        size = window or 2 * max(1, sum(client.nthreads().values()))
        done = distributed.as_completed()
        pending: dict[str, Task] = {}

        def submit() -> bool:
            for part, digest in tasks:
                fut = client.submit(
                    run_partition, part.index, part.docs, part.wheres, outdir, pure=False
                )
                part.docs, part.wheres = [], []  # now held by the cluster
                pending[fut.key] = (part, digest)
                done.add(fut)
                return True
            return False

        for _ in range(size):
            if not submit():
                break
        for fut in done:
            result = fut.result()
            task = pending.pop(fut.key)
            fut.release()
            submit()
            yield task, result

    return engine
