"""Sub-count rules of the ninth English tuning round: a sub-count's own event word.

A sub-count ("including 24,300 ...", "170.000 of them ...") takes its total's measure unless it
has an event word of its own: its fate noun or the verb after it decides, and then it has no parent
(a sub-count has a parent only when it shares its total's measure: the guideline's issue-11
decision in DEVSET.md); the sub-count's own sub-counts are of it. Every case is a passage of an English dev file (the record
named in each case) or a constructed sentence of the same kind; each group holds a counter-case
the rule must leave alone.
"""

from __future__ import annotations

import math

import pytest

from tests._english import one as _one


def _no_parent(row) -> bool:
    p = row["parent_figure_id"]
    return p is None or (isinstance(p, float) and math.isnan(p))


# -- The sub-count's own fate noun or verb decides; a different measure drops the link to its total.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt8_078
        (
            "Over 72,600 people were affected by the storm's second impact, including 24,300 who were displaced in the regions of Menabe and Atsimo Andrefana, according to reports by the National Bureau of Risk and Disaster Management (BNGRC).",
            "24,300",
            "displaced",
        ),
        # rt5_351
        (
            "According to the AAA, the strikes caused 434 casualties, including 321 fatalities and 113 injuries, with the majority being civilians.",
            "321",
            "killed",
        ),
        # rt5_351
        (
            "According to the AAA, the strikes caused 434 casualties, including 321 fatalities and 113 injuries, with the majority being civilians.",
            "113",
            "injured",
        ),
        # rt6_348: people sheltering in sites are the population, whoever they are
        (
            "The International Organization for Migration (IOM) reports that more than 20,000 people have been forced to flee Haiti's capital Port-au-Prince in just four days, including more than 17,000 sheltering in 15 displacement sites, as gang violence escalates.",
            "more than 17,000",
            "population",
        ),
        # rt2_080
        (
            "Among almost 670.000 Syrian refugees in Jordan, at least 170.000 of them live in Al-Zaatari camp, including more than 75.000 women and at least 45.000 children, they live in temporary tents and caravans (mobile Homs)",
            "at least 170.000",
            "population",
        ),
        # rt7_045: things struck that something else befell
        (
            "Four health facilities have been hit by airstrikes or shelling and two of them had to be fully evacuated (WHO).",
            "two",
            "other",
        ),
    ],
)
def test_own_event_word_decides(text, phrase, measure):
    row = _one(text, phrase)
    assert row["measure"] == measure
    assert _no_parent(row)


def test_sub_counts_of_a_sub_count_of_its_own_measure():
    # rt2_080: the women and children are of the 170.000 living in the camp
    text = (
        "Among almost 670.000 Syrian refugees in Jordan, at least 170.000 of them live in "
        "Al-Zaatari camp, including more than 75.000 women and at least 45.000 children, they "
        "live in temporary tents and caravans (mobile Homs)"
    )
    row = _one(text, "more than 75.000")
    assert row["measure"] == "population"
    assert row["parent_figure_id"] == 2


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # counter-case: no own event word, the total's measure and link stay
        (
            "At least 100 civilians were killed, including 35 children.",
            "35",
            "killed",
        ),
        # counter-case: the own verb is the total's measure
        (
            "Some 5,000 people fled the town, including 2,000 who were displaced for the second time.",
            "2,000",
            "displaced",
        ),
        # counter-case: things struck again are still attacks
        (
            "Four health facilities have been hit and two of them were hit again on Monday.",
            "two",
            "attacks",
        ),
    ],
)
def test_without_own_event_word_the_total_decides(text, phrase, measure):
    row = _one(text, phrase)
    assert row["measure"] == measure
    assert not _no_parent(row)


def test_verbless_total_shares_the_fate_after_its_sub_count():
    # rt012: the casualties have no verb of their own; "were killed" is of both
    text = (
        "More than 610 casualties including 217 children and citizen women in Aleppo city and "
        "its countryside were killed by the bombing during the first month of battles at the "
        "outskirts of Aleppo city"
    )
    total, sub = _one(text, "More than 610"), _one(text, "217")
    assert (total["measure"], sub["measure"]) == ("killed", "killed")
    assert sub["parent_figure_id"] == total["figure_id"]


def test_casualties_with_a_verb_keep_their_own_measure():
    # counter-case: the total has its verb before the sub-count
    text = "The strikes caused 434 casualties, including 217 children who were killed."
    assert _one(text, "434")["measure"] == "other"
    assert _one(text, "217")["measure"] == "killed"


# -- A share "of the returnees" is of the returns told before, not of the deportations of its
# own sentence.


def test_share_of_the_returnees_takes_the_returns_measure():
    # rt3_136
    text = (
        "In a statement, the agency said, between September 2023 and 2025, more than 2.43 "
        "million undocumented Afghan migrants had returned from Pakistan and Iran.\n\n"
        "It added 54 were forcibly repatriated and the IOM provided critical post-arrival "
        "humanitarian support to 1,003,563 of the returnees."
    )
    assert _one(text, "1,003,563")["measure"] == "refugees"
    assert _one(text, "54")["measure"] == "other"


