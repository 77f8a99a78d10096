"""Round-24 English measure rules (issue 11): general patterns and lexicons, each with the dev
passage's sentence and a near miss that must not fire."""

from __future__ import annotations

import pytest

from tests._english import measure_of as _measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # safety sought in neighbouring countries, no country named (rt20_135, realtext20_dev)
        (
            "Grandi stated that nearly 3.5 million people have sought safety in neighboring "
            "countries, further straining already scarce services and resources.",
            "nearly 3.5 million",
            "refugees",
        ),
        # refuge sought abroad; "seeking" starts no counted noun (rt20_318, realtext20_dev)
        (
            "Those returns came after a lightning offensive by an Islamist-led coalition of rebels "
            "ousted Assad in December, raising hopes of an end to a 13-year civil war that killed "
            "over half million dead and sent millions seeking refuge abroad.",
            "millions",
            "refugees",
        ),
        # temporary shelter in a province of another country, the people's own named
        # (rt17_068, realtext17_dev)
        (
            "Almost 4,000 civilians from Myanmar have fled recent fighting in their country to "
            "seek temporary shelter in Thailand\u2019s northernmost province of Mae Hong Son.",
            "Almost 4,000",
            "refugees",
        ),
        # assassinations counted are the people killed (rt21_032, realtext21_dev)
        (
            "So far this year, WOLA has registered at least 105 assassinations of Colombia human "
            "rights leaders or members of vulnerable ethnic communities in the country.",
            "at least 105",
            "killed",
        ),
        # cases told as killings are the people killed (rt4_165, realtext4_dev)
        (
            "Since the start of 2025, SOHR has documented 629 cases of what it describes as "
            "\u201cassassinations and revenge killings\u201d across multiple Syrian provinces.",
            "629",
            "killed",
        ),
    ],
)
def test_round24_measure(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # near miss: shelter in neighbouring villages crosses no border
        ("Some 3,000 people sought shelter in neighbouring villages.", "Some 3,000", "displaced"),
        # near miss: a province of a country with no other country named stays inside it
        (
            "Thousands of people sought refuge in Syria's Idlib province.",
            "Thousands",
            "displaced",
        ),
        # near miss: safety sought in other towns is a flight at home
        (
            "The war killed 5,000 people and sent millions seeking safety in other towns.",
            "millions",
            "displaced",
        ),
        # near miss: cases of a disease are no killings
        (
            "The health ministry recorded 629 cases of cholera across multiple provinces.",
            "629",
            "other",
        ),
        # near miss: cases of killing and wounding together are a combined count
        ("The group documented 40 cases of killing and wounding of children.", "40", "other"),
    ],
)
def test_round24_measure_near_miss(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure
