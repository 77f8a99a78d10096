"""``idlibstats data``: rebuild the derived datasets in ``data/`` from the raw files."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``idlibstats data``."""
    parser.add_argument(
        "--out", type=Path, default=None, metavar="DIR",
        help="folder to write into (default: the bundled data/ folder)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Rebuild the UCDP and UNHCR datasets, then the place gazetteer if that code exists."""
    from idlibstats.load.derive import build_all

    for path in build_all(args.out):
        print(f"wrote {path}")
    try:
        places = importlib.import_module("idlibstats.extract.places")
    except ModuleNotFoundError as exc:
        if not (exc.name and "idlibstats.extract.places".startswith(exc.name)):
            raise
        places = None
    build = getattr(places, "build_gazetteer", None)
    if build is None:
        print("skipped the place gazetteer: idlibstats.extract.places.build_gazetteer not found")
        return 0
    result = build(args.out)  # build_gazetteer(out_dir=None) writes into data/
    if result is not None:
        print(f"wrote {result}")
    return 0
