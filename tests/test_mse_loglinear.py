"""Loglinear MSE against R: Rcapture 1.4-4 ``closedp.t``/``closedpCI.t``/``closedpMS.t`` and base-R
``glm(family=poisson)`` with ``MASS::confint``, all from ``../shared/reference/mse`` (README there).

The JSON entries carry their exact R call; each comparison quotes it in its failure message.
"""

from __future__ import annotations

import json
import math
import re
import warnings

import numpy as np
import pandas as pd
import pytest

from idlibstats.errors import EstimatorInputError, StatisticalWarning
from idlibstats.mse import capture_table, mse_loglinear

RCAPTURE = {  # Rcapture row label -> our model name
    "M0": "M0",
    "Mt": "Mt",
    **{f"Mh {r}": f"Mh_{o}" for r, o in [("Chao (LB)", "chao"), ("Poisson2", "poisson"),
                                         ("Darroch", "darroch"), ("Gamma3.5", "gamma")]},
    **{f"Mth {r}": f"Mth_{o}" for r, o in [("Chao (LB)", "chao"), ("Poisson2", "poisson"),
                                          ("Darroch", "darroch"), ("Gamma3.5", "gamma")]},
}  # fmt: skip
DATASETS = ["hare", "HIV", "lesbian", "kosovo"]


@pytest.fixture(scope="module")
def rcapture(mse_reference):
    return json.loads((mse_reference / "rcapture_results.json").read_text())["datasets"]


@pytest.fixture(scope="module")
def glm_ref(mse_reference):
    return json.loads((mse_reference / "glm_loglinear_results.json").read_text())


@pytest.fixture(scope="module")
def tables(mse_reference, rcapture):
    out = {}
    for name in DATASETS:
        df = pd.read_csv(mse_reference / rcapture[name]["csv"])
        out[name] = capture_table(df)
    return out


def fit(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StatisticalWarning)  # poor fits are the point here
        return mse_loglinear(*args, **kwargs)


def close(a, b, rel, what):
    assert a == pytest.approx(b, rel=rel), f"{what}: ours {a!r}, R {b!r}"


# ------------------------------------------------------------------- the "done when" numbers


def test_kosovo_mt_with_rcapture_profile_interval(tables):
    r = fit(tables["kosovo"], model="Mt")
    # closedp.t(kosovo, dfreq=TRUE): Mt abundance 7394.58666230024
    assert r.estimate == pytest.approx(7394.58666230024, rel=1e-7)
    # closedpCI.t(kosovo, dfreq=TRUE, m="Mt"): CI 7392.91726676233 [7147.74889204003, 7656.19534808529]
    assert r.estimate_multinomial == pytest.approx(7392.91726676233, rel=1e-6)
    assert r.lower == pytest.approx(7147.74889204003, rel=1e-6)
    assert r.upper == pytest.approx(7656.19534808529, rel=1e-6)
    assert "lists independent" in r.method


def test_kosovo_and_hiv_aic_selection(tables):
    k = fit(tables["kosovo"], select="aic")
    # glm(count ~ EXH + ABA + OSCE + HRW + EXH:ABA + EXH:OSCE + EXH:HRW + ABA:OSCE + OSCE:HRW,
    #     family=poisson): N = 14341.663800427 (min AIC of the 64 hierarchical models)
    assert k.estimate == pytest.approx(14341.663800427, rel=1e-7)
    assert k.terms == ("EXH:ABA", "EXH:OSCE", "EXH:HRW", "ABA:OSCE", "OSCE:HRW")
    # closedpCI.t(kosovo, dfreq=TRUE, mX=~. + c1:c2 + c1:c3 + c1:c4 + c2:c3 + c3:c4):
    # [12525.1859609224, 16542.8353581098]
    assert (k.lower, k.upper) == pytest.approx((12525.1859609224, 16542.8353581098), rel=1e-6)
    h = fit(tables["HIV"], select="aic")
    # glm(count ~ c1 + c2 + c3 + c4 + c1:c2, family=poisson): N = 12318.5 (AIC-best)
    # closedpCI.t(HIV, dfreq=TRUE, mX=~. + c1:c2): [10265.9935107967, 14992.3329401849]
    assert h.terms == ("c1:c2",)
    assert round(h.estimate, 1) == 12318.5
    assert (h.lower, h.upper) == pytest.approx((10265.9935107967, 14992.3329401849), rel=1e-6)


