"""Error and warning classes of idlibstats.

Every validation error is a subclass of :class:`ValueError`, so ``except ValueError`` keeps
working for users who do not care which check failed. Errors that collect several problems
(a table or a file with many bad rows) carry them all in ``problems`` and list them all in the
message: a user fixes a file once, not once per run.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Problem",
    "ValidationError",
    "FigureTableError",
    "ArticleError",
    "DataFileError",
    "DatasetNotFoundError",
    "SharedDataNotFoundError",
    "EstimatorInputError",
    "ExtractionInputError",
    "DownloadError",
    "ChecksumError",
    "IdlibstatsWarning",
    "StatisticalWarning",
    "OverdispersionWarning",
    "ConvergenceWarning",
    "DataQualityWarning",
    "IdlibstatsDeprecationWarning",
]


@dataclass(frozen=True)
class Problem:
    """One problem found in a table or file.

    Parameters
    ----------
    message : str
        What is wrong, in words a user can act on.
    row : int or None
        Row label (DataFrame index) or 1-based line number in ``file``; None for the whole table.
    column : str or None
        Column name; None when the problem is not about one column.
    file : str or None
        Path of the file the row came from, when there is one.
    """

    message: str
    row: object = None
    column: str | None = None
    file: str | None = None

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(f"file {self.file}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class ValidationError(ValueError):
    """Base class of errors that report every problem found, not only the first.

    Attributes
    ----------
    problems : list of Problem
    """

    what = "input"

    def __init__(self, problems: list[Problem] | Problem | str, *, what: str | None = None):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        if what is not None:
            self.what = what
        n = len(self.problems)
        lines = [f"{n} problem{'s' if n != 1 else ''} in {self.what}:"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class FigureTableError(ValidationError):
    """A figure table breaks the contract (columns, dtypes, vocabularies or bounds)."""

    what = "figure table"


class ArticleError(ValidationError):
    """An article file is missing, empty or carries unreadable metadata."""

    what = "article"


class DataFileError(ValidationError):
    """A data file (UCDP, UNHCR, OCHA, HXL, ACLED...) has missing columns or bad values."""

    what = "data file"


class DatasetNotFoundError(ValueError):
    """The name given to ``idlibstats.datasets.load`` is not a bundled dataset."""


class SharedDataNotFoundError(FileNotFoundError):
    """The raw data folder (``IDLIBSTATS_SHARED_DATA`` or ``../shared/data``) cannot be found."""


class EstimatorInputError(ValueError):
    """An estimator got an input it cannot use (negative count, zero exposure, NaN, lower > upper)."""


class ExtractionInputError(ValueError):
    """Extraction got an input it cannot read (not text, bad ``published`` date)."""


class DownloadError(OSError):
    """A download failed; no partial file was left at the destination."""


class ChecksumError(DownloadError, ValueError):
    """A downloaded file does not have the expected sha256; it was not kept."""


class IdlibstatsWarning(UserWarning):
    """Base class of idlibstats warnings."""


class StatisticalWarning(IdlibstatsWarning):
    """A result is computed but a statistical assumption looks doubtful."""


class OverdispersionWarning(StatisticalWarning):
    """Counts vary more than a Poisson model allows; prefer the negative binomial fit."""


class ConvergenceWarning(StatisticalWarning):
    """An iterative fit did not converge; the result may be unreliable."""


class DataQualityWarning(IdlibstatsWarning):
    """A data file has known quirks (reported in a ``quality`` table, never silently dropped)."""


class IdlibstatsDeprecationWarning(DeprecationWarning):
    """An argument or return type is deprecated: it still works for one release, then goes.

    A :class:`DeprecationWarning` (not a ``FutureWarning``), shown by default in ``__main__``,
    notebooks and test runs; the message names the replacement.
    """
