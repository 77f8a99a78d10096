"""Arabic extraction, round 8: what a figure counts (``measure``) and who reports it.

Each rule is tested on the real passage of an Arabic dev file that shows it (the passage id and
URL in a comment; a test passes the passage text, never its gold) and on a counter-case it must
not change.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows


def _measures(text: str) -> dict[str, str]:
    t = rows(text)
    return dict(zip(t["phrase"], t["measure"], strict=True))


# --- measure -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs, the second with a count of others: two fates, not a combined count
        # ar7_048, https://www.enabbaladi.net/archives/346843
        (
            "وقال “الدفاع المدني” في حلب اليوم، الثلاثاء 3 من كانون الأول، إن امرأة قتلت وأصيب "
            "سبعة آخرون، بينهم امرأتان، كحصيلة أولية نتيجة القصف.",
            {"سبعة": "injured", "امرأتان": "injured"},
        ),
        # ar7_049, https://www.enabbaladi.net/archives/346843
        (
            "وبحسب وكالة الأنباء السورية الرسمية (سانا) أمس، فإن تسعة مدنيين قتلوا وأصيب 16 آخرون "
            "بجروح، جراء قصف على مدينة تل رفعت بريف حلب الشمالي.",
            {"تسعة": "killed", "16": "injured"},
        ),
        # counter-case: one count after both verbs is still killed and wounded together
        ("قتل وأصيب 20 شخصا في قصف على مدينة إدلب.", {"20": "other"}),
        # the missing and the returned are no deaths
        # ar7_038, https://libyaschannel.com/2020/04/16/ (IOM, 5 migrants died)
        (
            "قالت المنظمة الدولية للهجرة إن 5 مهاجرين على الأقل ماتوا واختفى سبعة عندما أعاد خفر "
            "السواحل الليبي تسعة وأربعين مهاجرا إلى طرابلس أمس.",
            {"5": "killed", "سبعة": "other", "تسعة وأربعين": "other"},
        ),
        # a risk of death is no death
        # ar7_020, https://emaratalyoum.com/politics/issues/yemen-latest/2018-01-22-1.1064244
        (
            "وأضاف أن «جيلاً كاملاً من الأطفال ينشأ في ظل المعاناة والحرمان، حيث هناك ما يقرب من "
            "مليوني طفل خارج المدارس، و1.8 مليون طفل دون سن الخامسة من العمر يعانون سوء التغذية "
            "الحاد، وهم أكثر عرضة بـ10 أضعاف لخطر الموت مقارنة بأقرانهم».",
            {"ما يقرب من مليوني": "other", "1.8 مليون": "other"},
        ),
        # counter-case: the death itself
        ("قالت الأمم المتحدة إن 12 طفلا ماتوا بسبب سوء التغذية.", {"12": "killed"}),
        # assaults are attacks
        # ar7_057, https://jusoorpost.com/ar/posts/48293/
        (
            "وأوضحت اللجنة أن الغارات تركزت على مناطق النبطية بـ57 غارة، ليصل إجمالي الاعتداءات "
            "منذ بداية التصعيد إلى 11876 اعتداء، لافتة أن غالبية مراكز الإيواء بلغت حدها الأقصى.",
            {"57": "attacks", "11876": "attacks"},
        ),
        # people staying somewhere now: residents, and the households they make up
        # ar7_027, https://963media.com/35432
        (
            "قالت مديرة مخيم الهول الواقع في محافظة الحسكة شرقي سوريا، جيهان حنان إن المخيم "
            "يقطنه في الوقت الحالي 15 ألفاً من السوريين والباقي من جنسيات أخرى.",
            {"15 ألفاً": "population"},
        ),
        # ar7_056, https://enmaeya.com/ar/news/69b131936b5d92c96cf54953-
        (
            "• الإيواء الجماعي: يقيم حالياً 122,600 نازح (يمثلون 31,500 عائلة) داخل مراكز الإيواء.",
            {"122,600": "population", "31,500": "population"},
        ),
        # counter-case: the displaced counted with their households, staying nowhere named
        ("نزح 2,049 شخصًا (768 أسرة) من القرى خلال الأسبوع الماضي.", {"2,049": "displaced"}),
        # leaving a place is a flight, going out of service is not
        # ar7_028, https://963media.com/37455
        (
            "وقال مصدر من داخل مخيم “الهول”، أن 75 عائلة سورية من أبناء محافظة دير الزور، تتحضر "
            "للخروج من المخيم أواخر الأسبوع القادم.",
            {"75": "displaced"},
        ),
        # counter-case (ar2_245): vehicles out of service
        (
            "استهدف الطيران مركزاً للدفاع المدني بمدينة كفرزيتا أدى لخروج 4 آليات عن الخدمة.",
            {"4": "other"},
        ),
        # incidents counted by the flight they caused are no attacks
        # ar6_028, https://www.alamssar.com/print.aspx?id=422276
        (
            "وقالت منظمة الهجرة الدولية، إنها وثّقت 117 حادثًا تسبب أو حفّز على النزوح في شمال "
            "دارفور منذ اندلاع النزاع، منها 85% تتعلق بهجمات أو اشتباكات مسلّحة.",
            {"117": "other", "85%": "other"},
        ),
        # counter-case (ar2_251, shaam.org): incidents of shelling are attacks
        (
            "وقال الدفاع المدني إنه استجاب لـ 749 حادثة قصف باختلاف أنواعه.",
            {"749": "attacks"},
        ),
        # a total shared out in a list after a colon: the bare numbers count the same thing
        # ar6_051, https://alalam.ir/news/4086466
        (
            "بدأ النازحون السوريون بالتجمع أمام مركز المصنع لحين دخول الباصات السورية والبالغ "
            "عددها 15 باصا توزعت على الشكل التالي: 8 على برج حمود، 4 إلى صيدا وشبعا والنبطية و3 "
            "باصات انتظرت في المصنع.",
            {"15": "other", "8": "other", "4": "other", "3": "other"},
        ),
        # counter-case: a count after the list keeps its own fate
        (
            "وصلت 15 شاحنة موزعة كالتالي: 8 إلى إدلب، 7 إلى حلب، وأصيب 3 بجروح في قصف على الطريق.",
            {"3": "injured"},
        ),
        # a country named as a party is not where the displaced are: they stay displaced
        # ar5_125, https://www-staging.alnour.com.lb/news/security/415367/
        (
            "عاد نحو 110 آلاف نازح سوري إلى مناطقهم في محافظة إدلب شمالي سوريا، عقب توصل تركيا "
            "وروسيا لاتفاق وقف إطلاق النار،",
            {"نحو 110 آلاف": "displaced"},
        ),
        # counter-case (ar4_144, round-4 decision): in a host country they are refugees
        (
            "أعلنت المفوضية العامة للأمم المتحدة لشئون اللاجئين في لبنان ان أكثر من 283000 نازح "
            "سوري يتلقون الحماية والمساعدة من الحكومة اللبنانية.",
            {"أكثر من 283000": "refugees"},
        ),
        # a part of a count of refugees and displaced together, named by its own status
        # ar4_169, https://www.lebanon24.com/news/world-news/1420044/
        (
            "يذكر أنه وبحسب مفوضية لشؤون اللاجئين، عاد أكثر من 2.4 مليون لاجئ ونازح سوري إلى "
            "مناطقهم، منهم 779 ألفا و473 لاجئاً من دول الجوار.",
            {"أكثر من 2.4 مليون": "other", "779 ألفا و473": "refugees"},
        ),
        # counter-case: a part of the besieged shares their count, whatever its noun
        ("لا يزال 3 آلاف شخص محاصرين في المدينة، بينهم 500 نازح.", {"500": "other"}),
        # "منها" after a number: a part of the things just counted, whatever they were in
        # ar7_016, https://www.baladi-news.com/public/index.php/ar/articles/95222/
        (
            "وقالت مؤسسة الدفاع المدني السوري في منشور لها، إن 17 حريقاً اندلع في شمال غرب سوريا "
            "أمس الأربعاء، أربعة منها كانت في منازل سكنية ومخيمات للمهجرين ومتضرري الزلزال.",
            {"17": "other", "أربعة": "other"},
        ),
    ],
)
def test_measure_round8(text: str, expected: dict[str, str]) -> None:
    got = _measures(text)
    assert {p: got.get(p) for p in expected} == expected


# --- source ------------------------------------------------------------------------------


def _sources(text: str) -> dict[str, str | None]:
    t = rows(text)
    return {
        p: (s if isinstance(s, str) else None)
        for p, s in zip(t["phrase"], t["source"], strict=True)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # registry names of the round-7 passages (DEVSET.md round 7, "New source names")
        # ar7_011, https://videoshare.biz/video/x6d0eq5/
        (
            "أدت المعارك بين قوات النظام والمعارضة المسلحة بريفي إدلب وحماة إلى نزوح نحو 280 ألف "
            "سوري حسب بيان إدارة المهجرين التابعة لحكومة الإنقاذ.",
            {"نحو 280 ألف": "Syrian Salvation Government"},
        ),
        # counter-case: the Sanaa government of the same name is not the Idlib one
        (
            "قالت حكومة الإنقاذ الوطني في صنعاء إن 12 مدنيا قتلوا في غارة.",
            {"12": None},
        ),
        # ar7_039, https://www.okaz.com.sa/politics/na/2221865
        (
            "لقي 42 شخصا حتفهم بعد غرق مركب قبالة السواحل الليبية، بحسب ما أفادت وكالة الأمم "
            "المتحدة للهجرة، اليوم(الأربعاء).",
            {"42": "IOM"},
        ),
        # ar7_067, https://zagrosnews.net/ar/news/12095: the channel's correspondent
        (
            'وأفاد مراسل فضائية زاكروس من دهوك، بأن "قرابة 100 عائلة نازحة من سنجار، ودّعوا '
            'اليوم المخيمات".',
            {"قرابة 100": "Zagros TV"},
        ),
        # an anonymous source told an outlet: the outlet (D2)
        # ar7_028, https://963media.com/37455
        (
            "وقال مصدر من داخل مخيم “الهول” لموقع “963+”، أن 75 عائلة سورية من أبناء محافظة دير "
            "الزور، تتحضر للخروج من المخيم.",
            {"75": "963+"},
        ),
        # "في حلب اليوم" is a place and a day, not the outlet
        # ar7_048, https://www.enabbaladi.net/archives/346843
        (
            "وقال “الدفاع المدني” في حلب اليوم، الثلاثاء 3 من كانون الأول، إن امرأة قتلت وأصيب "
            "سبعة آخرون.",
            {"سبعة": "White Helmets"},
        ),
        # a continuation in the same paragraph keeps its reporter (D1)
        # ar220, https://sauress.com/okaz/1613331
        (
            "وتشن قوات النظام السوري قصفاً عنيفاً على الغوطة الشرقية منذ الاثنين الماضي، أسفر "
            "مذاك عن مقتل 207 من المدنيين، وفق المرصد السوري. وبين القتلى 58 مدنياً منهم 15 "
            "طفلاً قتلوا اليوم (الخميس) في الغارات المستمرة.",
            {"207": "SOHR", "58": "SOHR", "15": "SOHR"},
        ),
        # counter-case: a paragraph break stops the carry
        (
            "أسفر القصف عن مقتل 207 من المدنيين، وفق المرصد السوري.\n\nوبين القتلى 58 مدنياً.",
            {"207": "SOHR", "58": None},
        ),
        # counter-case (ar4_022): a sentence with a reporter of its own, unnamed, keeps none
        (
            "وكانت وزارة الصحة السورية قد أعلنت أمس مقتل 260 شخصاً في محافظة السويداء. أما "
            "المستشفى الحكومي في مدينة السويداء فكشف عن استقباله أكثر من 400 جثة منذ صباح الأحد "
            "الماضي، بحسب ما أفاد نقيب الأطباء في المحافظة.",
            {"260": "Syrian government", "أكثر من 400": None},
        ),
        # counter-case (ar2_182): money in a plan is not more of the report
        (
            "وقالت الحكومة اللبنانية إن 400 ألف لاجئ سوري عادوا إلى بلادهم. وتتضمن الخطة تقديم "
            "100 دولار كمساعدة لكل لاجئ يرغب في المغادرة.",
            {"400 ألف": "Lebanese government", "100 دولار": None},
        ),
        # counter-cases: the writer's background ends the report (ar3_206, ar5_033)
        (
            "وأضاف بيان للمفوضية أن 900 لاجئ عبروا الحدود.يجئ ذلك في الوقت الذي اضطرت فيه "
            "المفوضية إلى خفض عدد موظفيها في 3 مكاتب.",
            {"900": "UNHCR", "3": None},
        ),
        (
            "وقالت المنسقية العامة للنازحين واللاجئين في دارفور إن 500 أسرة وصلت إلى طويلة. ويخوض "
            "الجيش السوداني وقوات الدعم السريع حربًا منذ نيسان 2023، أسفرت عن مقتل أكثر من 20 ألف "
            "شخص.",
            {
                "500": "General Coordination for Displaced Persons and Refugees",
                "أكثر من 20 ألف": None,
            },
        ),
        # "المؤسسة" said again is the foundation named before (the Syrian Civil Defence)
        # ar7_016, https://www.baladi-news.com/public/index.php/ar/articles/95222/
        (
            "وقالت مؤسسة الدفاع المدني السوري في منشور لها، إن 17 حريقاً اندلع في شمال غرب سوريا."
            "\n\nوأضافت المؤسسة، أن ستة من بين تلك الحرائق كانت في أراض زراعية.",
            {"17": "White Helmets", "ستة": "White Helmets"},
        ),
        # counter-case: with no body named before, the description names nobody
        ("وأضافت المؤسسة، أن ستة حرائق اندلعت في أراض زراعية.", {"ستة": None}),
        # a report verb with its object right after it: the reporter named before, left out
        # ar7_039, https://www.okaz.com.sa/politics/na/2221865
        (
            "لقي 42 شخصا حتفهم بعد غرق مركب قبالة السواحل الليبية، بحسب ما أفادت وكالة الأمم "
            "المتحدة للهجرة، اليوم(الأربعاء). وأعلنت إنقاذ سبعة أشخاص بعد أن أمضوا ستة أيام في "
            "البحر.",
            {"42": "IOM", "سبعة": "IOM"},
        ),
        # counter-case: a subject after the verb is a reporter of its own
        (
            "لقي 42 شخصا حتفهم بعد غرق مركب، بحسب ما أفادت وكالة الأمم المتحدة للهجرة. وأعلنت "
            "جمعية محلية إنقاذ سبعة أشخاص.",
            {"42": "IOM", "سبعة": None},
        ),
        # counter-case: the outlet itself reporting
        ("وذكرت حلب اليوم أن 5 مدنيين قتلوا في قصف على مدينة الأتارب.", {"5": "Halab Today"}),
    ],
)
def test_source_round8(text: str, expected: dict[str, str | None]) -> None:
    got = _sources(text)
    assert {p: got.get(p) for p in expected} == expected
