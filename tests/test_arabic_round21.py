"""Round-21 Arabic rules (issue 16): measures.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests._arabic import one

_SPLIT = (
    "وقد أدت هذه الحرب إلى تشريد أكثر من 11 مليون شخص، منهم 3.1 مليون لجأوا إلى دول الجوار"
    " بحثاً عن الأمان."
)
_HOME_PART = (
    "ومنذ بدء النزاع، أُجبر أكثر من 15 مليون شخص على ترك ديارهم، من بينهم 11.58 مليون نازح"
    " داخل السودان، ونحو 4 ملايين لجؤوا عبر الحدود."
)
_CROSSING = "يشهد معبر أرقين حركة كبيرة مع توافد آلاف السودانيين الفارّين من المعارك الجارية."
_CROSSING_HOME = (
    "أعلنت المفوضية عن دخول أكثر من 50 ألف نازح من محافظة الأنبار إلى بغداد عبر معبر"
    " (بزيبز) خلال خمسة أيام."
)
_NEAR = "وقد أدت هذه الحرب إلى تشريد أكثر من 11 مليون شخص، منهم 3.1 مليون طفل."


@pytest.mark.parametrize(
    ("text", "phrase", "measure", "parent"),
    [
        # ar19_370: a part of the displaced gone abroad, the total holds both
        (_SPLIT, "أكثر من 11 مليون", "other", None),
        (_SPLIT, "3.1 مليون", "refugees", None),
        # ar18_310: the part at home beside it stays displaced, with no parent
        (_HOME_PART, "أكثر من 15 مليون", "other", None),
        (_HOME_PART, "11.58 مليون", "displaced", None),
        (_HOME_PART, "نحو 4 ملايين", "refugees", None),
        # near miss: a part named by who they are keeps the total's measure and its parent
        (_NEAR, "أكثر من 11 مليون", "displaced", None),
        (_NEAR, "3.1 مليون", "displaced", 1),
        # ar17_015, ar18_357: people who fled, a border crossing named in their clause
        (_CROSSING, "آلاف", "refugees", None),
        # near miss: the count named as displaced keeps its noun (ar14_098, a crossing at home)
        (_CROSSING_HOME, "أكثر من 50 ألف", "displaced", None),
    ],
)
def test_parts_abroad_and_crossings(
    text: str, phrase: str, measure: str, parent: int | None
) -> None:
    f = one(text, phrase)
    assert f["measure"] == measure
    p = f["parent_figure_id"]
    assert (None if pd.isna(p) else int(p)) == parent
