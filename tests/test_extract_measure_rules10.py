"""Measure rules of the tenth English tuning round: who is displaced, a refugee, a resident or
none of these.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case) or a constructed sentence of the same kind; the expected measure is that
record's gold, which follows the written guideline of tests/data/DEVSET.md and its round
decisions. Each group holds at least one counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- People arrested, detained or abducted are other whatever they are called (the guideline's
# detainees; round 9's "arresting more than 1,100"), the verb before the figure or "remained
# detained" after it: the status noun and a fate verb earlier in the clause do not decide.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt9_030
        (
            "ATHENS – Since April, Lebanese authorities have launched an unprecedented deportation campaign against Syrian refugees, arbitrarily arresting more than 1,100 people and deporting more than 600, a high-level humanitarian source told Syria Direct.",
            None,
            "more than 1,100",
            "other",
        ),
        # rt9_304
        (
            "Bandits on Monday morning attacked Goran Namaye in the Maradun local government area of Zamfara State, killing four people and abducting 50 others, the police said.",
            None,
            "50",
            "other",
        ),
        # rt9_360
        (
            "A migration crisis at the Chile-Peru border worsened Thursday, as hundreds of migrants remained detained, unable to enter into Peru to return to their home nation of Venezuela.",
            None,
            "hundreds",
            "other",
        ),
        # counter-case: the people killed in the same clause keep their fate
        (
            "Bandits on Monday morning attacked Goran Namaye in the Maradun local government area of Zamfara State, killing four people and abducting 50 others, the police said.",
            None,
            "four",
            "killed",
        ),
        # counter-case (constructed): people who remained in a camp are its population
        (
            "Some 3,000 displaced people remained in the camp on Monday.",
            None,
            "Some 3,000",
            "population",
        ),
    ],
)
def test_people_held(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Camps that "host" people take the hosted people's status, the plural verb as "hosts" (round
# 2's hosting rule; round 9's "IDP families that camps 'host' -> displaced"); people forced "to
# seek shelter" somewhere fled (the guideline's displaced), as "forced to flee".


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt9_038
        (
            "The camps host more than 36,000 families from central and southern Iraq, most of whom were displaced during the Islamic State (ISIS) attack in 2014 and have until recently been unable to return to their homes.",
            None,
            "more than 36,000",
            "displaced",
        ),
        # counter-case (constructed): a country that hosts refugees keeps them refugees
        (
            "Turkey and Lebanon host more than 4 million Syrian refugees.",
            None,
            "more than 4 million",
            "refugees",
        ),
        # rt9_310
        (
            "April 8, 2014 (JUBA) – Recent skirmishes in South Sudan’s Upper Nile state have forced nearly 4,500 people to seek shelter at the United Nations mission in the capital, Malakal, an official said on Tuesday.",
            "2014-04-08",
            "nearly 4,500",
            "displaced",
        ),
        # counter-case (constructed): forced to seek refuge in another country is a border crossed
        (
            "The fighting forced 2,000 Sudanese to seek refuge in Chad.",
            None,
            "2,000",
            "refugees",
        ),
    ],
)
def test_hosted_and_forced_to_seek_shelter(
    text: str, published: str | None, phrase: str, measure: str
) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- People of a nation relocated or transferred by the host are other (round 2's refugees
# relocated between camps in the host country; round 9's Bhasan Char relocations), as refugees
# so moved: "9,540 Rohingyas have been relocated", "are expected to be relocated", "relocate a
# group of 1,703 more Rohingyas". Evacuations of a nation's own people stay displaced.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt9_339
        (
            "So far, 9,540 Rohingyas have been relocated to the island in four phases, sources at the Office of the Refugee Relief & Repatriation Commissioner said.",
            None,
            "9,540",
            "other",
        ),
        # rt9_339
        (
            "“In the fifth phase, around 3,000 Rohingyas are expected to be relocated to the island,” Samsuddouza said.",
            None,
            "around 3,000",
            "other",
        ),
        # rt9_338
        (
            "The government is set to relocate a group of 1,703 more Rohingyas to Bhasan Char on Wednesday, offering the forcibly displaced Myanmar nationals a better life until they are repatriated, reports news agency UNB.",
            None,
            "1,703",
            "other",
        ),
        # rt4_142
        (
            "Among those who came to the transit camp, 894 people were residing without documents, while 636 people were ACC card holders and 709 Afghans were transferred directly to the Torkham border from different districts of Punjab and Pakistan-Occupied Kashmir,” said Khyber Deputy Commissioner Bilal Shahid speaking to The Express Tribune.",
            None,
            "709",
            "other",
        ),
        # counter-case (constructed): a nation's people evacuated keep displaced
        (
            "About 5,000 Syrians were evacuated from eastern Aleppo on Thursday.",
            None,
            "About 5,000",
            "displaced",
        ),
    ],
)
def test_nation_relocated(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- A return planned or helped by someone, the figure its object, is a return whatever the
# relative clause says of where the people live now (the guideline's returned IDPs -> displaced,
# returning refugees -> refugees); shelter sought "elsewhere", no place named, is a flight (round
# 9's "sought refuge elsewhere" -> displaced), against people who "remained in" shelters.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt9_037
        (
            "The Iraqi Ministry of Migration and Displacement on Friday (August 23rd) launched a program to return thousands of displaced families living in displacement camps in Ninawa to their original areas in other provinces.",
            "2019-08-23",
            "thousands",
            "displaced",
        ),
        # rt9_037
        (
            '"We embarked today on a massive plan to return about 5,000 families living in displacement camps in Ninawa province to their homes," said Ali Abbas Jahankir, director general of the ministry\'s department of branch affairs.',
            "2019-08-23",
            "about 5,000",
            "displaced",
        ),
        # counter-case (constructed): people living in camps, no return, are its population
        (
            "About 5,000 families are living in displacement camps in Ninawa province.",
            None,
            "About 5,000",
            "population",
        ),
        # rt9_332
        (
            "Of them, 128,899 sought refuge elsewhere, while 300,953 remained in 2,331 evacuation shelters around the country.",
            None,
            "128,899",
            "displaced",
        ),
        # counter-case: rt9_332, those who remained in shelters
        (
            "Of them, 128,899 sought refuge elsewhere, while 300,953 remained in 2,331 evacuation shelters around the country.",
            None,
            "300,953",
            "population",
        ),
    ],
)
def test_returned_by_others_and_refuge_elsewhere(
    text: str, published: str | None, phrase: str, measure: str
) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- People of one nation in a place of another country named by its possessive ("in Turkey's
# southern Hatay province") crossed a border (the guideline's refugees: people in another
# country, returning refugees); the possessive of their own country leaves them displaced.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt9_023
        (
            "Speaking to reporters at the Gilvegozu crossing in Turkey's southern Hatay province on the same day, Yillikaya said 52,622 Syrians had returned home in a month.",
            None,
            "52,622",
            "refugees",
        ),
        # counter-case (constructed): the possessive of their own country
        (
            "Some 40,000 Syrians were displaced in Syria's northern Idlib province.",
            None,
            "Some 40,000",
            "displaced",
        ),
    ],
)
def test_place_abroad_by_possessive(
    text: str, published: str | None, phrase: str, measure: str
) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Shelter sought in a country with an adjective before its name ("sought refuge in tiny
# Lebanon") is shelter sought abroad, as "in neighbouring Chad" (the guideline's refugees:
# people crossing into another country).


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt7_013
        (
            "More than half of Syria’s prewar population have fled their homes since the outbreak of war in 2011, including more than a million who sought refuge in tiny Lebanon, where they now make up more than a quarter of the population.",
            None,
            "more than a million",
            "refugees",
        ),
        # counter-case (constructed): shelter sought in a town of their own country
        (
            "Some 3,000 people fled the fighting and sought refuge in nearby villages.",
            None,
            "Some 3,000",
            "displaced",
        ),
    ],
)
def test_refuge_in_country_with_adjective(
    text: str, published: str | None, phrase: str, measure: str
) -> None:
    assert _one(text, phrase, published)["measure"] == measure
