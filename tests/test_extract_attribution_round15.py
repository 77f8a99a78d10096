"""English attribution, round 15: general mechanisms for reporters the registry does not know.

Each case is a constructed sentence of a kind seen in the dev files (file id in a comment; the
gold is never read here), with a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from idlibstats.extract import extract_figures


def _sources(text: str) -> dict:
    t = extract_figures(text)
    return dict(zip(t["phrase"], t["source"], strict=True))


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
    assert _sources(text)[phrase] == expected
