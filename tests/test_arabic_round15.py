"""Round-15 Arabic rules (issue 16), general mechanisms rather than names one by one.

A case is a dev sentence (its id in a comment, the text only) or one built like it; every rule
has a near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one, rows


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar9_033: a bare "the health ministry" whose sentence names no owner: null, although
        # the passage is about Syria
        (
            "ضرب الزلزال سوريا وتركيا.\n\nأعلنت وزارة الصحة، ارتفاع عدد الوفيات إلى 1677.",
            "1677",
            None,
        ),
        # the place a sentence names is not the owner (C14, the round-18 gold pass) ...
        ("وقالت وزارة الصحة، إن 11 إصابة وصلوا إلى مستشفيات قطاع غزة.", "11", None),
        # ... the ministry named with its place a sentence before is (ar3_039)
        (
            "أصدرت وزارة الصحة بغزة التقرير اليومي.\n\n"
            "وقالت وزارة الصحة، إن 11 إصابة وصلوا إلى مستشفيات قطاع غزة.",
            "11",
            "Gaza Health Ministry",
        ),
    ],
)
def test_bare_health_ministry_owner_in_sentence(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["source"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar13_140: both flights as verbal nouns, one count: other
        (
            "وأدت هذه النزاعات إلى نزوح ولجوء 4.5 مليون سوداني منذ بداية الحرب.",
            "4.5 مليون",
            "other",
        ),
        # ar13_035: places at home and the neighbouring countries in one list
        (
            "ونزح ما يقرب من ستة ملايين شخص الى مناطق داخل العراق وأخرى في اقليم كوردستان ودول"
            " مجاورة.",
            "ما يقرب من ستة ملايين",
            "other",
        ),
        # near miss: a flight abroad alone stays refugees
        ("وأدت هذه النزاعات إلى لجوء 4.5 مليون سوداني إلى تشاد.", "4.5 مليون", "refugees"),
        # near miss: a flight at home alone stays displaced
        ("وأدت هذه النزاعات إلى نزوح 4.5 مليون سوداني داخل البلاد.", "4.5 مليون", "displaced"),
    ],
)
def test_flight_home_and_abroad_together(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar13_156: migrants intercepted at sea, near a crossing word: other, not refugees
        (
            "بينما سجل عام 2023 اعتراض نحو 17 ألفاً و 190 مهاجراً، مع تسجيل مئات الوفيات"
            " والمفقودين سنوياً خلال محاولات العبور.",
            "نحو 17 ألفاً و 190",
            "other",
        ),
        # constructed: migrants who reached a country are not refugees either
        ("ووصل 300 مهاجر إلى تركيا.", "300", "other"),
        # near miss: people who crossed into a country are refugees
        ("ووصل 300 سوري إلى تركيا.", "300", "refugees"),
        # near miss: migrants who died are killed
        ("وغرق 30 مهاجرا خلال محاولات العبور.", "30", "killed"),
    ],
)
def test_migrants_are_no_refugees(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


_UNHCR_FIRST = (
    "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أمس، إن إجمالي 1.16 مليون سوري عادوا"
    " إلى بلادهم."
)


@pytest.mark.parametrize(
    ("second", "phrase", "expected"),
    [
        # ar13_060: an adverb before the reporting verb, its subject left out
        (
            "كذلك، أشارت إلى أن أكثر من سبعة ملايين سوري لا يزالون نازحين داخل البلاد.",
            "أكثر من سبعة ملايين",
            "UNHCR",
        ),
        # ar13_104: where it was said, closed by a comma, before "أن"
        (
            "وأضافت خلال مؤتمر صحفي عقدته الاثنين بنجامينا، أن أكثر من 250 ألف شخص غادروا السودان.",
            "أكثر من 250 ألف",
            "UNHCR",
        ),
        # near miss: the adverb opens the writer's own sentence, with no reporting verb
        (
            "كذلك، نزح أكثر من سبعة ملايين سوري داخل البلاد.",
            "أكثر من سبعة ملايين",
            None,
        ),
    ],
)
def test_pronoun_reporter_after_adverb_or_setting(second: str, phrase: str, expected: str) -> None:
    assert one(_UNHCR_FIRST + "\n\n" + second, phrase)["source"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar14_053: the dead and the wounded of one count are casualties
        (
            "أفاد مصدر في الشرطة العراقية، بأن 35 شخصا سقطوا بين قتيل وجريح في تفجير انتحاري.",
            "35",
            "other",
        ),
        # ar13_039: in brackets after the noun of the share
        ("وأشار الى أن الضحايا (حوالي 634 بين قتيل وجريح) من النساء.", "حوالي 634", "other"),
        # near miss: a split by who they were keeps the fate
        ("قتل 35 شخصا بين مدنيين وعسكريين.", "35", "killed"),
    ],
)
def test_dead_and_wounded_in_one_count(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


_COMMISSION = "قالت المفوضية العليا لحقوق الإنسان في العراق إن أكثر من 15 ألف شخص فروا من الفلوجة."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # ar14_091: the bare "المفوضية" after a human-rights commission is that commission,
        # and the agency it spoke to, restated as an acronym in brackets, was only told
        (
            "وأوضح عضو المفوضية في تصريح لوكالة الأنباء الكويتية (كونا) أن أكثر من 40 ألف"
            " شخص نزحوا.",
            "Iraqi High Commission for Human Rights",
        ),
        # near miss: after no other commission, the bare "المفوضية" is UNHCR's
        ("وأوضحت المفوضية أن أكثر من 40 ألف شخص نزحوا.", "UNHCR"),
    ],
)
def test_bare_commission_after_another_commission(second: str, expected: str) -> None:
    first = _COMMISSION if expected != "UNHCR" else "نزح سكان الفلوجة."
    assert one(first + "\n\n" + second, "أكثر من 40 ألف")["source"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar14_067: state media named by their country's adjective: that country's agency
        (
            "وذكرت وكالة الأنباء اللبنانية الرسمية أن غارة على منزل في بلدة القنطرة أدت إلى 3"
            " شهداء.",
            "3",
            "NNA",
        ),
        # near miss: state media of a country with no agency in the table name nobody
        ("وذكرت وكالة الأنباء العراقية الرسمية أن غارة أدت إلى 3 قتلى.", "3", None),
        # ar14_331: the definite figures "of" a body, their adjective between
        (
            "وكانت التقديرات السابقة للأمم المتحدة تشير إلى وجود نحو 10800 لاجئ في تركيا.",
            "نحو 10800",
            "UN",
        ),
        # near miss: a body named after figures without "ل" is not their owner
        ("وكانت التقديرات السابقة عن الأمم المتحدة نحو 10800 لاجئ في تركيا.", "نحو 10800", None),
    ],
)
def test_owner_named_by_adjective_or_genitive(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["source"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar14_144: the police command of a province outside Syria: "<place> police"
        (
            "وقال الرائد علاء السعدي من قيادة شرطة محافظة ديالى إن مسلحين اختطفوا اليوم 5 مدنيين.",
            "Diyala police",
        ),
        # constructed: the police of a province, no "command" before it
        ("وقال مصدر في شرطة نينوى إن مسلحين اختطفوا اليوم 5 مدنيين.", "Nineveh police"),
        # near miss (ar10_010): a Syrian city's police telling SANA stays SANA's (D2)
        ("وأفاد مصدر في قيادة شرطة دمشق لـ سانا باختطاف 5 مدنيين.", "SANA"),
    ],
)
def test_police_of_a_place(text: str, expected: str) -> None:
    assert one(text, "5")["source"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar14_367: the UN's reports by their adjective
        ("وتقول تقارير أممية إن أكثر من 20 ألف مدني قتلوا وأصيبوا.", "أكثر من 20 ألف", "UN"),
        # near miss: reports by no adjective name nobody
        ("وتقول تقارير إن أكثر من 20 ألف مدني قتلوا وأصيبوا.", "أكثر من 20 ألف", None),
    ],
)
def test_un_figures_by_adjective(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["source"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar14_406: a count after "من بينهم" larger than the total is not its part and keeps
        # its own noun's fate
        ("أسفرت الاشتباكات عن سقوط 5 قتلى من بينهم طفلة و13 مصاباً.", "injured"),
        # near miss: a smaller part of the total takes the total's fate
        ("أسفرت الاشتباكات عن سقوط 15 قتيلا من بينهم 3 أطفال.", "killed"),
    ],
)
def test_no_part_larger_than_its_total(text: str, expected: str) -> None:
    t = rows(text)
    assert t["measure"].iloc[1] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar13_143: a request to return in the clause before does not make the returns a wish
        (
            "وجاءت بناء على ظروف عائلية حتمت عليهم طلب العودة،وبلغ عدد العائدين 1769 لاجئاً سورياً.",
            "1769",
            "refugees",
        ),
        # near miss: the request in the count's own clause is a wish (other)
        ("وقال إن 110 لاجئ سوري طلب العودة إلى سوريا.", "110", "other"),
    ],
)
def test_wish_in_own_clause_only(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar14_137: registered "with it", the UNHCR its sentence names: refugees
        (
            "وقال تقرير مفوضية شؤون اللاجئين التابعة للأمم المتحدة ان 841600 شخص مسجّلين لديها.",
            "refugees",
        ),
        # near miss: "with it" and no UNHCR in the sentence names no refugee status
        ("وقال مسؤول ان 841600 شخص مسجّلين لديها.", "other"),
    ],
)
def test_registered_with_the_unhcr_named(text: str, expected: str) -> None:
    assert one(text, "841600")["measure"] == expected


_SECOND = "وأوضح المراسل أن الغارات شملت أحياء المشهد والكلاسة، بمعدل نحو 20 غارة حتى الساعة."


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # ar13_024: "the correspondent" again, after an outlet's correspondent was named
        ("ونقل مراسل عنب بلدي عن مصادر طبية أن 13 مدنيًا قتلوا في مدينة حلب.", "Enab Baladi"),
        # near miss: no outlet's correspondent named before: nobody
        ("وقتل 13 مدنيًا في مدينة حلب.", None),
    ],
)
def test_the_correspondent_again(first: str, expected: str) -> None:
    assert one(first + "\n\n" + _SECOND, "نحو 20")["source"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar13_153: people returned after they tried to flee: an attempt, not a flight
        ("أنه تم إعادة أكثر من 8 آلاف شخص حاولوا الفرار من البلاد هذا العام.", "other"),
        # near miss: people who fled are displaced
        ("نزح أكثر من 8 آلاف شخص من قراهم هذا العام.", "displaced"),
    ],
)
def test_tried_to_flee_is_no_flight(text: str, expected: str) -> None:
    assert one(text, "أكثر من 8 آلاف")["measure"] == expected
