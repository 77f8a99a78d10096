"""Round-15 English measure and period rules (issue 11): general lexicons and patterns, each
with a positive case and a near-miss that must not fire."""

from __future__ import annotations

import pytest

from idlibstats.extract.figures import extract_figures
from tests._english import measure_of as _measure
from tests._english import one as _row


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # facilities counted are things, whoever they serve
        ("The authorities opened 16 new camps in Medina.", "16", "other"),
        ("The number of operational shelters dropped to 36.", "36", "other"),
        ("IDP camps increased from 391 to 435.", "435", "other"),
        ("Two new IDP hosting sites have been established.", "Two", "other"),
        ("Some 1.8 million people shelter in its 156 Gaza installations.", "156", "other"),
        # near-misses: people in camps, people who left camps, facilities struck
        ("Some 5,000 IDPs in camps were displaced.", "Some 5,000", "displaced"),
        ("Some 370 displaced families have left the camps.", "Some 370", "displaced"),
        ("Airstrikes hit 12 shelters in Gaza.", "12", "attacks"),
        # a flight joined to fates in one list is one mixed count
        ("Hundreds others are injured, displaced and missing.", "Hundreds", "other"),
        # near-miss: each fate with its own figure
        ("The clashes killed 12 and displaced 3,000.", "12", "killed"),
        # a counted status listed with other statuses is one mixed count
        (
            "The area was hosting over 241,000 Nigerian refugees, internally displaced people "
            "from Niger and returning Niger nationals.",
            "over 241,000",
            "other",
        ),
        # near-miss: a list of refugees of several nations keeps one status
        (
            "The area was hosting over 241,000 Nigerian refugees, Chadian refugees and "
            "Cameroonian refugees.",
            "over 241,000",
            "refugees",
        ),
        # a flight to a part of one country and to another country is inside and abroad
        (
            "The conflict forced half a million to flee to French-speaking regions of Cameroon "
            "or into neighboring Nigeria.",
            "half a million",
            "other",
        ),
        # near-miss: a flight to parts of the country only
        ("Some 20,000 people fled to other parts of the country.", "Some 20,000", "displaced"),
        # a displacement inside a named country stays displaced, whatever else the sentence says
        (
            "Violence led to the internal displacement of 1.4 million people within the DRC and "
            "some 35,000 refugees seeking safety in Angola.",
            "1.4 million",
            "displaced",
        ),
        # near-miss: "within" a time, not a country
        ("Some 40,000 Syrians fled within weeks to Turkey.", "Some 40,000", "refugees"),
        # a place's people are its population whatever they need
        ("Almost all of Tigray's 5.5 million people need food aid.", "5.5 million", "population"),
        # near-miss: people in need without a place's possessive
        ("Almost all of the 5.5 million people need food aid.", "5.5 million", "other"),
        # lives changed, not taken
        (
            "Around 240,000 people have had their lives interrupted by the conflict.",
            "Around 240,000",
            "other",
        ),
        # near-miss: lives lost
        (
            "Around 240,000 people have lost their lives in the conflict.",
            "Around 240,000",
            "killed",
        ),
        # attackers are people, never attacks nor victims
        (
            'The raid saw "around 20 individuals attacking the village," and the toll was 14.',
            "around 20",
            "other",
        ),
        ("Scores of Houthi fighters launched a series of armed attacks.", "Scores", "other"),
        # near-miss: attacks counted
        ("The militants launched 12 attacks on the town.", "12", "attacks"),
        # a place counted after attacks across it
        (
            "Civilians were killed in RSF attacks across three towns: Bara and Um Sumeima.",
            "three",
            "attacks",
        ),
        # near-miss: towns counted without an attack
        ("Civilians fled from three towns: Bara and Um Sumeima.", "three", "other"),
        # a time between the fate verb and its object
        ("ISIS killed on Saturday at dawn five soldiers in Deir ez-Zor.", "five", "killed"),
        # near-miss: the time ends a sentence of its own
        ("He was killed on Saturday at dawn. Five soldiers arrived.", "Five", "other"),
        # the counted people's own fate after the group they belong to
        ("Two soldiers of the government forces were killed in Daraa.", "Two", "killed"),
        # near-miss: a fate in a relative clause about the group
        ("Two soldiers of the unit that killed five people were arrested.", "Two", "other"),
        # events counted after the fate they caused
        ("Five people were killed in three separate landmine explosions.", "three", "attacks"),
        # near-miss: people counted after the fate
        ("Five people were killed in three separate villages.", "three", "other"),
        # refugees of a nation who went to a place of their own country crossed no border
        (
            "Thousands of Somali refugees, fleeing famine, streamed into Mogadishu.",
            "Thousands",
            "displaced",
        ),
        # near-misses: a place abroad, their own country named (a border crossed back), a return
        (
            "Thousands of Somali refugees, fleeing famine, streamed into Kenya.",
            "Thousands",
            "refugees",
        ),
        ("More than 24,000 Afghans crossed into Afghanistan.", "More than 24,000", "refugees"),
        ("Lebanon plans to return 15,000 Syrian refugees to Damascus.", "15,000", "refugees"),
        # people of a nation returning from a place of another country are refugees
        (
            "Up to 6,000 Syrians are returning to their homes every month from Sanliurfa province.",
            "Up to 6,000",
            "refugees",
        ),
        # near-miss: from a place of their own country
        (
            "Up to 6,000 Syrians are returning to their homes every month from Idlib.",
            "Up to 6,000",
            "displaced",
        ),
        # arrivals the refugee agency counts are refugees
        ("UNHCR figures show that the number of new arrivals is now 395.", "395", "refugees"),
        # near-miss: arrivals another body counts
        ("IOM figures show that the number of new arrivals is now 395.", "395", "displaced"),
        # a flight inland stays inside, in a passage that names refugees
        (
            "Many people are fleeing inland, and more than 60 arrived in Nangade on Monday. Palma "
            "refugees keep arriving.",
            "more than 60",
            "displaced",
        ),
        # near-miss: a flight the passage does not keep inside
        (
            "Many people are fleeing, and more than 60 arrived in Nangade on Monday. Palma "
            "refugees keep arriving.",
            "more than 60",
            "refugees",
        ),
        # the figure's people named by their status after "are"
        (
            "There are 3,988,000 foreign nationals in Turkey, of whom 2.7 million are Syrian "
            "refugees.",
            "2.7 million",
            "refugees",
        ),
        (
            "More than 1 million people had returned, of which more than 800,000 were those who "
            "had been internally displaced.",
            "more than 800,000",
            "displaced",
        ),
        # near-miss: a nationality is no status
        ("Of the 3 million, 2.7 million are Syrian citizens.", "2.7 million", "other"),
        # "the death from" an attack risen to a figure is a death toll
        ("The death from an Israeli airstrike has risen to 10.", "10", "killed"),
        # near-miss: a number from an attack that is no death
        ("The number from an Israeli airstrike has risen to 10.", "10", "attacks"),
        # a place opened to host people gives a capacity
        (
            "Opened 10 years ago to host 12,000 people, it currently shelters 37,000 residents.",
            "12,000",
            "other",
        ),
        # near-miss: what it shelters now is its population
        (
            "Opened 10 years ago to host 12,000 people, it currently shelters 37,000 residents.",
            "37,000",
            "population",
        ),
    ],
)
def test_round15_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # an adverb between the auxiliary and the fate of coordinated people
        (
            "A child was killed, and two other children and two women were seriously injured.",
            ["injured", "injured"],
        ),
        # near-miss: no fate after the coordinated people, the fate before counts
        ("A child was killed, and two other children and two women.", ["killed", "killed"]),
    ],
)
def test_round15_coordinated_fate(text: str, measures: list[str]) -> None:
    assert list(extract_figures(text)["measure"]) == measures


