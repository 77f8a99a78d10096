"""Measure rules of the eighth English tuning round: what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case, with its URL); the expected measure is that record's gold, which follows the
written guideline of tests/data/DEVSET.md and its round decisions. Each group holds at least one
counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- The singular event nouns govern their object as the plural ones do (the guideline's killed:
# "death", "death toll"; injured): "resulted in the death of 14", "the injury of over 57 others";
# "the toll" alone is a death toll ("The toll in the earthquake ... has reached 3,085").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt7_029: https://gulanmedia.com/en/story/317922/turkish-drone-strikes-hit-civilian-vehicles-in-northeast-syria%27s-hasaka-province
        (
            "These strikes have resulted in the death of 14 individuals and injuries to 15 others, including women and children.",
            "2024-02-28",
            "14",
            "killed",
        ),
        # the injuries right after it keep their own figure
        (
            "These strikes have resulted in the death of 14 individuals and injuries to 15 others, including women and children.",
            "2024-02-28",
            "15",
            "injured",
        ),
        # rt5_026: https://zealnews.africa/en/post/snhr-monthly-report-for-victims-of-extrajudicial-killing-in-syria-4lAL9
        (
            "SNHR also recorded the death of 140 civilians, including 10 children, 15 women, and one victim of death due to torture, in June 2025.",
            None,
            "140",
            "killed",
        ),
        # rt7_361: https://scroll.in/latest/1080953/myanmar-earthquake-toll-crosses-3000?utm_source=rss&utm_medium=public
        (
            "The toll in the earthquake that struck central Myanmar on March 28 has reached 3,085, AFP quoted the country’s military-led government as stating on Thursday.",
            "2025-04-03",
            "3,085",
            "killed",
        ),
        # rt2_250: https://www.nation.ge/index.php?lng=geo&m=5&news_id=26302 (a casualty toll is
        # killed and wounded together)
        (
            "Later, City Mayor Borys Filatov said the casualty toll rose to nine.",
            "2024-04-19",
            "nine",
            "other",
        ),
    ],
)
def test_singular_fate_nouns(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure
