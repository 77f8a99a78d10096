"""Round-16 Arabic rules (issue 16): wider alias lists and lexicons, not names one by one.

A case is a dev sentence (its id in a comment, the text only) or one built like it; every rule
has a near miss beside it that must keep the old answer.
"""

from __future__ import annotations

import pytest

from tests._arabic import one


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar15_111: IOM by its short name
        ("وقالت منظمة الهجرة، في بيان، إن 1475 شخصًا نزحوا من كادقلي.", "1475", "IOM"),
        # ar15_139: IOM's tracking matrix
        ("وأوضحت مصفوفة النزوح التابعة لمنظمة الهجرة، أن 25 أسرة نزحت.", "25", "IOM"),
        # ar15_050, ar5_126: the Response Coordinators as a "team"
        (
            "وبحسب فريق الاستجابة، فقد بلغ عدد الأيتام 197.865 يتيمًا.",
            "197.865",
            "Response Coordinators Group",
        ),
        (
            "وأحصى “فريق استجابة سوريا” عودة 80 ألف شخص إلى منازلهم.",
            "80 ألف",
            "Response Coordinators Group",
        ),
        # near miss: the migration ministry of a country is not IOM
        ("وقالت وزارة الهجرة التركية إن 1475 شخصًا عادوا.", "1475", "Turkish Migration Ministry"),
    ],
)
def test_short_names_of_registered_bodies(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["source"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar13_034: the minister's bare title in a passage that names the Iraqi ministry
        (
            "وقالت وزارة الهجرة العراقية في بيان إن 2220 شخصاً عادوا.\n\n"
            "وقالت وزيرة الهجرة إن مخيم المدينة السياحية يضم 1400 عائلة.",
            "1400",
            "MoMD",
        ),
        # near miss (ar13_038): the same title with no Iraqi ministry named: null (C14)
        (
            "أعلنت وزارة الهجرة والمهجرين عودة نازحين.\n\n"
            "وقالت وزيرة الهجرة في بيان، إن 518 نازحاً عادوا إلى نينوى.",
            "518",
            None,
        ),
        # ar13_107: Lebanon's emergency centre in a passage that names the Lebanese ministry
        (
            "ارتفع عدد القتلى إلى 50 شخصًا، وفقًا لآخر الإحصائيات الصادرة عن مركز عمليات طوارئ"
            " الصحة العامة التابع لوزارة الصحة.\nأعلنت وزارة الصحة اللبنانية مقتل 100 شخص.",
            "50",
            "Lebanese Health Ministry",
        ),
        # near miss (ar3_105): the centre of a bare ministry, none named with its country
        (
            "صدر عن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة التقرير اليومي،"
            " وفيه أن غارات أمس على لبنان أسفرت عن 14 شهيدًا.",
            "14",
            None,
        ),
    ],
)
def test_bare_title_takes_the_passage_owner(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["source"] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # ar15_105: the last count of a list has its own verb after its noun
        ("قتل 5 مدنيين و 13 مدنيا أصيبوا في القصف.", "13", "injured"),
        # ar14_349: "the others" between the count and its verb
        (
            "وقال إن الانفجار خلف 30 قتيلا والعشرات الاخرين اصيبوا بجروح خطيرة.",
            "عشرات",
            "injured",
        ),
        # ar10_032: four words between the count and its verb
        ('وقال ان "عشرة افراد من عائلة واحدة قتلوا في حي الفليحي".', "عشرة", "killed"),
        # ar15_109: the second verb has a count of its own
        ("وأفاد بأن 15 مدنياً قتلوا وأصيب ما لايقل عن 20 أخرين في حي الشعار.", "15", "killed"),
        # near miss (ar13_039, ar4_119): both fates of one count stay other
        ("وقال إن 1508 مدني قتلوا وأصيبوا خلال الفترة.", "1508", "other"),
        ("وأوضح أن 116 طفلًا قتلوا أو أصيبوا في ديسمبر 2024 فقط.", "116", "other"),
    ],
)
def test_own_fate_verb_after_the_count(text: str, phrase: str, expected: str) -> None:
    assert one(text, phrase)["measure"] == expected


def test_own_fate_verb_not_the_dead_or_missing() -> None:
    # near miss (round-13 rule): "لقوا حتفهم أو فقدوا" counts the dead and missing together
    text = "أفادت المنظمة الدولية للهجرة بأن 53 مهاجراً لقوا حتفهم أو فُقدوا إثر انقلاب قارب."
    assert one(text, "53")["measure"] == "other"
