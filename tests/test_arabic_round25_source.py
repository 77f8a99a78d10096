"""Round-25 Arabic source rules: armies by C16, bodies named by their country's name, mayors."""

from __future__ import annotations

from tests._arabic import source_of


def test_armies_take_the_one_name_c16_gives_their_country() -> None:
    # ar21_075 (arabic21_dev): the Iraqi army is the Iraqi military
    text = "أعلنت قيادة العمليات المشتركة للجيش العراقي، السبت، مقتل إرهابيين اثنين بضربات جوية."
    assert source_of(text, "اثنين") == "Iraqi military"
    # ar16_103 (arabic16_dev): Sudan's army speaks for its government
    text = "وقال الجيش السوداني إن عدد القتلى ارتفع اليوم إلى 74 وسط النازحين."
    assert source_of(text, "74") == "Sudanese government"
    # ar20_363 (arabic20_dev): Burkina Faso's army by its adjective
    text = "وأكد الجيش البوركيني في بيان له أن الهجوم أسفر عن مقتل خمسة مدنيين بينهم طفل."
    assert source_of(text, "خمسة") == "Burkinabe military"
    # near miss: the Lebanese army keeps its own name
    text = "وأعلن الجيش اللبناني مقتل 2 من جنوده."
    assert source_of(text, "2") == "Lebanese army"


def test_a_government_army_or_officials_named_by_the_country() -> None:
    # ar22_026, ar22_023, ar22_182, ar22_022 (arabic22_dev); ar21_392 (arabic21_dev)
    text = "أعلنت حكومة بوركينا فاسو، اليوم السبت، أن 15 شخصا على الأقل قُتلوا بعد هجوم."
    assert source_of(text, "15") == "Burkinabe government"
    text = "وأعلن جيش مالي، في بيان رسمي، أن الهجوم أسفر عن مقتل 5 جنود وإصابة 8 آخرين."
    assert source_of(text, "5") == "Malian military"
    text = "أعلن الجيش في مالي، عن مقتل 16 جندي و 15 مسلحا في هجوم استهدف قافلة عسكرية."
    assert source_of(text, "16") == "Malian military"
    text = "وكانت قد أعلنت الحكومة فى النيجر مقتل 5 مدنيين، و4 عسكريين و40 إرهابيا."
    assert source_of(text, "40") == "Nigerien government"
    text = "أفاد مسؤولان في مالي أمس بأن مسلحين هاجموا قاعدة عسكرية وقتلوا 16 جنديا."
    assert source_of(text, "16") == "Malian government"
    # ar22_267, ar22_266 (arabic22_dev): officials by an indefinite adjective (C10)
    text = "أفاد مسؤول حكومي باكستاني، اليوم الأربعاء، بأن أكثر من 100 ألف مواطن أفغاني عادوا."
    assert source_of(text, "أكثر من 100 ألف") == "Pakistani government"
    text = "ذكر مسؤول أفغانستاني اليوم الأحد أنه تم ترحيل حوالي 5000 لاجئ أفغاني قسرا."
    assert source_of(text, "حوالي 5000") == "Afghan government"
    # near misses: an official who asks not to be named (ar3_082, arabic3_dev); "مالي" as
    # "financial"; Mali's feminine adjective is "financial" too
    text = (
        "وذكر مسؤول عراقي مطّلع على الملف طلب عدم الكشف عن هويته، أن "
        '"عدد النازحين في مخيم الجدعة يفوق الألف عائلة".'
    )
    assert source_of(text, "يفوق الألف") is None
    text = "وقال مسؤول مالي في الشركة إن 30 عاملا فقدوا وظائفهم."
    assert source_of(text, "30") is None
    text = "وقالت السلطات المالية إن 12 شخصا قتلوا في الهجوم."
    assert source_of(text, "12") is None


def test_a_mayor_or_municipality_is_named_by_its_town() -> None:
    # ar20_320 (arabic20_dev), ar22_077 and ar22_023 (arabic22_dev); C12
    text = "رئيس بلدية جنين محمد جرار أكد أن جيش الاحتلال دمر عشرات المنازل بشكل كامل أو جزئي."
    assert source_of(text, "عشرات") == "Jenin municipality"
    text = (
        "وقال حامد رافع الخيالي عميد بلدية مدينة سبها إن الاشتباكات أسفرت عن مقتل "
        '"حوالي 29 فرداً من الطوارق وجرح 4".'
    )
    assert source_of(text, "حوالي 29") == "Sabha municipality"
    text = 'لكن رئيس بلدية بانكاس، مولاي جويندو، قال لوكالة "رويترز" إن 16 جنديا قتلوا في الهجوم.'
    assert source_of(text, "16") == "Bankass municipality"
    # near miss: a town the lexicon does not know gives no municipality
    text = "وقال رئيس بلدية كوفا إن 9 أشخاص قتلوا."
    assert source_of(text, "9") is None