def test_share_of_the_returnees_with_a_return_total_in_its_sentence():
    # constructed: the return total of the same sentence
    text = (
        "More than 5,000 refugees returned from Lebanon last week and IOM assisted 3,000 of the "
        "returnees."
    )
    row = _one(text, "3,000")
    assert row["measure"] == "refugees"
    assert not _no_parent(row)


# -- Things destroyed, burned or looted are other, dated by the event like its dead.


def test_things_destroyed_in_an_event_are_other_and_take_its_date():
    # rt3_258
    text = (
        "They waited, cutting off access by road. Then, at about 4pm on March 24, they opened "
        "fire. More than 100 insurgents laid waste to the coastal town of Palma, destroying civic "
        "buildings, robbing and setting fire to at least one bank and killing dozens of people, "
        "according to Mozambican officials."
    )
    bank = _one(text, "at least one", "2021-04-06")
    assert bank["measure"] == "other"
    assert str(bank["period_start"].date()) == "2021-03-24"
    assert _one(text, "dozens", "2021-04-06")["measure"] == "killed"


def test_people_after_a_verb_of_destroying_are_not_things():
    # constructed: the homes destroyed are other; the people killed keep their fate
    text = "The militants destroyed 40 homes and killed 12 villagers."
    assert _one(text, "40")["measure"] == "other"
    assert _one(text, "12")["measure"] == "killed"


# -- "Of the X, Y ...": the part named after its total takes its own fate too.


def test_part_after_of_the_total_has_its_own_fate():
    # rt4_102
    text = (
        "Out of the 130 soldiers stationed there, 27 were confirmed dead, and large quantities "
        "of weapons and ammunition were seized by the attackers."
    )
    row = _one(text, "27")
    assert row["measure"] == "killed"
    assert row["parent_figure_id"] == _one(text, "130")["figure_id"]


def test_part_after_of_the_total_without_a_fate_keeps_the_total_measure():
    # counter-case: "are children" is no fate
    text = "Of the 900,000 people displaced, 500,000 are children."
    assert _one(text, "500,000")["measure"] == "displaced"


# -- Parts told "among the casualties" after their total are its sub-counts.


def test_parts_among_the_casualties_after_the_total():
    # rt3_289
    text = (
        "Clashes left 57 combatants dead, with 26 rebel fighters and 31 regime soldiers among "
        "the casualties."
    )
    total = _one(text, "57")["figure_id"]
    for phrase in ("26", "31"):
        row = _one(text, phrase)
        assert (row["measure"], row["parent_figure_id"]) == ("killed", total)


def test_among_without_a_total_before_is_no_sub_count():
    # counter-case: no total before the part
    row = _one("Two Mozambican soldiers were among the dead.", "Two")
    assert row["measure"] == "killed"
    assert _no_parent(row)


# -- A back-referring sub-count phrase before the figure, set off by dashes, in a later sentence.


def test_dashed_share_of_them_in_a_later_sentence():
    # rt3_183
    text = (
        "According to UN figures, 260 people died during the journey to the camp from the "
        "frontlines in Deir ez-Zor province or shortly after arriving. Most of them \u2013 211 "
        "\u2013 were children under the age of five."
    )
    assert _one(text, "211", "2019-04-19")["measure"] == "killed"


def test_dash_after_a_noun_is_no_sub_count():
    # counter-case: no sub-count phrase before the dash
    text = "At least 40 people were killed. The convoy \u2013 12 trucks \u2013 was turned back."
    assert _one(text, "12")["measure"] == "other"


# -- A share set off after a part with its own verb: the verb is the part's, the share the total's.


def test_share_beside_a_part_with_its_own_verb():
    # rt348
    text = (
        "According to OCHA data, approximately 1.1 million displaced persons have been registered "
        "in 156 UNRWA institutions throughout Gaza, and 946,000 of them, or about 86 per cent, "
        "live in the agency's 99 shelters in the south of the Strip."
    )
    total = _one(text, "approximately 1.1 million")["figure_id"]
    part, share = _one(text, "946,000"), _one(text, "about 86 per cent")
    assert part["measure"] == "population"
    assert (share["measure"], share["parent_figure_id"]) == ("displaced", total)


def test_share_of_people_with_no_part_keeps_their_measure():
    # counter-case (constructed): the share is of the people themselves
    text = (
        "About 1.8 million people, or about 80 per cent of the population, have fled their homes."
    )
    assert _one(text, "about 80 per cent")["measure"] == "displaced"


# -- An earlier value of a count in brackets ("as of" a date) is the same count.


def test_earlier_value_in_brackets_takes_the_count_measure():
    # rt5_301
    text = (
        "Civilian casualties from February 24, 2022, after Russia launched a full-scale war "
        "against Ukraine, to May 1, 2023, totaled 23,375 (23,015 as of April 24), including 8,709 "
        "deaths (8,574), the UN Office of the High Commissioner for Human Rights (OHCHR) said."
    )
    assert _one(text, "23,015")["measure"] == "other"
    assert _one(text, "8,709")["measure"] == "killed"


def test_bracketed_figure_with_its_own_verb_is_no_earlier_value():
    # counter-case (constructed): the bracket tells another fate
    text = "At least 30 people were killed (12 were wounded by shrapnel)."
    assert _one(text, "12")["measure"] == "injured"
