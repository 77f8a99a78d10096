"""Source rules of the tenth English tuning round (issue 11, helper src10en).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected sources are the dev gold of those records. Passages "written here" check a rule's
limit and expect what the guideline and the decisions in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- "according to the report of X", "according to the most recent X count" ---------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_330 (realtext9_dev)
        (
            "The death toll from three recent typhoons has climbed to 14 according to the report of National Disaster Risk Reduction and Management Council (NDRRMC).",
            "14",
            "NDRRMC",
        ),
        # rt9_332 (realtext9_dev): an acronym the registry does not know, owning the count
        (
            "According to the most recent NDRRMC count, almost 930,000 families, or 3.5 million people, were impacted by Nika, Ofel, and Pepito.",
            "almost 930,000",
            "NDRRMC",
        ),
        # written here: a registry body before its document
        ("According to the latest UN count, 50 people were killed.", "50", "UN"),
        # written here: a country's acronym is not a body
        ("According to US figures, 50 people were killed.", "50", None),
    ],
)
def test_according_to_a_document_of_a_body(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- a state's police: named with it, or bare where one state is named --------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_304 (realtext9_dev)
        (
            "Bandits on Monday morning attacked Goran Namaye in the Maradun local government area of Zamfara State, killing four people and abducting 50 others, the police said.",
            "50",
            "Zamfara police",
        ),
        # rt9_304: the later sentence's bare "the police" in a passage naming one state
        (
            "Bandits attacked Goran Namaye in Zamfara State. The police, however, said four people were killed and about 50 abducted in the attack.",
            "about 50",
            "Zamfara police",
        ),
        # rt9_306 (realtext9_dev): "state police spokesman ... told AFP" (D2: an official of the body)
        (
            "Armed raiders killed at least 35 people in northwest Nigeria’s Zamfara state, police said on Saturday. “Thirty-five people were killed by the bandits in the five villages,” state police spokesman Mohammed Shehu told AFP.",
            "Thirty-five",
            "Zamfara police",
        ),
        # written here: police of a passage that names no state
        ("Gunmen killed 12 people in the village, police said.", "12", None),
        # written here: two states named, no one state for the bare police
        (
            "Gunmen killed 12 people between Kano State and Katsina State, police said.",
            "12",
            None,
        ),
    ],
)
def test_state_police(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- "per X" as "according to X"; an infobox line's citation governs its own line ----------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_008 (realtext9_dev): the relay of unnamed reporters gives the outlet
        (
            "Syrian government shelling killed seven people, including four children, in a holdout rebel enclave in the country’s northwest Wednesday, according to activists and rescuers on the ground, per the Associated Press.",
            "seven",
            "AP",
        ),
        # written here
        ("Per UNHCR, 500 people fled across the border.", "500", "UNHCR"),
        # rt9_326 (realtext9_dev): the next infobox line is not ACLED's
        (
            "Casualties and losses\nUnknown Unknown\n900+ (per ACLED) (as of September 2022)[1]\n1,000+ (per MSA) (as of July 2022)[1]\n50,000 refugees[2]",
            "900+",
            "ACLED",
        ),
        (
            "Casualties and losses\nUnknown Unknown\n900+ (per ACLED) (as of September 2022)[1]\n1,000+ (per MSA) (as of July 2022)[1]\n50,000 refugees[2]",
            "50,000",
            None,
        ),
    ],
)
def test_per_and_infobox_lines(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- the registry's Libyan Emergency Medicine Centre; "this agency which ..., reported" -----------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_067 (realtext9_dev): the registry's Libyan Emergency Medicine Centre, then "this
        # agency which manages relief in western Libya, reported"
        (
            "Twenty-seven people were killed and around 100 others injured in violent clashes in the southeastern suburbs of Tripoli between Monday and Tuesday, the Emergency Medicine Center said on Wednesday ( CMU).\n\nIn a “provisional report” published overnight from Tuesday to Wednesday on Facebook, this agency which manages relief in western Libya, reported 27 dead and 106 injured in these clashes.",
            "106",
            "Libyan Emergency Medicine Centre",
        ),
    ],
)
def test_emergency_medicine_centre_and_this_agency(
    text: str, phrase: str, source: str | None
) -> None:
    assert _one(text, phrase)["source"] == source


# -- a ministry's seat names its owner: "the Ramallah-based health ministry" ---------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_055 (realtext9_dev): the named ministry wins over the relaying outlet
        (
            "An Israeli air strike has killed five Palestinians in the occupied West Bank city of Jenin, the Ramallah-based health ministry announced shortly after news broke of a ceasefire deal in Gaza, AFP reports.",
            "five",
            "Palestinian Health Ministry",
        ),
        # rt9_053 (realtext9_dev): as written
        (
            "At least 14 people were killed following an Israeli military raid at the Jenin refugee camp in the West Bank, the Gaza-based Palestinian Health Ministry said.",
            "At least 14",
            "Gaza Health Ministry",
        ),
        # written here: a capital's seat
        (
            "At least 20 people were killed, the Baghdad-based health ministry said.",
            "At least 20",
            "Iraqi Health Ministry",
        ),
    ],
)
def test_ministry_seat(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- an unknown acronym with its description before the verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_046 (realtext9_dev)
        (
            "An Israeli air strike on an aid convoy carrying food and fuel to a hospital in Gaza killed four Palestinians on Tuesday, the U.S.-based humanitarian aid group ANERA said.",
            "four",
            "ANERA",
        ),
        # written here: a country's acronym is not a body
        ("Gunmen killed 12 people, the group USA said.", "12", None),
    ],
)
def test_described_acronym_says(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source
