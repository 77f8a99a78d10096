"""``idlibstats data``: rebuild the derived datasets in ``data/`` from the raw files."""

from __future__ import annotations

import argparse
from pathlib import Path

from idlibstats.datasets.builders import build_all


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``idlibstats data`` to ``parser``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        The sub-command's parser.
    """
    parser.add_argument(
        "--out", type=Path, default=None, metavar="DIR",
        help="folder to write into (default: the bundled data/ folder)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Rebuild every derived dataset: UCDP and UNHCR tables, the place gazetteer, the map file.

    Parameters
    ----------
    args : argparse.Namespace
        Parsed options (``out``).

    Returns
    -------
    int
        The exit status, 0.
    """
    for path in build_all(args.out):
        print(f"wrote {path}")
    return 0
