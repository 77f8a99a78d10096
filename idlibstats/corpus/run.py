"""A whole corpus into a Parquet dataset: one part per input partition, resumable.

``OUTDIR`` holds ``part-00000.parquet``, ``part-00001.parquet``... (the figure table of each
input partition, read together by ``pandas.read_parquet(OUTDIR)``, DuckDB or
:func:`~idlibstats.read_figures`) and two side files whose names start with ``_`` so that
Parquet readers skip them:

- ``_manifest.json``: for each partition, its input range, the SHA-256 of its documents (and of
  the idlibstats version that extracted them), and its counts. A rerun skips the parts that are
  complete and unchanged and recomputes the missing or stale ones.
- ``_failures.jsonl``: one line per document that gave no rows because of its input, with
  where it is in the source and why.

A part is written to a temporary name (``.part-00000.parquet.tmp``, which readers skip) and
renamed when complete; the manifest records it only after the rename. An interrupted run
therefore never leaves a part that looks complete: at worst a part with no manifest entry,
which the next run recomputes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm.auto import tqdm

from idlibstats import __version__
from idlibstats.corpus.source import Document, Failure, Partition, read_partitions
from idlibstats.errors import ExtractionInputError
from idlibstats.extract.attribution import DEFAULT_SOURCES
from idlibstats.extract.build import KINDS, OUTPUT_COLUMNS, FigureColumns
from idlibstats.extract.figures import _as_date, add_document

__all__ = ["CorpusSummary", "extract_partition", "run_corpus"]

MANIFEST = "_manifest.json"
FAILURES = "_failures.jsonl"
DEFAULT_PARTITION_SIZE = 5_000


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _arrow_type(kind: object) -> pa.DataType:
    if isinstance(kind, tuple):
        return pa.dictionary(pa.int8(), pa.string())
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "datetime": pa.timestamp("ns"),
    }[kind]


#: Every part has this schema, even one without rows (so the dataset's parts agree).
ARROW_SCHEMA = pa.schema([(c, _arrow_type(KINDS[c])) for c in OUTPUT_COLUMNS])


def extract_partition(
    docs: Iterable[Document], wheres: Iterable[str]
) -> tuple[pd.DataFrame, list[Failure]]:
    """The figure table of a partition's documents, and the documents that failed.

    A document whose ``published`` is not a date fails alone, with the reason; so does one on
    which the extractor raises (a bug to report, but it must not stop a long run).
    """
    out = FigureColumns()
    failures = []
    for (doc_id, text, published), where in zip(docs, wheres, strict=True):
        try:
            add_document(text, _as_date(published), doc_id, DEFAULT_SOURCES, out)
        except ExtractionInputError as exc:
            failures.append(Failure(where, doc_id, str(exc)))
        except Exception as exc:  # one document's extractor error must not stop the run
            failures.append(Failure(where, doc_id, f"extractor error {type(exc).__name__}: {exc}"))
    return out.table(), failures


def write_part(table: pd.DataFrame, path: Path) -> None:
    """Write ``table`` to ``path`` through a temporary file renamed when complete."""
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(pa.Table.from_pandas(table, schema=ARROW_SCHEMA, preserve_index=False), tmp)
    os.replace(tmp, path)


@dataclass(frozen=True)
class PartResult:
    """What a finished partition reports back (small: no table)."""

    index: int
    documents: int
    figures: int
    failures: list[Failure]


def run_partition(index: int, docs: list[Document], wheres: list[str], outdir: str) -> PartResult:
    """Extract one partition and write its part (runs on a Dask worker or in this process)."""
    table, failures = extract_partition(docs, wheres)
    write_part(table, Path(outdir) / part_name(index))
    return PartResult(index, len(docs) - len(failures), len(table), failures)


#: An engine runs ``run_partition`` on each task and yields (task, result) as they finish.
Task = tuple[Partition, str]
Engine = Callable[[Iterator[Task], str], Iterator[tuple[Task, PartResult]]]


def serial_engine(tasks: Iterator[Task], outdir: str) -> Iterator[tuple[Task, PartResult]]:
    """Run the partitions one after the other in this process.

    Parameters
    ----------
    tasks : iterator of (Partition, str)
        The partitions to extract, each with the digest the manifest records for it.
    outdir : str
        Folder the part files are written to.

    Yields
    ------
    tuple of ((Partition, str), PartResult)
        Each task with what its partition reported, in order.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from idlibstats.corpus import read_partitions, serial_engine
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "c.jsonl").write_text('{"doc_id": "a", "text": "Shelling killed 12 people."}')
    >>> tasks = ((part, "") for part in read_partitions(d / "c.jsonl", 10))
    >>> [(r.index, r.documents, r.figures) for _, r in serial_engine(tasks, str(d))]
    [(0, 1, 1)]
    >>> sorted(p.name for p in d.iterdir())
    ['c.jsonl', 'part-00000.parquet']
    """
    for part, digest in tasks:
        result = run_partition(part.index, part.docs, part.wheres, outdir)
        part.docs, part.wheres = [], []  # the partition's documents are no longer needed
        yield (part, digest), result


@dataclass
class CorpusSummary:
    """What a corpus run did."""

    documents: int = 0
    figures: int = 0
    partitions: int = 0
    written: int = 0
    skipped: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    outdir: str = ""
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [
            f"{self.documents:,} documents, {self.figures:,} figures in {self.partitions} "
            f"partitions ({self.written} written, {self.skipped} skipped: complete and "
            f"unchanged) in {self.seconds:.1f} s -> {self.outdir}",
            *self.notes,
        ]
        if self.failures:
            lines.append(
                f"{len(self.failures)} documents failed (all in {Path(self.outdir) / FAILURES}):"
            )
            lines += [
                f"  {f['where']} ({f['doc_id'] or 'no doc_id'}): {f['reason']}"
                for f in self.failures[:10]
            ]
            if len(self.failures) > 10:
                lines.append(f"  ... and {len(self.failures) - 10} more")
        else:
            lines.append("no document failed")
        return "\n".join(lines)


def _read_manifest(outdir: Path, notes: list[str]) -> dict[str, dict[str, Any]]:
    path = outdir / MANIFEST
    if not path.exists():
        return {}
    try:
        parts = json.loads(path.read_text(encoding="utf-8"))["parts"]
        if not isinstance(parts, dict):
            raise TypeError("parts is not an object")
        return parts
    except (OSError, ValueError, KeyError, TypeError) as exc:
        notes.append(f"{path} is unreadable ({exc}): every partition is recomputed")
        return {}


def _write_json(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _write_manifest(outdir: Path, source: str, size: int, parts: dict[str, Any]) -> None:
    manifest = {
        "format": 1,
        "source": source,
        "partition_size": size,
        "parts": dict(sorted(parts.items(), key=lambda kv: int(kv[0]))),
    }
    _write_json(outdir / MANIFEST, json.dumps(manifest, indent=1))


def run_corpus(
    source: str | Path,
    outdir: str | Path,
    *,
    engine: Engine = serial_engine,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    progress: bool | None = None,
) -> CorpusSummary:
    r"""Extract every document of ``source`` into the Parquet dataset ``outdir``, resumably.

    Parameters
    ----------
    source : str or Path
        JSON lines (``doc_id``, ``text``, optional ``published`` a line), a Parquet file or
        dataset with those columns, or a folder of ``.txt`` articles.
    outdir : str or Path
        The dataset folder (created if missing).
    engine : callable
        :func:`serial_engine` (default) or one from :func:`idlibstats.corpus.dask.dask_engine`.
    partition_size : int
        Input records a partition (and a part file).
    progress : bool, optional
        A progress bar over partitions; None (default): when stderr is a terminal.

    Returns
    -------
    CorpusSummary
        Counts of documents, figures, partitions written and skipped, and the failures.

    Examples
    --------
    >>> import json, tempfile, pathlib, pandas as pd
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [{"doc_id": "a", "text": "At least 12 people were killed."}, {"doc_id": "b"}]
    >>> _ = (d / "news.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    >>> s = run_corpus(d / "news.jsonl", d / "out")
    >>> s.documents, s.figures, s.written, s.failures[0]["reason"]
    (1, 1, 1, 'document without text')
    >>> pd.read_parquet(d / "out")["value"].tolist()
    [12.0]
    >>> run_corpus(d / "news.jsonl", d / "out").skipped
    1
    """
    t0 = time.perf_counter()
    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExtractionInputError(f"cannot create the output folder {outdir}: {exc}") from None
    for tmp in outdir.glob(".*.tmp"):  # left by an interrupted run
        tmp.unlink()
    summary = CorpusSummary(outdir=str(outdir))
    old = _read_manifest(outdir, summary.notes)
    parts: dict[str, dict[str, Any]] = {}
    src = str(source)

    def tasks() -> Iterator[Task]:
        for part in read_partitions(source, partition_size):
            digest = part.digest()
            key = str(part.index)
            entry = old.get(key)
            summary.partitions += 1
            if (
                entry is not None
                and entry.get("sha256") == digest
                and entry.get("idlibstats") == __version__
                and (outdir / part_name(part.index)).exists()
            ):
                parts[key] = entry
                summary.skipped += 1
                continue
            yield part, digest

    bar = None
    if progress is None:
        progress = sys.stderr.isatty()
    if progress:
        bar = tqdm(desc="extract-corpus", unit="part")
    for (part, digest), result in engine(tasks(), str(outdir)):
        parts[str(part.index)] = {
            "file": part_name(part.index),
            "input": part.input_range,
            "start": part.start,
            "stop": part.stop,
            "sha256": digest,
            "idlibstats": __version__,
            "documents": result.documents,
            "figures": result.figures,
            "failures": [f.to_dict(part.index) for f in (*part.failures, *result.failures)],
        }
        summary.written += 1
        _write_manifest(outdir, src, partition_size, parts)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    # parts beyond the end of a source that shrank are stale
    for path in outdir.glob("part-*.parquet"):
        if str(int(path.stem.split("-")[1])) not in parts:
            path.unlink()
    _write_manifest(outdir, src, partition_size, parts)
    ordered = [parts[k] for k in sorted(parts, key=int)]
    summary.documents = sum(e["documents"] for e in ordered)
    summary.figures = sum(e["figures"] for e in ordered)
    summary.failures = [f for e in ordered for f in e["failures"]]
    _write_json(outdir / FAILURES, "".join(json.dumps(f) + "\n" for f in summary.failures))
    summary.seconds = time.perf_counter() - t0
    return summary
