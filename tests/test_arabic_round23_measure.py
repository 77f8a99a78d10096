"""Round-23 Arabic rules (issue 16): measures.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one

# ar20_069 (arabic20_dev): people UNHCR registers
_UNHCR_REGISTERS = (
    "ومنذ مارس/آذار، قامت المفوضية السامية للأمم المتحدة لشؤون اللاجئين بتسجيل نحو 2,000 شخص"
    " كل أسبوع."
)
# ar15_037 (arabic15_dev): the registering verb after the noun, UNHCR in the sentence before
_REGISTERED_BEFORE = (
    "ولفت التقرير الى أن المفوضية حاليا تسجل ما يقارب الـ2000 لاجئ يوميا من خلال مراكز التسجيل"
    " الأربعة التابعة لها في سائر أنحاء البلاد. في مقابل 1500 شخص كان يتم تسجيلهم يومياً في"
    " أوائل شهر كانون الثاني."
)
# ar20_064 (arabic20_dev): waiting for UNHCR's registration, "بانتظار إجراء عملية التسجيل"
_AWAITING = (
    "ويوجد قرابة 2500 سوري بمدينة 6 أكتوبر و1500 آخرون بانتظار إجراء عملية التسجيل في المفوضية."
)
# near miss: a passage without UNHCR
_NO_UNHCR = "سجلت وزارة الصحة 2000 شخص في المستشفيات."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_UNHCR_REGISTERS, "نحو 2,000", "refugees"),
        (_REGISTERED_BEFORE, "1500", "refugees"),
        (_AWAITING, "1500", "refugees"),
        (_NO_UNHCR, "2000", "other"),
    ],
)
def test_people_unhcr_registers_are_refugees(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar20_387 (arabic20_dev): migrants helped home by IOM
_IOM_HELPED = (
    "المنظمة الدولية للهجرة أعلنت أنها ساعدت أكثر من 100 ألف مهاجر على العودة الطوعية إلى"
    " بلدانهم الأصلية من ليبيا، منذ إطلاق برنامج “العودة الإنسانية الطوعية” في عام 2015."
)
# ar20_392 (arabic20_dev): returned home, the return verb after the count
_IOM_RETURNED = (
    "أعلنت المنظمة الدولية للهجرة أن أكثر من 40 ألف مهاجر كانت قد تقطعت بهم السبل في ليبيا تم"
    " إعادتهم إلى بلادهم طوعاً وذلك منذ العام 2015."
)
# ar16_055 (arabic16_dev): IOM's project of returning stranded Somalis from Aden
_IOM_PROJECT = (
    "وفي تصريح لوسائل الاعلام اوضح / عصام المخزومي مساعد حماية في منظمة الهجرة الدولية ان ( ١٣٧)"
    " شخصا تم اليوم مغادرتهم ميناء عدن الى الصومال في اطار مشروع اعادة العالقين الصومال الذي"
    " يهدف لاعادة ( ٢٥٠٠) شخص."
)
# near misses: migrants intercepted and returned to Libya (ar13_152), deported with IOM's help
# (ar16_099)
_INTERCEPTED = "أعلنت المنظمة الدولية للهجرة اعتراض 662 مهاجرًا وإعادتهم إلى ليبيا."
_DEPORTED = (
    "تمّ ترحيل ما مجموعه 174 مهاجرًا من ليبيا إلى نيجيريا، يوم الثلاثاء، بمساعدة المنظمة الدولية"
    " للهجرة لإعادتهم."
)


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_IOM_HELPED, "أكثر من 100 ألف", "refugees"),
        (_IOM_RETURNED, "أكثر من 40 ألف", "refugees"),
        (_IOM_PROJECT, "١٣٧", "refugees"),
        (_IOM_PROJECT, "٢٥٠٠", "refugees"),
        (_INTERCEPTED, "662", "other"),
        (_DEPORTED, "174", "other"),
    ],
)
def test_returns_home_under_iom_are_refugees(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure
