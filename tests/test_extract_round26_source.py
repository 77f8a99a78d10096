"""Round-26 English source rules (issue 11, tun26src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- a named police officer speaks for his country's police, also when he told an outlet (D2:
# an official of a body the passage names by its country; round 9's police officer in Somalia
# -> Somali police; rt13_057's "Police Col." -> Iraqi police); an unnamed one stays anonymous --


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt22_063 (realtext22_dev)
        (
            "“Police were preparing for the 74th anniversary of police day. As they wanted to"
            " start exercise, a suicide bomber came in and blew up himself. We lost 18 police"
            " officers and 15 others were injured,” Muktar Hussein Afrah, Somalia’s deputy police"
            " commander, told reporters at the blast scene.",
            "15",
            "Somali police",
        ),
        # rt23_034 (realtext23_dev): told an outlet, the body and not the outlet (D2)
        (
            "The blast killed the bomber and two civilians and wounded seven others, Abdifatah"
            " Sabriye, a senior police commander in Mogadishu's Waberi district, told Reuters.",
            "seven",
            "Somali police",
        ),
        # rt13_057 (realtext13_dev)
        (
            "A car bomb exploded today outside a public market in the predominantly Shiite"
            " neighbourhood of New Baghdad, police said.\nPolice Col. Hassan Chaloub said four"
            " civilians were killed and 19 injured in the blast.",
            "19",
            "Iraqi police",
        ),
        # rt13_058 (realtext13_dev, its second paragraph): an unnamed police officer is anonymous
        (
            "A police officer, who asked to remain anonymous, said the bombing in northeastern"
            ' Baghdad left "11 dead and 26 wounded".',
            "26",
            None,
        ),
        # written here: an unnamed police officer who told an outlet gives the outlet (C31)
        ("Two were killed in Mogadishu, a police officer told Reuters.", "Two", "Reuters"),
    ],
)
def test_named_police_officer_of_the_country(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
