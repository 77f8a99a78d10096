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
def test_parameters_are_injected():
    script = next(p for p in NOTEBOOKS if p.stem == "02_civilian_deaths")
    nb = execute_notebook(script, timeout=180, parameters={"per": "week"})
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and injected[0].source == "per = 'week'"
    reprs = [o["data"]["text/plain"] for o in _outputs(nb, "execute_result")]
    assert any("per='week'" in r for r in reprs)
