"""Multiple systems estimation (capture-recapture over overlapping lists of victims).

Every casualty list is incomplete; overlapping lists tell how many nobody recorded:

- :func:`capture_table`: the overlap table (pattern counts, optionally by stratum);
- :func:`mse_loglinear`: loglinear models (the Rcapture closed-population family and
  hierarchical models with two-way interactions, AIC/BIC selection), profile intervals;
- :func:`mse_bma`: Bayesian model averaging over decomposable graphical models
  (Madigan & York 1997, as in R's dga);
- :func:`mse_latent_class`: a Bayesian latent-class model (Manrique-Vallier 2016, as in R's LCMCR).

Every result is a frozen :class:`~idlibstats.estimate.Result` whose ``estimate`` is the total
population N and whose ``method`` names the assumption the estimate rests on.
"""

from __future__ import annotations

from idlibstats.mse._result import MSEResult
from idlibstats.mse.bma import BMAResult, decomposable_graphs, mse_bma
from idlibstats.mse.latent_class import LatentClassResult, mse_latent_class
from idlibstats.mse.loglinear import LOGLINEAR_MODELS, LoglinearResult, mse_loglinear
from idlibstats.mse.table import CaptureTable, capture_table

__all__ = [
    "BMAResult",
    "CaptureTable",
    "LatentClassResult",
    "LoglinearResult",
    "LOGLINEAR_MODELS",
    "MSEResult",
    "capture_table",
    "decomposable_graphs",
    "mse_bma",
    "mse_latent_class",
    "mse_loglinear",
]
