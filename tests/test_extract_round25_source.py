"""Round-25 English source rules (issue 11, tun25src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- a bare "Red Cross" is the ICRC only where the passage names the ICRC; else the one national
# society the passage names (C21's reading of "The Red Cross group"), else "Red Cross" as written
# (a body outside the registry, named as the passage names it) ---------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt21_019 (realtext21_dev)
        (
            "The Red Cross said Tuesday it had collected nine more bodies in Bangui, bringing to"
            " 1,240 the number of confirmed deaths from the violence in the Central African"
            " capital since December.",
            "1,240",
            "Red Cross",
        ),
        # rt22_050 (realtext22_dev)
        (
            "At least 14 people have been killed in tit-for-tat sectarian violence in Central"
            " African Republic, a Red Cross official said on Friday.",
            "At least 14",
            "Red Cross",
        ),
        # rt17_037 (realtext17_dev): the national society the passage names
        (
            "At least 347 children have been separated from their parents while fleeing war,"
            " according to Red Cross team leader at the Nyakabande Transit Camp. Abel Nuwamanya"
            " says the Uganda Red Cross has been supporting the reunification process.",
            "At least 347",
            "Uganda Red Cross",
        ),
        # written here: the passage names the ICRC, so "the Red Cross" stays the ICRC
        (
            "The International Committee of the Red Cross (ICRC) opened a field hospital. The"
            " Red Cross said 40 bodies had been recovered.",
            "40",
            "ICRC",
        ),
        # written here: the ICRC by its own name
        (
            "About 40 bodies have been recovered, the International Committee of the Red Cross"
            " said.",
            "About 40",
            "ICRC",
        ),
    ],
)
def test_bare_red_cross(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
