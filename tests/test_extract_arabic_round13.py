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


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_007, ar5_112: eleven and twelve in words, alone or inside a compound
        ("قتل اثنا عشر مسلحا في غارات.", {"اثنا عشر": 12.0}),
        ("قتل إحدى عشرة امرأة في القصف.", {"إحدى عشرة": 11.0}),
        ("اعتقل ما لا يقل عن مئتين واثني عشر شخصاً.", {"ما لا يقل عن مئتين واثني عشر": 212.0}),
        # ar6_046: a teen after a hundred
        ("نزح أكثر من مائة وستة عشر ألف شخص.", {"أكثر من مائة وستة عشر ألف": 116000.0}),
        # near misses: "one of" is no number, an ordinal day is no count
        ("قتل أحد العناصر و3 مدنيين.", {"3": 3.0}),
        ("وفي اليوم الحادي عشر قتل 5 أشخاص.", {"5": 5.0}),
    ],
)
def test_eleven_and_twelve_in_words(text: str, expected: dict) -> None:
    assert _fields(text, "value") == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_014: the places a count is shared out over ("توزعوا كالآتي:")
        (
            "ووثق المرصد مقتل 41 مواطنا في اللاذقية، توزعوا كالآتي: 3 في قرية الشراشير، و38 في "
            "الشلفاطية.",
            {"41": "killed", "3": "killed", "38": "killed"},
        ),
        # ar12_020: the dead said to be the count
        ("وأوضح المرصد أنّ المدنيين القتلى هم طفلتان وامرأة.", {"طفلتان": "killed"}),
        ("وأوضح المرصد أن الجرحى هم 5 مدنيين.", {"5": "injured"}),
        # ar12_022: "لقي" before a count, its "مصرعهم" left out; ar9_027: the assassinated
        ("لقي نحو 25 شخصا في اشتباكات عشائرية.", {"نحو 25": "killed"}),
        ("وبلغ عدد من اغتيلوا 438 شخصا.", {"438": "killed"}),
        # near misses: workers said to be a count, "لقي" without a count
        ("وقال إن العمال هم 5 أشخاص.", {"5": "other"}),
        ("لقي القرار ترحيبا من 5 دول.", {"5": "other"}),
    ],
)
def test_fates_said_and_shared_out(text: str, expected: dict) -> None:
    assert _fields(text, "measure") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # feminine and plural forms of the fates, the perished, the slaughtered
        ("توفيت 5 نساء جراء القصف.", {"5": "killed"}),
        ("هلك 30 مهاجرا في الصحراء.", {"30": "killed"}),
        ("يموت 12 طفلا يوميا بسبب الجوع.", {"12": "killed"}),
        ("نقلت 5 مصابات إلى المستشفى.", {"5": "injured"}),
        ("وصلت 300 نازحة إلى المخيم.", {"300": "displaced"}),
        ("وصلت 300 لاجئة إلى الحدود.", {"300": "refugees"}),
        # near miss (ar4_153): cases suspected of the disease are no wounded
        ("وسجلت 565 حالة يشتبه في إصابتها بالوباء.", {"565": "other"}),
    ],
)
def test_more_fate_words(text: str, expected: dict) -> None:
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_049: a monitor of Yemen's war
        (
            "وكشفت إحصائية صادرة عن المركز الأمريكي للعدالة أنه قتل نحو 2526 من المدنيين.",
            {"نحو 2526": "American Center for Justice"},
        ),
        # ar12_128: a relief body's report
        (
            "ويرى تقريرا لهيئة الإغاثة الإسلامية أنّ أكثر من 4.3 مليون شخص نزحوا داخليا.",
            {"أكثر من 4.3 مليون": "Islamic Relief"},
        ),
        # a Yemeni monitor and a paper of Sudan, by their names
        ("وقالت منظمة مواطنة لحقوق الإنسان إن 12 مدنيا قتلوا.", {"12": "Mwatana"}),
        ("وذكر موقع سودان تربيون أن 12 مدنيا قتلوا.", {"12": "Sudan Tribune"}),
        # near miss: the body as an actor, no reporting word
        ("وزعت هيئة الإغاثة الإسلامية مساعدات على 300 أسرة.", {"300": None}),
        # ar12_105: an outlet told is not the teller (the teller's body is)
        (
            "وقال المدير العام لوزارة الصحة السودانية، في تصريح لـ”سودان تربيون”، إن 12 مدنيا "
            "قتلوا.",
            {"12": "Sudanese Health Ministry"},
        ),
    ],
)
def test_relief_bodies_and_outlets(text: str, expected: dict) -> None:
    assert _fields(text, "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the civil defence in a passage on Gaza is Gaza's (as the English rule)
        (
            "قال الدفاع المدني إن 12 شخصا قتلوا في غارة على مدرسة في مدينة غزة.",
            "Gaza Civil Defence",
        ),
        # near miss: a passage on Syria
        ("قال الدفاع المدني إن 12 شخصا قتلوا في غارة على مدينة إدلب.", "White Helmets"),
    ],
)
def test_civil_defence_of_gaza(text: str, expected: str) -> None:
    assert _fields(text, "source") == {"12": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reporting words: "وبيّن" (also "between") with what was said after it, "على حد قول"
        ("وبيّن المرصد أن 12 مدنيا قتلوا.", {"12": "SOHR"}),
        ("قتل 12 مدنيا، على حد قول المرصد.", {"12": "SOHR"}),
        # an agency that relays a body's figures: the body
        ("قتل 12 مدنيا، بحسب ما نقلته وكالة فرانس برس عن المرصد.", {"12": "SOHR"}),
        # near misses: "بين" as "between"; a site relaying a reporter named before
        ("قتل 12 مدنيا في اشتباكات بين المرصد السوري وقوات النظام.", {"12": None}),
        (
            "وقال المرصد إن 12 مدنيا قتلوا، حسبما نقل موقع أخبار الأمم المتحدة.",
            {"12": "SOHR"},
        ),
    ],
)
def test_reporting_words(text: str, expected: dict) -> None:
    assert _fields(text, "source") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Red Crescent without its country: the passage's country; a bare health ministry
        # only when the passage names its owner (C14, the round-18 gold pass)
        ("قالت وزارة الصحة إن 12 شخصا قتلوا في الخرطوم.", None),
        ("قالت وزارة الصحة في الخرطوم إن 12 شخصا قتلوا.", "Sudanese Health Ministry"),
        ("قالت وزارة الصحة في بنغازي إن 12 شخصا قتلوا.", "Libyan Health Ministry"),
        ("قال الهلال الأحمر إن 12 شخصا قتلوا في الخرطوم.", "Sudanese Red Crescent"),
        ("قال الهلال الأحمر إن 12 شخصا قتلوا في حلب.", "Syrian Arab Red Crescent"),
        # near misses: no country ("مصرع" is no "مصر"), two countries
        ("قالت وزارة الصحة إن 12 شخصا لقوا مصرعهم.", None),
        ("قال الهلال الأحمر إن 12 شخصا قتلوا بين السودان وليبيا.", None),
    ],
)
def test_bodies_of_the_passage_country(text: str, expected: str | None) -> None:
    assert _fields(text, "source") == {"12": expected}


