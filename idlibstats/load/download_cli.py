"""``idlibstats download NAME [--dest DIR]``: fetch an official UCDP or UNHCR file."""

from __future__ import annotations

import argparse
import sys
import warnings

from idlibstats.errors import DataQualityWarning, DownloadError
from idlibstats.load.download import REGISTRY, download, sha256_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``download`` sub-command's arguments."""
    parser.add_argument("name", nargs="?", help="registry name (see --list), or a file name "
                        "with --url")  # fmt: skip
    parser.add_argument("--dest", help="folder to write to (default: the cache, "
                        "$IDLIBSTATS_CACHE or ~/.cache/idlibstats)")  # fmt: skip
    parser.add_argument("--url", help="download from this https URL instead")
    parser.add_argument("--sha256", help="expected sha256 (hex); a mismatch keeps no file")
    parser.add_argument("--cache-dir", help="cache folder to look in first")
    parser.add_argument("--force", action="store_true", help="download even if present")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--list", action="store_true", help="list the known files and exit")


def run(args: argparse.Namespace) -> int:
    """Run the download; print the path and sha256. Returns 0, or 1 on failure."""
    if args.list:
        for name, r in sorted(REGISTRY.items()):
            print(f"{name}\t{r.url}\n\t{r.description}\n\tlicence: {r.licence}")
        return 0
    if not args.name:
        print(f"idlibstats download: give a NAME ({', '.join(sorted(REGISTRY))}) or --list",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always", DataQualityWarning)
            path = download(args.name, args.dest, url=args.url, sha256=args.sha256,
                            cache_dir=args.cache_dir, force=args.force,
                            progress=False if args.no_progress else None)  # fmt: skip
    except (DownloadError, ValueError) as exc:
        print(f"idlibstats download: {exc}", file=sys.stderr)
        return 1
    for w in said:
        print(f"idlibstats download: warning: {w.message}", file=sys.stderr)
    print(f"{path}\nsha256 {sha256_file(path)}")
    return 0
