"""Regression floors of the English engine on the dev parts of the real-text sets (issue 11).

These are dev scores (the rules were tuned on these files), not held-out scores; each blind
file's first and only score is in tests/data/DEVSET.md and is never computed by a test. The
floors sit just below the scores at the end of each file's last tuning round (DEVSET.md, "Round 3
tuning (issue 11)", "Round 4 source tuning" and the round-5 rules of
tests/test_extract_measure_rules5.py and tests/test_extract_source_rules5.py; round 6:
tests/test_extract_measure_rules6.py and tests/test_extract_source_rules6.py, "Round 6 tuning";
round 7: tests/test_extract_measure_rules7.py, tests/test_extract_source_rules7.py and
tests/test_extract_nonfigures7.py, "Round 7 tuning"),
so a rule that costs a dev file figures fails here.
"""

from __future__ import annotations

import pytest

from idlibstats._paths import REPO_DIR
from idlibstats.extract.evaluate import evaluate, load_devset, run_extraction

DATA = REPO_DIR / "tests" / "data"


@pytest.mark.parametrize(
    ("name", "n_gold", "f1", "measure", "period", "source"),
    [
        ("realtext_dev.jsonl", 373, 0.995, 0.925, 0.92, 0.93),  # round 1
        ("realtext2_dev.jsonl", 356, 0.995, 0.945, 0.95, 0.94),  # round 2 (source: gold pass D1/D2)
        (
            "realtext3_dev.jsonl",
            506,
            0.985,
            0.87,
            0.93,
            0.965,
        ),  # round 3 (measure, source: round 7)
        ("realtext4_dev.jsonl", 368, 0.985, 0.875, 0.91, 0.925),  # round 4 (source: round 6)
        (
            "realtext5_dev.jsonl",
            476,
            0.99,
            0.91,
            0.89,
            0.955,
        ),  # round 6 (measure: round 7; source: gold pass D1/D2)
        ("realtext6_dev.jsonl", 173, 0.98, 0.94, 0.92, 0.945),  # round 7 tuning
    ],
)
def test_realtext_dev_score_floor(name, n_gold, f1, measure, period, source):
    dev = load_devset(DATA / name)
    res = evaluate(run_extraction(dev.docs), dev.gold)
    assert res.n_gold == n_gold
    assert res.f1 >= f1 and res.bounds >= 0.99 and res.unit >= 0.995
    assert res.measure >= measure and res.period >= period and res.source >= source
