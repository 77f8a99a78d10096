"""Refusals and warnings shared by the multiple systems estimators.

Each rule lives here once: how many lists an estimator needs, what an empty list is, when a
pairwise overlap is too sparse to lean on.
"""

from __future__ import annotations

import warnings
from itertools import combinations

import numpy as np

from idlibstats.errors import EstimatorInputError, StatisticalWarning
from idlibstats.estimate._checks import check_alpha  # the one alpha rule of the estimators

__all__ = ["MIN_LISTS", "SPARSE_OVERLAP", "check_alpha", "check_estimable", "warn_sparse"]

#: Fewer lists than this cannot separate list dependence from the number never listed.
MIN_LISTS = 3

#: A pairwise overlap smaller than this makes every estimate that models the pair unstable.
SPARSE_OVERLAP = 5


def check_estimable(lists: tuple[str, ...], patterns: np.ndarray, counts: np.ndarray, where: str):
    """Refuse fewer than :data:`MIN_LISTS` lists, nobody recorded and lists with nobody on them.

    Parameters
    ----------
    lists : tuple of str
        List names, in the column order of ``patterns``.
    patterns : ndarray of shape (2**k - 1, k)
        The observable 0/1 capture patterns.
    counts : ndarray of shape (2**k - 1,)
        People with each pattern.
    where : str
        Names the table (or the stratum) in the message.
    """
    if len(lists) < MIN_LISTS:
        raise EstimatorInputError(
            f"{where}: {len(lists)} list(s) {list(lists)}; multiple systems estimation needs at "
            f"least {MIN_LISTS} lists (with two, list dependence cannot be told apart from the "
            "number nobody recorded)"
        )
    if counts.sum() == 0:
        raise EstimatorInputError(f"{where}: nobody is recorded on any list")
    per_list = patterns.T @ counts
    empty = [name for name, c in zip(lists, per_list, strict=True) if c == 0]
    if empty:
        raise EstimatorInputError(
            f"{where}: list(s) {empty} record nobody; drop them (an empty list carries no "
            "information and makes its main effect infinite)"
        )
    n = counts.sum()
    full = [name for name, c in zip(lists, per_list, strict=True) if c == n]
    if full:
        raise EstimatorInputError(
            f"{where}: list(s) {full} hold every recorded person: nobody is seen off them, so "
            "their coverage cannot be told from 100% and the number missing is not identifiable"
        )


def warn_sparse(lists: tuple[str, ...], patterns: np.ndarray, counts: np.ndarray, where: str):
    """:class:`StatisticalWarning` when two lists share fewer than :data:`SPARSE_OVERLAP` people."""
    sparse = []
    for i, j in combinations(range(len(lists)), 2):
        both = int(counts[(patterns[:, i] == 1) & (patterns[:, j] == 1)].sum())
        if both < SPARSE_OVERLAP:
            sparse.append(f"{lists[i]}&{lists[j]}={both}")
    if sparse:
        warnings.warn(
            f"{where}: sparse overlaps ({', '.join(sparse)} people on both lists): the estimate "
            "leans on few matched records, and an interaction for such a pair is barely "
            "estimable; treat the interval as optimistic",
            StatisticalWarning,
            stacklevel=4,  # warn_sparse <- the estimator's per-table helper <- estimator <- user
        )
