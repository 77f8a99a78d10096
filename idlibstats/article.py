"""Articles: the text a figure table points into, with its metadata."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idlibstats.errors import ArticleError, Problem

__all__ = ["Article", "load_article"]

_DATE_KEYS = ("published", "updated")


@dataclass(frozen=True)
class Article:
    """A news article: its text (offsets of figures point into it) and metadata.

    Attributes
    ----------
    text : str
        The body, exactly as in the file (no front matter).
    doc_id : str
        Identifier used in the figure table (the file stem unless the metadata names one).
    published, updated : datetime.date or None
    title, outlet : str or None
    metadata : dict
        Every metadata key as read.
    path : pathlib.Path
    """

    text: str
    doc_id: str
    published: dt.date | None
    updated: dt.date | None
    title: str | None
    outlet: str | None
    metadata: dict[str, Any] = field(repr=False)
    path: Path | None = None

    def __repr__(self) -> str:
        return (
            f"Article(doc_id={self.doc_id!r}, title={self.title!r}, "
            f"published={self.published}, chars={len(self.text)})"
        )


def _parse_front_matter(raw: str, file: str) -> tuple[dict[str, Any], str]:
    lines = raw.split("\n")
    try:
        close = lines.index("---", 1)
    except ValueError:
        raise ArticleError(
            Problem("front matter opened with '---' is never closed", 1, file=file)
        ) from None
    meta: dict[str, Any] = {}
    problems = []
    for n, line in enumerate(lines[1:close], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            problems.append(Problem(f"expected 'key: value', got {line!r}", n, file=file))
            continue
        meta[key.strip()] = value.strip().strip('"')
    if problems:
        raise ArticleError(problems)
    return meta, "\n".join(lines[close + 1 :])


def load_article(
    path: str | Path, doc_id: str | None = None, *, encoding: str = "utf-8"
) -> Article:
    """Read an article and its metadata.

    Metadata comes from a sidecar ``<stem>.meta.json`` beside the file or, failing that, from a
    front-matter header (lines ``key: value`` between two ``---`` lines at the top). Dates
    (``published``, ``updated``) are ISO ``YYYY-MM-DD``.

    Parameters
    ----------
    path : str or Path
        The text file (UTF-8 unless ``encoding`` says otherwise).
    doc_id : str, optional
        Overrides the metadata's ``doc_id`` and the file stem.
    encoding : str
        Text encoding of the file (the sidecar ``.meta.json`` is always UTF-8).

    Returns
    -------
    Article
        Its text and metadata (title, publication date, source).

    Raises
    ------
    ArticleError
        When the file is missing, not in ``encoding`` (the byte is named), empty, or its
        metadata has an unparseable date.

    Examples
    --------
    >>> import idlibstats as s
    >>> from idlibstats._paths import REPO_DIR
    >>> art = s.load_article(REPO_DIR / "seeds" / "000_4e6930046677a3d5.txt")
    >>> art.published
    datetime.date(2020, 1, 29)
    """
    path = Path(path)
    file = str(path)
    if not path.is_file():
        raise ArticleError(Problem("no such file", file=file))
    try:
        raw = path.read_text(encoding=encoding)
    except LookupError:
        raise ArticleError(Problem(f"unknown encoding {encoding!r}", file=file)) from None
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        raise ArticleError(
            Problem(f"not {name} text ({exc.reason} at byte {exc.start})", file=file)
        ) from None
    meta: dict[str, Any] = {}
    side = path.with_name(path.stem + ".meta.json")
    if raw.startswith("---\n"):
        meta, raw = _parse_front_matter(raw, file)
    elif side.is_file():
        try:
            meta = json.loads(side.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ArticleError(
                Problem(f"bad JSON: {exc.msg}", exc.lineno, file=str(side))
            ) from None
        if not isinstance(meta, dict):
            raise ArticleError(
                Problem(f"expected a JSON object, got {type(meta).__name__}", file=str(side))
            )
    if not raw.strip():
        raise ArticleError(Problem("the article has no text", file=file))
    dates: dict[str, dt.date | None] = {}
    problems = []
    for key in _DATE_KEYS:
        value = meta.get(key)
        dates[key] = None
        if value in (None, ""):
            continue
        try:
            dates[key] = dt.date.fromisoformat(str(value))
        except ValueError:
            problems.append(
                Problem(
                    f"{key} {value!r} is not a YYYY-MM-DD date",
                    column=key,
                    file=str(side) if side.is_file() else file,
                )
            )
    if problems:
        raise ArticleError(problems)
    return Article(
        text=raw,
        doc_id=doc_id or str(meta.get("doc_id") or path.stem),
        published=dates["published"],
        updated=dates["updated"],
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        metadata=meta,
        path=path,
    )
