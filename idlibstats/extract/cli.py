"""``idlibstats extract FILE... [--published DATE] [--format FORMAT] [-o OUT]``.

Reads each file (``-`` is stdin), extracts its figures and writes one table. A file that cannot
be read is reported on stderr and skipped; the others are still processed and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from idlibstats.errors import ArticleError, ExtractionInputError

FORMATS = ("csv", "jsonl", "json", "parquet")
# -o suffix -> format, when --format is not given
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
}

EPILOG = """\
doc_id: each figure's doc_id is the file's metadata doc_id, else the file name without its
suffix ("stdin" for '-'). When an input's doc_id is already taken by an earlier input (two
files a/x.txt and b/x.txt, or the same file given twice), the later one gets "#2", "#3", ...
appended (x, x#2, ...) and a note on stderr says which file got which doc_id.

Output format: --format, else the -o suffix: .csv (CSV), .jsonl or .ndjson (one JSON object
per line), .json (one JSON array of objects), .parquet. Any other suffix needs --format.
Without -o the table goes to standard output as CSV (or --format csv/jsonl/json).
Dates are written YYYY-MM-DD.

Exit codes: 0 all files read; 1 some file could not be read (the others are still written)
or the output could not be written; 2 bad arguments (date, format, output path).
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``extract`` sub-command's arguments to ``parser``."""
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files to read ('-' reads standard input); see doc_id below",
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
        help="output format (default: from the -o suffix, see below; csv on standard output)",
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
    if not path.is_file():
        raise ArticleError("not a regular file")
    try:
        art = load_article(path)
    except ArticleError as exc:
        if "has no text" in str(exc):
            return path.stem, "", published
        raise
    return art.doc_id, art.text, published if published is not None else art.published


def _output_format(fmt: str | None, out: str | None) -> str:
    """The output format; ExtractionInputError (a usage error) when it cannot be told."""
    if fmt is None and out:
        suffix = Path(out).suffix.lower()
        fmt = SUFFIX_FORMATS.get(suffix)
        if fmt is None:
            known = ", ".join(SUFFIX_FORMATS)
            what = f"suffix {suffix!r}" if suffix else "no suffix"
            raise ExtractionInputError(
                f"cannot tell the output format of {out} ({what}); "
                f"name it {known} or give --format {{{','.join(FORMATS)}}}"
            )
    fmt = fmt or "csv"
    if fmt == "parquet" and not out:
        raise ExtractionInputError("--format parquet needs -o OUT")
    if out:
        path = Path(out)
        if path.is_dir():
            raise ExtractionInputError(f"cannot write {out}: it is a folder")
        parent = path.parent
        if not parent.exists():
            raise ExtractionInputError(f"cannot write {out}: folder {parent} does not exist")
        if not parent.is_dir():
            raise ExtractionInputError(f"cannot write {out}: {parent} is not a folder")
    return fmt


def _unique_id(doc_id: str, used: dict[str, str]) -> str:
    """``doc_id``, or ``doc_id#2``, ``doc_id#3``... when it is already in ``used``."""
    if doc_id not in used:
        return doc_id
    n = 2
    while f"{doc_id}#{n}" in used:
        n += 1
    return f"{doc_id}#{n}"


def run(args: argparse.Namespace) -> int:
    """Run ``idlibstats extract``; returns the exit code."""
    from idlibstats.extract.corpus import extract_corpus
    from idlibstats.extract.figures import _as_date

    try:
        fmt = _output_format(args.format, args.output)
        if args.published is not None:
            _as_date(args.published)
    except ExtractionInputError as exc:
        print(f"idlibstats extract: {_one_line(exc)}", file=sys.stderr)
        return 2
    docs = []
    used: dict[str, str] = {}  # doc_id -> the input that got it
    failed = 0
    for name in args.files:
        try:
            doc_id, text, published = _read(name, args.published)
        except (OSError, ArticleError, UnicodeDecodeError) as exc:
            failed += 1
            print(f"idlibstats extract: cannot read {name}: {_one_line(exc)}", file=sys.stderr)
            continue
        unique = _unique_id(doc_id, used)
        if unique != doc_id:
            print(
                f"idlibstats extract: note: doc_id {doc_id!r} is already used by "
                f"{used[doc_id]}; {name} gets doc_id {unique!r}",
                file=sys.stderr,
            )
        used[unique] = name
        docs.append((unique, text, published))
    table = extract_corpus(docs)
    try:
        _write(table, fmt, args.output)
    except OSError as exc:
        print(f"idlibstats extract: cannot write {args.output}: {_one_line(exc)}", file=sys.stderr)
        return 1
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
    elif fmt == "json":
        text = t.to_json(orient="records", force_ascii=False) + "\n"
    else:
        text = t.to_csv(index=False, lineterminator="\n")
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def main(argv: list[str] | None = None) -> int:
    """Run ``idlibstats extract`` with ``argv`` (default: the command line); returns the exit code."""
    parser = argparse.ArgumentParser(prog="idlibstats extract", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
