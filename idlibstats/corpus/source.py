"""Documents of a corpus, read partition by partition (never the whole corpus at once).

A source is a JSON-lines file (one object a line: ``doc_id``, ``text``, optional
``published``), a Parquet file or dataset (a folder of Parquet files) with those columns, or a
folder of ``.txt`` articles (``doc_id`` from the file name, ``published`` from the article's
metadata). A partition holds the next ``size`` input records; the records that cannot be
documents (a line that is not JSON, a document without text, a ``doc_id`` seen before) are
kept with the partition as failures, each with where it was and why, so nothing is skipped
silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.dataset as pads

from idlibstats.article import load_article
from idlibstats.errors import ArticleError, ExtractionInputError

__all__ = ["Failure", "Partition", "read_partitions", "source_kind"]

#: A document: (doc_id, text, published) with published an ISO string, a date or None.
Document = tuple[str, str, Any]


@dataclass(frozen=True)
class Failure:
    """A document that gave no figure rows because of its input, and why."""

    where: str  # "line 17", "row 3", "file a.txt"
    doc_id: str | None
    reason: str

    def to_dict(self, partition: int) -> dict[str, Any]:
        """The failure as a record of ``partition`` (for ``_failures.jsonl``)."""
        return {
            "partition": partition,
            "where": self.where,
            "doc_id": self.doc_id,
            "reason": self.reason,
        }


@dataclass
class Partition:
    """The documents of input records ``start`` to ``stop - 1`` (0-based) of the source."""

    index: int
    start: int
    stop: int
    unit: str  # what a record is: "line", "row" or "file"
    docs: list[Document] = field(default_factory=list)
    wheres: list[str] = field(default_factory=list)  # where each document is in the source
    failures: list[Failure] = field(default_factory=list)

    @property
    def input_range(self) -> str:
        """The records in words, 1-based and inclusive ("lines 1-1000")."""
        return f"{self.unit}s {self.start + 1}-{self.stop}"

    def digest(self) -> str:
        """SHA-256 of the partition's documents and input failures (what its part depends on)."""
        h = hashlib.sha256()
        for doc_id, text, published in self.docs:
            h.update(f"{len(doc_id)}:{doc_id}{len(text)}:{text}{_iso(published)}\n".encode())
        for f in self.failures:
            h.update(f"!{f.where}\x00{f.doc_id}\x00{f.reason}\n".encode())
        return h.hexdigest()


def _iso(published: Any) -> str:
    if published is None:
        return ""
    if isinstance(published, dt.datetime | dt.date):
        return published.isoformat()
    return str(published)


def source_kind(source: str | Path) -> str:
    """``"jsonl"``, ``"parquet"`` or ``"txt"`` (a folder of .txt files); ExtractionInputError if none.

    Examples
    --------
    >>> source_kind("tests/data/devset.jsonl")
    'jsonl'
    """
    path = Path(source)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ExtractionInputError(f"{path}: no such file or folder")
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".parquet":
        return "parquet"
    if path.is_dir():
        if any(path.glob("*.txt")):
            return "txt"
        if any(path.rglob("*.parquet")):
            return "parquet"
        raise ExtractionInputError(f"{path}: a folder without .txt or .parquet files")
    raise ExtractionInputError(
        f"{path}: not a corpus (expected .jsonl lines, a .parquet file or dataset, "
        "or a folder of .txt files)"
    )


