"""Arabic extraction, round 14: kinds of error of the fresh dev file arabic13_dev (sources).

Each case quotes a short dev passage (file id in a comment; only the text is passed, never the
gold) or is a constructed sentence of the same kind, with a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _fields(text: str, field: str) -> dict:
    t = rows(text)
    return dict(zip(t["phrase"], t[field], strict=True))


_FIRST = "قال المرصد السوري لحقوق الإنسان إن 5 مدنيين قتلوا في قصف على إدلب."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # ar13_016: "he made clear that": the observatory of the sentence before goes on
        ("وأبان أنه قتل خلال الهجوم 51 من جنود النظام.", "SOHR"),
        # ar13_149: "she went on, that"
        ("وتابعت، أنه قتل خلال الهجوم 51 من جنود النظام.", "SOHR"),
        # constructed: "he added, that"
        ("وأردف أن الهجوم قتل 51 من جنود النظام.", "SOHR"),
        # near miss: "affiliated to" opens no speech of the reporter before
        ("وتابع للنظام فصيل قتل 51 من عناصره.", None),
    ],
)
def test_pronoun_reporter_went_on(second: str, expected: str | None) -> None:
    got = _fields(_FIRST + "\n\n" + second, "source")
    assert got["51"] == expected
