"""``idlibstats extract-corpus SOURCE OUTDIR``: a whole corpus into a Parquet dataset."""

from __future__ import annotations

import argparse
import sys

from idlibstats.corpus.dask import dask_client, dask_engine
from idlibstats.corpus.run import DEFAULT_PARTITION_SIZE, run_corpus
from idlibstats.errors import ExtractionInputError


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the ``extract-corpus`` arguments to the sub-parser ``p``.

    Parameters
    ----------
    p : argparse.ArgumentParser
        The sub-parser of the ``idlibstats`` command line to fill.
    """
    p.add_argument(
        "source",
        help="JSON lines (doc_id, text, optional published a line), a Parquet file or "
        "dataset with those columns, or a folder of .txt articles",
    )
    p.add_argument(
        "outdir",
        help="Parquet dataset folder: one part per input partition, plus _manifest.json "
        "and _failures.jsonl; a rerun skips the parts complete and unchanged",
    )
    p.add_argument(
        "--engine",
        choices=("serial", "dask"),
        default="serial",
        help="serial (this process) or dask (a LocalCluster, or --scheduler); default serial",
    )
    p.add_argument(
        "--workers", type=int, default=None, help="LocalCluster worker processes (default: cores)"
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="address of a running Dask scheduler (implies --engine dask); the workers must "
        "reach OUTDIR",
    )
    p.add_argument(
        "--partition-size",
        type=int,
        default=DEFAULT_PARTITION_SIZE,
        metavar="N",
        help=f"documents a partition and a part file (default {DEFAULT_PARTITION_SIZE:,})",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    """Run ``extract-corpus`` with the parsed ``args``.

    Parameters
    ----------
    args : argparse.Namespace
        The arguments parsed by the sub-parser :func:`add_arguments` filled.

    Returns
    -------
    int
        The exit status: 0 on success, 2 after printing the error to stderr.
    """
    progress = False if args.no_progress else None
    try:
        if args.partition_size < 1:
            raise ExtractionInputError(
                f"--partition-size must be a positive integer, got {args.partition_size}"
            )
        if args.workers is not None and args.workers < 1:
            raise ExtractionInputError(f"--workers must be a positive integer, got {args.workers}")
        if args.engine == "serial" and args.scheduler is None:
            summary = run_corpus(
                args.source, args.outdir, partition_size=args.partition_size, progress=progress
            )
        else:
            with dask_client(args.workers, args.scheduler) as client:
                summary = run_corpus(
                    args.source,
                    args.outdir,
                    engine=dask_engine(client),
                    partition_size=args.partition_size,
                    progress=progress,
                )
    except (ExtractionInputError, ImportError, OSError) as exc:
        print(f"idlibstats extract-corpus: {exc}", file=sys.stderr)
        return 2
    print(summary)
    return 0
