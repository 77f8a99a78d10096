# Two commands on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LINTED := idlibstats tests benchmarks notebooks

.PHONY: report test lint data figures bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e ".[dev]"
	touch $(STAMP)

report: $(STAMP)  ## tables, figures and executed notebooks into build/
	$(BIN)/idlibstats report --out build

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

test: lint  ## ruff, then the whole test suite (slow tests included)
	$(BIN)/python -m pytest -n 2 -q

data: $(STAMP)  ## rebuild the derived datasets in data/ from ../shared/data
	$(BIN)/idlibstats data

figures: $(STAMP)
	$(BIN)/idlibstats figures --out build/figures

bench: $(STAMP)  ## speed and memory against named baselines, same run
	$(BIN)/python benchmarks/rates_bench.py
	$(BIN)/python benchmarks/load_bench.py
	$(BIN)/python benchmarks/extract_bench.py
	$(BIN)/python benchmarks/mse_bench.py
	$(BIN)/python benchmarks/lcmcr_bench.py
	$(BIN)/python benchmarks/mse_coverage.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
