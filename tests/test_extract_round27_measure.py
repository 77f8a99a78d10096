"""Round-27 English measure rules (issue 11): general patterns and lexicons, each with the dev
passage's sentence and a near miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # the dead buried, the burial after the figure (rt24_009, realtext24_dev)
        (
            "“Over 50 people were buried in Rann on Monday. As it this morning, more dead bodies "
            "have been found; the death toll is over 60 now.”",
            "Over 50",
            "killed",
        ),
        # the burial before the figure (rt20_033, realtext20_dev)
        (
            '"We buried today 32 of them. About 700 to 750 people were also displaced from the '
            'area," he said.',
            "32",
            "killed",
        ),
        # the dead put in a grave (rt19_396, realtext19_dev)
        (
            "“There are thousands of bodies. They put over 250 people in a grave. There’s no "
            'time," Red Crescent paramedic Sarraj bin Taher said.',
            "over 250",
            "killed",
        ),
        # near misses: people buried alive under rubble are trapped, not dead (other)
        (
            "At least 40 people were buried under the rubble of the collapsed building, rescuers "
            "said.",
            "At least 40",
            "other",
        ),
        ("The earthquake buried 30 people under the rubble in the town.", "30", "other"),
        # a figure with its own fate in a "left ... and N injured" list keeps it (rt22_252,
        # realtext22_dev; rt20_305, realtext20_dev)
        (
            "In Tripoli, GNA Ministry of Health has announced that the preliminary casualty "
            "figures of clashes that took place south of Tripoli left 5 dead and 33 others "
            "injured.",
            "5",
            "killed",
        ),
        (
            '"Shells fired... by rebel groups at districts under regime control left 19 dead, '
            'including three children, and 120 wounded," Rami Abdel Rahman, the head of the '
            "UK-based Syrian Observatory for Human Rights, told the AFP news agency.",
            "19",
            "killed",
        ),
        # near miss: a figure with no fate of its own takes the list's ("left ten civilians ...
        # and 27 military personnel dead")
        (
            "The shelling left ten civilians and 27 military personnel injured.",
            "ten",
            "injured",
        ),
    ],
)
def test_round27_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
