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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar13_038: the displaced "who used to live in" a camp and went home stay displaced
        (
            "إن (518) نازحاً كانوا يقطنون في مخيم الخازر بمحافظة أربيل عادوا إلى مناطق سكناهم.",
            {"(518)": "displaced"},
        ),
        # ar13_037 (kind): the past residence after a return
        ("تم عودة (803) نازحين كانوا يقطنون في مخيمي هرشم وبحركه.", {"(803)": "displaced"}),
        # near miss: those who live in the camp now are its population
        ("إن 518 نازحا يقطنون في المخيم.", {"518": "population"}),
    ],
)
def test_past_residence_is_no_population(text: str, expected: dict) -> None:
    assert _fields(text, "measure") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar13_060: those who remain refugees in a host country are refugees
        ("ولا يزال نحو 2.4 مليون سوري لاجئين في تركيا.", {"نحو 2.4 مليون": "refugees"}),
        # near miss: those who remain in a city are its population
        ("لا يزال 50 ألف مدني في المدينة.", {"50 ألف": "population"}),
    ],
)
def test_remaining_in_a_host_country(text: str, expected: dict) -> None:
    assert _fields(text, "measure") == expected
