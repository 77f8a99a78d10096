"""Arabic extraction, round 9 (issue 16): measure, source and period rules.

A case is a short dev passage (its file id and URL in a comment; the test passes the text, never
the gold) or a constructed counter-case of the same kind that the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._arabic import rows

# --- measure -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lebanese usage: the Syrians in Lebanon are called "نازح"; they are refugees
        # ar8_060, https://albawabhnews.com/3180536
        (
            "أعلنت المديرية العامة للأمن العام اللبناني أن أعداد اللاجئين السوريين الذين غادروا "
            "طواعية الأراضي اللبنانية اليوم عائدين إلى بلداتهم في سوريا، بلغ 377 نازحا سوريا من "
            "مخيمات مدينة عرسال اللبنانية.",
            {"377": "refugees"},
        ),
        # the status noun before the figure: ar8_054, https://www.masrawy.com/news/
        # news_publicaffairs/details/2025/12/4/2901999/
        (
            "يذكر أن عدد النازحين السوريين في لبنان يفوق مليوني نازح عاد منهم 341 ألف شخص إلى "
            "بلادهم حتى 23 سبتمبر الماضي.",
            {"يفوق مليوني": "refugees", "341 ألف": "refugees"},
        ),
        # Lebanon named in the next sentence only: ar6_051, https://alalam.ir/news/4086466
        (
            "بدأ النازحون السوريون بالتجمع أمام مركز المصنع لنقل نحو 100 نازح سوري. يذكر ان نحو "
            "1300 نازح سوري عادوا الى سوريا اليوم ضمن العودة الطوعية التي ينظمها الأمن العام "
            "اللبناني.",
            {"نحو 100": "refugees", "نحو 1300": "refugees"},
        ),
        # counter-case: Syrians displaced at home, no Lebanon in the passage
        (
            "أكثر من مليون نازح سوري هاجروا من بلداتهم بريف إدلب إثر الحملة العسكرية الأخيرة.",
            {"أكثر من مليون": "displaced"},
        ),
        # counter-case: Lebanese displaced in Lebanon are displaced
        (
            "وأعلنت الحكومة اللبنانية نزوح أكثر من 100 ألف شخص من قرى الجنوب.",
            {"أكثر من 100 ألف": "displaced"},
        ),
        # people registered to return have not returned (a request): other
        # ar8_061, https://albawabhnews.com/3180536
        (
            "يشار إلى أن 448 نازحا سوريا كانوا قد سجلوا أسماءهم لدى الأمن العام اللبناني بطلب "
            "العودة اليوم إلى بلداتهم في سوريا.",
            {"448": "other"},
        ),
        # counter-case: people who returned
        (
            "وعاد 448 نازحا سوريا اليوم من لبنان إلى بلداتهم في سوريا عبر معبر المصنع.",
            {"448": "refugees"},
        ),
    ],
)
def test_measure(text: str, expected: dict[str, str]) -> None:
    t = rows(text)
    assert dict(zip(t["phrase"], t["measure"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shelter's name right before the number is no flight: a head-count of the shelters
        # is population (round-4 audit: "عدد النازحين في مخيمات ..." -> population); constructed
        # after ar7_053 (https://safiralchamal.com/2024/09/26/520292)
        ("وبلغ عدد النازحين في مراكز الإيواء 1.2 مليون شخص.", {"1.2 مليون": "population"}),
        ("وبلغ عدد الأشخاص في مراكز الإيواء 1.2 مليون.", {"1.2 مليون": "population"}),
        # counter-case: a flight to the shelters stays displaced
        ("نزح 30 ألف شخص إلى مراكز الإيواء.", {"30 ألف": "displaced"}),
    ],
)
def test_shelter_name_before_number(text: str, expected: dict[str, str]) -> None:
    t = rows(text)
    assert dict(zip(t["phrase"], t["measure"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "among the victims" after a count of the dead and one of the wounded: both together
        # ar4_054, https://yemenvibe.com/news-article/ (Houthi health ministry)
        (
            "وقالت وزارة الصحة في حكومة الحوثيين، في بيان لها، إن 46 مواطنا قتل وأصيب 165 "
            "آخرين جراء الغارات الإسرائيلية على العاصمة صنعاء. ولفتت إلى أن من بين الضحايا 31 "
            "طفلا و29 من الإناث، في حصيلة غير نهائية.",
            {"46": "killed", "165": "injured", "31": "other", "29": "other"},
        ),
        # counter-case: victims after a count of the dead only are the dead
        (
            "وقال المرصد إن 46 مدنيا قتلوا جراء الغارات. وأشار إلى أن من بين الضحايا 31 طفلا.",
            {"46": "killed", "31": "killed"},
        ),
        # "منها" (of them, a plural of things) points back to the bodies of the sentence before
        # ar8_002, https://sauress.com/almadina/364496
        (
            "من ناحية أخرى أعلن المرصد في بيان أصدره أنه تم العثور في وقت مبكر اليوم على 23 جثة "
            "قرب مزرعة وادي خالد غربي مدينة إدلب. وأوضح المرصد أنه تم التعرف على 19 منها حتى "
            "اللحظة ظهرت عليها آثار التعذيب الشديد.",
            {"23": "killed", "19": "killed"},
        ),
    ],
)
def test_victims_and_bodies_pointed_back_to(text: str, expected: dict[str, str]) -> None:
    t = rows(text)
    assert dict(zip(t["phrase"], t["measure"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted where they live now are the population, whoever they are
        # a residence verb with the place as its object, the whole of a "من أصل" count
        # ar5_037, https://alwatannews.net/life-style/article/980840/
        (
            "ويبلغ أعداد النازحين السوريين في الشمال السوري نحو 2.1 مليون نازح، من أصل أكثر من "
            "4 ملايين سوري يسكنون مناطق سيطرة المعارضة السورية حسب قناة الحرة.",
            {"نحو 2.1 مليون": "displaced", "أكثر من 4 ملايين": "population"},
        ),
        # constructed: the camp as the object of the residence verb before the number
        ("ويقطن المخيم 15 ألف نازح.", {"15 ألف": "population"}),
        # constructed after round 7's "يتوزّعون بين البيوت المستأجرة": spread over shelters
        (
            "وأشارت إلى أن 136 ألف نازح يتوزعون على 600 مركز إيواء.",
            {"136 ألف": "population", "600": "other"},
        ),
        # counter-case: spread over towns is still a count of the displaced (ar2_138)
        (
            "وقالت إن عدد النازحين بسبب هذه الاشتباكات وصل إلى نحو 50 ألف شخص يتوزعون بين "
            "طرابلس وعدد من مدن المنطقة الغربية.",
            {"نحو 50 ألف": "displaced"},
        ),
    ],
)
def test_stock_where_people_live(text: str, expected: dict[str, str]) -> None:
    t = rows(text)
    assert dict(zip(t["phrase"], t["measure"], strict=True)) == expected


# --- qualifier ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bound after the noun wins over the estimate (round 2): ar8_003, https://www.turess.com/alhiwar/23890
        (
            "أعلن المرصد السوري لحقوق الإنسان أن نحو 84 شخصا على الأقل قتلوا أمس برصاص قوات "
            "الأمن والجيش، معظمهم في إدلب.",
            ("نحو 84", "at_least"),
        ),
        # counter-case: the estimate alone
        ("قتل نحو 84 شخصا في إدلب.", ("نحو 84", "approx")),
        # "يقارب" apart from the number, the counted thing between: approx
        # ar8_041, https://forbesmiddleeast.com/ar/featured/politics-security/
        (
            "يقارب عدد النازحين داخليا بسبب النزاعات في السودان 10 مليون شخص، في أكبر أزمة نزوح "
            "عالمية.",
            ("10 مليون", "approx"),
        ),
        # counter-case: the past "قارب" stays less_than (round 2)
        ("قارب عدد اللاجئين في الأردن 700 ألف لاجئ.", ("700 ألف", "less_than")),
    ],
)
def test_qualifier(text: str, expected: tuple[str, str]) -> None:
    t = rows(text)
    assert list(zip(t["phrase"], t["qualifier"], strict=True)) == [expected]


# --- source ------------------------------------------------------------------------------


def test_iom_with_the_article_dropped_after_li() -> None:
    # ar8_041, https://forbesmiddleeast.com/ar/featured/politics-security/
    text = (
        "يقارب عدد النازحين داخليا بسبب النزاعات في السودان 10 مليون شخص، في أكبر أزمة نزوح "
        "عالمية، وفقا لمنظمة الدولية للهجرة التابعة للأمم المتحدة."
    )
    assert rows(text)["source"].tolist() == ["IOM"]


# --- period ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the night from one day into the next: ar8_051, https://www.alchourouk.com (2023-08-16)
        (
            "ارتفعت حصيلة الاشتباكات التي اندلعت ليل الإثنين الثلاثاء بين مجموعتين مسلحتين في "
            "طرابلس الى 27 قتيلا.",
            "2023-08-16",
            ("2023-08-14", "2023-08-15"),
        ),
        # counter-case: a night that only ends a span gives no period
        ("والتي امتدت حتى ليل الثلاثاء، وقتل 5 أشخاص.", "2023-08-16", (None, None)),
        # since a weekday: that day to publication; ar8_043, https://www.masrawy.com (2026-03-07)
        (
            "وأعلنت وزارة الصحة اللبنانية، ارتفاع إجمالي عدد القتلى جراء الغارات الإسرائيلية منذ "
            "يوم الاثنين الماضي إلى 294 قتيلا.",
            "2026-03-07",
            ("2026-03-02", "2026-03-07"),
        ),
        # a day inside what was said ("بأن ..."): ar8_035, https://www.aajsa.com (2022-10-30)
        (
            'وأفادت مصادر "العربي الجديد" بأن قصفا آخر استهدف الحي نفسه ظهر اليوم الأحد، أسفر '
            "عن إصابة ثلاثة أطفال.",
            "2022-10-30",
            ("2022-10-30", "2022-10-30"),
        ),
        # counter-case: the day the report was made
        ("وقال المرصد أمس إن 5 أشخاص قتلوا.", "2022-10-30", (None, None)),
    ],
)
def test_period(text: str, published: str, expected: tuple[str | None, str | None]) -> None:
    t = rows(text, published=published)
    assert len(t) == 1
    got = tuple(
        None if d is None or d != d else str(d)[:10]
        for d in (t["period_start"].iloc[0], t["period_end"].iloc[0])
    )
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "two weeks ago" dates a start, it is no duration of the count (round 8)
        # ar8_061, https://albawabhnews.com/3180536
        (
            "يشار إلى أن 448 نازحا سوريا كانوا قد سجلوا أسماءهم لدى الأمن العام اللبناني بطلب "
            "العودة اليوم إلى بلداتهم في سوريا، حيث تتم عودة النازحين على مراحل وبدأت قبل نحو "
            "أسبوعين بعد تنسيق بين الأمن العام اللبناني والسلطات الأمنية السورية.",
            None,
        ),
        # counter-case: a count over two weeks
        ("نزح 5 آلاف شخص خلال أسبوعين من القرى الحدودية.", 14.0),
        # twenty-four hours in words: ar8_006, https://sauress.com/alsharq/744677
        (
            "فاد المرصد السوري لحقوق الإنسان ، بأن نحو 180 سورياً سقطوا خلال الأربع والعشرين "
            "ساعة الماضية في أنحاء متفرقة من البلاد.",
            1.0,
        ),
    ],
)
def test_duration(text: str, expected: float | None) -> None:
    d = rows(text)["duration_days"].iloc[0]
    assert (None if d != d else d) == expected
