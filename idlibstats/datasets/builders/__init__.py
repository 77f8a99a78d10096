"""Builders of the derived datasets in ``data/``, one module per dataset (``idlibstats data``).

Each reads the raw files in ``../shared/data`` and writes through
:func:`idlibstats.datasets.write_dataset`, so a rebuild from the same inputs gives the same
bytes. Readers (:func:`idlibstats.datasets.load`, :func:`idlibstats.extract.find_places`, the
map) never import this package: it depends on the loaders, never the other way round.

- :mod:`~idlibstats.datasets.builders.ucdp_deaths_monthly`: ``ucdp_deaths_monthly_governorate``,
  ``ucdp_deaths_monthly_district``.
- :mod:`~idlibstats.datasets.builders.unhcr_refugees`: ``unhcr_syrian_refugees_by_asylum``.
- :mod:`~idlibstats.datasets.builders.syria_places`: ``syria_places`` (the place gazetteer).
- :mod:`~idlibstats.datasets.builders.idlib_admin_boundaries`: ``idlib_admin_boundaries`` (the map).
"""

from __future__ import annotations

from pathlib import Path

from idlibstats.datasets.builders import ucdp_deaths_monthly, unhcr_refugees
from idlibstats.datasets.builders._common import COMMAND
from idlibstats.datasets.builders.idlib_admin_boundaries import build_idlib_boundaries
from idlibstats.datasets.builders.syria_places import build_gazetteer
from idlibstats.datasets.builders.ucdp_deaths_monthly import build_ucdp_monthly, ucdp_monthly
from idlibstats.datasets.builders.unhcr_refugees import (
    build_unhcr_refugees,
    unhcr_refugees_by_asylum,
)

__all__ = [
    "COMMAND",
    "DERIVED",
    "build_all",
    "build_gazetteer",
    "build_idlib_boundaries",
    "build_ucdp_monthly",
    "build_unhcr_refugees",
    "ucdp_monthly",
    "unhcr_refugees_by_asylum",
]

#: Names of every dataset :func:`build_all` writes, in that order.
DERIVED = (
    *ucdp_deaths_monthly.DATASETS,
    unhcr_refugees.DATASET,
    "syria_places",
    "idlib_admin_boundaries",
)


def build_all(out_dir: Path | None = None) -> list[Path]:
    """Rebuild every derived dataset from the raw data folder (needs ``../shared/data``).

    Parameters
    ----------
    out_dir : path-like, optional
        Where to write (default the bundled ``data/`` folder).

    Returns
    -------
    list of pathlib.Path
        The CSV files written, in the order of :data:`DERIVED`.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> [p.stem for p in build_all(Path(tempfile.mkdtemp()))] == list(DERIVED)  # doctest: +SKIP
    True
    """
    return [
        *build_ucdp_monthly(out_dir),
        build_unhcr_refugees(out_dir),
        build_gazetteer(out_dir),
        build_idlib_boundaries(out_dir),
    ]
