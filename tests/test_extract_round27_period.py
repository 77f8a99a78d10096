"""Round-27 English period rules (issue 16), each with its dev passage and a near miss."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tests._english import one


def _day(text: str, phrase: str, published: str) -> tuple:
    row = one(text, phrase, published)
    a, b = row["period_start"], row["period_end"]
    return (None if pd.isna(a) else a.date(), None if pd.isna(b) else b.date())


# rt24_164 (realtext24_dev): "Friday's attack" in the next paragraph dates the ten dead
_RT24_164 = (
    'At least ten soldiers died in an ambush by a group of "armed terrorists" in southwestern '
    "Niger, close to the Mali border, the defence ministry said Saturday.\n\nThe toll from "
    "Friday's attack could rise as 16 people are still missing and 13 soldiers were wounded, a "
    "ministry statement said."
)

# rt24_166 (realtext24_dev): a next sentence with no figure names the day of the attack
_RT24_166 = (
    "NIAMEY, Niger (AP) — Niger’s army says gunmen killed five soldiers and wounded others "
    "during a weekend ambush of a military convoy performing escort duties. No one has claimed "
    "responsibility for Sunday’s attack."
)

# rt23_036 (realtext23_dev): "Monday's attack targeted ..." after a paragraph break
_RT23_036 = (
    "At least 10 people have been killed by a car bomb claimed by al-Shabab in Somalia’s "
    "capital Mogadishu, police have said.\n\nMonday’s attack targeted Khalif Ahmed Ilig, the "
    "Mogadishu security chief."
)

# near miss, rt12_139 (realtext12_dev): "missing after Saturday's attack" is a state after
# the event, the dead of the sentence before stay undated
_RT12_139 = (
    "Niger’s Ministry of Defense says that jihadi rebels attacked a military supply mission in "
    "the West African country’s southwest, killing at least 15 soldiers and injuring seven "
    "others. At least six other soldiers remain missing after Saturday’s attack in the Torodi "
    "area of the Tillaberi region."
)


def test_weekday_possessive_event_dates_sentence_before() -> None:
    day = dt.date(2023, 2, 10)
    assert _day(_RT24_164, "At least ten", "2023-02-12") == (day, day)
    day = dt.date(2023, 4, 9)
    assert _day(_RT24_166, "five", "2023-04-11") == (day, day)
    day = dt.date(2013, 3, 18)
    assert _day(_RT23_036, "At least 10", "2013-03-19") == (day, day)


def test_weekday_possessive_after_event_no_carry() -> None:
    assert _day(_RT12_139, "at least 15", "2021-08-02") == (None, None)
    # and a sentence two away does not carry
    text = _RT24_166.replace(" No one", " The convoy was hit. No one")
    assert _day(text, "five", "2023-04-11") == (None, None)
