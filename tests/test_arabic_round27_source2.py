"""Round-27 Arabic source rules, second pass: an unnamed source's agency, local police, Hawar."""

from __future__ import annotations

from tests._arabic import source_of


def test_an_unnamed_source_right_after_an_agency_speaks_to_it() -> None:
    # ar24_015 (arabic24_dev): the agency named just before the unnamed source
    text = (
        "وفي تصريح لوكالة فرانس برس، قال مصدر عسكري مالي أن اثنين من الحرس الوطني قتلا السبت "
        "في دينانغورو."
    )
    assert source_of(text, "اثنين") == "AFP"
    # ar20_304 (arabic20_dev): the agency ends the sentence before
    text = (
        "قُتل 13 مدنيا في قصف على مدينة الفاشر، وفق ما أفاد مصدر طبي وكالة فرانس برس.وقال "
        'مصدر طبي في مستشفى الفاشر الجنوبي: "أصيب 21 يتلقون العلاج بالمستشفى".'
    )
    assert source_of(text, "21") == "AFP"
    # near miss: the agency named further back, another clause between
    text = (
        "وفي تصريح لوكالة فرانس برس عن الهجوم على القرية، قال مصدر عسكري مالي أن اثنين من "
        "الحرس الوطني قتلا."
    )
    assert source_of(text, "اثنين") is None


def test_local_police_by_their_town() -> None:
    # ar24_051 (arabic24_dev): "قائد شرطة بيشاور"
    text = "وقال قائد شرطة بيشاور ميان سعيد إن الهجوم أدى إلى مقتل 3 من العناصر، وإصابة 4 آخرين."
    assert source_of(text, "4") == "Peshawar police"
    # ar23_155 (arabic23_dev): "للشرطة في المنطقة سوم"
    text = "وأعلن المفوض الأعلى للشرطة في المنطقة سوم محمد داه فقدان جنديين في الهجوم."
    assert source_of(text, "جنديين") == "Soum police"
    # ar22_038 (arabic22_dev): "المتحدث باسم شرطة كابل"
    text = "وأعلن المتحدث باسم شرطة كابل أن حصيلة الوفيات الرسمية هي خمسة أشخاص."
    assert source_of(text, "خمسة") == "Kabul police"
    # near miss: a checkpoint of the police in a place the lexicon does not know
    text = "قتل 12 شخصا في هجوم على حاجز للشرطة في منطقة الكاظمية، حسبما أفادت مصادر أمنية."
    assert source_of(text, "12") is None


def test_hawar_by_its_name() -> None:
    # ar25_012 (arabic25_dev)
    text = "وذكرت “هاوار” أن القصف التركي تسبب بمقتل امرأة، وإصابة خمسة آخرين في ريف منبج."
    assert source_of(text, "خمسة") == "Hawar"
    # near miss: a figure with no speaker before the name
    text = "قتل خمسة أشخاص في ريف منبج. وكانت وكالة هاوار قد نشرت صورا للقصف."
    assert source_of(text, "خمسة") is None
