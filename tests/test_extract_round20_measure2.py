"""English measure rules of the second round-20 tuner (issue 11): the gold pass's conventions.

Every positive case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the
record named in each case) or the wording of a convention of the round-20 gold pass of
tests/data/DEVSET.md ("Gold pass, round 20"); each rule has a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from tests._english import measure_of

# -- C18: settlements an armed attack struck are attacks; a disaster's toll by place and
# settlements destroyed stay other.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt9_306
        (
            "Armed raiders killed at least 35 people and torched homes in five villages in "
            "northwest Nigeria's Zamfara state, police said on Saturday, in the latest deadly "
            "attack to hit the violence-torn region.",
            "five",
            "attacks",
        ),
        # rt9_306
        (
            "\u201cThirty-five people were killed by the bandits in the five villages,\u201d state "
            "police spokesman Mohammed Shehu told AFP.",
            "five",
            "attacks",
        ),
        # rt18_080
        (
            "Gunmen suspected to be bandits on Thursday night killed at least 24 persons and "
            "injured several others in four communities of Sabuwa local government area of "
            "Katsina State.",
            "four",
            "attacks",
        ),
        # near miss: rt10_010, an earthquake's toll told by place
        (
            "According to the Syrian Civil Defense Organization, more than 2,166 people have been "
            "killed and at least 2,950 injured in more than 40 cities and villages since the "
            "beginning of the earthquake and 108 hours have passed.",
            "more than 40",
            "other",
        ),
        # near miss: settlements burned, nobody killed there
        ("Gunmen burned 20 houses in three villages.", "three", "other"),
    ],
)
def test_settlements_struck(text: str, phrase: str, measure: str) -> None:
    assert measure_of(text, phrase) == measure


# -- C22: people an event left homeless or without shelter are displaced, whatever their
# status; people merely counted as lacking shelter are not.


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt15_008 (the wording of C22)
        (
            "The fire rapidly engulfed the bamboo-and-tarpaulin shelters, leaving about 12,000 "
            "forcibly displaced Myanmar nationals shelterless.",
            "about 12,000",
            "displaced",
        ),
        ("The fire left 12,000 refugees shelterless.", "12,000", "displaced"),
        (
            "The fire destroyed some 2,000 shelters, leaving 12,000 Rohingya refugees without "
            "shelter.",
            "12,000",
            "displaced",
        ),
        ("The floods left 5,000 families without a place to live.", "5,000", "displaced"),
        # near misses: people counted as lacking shelter, people left without food
        ("Some 12,000 people without shelter need aid.", "Some 12,000", "other"),
        ("The floods left 5,000 families without food.", "5,000", "other"),
        ("A fire killed five shelterless men.", "five", "killed"),
    ],
)
def test_left_without_shelter(text: str, phrase: str, measure: str) -> None:
    assert measure_of(text, phrase) == measure


# -- The parts a sentence gives of the figure told before it take its measure, even with a
# counted noun of their own ("This figure comprises 93 members ...", "They included ...").


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt10_001
        (
            "The total death toll since the start of the clashes has reached 745, including 213 "
            "fighters. This figure comprises 93 members of the security forces loyal to the new "
            "Syrian government, as well as 120 members of armed groups formed by supporters of "
            "former President Bashar al-Assad.",
            "93",
            "killed",
        ),
        # rt10_001: the next part shares it
        (
            "The total death toll since the start of the clashes has reached 745, including 213 "
            "fighters. This figure comprises 93 members of the security forces loyal to the new "
            "Syrian government, as well as 120 members of armed groups formed by supporters of "
            "former President Bashar al-Assad.",
            "120",
            "killed",
        ),
        # rt5_367
        (
            "Seven of the victims were killed in a house directly in front of the monastery. They "
            "included the monk and four of his relatives, as well as a man and his nephew who "
            "were also staying in the house, locals told Myanmar Now.",
            "four",
            "killed",
        ),
        # near misses: a part with its own verb (rt11_018), things among the parts, a sentence
        # that does not open on the parts
        (
            "Dhaka estimates that nearly 400,000 Rohingya refugees are living in squalid refugee "
            "camps and makeshift settlements in Cox's Bazar.\n\nThey included more than 70,000 "
            "who arrived in the months that followed the crisis in October.",
            "more than 70,000",
            "refugees",
        ),
        (
            "Some 5,000 people fled the town. These include 12 schools and 40 clinics.",
            "12",
            "other",
        ),
        (
            "Seven of the victims were killed in a house. Locals said four of his relatives were "
            "staying in the house.",
            "four",
            "population",
        ),
    ],
)
def test_parts_of_the_figure_before(text: str, phrase: str, measure: str) -> None:
    assert measure_of(text, phrase) == measure


# -- People are never attacks: the nearest event word passes over attack words for a count of
# people (a figure with no counted noun, or things counted, may still be attacks).


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # rt16_031
        (
            "The attacks came after dozens of people were reported killed and many more injured "
            "in a drone strike Friday on a camp in northwestern Tigray for people displaced by "
            "Ethiopia's brutal 14-month-old conflict.",
            "dozens",
            "killed",
        ),
        # rt15_065
        (
            "\u201cAround 200 civilians have been killed in attacks since February and close to "
            "140 000 people according to the UN, forced to flee their homes.\u201d",
            "close to 140 000",
            "displaced",
        ),
        # rt18_032
        (
            "Witnesses said police vehicle carrying at least 15 police officers traveling from "
            "Banisa to Mandera was hit improvised explosive device (IED).",
            "at least 15",
            "other",
        ),
        # near misses: attacks counted, a bare figure of attacks
        ("The militants carried out 12 raids on the camp.", "12", "attacks"),
        ("The town saw 40 in a week of shelling.", "40", "attacks"),
    ],
)
def test_people_are_never_attacks(text: str, phrase: str, measure: str) -> None:
    assert measure_of(text, phrase) == measure
