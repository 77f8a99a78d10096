"""Every notebook runs top to bottom on the bundled datasets, with parameters injectable."""

from __future__ import annotations

import functools
import math
import re

import jupytext
import pytest
from scipy import stats

from idlibstats.report import execute_notebook, notebook_paths, notebook_to_html

NOTEBOOKS = notebook_paths()


@functools.cache
def _executed(stem: str):
    """Each notebook runs once per test process (default parameters)."""
    return execute_notebook(next(p for p in NOTEBOOKS if p.stem == stem), timeout=180)


def _outputs(nb, kind):
    return [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == kind
    ]


@pytest.mark.parametrize("script", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_has_a_parameters_cell(script):
    nb = jupytext.read(script)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    assert nb.cells[0].cell_type == "markdown"
    # public API only
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "import idlibstats as s" in code
    assert "from idlibstats" not in code and "idlibstats._" not in code


@pytest.mark.slow
@pytest.mark.parametrize("script", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(script):
    nb = _executed(script.stem)  # raises CellExecutionError on any error
    assert not _outputs(nb, "error")
    images = [
        o
        for o in _outputs(nb, "execute_result") + _outputs(nb, "display_data")
        if "image/png" in o.get("data", {})
    ]
    assert images, "every notebook shows at least one figure"
    html = notebook_to_html(nb)
    assert "<html" in html and "data:image/png;base64" in html


@pytest.mark.slow
def test_parameters_are_injected_and_used():
    script = next(p for p in NOTEBOOKS if p.stem == "02_civilian_deaths")
    params = {"per": "week", "period_start": "2019-06-01", "period_end": "2019-07-31"}
    nb = execute_notebook(script, timeout=180, parameters=params)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    assert 'per = "week"' in injected[0].source  # papermill's parameterize_notebook
    assert nb.metadata.papermill["parameters"] == params
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    assert tags.index(["injected-parameters"]) == tags.index(["parameters"]) + 1
    reprs = [o["data"]["text/plain"] for o in _outputs(nb, "execute_result")]
    assert any("per='week'" in r for r in reprs)
    # the window reaches the UCDP totals and the prose built from them
    text = " ".join(
        "".join(o.get("text", "")) + str(o.get("data", {}).get("text/markdown", ""))
        for o in _outputs(nb, "stream") + _outputs(nb, "execute_result")
    )
    assert "UCDP window 1 Jun 2019 – 31 Jul 2019 (61 days)" in text
    assert "between 1 June and 31 July 2019" in text


def _texts(nb) -> list[str]:
    """Every printed, displayed or returned text output (plain text or Markdown)."""
    out = []
    for c in nb.cells:
        for o in c.get("outputs", []) if c.cell_type == "code" else []:
            if "text" in o:
                out.append("".join(o["text"]))
            data = o.get("data", {})
            out.append(str(data.get("text/markdown") or data.get("text/plain") or ""))
    return out


def _number(pattern: str, text: str) -> float:
    match = re.search(pattern, text)
    assert match, f"no match for {pattern!r}"
    return float(match.group(1).replace(",", ""))


@pytest.mark.slow
def test_un_floor_comparison_is_one_sided():
    text = "\n".join(_texts(_executed("02_civilian_deaths")))
    ucdp = _number(r"UCDP north-west: ([\d,]+)", text)
    floor = _number(r"UN: at least ([\d,]+) civilians", text)
    # One-sided 95% Clopper-Pearson upper limit of p = UCDP / (UCDP + UN) given the total, as
    # the ratio p / (1 - p) (same number of days); scipy here, not idlibstats.
    p_hi = stats.beta.ppf(0.95, ucdp + 1, floor)
    shown = _number(r"north-west Syria is at most (\d+)% of the UN's", text)
    assert shown == round(100 * p_hi / (1 - p_hi))
    assert shown < 100
    # the ratio to the floor is stated as a ratio to the floor, not to the UN's count
    assert f"{ucdp / floor:.0%} of the UN's floor" in text
    # no two-sided interval or test of the ratio in the prose
    what_can_be_said = next(t for t in _texts(_executed("02_civilian_deaths")) if "What can" in t)
    assert "95% CI" not in what_can_be_said and "one-sided 95% upper limit" in what_can_be_said
    # all deaths against civilian deaths, worded from the numbers
    for area in ("idleb", "north_west"):
        every = _number(rf"UCDP {area}: all deaths \(deaths_best\) ([\d,]+)", text)
        civ = _number(rf"UCDP {area}: all deaths .*? civilian count ([\d,]+)", text)
        factor = _number(rf"UCDP {area}: all deaths .*? = ([\d.]+) times", text)
        assert factor == round(every / civ, 1)
    assert "several times" not in "".join(c.source for c in _executed("02_civilian_deaths").cells)


@pytest.mark.slow
def test_refugee_growth_is_labelled_and_readable():
    texts = _texts(_executed("04_refugees"))
    text = "\n".join(texts)
    assert "GrowthResult(" not in text and "[nan, nan]" not in text
    assert not re.search(r"\de[+-]\d\d", text), "no scientific notation in any output"
    r = _number(r"log growth rate ([\d.]+) a year, i\.e\. a compound", text)
    pct = _number(r"a compound (\d+)% a year; doubling", text)
    assert abs(100 * math.expm1(r) - pct) < 1  # r is printed to two decimals
    table = next(t for t in texts if "change, % a year" in t)
    years = [int(y) for y in re.findall(r"^(\d{4})\s", table, flags=re.M)]
    assert years and 2011 not in years and 2025 not in years  # unregistered 2011, mid-year 2025
    assert "2011 is not a stock comparable" in text


@pytest.mark.slow
def test_mse_notebook_numbers_are_the_estimators():
    """Notebook 06: the prose quotes the estimators' numbers, and those are R's.

    Rcapture (../shared/reference/mse/rcapture_results.json): closedp.t(kosovo, dfreq=TRUE)
    Mt abundance 7394.6; glm(count ~ ... all two-way but ABA:HRW, family=poisson) 14341.7.
    """
    text = "\n".join(_texts(_executed("06_how_many_not_counted")))
    n = _number(r"The four lists together name ([\d,]+) people", text)
    low = _number(r"from ([\d,]+) \(independence \(Mt\)\)", text)
    high = _number(r"to ([\d,]+) \(loglinear, AIC-best\)", text)
    assert (n, low, high) == (4400, round(7394.6), round(14341.7))
    assert f"between {n / 14341.7:.0%} and {n / 7394.6:.0%} of the killings" in text
    lc = _number(r"The latent-class model estimates ([\d,]+)", text)
    assert 9_500 < lc < 11_500  # a short run; LCMCR's full runs give medians 10,376-10,422
    assert "more_than" in text and "1,300" in text
