"""Round-26 Arabic source rules: the army's general staff speaks for its army (C16)."""

from __future__ import annotations

from tests._arabic import source_of


def test_the_general_staff_named_by_its_country_is_its_army() -> None:
    # ar20_383 (arabic20_dev): the Libyan general staff by its adjective
    text = (
        "أعلنت الأركان العامة الليبية، انتشال أكثر من 250 جثة مجهولة الهوية من سواحل مدينة "
        "درنة المنكوبة."
    )
    assert source_of(text, "أكثر من 250") == "Libyan military"
    # near miss: a "war crime complete in its elements" names no general staff (ar18_302)
    text = 'وقال المكتب إن 43 شخصًا قُتلوا، ووصف الحادثة بأنها "جريمة حرب مكتملة الأركان".'
    assert source_of(text, "43") != "Libyan military"


def test_a_bare_general_staff_takes_the_army_its_sentence_names() -> None:
    # ar22_181 (arabic22_dev): "هيئة الأركان" beside "جيش بوركينا فاسو"
    text = (
        "لقي 17 جنديا و36 عنصرا داعما لجيش بوركينا فاسو حتفهم في هجوم جديد نسب إلى جهاديين "
        "شمال البلاد، بحسب ما أفادت هيئة الأركان الثلاثاء."
    )
    assert source_of(text, "17") == "Burkinabe military"
    assert source_of(text, "36") == "Burkinabe military"
    # near miss: a bare general staff whose sentence names no army (ar16_019, arabic16_dev: null)
    text = (
        "من جانب آخر، أعلنت رئاسة الأركان العامة في بيان أن أكثر من 250 جثة مجهولة الهوية تم "
        "انتشالها من سواحل درنة بمشاركة فرق الإنقاذ الليبية والدولية."
    )
    assert source_of(text, "أكثر من 250") is None


def test_a_regional_governor_speaks_for_the_regional_administration() -> None:
    # ar22_014 (arabic22_dev): "حاكم خاركيف", the gold's "<region> regional administration"
    text = (
        "وكان حاكم خاركيف أعلن، أمس الجمعة، حصيلة أولية للضحايا بلغت 7 قتلى و34 جريحا في "
        "القصف الروسي على المنطقة السكنية."
    )
    assert source_of(text, "7") == "Kharkiv regional administration"
    # ar22_030 (arabic22_dev): "حاكم منطقة أودالان"
    text = (
        "وفي التفاصيل، أوضح حاكم منطقة أودالان، العقيد سالفو كابوريه، في بيان أن حصيلة "
        "الهجوم كانت مقتل شخصين، هما مدير مدرسة ومزارع."
    )
    assert source_of(text, "شخصين") == "Oudalan regional administration"
    # ar19_395 (arabic19_dev): a deputy governor with his portfolio "in" the region
    text = (
        'وقال علي عثمان حسين نائب محافظ الشؤون الاجتماعية في منطقة حيران "نزح حتى الآن '
        'حوالى 200 ألف شخص بسبب فيضان نهر شيبيل".'
    )
    assert source_of(text, "حوالى 200 ألف") == "Hiran regional administration"
    # ar22_016 (arabic22_dev): "حاكم المنطقة" in a passage that names one region
    text = (
        "وقال رئيس بلدية خاركيف إيهور تيريخوف إن هناك هجوما ضخما على المدينة. "
        "وقال أوليه سينيهوبوف حاكم المنطقة، إن 12 شخصاً أصيبوا بينهم طفلان."
    )
    assert source_of(text, "12") == "Kharkiv regional administration"
    # near misses: "حاكم المنطقة" where no listed region is named (ar22_032); a governor of
    # a region the list does not hold
    text = "وقال حاكم المنطقة بابو بيير باسينجا في بيان إن 22 مدنيا قتلوا في إقليم كوسي."
    assert source_of(text, "22") != "Kharkiv regional administration"
    text = "وقال حاكم ولاية زمفرا إن 30 شخصا قتلوا."
    assert source_of(text, "30") != "Kharkiv regional administration"
