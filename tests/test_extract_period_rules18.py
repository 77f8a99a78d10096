"""Period rules of the eighteenth English tuning round (issue 11, helper tun18src).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected periods are the dev gold of those records. Passages "written here" check a rule's
limit (the near miss the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.test_extract_period_rules11 import _periods

# -- the first or last days or weeks of a year or a month ---------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "phrase", "period"),
    [
        # rt17_008 (realtext17_dev)
        (
            "In the first eight days of 2023, more than 2,500 migrants from North Africa landed on"
            " Italian shores, the Ministry of the Interior said today.",
            "2023-01-09",
            "more than 2,500",
            ("2023-01-01", "2023-01-08"),
        ),
        # rt17_073 (realtext17_dev)
        (
            "The General Directorate of Migration (DGM) announces that during the first 2 weeks of"
            " March, it carried out migration control operations during which 2,059 Haitian"
            " nationals were controlled.",
            "2020-03-16",
            "2,059",
            ("2020-03-01", "2020-03-14"),
        ),
        # rt15_099 (realtext15_dev)
        (
            "In the first three days of October alone, there have been more than 7,000.",
            "2022-10-11",
            "more than 7,000",
            ("2022-10-01", "2022-10-03"),
        ),
        # written here: the months keep their own rule
        (
            "In the first three months of 2023, more than 2,500 migrants landed in Italy.",
            "2023-05-01",
            "more than 2,500",
            ("2023-01-01", "2023-03-31"),
        ),
        # written here: more days than the span names keeps the span
        (
            "In the first 40 days of March, more than 2,500 migrants landed in Italy.",
            "2023-05-01",
            "more than 2,500",
            ("2023-03-01", "2023-03-31"),
        ),
    ],
)
def test_first_days_of(
    text: str, published: str, phrase: str, period: tuple[str | None, str | None]
) -> None:
    assert _periods(text, published)[phrase] == period


# -- the year of a comparison's "same period" names no period of its own ------------------------


@pytest.mark.parametrize(
    ("text", "published", "phrase", "period"),
    [
        # rt3_143 (realtext3_dev)
        (
            "Since 01 January 2021, the total number of undocumented returnees from Iran is"
            " 584,249 individuals- a 67% increase over the same period in 2020.",
            None,
            "584,249",
            (None, None),
        ),
        # written here: a whole year compared keeps its year
        (
            "The number of returnees rose to 584,249, against 350,000 in the whole of 2020.",
            None,
            "350,000",
            ("2020-01-01", "2020-12-31"),
        ),
    ],
)
def test_same_period_year(
    text: str, published: str | None, phrase: str, period: tuple[str | None, str | None]
) -> None:
    assert _periods(text, published)[phrase] == period