def read_partitions(source: str | Path, size: int) -> Iterator[Partition]:
    r"""Yield the source's partitions of ``size`` input records, in order.

    ``doc_id``\ s must be unique across the whole source: a later record with an id seen
    before is a failure. What is kept across partitions is an 8-byte digest of every id seen
    (8 MB for a million documents), so memory stays flat as the corpus grows; two different
    ids share a digest with probability below 1e-7 for a million documents.

    Parameters
    ----------
    source : str or Path
        JSON lines, a Parquet file or dataset, or a folder of ``.txt`` articles.
    size : int
        Input records per partition (the last may hold fewer).

    Yields
    ------
    Partition
        The documents of ``size`` consecutive records and the failures among them.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> _ = p.write_text('{"doc_id": "a", "text": "12 died."}\nnot json\n')
    >>> [(q.input_range, len(q.docs), [f.reason[:12] for f in q.failures])
    ...  for q in read_partitions(p, 10)]
    [('lines 1-2', 1, ['not a JSON o'])]
    """
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ExtractionInputError(f"partition size must be a positive integer, got {size!r}")
    kind = source_kind(source)
    records = {"jsonl": _jsonl, "parquet": _parquet, "txt": _txt}[kind](Path(source))
    unit = {"jsonl": "line", "parquet": "row", "txt": "file"}[kind]
    seen = _SeenIds()
    batch: list[tuple[str, Document | Failure]] = []
    start = 0
    for where, rec in records:
        batch.append((where, rec))
        if len(batch) == size:
            yield _partition(start // size, start, unit, batch, seen)
            start += size
            batch = []
    if batch:
        yield _partition(start // size, start, unit, batch, seen)


def _partition(
    index: int, start: int, unit: str, batch: list[tuple[str, Any]], seen: _SeenIds
) -> Partition:
    part = Partition(index, start, start + len(batch), unit)
    docs = [(where, rec) for where, rec in batch if not isinstance(rec, Failure)]
    earlier = seen.add([rec[0] for _, rec in docs])
    first: dict[str, str] = {}
    failed = {}
    for (where, rec), old in zip(docs, earlier, strict=True):
        if old:
            failed[where] = Failure(
                where, rec[0], "duplicate doc_id (seen in an earlier partition)"
            )
        elif rec[0] in first:
            failed[where] = Failure(where, rec[0], f"duplicate doc_id (first at {first[rec[0]]})")
        else:
            first[rec[0]] = where
            part.docs.append(rec)
            part.wheres.append(where)
    part.failures = [
        rec if isinstance(rec, Failure) else failed[w]
        for w, rec in batch
        if isinstance(rec, Failure) or w in failed
    ]
    return part


class _SeenIds:
    """Digests of the doc_ids seen so far: sorted uint64 chunks, merged like a binary counter."""

    def __init__(self) -> None:
        self.chunks: list[np.ndarray] = []

    def add(self, ids: list[str]) -> np.ndarray:
        """Add ``ids``; return which of them were seen in an earlier call."""
        digests = np.fromiter(
            (
                int.from_bytes(hashlib.blake2b(i.encode(), digest_size=8).digest(), "little")
                for i in ids
            ),
            dtype=np.uint64,
            count=len(ids),
        )
        old = np.zeros(len(ids), dtype=bool)
        for chunk in self.chunks:
            at = np.minimum(np.searchsorted(chunk, digests), len(chunk) - 1)
            old |= chunk[at] == digests
        if len(digests):
            self.chunks.append(np.unique(digests))
        while len(self.chunks) > 1 and len(self.chunks[-1]) >= len(self.chunks[-2]):
            self.chunks[-2:] = [np.union1d(self.chunks[-2], self.chunks[-1])]
        return old


def _document(where: str, rec: Any) -> Document | Failure:
    """A record (mapping) as a document, or the failure that says why it is not one."""
    if not isinstance(rec, dict):
        return Failure(where, None, f"not a JSON object but {type(rec).__name__}")
    doc_id, text = rec.get("doc_id"), rec.get("text")
    if doc_id is None or (isinstance(doc_id, float) and doc_id != doc_id):
        return Failure(where, None, "no doc_id")
    doc_id = str(doc_id)
    if text is None or (isinstance(text, float) and text != text):
        return Failure(where, doc_id, "document without text")
    if not isinstance(text, str):
        return Failure(where, doc_id, f"text is {type(text).__name__}, not a string")
    published = rec.get("published")
    return doc_id, text, None if published is None or published != published else published


def _jsonl(path: Path) -> Iterator[tuple[str, Document | Failure]]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line_no, line in enumerate(fh, start=1):
            where = f"line {line_no}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, Failure(where, None, f"not a JSON object ({exc.msg})")
                continue
            yield where, _document(where, rec)


_COLUMNS = ("doc_id", "text", "published")


def _parquet(path: Path) -> Iterator[tuple[str, Document | Failure]]:
    try:
        data = pads.dataset(path, format="parquet")
    except (OSError, pa.ArrowException) as exc:
        raise ExtractionInputError(
            f"{path}: not a readable Parquet file or dataset ({exc})"
        ) from None
    missing = [c for c in _COLUMNS[:2] if c not in data.schema.names]
    if missing:
        raise ExtractionInputError(
            f"{path}: a Parquet corpus needs columns doc_id and text; missing {missing}"
        )
    columns = [c for c in _COLUMNS if c in data.schema.names]
    row = 0
    for batch in data.to_batches(columns=columns, batch_size=8192):
        for rec in batch.to_pylist():
            row += 1
            where = f"row {row}"
            yield where, _document(where, rec)


def _txt(path: Path) -> Iterator[tuple[str, Document | Failure]]:
    for file in sorted(path.glob("*.txt")):
        where = f"file {file.name}"
        try:
            art = load_article(file, doc_id=file.stem)
        except ArticleError as exc:
            yield where, Failure(where, file.stem, str(exc).replace("\n", " "))
            continue
        yield where, (art.doc_id, art.text, art.published)
