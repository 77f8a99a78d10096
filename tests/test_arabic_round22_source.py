"""Round-22 Arabic source rules (issue 16): reporters called back by what they are.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import source_of

# ar19_062 (arabic19_dev): UNICEF named, then "ممثل المنظمة" beside the UN in one sentence,
# then its representative by his surname alone
_UNICEF = (
    'قالت منظمة الأمم المتحدة للطفولة " يونيسيف" ان عدد الاطفال الذين قتلوا فى سوريا هذا العام'
    " هو الاكبر فى عام واحد منذ بداية الحرب هناك حيث لقي 1106 اطفال حتفهم فى القتال هذا العام .\n"
    "وفى مؤتمر صحفى اليوم الخميس فى جنيف اوضح ممثل المنظمة فى سوريا فران كويزا ان 657 طفلا قد"
    " قتلوا وجرح 324 اخرين فى الفترة مابين شهرى يناير وسبتمبر من هذا العام مشيرا الى ان الامم"
    " المتحدة تحققت من 1792 انتهاكا خطيرا لحقوق الطفل فى هذا العام وحده .\n"
    "وفى سياق آخر قال كويزا ان اكثر من 5 ملايين طفل فى سوريا هم بحاجة الى المساعدة الانسانية ."
)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (_UNICEF, "657", "UNICEF"),
        (_UNICEF, "324", "UNICEF"),
        (_UNICEF, "1792", "UN"),  # the UN the sentence names, right before its count
        (_UNICEF, "اكثر من 5 ملايين", "UNICEF"),
        # ar18_324 (arabic18_dev): "وأضافت المنظمة" after IOM, in a sentence naming a source
        (
            "قالت المنظمة الدولية للهجرة في ليبيا، اليوم الجمعة، إن أكثر من 38640 شخصا نزحوا.\n\n"
            'وأضافت المنظمة على موقعها على الإنترنت "أكثر من 5000 شخص في عداد القتلى، وتم تسجيل'
            ' إجمالي 3922 وفاة في المستشفيات، وفق مصادر منظمة الصحة العالمية".',
            "أكثر من 5000",
            "IOM",
        ),
        # ar13_153 (arabic13_dev): "وأكدت المنظمة" after IOM's spokeswoman
        (
            "كشفت المتحدثة\n\nباسم المنظمة الدولية للهجرة صفاء مسيهلي اليوم الاثنين عن أن خفر"
            " السواحل أعاد 128 مهاجرا\n\nإلى ليبيا.\n\nوأكدت المنظمة\n\nأنه تم إعادة أكثر من 8"
            " آلاف شخص حاولوا الفرار من البلاد هذا العام.",
            "أكثر من 8 آلاف",
            "IOM",
        ),
        # near miss: no organisation named before, so "المنظمة" calls back nothing
        (
            "قال المرصد السوري إن 20 مدنيا قتلوا.\nوأوضح ممثل المنظمة في سوريا أن 657 طفلا قتلوا"
            " هذا العام بحسب الأمم المتحدة.",
            "657",
            "UN",
        ),
        # near miss: an organisation named in full is that one, not a call-back to UNICEF
        (
            "قالت منظمة اليونيسف إن 1106 اطفال قتلوا.\nوقالت المتحدثة باسم المنظمة الدولية"
            " للهجرة إن 128 مهاجرا أعيدوا إلى ليبيا.",
            "128",
            "IOM",
        ),
    ],
)
def test_organisation_called_back(text: str, phrase: str, expected: str | None) -> None:
    assert source_of(text, phrase) == expected
