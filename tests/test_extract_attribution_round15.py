"""English attribution, round 15: general mechanisms for reporters the registry does not know.

Each case is a constructed sentence of a kind seen in the dev files (file id in a comment; the
gold is never read here), with a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from tests._english import source_of as _source


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt13_142: "<name>, administrator of <place> territory, told Reuters": the office's
        # body, not the outlet
        (
            "Jean Mbusa, administrator of Masisi territory, told Reuters that 12 villagers died.",
            "12",
            "Masisi territory administration",
        ),
        # rt12_150: "according to <place> chief administrator <name>"
        (
            "Gunmen killed 31 people, according to Tonj chief administrator Akol Deng.",
            "31",
            "Tonj administration",
        ),
        # rt12_051: "Deputy Commissioner <place> Tribal District <name> told Reuters"
        (
            "Some 9,000 people crossed on Monday, Deputy Commissioner Kurram Tribal District "
            "Javed Ali told Reuters.",
            "Some 9,000",
            "Kurram district administration",
        ),
        # the prefect of a place: "<place> prefecture"
        ("Some 800 refugees arrived, the prefect of Adre said.", "Some 800", "Adre prefecture"),
        # near miss: an administrator of a body, not of a place, names no local body
        (
            "The administrator of the camp said 45 families arrived on Monday.",
            "45",
            None,
        ),
        # near miss: a commissioner of the police is no county's
        (
            "The Commissioner of Police said 14 suspects were arrested.",
            "14",
            None,
        ),
    ],
)
def test_local_office_holder(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt13_126: the teller of an outlet, named again by surname: the outlet
        (
            "“The gunmen burnt the village,” militia leader Musa Bukar told AFP. "
            "“They killed 12 people in the market,” Bukar said.",
            "12",
            "AFP",
        ),
        # near miss: another surname names nobody
        (
            "“The gunmen burnt the village,” militia leader Musa Bukar told AFP. "
            "“They killed 12 people in the market,” Kolo said.",
            "12",
            None,
        ),
        # near miss: a teller with a body of his own is not the outlet's (rt9_021's kind)
        (
            "“Families will return to Mosul in Nineveh province,” Deputy Governor of Nineveh Rafaat "
            "Hamid told Rudaw. "
            "Hamid said 12 families returned on Monday.",
            "12",
            "Nineveh governorate",
        ),
        # rt8_017: a minister named in the body's mention, named again by surname
        (
            "About 2,000 people fled, Lebanon's Environment Minister Nasser Karam said. "
            "Karam noted that about 250 schools have become shelters.",
            "about 250",
            "Lebanese government",
        ),
        # near miss: the surname of nobody introduced
        (
            "About 2,000 people fled, Lebanon's Environment Minister Nasser Karam said. "
            "Haddad noted that about 250 schools have become shelters.",
            "about 250",
            None,
        ),
    ],
)
def test_person_named_again(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt13_118: the country rule for a country the registry's list lacked
        ("The US military estimated 100 attackers took part.", "100", "US military"),
        (
            "At least 40 people were killed, the South Sudanese government said.",
            "At least 40",
            "South Sudanese government",
        ),
        ("Some 300 people fled, Indian authorities said.", "Some 300", "Indian government"),
        # near miss: the country's troops are actors, not reporters
        ("Indian troops killed 12 militants, residents said.", "12", None),
    ],
)
def test_country_rule_for_more_countries(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt13_054: a body named with its acronym in brackets, then its own verb after an auxiliary
        (
            "The body for Palestine refugees (UNRWA) has reported that nearly 300 people are "
            "sheltering in its schools.",
            "nearly 300",
            "UNRWA",
        ),
        # near miss: a later verb of another speaker is not the body's
        (
            "The body for Palestine refugees (UNRWA) has warned that aid is short, and local "
            "officials reported that 300 people died.",
            "300",
            None,
        ),
    ],
)
def test_bracketed_acronym_with_auxiliary(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt14_358: a defence ministry without its owner; C23 (DEVSET.md, round-20 gold pass): the
        # country its sentence names only as where the event is does not own it, nobody
        (
            "Gunmen attacked a post in southern Niger, killing 16 soldiers, the defence ministry "
            "says.",
            "16",
            None,
        ),
        (
            "Gunmen attacked a post in Syria's Idlib, killing 16 soldiers, the Ministry of "
            "Defence said.",
            "16",
            None,
        ),
        # near miss (C23): the ministry named with its owner keeps it
        (
            "Gunmen attacked a post in southern Niger, killing 16 soldiers, Niger's defence "
            "ministry says.",
            "16",
            "Nigerien defence ministry",
        ),
        # near miss: no country in the sentence, nobody
        ("Gunmen killed 16 soldiers, the defence ministry says.", "16", None),
    ],
)
def test_defence_ministry_of_the_sentence(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt14_067: the teller named again as "the source"
        (
            "A source at the police command told SANA that shells hit the city, killing 3 "
            "civilians. Later, the source said that 7 more civilians were killed.",
            "7",
            "SANA",
        ),
        # rt14_370: the government named again
        (
            "The Somali government announced its forces took 21 villages. The government also "
            "said it killed about 100 militants.",
            "about 100",
            "Somali government",
        ),
        # near miss: "the government" after a reporter that is no government names nobody
        (
            "UNHCR said 21 villages were emptied. The government also said it killed about 100 "
            "militants.",
            "about 100",
            None,
        ),
    ],
)
def test_reporter_named_again(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt14_034: an unknown body opening its sentence, subject of its verb
        (
            "The Marib Rights Coalition said as many as 450 children have been killed.",
            "as many as 450",
            "Marib Rights Coalition",
        ),
        # rt14_412: the body's officer, named, opening the sentence
        (
            "Mekelle Hospital chief executive Abraha Tesfay said the hospital had received 14 "
            "bodies.",
            "14",
            "Mekelle Hospital",
        ),
        # near miss: the body is not the verb's subject
        (
            "Gunmen stormed the Al-Noor Hospital and witnesses said 14 patients died.",
            "14",
            None,
        ),
        # near miss: no word for a body opens the sentence
        ("Residents of Zamzam camp said 14 people died.", "14", None),
    ],
)
def test_unknown_body_opening_its_sentence(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt14_086: a long name, then its acronym in brackets, then the verb
        (
            "Thousands of families have fled Rafah, the United Nations Relief and Works Agency "
            "for Palestine Refugees in the Near East (UNRWA) said.",
            "Thousands",
            "UNRWA",
        ),
        # near miss (rt002's kind): the acronym in brackets names another body than the mention
        # before it
        (
            "The UN Office for Co-ordination of Humanitarian Affairs (OCHA) said 800,000 people "
            "could flee.",
            "800,000",
            "OCHA",
        ),
        # rt14_005: an unknown body's officer opening the sentence after a dateline
        (
            "TRIPOLI – The head of the Higher Committee for the Displaced, Ali Salem, announced "
            "the displacement of 77 families on Friday.",
            "77",
            "Higher Committee for the Displaced",
        ),
    ],
)
def test_long_names_and_datelines(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # rt14_012: the authorities of a governorate
        (
            "Shelling killed 12 civilians, said local authorities in the northwestern governorate "
            "of Hajjah.",
            "12",
            "Hajjah governorate",
        ),
        (
            "Shelling killed 12 civilians, according to authorities in Taiz governorate.",
            "12",
            "Taiz governorate",
        ),
        # near miss: authorities of no named governorate
        ("Shelling killed 12 civilians, said local authorities.", "12", None),
    ],
)
def test_governorate_authorities(text: str, phrase: str, expected: str | None) -> None:
    assert _source(text, phrase) == expected
