"""Round-19 Arabic rules (issues 11 and 16): sources of bare ministries (C14).

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one, source_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar17_114, ar10_044: a bare health ministry on a Gaza or Lebanon passage is null
        (
            "وارتفعت حصيلة العدوان الإسرائيلي على غزة إلى 68,872 شهيدًا، بحسب بيانات وزارة الصحة.",
            "68,872",
            None,
        ),
        (
            "تزاحم الحرب الإسرائيلية على لبنان إذ بلغ عدد الضحايا وفق وزارة الصحة 3002 قتيلا.",
            "3002",
            None,
        ),
        # ar12_043, ar4_242: the owner said right after the ministry keeps it
        (
            "قصف التحالف محافظة صعدة، مما أدى إلى مقتل 36 مدنيا، بحسب ما أعلنته وزارة الصحة"
            " الخاضعة لسيطرة الحوثيين.",
            "36",
            "Yemen Health Ministry",
        ),
        (
            "قصفت إسرائيل صنعاء في هجمات قالت وزارة الصحة التابعة لجماعة الحوثيين إنها أسفرت عن"
            " مقتل 35 شخصًا.",
            "35",
            "Yemen Health Ministry",
        ),
        # ar2_287: an owner in three words ("لحركة حماس في غزة")
        (
            "أعلنت وزارة الصحة التابعة لحركة حماس في غزة أن 43.799 شخصا على الأقل قتلوا في الحرب.",
            "43.799",
            "Gaza Health Ministry",
        ),
        # ar12_122: the same ministry named with its country in the next sentence
        (
            "استشهد 14 شخصا في غارات على بلدة النبطية جنوب لبنان، وفق وزارة الصحة. وأكدت وزارة"
            " الصحة اللبنانية في بيان ارتفاع الحصيلة.",
            "14",
            "Lebanese Health Ministry",
        ),
    ],
)
def test_bare_health_ministry(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar17_024, ar2_123: a bare migration ministry, no Iraqi owner named: null
        (
            "أعلنت وزارة الهجرة والمهجرين، اليوم الثلاثاء، عن وجود ما يقارب 54 ألف نازح في مخيم"
            " الهول.",
            "ما يقارب 54 ألف",
            None,
        ),
        # ar2_127, ar16_027: its minister, no owner named (an Iraqi family is no owner)
        (
            "وقال وزير الهجرة والمهجرين في بيان إن عدد العوائل العراقية النازحة بلغ 37184 نازحا.",
            "37184",
            None,
        ),
        # ar13_034: the passage names the Iraqi ministry: the bare one takes it
        (
            "وقالت وزارة الهجرة العراقية في بيان إن النازحين عادوا إلى ديارهم. وقالت وزيرة الهجرة"
            " إن مخيم المدينة السياحية يضم 1400 عائلة.",
            "1400",
            "MoMD",
        ),
    ],
)
def test_bare_migration_ministry(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar17_032: a camp the lexicon now knows, named with "مخيم"
        (
            "وتعرض مخيم زمزم للنازحين لقصف مدفعي، اسفر عن مقتل نحو 21 شخصًا وفقا لبيان إدارة"
            " المخيم.",
            "نحو 21",
            "Zamzam camp administration",
        ),
        # ar13_044: a camp named by its own name alone
        (
            "وبحسب إحصائيات إدارة المخيم، يبلغ عدد اللاجئين العراقيين المتبقين داخل الهول نحو 15"
            " ألف شخص.",
            "نحو 15 ألف",
            "al-Hol camp administration",
        ),
        # a camp whose folded name differs from its entry ("الأزرق")
        ("وقالت إدارة المخيم إن 40 عائلة وصلت إلى مخيم الأزرق.", "40", "Azraq camp administration"),
        # near miss: a common word that is a camp's name only after "مخيم" ("الأزرق" = blue)
        ("وقالت إدارة المخيم إن 40 عائلة وصلت إلى البحر الأزرق.", "40", None),
    ],
)
def test_camp_administration(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar10_057: displaced inside and outside the country, no word between: mixed, other
        (
            "ومنظمة الهجرة الدولية أعلنت أن أكثر من 10 ملايين شخص نزحوا داخل وخارج السودان منذ"
            " أبريل 2023.",
            "أكثر من 10 ملايين",
            "other",
        ),
        # ar16_027: a return of families displaced and refugees inside and outside Iraq
        (
            "أعلن الوزير عن عودة عشرات الاف العوائل العراقية النازحة واللاجئة داخل وخارج العراق"
            " إلى مناطقها الأصلية.",
            "عشرات الاف",
            "other",
        ),
        # near miss: displaced inside the country only
        (
            "ومنظمة الهجرة الدولية أعلنت أن أكثر من 10 ملايين شخص نزحوا داخل السودان منذ أبريل"
            " 2023.",
            "أكثر من 10 ملايين",
            "displaced",
        ),
    ],
)
def test_inside_and_outside(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar13_045: Iraqi families leaving al-Hol, a camp in Syria
        (
            "وأفاد المرصد أن 232 عائلة عراقية غادرت اليوم الخميس مخيم الهول جنوبي مدينة الحسكة.",
            "232",
            "refugees",
        ),
        # ar17_024: Iraqis going home from the camp the sentence names
        (
            "وأعلنت الوزارة عن وجود نازحين في مخيم الهول، فيما أكدت عودة 4 آلاف عراقي من هذا"
            " المخيم.",
            "4 آلاف",
            "refugees",
        ),
        # near miss: Syrian families leaving the camp of their own country stay displaced
        (
            "وأفاد المرصد أن 232 عائلة سورية غادرت اليوم الخميس مخيم الهول جنوبي مدينة الحسكة.",
            "232",
            "displaced",
        ),
    ],
)
def test_nationals_of_another_country_in_a_camp(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar15_131: a warning after the body's name
        (
            'وكانت الأمم المتحدة قد حذّرت من كارثة "كبيرة" في حال شنّت إسرائيل هجومًا على المدينة'
            " التي يتكدّس فيها حوالى 1.4 مليون شخص.",
            "حوالى 1.4 مليون",
            "UN",
        ),
        # ar17_110: a description before it
        (
            "تصف الأمم المتحدة المدينة بأنها “بؤرة معاناة الأطفال” إذ يعاني ما يقرب من 40% من"
            " الأطفال فيها سوء تغذية حادا.",
            "ما يقرب من 40%",
            "UN",
        ),
        # near miss (ar3_282): "وصف ضابط" is a rank, no description by the body named before
        (
            "حيث قتل 12 بينهم عنصر في “هيئة تحرير الشام” وصف ضابط في القوات الحكومية.",
            "12",
            None,
        ),
    ],
)
def test_warning_and_description_cues(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar14_388, ar2_184: struck from the agency's database, nobody reports
        (
            "شُطب أكثر من 294 ألف سوري من قاعدة بيانات مفوضية اللاجئين في لبنان بسبب عودتهم.",
            "أكثر من 294 ألف",
            None,
        ),
        # ar13_144: registered in its records
        (
            "وبلغ عدد اللاجئين السوريين الذين تم تسجيلهم في سجلات المفوضية كلاجئين في الأردن"
            " قرابة 670 ألفا.",
            "قرابة 670 ألفا",
            None,
        ),
        # near miss: the database as the figure's source still cues the agency
        (
            "وبلغ عدد اللاجئين السوريين في لبنان 750 ألفا وفق قاعدة بيانات مفوضية اللاجئين.",
            "750 ألفا",
            "UNHCR",
        ),
    ],
)
def test_in_the_records_of_a_body(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected
