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
