"""``idlibstats extract FILE... [--published DATE] [--format csv|jsonl|parquet] [-o OUT]``.

Reads each file (``-`` is stdin), extracts its figures and writes one table. A file that cannot
be read is reported on stderr and skipped; the others are still processed and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from idlibstats.errors import ArticleError, ExtractionInputError

FORMATS = ("csv", "jsonl", "parquet")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``extract`` sub-command's arguments to ``parser``."""
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="text files to read ('-' reads standard input)"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date YYYY-MM-DD (overrides the files' metadata)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from the -o suffix, else csv)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default=None,
        help="output file (default: standard output; parquet needs -o)",
    )


def _read(name: str, published: str | None) -> tuple[str, str, object]:
    """(doc_id, text, published) of one input; raises OSError/ArticleError when unreadable."""
    if name == "-":
        return "stdin", sys.stdin.read(), published
    from idlibstats.article import load_article

    path = Path(name)
    if not path.exists():
        raise ArticleError("no such file")
    if path.is_dir():
        raise ArticleError("is a directory, not a text file")
    try:
        art = load_article(path)
    except ArticleError as exc:
        if "has no text" in str(exc):
            return path.stem, "", published
        raise
    return art.doc_id, art.text, published if published is not None else art.published


def run(args: argparse.Namespace) -> int:
    """Run ``idlibstats extract``; returns the exit code."""
    from idlibstats.extract.corpus import extract_corpus
    from idlibstats.extract.figures import _as_date

    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = suffix if suffix in FORMATS else "csv"
    if fmt == "parquet" and not args.output:
        print("idlibstats extract: --format parquet needs -o OUT", file=sys.stderr)
        return 2
    if args.published is not None:
        try:
            _as_date(args.published)
        except ExtractionInputError as exc:
            print(f"idlibstats extract: {exc}", file=sys.stderr)
            return 2
    docs = []
    failed = 0
    for name in args.files:
        try:
            docs.append(_read(name, args.published))
        except (OSError, ArticleError, UnicodeDecodeError) as exc:
            failed += 1
            print(f"idlibstats extract: cannot read {name}: {_one_line(exc)}", file=sys.stderr)
    table = extract_corpus(docs)
    _write(table, fmt, args.output)
    if failed:
        print(
            f"idlibstats extract: {failed} of {len(args.files)} file(s) could not be read",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _one_line(exc: Exception) -> str:
    if isinstance(exc, ArticleError):
        return "; ".join(p.message for p in exc.problems)
    return " ".join(str(exc).split())


def _write(table: pd.DataFrame, fmt: str, out: str | None) -> None:
    if fmt == "parquet":
        table.to_parquet(out, index=False)
        return
    t = table.copy()
    for c in t.columns:
        if pd.api.types.is_datetime64_dtype(t[c]):
            t[c] = t[c].dt.strftime("%Y-%m-%d")
    if fmt == "jsonl":
        text = t.to_json(orient="records", lines=True, force_ascii=False) if len(t) else ""
        text = text if text.endswith("\n") or not text else text + "\n"
    else:
        text = t.to_csv(index=False, lineterminator="\n")
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="idlibstats extract", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
