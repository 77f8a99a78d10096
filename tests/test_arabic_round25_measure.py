"""Round-25 Arabic rules (issue 16): measures.

A case is a dev sentence (its id and file in a comment) or one built like it; every rule has a
near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one

# ar22_030 (arabic22_dev): the dual's death, "حتفهما"
_DUAL_DEATH = "لقي شخصان حتفهما أمس الأحد في هجوم إرهابي وقع شمال بوركينا فاسو."
# ar21_047 (arabic21_dev): the dual's lives lost, "فقد ... حياتهما"
_DUAL_LIVES = (
    "وفي الخامس عشر من كانون الأول/ ديسمبر الجاري، فقد مدنيين اثنين حياتهما برصاص مسلحيّن"
    " مجهوليّن، ببلدة العباس الخاضعة لسيطرة القوات الحكومية بريف دير الزور الشرقي."
)
# ar21_052 (arabic21_dev): the lives six words and a comma after the verb
_DUAL_LIVES_FAR = (
    "وقبل يومين، وفي البلدة ذاتها، فقد عنصران من قوى الأمن الداخلي “الأسايش”، حياتهما، برصاص"
    " مسلحين مجهولين."
)
# near miss: the missing, no lives lost
_MISSING = "وقتل 3 أشخاص وفقد 20 آخرون في البحر."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_DUAL_DEATH, "شخصان", "killed"),
        (_DUAL_LIVES, "اثنين", "killed"),
        (_DUAL_LIVES_FAR, "عنصران", "killed"),
        (_MISSING, "20", "other"),
    ],
)
def test_the_duals_death_is_a_death(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar13_042 (arabic13_dev): the wounded named before the dead
_WOUNDED_AND_DEAD = (
    "قال الناطق باسم وزارة الصحة العامة والسكان الدكتور يوسف الحاضري في اليمن، إن عشرات"
    " المصابين والقتلى وقعوا صباح اليوم نتيجة قصف التحالف وسط العاصمة صنعاء."
)
# ar22_038 (arabic22_dev): "مصابين أو قتلى"
_WOUNDED_OR_DEAD = (
    "وأظهرت صورة للموقع أكدتها مصادر رسمية ما لا يقل عن تسعة أشخاص مصابين أو قتلى خارج"
    " الوزارة وكانت قوات الأمن تتولى أمرهم."
)
# near miss: two counts, each its own noun
_TWO_COUNTS = "ووصل إلى المستشفى 12 جريحا و3 قتلى."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_WOUNDED_AND_DEAD, "عشرات", "other"),
        (_WOUNDED_OR_DEAD, "ما لا يقل عن تسعة", "other"),
        (_TWO_COUNTS, "12", "injured"),
        (_TWO_COUNTS, "3", "killed"),
    ],
)
def test_wounded_then_dead_is_a_combined_count(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar22_152 (arabic22_dev): "بين قتيل وجريح" after a comma
_BETWEEN_AFTER_COMMA = (
    "وسقط 2577 مدني، ما بين قتيل وجريح، بنيران أسلحة المليشيا الحوثية في الحديدة، غرب اليمن."
)
# ar13_039 (arabic13_dev): a share of the victims, restated in brackets as dead and wounded
_SHARE_OF_VICTIMS = (
    'وأشار الى أن "42 بالمائة من الضحايا (حوالي 634 بين قتيل وجريح)؛ من النساء والأطفال".'
)
# near misses: the victims restated as the dead only; a count of its own fate before the pair
_SHARE_OF_DEAD = "وأشار الى أن 42 بالمائة من الضحايا (حوالي 634 قتيلا) من النساء."
_OWN_FATE_BEFORE = "قتل 14 عنصرا، وذلك بعيد سقوط أكثر من مائة جندي منشق بين قتيل وجريح."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_BETWEEN_AFTER_COMMA, "2577", "other"),
        (_SHARE_OF_VICTIMS, "42 بالمائة", "other"),
        (_SHARE_OF_VICTIMS, "حوالي 634", "other"),
        (_SHARE_OF_DEAD, "42 بالمائة", "killed"),
        (_OWN_FATE_BEFORE, "14", "killed"),
        (_OWN_FATE_BEFORE, "أكثر من مائة", "other"),
    ],
)
def test_victims_between_dead_and_wounded_are_both(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar22_265 (arabic22_dev), ar21_351 (arabic21_dev): migrants gone back to their countries
_MIGRANTS_HOME = (
    "وتشير التقارير إلى أنه منذ بداية تشرين الأول، عاد أكثر من 100 ألف مهاجر أفغاني إلى بلادهم."
)
_MIGRANTS_HOME_IOM = (
    "وبحسب تقارير المنظمة الدولية للهجرة، فقد عاد أكثر من 100 ألف مهاجر من ليبيا إلى بلدانهم"
    " في أفريقيا وآسيا خلال العقد الأخير."
)
# near misses: migrants returned by the coastguard; migrants come back to a transit country
_RETURNED_BY = "وأعاد خفر السواحل 128 مهاجرا إلى بلادهم."
_BACK_TO_LIBYA = "عاد أكثر من 100 ألف مهاجر إلى ليبيا."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_MIGRANTS_HOME, "أكثر من 100 ألف", "refugees"),
        (_MIGRANTS_HOME_IOM, "أكثر من 100 ألف", "refugees"),
        (_RETURNED_BY, "128", "other"),
        (_BACK_TO_LIBYA, "أكثر من 100 ألف", "other"),
    ],
)
def test_migrants_gone_home_are_a_return(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar22_189 (arabic22_dev): a share of the capital held
_SHARE_OF_CAPITAL = (
    "أفادت تقارير الأمم المتحدة أن العصابات الإجرامية في هايتي تواصل توسعها الكبير حيث أصبحت"
    " تسيطر على نحو 85% من العاصمة بورت أو برنس."
)
# ar20_366 (arabic20_dev): a share of a country's land occupied
_SHARE_OF_LAND = "كما تحتلّ هذه المجموعات حوالى 40 في المئة من أراضي بوركينا فاسو."
# near misses: "تحتل" of a rank; a share of farmland damaged
_RANK = "وتحتل البلاد المرتبة الأولى بنسبة 40 في المئة من اللاجئين."
_FARMLAND = "وتضررت 40 في المئة من الأراضي الزراعية."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_SHARE_OF_CAPITAL, "نحو 85%", "captured"),
        (_SHARE_OF_LAND, "حوالى 40 في المئة", "captured"),
        (_RANK, "40 في المئة", "refugees"),
        (_FARMLAND, "40 في المئة", "other"),
    ],
)
def test_a_share_of_land_held_is_captured(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure


# ar21_072 (arabic21_dev), ar22_060 (arabic22_dev): two strikes, the dual
_TWO_STRIKES = "وقال البيان إن قواتنا الأمنية نفذت ضربتين جويتين وفقاً لمعلومات استخبارية دقيقة."
_WITH_TWO_STRIKES = (
    "وأشار المرصد السوري لحقوق الإنسان، قبل قليل، إلى استهداف مسيرة تركية، بضربتين تجمع الأهالي"
    " المتواجدين على جسم سد تشرين شرق حلب، مما أسفر عن إصابة 3 أشخاص."
)
# near miss: a dual of people, no strike and no fate
_TWO_GUNMEN = "وفتح مسلحان النار على حاجز في البلدة."


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (_TWO_STRIKES, "ضربتين", "attacks"),
        (_WITH_TWO_STRIKES, "ضربتين", "attacks"),
        (_WITH_TWO_STRIKES, "3", "injured"),
        (_TWO_GUNMEN, "مسلحان", "other"),
    ],
)
def test_two_strikes_are_attacks(text, phrase, measure):
    assert one(text, phrase)["measure"] == measure
