"""Error and warning classes of idlibstats.

Every validation error is a subclass of :class:`ValueError`, so ``except ValueError`` keeps
working for users who do not care which check failed. Errors that collect several problems
(a table or a file with many bad rows) carry them all in ``problems``; the message opens with one sentence saying what is
wrong, then lists the first :data:`MAX_LISTED` problems and says how many more there are
(``... and 31 more``): the full list stays on ``problems``, so a user fixes a file once, not
once per run.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "MAX_LISTED",
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


#: How many problems an error message lists (the rest are counted; all are in ``problems``).
MAX_LISTED = 10


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
        return self.where()

    def where(self, *, file: bool = True) -> str:
        """The problem as text, prefixed with where it is (``file``, ``row``, ``column``)."""
        where = []
        if file and self.file is not None:
            where.append(f"file {self.file}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class ValidationError(ValueError):
    """Base class of errors that report every problem found, not only the first.

    Parameters
    ----------
    problems : list of Problem, Problem or str
        What is wrong: problems, or one problem, or a message.
    what : str, optional
        What was checked, for the default first line (``"3 problems in UCDP GED file x.csv"``).
    summary : str, optional
        The first line of the message: one sentence saying what is wrong (e.g. ``"not a UCDP
        GED file: 0 of 41 required columns found"``). Default: the count of problems.

    Attributes
    ----------
    problems : list of Problem
        Every problem (the message lists the first :data:`MAX_LISTED`).
    summary : str
        The first line of the message.

    Examples
    --------
    >>> err = DataFileError([Problem(f"missing column {i}", file="a.csv") for i in range(12)])
    >>> print(str(err).splitlines()[0], len(err.problems))
    12 problems in data file a.csv: 12
    >>> str(err).splitlines()[-1]
    '  ... and 2 more (all listed in .problems)'
    """

    what = "input"

    def __init__(
        self,
        problems: list[Problem] | Problem | str,
        *,
        what: str | None = None,
        summary: str | None = None,
    ):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        if what is not None:
            self.what = what
        n = len(self.problems)
        files = {p.file for p in self.problems}
        one_file = next(iter(files)) if len(files) == 1 else None
        where = f" {one_file}" if one_file is not None else ""
        if summary is None:
            summary = f"{n} problem{'s' if n != 1 else ''} in {self.what}{where}"
        self.summary = summary
        lines = [f"{summary}:" if n else summary]
        # the file, when the first line names it, is not repeated on every line
        named = one_file is not None and one_file in summary
        lines += [f"  - {p.where(file=not named)}" for p in self.problems[:MAX_LISTED]]
        if n > MAX_LISTED:
            lines.append(f"  ... and {n - MAX_LISTED} more (all listed in .problems)")
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
