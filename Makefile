# storyline developer tasks. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db

.PHONY: install demo test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# pip 23 breaks trafilatura's import (lxml_html_clean): always upgrade pip first.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/storyline ingest examples --db $(DEMO_DB)
	$(BIN)/storyline docs --db $(DEMO_DB)
	$(BIN)/storyline events --db $(DEMO_DB)
	@echo
	@echo "Try: $(BIN)/storyline show <doc> --db $(DEMO_DB)"
	@echo "     $(BIN)/storyline export events --format jsonl -o events.jsonl --db $(DEMO_DB)"
	@echo "     $(BIN)/storyline export docs --format csv -o docs.csv --db $(DEMO_DB)"

test: install
	$(BIN)/pytest -q -n 2

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_events.py
	$(BIN)/python bench/bench_nlp.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB)*
