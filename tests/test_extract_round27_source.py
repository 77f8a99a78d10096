"""Round-27 English source rules (issue 11, tun27src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- D2: an unnamed or unaffiliated teller speaking to an outlet, or anonymous sources who "said
# in an interview with" one, give the outlet, also one the registry does not know; a titled
# officer named in the sentence does not (he speaks for his body) --


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt25_152 (realtext25_dev)
        (
            "Speaking to ARA News, Mohammed al-Hissan, civil rights activist based in the city of"
            " Daraa, reported that the pro-Assad military helicopters targeted residential"
            " neighbourhoods in the city with explosive barrels, killing three civilians from one"
            " family, in addition to the injury of dozens who were transferred to a field"
            " hospital in Da’el.",
            "dozens",
            "ARA News",
        ),
        # rt25_191 (realtext25_dev)
        (
            "Local sources said in an interview with Zaman al-Wasl that four members of the regime"
            " forces were killed on Friday evening, and three others were moderately and"
            " seriously wounded, as a Turkish drone targeted two military vehicles with two"
            ' missiles in the "4km" area north of the city of Manbij.',
            "four",
            "Zaman al-Wasl",
        ),
        # rt20_137 (realtext20_dev)
        (
            "Four security officials, speaking to Reuters on condition of anonymity, said the"
            " attacks also resulted in the deaths of approximately 10 police and security"
            " personnel, as well as 11 civilians, while 24 police officers sustained injuries.",
            "24",
            "Reuters",
        ),
        # near miss, rt3_332 (realtext3_dev): a titled officer speaks, not the outlet
        (
            "Speaking to Shafaq News Agency, department director Diyan Jaafar confirmed that 370"
            " families left the Duhok camps over the past two days.",
            "370",
            None,
        ),
        # near miss, written here: an unknown name without an outlet word may be a person
        (
            "Speaking to Hassan Ali, a resident said that seven civilians were killed.",
            "seven",
            None,
        ),
    ],
)
def test_speaking_to_an_outlet(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
