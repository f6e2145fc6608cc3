# storyline developer tasks. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RAY_STAMP := $(VENV)/.ray-stamp
DEMO_DB ?= demo.db
DEMO_REPORT ?= report.html
# Records of the memory bench (bench/bench_memory.py): 10,000 took 7 minutes here;
# `make bench-memory MEMORY_DOCS=50000` is the long run (49 minutes here).
MEMORY_DOCS ?= 10000

.PHONY: install demo test lint format bench bench-memory clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# pip 23 breaks trafilatura's import (lxml_html_clean): always upgrade pip first.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The tests and the bench run --engine ray on a local Ray (the ray extra, about 80 MB);
# `make demo` does not need it.
$(RAY_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	touch $(RAY_STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/storyline ingest examples --db $(DEMO_DB)
	$(BIN)/storyline docs --db $(DEMO_DB)
	$(BIN)/storyline timeline --db $(DEMO_DB)
	$(BIN)/storyline report --db $(DEMO_DB) -o $(DEMO_REPORT)
	@echo
	@echo "Open $(DEMO_REPORT) in a browser. Try also:"
	@echo "     $(BIN)/storyline timeline --pair Iraq NATO --from 2025 --db $(DEMO_DB)"
	@echo "     $(BIN)/storyline events <doc> --db $(DEMO_DB)"
	@echo "     $(BIN)/storyline export events -o events.jsonl --db $(DEMO_DB)"
	@echo "     $(BIN)/storyline export series -o series.csv --db $(DEMO_DB)"
	@echo
	@echo "Browse it (read-only, http://127.0.0.1:8000/):"
	@echo "     $(BIN)/storyline serve --db $(DEMO_DB)"

test: $(RAY_STAMP)
	# loadgroup: each test module marked xdist_group (the Ray ones) runs on one worker, so
	# they share one local Ray instead of starting one per worker.
	$(BIN)/pytest -q -n 4 --dist loadgroup

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: $(RAY_STAMP)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_workers.py
	$(BIN)/python bench/bench_memory.py --docs $(MEMORY_DOCS)
	$(BIN)/python bench/bench_events.py
	$(BIN)/python bench/bench_plover.py
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_merge.py
	$(BIN)/python bench/bench_scale.py
	$(BIN)/python bench/bench_growth.py
	$(BIN)/python bench/bench_hostile.py
	$(BIN)/python bench/bench_web.py

bench-memory: install
	$(BIN)/python bench/bench_memory.py --docs $(MEMORY_DOCS)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB)* $(DEMO_REPORT)
