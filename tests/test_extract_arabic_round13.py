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
        # ar12_054 (kind): Iraq's civil defence is not Syria's White Helmets
        (
            "أعلن الدفاع المدني في الموصل انتشال 75 جثة من المدينة القديمة.",
            "Mosul Civil Defence Directorate",
        ),
        ("أعلن الدفاع المدني العراقي انتشال 75 جثة من المدينة القديمة.", None),
        # near miss: the civil defence in a Syrian province
        ("أعلن الدفاع المدني في محافظة إدلب انتشال 75 جثة.", "White Helmets"),
    ],
)
def test_civil_defence_of_iraq(text: str, expected: str | None) -> None:
    assert _fields(text, "source") == {"75": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_146: a state's authorities
        (
            "أعلنت سلطات ولاية الخرطوم، الإثنين، مقتل 15 مدنيا وإصابة 61 آخرين في قصف مدفعي.",
            {"15": "Khartoum state government", "61": "Khartoum state government"},
        ),
        # ar12_109: a state's health ministry
        (
            "وأفاد تعميم أصدرته وزارة الصحة بولاية شمال دارفور بأن حصيلة الضحايا بلغت نحو 15 "
            "شهيدًا.",
            {"نحو 15": "North Darfur Health Ministry"},
        ),
        # ar12_148: the emergency rooms of the capital
        (
            "وذكرت غرف الطوارئ في العاصمة السودانية في بيان الأحد، أن هناك 23 حالة وفاة مؤكدة.",
            {"23": "Khartoum Emergency Rooms"},
        ),
        # ar3_063: a town's local authorities
        (
            "وحسب السلطات المحلية في الدبة، فإن هناك أكثر من 4,500 من النازحين.",
            {"أكثر من 4,500": "Al Dabba local authorities"},
        ),
        # ar12_054: a province's civil defence directorate
        (
            "أعلنت مديرية الدفاع المدني في محافظة نينوى اليوم الثلاثاء، انتشال 75 جثة.",
            {"75": "Nineveh Civil Defence Directorate"},
        ),
        # ar11_031: a town's resistance committees
        (
            "وقالت تنسيقية لجان مقاومة الفاشر في بيان إن القصف أدى إلى مقتل 12 شخصا.",
            {"12": "El Fasher Resistance Committees"},
        ),
        # ar12_117 (kind): a governor
        (
            "وقال محافظ جنين في تصريح إن عدد النازحين وصل إلى 21 ألف نازح.",
            {"21 ألف": "Jenin governorate"},
        ),
        # near misses: the place alone, and a Syrian province's civil defence
        ("قتل 15 مدنيا في ولاية الخرطوم.", {"15": None}),
        ("أعلن الدفاع المدني في محافظة إدلب انتشال 75 جثة.", {"75": "White Helmets"}),
    ],
)
def test_local_bodies_by_place(text: str, expected: dict) -> None:
    assert _fields(text, "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_105: "the ministry of health in the state": the state named before
        (
            "وقع الهجوم جنوب غرب مدينة الفاشر، عاصمة ولاية شمال دارفور. وقال المدير العام لوزارة "
            "الصحة بالولاية إن الهجوم أسفر عن مقتل 12 شخصا.",
            "North Darfur Health Ministry",
        ),
        # near miss: no state named before
        ("وقال المدير العام لوزارة الصحة بالولاية إن الهجوم أسفر عن مقتل 12 شخصا.", None),
    ],
)
def test_health_ministry_of_the_state(text: str, expected: str | None) -> None:
    assert _fields(text, "source") == {"12": expected}