# ------------------------------------------------------------------ every Rcapture number


@pytest.mark.parametrize("name", DATASETS)
def test_closedp_table(tables, rcapture, name):
    ref = rcapture[name]["closedp_t"]
    rows = [row for row in ref["results"] if row["model"] in RCAPTURE]
    assert len(rows) == 10  # Mb and Mbh (behavioural trap response) are not implemented
    for row in rows:
        r = fit(tables[name], model=RCAPTURE[row["model"]], interval="poisson")
        what = f"{ref['call']} {row['model']}"
        assert r.model == row["model"]
        close(r.estimate, row["abundance"], 1e-6, f"{what} abundance")
        # glm stops at epsilon=1e-8 and Var(b0) is sensitive to it on flat likelihoods: hare
        # Mh Darroch 11.62524 in R, 11.62540 with glm.control(epsilon=1e-14) = ours
        close(r.stderr, row["stderr"], 5e-5, f"{what} stderr")
        close(r.deviance, row["deviance"], 1e-6, f"{what} deviance")
        assert r.df == row["df"], what
        close(r.aic, row["AIC"], 1e-7, f"{what} AIC")
        close(r.bic, row["BIC"], 1e-7, f"{what} BIC")


@pytest.mark.parametrize("name", DATASETS)
def test_closedp_ci(tables, rcapture, name):
    for entry in rcapture[name]["closedpCI_t"]:
        call, ci = entry["call"], entry["CI"]
        if entry["model"] in RCAPTURE:
            r = fit(tables[name], model=RCAPTURE[entry["model"]])
        else:  # custom mX formula on c1..ct = the lists in CSV order
            lists = tables[name].lists
            formula = re.search(r"mX=~(.*?), mname", call).group(1)
            if formula.startswith("(") and formula.endswith("^2"):
                terms = [f"{a}:{b}" for i, a in enumerate(lists) for b in lists[i + 1 :]]
            else:
                terms = [
                    ":".join(lists[int(c) - 1] for c in re.findall(r"c(\d)", t))
                    for t in formula.split("+")[1:]
                ]
            r = fit(tables[name], terms=terms)
        res = entry["results"]
        close(r.estimate, res["abundance"], 1e-6, f"{call} abundance")
        close(r.aic, res["AIC"], 1e-7, f"{call} AIC")
        close(r.bic, res["BIC"], 1e-7, f"{call} BIC")
        # the maximum of a flat profile: R's optimize(tol=1e-4) leaves ~1e-6 (HIV Mh Darroch)
        close(r.estimate_multinomial, ci["abundance"], 1e-5, f"{call} CI abundance")
        close(r.lower, ci["infCL"], 1e-6, f"{call} infCL")
        if ci["supCL"] is None:  # infoCI 6: R found no upper limit below fmaxSupCL * N = 3 N
            assert r.upper > 3 * r.estimate, call
        else:
            close(r.upper, ci["supCL"], 1e-6, f"{call} supCL")


def test_closedpms_darroch_top_models(tables, rcapture):
    ref = rcapture["lesbian"]["closedpMS_t_Darroch"]
    lists = tables["lesbian"].lists
    for row in ref["results"]:
        # "[12,13,14]": interactions c1:c2, c1:c3, c1:c4; single digits are main effects only
        terms = [
            f"{lists[int(g[0]) - 1]}:{lists[int(g[1]) - 1]}"
            for g in row["model"].strip("[]").split(",")
            if len(g) == 2
        ]
        r = fit(tables["lesbian"], model="Mth_darroch", terms=terms, interval="poisson")
        what = f"{ref['call']} {row['model']}"
        close(r.estimate, row["abundance"], 1e-6, what)
        close(r.stderr, row["stderr"], 1e-5, what)
        close(r.deviance, row["deviance"], 1e-6, what)
        close(r.bic, row["BIC"], 1e-7, what)
        assert r.df == row["df"]
    # the same ranking from select="bic" over all two-way models plus Darroch heterogeneity
    top = fit(tables["lesbian"], model="Mth_darroch", select="bic", interval="poisson").summary()
    np.testing.assert_allclose(top["BIC"][:10], [row["BIC"] for row in ref["results"]], rtol=1e-7)
    np.testing.assert_allclose(
        top["estimate"][:10], [row["abundance"] for row in ref["results"]], rtol=1e-6
    )


