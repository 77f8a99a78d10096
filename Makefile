# Two commands on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LINTED := idlibstats tests benchmarks notebooks docs
# documents of the corpus benchmark (smaller: make bench CORPUS_DOCS=200000)
CORPUS_DOCS ?= 1000000

.PHONY: report test lint docs data figures bench clean

$(BIN)/python:
	@echo "==> creating the virtual environment $(VENV)"
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	@echo "==> installing idlibstats and its dependencies into $(VENV) (a few minutes the first time)"
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --progress-bar off -e ".[dev]"
	@echo "==> installed"
	touch $(STAMP)

report: $(STAMP)  ## tables, figures and executed notebooks into build/
	$(BIN)/idlibstats report --out build

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

test: lint  ## ruff, the whole test suite (slow tests included), then the documentation site
	$(BIN)/python -m pytest -n 2 -q
	$(MAKE) --no-print-directory docs

docs: $(STAMP)  ## the documentation site into build/docs (warnings are errors), links checked
	@echo "==> building the documentation (executes the notebooks) into build/docs"
	$(BIN)/sphinx-build -W --keep-going -q -b html docs build/docs
	$(BIN)/python docs/check_site.py build/docs

data: $(STAMP)  ## rebuild the derived datasets in data/ from ../shared/data
	$(BIN)/idlibstats data

figures: $(STAMP)
	$(BIN)/idlibstats figures --out build/figures

bench: $(STAMP)  ## speed and memory against named baselines, same run
	$(BIN)/python benchmarks/rates_bench.py
	$(BIN)/python benchmarks/load_bench.py
	$(BIN)/python benchmarks/extract_bench.py
	$(BIN)/python benchmarks/mse_bench.py
	$(BIN)/python benchmarks/coverage_study.py
	$(BIN)/python benchmarks/changepoint_bench.py
	$(BIN)/python benchmarks/trend_bench.py
	$(BIN)/python benchmarks/lcmcr_bench.py
	$(BIN)/python benchmarks/mse_coverage.py
	$(BIN)/python benchmarks/corpus_bench.py --docs $(CORPUS_DOCS)

clean:
	rm -rf build dist .pytest_cache .ruff_cache
