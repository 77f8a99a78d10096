"""Arabic extraction, round 5 of issue 16: what a figure counts (``measure``), general rules.

Each rule is tested on the real passage of an Arabic dev file that shows it (the passage id and
URL in a comment; a test passes the passage text, never its gold) and, where the rule has a
counter-case that must not change, on that too.
"""

from __future__ import annotations

import pytest

from tests._arabic import one, rows


def _measures(text: str) -> dict[str, str]:
    t = rows(text)
    return dict(zip(t["phrase"], t["measure"], strict=True))


# --- people in need, things, camps --------------------------------------------------------


def test_a_need_written_before_the_count() -> None:
    # ar3_013, https://baladi-news.com/public/ar/articles/55420/منسقو-الاستجابة-ألف-مدني-نزحوا-من-إدلب-خلال-أربعة-أيام
    text = (
        "ولفت إلى أنّ إجمالي عدد النازحين من إدلب منذ تشرين الثاني الماضي، وصل 359 ألفا و418، "
        "وأكد حاجة الآلاف من النازحين للمأوى والمساعدات."
    )
    assert _measures(text) == {"359 ألفا و418": "displaced", "الآلاف": "other"}


def test_a_thing_written_before_its_number_word() -> None:
    # ar3_249, https://www.arabkhabar.com/a/1023014: "one shelter centre", a construct of two
    # nouns before "واحد"
    text = (
        "وأوضحت الأونروا، في تقرير لها، إن النازحين يعيشون ظروفا إنسانية صعبة للغاية، خاصة وأن "
        "مراكز الإيواء أصبحت تستوعب ثلاثة أضعاف طاقتها، لافتة إلى أن مركز إيواء واحد في مدينة "
        "رفح يتواجد به 12500 نازح."
    )
    assert _measures(text) == {"واحد": "other", "12500": "population"}
    # a thing destroyed is not an attack; a person killed keeps the fate
    assert _measures("ودمرت الغارات منزلا واحدا وقتل مدني واحد.") == {
        "واحدا": "other",
        "واحد": "killed",
    }


def test_a_camp_crowded_with_people_described_before_the_count() -> None:
    # ar3_133, https://aawsat.com/home/article/1859566/ (al-Hol camp, 2019)
    text = (
        "يعج مخيم الهول، الواقع على بعد 45 كيلومترا شرق محافظة الحسكة في شمال شرقي سوريا، بنحو "
        "72 ألفا من الفارين من مناطق «داعش» سابقاً، يشكل الأطفال والنساء 90 في المائة منهم."
    )
    assert _measures(text) == {"نحو 72 ألفا": "population", "90 في المائة": "population"}
    # people who fled into a town, not a camp's stock
    assert one("نزح نحو 72 ألفا من الفارين إلى المدينة.", "نحو 72 ألفا")["measure"] == "displaced"


def test_the_households_that_the_people_counted_belong_to() -> None:
    # ar3_133, https://aawsat.com/home/article/1859566/: the camp director's census
    text = (
        "وخلال جولة لـ«الشرق الأوسط» في المخيم، قالت مديرته ماجدة أمين: «يبلغ تعداد مخيم الهول "
        "71905 أشخاص، وهم من 20600 عائلة، حيث يبلغ تعداد العراقيين منهم 30875 شخصاً من 8746 "
        "عائلة."
    )
    assert set(_measures(text).values()) == {"population"}


def test_the_whole_that_a_count_is_part_of() -> None:
    # ar3_247, https://nabaajordan.com/articles/388010: "5 health centres out of 22"
    text = (
        "أفادت وكالة الأمم المتّحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) بتهجير 1.9 مليون "
        "شخص من سكان قطاع غزة منذ 7 أكتوبر/تشرين الأول الماضي، مشيرة إلى أن هناك 5 مراكز صحية "
        "فقط من أصل 22 تابعة للأونروا تعمل في المناطق الوسطى والجنوبية من القطاع."
    )
    assert _measures(text) == {"1.9 مليون": "displaced", "5": "other", "22": "other"}


# --- refugees who ask, are bailed, or are besieged ------------------------------------------


def test_refugees_bailed_out_of_a_camp_or_asking_to_return() -> None:
    # ar3_191, https://www.masress.com/egynews/211378 (round-3 decision: both other)
    text = (
        "وأوضح الحمود أن عدد اللآجئين السوريين في مخيم الزعتري وصل إلى 81 ألفا و500 لاجيء وأن "
        "السلطات المختصة في المخيم منحت 260 لاجئا سوريا كفالات وفقا للشروط التي تنطبق على "
        "الحالات الإنسانية وهناك 110 لاجيء سوري طلب العودة إلى سوريا بعد تعبئة نموذج "
        '"العودة إلى الوطن".'
    )
    got = _measures(text)
    assert got["260"] == "other" and got["110"] == "other"


def test_a_besieged_sub_count_is_a_count_of_its_own() -> None:
    # ar3_219, https://alarab.co.il/Article/855068
    text = (
        "بدأ في بروكسل الثلاثاء مؤتمر للهيئات المانحة على أمل تقديم مساعدات لخمسة ملايين لاجئ "
        "سوري يقيمون في دول مجاورة و6,1 ملايين نازح داخل البلاد، بينهم 250 الفا محاصرون في "
        "مناطق نزاع."
    )
    t = rows(text).set_index("phrase")
    assert t.loc["250 الفا", "measure"] == "other"
    assert t["parent_figure_id"].isna().all()
    # a sub-count in a state of health stays a share of the wounded
    text = "أسفرت الغارات عن استشهاد 5 أشخاص وإصابة 5 آخرين بينهم اثنان بحالة حرجة."
    assert one(text, "اثنان")["measure"] == "injured"


# --- killed, wounded, or both ---------------------------------------------------------------


def test_a_count_of_another_fate_after_the_numbered_toll() -> None:
    # ar3_276, https://shahbapress.net/archives/6417: "عدد الشهداء" numbers the dead, not the
    # twenty wounded counted after them
    text = (
        "كما حلب أعزاز في المرتبة الثانية من حيث عدد الشهداء حيث قتل عشرة أشخاص على الأقل بعد "
        "أن استهدفها طيران العدوان الروسي لليوم الرابع على التوالي وجرح في الحادثة عشرون على "
        "الأقل وتسبب بدمار كبير في الكراج واحتراق أكثر من عشرة سيارات شحن خاصة."
    )
    got = _measures(text)
    assert got["عشرة"] == "killed" and got["عشرون"] == "injured"


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # ar3_261, https://fivethhealth1.blogspot.com/2022/01/blog-post_12.html: killed or
        # wounded, one count
        (
            "قتلت غارة جوية شنها التحالف بقيادة السعودية على سجن في اليمن أو أصابت ما لا يقل "
            "عن 100 شخص.",
            "ما لا يقل عن 100",
            "other",
        ),
        ("قتل 5 وأصيب 7 في غارة.", "7", "injured"),
        ("أدى القصف إلى مقتل طفلة وإصابة 7 آخرين.", "7", "injured"),
    ],
)
def test_killed_or_wounded_with_the_victims_after_the_second_verb(text, phrase, measure) -> None:
    assert one(text, phrase)["measure"] == measure
