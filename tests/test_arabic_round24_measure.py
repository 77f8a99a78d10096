"""Round-24 Arabic rules (issue 16): measures.

A case is a dev sentence (its id in a comment) or one built like it; every rule has a near
miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from idlibstats.extract.arabic.normalize import normalize
from tests._arabic import one

# ar15_039 (arabic15_dev): words cut by a tatweel and dots to pass word filters
_CUT_DOTS = (
    "أعلن المتحدث الرسمي باسم وزارة الصحة ولاية الخرطوم، محمد إبراهيم عبدالرحمن في تصريح اليوم"
    " السبت، عن مقـ..ـتل وإصـ..ـابة (10) مدنيين مساء أمس الجمعة، حيث قتل (3) بينهم طفلتين بحي"
    " العمدة و(7) إصـ..ـابات يتلقون العلاج حاليا بمستشفى النو."
)
# ar20_106 (arabic20_dev): one dot after the tatweel
_CUT_DOT = (
    "وقد ارتقـ.ت زوجة أنور حميدة وكل من بناته الصغيرات الثلاث “تسنيم وحنين ورنيم” في القصـ.ف"
    " الذي طال بلدتهم صباح اليوم، لينضموا إلى 17 شهـ.يداً هم حصيلة إجـ.رام نظام الأسد وحلفاءه"
    " لهذا اليوم في المحافظة المنـ.كوبة."
)
# ar21_084 (arabic21_dev): a tatweel and a space inside the word
_CUT_SPACE = (
    "في يوم الإثنين، تعرّض الجيش السوري لهجوم مباشر نفذته مجموعة مسلحة على محيط المدينة، وأسفر"
    " عن مقـ تل 18 عنصرًا من الجيش، وأسر آخرين، تم اقتيادهم إلى جهة غير معلومة."
)


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_CUT_DOTS, "(10)", "other"),
        (_CUT_DOTS, "(7)", "injured"),
        (_CUT_DOT, "17", "killed"),
        (_CUT_SPACE, "18", "killed"),
    ],
)
def test_words_cut_by_a_tatweel_are_read_whole(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("شهـ.يداً", "شهيدا"),
        ("مقـ..ـتل", "مقتل"),
        ("مقـ تل", "مقتل"),
        # near misses: a proclitic, a whole word, a sentence's dot, a number
        ("لـ سانا", "ل سانا"),
        ("للعدالةـ أنه", "للعدالة انه"),
        ("قصف. وقتل", "قصف. وقتل"),
        ("الـ 14", "ال 14"),
    ],
)
def test_cut_words_fold_whole(text, folded):
    assert normalize(text).text == folded


# ar20_051 (arabic20_dev): nationals who entered a country, its name the verb's object
_ENTERED_JORDAN = "وتقول الأممالمتحدة إن 15 ألف سوري دخلوا الأردن فعلا."
# ar12_140 (arabic12_dev): residents of their own country who entered another
_ENTERED_EGYPT = (
    "كشفت مفوضية الأممالمتحدة لشؤون اللاجئين في مصر، اليوم الأحد، مشيرة إلى أن 409 ألف سوداني"
    " وأجنبي مقيم في السودان دخلوا مصر منذ اندلاع المعارك في أبريل الماضي."
)
# near misses: deportees who entered "the country" (ar19_351), residents who entered nothing
_ENTERED_THE_COUNTRY = "جهاز مكافحة الهجرة في ليبيا يرحّل 183 مصرياً دخلوا البلاد دون وثائق."
_RESIDENTS = "ويقيم 409 ألف سوداني في الخرطوم."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_ENTERED_JORDAN, "15 ألف", "refugees"),
        (_ENTERED_EGYPT, "409 ألف", "refugees"),
        (_ENTERED_THE_COUNTRY, "183", "other"),
        (_RESIDENTS, "409 ألف", "population"),
    ],
)
def test_nationals_who_entered_a_country_are_refugees(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar19_013 (arabic19_dev): attempts on lives counted by the attempt
_ATTEMPTS = (
    "وبحسب مكتب توثيق الانتهاكات في تجمّع أحرار حوران، فقد شهدت المحافظة 415 محاولة اغتيال"
    " أدّت لمقتل 285 شخصاً وإصابة 168 آخرين إصاباتٍ متفاوتة."
)
# ar19_016 (arabic19_dev): operations and attempts together
_OPERATIONS_AND_ATTEMPTS = (
    "حيث وثق قسم الجنايات و الجرائم في مكتب توثيق الشهداء في درعا : 34 عملية و محاولة اغتيال ،"
    " أدت إلى مقتل 23 شخصا."
)
# ar21_086 (arabic21_dev): people an attempt was made on are neither dead nor attacks
_TARGETS = (
    "ووصل عدد الذين تعرضوا لمحاولات اغتيال إلى أكثر من 170 شخص، منهم 90 من قوات النظام"
    " والمسلحين التابعين لها."
)
# near misses: the assassinated are killed; operations of something else are no attacks
_ASSASSINATED = "ووثق المكتب اغتيال 170 شخصا في المحافظة."
_RESCUES = "وقال الدفاع المدني إن فرقه نفذت 1512 عملية إنقاذ."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_ATTEMPTS, "415", "attacks"),
        (_ATTEMPTS, "285", "killed"),
        (_OPERATIONS_AND_ATTEMPTS, "34", "attacks"),
        (_TARGETS, "أكثر من 170", "other"),
        (_TARGETS, "90", "other"),
        (_ASSASSINATED, "170", "killed"),
        (_RESCUES, "1512", "other"),
    ],
)
def test_assassination_attempts(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar20_024 (arabic20_dev), near miss: the people who escaped attempts are neither
_ESCAPED = (
    "وأسفرت عمليات ومحاولات الاغتيال في درعا، عن مقتل 26 شخصا وإصابة 10 بجروح متفاوتة، ونجاة 8"
    " من محاولات الاغتيال، خلال شهر شباط/فبراير الماضي."
)


@pytest.mark.parametrize(
    ("phrase", "measure"), [("26", "killed"), ("10", "injured"), ("8", "other")]
)
def test_escaped_attempts_are_no_attacks(phrase, measure):
    assert one(_ESCAPED, phrase)["measure"] == measure