# ----------------------------------------------------------------------- every glm number


def _glm_terms(formula, lists):
    rhs = formula.split("~")[1].strip()
    if rhs.endswith("^2"):
        return [f"{a}:{b}" for i, a in enumerate(lists) for b in lists[i + 1 :]]
    return [t.strip() for t in rhs.split("+") if ":" in t]


@pytest.mark.parametrize("name", ["kosovo", "HIV", "lesbian"])
@pytest.mark.parametrize("which", ["independence", "all_two_way", "aic_best", "bic_best"])
def test_glm_models(tables, glm_ref, name, which):
    ref = glm_ref[name][which]
    lists = tuple(glm_ref[name]["lists"])
    table = tables[name]
    assert table.lists == lists
    r = fit(table, terms=_glm_terms(ref["formula"], lists), interval="poisson")
    what = f"glm({ref['formula']}, family=poisson)"
    close(r.estimate, ref["N_hat"], 1e-7, what)
    close(r.missing, ref["m0_hat"], 1e-7, what)
    close(r.stderr, ref["N_se_total"], 1e-5, what)
    close(r.deviance, ref["deviance"], 1e-6, what)
    close(r.aic, ref["AIC"], 1e-7, what)
    assert r.df == ref["df_residual"]
    coef = r.coefficients
    for term, value in ref["coefficients"].items():
        assert coef[term] == pytest.approx(value, rel=1e-5, abs=1e-7), f"{what} {term}"
    # R's BIC(glm) uses log(number of cells); ours (Rcapture's) log(n recorded)
    p = ref["n_params"]
    bic_cells = r.bic - p * math.log(r.n_observed) + p * math.log(len(table.counts))
    close(bic_cells, ref["BIC"], 1e-7, f"BIC({what})")
    # MASS::confint profiles on a grid and interpolates a spline; we solve for the limit, so
    # agreement is ~1e-5, 1e-4 on skewed profiles (HIV all two-way lower: 10169.04 ours, 10168.09
    # MASS; in R, deviance(glm(count ~ -1 + (c1+c2+c3+c4)^2, offset=rep(log(10169.04-1896), 15)))
    # - deviance(f) = 3.84146 = qchisq(0.95, 1): ours is the exact limit)
    lo, hi = ref["profile_poisson_N"]
    close(r.lower, lo, 2e-4, f"n + exp(confint({what})[1, ])")
    close(r.upper, hi, 2e-4, f"n + exp(confint({what})[1, ])")
    if which == "aic_best":
        sel = fit(table, select="aic", interval="poisson")
        close(sel.estimate, ref["N_hat"], 1e-7, "select='aic'")
    if which == "bic_best":  # R's BIC(glm), log(cells), is not ours: rank our candidates by it
        cand = fit(table, select="aic").summary()
        cells = len(table.counts)
        p = cells - cand["df"]
        bic = cand["BIC"] - p * math.log(table.n_observed) + p * math.log(cells)
        close(cand["estimate"][bic.idxmin()], ref["N_hat"], 1e-7, "min BIC(glm) model")


@pytest.mark.parametrize("name", ["kosovo", "HIV", "lesbian"])
def test_all_64_hierarchical_models_in_aic_order(tables, glm_ref, name):
    ref = glm_ref[name]["all_models_sorted_by_AIC"]
    assert len(ref) == 64
    cand = fit(tables[name], select="aic").summary()
    assert len(cand) == 64
    assert list(cand["terms"]) == [
        r["terms"] if r["terms"] != "(independence)" else "" for r in ref
    ]
    np.testing.assert_allclose(cand["AIC"], [row["AIC"] for row in ref], rtol=1e-7)
    np.testing.assert_allclose(cand["estimate"], [row["N_hat"] for row in ref], rtol=1e-6)
    np.testing.assert_allclose(cand["deviance"], [row["deviance"] for row in ref], rtol=1e-5)
    assert list(cand["df"]) == [row["df"] for row in ref]


# -------------------------------------------------------------- refusals, warnings, strata


