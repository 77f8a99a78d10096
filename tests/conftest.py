"""Shared fixtures: where the raw data and the seed article are."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from idlibstats._paths import REPO_DIR, shared_data_dir, shared_reference_file
from idlibstats.errors import SharedDataNotFoundError

# Property tests draw the same examples on every run, so CI is reproducible (a fresh example
# search is `pytest --hypothesis-seed=N`); no example database is written into the checkout.
settings.register_profile("idlibstats", derandomize=True, database=None)
settings.load_profile("idlibstats")

SEED_PATH = REPO_DIR / "seeds" / "000_4e6930046677a3d5.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The raw data folder (``../shared/data`` or ``$IDLIBSTATS_SHARED_DATA``).

    CI always has it; elsewhere tests that need it are skipped with the reason.
    """
    path = shared_data_dir(required=False)
    if path is None:
        pytest.skip("raw data folder not found (set IDLIBSTATS_SHARED_DATA)")
    return path


@pytest.fixture(scope="session")
def seed_article():
    from idlibstats import load_article

    return load_article(SEED_PATH)


@pytest.fixture(scope="session")
def idleb_monthly():
    """Bundled monthly UCDP deaths for Idleb governorate (SY07), 2016-01..2019-11, in order."""
    from idlibstats import datasets

    df = datasets.load("ucdp_deaths_monthly_governorate")
    return df[df["adm1_pcode"] == "SY07"].sort_values("period_start").reset_index(drop=True)


@pytest.fixture(scope="session")
def mse_reference() -> Path:
    """The R reference values for multiple systems estimation (``../shared/reference/mse``)."""
    try:
        return shared_reference_file("mse")  # the lookup the notebooks use
    except SharedDataNotFoundError:
        pytest.skip("../shared/reference/mse not found (set IDLIBSTATS_SHARED_DATA)")
