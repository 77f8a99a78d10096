"""``idlibstats report``: the main job on the bundled datasets.

Writes into ``--out`` (default ``build/``):

- ``seed_figures.csv``: the hand-checked figure table of the seed article (byte-stable);
- ``figures/*.png``: every scripted figure (the same functions as ``idlibstats figures``);
- ``notebooks/*.ipynb``: every notebook of ``notebooks/`` executed top to bottom;
- ``report/*.html``: those notebooks as HTML.

Needs only the bundled datasets (``idlibstats.datasets``), never the raw ``../shared`` data,
except a notebook that says otherwise in a ``# requires-shared: PATH`` line (a path below
``../shared``, e.g. the R reference tables of notebook 06): without that file the notebook is
skipped, and the report says which file it missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the notebook libraries are the optional ``notebooks`` extra
    from nbformat import NotebookNode

import argparse
import logging
import os
import re
import sys
import tempfile
from pathlib import Path

from idlibstats import datasets
from idlibstats._paths import PACKAGE_DIR, REPO_DIR, shared_dir
from idlibstats.plot import write_figures

#: Where the jupytext percent scripts live (a checkout; a wheel does not ship them).
NOTEBOOK_DIR = REPO_DIR / "notebooks"

#: A notebook's line naming a file below ``../shared`` that it cannot run without.
_REQUIRES = re.compile(r"^# requires-shared: (\S+)\s*$", re.MULTILINE)

#: Seconds any one notebook cell may take.
CELL_TIMEOUT = 300


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``idlibstats report`` to ``parser``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        The sub-command's parser.
    """
    parser.add_argument(
        "--out", type=Path, default=Path("build"), help="output folder (default: build)"
    )
    parser.add_argument(
        "--no-notebooks",
        action="store_true",
        help="write the table and the figures only; do not execute notebooks",
    )
    parser.add_argument(
        "--format",
        choices=("png", "svg", "pdf"),
        default="png",
        help="figure file format (default: png)",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=CELL_TIMEOUT,
        help=f"seconds per notebook cell (default: {CELL_TIMEOUT})",
    )


def write_seed_table(out: Path) -> Path:
    r"""Write the seed figure table as CSV (ISO dates, ``\n`` line ends) and return its path."""
    table = datasets.load("seed_figures")
    path = out / "seed_figures.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        table.to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d"), encoding="utf-8"
    )
    return path