def small():
    return pd.DataFrame(
        {"A": [0, 0, 0, 1, 1, 1, 1], "B": [0, 1, 1, 0, 0, 1, 1], "C": [1, 0, 1, 0, 1, 0, 1],
         "count": [60, 50, 12, 70, 15, 14, 4]}
    )  # fmt: skip


@pytest.mark.filterwarnings("ignore::idlibstats.errors.StatisticalWarning")
def test_refusals():
    two = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [5, 5, 2]})
    with pytest.raises(EstimatorInputError, match="at least 3 lists"):
        mse_loglinear(two)
    empty = small().assign(count=lambda d: d["count"].where(d["C"] == 0, 0))
    with pytest.raises(EstimatorInputError, match=r"\['C'\] record nobody"):
        mse_loglinear(empty)
    with pytest.raises(EstimatorInputError, match="not identifiable"):
        mse_loglinear(small(), terms=["A:B:C"])
    everyone_on_a = small().assign(count=lambda d: d["count"].where(d["A"] == 1, 0))
    with pytest.raises(EstimatorInputError, match=r"\['A'\] hold every recorded person"):
        mse_loglinear(everyone_on_a)
    nobody_ab = small().assign(count=[60, 50, 12, 70, 15, 0, 0])
    with pytest.raises(EstimatorInputError, match="'A:B'.*nobody"):
        mse_loglinear(nobody_ab, terms=["A:B"])
    with pytest.raises(EstimatorInputError, match="model="):
        mse_loglinear(small(), model="Mx")
    with pytest.raises(EstimatorInputError, match="unknown"):
        mse_loglinear(small(), terms=["A:Z"])
    with pytest.raises(EstimatorInputError, match="main effects"):
        mse_loglinear(small(), model="M0", terms=["A:B"])
    with pytest.raises(EstimatorInputError, match="alpha"):
        mse_loglinear(small(), alpha=1.5)


@pytest.mark.filterwarnings("ignore:.*fits poorly:idlibstats.errors.StatisticalWarning")
def test_warnings_say_what_the_estimate_assumes(tables):
    with pytest.warns(StatisticalWarning, match="fits poorly.*lists independent"):
        mse_loglinear(tables["kosovo"], model="Mt")
    sparse = small().assign(count=[60, 50, 1, 70, 2, 14, 1])
    with pytest.warns(StatisticalWarning, match="sparse overlaps"):
        mse_loglinear(sparse)


def test_strata_are_estimated_separately_and_added():
    a = small()
    b = small().assign(count=lambda d: d["count"] * 2)
    both = pd.concat([a.assign(g="a"), b.assign(g="b")])
    r = mse_loglinear(capture_table(both, strata="g"), model="Mt")
    ra, rb = mse_loglinear(a, model="Mt"), mse_loglinear(b, model="Mt")
    assert r.estimate == pytest.approx(ra.estimate + rb.estimate)
    assert r.lower == pytest.approx(
        r.estimate - math.hypot(ra.estimate - ra.lower, rb.estimate - rb.lower)
    )
    assert r.upper == pytest.approx(
        r.estimate + math.hypot(ra.upper - ra.estimate, rb.upper - rb.estimate)
    )
    assert list(r.strata["stratum"]) == ["a", "b"] and "root sum of squares" in r.method
    assert set(r.summary()["stratum"]) == {"a", "b"}


# ------------------------------------------------------------------- coverage by simulation


def simulate(rng, N, p):
    """Capture patterns of N people, each on list j with probability p[j], independently."""
    lists = [chr(ord("A") + j) for j in range(len(p))]
    people = pd.DataFrame((rng.random((N, len(p))) < p).astype(int), columns=lists)
    return capture_table(people[people.sum(axis=1) > 0], lists=lists)


@pytest.mark.slow
def test_multinomial_profile_interval_covers():
    # 150 seeded tables of N=400 people on 3 independent lists (Mt holds): 95% nominal
    rng = np.random.default_rng(15)
    N, hits, reps = 400, 0, 150
    for _ in range(reps):
        r = fit(simulate(rng, N, np.array([0.3, 0.4, 0.5])), model="Mt")
        hits += r.lower <= N <= r.upper
    assert 0.90 <= hits / reps <= 0.99  # binomial sd at 150 draws: 0.018
