"""Arabic extraction, round 12 second pass: kinds of error of the dev files (parents, measures).

Each case quotes a short dev passage (file id in a comment; only the text is passed, never the
gold) or is a constructed sentence of the same kind.
"""

from __future__ import annotations

from tests._arabic import rows
from tests.test_extract_arabic_round12 import _periods


def _parents(text: str) -> dict[str, str | None]:
    """Each phrase and the phrase of its parent (phrases are unique in these cases)."""
    t = rows(text)
    by_id = dict(zip(t["figure_id"], t["phrase"], strict=True))
    return {
        p: (by_id[int(q)] if q == q and q is not None else None)
        for p, q in zip(t["phrase"], t["parent_figure_id"], strict=True)
    }


def _measures(text: str) -> dict[str, str]:
    t = rows(text)
    return dict(zip(t["phrase"], t["measure"], strict=True))


# --- parents ------------------------------------------------------------------------------


def test_a_count_with_parts_of_its_own_after_a_closed_list_is_a_new_total() -> None:
    # ar11_006: the parts after "وثلاثة مدنيين بينهم" belong to ثلاثة, not to 124
    got = _parents(
        "وقالت الشبكة في تقريرها، إن 124 مدنياً، بينهم 12 طفلاً و4 سيدات، قُتلوا على يد قوات "
        "النظام السوري والميليشيات الإيرانية، وثلاثة مدنيين بينهم طفلين وسيدة واحدة على يد "
        "القوات الروسية."
    )
    assert got["4"] == "124"
    assert got["ثلاثة"] is None
    assert got["طفلين"] == "ثلاثة"
    assert got["واحدة"] == "ثلاثة"  # "وسيدة واحدة": the number word after its noun


def test_a_number_word_after_its_noun_in_a_list_of_parts() -> None:
    # ar4_115: "وامرأة واحدة" is the second part
    got = _parents("قتل 43 شخصًا، بينهم 8 أطفال وامرأة واحدة.")
    assert got["8"] == "43"
    assert got["واحدة"] == "43"


def test_parts_after_bima_fi_dhalik_and_min_dimnihim() -> None:
    # ar7_001: "بما في ذلك 9 أطفال و17 سيدة"
    got = _parents(
        "سجلت الشبكة السورية لحقوق الإنسان في تقريرها الأخير، ما لا يقل عن 206 حالات احتجاز "
        "تعسفي خلال شهر أيلول 2024، بما في ذلك 9 أطفال و17 سيدة."
    )
    assert got["9"] == got["17"] == "ما لا يقل عن 206"
    # ar5_042: "40390 مدنيا من ضمنهم 4264 طفلا"
    got = _parents("قتل 40390 مدنيا من ضمنهم 4264 طفلا.")
    assert got["4264"] == "40390"


def test_binaha_after_a_count_of_cases_is_not_its_noun() -> None:
    # ar4_141: "167 حالة بينها 13 طفلًا": "بينها" opens the parts, it is not the noun
    got = _parents("أكدت في تقريرها اعتقال ما لا يقل عن 167 حالة بينها 13 طفلًا وثماني سيدات.")
    assert got["13"] == got["ثماني"] == "ما لا يقل عن 167"


def test_parts_of_a_lone_part_nest_under_it() -> None:
    # ar2_022 (shortened): "من بينهم أكثر من 12 ألف مدني ...، من ضمنهم ... 600 طفلا"
    got = _parents(
        "بلغت الحصيلة 21 ألفا و 179 شخصا، من بينهم أكثر من 12 ألف مدني قضوا على يد قوات "
        "الأسد، من ضمنهم 2600 طفلا، و 1957 سيدة."
    )
    assert got["أكثر من 12 ألف"] == "21 ألفا و 179"
    assert got["2600"] == got["1957"] == "أكثر من 12 ألف"


def test_a_marker_after_a_list_of_parts_points_to_the_total() -> None:
    # ar5_008: "بينهم 45 طفلاً و43 سيدةً، تحوّل منهم 856": 856 of the 1144, not of the 43 women
    got = _parents(
        "بلغ العدد ما لا يقلُّ عن 1144 حالة اعتقال تعسّفي، بينهم 45 طفلاً و43 سيدةً، تحوّل "
        "منهم 856 شخصاً إلى الاختفاء القسري."
    )
    assert got["856"] == "ما لا يقلُّ عن 1144"


# --- measures -----------------------------------------------------------------------------


def test_refugees_uprooted_again_in_the_host_country_are_displaced() -> None:
    # ar9_059: refugees in Lebanon driven from their homes there crossed no border
    got = _measures(
        "وتزعم المفوضية في تقريرها أن أكثر من 97 ألف لاجئ سوري في لبنان نزحوا بسبب الحرب "
        "المستمرة منذ تشرين الأول (أكتوبر) 2023، بما في ذلك أكثر من 80.500 منذ 23 أيلول "
        "(سبتمبر) 2024."
    )
    assert got["أكثر من 97 ألف"] == got["أكثر من 80.500"] == "displaced"


def test_places_fighters_were_driven_from_are_captured() -> None:
    # ar10_017: "النقاط التي طرِد منها المقاتلون ... 183 نقطة بينها من 5 بلدات و155 قرية"
    text = (
        "ولفتت إلى أن عدد النقاط التي طرِد منها المقاتلون الأكراد بلغ 183 نقطة بينها من 5 "
        "بلدات و155 قرية."
    )
    assert set(_measures(text).values()) == {"captured"}
    got = _parents(text)
    assert got["5"] == got["155"] == "183"  # "بينها من": the parts


def test_departed_life_with_the_count_between_is_killed() -> None:
    # ar10_052: "وقد فارق 4 منهم الحياة": the dead of the boat, not a share of its passengers
    text = "حيث كان القارب الأول على متنه 26 مهاجرا من الجنسية البنغلادشية، وقد فارق 4 منهم الحياة."
    assert _measures(text)["4"] == "killed"
    assert _parents(text)["4"] is None


def test_a_flight_towards_the_neighbour_country_crosses_a_border() -> None:
    # ar10_062: "باتجاه الجارة تشاد"
    text = (
        "أفادت الأمم المتحدة بنزوح 1860 شخصا من ولاية غرب دارفور بالسودان باتجاه الجارة تشاد، "
        "إثر الأحداث الدامية بمدينة الجنينة."
    )
    assert _measures(text)["1860"] == "refugees"


def test_a_count_of_parts_named_by_hum() -> None:
    # ar3_283: "13 شخصاً هم 5 عناصر ... و3 مدنيين و4 من قوات الحكومة"
    got = _parents(
        "وقتل أمس الاثنين، 13 شخصاً هم 5 عناصر من الدفاع الوطني و3 مدنيين و4 من قوات الحكومة، "
        "وفق المرصد السوري."
    )
    assert got["5"] == got["3"] == got["4"] == "13"


def test_parts_right_after_a_later_part_nest_under_it() -> None:
    # ar5_093: "ثمانية مواطنين هما رجلان مسنان وامرأة وخمسة أطفال بينهم أربعة أشقاء"
    got = _parents(
        "فيما قُتل ثمانية مواطنين هما رجلان مسنان وامرأة وخمسة أطفال بينهم أربعة أشقاء، جراء "
        "قصف مماثل على بلدة حيان."
    )
    assert got["رجلان"] == got["خمسة"] == "ثمانية"
    assert got["أربعة"] == "خمسة"


def test_the_items_of_a_list_are_parts_of_its_head_and_share_its_period() -> None:
    # ar9_026 (shortened): a toll since a morning and weekday, then a dash list of its parts
    t = rows(
        "وبذلك ارتفعت حصيلة القتلى منذ صباح الأحد 13 تموز، نتيجة الاشتباكات، إلى 1517 قتيلاً، "
        "موزعين على النحو التالي:\n\n-720 من أبناء محافظة السويداء، بينهم 164 مدنيين\n\n"
        "-474من عناصر وزارة الدفاع والأمن العام",
        "2025-08-04",
    )
    by_id = dict(zip(t["figure_id"], t["phrase"], strict=True))
    parents = [by_id.get(q) for q in t["parent_figure_id"]]
    assert parents == [None, "1517", "720", "1517"]
    assert {str(d.date()) for d in t["period_start"]} == {"2025-07-13"}
    assert {str(d.date()) for d in t["period_end"]} == {"2025-08-04"}


def test_an_inline_list_after_ala_al_shakl_al_tali_shares_out_the_count() -> None:
    # ar6_051: "15 باصا توزعت على الشكل التالي: 8 على برج حمود"
    got = _parents(
        "دخول الباصات السورية والبالغ عددها 15 باصا توزعت على الشكل التالي: 8 على برج حمود، "
        "4 إلى صيدا."
    )
    assert got["8"] == "15"


def test_a_dual_of_attacks_and_places_shelled_and_destroyed_are_attacks() -> None:
    # ar9_027: "رصد المرصد هجومين"; ar9_049: "بقصف وتدمير ألفين و372 مدرسة"
    assert _measures("وفي سياق ذلك، رصد المرصد هجومين نفذهما عناصر التنظيم.") == {
        "هجومين": "attacks"
    }
    got = _measures("وقامت الميليشيات الحوثية بقصف وتدمير ألفين و372 مدرسة جزئيا وكليا.")
    assert got == {"ألفين و372": "attacks"}


def test_a_weekday_alone_is_the_last_such_day() -> None:
    # ar9_069 (published Friday 2025-08-08): "مساء الخميس" is the day before
    got = _periods(
        "وقالت الشبكة الطبية المستقلة في بيان، إن قوات الدعم السريع قتلت 16 شخصاً وأصابت 8 "
        "آخرين مساء الخميس في قرية مركز الزيادية.",
        "2025-08-08",
    )
    assert got["16"] == got["8"] == ("2025-08-07", "2025-08-07")
    # ar9_022 (published Tuesday 2017-09-26): "الثلاثاء" between commas is that day
    got = _periods("قتل ثلاثة أشخاص، وأصيب آخرون، الثلاثاء، إثر قصف مدفعي.", "2017-09-26")
    assert got["ثلاثة"] == ("2017-09-26", "2017-09-26")


def test_a_weekday_that_ends_a_span_or_dates_a_report_is_not_the_period() -> None:
    # ar8_051: "امتدت حتى ليل الثلاثاء"; ar4_197: "واليوم الثلاثاء، أصدر مركز ... بيانا"
    got = _periods(
        "وأكد المركز سقوط 27 قتيلا في حصيلة مبدئية للاشتباكات، والتي امتدت حتى ليل الثلاثاء.",
        "2023-08-16",
    )
    assert got["27"] == (None, None)
    got = _periods(
        "واليوم الثلاثاء، أصدر مركز تنسيق الأزمات بيانا أكد فيه أن العدد هو 928649 نازحاً.",
        "2023-06-20",
    )
    assert got["928649"] == (None, None)


def test_a_count_of_weeks_is_a_duration() -> None:
    # ar9_054: "على مدى الأسابيع السبعة الماضية" (49 days to publication)
    text = "أدت العملية العسكرية إلى نزوح 130 ألف شخص على مدى الأسابيع السبعة الماضية."
    assert _periods(text, "2024-12-01")["130 ألف"] == ("2024-10-13", "2024-12-01")
    # ar5_027: "خلال أقل من ثلاثة أسابيع": 21 days at most, no period
    t = rows("أُجبرت أكثر من 400 أسرة على مغادرة مناطقها خلال أقل من ثلاثة أسابيع.", "2025-01-20")
    assert t["duration_days"].tolist() == [21.0]
    assert t["duration_qualifier"].tolist() == ["less_than"]
    assert t["period_start"].isna().all()
