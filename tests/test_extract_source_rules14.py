"""Source rules of the fourteenth English tuning round (issue 11, helper src14en).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected sources are the dev gold of those records. Passages "written here" check a rule's
limit (the near miss the rule must leave alone) and expect what the guideline and the decisions
in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one


def _check(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- a city's police: "<place> police" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt13_152 (realtext13_dev)
        (
            "A suicide bombing struck an education centre in the Afghan capital on Friday, killing 19 people and wounding 27, a Taliban-appointed spokesman for the Kabul police chief said.",
            "19",
            "Kabul police",
        ),
        # written here: a country's adjective before "police" is the registry's national police
        (
            "A bombing struck a market on Friday, killing 19 people, Somali police said.",
            "19",
            "Somali police",
        ),
        # written here: a word that is no place ("Friday") names no police
        (
            "A bombing struck a market, killing 19 people, and on Friday police said so.",
            "19",
            None,
        ),
    ],
)
def test_city_police(text: str, phrase: str, source: str | None) -> None:
    _check(text, phrase, source)


# -- the army speaking, named without its country: "<Country> military" ------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt13_138 (realtext13_dev)
        (
            "At least 20 civilians were killed in attacks on two villages in northeastern Democratic Republic of Congo over the weekend, the army said on Monday, the latest in a surge of ethnic violence that has forced more than 200,000 people from their homes.",
            "At least 20",
            "DRC military",
        ),
        # written here: the army as the actor, not the speaker
        (
            "At least 20 civilians were killed by the army in northeastern Democratic Republic of Congo, residents said.",
            "At least 20",
            None,
        ),
    ],
)
def test_army_speaking(text: str, phrase: str, source: str | None) -> None:
    _check(text, phrase, source)


# -- "the Commissioner of <place> County" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt13_128 (realtext13_dev)
        (
            "The Commissioner of Bor South County, Deng Mabior, said about 18 people were also critically injured during the clashes which occurred over the weekend.",
            "about 18",
            "Bor South County administration",
        ),
        # written here: a commissioner of no county names no county's administration
        (
            "The Commissioner of Police, Deng Mabior, said about 18 people were also critically injured during the clashes.",
            "about 18",
            None,
        ),
    ],
)
def test_county_commissioner(text: str, phrase: str, source: str | None) -> None:
    _check(text, phrase, source)


# -- "as recorded by X" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt13_017 (realtext13_dev)
        (
            "This includes over 82,600 IDPs who have been displaced from Salah al-Din (Baiji and Al Shirqat districts) and Ninewa (Al Qayara district) since 16 June, as recorded by IOM Iraq Displacement Tracking Matrix, Emergency Tracking.",
            "over 82,600",
            "IOM",
        ),
        # written here: a record kept by someone else, the body only its owner's employer
        (
            "Over 100 people were displaced since 16 June, as recorded by the camp manager of IOM.",
            "Over 100",
            None,
        ),
    ],
)
def test_recorded_by(text: str, phrase: str, source: str | None) -> None:
    _check(text, phrase, source)
