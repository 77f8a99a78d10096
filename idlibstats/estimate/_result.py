"""The base of every estimator result: a frozen dataclass with one confidence convention.

Every result of idlibstats follows one protocol, as statsmodels and lifelines results do:

- the fields ``estimate, lower, upper, method, alpha, bound`` (then whatever the method adds);
- ``summary()``, a **method** returning a DataFrame with one row per estimate or coefficient and
  the columns ``estimate, lower, upper`` first;
- ``to_frame()``, a one-row DataFrame of the scalar fields;
- a one-line ``repr`` (at most :data:`REPR_WIDTH` characters, 4 significant digits with
  trailing zeros kept) and ``_repr_html_``, the summary table with a caption naming the method
  and the level, for Jupyter.
"""

from __future__ import annotations

import dataclasses
import html
import math
import numbers
from dataclasses import dataclass
from typing import Literal

import pandas as pd

#: The one confidence convention of idlibstats: 95% intervals.
ALPHA = 0.05

#: The longest one-line repr of a result.
REPR_WIDTH = 160

Bound = Literal["two-sided", "lower", "upper"]

# Fields that hold tables, arrays or collections: kept out of the one-line repr and to_frame().
_TABLE_TYPES = (pd.DataFrame, pd.Series, list, tuple, dict)


def format_number(x: object, digits: int = 4) -> str:
    """Format a number with ``digits`` significant digits, trailing zeros kept.

    Integers of more than ``digits`` digits are written in full (a count of 1,242 is not
    1.242e+03); very small or very large magnitudes use scientific notation. Integer types
    (a number of periods, of draws) are written as integers.

    Examples
    --------
    >>> format_number(10.0023), format_number(11.16), format_number(1242.25), format_number(0.0)
    ('10.00', '11.16', '1242', '0.000')
    >>> format_number(float("inf")), format_number(float("nan")), format_number(3.5e-7)
    ('inf', 'nan', '3.500e-07')
    >>> format_number(60), format_number(60.0)
    ('60', '60.00')
    """
    if x is None:
        return "None"
    if isinstance(x, numbers.Integral) and not isinstance(x, bool):
        return str(int(x))
    if isinstance(x, bool) or not isinstance(x, int | float):
        try:
            x = float(x)  # numpy scalars
        except (TypeError, ValueError):
            return repr(x)
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0:
        return f"{0:.{digits - 1}f}"
    magnitude = math.floor(math.log10(abs(x)))
    if magnitude >= 15 or magnitude < -4:
        return f"{x:.{digits - 1}e}"
    decimals = max(digits - 1 - magnitude, 0)
    return f"{x:.{decimals}f}"


def estimate_first(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the columns ``estimate, lower, upper`` first, the others in their order.

    The one column order of every ``summary()``.

    Examples
    --------
    >>> t = pd.DataFrame({"model": ["M0"], "upper": [3.0], "estimate": [2.0], "lower": [1.0]})
    >>> list(estimate_first(t).columns)
    ['estimate', 'lower', 'upper', 'model']
    """
    first = ["estimate", "lower", "upper"]
    return table[first + [c for c in table.columns if c not in first]]


@dataclass(frozen=True, repr=False, slots=True)
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

    Subclasses add fields; ``to_frame()`` and ``summary()`` include the scalar ones.

    Examples
    --------
    >>> r = Result(10.57, 10.0023, 11.16, "exact Poisson (Garwood)")
    >>> r
    Result(estimate=10.57, 95% CI [10.00, 11.16], method='exact Poisson (Garwood)')
    >>> r.summary()[["estimate", "lower", "upper"]].round(2).to_dict("records")
    [{'estimate': 10.57, 'lower': 10.0, 'upper': 11.16}]
    """

    estimate: float
    lower: float
    upper: float
    method: str
    alpha: float = ALPHA
    bound: Bound = "two-sided"

    @property
    def level(self) -> str:
        """The confidence level in words: ``"95% CI"`` or ``"95% one-sided CI"``."""
        sided = "one-sided " if self.bound != "two-sided" else ""
        return f"{100 * (1 - self.alpha):g}% {sided}CI"

    def __repr__(self) -> str:
        # Estimate and interval first; then the method's own scalars while they fit, short words
        # (units, model names, notes) before numbers; then the method, cut with an ellipsis
        # where the line would pass REPR_WIDTH.
        text = f"{type(self).__name__}({self._repr_lead()}"
        extras = sorted(
            self._extra_scalars().items(),
            key=lambda item: not (isinstance(item[1], str) and len(item[1]) <= 40),
        )
        method_room = min(len(f", method={self.method!r})"), 60)
        for name, value in extras:
            shown = value if isinstance(value, str) else format_number(value)
            part = f", {name}={shown!r}" if isinstance(value, str) else f", {name}={shown}"
            if len(text) + len(part) + method_room > REPR_WIDTH:
                continue
            text += part
        method = self.method
        room = REPR_WIDTH - len(text) - len(", method=''") - 1
        if len(method) > room:
            method = method[: max(room - 1, 0)] + "…"
        return f"{text}, method={method!r})"

    def _repr_lead(self) -> str:
        """The start of the repr: the estimate and its interval."""
        return (
            f"estimate={format_number(self.estimate)}, {self.level} "
            f"[{format_number(self.lower)}, {format_number(self.upper)}]"
        )

    def _extra_scalars(self) -> dict[str, object]:
        """The subclass's scalar fields (tables, arrays and collections left out)."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)[6:]
            if not isinstance(getattr(self, f.name), _TABLE_TYPES)
            and not hasattr(getattr(self, f.name), "shape")
        }

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame of the scalar fields (tables and arrays are left out)."""
        row = {
            "estimate": self.estimate,
            "lower": self.lower,
            "upper": self.upper,
            "method": self.method,
            "alpha": self.alpha,
            "bound": self.bound,
            **self._extra_scalars(),
        }
        return pd.DataFrame([row])

    def summary(self) -> pd.DataFrame:
        """The result as a table: one row per estimate, ``estimate, lower, upper`` first.

        Results with several estimates (coefficients, segments, models) override this with
        one row each; the first three columns are always ``estimate``, ``lower``, ``upper``.
        """
        return self.to_frame().rename(index={0: type(self).__name__})

    def _repr_html_(self) -> str:
        # Transitional: a few subclasses still expose ``summary`` as a property.
        table = self.summary() if callable(self.summary) else self.summary
        caption = html.escape(f"{type(self).__name__}: {self.method} ({self.level})")
        body = table.to_html(float_format=format_number, na_rep="nan", border=0)
        return body.replace(">", f"><caption>{caption}</caption>", 1)
