"""Round-22 English measure rules (issue 11): general lexicons and patterns, each with the dev
passage's sentence and a near miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # a move from a place of one country to a place of another crossed a border, whoever
        # the people are (rt19_376, realtext19_dev)
        (
            "An official source said that 115 Iraqi families from al-Hol camp left by bus for "
            "al-Jada'a camp in Iraq's Nineveh Governorate.",
            "115",
            "refugees",
        ),
        # rt19_379 (realtext19_dev)
        (
            "Iraqi National Security Adviser Qassem al-Araji announced in early November that "
            "\u201c1,567 families had been transferred from al-Hol camp and taken to al-Jadaa camp "
            "for rehabilitation.\u201d",
            "1,567",
            "refugees",
        ),
        # rt9_021 (realtext9_dev)
        (
            "150 families which account for around 600 people are set to be brought to Jada-1 "
            "camp near Mosul in Nineveh province from al-Hol camp, the deputy governor said.",
            "150",
            "refugees",
        ),
        # rt19_382 (realtext19_dev): the camp they are held in
        (
            'Iraqi officials first announced the "rehabilitation" of 603 families in Jada\'a '
            "camp, when they finally returned to their areas of origin from al-Hol camp.",
            "603",
            "refugees",
        ),
        # back to their country after leaving a place of another (rt19_378, realtext19_dev)
        (
            "Iraqi security official announced on Sunday that 192 Iraqi families were heading "
            "back to their country after leaving al-Hol camp in northeastern Syria.",
            "192",
            "refugees",
        ),
        # near misses: a move inside one country; a speaker's place is no destination
        (
            "Some 5,000 families were displaced from al-Hol camp to Raqqa last month.",
            "Some 5,000",
            "displaced",
        ),
        (
            "Over the next six months 2.1 million people will have fled to Khartoum, the chief of "
            "mission told reporters in Geneva, speaking from Port Sudan.",
            "2.1 million",
            "displaced",
        ),
        # a repatriation crosses a border by its name, even to a place of the people's own
        # country (rt11_028, realtext11_dev)
        (
            "In May, the Iraqi government repatriated 381 Iraqi refugees from the camp to Nineveh "
            "province's Jed'dah 1 camp, according to a report of USAID.",
            "381",
            "refugees",
        ),
        (
            "Thousands of Iraqi refugees streamed into Nineveh from the camps.",
            "Thousands",
            "displaced",
        ),
        # the attacks a toll is of are not what its value counts (rt19_001 realtext19_dev,
        # rt18_389 realtext18_dev, rt3_104 realtext3_dev)
        (
            "Kadugli — The list victims of drone attacks on the South Kordofan state capital "
            "Kadugli on Tuesday, has risen to 15, including women and children.",
            "15",
            "killed",
        ),
        (
            "The Center confirmed that the death toll from the coalition's remnants of landmines "
            "and cluster bombs in Hodeidah has risen to 259 since the beginning of this year.",
            "259",
            "killed",
        ),
        # near miss: the attacks counted themselves
        (
            "Drone attacks on the city rose to 30 in March.",
            "30",
            "attacks",
        ),
    ],
)
def test_round22_measures(text, phrase, measure):
    assert _measure(text, phrase) == measure
