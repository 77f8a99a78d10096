"""Arabic extraction, round 5 of issue 16: who reports a figure, general rules.

Each rule is tested on the real passage of an Arabic dev file that shows it (passage id and URL
in a comment; a test passes the passage text, never its gold) and, where a rule reaches further
than the passage, on sentences written for it, so that no rule pins one passage's words.
"""

from __future__ import annotations

import pytest

from idlibstats.extract.arabic import attribution, periods, pipeline
from idlibstats.extract.arabic.lexicon import SPEECH_VERBS
from idlibstats.extract.arabic.normalize import fold
from tests._arabic import one, rows


def _sources(text: str) -> list[tuple[str, str | None]]:
    t = rows(text)
    return [
        (p, None if s is None or s != s else s)
        for p, s in zip(t["phrase"], t["source"], strict=True)
    ]


# --- one list of speech verbs -----------------------------------------------------------------


def test_the_three_speech_checks_share_the_lexicon_list() -> None:
    # every verb of the one list is a speech verb for all three checks
    for verb in SPEECH_VERBS:
        w = fold(verb)
        assert attribution._SPEECH_BEFORE.search(w), verb
        assert periods._REPORTED.search(w + " المرصد"), verb
        assert pipeline._NEW_CLAIM.search("، و" + w + " "), verb
    # "نشرت" also means "deployed": a document word of the period check only
    assert not attribution._SPEECH_BEFORE.search(fold("نشرت"))
    assert periods._REPORTED.search(fold("نشرت المفوضية"))


def test_an_armed_group_that_discloses_reports() -> None:
    # "كشفت" was a speech verb of the period check only; an armed group is a reporter after it
    text = "وكشفت قوات الدعم السريع أنها أسرت 200 جندي في المعارك."
    assert one(text, "200")["source"] == "RSF"
    text = "وتقدمت قوات الدعم السريع وأسرت 200 جندي في المعارك."
    assert one(text, "200")["source"] is None


# --- unnamed statistics and people of the body named before ----------------------------------


def test_some_statistics_name_no_reporter() -> None:
    # ar3_132, https://media.snhr.org/blog/2015/04/08/126
    text = (
        "وبحسب الشبكة السورية لحقوق الإنسان، فقد دفعت الأحداث في سوريا ما لا يقل عن 185 ألفاً "
        "من أهالي المخيم إلى ترك منازلهم، والنزوح إلى مناطق أخرى داخل سوريا، أو اللجوء إلى دول "
        "الجوار، في حين تقول بعض الإحصائيات أن المخيم كان يضم نصف مليون سوري وفلسطيني قبل "
        "اندلاع الصراع في سوريا عام 2011 ونزوح معظم سكانه، ليتبقى منهم نحو 20 ألفاً فقط حالياً."
    )
    assert _sources(text) == [
        ("ما لا يقل عن 185 ألفاً", "SNHR"),
        ("نصف مليون", None),
        ("نحو 20 ألفاً", None),
    ]
    text = "وقالت المفوضية إن 500 عائلة عادت، وبحسب بعض التقديرات فإن 300 أخرى ستعود."
    assert _sources(text) == [("500", "UNHCR"), ("300", None)]


def test_a_person_of_the_body_named_before() -> None:
    # ar2_192 (AFP copy on swissinfo.ch, 43228312)
    # https://www.swissinfo.ch/ara/afp/%D9%86%D8%AD%D9%88/43228312
    text = (
        "وقالت منظمة أطباء بلا حدود الخميس في باريس ان وتيرة فرار المدنيين السوريين من الرقة "
        'تتسارع.\n\nوقالت ناتالي روبرتس من المنظمة الانسانية ان "800 شخص يصلون يوميا الى مخيم" '
        "عين عيسى للنازحين الذي يبعد 30 كلم شمال الرقة والوضع يزداد صعوبة بسبب الافتقار الى "
        "الامكانات الانسانية."
    )
    assert one(text, "800")["source"] == "MSF"
    # a person of a body the passage does not name before: nobody
    text = "وقالت ناتالي روبرتس من المنظمة الانسانية ان 800 شخص يصلون يوميا الى المخيم."
    assert one(text, "800")["source"] is None


# --- office-holders, relays, countries --------------------------------------------------------


