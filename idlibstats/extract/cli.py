"""``idlibstats extract FILE... [--published DATE] [--format FORMAT] [-o OUT]``.

Reads each file (``-`` is stdin), extracts its figures and writes one table. A file that cannot
be read is reported on stderr and skipped; the others are still processed and the exit code is 1.
When no file can be read nothing is written (not even a header) and the exit code is 1. An
output file is written to a temporary file beside it and renamed into place, so it is never
left half written. In CSV output, text cells that a spreadsheet would run as a formula (those
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) get a leading ``'``, as
OWASP recommends against CSV injection; ``--no-escape-formulas`` turns that off.
"""

from __future__ import annotations

import argparse
import codecs
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from idlibstats.article import load_article
from idlibstats.errors import ArticleError, ExtractionInputError
from idlibstats.extract.corpus import extract_corpus
from idlibstats.extract.figures import _as_date

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

Encoding: input files are UTF-8 unless --encoding names another (latin-1, cp1252, utf-16...);
a file that does not decode is reported with the byte that does not.

Formulas: in CSV output a text cell starting with =, +, -, @, a tab or a carriage return is
written with a leading ' so that a spreadsheet shows it as text instead of running it
(CSV injection, OWASP); numbers such as -1.5 are not touched. --no-escape-formulas writes
such cells as they are.

Output: -o is written to a temporary file in the same folder, then renamed, so OUT is either
the old file or the complete new one. When no input can be read nothing is written, not even
a header line (on standard output or to OUT).

Exit codes: 0 all files read; 1 some file could not be read (the others are still written),
no file could be read (nothing written) or the output could not be written; 2 bad arguments
(date, format, output path, encoding).
"""

#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
        help="output file (default: standard output; parquet needs -o); written to a temporary "
        "file and renamed",
    )
    parser.add_argument(
        "--encoding",
        default=None,
        help="text encoding of the input files and standard input (default UTF-8)",
    )
    parser.add_argument(
        "--no-escape-formulas",
        dest="escape_formulas",
        action="store_false",
        help="in CSV output, write text cells starting with =, +, -, @, tab or CR as they are "
        "(by default they get a leading ' so spreadsheets do not run them as formulas)",
    )


def _read(name: str, published: str | None, encoding: str | None = None) -> tuple[str, str, object]:
    """(doc_id, text, published) of one input; raises OSError/ArticleError when unreadable."""
    if name == "-":
        if encoding is None:
            return "stdin", sys.stdin.read(), published
        return "stdin", sys.stdin.buffer.read().decode(encoding), published

    path = Path(name)
    if not path.exists():
        raise ArticleError("no such file")
    if path.is_dir():
        raise ArticleError("is a directory, not a text file")
    if not path.is_file():
        raise ArticleError("not a regular file")
    try:
        art = load_article(path, encoding=encoding or "utf-8")
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
    try:
        fmt = _output_format(args.format, args.output)
        if args.published is not None:
            _as_date(args.published)
        if args.encoding is not None:
            _check_encoding(args.encoding)
    except ExtractionInputError as exc:
        print(f"idlibstats extract: {_one_line(exc)}", file=sys.stderr)
        return 2
    docs = []
    used: dict[str, str] = {}  # doc_id -> the input that got it
    failed = 0
    for name in args.files:
        try:
            doc_id, text, published = _read(name, args.published, args.encoding)
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
    if args.files and not docs:
        print(
            f"idlibstats extract: none of the {len(args.files)} input(s) could be read; "
            "nothing written",
            file=sys.stderr,
        )
        return 1
    table = extract_corpus(docs)
    try:
        _write(table, fmt, args.output, escape=getattr(args, "escape_formulas", True))
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


def _check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ExtractionInputError(f"unknown encoding {encoding!r} (--encoding)") from None


def escape_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` safe to open in a spreadsheet.

    Text cells starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return get a
    leading ``'``, so that a spreadsheet opening the CSV shows them as
    text and does not run them as formulas (OWASP, "CSV Injection"). Numeric columns (a
    negative number such as ``-1.5``) are not touched.

    Examples
    --------
    >>> t = pd.DataFrame({"quote": ["=HYPERLINK(1)", "-5 dead", "ok"], "value": [-1.5, 2.0, 3.0]})
    >>> escape_formulas(t).to_dict("list")
    {'quote': ["'=HYPERLINK(1)", "'-5 dead", 'ok'], 'value': [-1.5, 2.0, 3.0]}
    """
    out = table.copy()
    for c in out.columns:
        s = out[c]
        if isinstance(s.dtype, pd.CategoricalDtype) or pd.api.types.is_numeric_dtype(s):
            continue  # vocabularies and numbers are not free text
        if pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s):
            if s.map(_is_formula).any():
                out[c] = s.map(lambda v: "'" + v if _is_formula(v) else v)
    return out


def _is_formula(v: object) -> bool:
    return isinstance(v, str) and v.startswith(FORMULA_STARTS)


def _write(table: pd.DataFrame, fmt: str, out: str | None, *, escape: bool = True) -> None:
    t = table.copy()
    for c in t.columns:
        if pd.api.types.is_datetime64_dtype(t[c]):
            t[c] = t[c].dt.strftime("%Y-%m-%d")
    if fmt == "parquet":
        _replace_atomically(out, lambda tmp: table.to_parquet(tmp, index=False))
        return
    if fmt == "jsonl":
        text = t.to_json(orient="records", lines=True, force_ascii=False) if len(t) else ""
        text = text if text.endswith("\n") or not text else text + "\n"
    elif fmt == "json":
        text = t.to_json(orient="records", force_ascii=False) + "\n"
    else:
        text = (escape_formulas(t) if escape else t).to_csv(index=False, lineterminator="\n")
    if out:
        _replace_atomically(out, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    else:
        sys.stdout.write(text)


def _replace_atomically(out: str, write: Callable[[Path], object]) -> None:
    """``write(tmp)`` to a temporary file beside ``out``, then rename it to ``out``.

    On any failure the temporary file is removed and ``out`` is left as it was.
    """
    path = Path(out)
    # a name no other process uses (not mkstemp: its file would keep mode 0600 once renamed)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    """Run ``idlibstats extract`` with ``argv`` (default: the command line); returns the exit code."""
    parser = argparse.ArgumentParser(prog="idlibstats extract", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
