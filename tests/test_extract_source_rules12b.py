"""Source rules of the twelfth English tuning round, second pass (issue 11, helper src12b).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected sources are the dev gold of those records. Passages "written here" check a rule's
limit and expect what the guideline and the decisions in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- a province's governor: the province's administration, a governorate in Iraq or Syria -------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_317 (realtext9_dev): "district of Baghlan province" names the province
        (
            '"Heavy torrential rains followed by flash floods have killed more than 50 people in Guzargah-e-Nur district of Baghlan province," Mahmood Haqmal, spokesman for the provincial governor, told AFP.',
            "more than 50",
            "Baghlan provincial administration",
        ),
        # rt9_021 (realtext9_dev): the office of the place after it, then its holder's name
        (
            "“From July 1 until July 5, 150 families are set to be brought to Jada-1 camp near Mosul in Nineveh province from al-Hol camp,” Deputy Governor of Nineveh Rafaat Smo told Rudaw’s Hemin Baban.",
            "150",
            "Nineveh governorate",
        ),
        # written here: a Ukrainian region stays a regional administration
        (
            "Two people were killed in the Kharkiv region, the regional governor said.",
            "Two",
            "Kharkiv regional administration",
        ),
    ],
)
def test_provincial_governor(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- an unknown body opening its sentence: "X Hospital reported that ..." ------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt7_060 (realtext7_dev)
        (
            "Al-Awda Hospital reported that five people – including a woman and two children – were killed, and others wounded, in an Israeli raid on a house north of the Nuseirat refugee camp.",
            "five",
            "Al-Awda Hospital",
        ),
        # written here: "reported" without "that" is not read for an unknown body
        ("Nasser Hospital reported five deaths on Monday.", "five", None),
    ],
)
def test_unknown_body_reported_that(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- a relative clause on the speaker, and the speaker named again by a description -------------


def test_relative_clause_on_the_speaker() -> None:
    # rt9_353 (realtext9_dev): the body in the relative clause and the one after "said" are no
    # speakers; "the Commission said" names the commission
    text = (
        "The Ethiopian Human Rights Commission (EHRC) which is affiliated with the federal "
        "government said the Oromo Liberation Army (OLA) otherwise known as ‘Shene’ and Amhara "
        "villagers who have armed themselves are the major actors in the ongoing conflict in the "
        "Oromia Regional State.\n\nHundreds of civilians were killed as hundreds of thousands of "
        "others were displaced due to the continuing ethnic-based attacks in east Wollega and Horo "
        "Guduru zones of the Oromia, the Commission said on Wednesday in its report."
    )
    assert _one(text, "Hundreds")["source"] == "EHRC"
    assert _one(text, "hundreds of thousands")["source"] == "EHRC"


@pytest.mark.parametrize(
    ("second", "source"),
    [
        # rt9_352 (realtext9_dev)
        (
            "The state-affiliated human rights commission said it had received reports that some 150 people were killed on August 18.",
            "EHRC",
        ),
        # written here: a head noun the reporter's name does not hold names nobody
        (
            "The state-affiliated human rights council said it had received reports that some 150 people were killed on August 18.",
            None,
        ),
    ],
)
def test_reporter_named_again_by_description(second: str, source: str | None) -> None:
    text = (
        "The Ethiopian Human Rights Commission (EHRC) on Thursday said at least 210 people have "
        "been killed over several days of ethnic violence in Ethiopia’s Oromia region.\n\n" + second
    )
    assert _one(text, "some 150")["source"] == source


# -- an unknown body after "NAME of", its name opening with its head word; an officer's office ---


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt10_048 (realtext10_dev): the named reporter, not the closing relay
        (
            "According to Christophe Munyanderu of the Convention for the Respect of Human Rights, a total of 13 civilians and three soldiers succumbed to fatal wounds when the suspected terrorists opened fire in the village of Ndalya in the DRC's northeastern Ituri province, Reuters reports.",
            "13",
            "Convention for the Respect of Human Rights",
        ),
        # rt9_359 (realtext9_dev): the office of the body's head after its name
        (
            "Ten thousand Haitians are living in shelters, hospitals are under severe strain and water is in short supply, according to Mourad Wahba, the UN secretary general’s deputy special representative for Haiti.",
            "Ten thousand",
            "UN",
        ),
    ],
)
def test_officer_of_a_body(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- "with X confirming that ...": the body speaks ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_300 (realtext9_dev)
        (
            "The humanitarian catastrophe in Colombia’s Catatumbo region continues to escalate, with the Defensoría del Pueblo – Ombudsman – confirming that 36,000 people have been displaced during the last six days due to violent clashes between the National Liberation Army (ELN) guerrilla and FARC dissidents.",
            "36,000",
            "Colombian Ombudsman",  # C24 (DEVSET.md, round-20 gold pass): one name
        ),
        # written here: a known body, another participle
        ("Fighting went on, with UNHCR estimating that 5,000 people had fled.", "5,000", "UNHCR"),
        # written here: "with" a body and no report is still no attribution
        ("Aid arrived with UNHCR trucks for 5,000 people.", "5,000", None),
    ],
)
def test_with_body_confirming(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- the body's own officer by title and name: "X's Lebanon Researcher NAME said" ---------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt9_030 (realtext9_dev)
        (
            "At least four deportees have been detained upon their return to Syria, Amnesty International’s Lebanon Researcher Sahar Mandour said.",
            "At least four",
            "Amnesty International",
        ),
        # written here: another title
        ("UNICEF's Regional Spokesperson Jane Doe said 12 children were killed.", "12", "UNICEF"),
    ],
)
def test_body_officer_by_title(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source
