"""Datasets bundled with idlibstats: hand-checked and derived tables with their provenance.

Each dataset is ``NAME.csv`` beside a sidecar ``NAME.provenance.json`` in the data folder
(``data/`` in a checkout, ``idlibstats/_data`` in a wheel). The sidecar records what the table
is, where it came from (input files and their sha256), the command that made it, and how to
read it (``parse_dates``, ``schema``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd

from idlibstats._paths import bundled_data_dir, seeds_dir, shared_data_dir, shared_reference_file
from idlibstats.errors import DatasetNotFoundError
from idlibstats.table import coerce_figures, validate_figures

__all__ = [
    "load",
    "names",
    "path",
    "provenance",
    "reference_file",
    "seed_article",
    "write_dataset",
]

#: File name of the seed article (the one that started the project), published 2020-01-29.
SEED_ARTICLE = "000_4e6930046677a3d5.txt"

_SUFFIX = ".provenance.json"


def names() -> list[str]:
    """Names of the bundled datasets, sorted.

    Returns
    -------
    list of str
        Each name can be passed to :func:`load`, :func:`path` and :func:`provenance`.

    Examples
    --------
    >>> import idlibstats as s
    >>> "seed_figures" in s.datasets.names()
    True
    """
    return sorted(p.name[: -len(_SUFFIX)] for p in bundled_data_dir().glob(f"*{_SUFFIX}"))


def seed_article() -> Path:
    """Path of the seed article shipped with the package, wherever it is installed.

    Notebooks and scripts use it instead of a path relative to the working folder, so they run
    from any folder.

    Returns
    -------
    pathlib.Path
        The article's text file (``seeds/000_4e6930046677a3d5.txt`` in a checkout).

    Examples
    --------
    >>> import idlibstats as s
    >>> s.load_article(s.datasets.seed_article()).published.year
    2020
    """
    return seeds_dir() / SEED_ARTICLE


def reference_file(*parts: str) -> Path:
    """Path of a reference file from the shared folder, wherever the notebook or script runs.

    The R reference tables (``../shared/reference/``, or beside ``$IDLIBSTATS_SHARED_DATA``)
    are read from there, never bundled: idlibstats ships only what its own code derived.

    Parameters
    ----------
    *parts : str
        The path below ``reference/``, e.g. ``"mse", "kosovo_4lists.csv"``.

    Returns
    -------
    pathlib.Path
        The file's path.

    Raises
    ------
    SharedDataNotFoundError
        When the shared folder or the file is not there.

    Examples
    --------
    >>> import idlibstats as s
    >>> s.datasets.reference_file("mse", "kosovo_4lists.csv").name  # doctest: +SKIP
    'kosovo_4lists.csv'
    """
    return shared_reference_file(*parts)


def provenance(name: str) -> dict[str, Any]:
    """The provenance record of dataset ``name`` (description, inputs, sha256, command).

    Parameters
    ----------
    name : str
        One of :func:`names`.

    Returns
    -------
    dict
        The sidecar ``NAME.provenance.json`` as read.

    Raises
    ------
    DatasetNotFoundError
        If ``name`` is not bundled.

    Examples
    --------
    >>> import idlibstats as s
    >>> s.datasets.provenance("syria_places")["file"]
    'syria_places.csv'
    """
    side = bundled_data_dir() / f"{name}{_SUFFIX}"
    if not side.exists():
        raise DatasetNotFoundError(
            f"no bundled dataset {name!r}; available: {', '.join(names()) or 'none'}"
        )
    return json.loads(side.read_text(encoding="utf-8"))


def path(name: str) -> Path:
    """Path of the CSV file of dataset ``name``.

    Parameters
    ----------
    name : str
        One of :func:`names`.

    Returns
    -------
    pathlib.Path
        The CSV file, in the bundled data folder.

    Examples
    --------
    >>> import idlibstats as s
    >>> s.datasets.path("seed_figures").name
    'seed_figures.csv'
    """
    meta = provenance(name)
    return bundled_data_dir() / meta.get("file", f"{name}.csv")


def load(name: str) -> pd.DataFrame:
    """Load a bundled dataset as a typed DataFrame; figure tables are validated.

    Parameters
    ----------
    name : str
        One of :func:`names`.

    Returns
    -------
    pandas.DataFrame
        With ``attrs["provenance"]`` holding the provenance record.

    Raises
    ------
    DatasetNotFoundError
        If ``name`` is not bundled.
    FigureTableError
        If a figure table breaks the contract.

    Examples
    --------
    >>> import idlibstats as s
    >>> seed = s.datasets.load("seed_figures")
    >>> seed.loc[seed["qualifier"] == "more_than", "value"].tolist()
    [3500000.0, 1300.0]
    """
    meta = provenance(name)
    file = path(name)
    dtype = meta.get("dtype", {})
    df = pd.read_csv(
        file, dtype=dtype, keep_default_na=False, na_values=meta.get("na_values", [""])
    )
    for col in meta.get("parse_dates", []):
        df[col] = pd.to_datetime(df[col], format="ISO8601")
    if meta.get("schema") == "figures":
        df = validate_figures(coerce_figures(df), file=str(file))
    df.attrs["provenance"] = meta
    return df


def _sha256(file: Path) -> str:
    h = hashlib.sha256()
    with open(file, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_dataset(
    df: pd.DataFrame,
    name: str,
    *,
    description: str,
    inputs: list[Path],
    command: str,
    licence: str,
    out_dir: Path | None = None,
    schema: str | None = None,
    notes: list[str] | None = None,
    dtype: dict[str, str] | None = None,
) -> Path:
    r"""Write a derived dataset and its provenance sidecar, byte-stably.

    The CSV is written with ``\n`` line ends and no index; dates as ISO text. The sidecar
    records each input's path (relative to the raw-data folder when under it), its sha256, the
    command, and the date the content last changed: a rebuild that gives the same bytes keeps the
    old date, so ``make data`` twice changes nothing.

    Parameters
    ----------
    df : pandas.DataFrame
        The table.
    name : str
        The dataset's name: files ``NAME.csv`` and ``NAME.provenance.json``.
    description : str
        What the table is, one or two sentences.
    inputs : list of pathlib.Path
        The raw files it was made from (their sha256 is recorded).
    command : str
        The command that made it.
    licence : str
        Licence and citation of the inputs.
    out_dir : pathlib.Path, optional
        Where to write; the bundled data folder by default.
    schema : str, optional
        ``"figures"`` for a figure table (validated when loaded).
    notes : list of str, optional
        Caveats a user must know (quirks kept, rows left out and why).
    dtype : dict of str to str, optional
        Column types to read it back with.

    Returns
    -------
    pathlib.Path
        The CSV path.

    Examples
    --------
    >>> import tempfile
    >>> import pandas as pd
    >>> out = Path(tempfile.mkdtemp())
    >>> csv = write_dataset(pd.DataFrame({"a": [1, 2]}), "demo", description="Two rows.",
    ...                     inputs=[], command="doctest", licence="CC0", out_dir=out)
    >>> csv.read_text(), json.loads((out / "demo.provenance.json").read_text())["rows"]
    ('a\n1\n2\n', 2)
    """
    out_dir = Path(out_dir) if out_dir is not None else bundled_data_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    csv = out_dir / f"{name}.csv"
    csv.write_text(df.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
    shared = shared_data_dir(required=False)
    records = []
    for p in inputs:
        p = Path(p).resolve()
        shown = str(p)
        if shared is not None and p.is_relative_to(shared.resolve()):
            shown = "shared/data/" + p.relative_to(shared.resolve()).as_posix()
        records.append({"path": shown, "sha256": _sha256(p)})
    side = out_dir / f"{name}{_SUFFIX}"
    digest = _sha256(csv)
    date = dt.date.today().isoformat()
    if side.exists():
        old = json.loads(side.read_text(encoding="utf-8"))
        if old.get("sha256") == digest:
            date = old.get("date", date)
    meta = {
        "name": name,
        "file": csv.name,
        "schema": schema,
        "description": description,
        "inputs": records,
        "command": command,
        "date": date,
        "sha256": digest,
        "rows": len(df),
        "parse_dates": [c for c in df.columns if pd.api.types.is_datetime64_dtype(df[c])],
        "dtype": dtype or {},
        "licence": licence,
        "notes": notes or [],
    }
    side.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return csv
