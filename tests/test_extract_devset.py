"""Extraction quality on the hand-annotated dev set, and the scorer itself."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from idlibstats.errors import DataFileError
from idlibstats.extract import extract_figures
from idlibstats.extract.evaluate import evaluate, load_devset, run_extraction

# --- the scorer on hand-made cases ---------------------------------------------------------------


def _fig(
    doc,
    start,
    end,
    value,
    q="exact",
    lower=None,
    upper=None,
    measure="killed",
    source=None,
    ps=None,
    pe=None,
    figure_id=None,
    parent=None,
):
    if q == "exact":
        lower = upper = value
    elif q in ("more_than", "at_least", "vague"):
        lower = value
    return {
        "doc_id": doc,
        "figure_id": figure_id,
        "start": start,
        "end": end,
        "phrase": f"p{start}",
        "value": float(value),
        "lower": np.nan if lower is None else float(lower),
        "upper": np.nan if upper is None else float(upper),
        "qualifier": q,
        "unit": "count",
        "measure": measure,
        "source": source,
        "period_start": pd.Timestamp(ps) if ps else pd.NaT,
        "period_end": pd.Timestamp(pe) if pe else pd.NaT,
        "quote": "q",
        "parent_figure_id": np.nan if parent is None else float(parent),
    }


@pytest.fixture
def gold() -> pd.DataFrame:
    return pd.DataFrame(
        [
            _fig("a", 0, 2, 19, source="SOHR", ps="2020-01-28", pe="2020-01-28", figure_id=1),
            _fig("a", 10, 25, 1300, q="more_than", source="UN", figure_id=2),
            _fig("b", 5, 8, 24, measure="captured", figure_id=1),
            _fig("b", 30, 32, 12, measure="captured", figure_id=2, parent=1),
        ]
    )


def test_perfect_prediction_scores_one(gold) -> None:
    r = evaluate(gold, gold)
    assert (r.n_gold, r.n_pred, r.n_correct) == (4, 4, 4)
    assert r.precision == r.recall == r.f1 == 1.0
    assert r.bounds == r.measure == r.period == r.source == r.parent == 1.0
    assert r.mismatches.empty


def test_missing_row_lowers_recall_exactly(gold) -> None:
    r = evaluate(gold.drop(index=1), gold)
    assert r.precision == 1.0
    assert r.recall == 0.75
    assert math.isclose(r.f1, 2 * 0.75 / 1.75)
    assert r.mismatches["kind"].tolist() == ["missed"]


def test_spurious_row_lowers_precision_exactly(gold) -> None:
    extra = pd.DataFrame([_fig("b", 40, 44, 2020, figure_id=3)])
    r = evaluate(pd.concat([gold, extra], ignore_index=True), gold)
    assert r.recall == 1.0 and r.precision == 0.8
    assert r.mismatches["kind"].tolist() == ["spurious"]


def test_wrong_value_at_same_offsets_is_neither_correct_nor_field_error(gold) -> None:
    pred = gold.copy()
    pred.loc[0, ["value", "lower", "upper"]] = 190.0
    r = evaluate(pred, gold)
    assert r.n_correct == 3 and r.precision == r.recall == 0.75
    assert r.mismatches["kind"].tolist() == ["value"]
    assert r.bounds == 1.0  # field accuracies are over the 3 correct values only


def test_field_accuracies_count_each_field(gold) -> None:
    pred = gold.copy()
    pred.loc[1, "qualifier"] = "at_least"  # bounds wrong (qualifier)
    pred.loc[0, "source"] = "SNHR"  # source wrong
    pred.loc[0, "period_end"] = pd.Timestamp("2020-01-29")  # period wrong
    pred.loc[2, "measure"] = "killed"  # measure wrong
    pred.loc[3, "parent_figure_id"] = np.nan  # sub-count link lost
    r = evaluate(pred, gold)
    assert r.f1 == 1.0
    assert (r.bounds, r.measure, r.period, r.source, r.parent) == (0.75,) * 5
    fields = sorted(r.mismatches["field"].tolist())
    assert fields == ["bounds", "measure", "parent", "period", "source"]


def test_match_by_equal_value_when_offsets_differ(gold) -> None:
    pred = gold.copy()
    pred.loc[2, ["start", "end"]] = [100, 102]  # same value 24, other place in the text
    r = evaluate(pred, gold)
    assert r.n_correct == 4


def test_match_is_one_to_one_and_per_document(gold) -> None:
    # the same figure predicted twice counts once; a figure in the wrong document is spurious
    pred = pd.concat(
        [gold.iloc[[0]], gold.iloc[[0]], gold.iloc[[2]].assign(doc_id="a")], ignore_index=True
    )
    r = evaluate(pred, gold)
    assert r.n_correct == 1
    assert sorted(r.mismatches["kind"]) == ["missed", "missed", "missed", "spurious", "spurious"]


def test_empty_prediction(gold) -> None:
    r = evaluate(gold.iloc[0:0], gold)
    assert r.recall == 0.0 and r.precision == 0.0 and r.f1 == 0.0
    assert math.isnan(r.bounds)


def test_bad_devset_line_is_named(tmp_path) -> None:
    bad = tmp_path / "dev.jsonl"
    bad.write_text(
        '{"id": "x", "text": "19 killed", "published": "2020-01-01", "gold": '
        '[{"value": 19, "lower": 19, "upper": null, "qualifier": "exact", "unit": "count", '
        '"measure": "killed", "phrase": "19"}]}\n'
        '{"id": "y", "text": "no", "published": "2020-01-01", "gold": '
        '[{"value": 5, "lower": 5, "upper": 5, "qualifier": "exact", "unit": "count", '
        '"measure": "killed", "phrase": "five"}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as err:
        load_devset(bad)
    msg = str(err.value)
    assert "exact needs lower = upper = value" in msg and "row 1" in msg
    assert "'five' not in the text" in msg and "row 2" in msg


# --- the dev set itself --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def devset():
    return load_devset()


def test_devset_is_large_and_covers_the_cases(devset) -> None:
    docs, gold = devset.docs, devset.gold
    assert len(docs) >= 150
    assert (~docs["doc_id"].isin(gold["doc_id"])).sum() >= 30  # documents without a figure
    quals = set(gold["qualifier"].astype(str))
    assert quals == {
        "exact",
        "approx",
        "more_than",
        "at_least",
        "less_than",
        "at_most",
        "range",
        "vague",
    }
    assert set(gold["measure"].astype(str)) == {
        "killed",
        "injured",
        "displaced",
        "refugees",
        "captured",
        "population",
        "attacks",
        "other",
    }
    assert (gold["unit"] == "percent").sum() >= 8
    assert gold["parent_figure_id"].notna().sum() >= 10
    assert gold["period_start"].notna().sum() >= 40
    assert gold["duration_days"].notna().sum() >= 8


@pytest.fixture(scope="module")
def dev_result(devset):
    return evaluate(run_extraction(devset.docs), devset.gold)


def test_devset_value_f1(dev_result) -> None:
    assert dev_result.f1 >= 0.95, dev_result


@pytest.mark.parametrize("field", ["bounds", "measure", "source"])
def test_devset_field_accuracy(dev_result, field) -> None:
    assert getattr(dev_result, field) >= 0.95, dev_result


def test_devset_period_accuracy(dev_result) -> None:
    assert dev_result.period >= 0.9, dev_result


def test_holdout_devset_regression_guard() -> None:
    # the held-out set is not a tuning target; this only catches a broken engine
    from idlibstats.extract.evaluate import HOLDOUT_PATH

    hold = load_devset(HOLDOUT_PATH)
    assert len(hold.docs) >= 50
    r = evaluate(run_extraction(hold.docs), hold.gold)
    assert r.f1 >= 0.9, r


def test_seed_article_matches_seed_figures() -> None:
    from idlibstats.extract.evaluate import _seed_case

    docs, gold = _seed_case()
    r = evaluate(run_extraction(docs), gold)
    assert r.n_correct == len(gold) == r.n_pred, r.mismatches
    assert (r.bounds, r.measure, r.period, r.source) == (1.0, 1.0, 1.0, 1.0), r.mismatches


def test_measure_confusion_counts_gold_against_predicted_measures() -> None:
    from idlibstats.extract.evaluate import measure_confusion

    gold = extract_figures(
        "At least 19 civilians were killed and 40 wounded. Some 3,000 people fled.", doc_id="d"
    )
    pred = gold.copy()
    pred["measure"] = pred["measure"].astype(str).replace({"injured": "killed"})
    m = measure_confusion(pred, gold)
    assert m.loc["killed", "killed"] == 1 and m.loc["injured", "killed"] == 1
    assert m.loc["displaced", "displaced"] == 1
    assert int(m.to_numpy().sum()) == 3 and int(m.to_numpy().trace()) == 2
    assert evaluate(pred, gold).confusion.equals(m)
