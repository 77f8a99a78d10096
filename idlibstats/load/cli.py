"""``idlibstats data``: rebuild the derived datasets in ``data/`` from the raw files."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``idlibstats data``."""
    parser.add_argument(
        "--out", type=Path, default=None, metavar="DIR",
        help="folder to write into (default: the bundled data/ folder)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Rebuild every derived dataset: UCDP and UNHCR tables, the place gazetteer, the map file."""
    from idlibstats.extract.places import build_gazetteer
    from idlibstats.load.derive import build_all
    from idlibstats.plot.geo import build_idlib_boundaries

    paths = [*build_all(args.out), build_gazetteer(args.out), build_idlib_boundaries(args.out)]
    for path in paths:
        print(f"wrote {path}")
    return 0
