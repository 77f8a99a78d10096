"""Arabic extraction, round 13: kinds of error of the dev files (measures, sources).

Each case quotes a short dev passage (file id in a comment; only the text is passed, never the
gold) or is a constructed sentence of the same kind, with a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _fields(text: str, field: str) -> dict:
    t = rows(text)
    return dict(zip(t["phrase"], t[field], strict=True))


# --- measures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_134: survivors of a wreck are not its dead
        (
            "وقالت المنظمة إن 64 شخصا نجوا من حادث الغرق من بينهم 29 رجلا.",
            {"64": "other", "29": "other"},
        ),
        # near miss: the drowned of the same wreck are killed
        ("وقالت المنظمة إن 64 شخصا غرقوا في الحادث.", {"64": "killed"}),
    ],
)
def test_survivors_are_other(text: str, expected: dict) -> None:
    assert _fields(text, "measure") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_132: dead or missing counted together
        (
            "أفادت المنظمة الدولية للهجرة بأن 53 مهاجراً لقوا حتفهم أو فُقدوا إثر انقلاب قارب.",
            {"53": "other"},
        ),
        # ar12_135: cases of death and disappearance
        ("وسجلت المنظمة 1046 حالة وفاة واختفاء منذ بداية العام.", {"1046": "other"}),
        # the missing counted by a verb before them
        ("لقي 12 مهاجرا حتفهم وفقد 20 آخرون.", {"12": "killed", "20": "other"}),
        # near misses: "فقد" as "ف" + "قد", lives lost, deaths alone
        ("فقد قتل 5 أشخاص في القصف.", {"5": "killed"}),
        ("وأوضحت الشبكة أن ثمانية وستين مدنياً فقدوا حياتهم.", {"ثمانية وستين": "killed"}),
        ("وسجلت المنظمة 861 حالة وفاة منذ بداية العام.", {"861": "killed"}),
    ],
)
def test_dead_or_missing_is_other(text: str, expected: dict) -> None:
    assert _fields(text, "measure") == expected


# --- sources ------------------------------------------------------------------------------


def test_missing_migrants_project_is_iom() -> None:
    # ar12_133: IOM's Missing Migrants Project
    text = "ووفقاً لمشروع المهاجرين المفقودين، فُقد أكثر من 1300 مهاجر في البحر المتوسط."
    assert _fields(text, "source") == {"أكثر من 1300": "IOM"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_136, ar12_137: a health ministry of a government is the country's ministry
        (
            "أعلنت وزارة الصحة التابعة لحكومة الوفاق الوطني أن الاشتباكات أودت بحياة 5 أشخاص.",
            {"5": "Libyan Health Ministry"},
        ),
        (
            "أعلنت وزارة الصحة بحكومة الوفاق الوطني الليبي في بيان أن الاشتباكات أسفرت عن 39 "
            "قتيلاً.",
            {"39": "Libyan Health Ministry"},
        ),
        # near miss: the government itself
        ("أعلنت حكومة الوفاق الوطني مقتل 5 أشخاص في طرابلس.", {"5": "Libyan government"}),
    ],
)
def test_health_ministry_of_a_government(text: str, expected: dict) -> None:
    assert _fields(text, "source") == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # ar12_112: "she pointed, in a statement on its channel, to a rise": the ministry goes on
        (
            "وأشارت في بيان عبر قناتها الرسمية، صباح الاثنين، إلى ارتفاع العدد الإجمالي إلى 222 "
            "شهيدًا.",
            "Gaza Health Ministry",
        ),
        # near miss: a new speaker of its own points to the rise
        ("وأشار مدير مستشفى الشفاء إلى ارتفاع العدد الإجمالي إلى 222 شهيدًا.", None),
    ],
)
def test_pronoun_reporter_points_to(second: str, expected: str | None) -> None:
    first = "قالت وزارة الصحة الفلسطينية في غزة، إن المستشفيات سجلت 5 حالات وفاة."
    got = _fields(first + "\n\n" + second, "source")
    assert got["222"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_054: an Iraqi province's civil defence is not Syria's White Helmets
        ("أعلنت مديرية الدفاع المدني في محافظة نينوى انتشال 75 جثة من المدينة القديمة.", None),
        # near miss: the civil defence in a Syrian province
        ("أعلن الدفاع المدني في محافظة إدلب انتشال 75 جثة.", "White Helmets"),
    ],
)
def test_civil_defence_of_iraq(text: str, expected: str | None) -> None:
    assert _fields(text, "source") == {"75": expected}
