"""Regressions for the blind review of the extraction engine (one test per finding)."""

from __future__ import annotations

import pandas as pd
import pytest

from idlibstats.extract import extract_figures

PUB = "2020-01-29"  # a Wednesday


def _fig(text: str, published: str = PUB) -> pd.DataFrame:
    return extract_figures(text, published=published)


def _one(text: str, phrase: str, published: str = PUB) -> pd.Series:
    t = _fig(text, published)
    rows = t[t["phrase"] == phrase]
    assert len(rows) == 1, (text, list(t["phrase"]))
    return rows.iloc[0]


def _values(text: str) -> list[float]:
    return [float(v) for v in _fig(text)["value"]]


# 1. ages after over/under need an age word, not a fixed list of values
def test_over_60_is_a_toll_not_an_age():
    r = _one(
        "The death toll rose to over 60, the Britain-based monitor said.",
        "over 60",
    )
    assert (r["qualifier"], r["lower"], r["measure"], r["source"]) == (
        "more_than",
        60,
        "killed",
        "SOHR",
    )


def test_children_under_5_is_an_age():
    assert _values("Children under 5 make up 20 percent of the displaced.") == [20.0]


def test_ages_still_skipped():
    assert _values("More than 60 percent of camp residents are under 18.") == [60.0]
    assert _values("Children under the age of 15 made up 40 of the dead.") == [40.0]
    assert _values("Of the dead, 12 were over 65-year-olds.") == [12.0]


# 2. a year-like number followed by a count noun is a figure
def test_year_like_numbers_with_a_count_noun():
    r = _one("2000 families fled.", "2000")
    assert (r["value"], r["measure"]) == (2000, "displaced")
    r = _one(
        "Over 2000 families fled Atareb on Sunday, the Response Coordinators Group said.",
        "Over 2000",
    )
    assert (r["qualifier"], r["measure"], r["source"]) == (
        "more_than",
        "displaced",
        "Response Coordinators Group",
    )
    assert r["period_start"] == pd.Timestamp("2020-01-26")
    assert _values("In 2019 the war entered its ninth year.") == []


# 3. "over" after a verb that is not about control is "more than"
def test_over_after_non_control_verbs_is_more_than():
    for text, phrase in [
        ("Russian jets flew over 300 sorties.", "over 300"),
        ("Rebels fired over 1,000 rockets.", "over 1,000"),
        ("The ruling party won over 60 percent of the vote.", "over 60 percent"),
    ]:
        assert _one(text, phrase)["qualifier"] == "more_than", text
    assert _one("Rebels lost control over 24 villages.", "24")["qualifier"] == "exact"


# 4. "some" after in/of/at/for is still "about"
def test_some_after_a_preposition_is_approx():
    r = _one("In some 40 villages, the water supply was cut.", "some 40")
    assert r["qualifier"] == "approx"
    r = _one("Aid reached families in some 40 villages.", "some 40")
    assert r["qualifier"] == "approx"
    # a duration with "some" is not a figure
    assert _values("The siege lasted for some 40 days.") == []


# 5. the actor of a sentence is not its source, and the reporter wins
def test_actor_is_not_the_source():
    r = _one("The Syrian army captured 20 villages on Monday, SOHR said.", "20")
    assert r["source"] == "SOHR"
    r = _one(
        "The Syrian army captured more than 20 villages and towns this week, state media reported.",
        "more than 20",
    )
    assert r["source"] == "SANA"
    r = _one("The UN has delivered 1,200 trucks of aid so far this year.", "1,200")
    assert r["source"] is None or pd.isna(r["source"])


# 6. bare "from" is not "according to"
def test_from_is_not_according_to():
    r = _one("Aid from the UN reached 50,000 people in Idlib last month.", "50,000")
    assert r["source"] is None or pd.isna(r["source"])
    r = _one("Figures from the UN show 50,000 people fled last month.", "50,000")
    assert r["source"] == "UN"


