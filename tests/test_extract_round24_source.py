"""Round-24 English source rules (issue 11, tun24src): each case names its dev record, or is
"written here" as the near miss the rule must leave alone (DEVSET.md's decisions give its
expected source).
"""

from __future__ import annotations

import pytest

from tests._english import source_of

# -- a speaker's estimate: "X estimates that" reports, as "X says that" (a capital city as its
# country's government, C17; "the agency" as the agency named before, C13); the passive "It is
# estimated that" names no speaker --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt21_316 (realtext21_dev)
        (
            "Amman estimates that it has taken in close to 1.3 million refugees from its war-torn"
            " neighbor since the war in Syria broke out in March 2011.",
            "close to 1.3 million",
            "Jordanian government",
        ),
        # rt11_018 (realtext11_dev)
        (
            "Dhaka estimates that nearly 400,000 Rohingya refugees are living in squalid refugee"
            " camps and makeshift settlements in Cox's Bazar.",
            "nearly 400,000",
            "Bangladeshi government",
        ),
        # rt20_043 (realtext20_dev)
        (
            "Amid the renewed conflict, Rohingya civilians are “increasingly being caught in the"
            " middle”, said the UN Office for the Coordination of Humanitarian Affairs in its"
            " latest report last week.\n\nThe agency estimates that over 350,000 people are"
            " displaced across Rakhine after years of conflict.",
            "over 350,000",
            "OCHA",
        ),
        # written here: the passive is no speaker of its own, so the sentence still goes on
        # with the UN's statement (D1), as before this rule
        (
            "The UN said the camps were full. It is estimated that up to 2,000 people have been"
            " killed in the conflict.",
            "up to 2,000",
            "UN",
        ),
    ],
)
def test_speaker_estimates_that(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- C15 for an unnamed monitor: "..., a war monitor said." then a sentence that opens with the
# monitor by name and has no figure of its own: that monitor; else null ------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt21_307 (realtext21_dev)
        (
            "BEIRUT, Lebanon: At least 1,383 civilians, the vast majority of them Alawites, were"
            " killed in a wave of violence that gripped Syria’s Mediterranean coast, a war monitor"
            " said Wednesday.\n\nThe Syrian Observatory for Human Rights said the civilians were"
            " killed in “executions by security forces and allied groups”.",
            "At least 1,383",
            "SOHR",
        ),
        # rt20_311 (realtext20_dev)
        (
            "Two British soldiers were wounded Saturday in eastern Syria by a missile fired by"
            " Daesh (ISIS) an activist group said.\n\nThe Syrian Observatory for Human Rights said"
            " the pair were part of the U.S.-led coalition fighting the militants.",
            "Two",
            "SOHR",
        ),
        # written here: the next sentence has a figure of its own (C15: the first stays null)
        (
            "At least 21 civilians were killed Thursday in Russian strikes on Aleppo, a monitor"
            " said.\n\nThe Syrian Observatory for Human Rights said 12 of them were children.",
            "At least 21",
            None,
        ),
        # written here (as rt195): no sentence names the monitor
        (
            "At least 21 civilians were killed Thursday in Russian strikes on Aleppo, a monitor"
            " said.\n\nResidents said the strikes went on all night.",
            "At least 21",
            None,
        ),
    ],
)
def test_unnamed_monitor_named_next(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source


# -- a dateline with the city, its country and the date names no source ("MANDERA, Kenya, March
# 2 (Xinhua) --"); an unnamed government official who told an outlet gives the outlet (C31), not
# the government ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt21_005 (realtext21_dev)
        (
            "MANDERA, Kenya, March 2 (Xinhua) -- At least five Kenyan police officers were killed"
            " following a suspected Al-Shabaab attack on two camps in Mandera county in northeast"
            " region early Friday.",
            "At least five",
            None,
        ),
        # rt18_091 (realtext18_dev)
        (
            "KAMPALA, Uganda, January 7 (UNHCR) - The fighting that erupted in South Sudan in"
            " mid-December between government troops and opposition forces has forced more than"
            " 23,500 people to seek shelter in neighbouring Uganda.",
            "more than 23,500",
            None,
        ),
        # written here: the outlet in brackets closing the sentence is its source
        (
            "At least five police officers were killed in Mandera, Kenya, on Friday (Xinhua).",
            "At least five",
            "Xinhua",
        ),
        # rt14_009 (realtext14_dev)
        (
            "ADEN, Yemen, May 14 (Xinhua) -- At least six Yemenis were killed and four others were"
            " injured on Tuesday in artillery shelling launched by the Houthis in Yemen's southern"
            " province of Dhale, a government official told Xinhua.",
            "At least six",
            "Xinhua",
        ),
        # written here: told reporters, no outlet: the sentence's country's government (round 8)
        (
            "At least six Yemenis were killed on Tuesday in Yemen's southern province of Dhale, a"
            " government official told reporters.",
            "At least six",
            "Yemeni government",
        ),
    ],
)
def test_dateline_and_official_told_outlet(text: str, phrase: str, source: str | None) -> None:
    assert source_of(text, phrase) == source