# --- periods ------------------------------------------------------------------------------


def _periods(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    t = rows(text, published)
    return {
        p: (str(a.date()) if a == a else None, str(b.date()) if b == b else None)
        for p, a, b in zip(t["phrase"], t["period_start"], t["period_end"], strict=True)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_005: two years and those between, the years no figures
        (
            "وأحصت منظمة الصحة العالمية 337 هجوماً على مرافق طبية بين العامين 2016 و2019.",
            {"337": ("2016-01-01", "2019-12-31")},
        ),
        ("قتل 50 شخصا من عام 2015 إلى عام 2018.", {"50": ("2015-01-01", "2018-12-31")}),
        # near miss: two bare numbers are a range of counts
        ("نزح بين 2000 و2500 شخص.", {"بين 2000 و2500": (None, None)}),
    ],
)
def test_range_of_years(text: str, expected: dict) -> None:
    assert _periods(text, "2024-12-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_108: a weekday between commas before the count
        ("قُتل، الأربعاء، 15 شخصًا على الأقل جراء قصف مدفعي.", {"15": ("2024-12-11", "2024-12-11")}),
        # near miss: a weekday before a date is read with the date
        ("قتل 5 أشخاص الأحد 8 كانون الأول في قصف.", {"5": ("2024-12-08", "2024-12-08")}),
        # ar12_121: "أول أمس" is the day before yesterday
        (
            "وبلغت حصيلة اول أمس الثلاثاء 59 شهيداً.",
            {"59": ("2024-12-10", "2024-12-10")},
        ),
        ("وبلغت حصيلة أمس 59 شهيداً.", {"59": ("2024-12-11", "2024-12-11")}),
    ],
)
def test_weekday_and_day_before_yesterday(text: str, expected: dict) -> None:
    assert _periods(text, "2024-12-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_137: the Maghreb's month names; a date a statement was issued on, before "أن"
        (
            "أعلنت وزارة الصحة في بيان نشرته عبر صفحتها الرسمية، اليوم الجمعة 31 أوت 2018، أن "
            "الاشتباكات أسفرت عن 39 قتيلاً.",
            {"39": (None, None)},
        ),
        # near miss: a date of the deaths
        ("قتل 39 شخصا في 30 أوت 2018، وفق الوزارة.", {"39": ("2018-08-30", "2018-08-30")}),
        ("قتل 5 أشخاص في 3 جوان 2018.", {"5": ("2018-06-03", "2018-06-03")}),
    ],
)
def test_maghreb_months_and_the_day_said(text: str, expected: dict) -> None:
    assert _periods(text, "2018-08-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar12_064: a brigade's number; ar9_029: the floors of a building
        ("قوة من الفوج الثالث باللواء 56 في الحشد الشعبي قتلت 5 أشخاص.", ["5"]),
        ("وفي حماة انهار مبنى من 8 طوابق وقتل 3 أشخاص.", ["3"]),
        # near miss: a count of floors' dwellers is still a count
        ("وقتل 8 أشخاص في الطوابق العليا.", ["8"]),
    ],
)
def test_brigades_and_floors_are_no_figures(text: str, expected: list) -> None:
    assert rows(text)["phrase"].tolist() == expected