# 7. "rose from 300 to 400" is two figures, not a range
def test_change_verbs_do_not_make_ranges():
    for verb in ("rose", "climbed", "increased", "fell", "dropped", "jumped", "went up"):
        t = _fig(f"The death toll {verb} from 300 to 400.")
        assert list(t["qualifier"]) == ["exact", "exact"], verb
        assert sorted(t["value"]) == [300, 400], verb
    t = _fig("Between 300 and 400 people were killed.")
    assert list(t["qualifier"]) == ["range"]


# 8. money and people are never total and sub-count
def test_no_sub_count_across_units():
    t = _fig("The EU pledged $2bn for Syrian refugees in Turkey, which hosts 3.6 million of them.")
    r = t[t["phrase"] == "3.6 million"].iloc[0]
    assert r["measure"] == "refugees"
    assert pd.isna(r["parent_figure_id"])


# 9. a period right after "said" is the figure's period unless it is a day
def test_period_after_said():
    r = _one("OCHA said over the past week 30,000 people had fled.", "30,000")
    assert r["period_start"] == pd.Timestamp("2020-01-22")
    assert r["period_end"] == pd.Timestamp(PUB)
    assert r["duration_days"] == 7
    r = _one("SOHR said on Tuesday that 30 civilians were killed.", "30")
    assert pd.isna(r["period_start"])


# 10. both ends of an age range are ages
def test_both_ends_of_an_age_range_are_ages():
    assert _values("Children aged 5 to 12 were among 30 killed.") == [30.0]
    assert _values("Children aged 5-12 were among 30 killed.") == [30.0]


# contract questions
def test_estimated_as_a_verb_leaves_the_number_exact():
    assert _one("The UN estimated 500 people had fled.", "500")["qualifier"] == "exact"
    assert _one("An estimated 500 people had fled.", "An estimated 500")["qualifier"] == "approx"


def test_non_contract_words_leave_the_number_exact():
    for text, phrase in [
        ("Reportedly 40 people were killed.", "40"),
        ("A reported 40 people were killed.", "40"),
        ("An average of 40 people were killed every day.", "40"),
        ("Strikes killed averaging 40 people a day.", "40"),
    ]:
        r = _one(text, phrase)
        assert (r["qualifier"], r["lower"], r["upper"]) == ("exact", 40, 40), text


def test_casualties_and_lost():
    assert _one("The strikes caused 40 casualties.", "40")["measure"] == "other"
    assert _one("The rebels lost 12 villages.", "12")["measure"] != "killed"
    assert _one("Twelve people lost their lives.", "Twelve")["measure"] == "killed"


def test_misfiring_source_aliases_removed():
    r = _one("The government hopes 500 families will return, Jeffrey said.", "500")
    assert r["source"] is None or pd.isna(r["source"])
    r = _one("Akar said 34 soldiers were killed.", "34")
    assert r["source"] is None or pd.isna(r["source"])
    r = _one("The Observatory said 34 soldiers were killed.", "34")
    assert r["source"] == "SOHR"


def test_one_in_five_is_not_a_count():
    t = _fig("One in five Syrians has fled the country.")
    assert not ((t["value"] == 5) & (t["qualifier"] == "exact")).any()


def test_duration_qualifiers_come_from_the_qualifier_vocabulary():
    from idlibstats.extract import periods, qualifiers

    for word, q in periods._DUR_QUAL.items():
        assert qualifiers._LEFT_MAP.get(word, q) == q, word
    t = _fig("Some 900 people were killed in less than four days.")
    assert (t["duration_days"].iloc[0], t["duration_qualifier"].iloc[0]) == (4, "less_than")


def test_age_and_share_edge_cases():
    assert _values("Strikes killed 12 people over 60.") == [12.0]
    assert _one("Aid reached people in over 60 villages.", "over 60")["qualifier"] == "more_than"
    assert _values("Children aged between 5 and 12 were among 30 killed.") == [30.0]
    assert _values("1 in 3 children is out of school.") == []
    assert _values("Since 2011 refugees have crossed into Turkey.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The camps are spread over 40 villages near the border.",
        "The displaced are scattered over 300 sites in Idlib, OCHA said.",
    ],
)
def test_over_as_a_preposition_of_place_stays_exact(sentence):
    table = extract_figures(sentence, published="2020-02-01")
    assert table["qualifier"].tolist() == ["exact"]
