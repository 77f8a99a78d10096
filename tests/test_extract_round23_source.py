"""Round-23 English source rules (issue 11, tun23src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- a body's officer named by the body's possessive tells an outlet: the body, as "a
# spokesperson for the body told AFP"; Gaza's civil defence named by a town of the Strip --------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt20_029 (realtext20_dev)
        (
            "Sheikh Abdiasis Abu Musab, al-Shabab’s military operations spokesperson, told Reuters"
            " his fighters killed 12 officers in the raid on the Afgoi police station.",
            "12",
            "al-Shabaab",
        ),
        # rt14_023 (realtext14_dev)
        (
            "“Fifteen people were martyred and more than 20 were injured in this massacre after"
            " midnight in a house where displaced people were living in the town of Jabalia,”"
            " civil defence agency’s spokesman Mahmud Bassal told AFP.",
            "more than 20",
            "Gaza Civil Defence",
        ),
        # written here: the body is the figures' subject, no officer of it tells the outlet
        (
            "A resident told Reuters that al-Shabab’s fighters killed 12 officers in the raid.",
            "12",
            "Reuters",
        ),
    ],
)
def test_owner_officer_told_outlet(text: str, phrase: str, source: str) -> None:
    assert source_of(text, phrase) == source
