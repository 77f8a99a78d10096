"""``idlibstats figures``: write every scripted figure of the notebooks."""

from __future__ import annotations

import argparse
from pathlib import Path

from idlibstats.plot import FIGURES, write_figures


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``idlibstats figures`` to ``parser``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        The sub-command's parser.
    """
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("build/figures"),
        help="folder to write into (default: build/figures)",
    )
    parser.add_argument(
        "--format", choices=("png", "svg", "pdf"), default="png", help="file format (default: png)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(FIGURES),
        metavar="NAME",
        help=f"write only these figures (of: {', '.join(FIGURES)})",
    )


def run(args: argparse.Namespace) -> int:
    """Write the figures and list them.

    Parameters
    ----------
    args : argparse.Namespace
        Parsed options (``out``, ``format``, ``only``).

    Returns
    -------
    int
        The exit status, 0.
    """
    paths = write_figures(args.out, args.format, names=args.only)
    for p in paths:
        print(p)
    print(f"{len(paths)} figure(s) written to {args.out}")
    return 0