def _period(text: str, phrase: str, published: str) -> tuple[str | None, str | None]:
    """The period of the figure whose phrase is ``phrase``, as ISO dates (None when undated)."""
    row = _row(text, phrase, published)
    return tuple(
        None if d is None or d != d else str(d.date())
        for d in (row["period_start"], row["period_end"])
    )


@pytest.mark.parametrize(
    ("text", "phrase", "published", "period"),
    [
        # the first N months of this year end with that month
        (
            "During the first ten months of this year, 1,326 families arrived in Marib.",
            "1,326",
            "2024-11-14",
            ("2024-01-01", "2024-10-31"),
        ),
        # near-miss: this year alone runs to publication
        (
            "This year, 1,326 families arrived in Marib.",
            "1,326",
            "2024-11-14",
            ("2024-01-01", "2024-11-14"),
        ),
        # a night from one weekday to the next is both days
        (
            "On the night of Thursday to Friday, gunmen killed 14 people in Diblou.",
            "14",
            "2019-07-27",
            ("2019-07-25", "2019-07-26"),
        ),
        # near-miss: one weekday
        (
            "On Friday night, gunmen killed 14 people in Diblou.",
            "14",
            "2019-07-27",
            ("2019-07-26", "2019-07-26"),
        ),
        # the next item of a dated sequence takes its own date after it
        (
            "There were 1,518 casualties in 2018, followed by 1,459 in 2019.",
            "1,459",
            "2020-01-29",
            ("2019-01-01", "2019-12-31"),
        ),
        # near-miss: an item with no date of its own keeps the one before
        (
            "In 2018, 300 people were killed, followed by 200 more.",
            "200",
            "2020-01-29",
            ("2018-01-01", "2018-12-31"),
        ),
        # a place's opening year is no period of its figures
        (
            "Opened in 2012, the camp is hosting more than 78,000 people.",
            "more than 78,000",
            "2024-11-14",
            (None, None),
        ),
        # near-miss: a count since the opening runs from it
        (
            "Since the camp opened in 2012, more than 78,000 people have arrived.",
            "more than 78,000",
            "2024-11-14",
            ("2012-01-01", "2024-11-14"),
        ),
    ],
)
def test_round15_period(text: str, phrase: str, published: str, period: tuple) -> None:
    assert _period(text, phrase, published) == period
