"""Extraction over many documents, with a progress bar on long runs."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

import pandas as pd

from idlibstats.errors import ExtractionInputError
from idlibstats.extract.attribution import DEFAULT_SOURCES, SourceRegistry
from idlibstats.extract.build import FigureColumns
from idlibstats.extract.figures import _as_date, add_document

__all__ = ["extract_corpus"]

_AUTO_PROGRESS_MIN = 50


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

    Returns
    -------
    pandas.DataFrame
        The figure tables of all documents, concatenated and validated.

    Raises
    ------
    ExtractionInputError
        Naming the document that is not text or has a bad ``published`` date.

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
    if progress is None:
        progress = len(items) > _AUTO_PROGRESS_MIN and sys.stderr.isatty()
    it: Iterable[tuple[str, str, Any]] = _docs(items)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(items), desc="extract", unit="doc")
    if sources is not None and not isinstance(sources, SourceRegistry):
        raise ExtractionInputError(
            f"sources must be a SourceRegistry, got {type(sources).__name__}"
        )
    registry = sources or DEFAULT_SOURCES
    out = FigureColumns()
    for doc_id, text, published in it:
        if not isinstance(text, str):
            raise ExtractionInputError(
                f"document {doc_id!r}: text must be a str, got {type(text).__name__}"
            )
        try:
            pub = _as_date(published)
        except ExtractionInputError as exc:
            raise ExtractionInputError(f"document {doc_id!r}: {exc}") from None
        add_document(text, pub, doc_id, registry, out)
    return out.table()