def notebook_paths(folder: Path = NOTEBOOK_DIR) -> list[Path]:
    """The notebooks (jupytext percent scripts ``NN_name.py``) in report order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.py"))


def _quiet_jupyter_env() -> None:
    # Jupyter prints a deprecation note about its path scheme unless told which one to use.
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")


def kernel_env() -> dict[str, str]:
    """Environment of the notebook kernel: this idlibstats first on the path, no noise.

    The kernel imports the same ``idlibstats`` as the running command, installed or not;
    the debugger's note about frozen modules is switched off.
    """
    env = dict(os.environ)
    here = str(PACKAGE_DIR.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env.pop("MPLBACKEND", None)  # the kernel picks its inline backend
    return env


def execute_notebook(
    script: Path, timeout: int = CELL_TIMEOUT, parameters: dict | None = None
) -> NotebookNode:
    """Read a jupytext percent script, run it in a fresh ``python3`` kernel, return the notebook.

    The kernel is the running interpreter's (jupyter_client starts ``sys.executable`` for the
    ``python3`` kernel spec), with the notebook's folder as working directory. ``parameters``
    are injected after the cell tagged ``parameters`` by papermill's ``parameterize_notebook``
    (a cell tagged ``injected-parameters``).

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        When a cell raises; the message names the cell and the error.
    """
    _quiet_jupyter_env()
    # Lazy: the notebook libraries are the optional ``notebooks`` extra, and they read the
    # environment _quiet_jupyter_env() sets when they are imported.
    import jupytext
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    nb = jupytext.read(script)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    if parameters:
        from papermill.parameterize import parameterize_notebook  # lazy: optional extra

        # papermill reads tags from every cell and records the parameters in its metadata
        for cell in nb.cells:
            cell.metadata.setdefault("tags", [])
        nb.metadata.setdefault("papermill", {})
        nb = parameterize_notebook(nb, parameters, kernel_name="python3", language="python")
    # IPC transport (socket files in a private temporary folder), not TCP: ipykernel warns
    # about unencrypted TCP on every start.
    with tempfile.TemporaryDirectory(prefix="idlibstats-kernel-") as tmp:
        km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(tmp) / "kernel"))
        client = NotebookClient(
            nb,
            km=km,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(script.parent)}},
        )
        try:
            client.execute(env=kernel_env(), cwd=str(script.parent))
        finally:  # nbclient leaves a kernel manager it did not create running
            if km.has_kernel:
                km.shutdown_kernel(now=False)
    return nb


def notebook_to_html(nb: NotebookNode) -> str:
    """The executed notebook as a standalone HTML page."""
    from nbconvert import HTMLExporter  # lazy: the optional ``notebooks`` extra

    exporter = HTMLExporter()
    exporter.log.setLevel(logging.ERROR)  # "alternative text is missing" notes on every plot
    body, _ = exporter.from_notebook_node(nb)
    return body


def missing_shared_files(script: Path) -> list[str]:
    """The ``# requires-shared:`` files of a notebook that are not in ``../shared``."""
    shared = shared_dir(required=False)
    needed = _REQUIRES.findall(script.read_text(encoding="utf-8"))
    return [f for f in needed if shared is None or not (shared / f).exists()]


def run_notebooks(out: Path, timeout: int = CELL_TIMEOUT) -> list[tuple[Path, Path]]:
    """Execute every notebook into ``out/notebooks`` and ``out/report``; return the paths.

    A notebook whose ``# requires-shared:`` files are missing is skipped with a message.
    """
    import nbformat  # lazy: the optional ``notebooks`` extra

    written = []
    for script in notebook_paths():
        missing = missing_shared_files(script)
        if missing:
            print(
                f"  skipped {script.name}: it needs {', '.join(missing)} from the shared folder "
                "beside the checkout (../shared, not bundled with idlibstats)",
                flush=True,
            )
            continue
        print(f"  running {script.name} ...", flush=True)
        nb = execute_notebook(script, timeout=timeout)
        ipynb = out / "notebooks" / f"{script.stem}.ipynb"
        html = out / "report" / f"{script.stem}.html"
        ipynb.parent.mkdir(parents=True, exist_ok=True)
        html.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, ipynb)
        html.write_text(notebook_to_html(nb), encoding="utf-8")
        written.append((ipynb, html))
    return written


def run(args: argparse.Namespace) -> int:
    """Write the seed table, the figures and the executed notebooks into ``args.out``.

    Parameters
    ----------
    args : argparse.Namespace
        Parsed options (``out``, ``format``, ``no_notebooks``, ``timeout``).

    Returns
    -------
    int
        The exit status, 0.
    """
    out: Path = args.out
    table = write_seed_table(out)
    print(f"seed figure table: {table}")
    figures = write_figures(out / "figures", args.format)
    print(f"figures ({len(figures)}): {out / 'figures'}")
    for p in figures:
        print(f"  {p}")
    if args.no_notebooks:
        print("notebooks: skipped (--no-notebooks)")
        return 0
    if not notebook_paths():
        print(f"notebooks: none found in {NOTEBOOK_DIR} (run from a checkout)")
        return 0
    written = run_notebooks(out, timeout=args.timeout)
    print(f"notebooks ({len(written)}): {out / 'notebooks'}")
    print(f"HTML report: {out / 'report'}")
    for _, html in written:
        print(f"  {html}")
    return 0


if __name__ == "__main__":
    from idlibstats.cli import main  # script entry only: idlibstats.cli imports this module

    sys.exit(main(["report", *sys.argv[1:]]))
