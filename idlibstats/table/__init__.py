"""The figure table contract: columns, vocabularies, validation."""

from idlibstats.table.bounds import APPROX_BAND, figure_bounds
from idlibstats.table.io import read_figures
from idlibstats.table.schema import (
    COLUMNS,
    MEASURES,
    OPTIONAL_COLUMNS,
    QUALIFIERS,
    UNITS,
    VAGUE_MINIMUM,
    coerce_figures,
    empty_figure_table,
)
from idlibstats.table.validate import figure_table_problems, validate_figures

__all__ = [
    "APPROX_BAND",
    "COLUMNS",
    "MEASURES",
    "OPTIONAL_COLUMNS",
    "QUALIFIERS",
    "UNITS",
    "VAGUE_MINIMUM",
    "coerce_figures",
    "empty_figure_table",
    "figure_bounds",
    "figure_table_problems",
    "read_figures",
    "validate_figures",
]
