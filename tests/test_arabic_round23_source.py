"""Round-23 Arabic source rules (issue 16): outlets named by their correspondents.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import source_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar19_011 (arabic19_dev): the local network by its name, after another reporter
        (
            'أكدت حملة "الرقة تذبح بصمت" أن 5 أشخاص قضوا في مدينة الرقة، فيما ذكرت شبكة "فرات'
            ' بوست" أن عشرات المدنيين بينهم نساء وأطفال قضوا وجرحوا خلال 5 أسابيع.',
            "عشرات",
            "Furat Post",
        ),
        # ar20_019 (arabic20_dev): the headline's figure, the site named in the next sentence
        (
            "استشهد مدنيان جراء انفجار لغم ارضي من مخلفات الحرب في محافظة دير الزور شرقي سوريا، أمس"
            ' الجمعة.\nوقال موقع "فرات بوست" المحلي إن لغما أرضيا من مخلفات المعارك السابقة انفجر'
            " بالقرب من محطة القطار في بادية دير الزور.",
            "مدنيان",
            "Furat Post",
        ),
        # ar20_032 (arabic20_dev): the station's correspondent
        (
            "وقال مراسل وطن إف إم إن فريق الاستجابة الأولية التابع لمجلس الرقة المدني انتشل 4 جثث"
            " من مقبرة الفروسية غرب الرقة.",
            "4",
            "Watan FM",
        ),
        # ar20_055 (arabic20_dev)
        (
            "وبحسب مراسل راديو وتلفزيون الكل، بلغت أعداد جثامين السوريين الذين دخلوا عبر معبر باب"
            " الهوى الحدودي 700 جثة حتى لحظة كتابة هذا الخبر.",
            "700",
            "Radio Al-Kul",
        ),
        # ar19_076 (arabic19_dev): the channel only with its correspondent ("the news now")
        (
            "قالت مراسلة أخبار الآن إن اشتباكات اندلعت داخل مخيم الهول أسفرت عن مقتل رئيس المجلس"
            " العراقي إضافة إلى شخصين آخرين",
            "شخصين",
            "Akhbar Al Aan",
        ),
        # ar14_115 (arabic14_dev): "الميادين" alone is squares, its correspondent the channel
        (
            "أفاد مراسل الميادين صباح اليوم السبت بأن 348 نازحاً سورياً غادروا الأراضي اللبنانية"
            " عبر وادي حميد بعرسال إلى القلمون السوري.",
            "348",
            "Al Mayadeen",
        ),
        # ar19_348 (arabic19_dev): the correspondent, the name in quotes
        (
            'ولفت مراسل "المسيرة" إلى وصول "28 شهيدا إلى مستشفى الثورة و14 شهيدا إلى مستشفيات'
            ' أخرى".',
            "28",
            "Al-Masirah",
        ),
        # near misses: the bare words are no outlet ("أخبار الآن", "الميادين", "المسيرة")
        ("وتتوالى أخبار الآن عن مقتل 12 شخصا في القصف.", "12", None),
        ("وخرج الآلاف إلى الميادين بعد مقتل 7 متظاهرين.", "7", None),
        ("وقالت مصادر محلية إن المسيرة انطلقت بعد مقتل 5 شبان.", "5", None),
        # ar14_077 (arabic14_dev): the correspondent named first in a clause after the toll,
        # his verb after him and a "that" clause with no count: he reports what follows
        (
            "في سوريا ارتفعت حصيلة شهداء القصف على أحيائها إلى ثمانية وثلاثين شهيداً بينهم أربعة"
            " عشر طفلاً، كذلك جرح مئة وثمانون آخرون في قصف الجماعات المسلحة، مراسل الميادين أفاد"
            " بأن الصواريخ استهدفت أحياء حلب الجديدة والحمدانية والأكرمية والأعظمية.",
            "مئة وثمانون",
            None,
        ),
        # its near miss: a "that" clause with a count of its own keeps the reporter
        (
            "ارتفعت حصيلة القصف إلى 38 شهيداً، مراسل الميادين أفاد بأن 12 منهم أطفال.",
            "12",
            "Al Mayadeen",
        ),
    ],
)
def test_round23_outlets(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected
