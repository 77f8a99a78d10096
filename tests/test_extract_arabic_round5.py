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
    # ar3_133 (al-Hol camp, 2019),
    # https://aawsat.com/home/article/1859566/%D9%85%D8%AE%D9%8A%D9%85-%D8%A7%D9%84%D9%87%D9%88%D9%84-72-%D8%A3%D9%84%D9%81-%D9%85%D9%82%D9%8A%D9%85-90-%D9%85%D9%86%D9%87%D9%85-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%88%D9%86%D8%B3%D8%A7%D8%A1?page=1
    text = (
        "يعج مخيم الهول، الواقع على بعد 45 كيلومترا شرق محافظة الحسكة في شمال شرقي سوريا، بنحو "
        "72 ألفا من الفارين من مناطق «داعش» سابقاً، يشكل الأطفال والنساء 90 في المائة منهم."
    )
    assert _measures(text) == {"نحو 72 ألفا": "population", "90 في المائة": "population"}
    # people who fled into a town, not a camp's stock
    assert one("نزح نحو 72 ألفا من الفارين إلى المدينة.", "نحو 72 ألفا")["measure"] == "displaced"


def test_the_households_that_the_people_counted_belong_to() -> None:
    # ar3_133, the camp director's census,
    # https://aawsat.com/home/article/1859566/%D9%85%D8%AE%D9%8A%D9%85-%D8%A7%D9%84%D9%87%D9%88%D9%84-72-%D8%A3%D9%84%D9%81-%D9%85%D9%82%D9%8A%D9%85-90-%D9%85%D9%86%D9%87%D9%85-%D8%A3%D8%B7%D9%81%D8%A7%D9%84-%D9%88%D9%86%D8%B3%D8%A7%D8%A1?page=1
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


# --- displaced at home and abroad in one count; residents ----------------------------------


def test_a_worldwide_count_of_the_forcibly_displaced() -> None:
    # ar223, https://edd-dz.net/13122.html (UNHCR's global trends: refugees and IDPs together)
    text = (
        "أظهرت معطيات صدرت عن تقرير للمفوضية السامية لشؤون اللاجئين بالأمم المتحدة، اليوم "
        "الخميس، أن أكثر من 1% من البشرية أي ما يعادل نحو 80 مليون شخص قد اضطروا لمغادرة "
        "منازلهم هربًا من العنف والاضطهاد والحروب، ويعيشون اليوم بعيدًا عن منازلهم،"
    )
    assert set(_measures(text).values()) == {"other"}
    # "the world's largest displacement crisis" does not count the world
    text = "تسبب الصراع بأكبر أزمة نزوح في العالم حيث نزح أكثر من ستة ملايين سوري."
    assert one(text, "أكثر من ستة ملايين")["measure"] == "displaced"


def test_people_driven_to_displacement_or_asylum() -> None:
    # ar3_132, https://media.snhr.org/blog/2015/04/08/126 (Yarmouk camp): "أهالي" are
    # residents, but what they were driven to governs the count, at home or abroad
    text = (
        "وبحسب الشبكة السورية لحقوق الإنسان، فقد دفعت الأحداث في سوريا ما لا يقل عن 185 ألفاً "
        "من أهالي المخيم إلى ترك منازلهم، والنزوح إلى مناطق أخرى داخل سوريا، أو اللجوء إلى "
        "دول الجوار، في حين تقول بعض الإحصائيات أن المخيم كان يضم نصف مليون سوري وفلسطيني قبل "
        "اندلاع الصراع في سوريا عام 2011 ونزوح معظم سكانه، ليتبقى منهم نحو 20 ألفاً فقط حالياً."
    )
    assert one(text, "ما لا يقل عن 185 ألفاً")["measure"] == "other"
    text = "دفعت المعارك 300 ألف من سكان المدينة إلى ترك منازلهم."
    assert one(text, "300 ألف")["measure"] == "displaced"


def test_a_total_whose_rest_fled_abroad() -> None:
    # ar2_278 (IOM on Ukraine),
    # https://almarkazia.com/ar/news/show/400616/%D9%83%D9%85-%D8%A8%D9%84%D8%BA-%D8%B9%D8%AF%D8%AF-%D8%A7%D9%84%D9%86%D8%A7%D8%B2%D8%AD%D9%8A%D9%86-%D9%85%D9%86-%D8%A7%D9%88%D9%83%D8%B1%D8%A7%D9%86%D9%8A%D8%A7
    text = (
        "وتقدر المنظمة الدولية للهجرة وصول عدد الأشخاص الذين أرغموا على الفرار من منازلهم "
        "بسبب الهجوم الروسي على أوكرانيا إلى 13,686 مليون شخص، بينهم 8,029 ملايين شخص نزحوا "
        "داخل الأراضي الأوكرانية، فيما فرّ الباقون إلى خارجها."
    )
    t = rows(text).set_index("phrase")
    assert t.loc["13,686 مليون", "measure"] == "other"
    assert t.loc["8,029 ملايين", "measure"] == "displaced"
    assert t["parent_figure_id"].isna().all()


@pytest.mark.parametrize(
    "text",
    [
        "أكد المركز أن العدد الكلي للنازحين واللاجئين في الإقليم هو 928649 نازحاً ولاجئاً.",
        "منذ ديسمبر 2024، عاد أكثر من 3 ملايين لاجئ ونازح إلى مناطقهم.",
    ],
)
def test_displaced_and_refugees_named_together(text) -> None:
    # the kind of ar3_131's "المشردين والمهجرين" and the issue-11 decision (displaced at home
    # and abroad in one count -> other), in the accusative and with the refugee first
    assert set(_measures(text).values()) == {"other"}


def test_a_bracketed_count_of_people_who_live_somewhere() -> None:
    # ar3_287, https://www.arabkhabar.com/a/3395181
    text = (
        "ووفق الحكومة والمنظمة الدولية للهجرة، يعيش نحو ربع النازحين (أكثر من 185 ألف شخص) في "
        "لبنان، في مراكز إيواء رسمية مثل المدارس."
    )
    assert one(text, "أكثر من 185 ألف")["measure"] == "population"
    assert one("فر نحو ربع النازحين (أكثر من 185 ألف شخص) إلى سوريا.", "أكثر من 185 ألف")[
        "measure"
    ] in ("displaced", "refugees")


def test_a_dual_in_a_distribution_at_a_rate() -> None:
    # ar3_044 (IOM Yemen), https://yaqeenonline.net/أخبار-وتقارير/الهجرة-الدولية-تكشف-عن-نزوح-نحو-10-آلاف-أسرة-يمنية
    # "بواقع" lists shares of the count before
    text = (
        "وأضافت أن حالات النزوح انتقلت إلى مأرب بواقع (11 أسرة نشأت من المحافظة والحديدة)، "
        "وتعز (8 أسر نشأت من داخل المحافظة والحديدة)، والحديدة بواقع أسرتين نشأت من داخل "
        "المحافظة."
    )
    assert set(_measures(text).values()) == {"displaced"}
