"""Round-24 Arabic source rules (issue 16): local outlets told figures, Tunisia's national guard.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import source_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar21_331 (arabic21_dev): an unnamed local source told a Yemeni site (C31)
        (
            'وقال مصدر محلي لـ"المصدر أونلاين"، إن طفلة وشاب قتلا يوم الاحد، وأصيب ثلاثة آخرين'
            " جميعهم أطفال، اثر سقوط قذيفة أطلقتها ميليشيا الحوثيين على حي سكني بتعز.",
            "ثلاثة",
            "Al-Masdar Online",
        ),
        # ar21_336 (arabic21_dev)
        (
            'وقالت مصادر محلية لـ "يمن شباب نت"، إن مليشيا الحوثي استهدفت منزلا لأحد النازحين في'
            " حي الدعوة شرقي مدينة تعز، بقصف مدفعي، ما أدى إلى مقتل طفلة وإصابة ثلاثة من أفراد"
            " أسرتها.",
            "ثلاثة",
            "Yemen Shabab Net",
        ),
        # ar20_372 (arabic20_dev): a resident named only by her first name told a Sudanese site
        (
            'وقالت رندا، التي تقيم في منطقة الثورة بأم درمان، لـ"الترا سودان": "إن قذيفة سقطت في'
            ' منزل قريب من منزلها، وهناك معلومات عن مقتل شخصين جراء القصف المدفعي".',
            "شخصين",
            "Ultra Sudan",
        ),
        # ar20_332 (arabic20_dev)
        (
            "بدوره قال التجاني عثمان عضو الجالية السودانية بدولة ليبيا لـ”دارفور24″ إن نحو 45 الف"
            " لاجئ سوداني دخلوا دولة ليبيا من السودان، خلال العام الحالي.",
            "نحو 45 الف",
            "Darfur24",
        ),
        # ar19_074 (arabic19_dev)
        (
            'قال رئيس هيئة العلاقات العامة في مخيم الركبان، أحمد درباس الخالدي، لـ"عربي21"، إن'
            ' "70 في المئة من النازحين غادروا المخيم، بينما بقي 5500 شخص داخل المخيم".',
            "5500",
            "Arabi21",
        ),
        # near miss: a named body that tells the outlet keeps its own figure
        (
            'وقال المرصد السوري لحقوق الإنسان لـ"عربي21" إن 12 مدنيا قتلوا في قصف على ريف إدلب.',
            "12",
            "SOHR",
        ),
    ],
)
def test_round24_outlets_told(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar21_376 (arabic21_dev): the guard named with its country
        (
            "كشفت الإدارة العامّة للحرس الوطني التّونسي، في بيان، أنّ الوحدات العائمة تمكّنت من"
            " إنقاذ 25 مجتازًا من جنسيّات إفريقيا جنوب الصحراء، بالإضافة إلى انتشال 13 جثة.",
            "25",
            "Tunisian National Guard",
        ),
        # ar21_374 (arabic21_dev)
        (
            "وأوضح المتحدث الرسمي باسم الحرس التونسي اليوم /الجمعة/ ، أن الوحدات التونسية تمكنت"
            " أيضا من انتشال أربع جثث ، وجاري البحث عن 10 مفقودين.",
            "10",
            "Tunisian National Guard",
        ),
        # ar20_324 (arabic20_dev): a bare national guard in a passage naming Tunisia
        (
            "وفُقد خمسة آخرون بعد غرق مركب ليل الجمعة قبالة سواحل قابس جنوب شرقي تونس، وفق ما"
            " أعلن الحرس الوطني.",
            "خمسة",
            "Tunisian National Guard",
        ),
        # near miss, ar21_379 (arabic21_dev): the passage names no country, only its currency
        # (C16: a national guard with no country gives none)
        (
            "أكد الناطق الرسمي بإسم الحرس الوطني حسام الجبابلي في بلاغ اليوم الجمعة أن فرق غوص"
            " انتشلت 6 جثث لمهاجرين غير نظامين، وتم حجز مبلغ مالي من العملة التونسية.",
            "6",
            None,
        ),
    ],
)
def test_round24_tunisian_national_guard(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected
