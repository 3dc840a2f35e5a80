# licdesk: `make run` sets up and starts the desk; `make test` sets up, then lints, type-checks and runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test test-pg clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,ocr]'
	@touch $(STAMP)

QM     := i18n/licdesk_zh_CN.qm i18n/licdesk_en.qm

$(QM): $(STAMP) i18n/licdesk_zh_CN.ts i18n/licdesk_en.ts
	@$(BIN)/python tools/i18n.py release >/dev/null

setup: $(STAMP) $(QM)
	@bash tools/system-libs.sh

run: setup
	$(BIN)/licdesk $(ARGS)

test: setup
	$(BIN)/ruff check licdesk tests tools benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

# The same, beside a throwaway PostgreSQL 15 server, so the team-library tests run instead of skipping.
test-pg: setup
	python3 tools/pg_cluster.py -- $(MAKE) test

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
