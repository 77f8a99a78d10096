"""Source rules of the twelfth English tuning round (issue 11, helper src12en).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``);
the expected sources are the dev gold of those records. Passages "written here" check a rule's
limit and expect what the guideline and the decisions in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- the frame before a known body: a toll released by it, its owner before its name ------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt10_006 (realtext10_dev)
        (
            "The violence in the southern Syrian province of Sweida has left 1,311 dead before a cease-fire took effect Sunday, according to a new toll released Tuesday by the Syrian Observatory for Human Rights (SOHR).",
            "1,311",
            "SOHR",
        ),
        # rt10_028 (realtext10_dev)
        (
            "Israeli gunfire near a Gaza aid distribution center killed six Palestinians and wounded several others, according to the Hamas-run Civil Defence agency.",
            "six",
            "Gaza Civil Defence",
        ),
    ],
)
def test_according_frame(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- an office's place and holder, or an officer's body and its place, before the verb ----------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt10_070 (realtext10_dev)
        (
            "Violence in the Upper Nile state in South Sudan has displaced 50,000 residents, and 10,000 have crossed into Ethiopia since late February, the UN Humanitarian Coordinator in South Sudan Anita Kiki Gbeho said Tuesday.",
            "10,000",
            "OCHA",
        ),
        # rt10_044 (realtext10_dev)
        (
            "Speaking on the consequences of the shelling of the country's second-largest city, Yevhen Vasylenko, the spokesman for the Ukrainian State Emergency Service in the Kharkiv region, said rescue teams saved six people, including one child, while about 20 people were injured.",
            "about 20",
            "DSNS",
        ),
        # written here: a body in the place phrase of another clause is not the speaker
        (
            "Rebels attacked the UN in Damascus, killing 12, the ministry said.",
            "12",
            None,
        ),
    ],
)
def test_office_place_before_verb(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- an unknown body: its officer's title after "according to", its acronym after a document ----


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt11_026 (realtext11_dev)
        (
            "According to Kamil Humed, Deputy Manager of the Afar Development Association the recent attacks have increased the number of Internally Displaced People (IDP's) to 350,000 spread across 14 sites in Afar.",
            "350,000",
            "Afar Development Association",
        ),
        # rt11_028 (realtext11_dev)
        (
            "In May, the Iraqi government repatriated 381 Iraqi refugees from the camp to Nineveh province's Jed’dah 1 internally displaced person (IDP) camp, according to a report of USAID.",
            "381",
            "USAID",
        ),
        # written here: a person named only by name gives no body
        ("According to Kamil Humed, 350 people were displaced.", "350", None),
    ],
)
def test_unknown_body_frames(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source


# -- a Ukrainian governor or mayor by title and name: the one regional capital the passage names -


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        # rt10_045 (realtext10_dev)
        (
            "Russian forces launched a series of missiles early on Thursday on Kharkiv, Ukraine's second largest city, injuring at least four people and damaging infrastructure, local officials said. Mayor Ihor Terekhov, writing on the Telegram messaging app, said four people had been injured.",
            "four",
            "Kharkiv city administration",
        ),
        # rt9_345 (realtext9_dev): the bare city before "the head of the regional ... administration"
        (
            "One person was killed and at least three people were injured as a result of a Russian airstrike at an industrial facility in Zaporizhia, the head of the regional military administration, Ivan Fedorov, has said on Wednesday.",
            "at least three",
            "Zaporizhzhia regional administration",
        ),
        # written here: two regional capitals named, no place for the governor
        (
            "Missiles hit Kharkiv and Sumy. Governor Oleh Syniehubov said eight were injured.",
            "eight",
            None,
        ),
    ],
)
def test_titled_local_head(text: str, phrase: str, source: str | None) -> None:
    assert _one(text, phrase)["source"] == source
