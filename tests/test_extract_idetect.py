"""Recall of the gold figure on the IDETECT displacement excerpts (312, one gold figure each).

The benchmark is ``../shared/data/benchmarks/idetect/IDETECT_test_dataset_NLP.csv`` (Data4Democracy
internal-displacement; IDMC/UN text). A gold figure is found when a figure extracted from the
excerpt has the gold ``Quantity`` as its value, or as a bound of an extracted range: IDETECT
records one end of a range ("Between 18,000 and 25,000 people" is stored as 25000) while the figure
table stores the range with its midpoint as value. The gold never records qualifiers, so bounds are
not scored here.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

pytestmark = pytest.mark.shared

#: Gold values judged wrong: the excerpt does not contain the gold Quantity as a figure.
#: excerpt_id -> reason. Also listed in tests/data/DEVSET.md.
EXCLUDED: dict[int, str] = {
    1: "gold 26000 is a typo: the excerpt says 'around 260,000 people'",
    4: "gold 250000 is a typo: the excerpt says 'More than 350,000 people'",
    50: "gold 4500 is a typo: the excerpt says 'About 5,400 people'",
    222: "gold 6600 is a typo: the excerpt says 'About 66,000 people'",
}


@pytest.fixture(scope="module")
def idetect(shared_data) -> pd.DataFrame:
    path = shared_data / "benchmarks" / "idetect" / "IDETECT_test_dataset_NLP.csv"
    df = pd.read_csv(path)
    df["excerpt_id"] = df["excerpt_id"].astype("int64")
    return df


def _found(table: pd.DataFrame, gold: float) -> bool:
    for v, lo, hi, q in zip(
        table["value"], table["lower"], table["upper"], table["qualifier"].astype(str), strict=True
    ):
        if math.isclose(v, gold) or (
            q == "range" and (math.isclose(lo, gold) or math.isclose(hi, gold))
        ):
            return True
    return False


def _measure(table: pd.DataFrame, gold: float) -> str | None:
    """Measure of the first figure that matches the gold value (as :func:`_found` does)."""
    for v, lo, hi, q, m in zip(
        table["value"],
        table["lower"],
        table["upper"],
        table["qualifier"].astype(str),
        table["measure"].astype(str),
        strict=True,
    ):
        if math.isclose(v, gold) or (
            q == "range" and (math.isclose(lo, gold) or math.isclose(hi, gold))
        ):
            return m
    return None


@pytest.fixture(scope="module")
def results(idetect) -> pd.DataFrame:
    from idlibstats.extract import extract_figures

    rows = []
    for r in idetect.itertuples(index=False):
        try:
            table = extract_figures(str(r.excerpt), doc_id=str(r.excerpt_id))
            error = None
            found = _found(table, float(r.Quantity))
        except Exception as exc:  # counted as a miss here, reported by the test below
            error, found = f"{type(exc).__name__}: {exc}", False
        measure = _measure(table, float(r.Quantity)) if error is None else None
        rows.append(
            {
                "excerpt_id": r.excerpt_id,
                "gold": r.Quantity,
                "unit": r.Unit,
                "found": found,
                "measure": measure,
                "error": error,
            }
        )
    return pd.DataFrame(rows)


def test_benchmark_shape(idetect) -> None:
    assert len(idetect) == 312
    assert idetect["excerpt_id"].is_unique
    assert set(EXCLUDED) <= set(idetect["excerpt_id"])


def test_excluded_gold_values_are_really_absent(idetect) -> None:
    # a typo'd gold value does not occur in its excerpt in any usual spelling
    for eid in EXCLUDED:
        r = idetect.loc[idetect["excerpt_id"] == eid].iloc[0]
        q = int(r["Quantity"])
        assert f"{q:,}" not in r["excerpt"] and str(q) not in r["excerpt"]


def test_recall_of_gold_figure(results) -> None:
    kept = results[~results["excerpt_id"].isin(EXCLUDED)]
    recall = kept["found"].mean()
    missed = kept.loc[~kept["found"], ["excerpt_id", "gold", "error"]]
    assert recall >= 0.98, f"recall {recall:.3f}; missed:\n{missed.to_string()}"


def test_extraction_never_raises_on_benchmark_text(results) -> None:
    errors = results.loc[results["error"].notna(), ["excerpt_id", "error"]]
    assert errors.empty, errors.to_string()


#: IDETECT terms judged wrong by the figure-table contract (tests/data/DEVSET.md, "IDETECT gold
#: values judged wrong"): the people counted are not displaced under our guideline, so the
#: displaced/refugees share is scored without them. excerpt_id -> what the contract says.
MEASURE_JUDGED_WRONG: dict[int, str] = {
    44: "population: 'remained in collective centres' (people housed in a place)",
    78: "other: 'were trapped'",
    95: "other: 'were trapped'",
    128: "other: 'were trapped' (same sentence as 95)",
    107: "killed: 'Between 90 and 230 IDPs were killed'",
    130: "population: 'a population of 4,500' (the town's houses were destroyed)",
    166: "other: 'are besieged'",
    196: "population: 'were staying at the UN mission's base' (housed in a place)",
    228: "population: 'staying in 224 temporary shelters' (housed in a place)",
    242: "population: 'were sheltering in reception centres and camps'",
    256: "other: 'still reported missing'",
    261: "other: 'in urgent need of assistance'",
    264: "other: 'in urgent need of assistance' (same sentence as 261)",
    273: "other: 'living under siege'",
    281: "population: 'town residents who remain in Yei'",
    301: "population: 'living in collective sites'",
    304: "population: 'living in 60 camps'",
}


def test_measure_of_matched_figures_counting_people(results) -> None:
    # issue 11 asks for 0.95 of the matched figures that count people; the share is taken over
    # the figures whose IDETECT term agrees with the contract (MEASURE_JUDGED_WRONG set aside)
    kept = results[~results["excerpt_id"].isin(EXCLUDED) & results["found"]]
    people = kept[kept["unit"] == "People"]
    assert len(people) >= 260
    share_all = people["measure"].isin(["displaced", "refugees"]).mean()
    assert share_all >= 0.91, f"{share_all:.3f}"
    agreed = people[~people["excerpt_id"].isin(MEASURE_JUDGED_WRONG)]
    share = agreed["measure"].isin(["displaced", "refugees"]).mean()
    wrong = agreed.loc[
        ~agreed["measure"].isin(["displaced", "refugees"]), ["excerpt_id", "measure"]
    ]
    assert share >= 0.95, f"{share:.3f}; not displaced/refugees:\n{wrong.to_string()}"


def test_judged_wrong_terms_are_displacement_terms(idetect) -> None:
    # the rows set aside are rows IDETECT counts as displacement, counting people
    rows = idetect[idetect["excerpt_id"].isin(MEASURE_JUDGED_WRONG)]
    assert len(rows) == len(MEASURE_JUDGED_WRONG)
    assert (rows["Unit"] == "People").all()
