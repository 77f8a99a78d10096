"""The base of every estimator result: a frozen dataclass with one confidence convention."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Literal

import pandas as pd

#: The one confidence convention of idlibstats: 95% intervals.
ALPHA = 0.05

Bound = Literal["two-sided", "lower", "upper"]


def _fmt(x: float) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "nan"
    if isinstance(x, float) and math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.4g}"


@dataclass(frozen=True, repr=False)
class Result:
    """An estimate with its interval.

    Attributes
    ----------
    estimate : float
        The point estimate (for a one-sided result, the bound itself when no better value exists).
    lower, upper : float
        Confidence limits at level ``1 - alpha``; ``nan``/``inf`` where the interval is open.
    method : str
        How the interval was computed, e.g. ``"exact Poisson (Garwood)"``.
    alpha : float
        ``0.05`` gives 95% intervals.
    bound : {"two-sided", "lower", "upper"}
        ``"lower"`` means the data only support a lower bound (``upper`` is ``inf``), e.g. a rate
        from a "more than" count.

    Subclasses add fields; ``to_frame()`` and the one-line ``repr`` include them.
    """

    estimate: float
    lower: float
    upper: float
    method: str
    alpha: float = ALPHA
    bound: Bound = "two-sided"

    def __repr__(self) -> str:
        ci = f"{100 * (1 - self.alpha):g}% {'one-sided ' if self.bound != 'two-sided' else ''}CI"
        extra = ", ".join(
            f"{f.name}={_fmt(v) if isinstance(v, float) else repr(v)}"
            for f in dataclasses.fields(self)[6:]
            if f.repr and not isinstance(v := getattr(self, f.name), pd.DataFrame | list | dict)
        )
        tail = f", {extra}" if extra else ""
        return (
            f"{type(self).__name__}(estimate={_fmt(self.estimate)}, {ci} "
            f"[{_fmt(self.lower)}, {_fmt(self.upper)}], bound={self.bound!r}, "
            f"method={self.method!r}{tail})"
        )

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame of the scalar fields (tables and arrays are left out)."""
        row = {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if not isinstance(getattr(self, f.name), pd.DataFrame | pd.Series | list | dict)
        }
        return pd.DataFrame([row])
