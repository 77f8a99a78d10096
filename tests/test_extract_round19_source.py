"""Round-19 English source rules (issue 11, tun19src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- an officer's frame before the body: "said NAME, a spokesperson for X", "the statement of
# the head of X" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt17_062 (realtext17_dev)
        (
            "\u201cOver 180 migrants are missing after four boats sank last night off the coasts of"
            " Djibouti and Yemen,\u201d said Tamim Eleian, a spokesperson for the IOM.",
            "Over 180",
            "IOM",
        ),
        # written here: a body the speaker only talks about is no frame
        (
            "\u201cOver 180 migrants are missing after four boats sank,\u201d said Tamim Eleian,"
            " a fisherman who once worked near the IOM office.",
            "Over 180",
            None,
        ),
        # rt16_102 (realtext16_dev)
        (
            "According to the statement of the head of the Zaporizhzhia Regional State"
            " Administration Ivan Fedorov, one man has died as a result of the strike.",
            "one",
            "Zaporizhzhia regional administration",
        ),
        # written here: a statement about a head, not by one, is still the body's statement
        (
            "According to the statement of the Zaporizhzhia Regional State Administration, one"
            " man has died as a result of the strike.",
            "one",
            "Zaporizhzhia regional administration",
        ),
    ],
)
def test_officer_frame(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
