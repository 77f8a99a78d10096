"""Extraction: reported figures from news text into the figure table.

Pure Python, no model download: numbers, qualifiers, ranges, vague magnitudes, periods,
measures, sub-counts, attribution to canonical sources and Syrian places.

Modules: ``text`` (clean-up, sentences), ``numerals`` (numbers), ``qualifiers`` (bounds,
ranges), ``periods`` (dates, durations), ``measures`` (measure, subject), ``attribution``
(sources), ``figures`` (the pipeline), ``corpus`` (many documents), ``cli`` (the command),
``places`` (gazetteer), ``evaluate`` (scores against the dev set).

Examples
--------
>>> import idlibstats as s
>>> t = s.extract_figures("SOHR said at least 100 people were killed, including 35 children.")
>>> t[["phrase", "qualifier", "measure", "source", "parent_figure_id"]].values.tolist()
[['at least 100', 'at_least', 'killed', 'SOHR', nan], ['35', 'exact', 'killed', 'SOHR', 1.0]]
"""

from idlibstats.extract.attribution import DEFAULT_SOURCES, SourceRegistry
from idlibstats.extract.corpus import extract_corpus
from idlibstats.extract.figures import extract_figures
from idlibstats.extract.places import PlaceMatch, find_places

__all__ = [
    "DEFAULT_SOURCES",
    "PlaceMatch",
    "SourceRegistry",
    "extract_corpus",
    "extract_figures",
    "find_places",
]
