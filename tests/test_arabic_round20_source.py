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