def test_an_office_holder_opening_the_clause_speaks_for_his_body() -> None:
    # ar4_011, https://themwl.org/mwn/node/242: a long title between the verb and the body
    text = (
        "وأوضحت أورسولا مولر الأمينة العامة المساعدة بالأمم المتحدة المكلفة بالشؤون الإنسانية "
        "أمام مجلس الأمن الدولي أن المخيمات المخصصة لإيواء النازحين تجاوزت طاقة استيعابها ما "
        "أجبر العديد من الاشخاص على الإقامة في أحد المخيمات العشوائية الـ 160 في إدلب."
    )
    assert one(text, "160")["source"] == "OCHA"
    # ar4_060 (d-dall.com, "غارات أميركية في اليمن"): an armed group's office-holder
    text = (
        "وفي تصريح سابق، أكد رئيس المجلس السياسي لجماعة الحوثي، مهدي المشاط، أن جماعته لم "
        "تتضرر سوى بنسبة واحد بالمائة من تلك الغارات، معتبرًا أن جميع الأهداف المستهدفة مدنية."
    )
    assert one(text, "واحد بالمائة")["source"] == "Houthis"
    # no title: the group is what the statement is about, not its speaker
    text = "وأكدت الوزارة أن مقاتلي جماعة الحوثي قتلوا 12 مدنيا."
    assert one(text, "12")["source"] is None


def test_a_site_that_carried_the_figures_relays_them() -> None:
    # ar4_009, https://bissanfm.com/news/21645
    text = (
        "وبحسب المفوضية فإن الصراع في سوريا تسبب بأكبر أزمة نزوح في العالم، حيث يعيش أكثر من "
        "خمسةٍ ملايين ونصف المليون سوري كلاجئين في المنطقة، فيما نزح أكثر من ستة ملايين سوري "
        "داخل البلاد، حسبما نقل موقع أخبار الأمم المتحدة."
    )
    assert one(text, "أكثر من ستة ملايين")["source"] == "UNHCR"
    # ar4_027, https://www.okaz.com.sa/news/politics/2209308
    text = (
        "أعلنت مفوضية الأمم المتحدة السامية لشؤون اللاجئين، عودة نحو 780 ألف سوري إلى وطنهم "
        "منذ سقوط نظام بشار الأسد في الـ8 من ديسمبر عام 2024.وأفادت في تقرير حديث لها بأن "
        "أكثر من 1.6 مليون نازح داخلي عادوا إلى أماكن إقامتهم السابقة في سورية، وفق موقع "
        "«ريليف ويب» التابع لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية."
    )
    assert one(text, "أكثر من 1.6 مليون")["source"] == "UNHCR"
    # with no other reporter, the site's owner is the source
    text = "عاد أكثر من 1.6 مليون نازح إلى قراهم، وفق موقع أخبار الأمم المتحدة."
    assert one(text, "أكثر من 1.6 مليون")["source"] == "UN"


def test_an_unnamed_source_that_told_an_agency() -> None:
    # ar4_225, https://www.alquds.co.uk/ ("مصدر طبي: خمسة قتلى بقصف مستشفى في أم درمان")
    text = (
        "بورت سودان: قُتل خمسة أشخاص الثلاثاء في قصف طال أحد آخر المراكز الطبية العاملة في "
        "مدينة أم درمان المجاورة للخرطوم، وفق ما أفاد مصدر طبي وكالة فرانس برس ناسبا الغارة "
        "إلى قوّات الدعم السريع."
    )
    assert one(text, "خمسة")["source"] == "AFP"
    text = "وقتل خمسة أشخاص في القصف، وفق ما أفاد مصدر طبي."
    assert one(text, "خمسة")["source"] is None


def test_a_ministry_after_the_country_that_opens_the_clause() -> None:
    # ar4_029, https://jornews.com/post/106723
    text = (
        "وفي تركيا، أعلن وزير الداخلية علي يرلي قايا أن أكثر من 30 ألف لاجئ سوري عبروا الحدود "
        "إلى بلدهم خلال 17 يومًا بعد سقوط النظام."
    )
    assert one(text, "أكثر من 30 ألف")["source"] == "Turkish Interior Ministry"
    text = "وفي لبنان، قالت وزيرة الشؤون الاجتماعية إن 400 ألف نازح عادوا."
    assert one(text, "400 ألف")["source"] == "Lebanese government"
    text = "وقال وزير الداخلية إن 400 ألف نازح عادوا."
    assert one(text, "400 ألف")["source"] is None


def test_a_country_after_fi_is_a_place_not_a_speaker() -> None:
    # ar4_185 (alayaameg.com, Derna floods)
    text = (
        "كان قد أفاد نبأ عاجل نقلته وسائل إعلام ليبية، أن فرق الإنقاذ في ليبيا أعلنت إنتشال 150 "
        "جثمانا، أمس الأربعاء من سواحل مدينة البيضاء."
    )
    assert one(text, "150")["source"] is None
    text = "وأعلنت ليبيا انتشال 150 جثمانا من البحر."
    assert one(text, "150")["source"] == "Libyan government"


# --- documents and names ----------------------------------------------------------------------


def test_an_update_of_the_body_named_before() -> None:
    # ar4_086 (chadianagency.com, 2025-11-14)
    text = (
        "أعلن المفوضية السامية للأمم المتحدة لشؤون اللاجئين (UNHCR) عن تسجيل موجة جديدة من "
        "اللاجئين السودانيين إلى شرق تشاد، نتيجة استمرار أعمال العنف في شمال دارفور. ووفقًا "
        "للتحديث السريع رقم 27 الصادر في 12 نوفمبر، فقد عبر 2,049 شخصًا (768 أسرة) الحدود خلال "
        "الأسبوع الأخير."
    )
    t = rows(text, published="2025-11-14")
    assert t.set_index("phrase").loc[["2,049", "768"], "source"].tolist() == ["UNHCR", "UNHCR"]


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # ar4_135, https://syria.tv/ (the Civil Defence's monthly count): an outlet's
        # correspondent (round-3 decision (b))
        (
            "وقال مراسل تلفزيون سوريا: إن عدد ضحايا غارات طائرات النظام وروسيا تجاوز العشرين "
            "قتيلا، سقطوا في مدن وبلدات إدلب يوم أمس السبت.",
            "تجاوز العشرين",
            "Syria TV",
        ),
        # ar4_058 (ghadnews.net, 2025-04-05): the Houthis' figures named by their adjective
        (
            "ومنذ 15 مارس/ آذار الماضي، رصدت الأناضول مئات الغارات الأمريكية على اليمن، ما أدى "
            "إلى مقتل 67 مدنيا وإصابة 146 آخرين على الأقل، بينهم أطفال ونساء، حسب بيانات حوثية "
            "لا تشمل الضحايا من القوات التابعة للجماعة.",
            "146",
            "Houthis",
        ),
    ],
)
def test_names_of_outlets_and_groups(text: str, phrase: str, source: str) -> None:
    assert one(text, phrase)["source"] == source


def test_titled_speaker_stops_at_that() -> None:
    # the title pattern does not run over "أن" into what was said
    rx = attribution._TITLED_SPEAKER
    assert rx.fullmatch(fold("وأوضحت أورسولا مولر الأمينة العامة المساعدة "))
    assert not rx.fullmatch(fold("وقالت الوزارة إن رئيس البلدية "))


def test_a_ministry_of_the_region_in_a_passage_on_kurdistan() -> None:
    # ar4_195 (nirgalgate.com, "كردستان العراق: عدد النازحين واللاجئين في الإقليم")
    text = (
        'وأضافت، انه "بحسب آخر إحصائية لمديرية الهجرة واللاجئين التابعة لوزارة الداخلية '
        "بالإقليم، في عام 2022، بلغ العدد الإجمالي للنازحين في إقليم كردستان نحو 665 ألفاً، وعدد "
        'اللاجئين أكثر من 248 ألف نسمة".'
    )
    assert _sources(text) == [
        ("نحو 665 ألفاً", "Kurdistan Regional Government"),
        ("أكثر من 248 ألف", "Kurdistan Regional Government"),
    ]
    # "the Region" of a passage that names no Kurdistan: nobody
    text = "وبحسب وزارة الداخلية بالإقليم، بلغ عدد النازحين نحو 665 ألفاً."
    assert one(text, "نحو 665 ألفاً")["source"] is None


def test_an_outlet_quoting_an_unnamed_source() -> None:
    # round-3 decision: 'نقلت "إ ف ب" عن نشطاء' -> AFP; so an outlet "نقلاً عن مصدر"
    text = "وذكرت وكالة سانا نقلاً عن مصدر طبي أن 12 شخصا قتلوا في القصف."
    assert one(text, "12")["source"] == "SANA"
    text = "وقتل 12 شخصا في القصف نقلاً عن مصدر طبي."
    assert one(text, "12")["source"] is None


def test_a_site_named_by_itself_still_reports() -> None:
    # only a site *of* a body relays; a news site cited by its own name reports
    text = "وقال المرصد إن 10 مدنيين قتلوا، فيما قُتل 20 عنصرا وفق موقع حلب اليوم."
    assert _sources(text) == [("10", "SOHR"), ("20", "Halab Today")]
