"""Where the raw shared data and the bundled derived data live."""

from __future__ import annotations

import os
from pathlib import Path

from idlibstats.errors import SharedDataNotFoundError

#: Environment variable naming a folder laid out like ``../shared/data``.
SHARED_DATA_ENV = "IDLIBSTATS_SHARED_DATA"

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def bundled_data_dir() -> Path:
    """Folder of the derived datasets: ``idlibstats/_data`` in a wheel, ``data/`` in a checkout."""
    wheel = PACKAGE_DIR / "_data"
    return wheel if wheel.is_dir() else REPO_DIR / "data"


def seeds_dir() -> Path:
    """Folder of the seed articles: ``idlibstats/_seeds`` in a wheel, ``seeds/`` in a checkout."""
    wheel = PACKAGE_DIR / "_seeds"
    return wheel if wheel.is_dir() else REPO_DIR / "seeds"


def shared_data_dir(required: bool = True) -> Path | None:
    """Folder of the raw datasets (UCDP, UNHCR, OCHA...).

    ``$IDLIBSTATS_SHARED_DATA`` if set, else ``../shared/data`` beside the checkout, else
    ``./shared/data`` or ``../shared/data`` from the working directory.

    Raises
    ------
    SharedDataNotFoundError
        When ``required`` and no such folder exists.
    """
    env = os.environ.get(SHARED_DATA_ENV)
    candidates = [Path(env)] if env else []
    candidates += [
        REPO_DIR.parent / "shared" / "data",
        Path.cwd() / "shared" / "data",
        Path.cwd().parent / "shared" / "data",
    ]
    for c in candidates:
        if c.is_dir():
            return c
    if required:
        raise SharedDataNotFoundError(
            f"raw data folder not found: set {SHARED_DATA_ENV} to a folder laid out like "
            f"shared/data (looked in: {', '.join(str(c) for c in candidates)})"
        )
    return None


def shared_file(*parts: str) -> Path:
    """Path of one raw file, e.g. ``shared_file("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv")``."""
    path = shared_data_dir().joinpath(*parts)
    if not path.exists():
        raise SharedDataNotFoundError(f"{path} does not exist")
    return path


def shared_dir(required: bool = True) -> Path | None:
    """The shared folder (``../shared``): the parent of the raw data folder.

    Raises
    ------
    SharedDataNotFoundError
        When ``required`` and the raw data folder is not found (:func:`shared_data_dir`).
    """
    data = shared_data_dir(required)
    return None if data is None else data.parent


def shared_reference_file(*parts: str) -> Path:
    """Path of one reference file, e.g. ``shared_reference_file("mse", "kosovo_4lists.csv")``.

    Reference values from R live in ``reference/`` beside the raw data folder (``../shared``).
    """
    path = shared_dir().joinpath("reference", *parts)
    if not path.exists():
        raise SharedDataNotFoundError(f"{path} does not exist")
    return path
