"""Corpus scale: many documents through the extractor, serially or on Dask, resumably.

- :func:`extract_dask`: a lazy Dask DataFrame of figures from a Dask DataFrame or bag of
  documents (needs the ``dask`` extra).
- :func:`run_corpus`: a JSON-lines, Parquet or ``.txt`` corpus into a Parquet dataset, one part
  per input partition, skipping the parts already complete (``idlibstats extract-corpus``).
"""

from __future__ import annotations

from idlibstats.corpus.dask import dask_client, dask_engine, extract_dask
from idlibstats.corpus.run import CorpusSummary, run_corpus, serial_engine
from idlibstats.corpus.source import read_partitions

__all__ = [
    "CorpusSummary",
    "dask_client",
    "dask_engine",
    "extract_dask",
    "read_partitions",
    "run_corpus",
    "serial_engine",
]
