"""Regression floor of the Arabic engine on the dev part of the Arabic set (issue 16).

These are dev scores (the rules were tuned on this file), not held-out scores; the blind
file's scores are in tests/data/DEVSET.md and are never computed by a test.
"""

from __future__ import annotations

from idlibstats._paths import REPO_DIR
from idlibstats.extract.evaluate import evaluate, load_devset, run_extraction

ARABIC_DEV = REPO_DIR / "tests" / "data" / "arabic_dev.jsonl"
ARABIC2_DEV = REPO_DIR / "tests" / "data" / "arabic2_dev.jsonl"


def test_arabic_dev_score_floor():
    dev = load_devset(ARABIC_DEV)
    res = evaluate(run_extraction(dev.docs), dev.gold)
    assert res.n_gold >= 270
    assert res.f1 >= 0.98 and res.bounds >= 0.98
    assert res.measure >= 0.95 and res.source >= 0.90 and res.period >= 0.95
    assert res.unit >= 0.98 and res.parent >= 0.95


def test_arabic2_dev_score_floor():
    # round 2 of issue 16: tuned on this file (tests/data/DEVSET.md, "Arabic round 2 tuning")
    dev = load_devset(ARABIC2_DEV)
    res = evaluate(run_extraction(dev.docs), dev.gold)
    assert res.n_gold >= 330
    assert res.f1 >= 0.98 and res.bounds >= 0.98
    assert res.measure >= 0.97 and res.source >= 0.93 and res.period >= 0.93
    assert res.unit >= 0.98 and res.parent >= 0.95
