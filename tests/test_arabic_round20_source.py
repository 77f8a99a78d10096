"""Round-20 Arabic source rules (issue 16): reporters the registry did not read.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests._arabic import one


def _source(text: str, phrase: str) -> str | None:
    s = one(text, phrase)["source"]
    return None if pd.isna(s) else s


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar18_025, ar14_394: Turkey's migration directorate by its directorate name
        (
            "وبحسب مديرية الهجرة التركية فإن عدد اللاجئين السوريين في تركيا بلغ أكثر من ثلاثة"
            " ملايين لاجئ.",
            "أكثر من ثلاثة ملايين",
            "DGMM",
        ),
        (
            "انخفض عدد السوريين في تركيا إلى حوالي 2.37 مليون، بحسب أحدث البيانات التي أعلنت"
            " من قبل المديرية العامة لإدارة الهجرة التابعة لوزارة الداخلية.",
            "حوالي 2.37 مليون",
            "DGMM",
        ),
        # near miss: an Iraqi province's migration directorate is no DGMM
        (
            "وبحسب مديرية الهجرة والمهجرين في نينوى فإن عدد النازحين بلغ أكثر من ثلاثة آلاف.",
            "أكثر من ثلاثة آلاف",
            None,
        ),
    ],
)
def test_migration_directorate(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar18_333, ar17_122: "النادي" names again the Prisoners' Society named before
        (
            "وأوضح نادي الأسير أن قوات الاحتلال تواصل حملات الاعتقال في الضفة الغربية. وأشار"
            " النادي إلى أن عدد حالات الاعتقال تجاوز 7 آلاف حالة منذ مطلع عام 2025.",
            "تجاوز 7 آلاف",
            "Palestinian Prisoners' Society",
        ),
        # near miss: a club after a monitor is not the monitor
        (
            "وثق المرصد السوري لحقوق الإنسان مقتل 5 أشخاص في إدلب. وأشار النادي إلى أن 40"
            " لاعبا غادروا المدينة.",
            "40",
            None,
        ),
    ],
)
def test_club_said_again(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected
