"""Arabic extraction, round 7 of issue 16: who reports a figure (``source``) and what it counts.

Each rule is tested on the real passage of an Arabic dev file that shows it (the passage id and
URL in a comment; a test passes the passage text, never its gold) and, where the rule has a
counter-case that must not change, on that too.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _sources(text: str) -> dict[str, str | None]:
    t = rows(text)
    return {
        p: (s if isinstance(s, str) else None)
        for p, s in zip(t["phrase"], t["source"], strict=True)
    }


def _measures(text: str) -> dict[str, str]:
    t = rows(text)
    return dict(zip(t["phrase"], t["measure"], strict=True))


# --- registry names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar6_046, https://alittihadnet.net/news23174.html
        (
            "أكدت الوحدة التنفيذية لإدارة مخيمات النازحين في مأرب أن أكثر من 116 ألف شخص نزحوا "
            "من مديريات عدة في المحافظة.\nووفق التقرير، فإن إجمالي أعداد النازحين في المحافظة "
            "بلغ أكثر من مليونين ومائتي ألف نازح.",
            {
                "أكثر من 116 ألف": "Executive Unit for IDPs",
                "أكثر من مليونين ومائتي ألف": "Executive Unit for IDPs",
            },
        ),
        # ar5_141, https://www.sauress.com/alriyadh/2146604
        (
            "أعلنت الهيئة الوطنية للمفقودين في سوريا اليوم الاثنين، أن عدد الأشخاص الذين فقدوا "
            "خلال عقود من حكم عائلة الأسد والحرب الأهلية قد يتجاوز 300 ألف شخص.",
            {"يتجاوز 300 ألف": "National Commission for Missing Persons"},
        ),
        # ar5_147, https://ksaplayers.com/Ksahome/NewsDetial/?nid=32892900
        (
            "قال متحدث باسم مركز طب الطوارئ والدعم في ليبيا يوم الأربعاء إن عدد ضحايا الاشتباكات "
            "التي شهدتها العاصمة طرابلس يصل إلى 55 قتيلا و146 جريحا.",
            {"55": "Libyan Emergency Medicine Centre", "146": "Libyan Emergency Medicine Centre"},
        ),
        # ar5_037, https://alwatannews.net/life-style/article/980840/شتاء-اللاجئين-المناخ-القارس-يضيف-لمأساة-اللاجئين-السوريين
        (
            "ويبلغ أعداد النازحين السوريين في الشمال السوري نحو 2.1 مليون نازح، من أصل أكثر من 4 "
            "ملايين سوري يسكنون مناطق سيطرة المعارضة السورية حسب قناة الحرة.",
            {"نحو 2.1 مليون": "Alhurra", "أكثر من 4 ملايين": "Alhurra"},
        ),
        # ar5_126, https://hibrpress.com/10-من-النازحين-فقط-عادوا-إلى-بيوتهم-في-ري
        (
            "وبحسب موقع اقتصاد فإنه يعود مئات الأشخاص يومياً إلى بيوتهم بريف إدلب الجنوبي.",
            {"مئات": "Eqtisad"},
        ),
        # ar5_087, https://microsyria.com/2017/09/20/11-%d9%82%d8%aa%d9%8a%d9%84%d8%a7-%d9%88%d8%ac%d8%b1%d9%8a%d8%ad%d8%a7-%d8%a8%d9%82%d8%b5%d9%81-%d8%ac%d9%88%d9%8a-%d8%b9%d9%84%d9%89-%d8%b4%d9%85%d8%a7%d9%84-%d8%ad%d9%85%d8%a7%d8%a9/ (told an outlet: the outlet)
        (
            'وقال المدير الإغاثي في المجلس المحلي لجبل شحشبو، محسن المحسن، في تصريح إلى "سمارت"، '
            "إن طائرات حربية يرجح أنها للنظام شنت غارة على قرية الصهرية ما أسفر عن مقتل امرأة "
            "وابنتها وجرح مدنيين اثنين.",
            {"اثنين": "Smart"},
        ),
        # ar6_014, https://sawaleif.com/%d8%a3%d8%b9%d8%af%d8%a7%d8%af-%d8%a7%d9%84%d9%84%d8%a7%d8%ac%d8%a6%d9%8a%d9%86-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d9%8a%d9%86-%d8%a7%d9%84%d8%b9%d8%a7%d8%a6%d8%af%d9%8a%d9%86-%d8%aa%d8%b3%d8%ac-954617 (the UN refugee chief without "السامي")
        (
            "أعلن مفوض الأمم المتحدة لشؤون اللاجئين فيليبو غراندي أن حوالي 200 ألف #لاجئ عادوا "
            "إلى #سوريا من دول مجاورة منذ تمت الإطاحة بنظام #بشار_الأسد الشهر الماضي.",
            {"حوالي 200 ألف": "UNHCR"},
        ),
        # ar6_024, https://wideo.ovh/video/x6kb9hl/تحذير-أممي-جديد-من-مجاعة-باليمن (the UN humanitarian chief heads OCHA)
        (
            "أعلن وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية أن القيود على العمل الإنساني "
            "باليمن تتزايد، محذرا من أن 22 مليون يمني بحاجة لمساعدات، وأن خطر المجاعة يهدد نحو "
            "8.5 ملايين.",
            {"22 مليون": "OCHA", "نحو 8.5 ملايين": "OCHA"},
        ),
    ],
)
def test_registry_names_of_bodies_and_outlets(text: str, expected: dict[str, str]) -> None:
    assert _sources(text) == expected


def test_a_bare_word_of_an_outlet_name_is_no_source() -> None:
    # "الحرة" (free) and "اقتصاد" (economy) alone name nobody
    assert _sources("وقالت الصحافة الحرة إن 55 شخصا قتلوا.") == {"55": None}
    assert _sources("وبحسب خبراء اقتصاد فإن 30 مصنعا أغلقت.") == {"30": None}


# --- people where they stay: residents, whoever they are -----------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # ar6_039, https://npasyria.com/29643/ (a camp that holds them; "/70/" in slashes)
        (
            'وقال مدير مخيم "خيارة"، إن معظم المخيم الذي يضم /70/ عائلة نازحة، قد دُمر.',
            "70",
            "population",
        ),
        # ar5_075, https://www.arabkhabar.com/a/4979237 (the camp's description cut by commas)
        (
            "وأشار الى أن “جميع المخيمات أُغلقت باستثناء مخيمات في أربيل ودهوك، حيث يبلغ عددها "
            "حالياً نحو 22 مخيماً، في دهوك وأربيل وتضم ما يقارب 18 ألف عائلة”.",
            "ما يقارب 18 ألف",
            "population",
        ),
        # ar6_047, https://www.arabkhabar.com/a/4815935 (a place that holds them)
        (
            "شكت العشرات من الأسر النازحة طردها من مخيم العرق الشرقي بمأرب، بعد رحلة نزوح متعددة "
            "بدأتها تلك الأسر من محافظة إب واستقرت في مأرب، التي تضم قرابة مليوني نازح.",
            "قرابة مليوني",
            "population",
        ),
        # ar5_119, https://nabaajordan.com/articles/380612 ("يمكثون": they stay)
        (
            "كشفت وكالة غوث وتشغيل اللاجئين الفلسطينيين (أونروا) أن نحو 830 ألف نازح يمكثون حاليا "
            "في 154 منشأة تابعة للوكالة في جميع محافظات قطاع غزة بما فيها الشمال.",
            "نحو 830 ألف",
            "population",
        ),
        # ar5_122, https://saudianas.com/politics/%d8%b3%d9%82%d9%88%d8%b7-%d9%86%d8%b8%d8%a7%d9%85-%d8%a7%d9%84%d8%a3%d8%b3%d8%af-%d9%8a%d8%ad%d9%8a%d9%8a-%d8%a2%d9%85%d8%a7%d9%84-%d8%a7%d9%84%d9%86%d8%a7%d8%b2%d8%ad%d9%8a%d9%86-%d8%a7%d9%84%d8%b3 (tents are camps)
        (
            "ويبلغ عدد النازحين في الخيام أكثر من مليون و200 ألف شخص في محافظة إدلب وريف حلب "
            "الشمالي، حسب إحصاءات محلية.",
            "أكثر من مليون و200 ألف",
            "population",
        ),
        # ar5_154, https://infinity24.news/?p=129511 ("لا يزالون يقيمون في": remain living in)
        (
            "إذ بقي أكثر من 165 ألف نازح يقيمون خارج بيوتهم، فيما 4261 نازحاً لا يزالون يقيمون في "
            "مراكز جماعية في معظم المحافظات اللبنانية.",
            "4261",
            "population",
        ),
        # ... and those living outside their homes keep their status
        (
            "إذ بقي أكثر من 165 ألف نازح يقيمون خارج بيوتهم، فيما 4261 نازحاً لا يزالون يقيمون في "
            "مراكز جماعية في معظم المحافظات اللبنانية.",
            "أكثر من 165 ألف",
            "displaced",
        ),
        # ar6_012, https://megaphone.news/cards/3-000-000-سوري (abroad is no residence)
        (
            "وكشف المفوّض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي أنّ نحو خمسة ملايين "
            "لاجئ سوري ما زالوا في الخارج، يقيم معظمهم في دول مجاورة مثل الأردن ولبنان.",
            "نحو خمسة ملايين",
            "refugees",
        ),
        # counter-cases (ar3_054, ar053): households of members, a body's staff
        ("ووصلت في 9 أغسطس/آب الجاري 50 أسرة إضافية نازحة تضم 300 فرد.", "300", "displaced"),
        (
            "وتأسس الدفاع المدني السوري عام 2013، ويضم أكثر من ثلاثة آلاف مواطن ينتمون إلى مهن "
            "مختلفة.",
            "أكثر من ثلاثة آلاف",
            "other",
        ),
    ],
)
def test_people_counted_where_they_stay(text: str, phrase: str, measure: str) -> None:
    assert _measures(text)[phrase] == measure


# --- crossing a border: fleeing a named country, returning to the country ------------------


def test_people_who_flee_a_named_country_are_refugees() -> None:
    # ar5_153, https://www.arabkhabar.com/a/3335052
    text = (
        "بدورها، أعلنت مفوضية اللاجئين ان أكثر من 70 ألفا فروا من لبنان في الأيام الأخيرة، "
        "مشيرة إلى ان اللبنانيين يهربون من صراع إلى آخر."
    )
    assert _measures(text)["أكثر من 70 ألفا"] == "refugees"
    # fleeing a town stays at home
    assert _measures("وقالت الأمم المتحدة إن 70 ألفا فروا من الموصل.")["70 ألفا"] == "displaced"


def test_people_who_return_to_the_country_are_refugees() -> None:
    # ar6_016, https://mnatimes.com/?p=17098
    text = (
        "أفاد المفوض السامي للأمم المتحدة لشؤون اللاجئين، فيليبو غراندي، أنه منذ الإطاحة بالرئيس "
        "السوري بشار الأسد، عاد ما يقرب من 200 ألف شخص إلى البلاد."
    )
    assert _measures(text)["ما يقرب من 200 ألف"] == "refugees"
    # a return to their villages stays at home
    assert _measures("عاد 5000 نازح إلى قراهم في ريف إدلب.")["5000"] == "displaced"


# --- who reports: verbs after the name, descriptions, openers -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar6_013, https://syria.news-pravda.com/syria/2025/01/14/18168.html (a present-tense verb
        # after the name)
        (
            "المفوضية العليا للأمم المتحدة لشؤون اللاجئين، تؤكد أن 522 ألف شخص عادوا إلى أماكن "
            "إقامتهم السابقة في سوريا.",
            {"522 ألف": "UNHCR"},
        ),
        # ar6_016, https://mnatimes.com/?p=17098 (the chief named in apposition speaks again)
        (
            "أفاد المفوض السامي للأمم المتحدة لشؤون اللاجئين، فيليبو غراندي، أنه منذ الإطاحة "
            "بالرئيس السوري بشار الأسد، عاد ما يقرب من 200 ألف شخص إلى البلاد.\nوأشار غراندي في "
            "رسالة نشرها إلى أنه “منذ بداية شهر كانون الأول/ديسمبر، عاد 190 ألف سوري إلى ديارهم، "
            "وينبغي أن نضيف إليهم حوالي 500 ألف عادوا العام الماضي خلال الصراع في لبنان”.",
            {"ما يقرب من 200 ألف": "UNHCR", "190 ألف": "UNHCR", "حوالي 500 ألف": "UNHCR"},
        ),
        # ar6_046, https://alittihadnet.net/news23174.html ("وبينت الوحدة": the unit named before)
        (
            "أكدت الوحدة التنفيذية لإدارة مخيمات النازحين في مأرب أن أكثر من 116 ألف شخص نزحوا "
            "خلال العام الماضي.\nوبينت الوحدة، في تقريرها، أن التصعيد العسكري للحوثيين تسبب "
            "بنزوح أكثر من تسعة عشر ألف أسرة.",
            {
                "أكثر من 116 ألف": "Executive Unit for IDPs",
                "أكثر من تسعة عشر ألف": "Executive Unit for IDPs",
            },
        ),
        # ar6_047, https://www.arabkhabar.com/a/4815935 (a denial is a statement)
        (
            "وفي ذات السياق، نفت الوحدة التنفيذية لإدارة مخيمات النازحين بمحافظة مأرب، وجود حالات "
            "تهجير قسري في مخيم العرق الشرقي بمديرية الوادي، والذي يقطنه أكثر من 1200 أسرة نازحة.",
            {"أكثر من 1200": "Executive Unit for IDPs"},
        ),
        # ar5_042, https://djazairess.com/elkhabar/327794: the named monitor, as media sources relay it
        (
            'وقال المرصد حسبما أفادت مصادر اعلامية "إن من بين الضحايا 40390 مدنيا من ضمنهم 4264 '
            "طفلا دون سن الثامنة عشرة.",
            {"40390": "SOHR", "4264": "SOHR"},
        ),
        # ar5_121, https://www.sadanews.ps/news/160668.html ("الوكالة الأممية" with no agency named before: the UN; "ولفتت" goes on)
        (
            'وأشارت الوكالة الأممية إلى تعرض نحو "60 منشأة تتبع لها لإصابات مباشرة منذ 7 تشرين '
            'الأول/ أكتوبر الماضي".\nولفتت إلى أن التقديرات الأولية تفيد "بمقتل ما لا يقل عن 314 '
            'نازحا".',
            {'نحو "60': "UN", "ما لا يقل عن 314": "UN"},
        ),
        # ar5_135, https://www.masress.com/alshaab/367269 ("المنظمة التابعة للأمم المتحدة" after WHO: WHO, which goes on reporting)
        (
            "أعلنت منظمة الصحة العالمية ارتفاع الوفيات جراء وباء الكوليرا في اليمن إلى 1966 حالة. "
            "وأوضحت المنظمة التابعة للأمم المتحدة أن أكثر من 494 ألف حالة اشتباه بمرض الكوليرا تم "
            "تسجيلها. وأضافت أنها سجلت ألف و966 حالة وفاة مرتبطة بالمرض.",
            {"1966": "WHO", "أكثر من 494 ألف": "WHO", "ألف و966": "WHO"},
        ),
        # ar5_154, https://infinity24.news/?p=129511 (the next sentence says whose figures they are)
        (
            "فيما 4261 نازحاً لا يزالون يقيمون في مراكز جماعية في معظم المحافظات اللبنانية. وتعود "
            "هذه الأرقام إلى التقرير الذي أصدرته أخيراً المنظمة الدولية للهجرة عن النزوح.",
            {"4261": "IOM"},
        ),
    ],
)
def test_reporters_named_around_the_figures(text: str, expected: dict[str, str]) -> None:
    assert _sources(text) == expected


def test_counter_cases_of_the_reporter_rules() -> None:
    # an unnamed source alone names nobody; "في بيان" after a body is no person's name
    assert _sources("وقتل 12 مدنيا حسبما أفادت مصادر اعلامية.") == {"12": None}
    text = "قالت منظمة الصحة العالمية، في بيان، إن 20 شخصا قتلوا.\nوأضاف بيان أن 30 شخصا أصيبوا."
    assert _sources(text)["20"] == "WHO"
    # "the UN agency" after no agency stays the UN, not a body named in another role
    assert _sources("وقالت الوكالة الأممية إن 50 ألفا نزحوا.") == {"50 ألفا": "UN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar5_117, https://radiotamazuj.org/ar/news/article/46-%d9%85%d8%b1%d9%83%d8%b2-%d8%a5%d9%8a%d9%88%d8%a7%d8%a1-%d8%ac%d8%af%d9%8a%d8%af-%d9%81%d9%8a-%d9%85%d8%b9%d8%b3%d9%83%d8%b1-%d8%b2%d9%85%d8%b2%d9%85-%d9%84%d9%84%d9%86%d8%a7%d8%b2%d8%ad (a coordinator told the radio)
        (
            "أوضح الأستاذ حسن صابر جمعة، منسق النازحين بمفوضية العون الإنساني بشمال دارفور لراديو "
            "تمازج، أن عدد المراكز الجديدة للنازحين في معسكر زمزم بلغ حوالي 46 مركزا، بالإضافة "
            "إلى 67 مركزا موجودا مسبقا.",
            {"حوالي 46": "Radio Tamazuj", "67": "Radio Tamazuj"},
        ),
        # ar6_039, https://npasyria.com/29643/ (a camp director told the agency)
        (
            'وقال محمد أبو تامر، وهو مدير مخيم "خيارة" الذي يقع قرب مدينة سرمدا، لــــ "نورث برس"، '
            "إن معظم المخيم الذي يضم /70/ عائلة نازحة، قد دُمر بسبب العاصفة.",
            {"70": "North Press"},
        ),
    ],
)
def test_an_unnamed_teller_who_told_an_outlet_gives_the_outlet(
    text: str, expected: dict[str, str]
) -> None:
    assert _sources(text) == expected


def test_a_named_reporter_who_told_an_outlet_keeps_the_figures() -> None:
    # the round-2 rule the earlier gold follows ("قال مدير المرصد لوكالة فرانس برس")
    text = 'وقال المرصد السوري لحقوق الإنسان لـ"نورث برس" إن 12 مدنيا قتلوا.'
    assert _sources(text) == {"12": "SOHR"}


# --- people carried, buses, killed or missing ---------------------------------------------


def test_people_a_boat_carries_and_their_fates() -> None:
    # ar5_065, https://harammissr.com/newsharam/544.html
    text = (
        "أعلنت المنظمة الدولية للهجرة، التابعة للأمم المتحدة، عن سقوط 53 مهاجرا بين قتيل ومفقود، "
        "إثر غرق قارب قبالة سواحل ليبيا.\nوأفاد الهلال الأحمر الليبي، أن القارب الأول كان يضم 26 "
        "مهاجراً من بنجلادش، توفي 4 منهم، أما القارب الثاني كان يحمل 69 مهاجراً، بينهم مصريان "
        "وعشرات السودانيين."
    )
    t = rows(text)
    assert dict(zip(t["phrase"], t["measure"], strict=True)) == {
        "53": "other",  # killed or missing: one count of both
        "26": "other",
        "4": "killed",
        "69": "other",
        "عشرات": "other",
    }
    assert (
        t.loc[t["phrase"] == "4", "parent_figure_id"].isna().all()
    )  # a fate of their own, no share
    # ar5_063, https://www.swissinfo.ch/ara/%D9%85%D9%86%D8%B8%D9%85%D8%A9%3A-%D9%85%D9%82%D8%AA%D9%84-50-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A3%D9%82%D9%84-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B4%D8%AA%D8%B9%D8%A7%D9%84-%D9%82%D8%A7%D8%B1%D8%A8-%D9%8A%D9%82%D9%84-75-%D9%84%D8%A7%D8%AC%D8%A6%D8%A7-%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D8%A7-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D9%84%D9%8A%D8%A8%D9%8A%D8%A7/90013879 (Reuters): refugees a boat carried
    text = (
        "قالت المنظمة الدولية للهجرة يوم الثلاثاء إن 50 شخصا على الأقل لقوا حتفهم بعد اشتعال "
        "النيران في قارب يقل 75 لاجئا سودانيا قبالة سواحل ليبيا يوم الأحد."
    )
    assert _measures(text) == {"50": "killed", "75": "other"}
    # counter-case: a death toll of refugees on a boat keeps the fate
    assert _measures("وغرق 40 لاجئا كانوا على متن قارب قبالة ليبيا.") == {"40": "killed"}


def test_buses_are_things() -> None:
    # ar6_051, https://alalam.ir/news/4086466
    text = (
        "بدأ النازحون السوريون ومنذ ساعات الصباح الأولى بالتجمع أمام مركز المصنع لحين دخول "
        "الباصات السورية والبالغ عددها 15 باصا توزعت على الشكل التالي: 8 على برج حمود، 4 إلى "
        "صيدا وشبعا والنبطية و3 باصات انتظرت في المصنع."
    )
    m = _measures(text)
    assert (m["15"], m["3"]) == ("other", "other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ar5_033, https://www.lebanon24.com/news/world-news/1431860/%D8%A3%D9%88%D8%B6%D8%A7%D8%B9-%D8%B5%D8%B9%D8%A8%D8%A9-%D8%AA%D8%B9%D9%8A%D8%B4%D9%87%D8%A7-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D9%81%D8%A7%D8%B4%D8%B1-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D8%A9 (a sentence ends after a
        # quote with no space: the next one does not take its reporter)
        (
            'من جانبها، قالت "المنسقية العامة للنازحين واللاجئين في دارفور" الأحد إن مئات الأسر '
            'النازحة من الفاشر وصلت إلى طويلة، وحثّت المنظمات على "مساعدة النازحين الذين يفتقرون '
            'إلى أبسط الضروريات".ويخوض الجيش السوداني وقوات الدعم السريع حربًا منذ نيسان 2023، '
            "أسفرت عن مقتل أكثر من 20 ألف شخص ونزوح 14 مليونًا.",
            {
                "مئات": "General Coordination for Displaced Persons and Refugees",
                "أكثر من 20 ألف": None,
                "14 مليونًا": None,
            },
        ),
        # ar5_107, https://alnser.net/20601 (the chief named in apposition speaks later)
        (
            "بدأ المفوض السامي الجديد للأمم المتحدة لشؤون اللاجئين، برهم صالح، الخميس، جولة "
            "ميدانية في مخيمات شرق تشاد.\n\nوقال صالح إن النزاع المستمر في السودان منذ أبريل 2023 "
            "أسفر عن مقتل عشرات الآلاف ونزوح أكثر من 14 مليون شخص.",
            {"عشرات الآلاف": "UNHCR", "أكثر من 14 مليون": "UNHCR"},
        ),
        # ar5_129, https://www.elbalad.news/6830207 ("وقال المحافظ" after Aleppo's governor)
        (
            "أعلن محافظ حلب عزام الغريب أن الاشتباكات المتواصلة منذ أيام أدّت إلى نزوح 155 ألف "
            'شخص.\n\nوقال المحافظ خلال مؤتمر صحفي: "قمنا باستقبال 155 ألفا من الذين نزحوا".',
            {"155 ألف": "Syrian government", "155 ألفا": "Syrian government"},
        ),
    ],
)
def test_reporters_across_sentences(text: str, expected: dict[str, str | None]) -> None:
    assert _sources(text) == expected


def test_the_governor_said_again_after_another_body() -> None:
    # "المحافظ" fits a government only: after a monitor it names nobody
    text = "وقال المرصد السوري إن 12 مدنيا قتلوا.\nوقال المحافظ إن 30 شخصا نزحوا."
    assert _sources(text) == {"12": "SOHR", "30": None}


# --- needs, threats, the homeless, lives lost, rescues, places hit --------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # ar6_043, https://alakhbar-alsudan.com/%d8%a7%d9%84%d9%8a%d9%88%d9%86%d9%8a%d8%b3%d9%8a%d9%81-%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-3-%d9%85%d9%84%d8%a7%d9%8a%d9%8a%d9%86-%d8%b7%d9%81%d9%84-%d8%b3%d9%88%d8%af%d8%a7%d9%86%d9%8a-%d9%8a (malnourished children; "2023.وأكثر" ends a
        # sentence, so the displaced of the next one do not reach the count)
        (
            "قالت منظمة الأمم المتحدة للطفولة (يونيسف)، إن حوالي 3.2 ملايين طفل سوداني دون سن "
            "الخامسة يواجهون خطر الإصابة بسوء التغذية الحاد، نتيجة للحرب العنيفة التي تعصف "
            "بالبلاد منذ أبريل 2023.وأكثر من نصف النازحين في السودان هم من الأطفال وأشارت إيفا "
            "هيندز، مسؤولة المناصرة والاتصال في فرع يونيسف بالسودان، في تصريح لوكالة فرانس برس، "
            "إلى أن من بين هؤلاء الأطفال، يُتوقع أن يعاني نحو 772 ألف طفل من سوء التغذية.",
            "نحو 772 ألف",
            "other",
        ),
        # ar6_048, https://marebpress.net/news_details.php?lang=arabic&sid=213684 (threatened)
        (
            "أطلقت الوحدة التنفيذية لإدارة مخيمات النازحين بمحافظة مأرب نداء استغاثة عاجل بعد أن "
            "اجتاحت أمطار غزيرة مناطق واسعة من المحافظة، مهددة آلاف الأسر في المخيمات الواقعة في "
            "المناطق الصحراوية.",
            "آلاف",
            "other",
        ),
        # ar6_048 (people left homeless: displaced, C22 of the round-20 gold pass; other before)
        (
            "بينما تضرر أكثر من 4700 مأوى منذ مطلع الشهر الجاري، وهو ما يترك آلاف الأسر بلا مأوى "
            "فعلي ويعرض حياتهم لخطر الانهيارات والفيضانات.",
            "آلاف",
            "displaced",
        ),
        # near miss: families only at risk of it stay other (C22)
        ("وقال البيان إن آلاف الأسر معرضة لخطر البقاء بلا مأوى.", "آلاف", "other"),
        # ar5_045, https://www.masress.com/almasryalyoum/1163636 ("سقط": fell, killed)
        (
            "ويعتبر السادس والعشرون من سبتمبر الأدمى في تاريخ النزاع السوري، حسبما ذكر المرصد، "
            "حيث سقط فيه 306 أشخاص.",
            "306",
            "killed",
        ),
        # ar5_082, https://sana.sy/locals/2314565 (rescued)
        (
            "في سنوات الثورة بالشمال السوري، أنقذ الدفاع المدني ما يزيد على 130000 مواطن من تحت "
            "أنقاض القصف الذي كان يتسبب به طيران النظام البائد.",
            "ما يزيد على 130000",
            "other",
        ),
        # ar5_112, https://rozpress.net/?p=26285 (lives lost)
        (
            "كشفت الشبكة السورية لحقوق الإنسان فقدان عشرات المدنيين لحياتهم على يد مختلف الأطراف "
            "المتصارعة في سوريا خلال شهر أبريل/نيسان الفائت.",
            "عشرات",
            "killed",
        ),
        # ar5_121, https://www.sadanews.ps/news/160668.html (facilities hit)
        (
            'وأشارت الوكالة الأممية إلى تعرض نحو "60 منشأة تتبع لها لإصابات مباشرة منذ 7 تشرين '
            'الأول/ أكتوبر الماضي، و68 منشأة أخرى لأضرار جانبية".',
            "68",
            "attacks",
        ),
        # ar5_142, https://www.sauress.com/alriyadh/2146604 (mass graves are things)
        (
            'وتابع جلخي: "لدينا خريطة تتضمن أكثر من 63 مقبرة جماعية موثقة في سوريا"، من دون '
            "الإدلاء بمزيد من التفاصيل عن الجثث التي دفنت فيها.",
            "أكثر من 63",
            "other",
        ),
        # counter-cases: the missing stay other, a facility closed is no attack
        ("وقالت الشبكة إن 30 شخصا فقدوا في البحر.", "30", "other"),
        ("وقال الدفاع المدني إن 20 منشأة أغلقت.", "20", "other"),
    ],
)
def test_needs_threats_and_lives(text: str, phrase: str, measure: str) -> None:
    assert _measures(text)[phrase] == measure


def test_a_site_of_a_body_carries_the_report_of_the_reporter_before() -> None:
    # ar4_027, https://www.okaz.com.sa/news/politics/2209308?ref=rss&format=simple&link=link
    text = (
        "أعلنت مفوضية الأمم المتحدة السامية لشؤون اللاجئين، عودة نحو 780 ألف سوري إلى وطنهم منذ "
        "سقوط نظام بشار الأسد في الـ8 من ديسمبر عام 2024.وأفادت في تقرير حديث لها بأن أكثر من "
        "1.6 مليون نازح داخلي عادوا إلى أماكن إقامتهم السابقة في سورية، وفق موقع «ريليف ويب» "
        "التابع لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية."
    )
    assert _sources(text) == {"نحو 780 ألف": "UNHCR", "أكثر من 1.6 مليون": "UNHCR"}


# --- the next sentence names the UN body; a body named before, said again by its kind -----


def test_the_un_body_the_next_sentence_names_over_the_bare_un() -> None:
    # ar6_019, https://aljanadpost.net/p-14261
    text = (
        "قالت الأمم المتحدة، الإثنين، إن 74 بالمئة من سكان اليمن بحاجة إلى المساعدات الإنسانية "
        "خلال العام الجاري.\nجاء ذلك في تغريدة نشرها مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية "
        'على موقع التدوين المصغر "تويتر".'
    )
    assert _sources(text) == {"74 بالمئة": "OCHA"}
    # a body that is not the UN's does not take the UN's figure
    text = (
        "قالت الأمم المتحدة إن 74 بالمئة من سكان اليمن بحاجة إلى المساعدات.\nجاء ذلك في مؤتمر "
        "صحفي عقدته وزارة الصحة اليمنية."
    )
    assert _sources(text) == {"74 بالمئة": "UN"}


def test_a_body_named_before_said_again_by_its_kind() -> None:
    # ar6_048, https://marebpress.net/news_details.php?lang=arabic&sid=213684
    text = (
        "أطلقت الوحدة التنفيذية لإدارة مخيمات النازحين بمحافظة مأرب، شمال شرقي البلاد، نداء "
        "استغاثة عاجل بعد أن اجتاحت أمطار غزيرة مناطق واسعة من المحافظة.\n\nوقالت الوحدة في بيان "
        "مساء الثلاثاء، إن مخيمات جو النسيم والشركة والروضة تعرضت بالفعل لأضرار أولية.\n\n"
        "ووفقاً للبيان، تضرر أكثر من 4700 مأوى منذ مطلع الشهر الجاري بينها 678 مأوى دمر كلياً."
    )
    assert _sources(text) == {
        "أكثر من 4700": "Executive Unit for IDPs",
        "678": "Executive Unit for IDPs",
    }
    # a kind the body named before is not ("وقالت الوزارة" after a monitor) names nobody
    text = "وتحدث المرصد السوري عن القصف.\nوقالت الوزارة إن 30 شخصا نزحوا."
    assert _sources(text) == {"30": None}


def test_a_return_total_with_the_internally_displaced_among_it_is_mixed() -> None:
    # ar4_123, https://alittihad44.com/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88%D8%B9%D8%A7%D9%84%D9%85%D9%8A/01JNP3XQGANC2JMRMBY19TRN71
    text = (
        "في السياق ذاته، أفادت الأمم المتحدة بعودة نحو 1.2 مليون شخص إلى منازلهم في سوريا خلال "
        "نفس الفترة، من بينهم أكثر من 885 ألف شخص نزحوا داخليًا."
    )
    assert _measures(text) == {"نحو 1.2 مليون": "other", "أكثر من 885 ألف": "other"}
    # a return total of the displaced alone stays displaced
    text = "وأفادت الأمم المتحدة بعودة نحو 50 ألف نازح إلى منازلهم في ريف إدلب، بينهم 20 ألف طفل."
    assert _measures(text)["نحو 50 ألف"] == "displaced"


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # ar4_071, https://mail.gulanmedia.com/ar/story/103848/1621585558-65247-%D9%88%D8%B2%D9%8A%D8%B1%D8%A9-%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%D9%8A%D8%A9:-37-%D8%A3%D9%84%D9%81-%D8%B9%D8%A7%D8%A6%D9%84%D8%A9-%D9%86%D8%A7%D8%B2%D8%AD%D8%A9-%D9%84%D8%A7%D8%B2%D8%A7%D9%84%D8%AA-%D9%81%D9%8A-%D8%A5%D9%82%D9%84%D9%8A%D9%85-%D9%83%D9%88%D8%B1%D8%AF%D8%B3%D8%AA%D8%A7%D9%86 ("يوجد في": there are, in a place)
        (
            "أكدت وزيرة الهجرة العراقية، إيفان جابرو، أن معالجة المعوقات التي تعترض عودة النازحين "
            "يحتاج إلى تعاون، مشيرةً إلى أنه يوجد في إقليم كوردستان 37 ألف عائلة نازحة.",
            "37 ألف",
            "population",
        ),
        # ar3_019, https://syria7ra.net/t28220-topic: refugees in a host country keep their status
        (
            "يوجد في لبنان اكثر من 16 الف لاجيء سوري من بينهم نحو خمسة الاف في سهل البقاع.",
            "اكثر من 16 الف",
            "refugees",
        ),
        # ar5_033, https://www.lebanon24.com/news/world-news/1431860/%D8%A3%D9%88%D8%B6%D8%A7%D8%B9-%D8%B5%D8%B9%D8%A8%D8%A9-%D8%AA%D8%B9%D9%8A%D8%B4%D9%87%D8%A7-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D9%81%D8%A7%D8%B4%D8%B1-%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86%D9%8A%D8%A9 ("النازحين واللاجئين" in
        # the name of the body that speaks does not make the count a mixed one)
        (
            'من جانبها، قالت "المنسقية العامة للنازحين واللاجئين في دارفور" الأحد إن مئات الأسر '
            'النازحة من الفاشر وصلت إلى طويلة وسط "ظروف إنسانية مزرية".',
            "مئات",
            "displaced",
        ),
        # ... but a count said to hold both stays mixed
        ("وقالت المنظمة إن 928649 نازحاً ولاجئاً عادوا.", "928649", "other"),
        # ar5_135, https://www.masress.com/alshaab/367269 (cases of an outbreak named before)
        (
            "أعلنت منظمة الصحة العالمية ارتفاع الوفيات جراء وباء الكوليرا في اليمن إلى 1966 حالة، "
            "إلى جانب إصابة نحو نصف مليون شخص، منذ 27 أبريل/نيسان الماضي.",
            "نحو نصف مليون",
            "other",
        ),
        ("قتل 5 أشخاص وأصيب 20 آخرون في قصف على السوق.", "20", "injured"),
        # ar5_013, https://souriapost.com/?p=11197 (a dual joined to the noun of a fate verb)
        (
            "وفي 22 شباط الجاري قتلت سيدة وطفلان وأصيب طفل آخر بانفجار لغم من مخلفات تنظيم داعش "
            "في بلدة خشام بريف دير الزور الشرقي.",
            "طفلان",
            "killed",
        ),
        # ... the dual right after the second verb keeps it
        ("قتلت سيدة وأصيب طفلان بانفجار لغم.", "طفلان", "injured"),
        # ar5_036, https://alwatannews.net/life-style/article/980840/شتاء-اللاجئين-المناخ-القارس-يضيف-لمأساة-اللاجئين-السوريين (a new flight from the
        # camps is no stock of residents)
        (
            "آلاف العائلات في مخيمات الشمال السوري بدأت رحلة نزوح جديدة، بعدما غمرت مياه الأمطار "
            "الخيام المهترئة التي يعيشون فيها.",
            "آلاف",
            "displaced",
        ),
        ("ويقيم آلاف العائلات في مخيمات الشمال السوري.", "آلاف", "population"),
        # ar5_150, https://www.alaraby.co.uk/society/%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9-30-%D8%A3%D9%84%D9%81-%D9%86%D8%A7%D8%B2%D8%AD-%D9%81%D9%8A-%D9%84%D8%A8%D9%86%D8%A7%D9%86-%D8%A5%D8%AB%D8%B1-%D8%A7%D9%84%D8%BA%D8%A7%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D8%B3%D8%B1%D8%A7%D8%A6%D9%8A%D9%84%D9%8A%D8%A9 (people sheltered, written after the count)
        (
            'وقال المتحدث باسم مفوضية الأمم المتحدة لشؤون اللاجئين بابار بلوش: "تشير التقديرات '
            'المتحفظة إلى أن نحو 30 ألف شخص جرى إيواؤهم وتسجيلهم في مراكز إيواء جماعية".',
            "نحو 30 ألف",
            "population",
        ),
        ("وقالت المفوضية إن نحو 30 ألف شخص نزحوا إلى مراكز الإيواء.", "نحو 30 ألف", "displaced"),
    ],
)
def test_status_fate_and_mixed_counts(text: str, phrase: str, measure: str) -> None:
    assert _measures(text)[phrase] == measure
