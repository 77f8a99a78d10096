"""Near misses of the round-27 rules found in review (issue 11): each must keep its old reading.

The sentences are written for the test (each the smallest case of a review finding); the rules
they bound are in tests/test_extract_round27_measure.py and test_extract_round27_source.py.
"""

from __future__ import annotations

import threading

import pytest

from idlibstats.extract import extract_corpus, extract_figures


def _measure(text: str, phrase: str) -> str:
    t = extract_figures(text)
    return t.loc[t.phrase == phrase, "measure"].item()


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # "grave" the adjective is no grave
        ("The attack left 3 people in a grave condition.", "3", "other"),
        ("Four wounded men are in a grave condition in hospital.", "Four", "injured"),
        # people buried now (in collapsed buildings) are trapped, not dead
        ("Dozens of people are buried in collapsed buildings.", "Dozens", "other"),
        # the rule itself still holds
        ("Over 50 people were buried in Rann on Monday.", "Over 50", "killed"),
    ],
)
def test_buried_and_grave_near_misses(text: str, phrase: str, measure: str) -> None:
    assert _measure(text, phrase) == measure


def test_official_as_adjective_keeps_the_outlet_of_an_interview() -> None:
    # "official Iraqi" is no titled officer speaking: the witness's figure is Reuters'
    t = extract_figures(
        "A witness, speaking in an interview with Reuters, said 12 civilians were killed near "
        "the official Iraqi border crossing."
    )
    assert t.loc[t.phrase == "12", "source"].item() == "Reuters"


@pytest.mark.slow
def test_two_threads_of_forked_workers_keep_their_own_documents() -> None:
    pytest.importorskip("dask")
    a = [(f"a{i}", f"{i + 3} people were killed in Idlib.", None) for i in range(120)]
    b = [(f"b{i}", f"{i + 500} people fled Saraqeb.", None) for i in range(120)]
    out: dict[str, object] = {}

    def run(name, docs):
        out[name] = extract_corpus(docs, progress=False, workers=2)

    threads = [threading.Thread(target=run, args=(n, d)) for n, d in (("a", a), ("b", b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, docs in (("a", a), ("b", b)):
        got = out[name]
        assert list(got.doc_id.unique()) == [d for d, _, _ in docs]
        assert got.value.tolist() == [float(int(t.split()[0])) for _, t, _ in docs]
