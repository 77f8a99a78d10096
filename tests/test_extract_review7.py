"""Limits of the round-7 rules found in review (issues 11 and 16): each case is written here.

Every case checks where a round-7 rule stops, by the guideline of tests/data/DEVSET.md: a fate
verb is not carried to things, a person's description is not a fate, an arrival in the people's
own country is no border crossing, a qualifier that lost its space is no footnote marker, a time
is no speaker, wounds after an outbreak named earlier are still injuries, and a reporter after a
UN body keeps its name. The fixed cases failed at main ``c988908``; the rt075-shape and the
"were wounded" cases check that a rule's guard still holds.
"""

from __future__ import annotations

import pytest

from idlibstats import extract_figures


def _measures(text: str) -> dict[str, str]:
    return dict(extract_figures(text)[["phrase", "measure"]].values.tolist())


def _sources(text: str) -> dict[str, str | None]:
    t = extract_figures(text)
    return {
        p: (s if isinstance(s, str) else None)
        for p, s in zip(t["phrase"], t["source"], strict=True)
    }


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # the fate verb before "and" reaches people only, not things destroyed
        ("Air strikes killed 5 people and 12 houses were destroyed.", "12", "other"),
        # the verb decides over the subject's description
        ("A fire killed five homeless men.", "five", "killed"),
        # people who flee their own country's war and arrive in one of its cities stay displaced
        (
            "5,000 Sudanese fleeing the war in Sudan have arrived in Port Sudan.",
            "5,000",
            "displaced",
        ),
        # ... and those who come to a camp, their country named after it, crossed a border
        # (rt075's shape: "have come to the camp facing attacks in Myanmar")
        (
            "Some 8,000 Rohingyas have come to the camp facing attacks in Myanmar.",
            "Some 8,000",
            "refugees",
        ),
        # the fate verb over "and" only when the second count has no verb of its own
        ("The strike killed 5 soldiers in Idlib and 3 civilians were wounded.", "3", "injured"),
        # Arabic: wounds are injuries even after an outbreak named earlier in the sentence
        ("في ظل تفشي الكوليرا في المنطقة، أصيب 12 مدنيا بجروح جراء قصف", "12", "injured"),
    ],
)
def test_measure_limits(text: str, phrase: str, measure: str) -> None:
    assert _measures(text)[phrase] == measure


def test_qualifier_glued_to_its_number_is_no_footnote() -> None:
    assert extract_figures("killed at least12, officials said.")["phrase"].tolist() == [
        "at least12"
    ]


def test_arabic_time_is_no_speaker() -> None:
    # "، يوم الخميس،" after a body is a time, not the name of a person who speaks later
    text = "قالت منظمة الصحة العالمية، يوم الخميس، إن 20 شخصا قتلوا. وأعلن الخميس أن 3 أصيبوا"
    assert _sources(text) == {"20": "WHO", "3": None}


def test_arabic_reporter_after_a_precise_un_body_is_that_body() -> None:
    # the UN's figure given to the UN body named next (round-6 audit), then "وأضاف": the body
    # goes on reporting, by its name (it was a bare True before the fix)
    text = (
        "قالت الأمم المتحدة إن 74 بالمئة من السكان نزحوا. جاء ذلك في تغريدة نشرها مكتب الأمم "
        "المتحدة لتنسيق الشؤون الإنسانية (أوتشا). وأضاف أن 5 أشخاص قتلوا."
    )
    assert _sources(text) == {"74 بالمئة": "OCHA", "5": "OCHA"}
