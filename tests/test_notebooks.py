"""Every notebook runs top to bottom on the bundled datasets, with parameters injectable."""

from __future__ import annotations

import jupytext
import pytest

from idlibstats.report import execute_notebook, notebook_paths, notebook_to_html

NOTEBOOKS = notebook_paths()


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
    nb = execute_notebook(script, timeout=180)  # raises CellExecutionError on any error
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
