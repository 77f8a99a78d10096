"""Round-23 English period rule (issue 16): the event day carried across a paragraph break when
the sentence names the event again, with the dev passage and a near miss."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tests._english import one


def _day(text: str, phrase: str, published: str) -> tuple:
    row = one(text, phrase, published)
    a, b = row["period_start"], row["period_end"]
    return (None if pd.isna(a) else a.date(), None if pd.isna(b) else b.date())


# rt20_035 (realtext20_dev): "in the aerial attack" names the Tuesday bombing again
_RT20_035 = (
    "Media reports quoting local sources said on Wednesday that a military jet dropped three "
    "bombs on Nyaung Kone village in the northern Sagaing region on Tuesday afternoon.\n\n"
    "According to Ko Zaw Tun, an anti-coup fighter from the village, ten people were killed and "
    "eight wounded in the aerial attack."
)

# rt19_025 (realtext19_dev): "Three of the dead" are the dead of the dated raid
_RT19_025 = (
    "Four people were killed and three others wounded in Jonglei State's Twice East County "
    "following a cattle raid on Mission cattle camp in Kongoor Payam on Wednesday 19, Sudan "
    "Tribune has just learned.\nThree of the dead were cattle raiders and one was a civilian "
    "cattle herder."
)


def test_event_named_again_after_paragraph_break() -> None:
    day = dt.date(2023, 6, 27)
    assert _day(_RT20_035, "ten", "2023-06-29") == (day, day)
    assert _day(_RT20_035, "eight", "2023-06-29") == (day, day)


def test_dead_of_the_event_after_paragraph_break() -> None:
    day = dt.date(2012, 12, 19)
    assert _day(_RT19_025, "Three", "2012-12-21") == (day, day)


def test_no_carry_without_naming_the_event() -> None:
    # near miss: a new paragraph that does not name the event again stays undated
    text = (
        "Four Palestinians were killed on Tuesday in a drone strike in Jenin, the ministry "
        "said.\n\nNine residents were killed and six injured, the governor said."
    )
    assert _day(text, "Nine", "2023-12-14") == (None, None)


def test_no_carry_for_an_attack_on_another_place() -> None:
    # near miss: "the attack on Al-Sibat neighborhood" may be another attack (rt14_060)
    text = (
        "RAMALLAH: Four Palestinians were killed on Tuesday in a drone strike during an Israeli "
        "raid on the occupied West Bank city of Jenin, the health ministry said.\n\nOne other "
        "person was injured in the attack on Al-Sibat neighborhood in the city of Jenin, WAFA "
        "reported."
    )
    assert _day(text, "One", "2023-12-12") == (None, None)
