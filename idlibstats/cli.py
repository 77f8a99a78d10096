"""The ``idlibstats`` command line: one sub-command per job.

Each sub-command lives in its own module exposing ``add_arguments(parser)`` and
``run(args) -> int``; this file only wires them up.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from idlibstats import __version__

# name -> (module, one-line help)
COMMANDS = {
    "extract": ("idlibstats.extract.cli", "extract reported figures from text files"),
    "data": ("idlibstats.load.cli", "rebuild the derived datasets in data/ from raw files"),
    "download": ("idlibstats.load.download_cli", "download official UCDP/UNHCR files"),
    "figures": ("idlibstats.plot.cli", "write every scripted figure"),
    "report": ("idlibstats.report", "run the main job: tables, figures, notebooks into build/"),
    "extract-corpus": (
        "idlibstats.corpus.cli",
        "extract a whole corpus into a Parquet dataset (resumable; serial or on Dask)",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    """The ``idlibstats`` parser, one sub-parser per command of :data:`COMMANDS`.

    Returns
    -------
    argparse.ArgumentParser
        The parser.
    """
    parser = argparse.ArgumentParser(
        prog="idlibstats",
        description="Reported conflict figures as tidy, sourced, uncertainty-aware tables.",
    )
    parser.add_argument("--version", action="version", version=f"idlibstats {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_) in COMMANDS.items():
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue  # sub-command not built yet
            raise
        p = sub.add_parser(name, help=help_, description=help_)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``idlibstats`` command line.

    Parameters
    ----------
    argv : list of str, optional
        The arguments (default ``sys.argv[1:]``).

    Returns
    -------
    int
        The exit status: the command's, or 2 when no command is given.

    Examples
    --------
    >>> main(["--version"])  # doctest: +SKIP
    idlibstats 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "_run"):
        parser.print_help()
        return 2
    return int(args._run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
