"""Round-27 Arabic source rules: a government named with no country speaks for its country's."""

from __future__ import annotations

from tests._arabic import source_of


def test_a_bare_government_is_the_government_of_the_clause_country() -> None:
    # ar23_029 (arabic23_dev): the clause opened by its country
    text = "وفي بوركينا فاسو، أعلنت الحكومة أن 12 جندياً قتلوا وأصيب 8 في كمين قرب الحدود مع مالي."
    assert source_of(text, "12") == "Burkinabe government"
    assert source_of(text, "8") == "Burkinabe government"


def test_a_government_statement_is_the_government_of_the_one_country_named() -> None:
    # ar25_166 (arabic25_dev): "وفقا لبيان حكومي" in a passage on Mali
    text = (
        "قتل مهاجمون مسلحون في مالي، الأحد، 43 شخصا من بينهم عدد من الأطفال، في غارات على "
        "قريتين، وفقا لبيان حكومي اليوم الأحد."
    )
    assert source_of(text, "43") == "Malian government"
    # ar25_164 (arabic25_dev): "بيان صادر عن الحكومة" in a passage on Somalia
    text = (
        "وأوضح بيان صادر عن الحكومة أن “عناصر من حركة الشباب هاجموا منزلا في شمال مقديشو، "
        "مشيرا ألى ان عشرة مدنيين قتلوا وجرح ثلاثة آخرون”. وأفادت السلطات أن قوات الأمن "
        "الصومالية أنقذت مدنيين عدة."
    )
    assert source_of(text, "عشرة") == "Somali government"
    # near miss: a passage that names two countries gives none
    text = "وقالت الحكومة إن 20 شخصا قتلوا في هجوم على الحدود بين مالي والنيجر."
    assert source_of(text, "20") is None


def test_a_government_joined_by_another_reporter_is_not_alone() -> None:
    # near miss, ar5_115 (arabic5_dev: null): the government and aid groups said it
    text = (
        "وسيطرت القوات شبه العسكرية على مخيم زمزم السوداني الأحد بعد هجوم استمر 4 أيام، والذي "
        "قالت الحكومة ومنظمات الإغاثة إنه أسفر عن مقتل وإصابة 300 شخص."
    )
    assert source_of(text, "300") is None
