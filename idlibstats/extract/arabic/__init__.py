"""Arabic figure extraction (issue 16), feeding the same figure table as the English engine.

Normalisation, numbers, qualifiers, measures, periods, sources and places in Arabic copy.

:func:`idlibstats.extract_figures` calls it with ``lang="ar"`` or when the script is Arabic.
"""

from idlibstats.extract.arabic.detect import LANGUAGES, detect_language, language_blocks

__all__ = ["LANGUAGES", "detect_language", "language_blocks"]
