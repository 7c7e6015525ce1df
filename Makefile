# One command does the main job (`make`: regenerate, then the demo); one tests (`make test`).
# Everything runs from .venv, created from the pinned requirements/dev.lock when missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.deps-stamp
INSTALLED := $(VENV)/.package-stamp
VERSION_FILE := generated/thesys_c1/_generated/version.py
PY := $(BIN)/python
GENERATED_RUFF := --isolated --config 'line-length = 120' --config 'target-version = "py311"' \
	--config 'lint.select = ["F", "I", "UP"]'

.PHONY: all venv generate check test lint lock demo bench serve-bench example example-build

# `make`: regenerate, then the demo (which needs what generate installs).
all: generate
	@$(MAKE) --no-print-directory demo

$(STAMP): requirements/dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	touch $@

# The package is installed editable: generated/ is then importable everywhere
# in the venv and a regeneration needs no reinstall. Its version is read from
# the generated code, so that must exist first.
$(VERSION_FILE): | $(STAMP)
	$(PY) -m generator generate

$(INSTALLED): $(STAMP) pyproject.toml | $(VERSION_FILE)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate
	@$(MAKE) --no-print-directory $(INSTALLED)

check: $(STAMP)
	$(PY) -m generator check

test: $(INSTALLED)
	$(PY) -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check generator src tests examples bench
	$(BIN)/ruff format --check generator src tests examples bench
	$(BIN)/ruff check $(GENERATED_RUFF) generated/thesys_c1/_generated
	$(BIN)/mypy generator tests
	$(BIN)/mypy --strict examples bench
	$(BIN)/mypy -p thesys_c1

# Stream one answer: from the Thesys C1 API when THESYS_API_KEY is set, else from the local C1 server.
demo: $(INSTALLED)
	$(PY) examples/demo.py

# The client against raw httpx and the openai SDK, as ratios (see bench/README.md).
bench: $(INSTALLED)
	$(PY) -m bench.bench
	$(PY) -m bench.react_bench

# Requests/s and stream events/s of the local C1 server, measured from other processes (uses wrk if installed).
serve-bench: $(INSTALLED)
	$(PY) bench/serve_bench.py

# The React chat example (examples/react-chat): `make example` serves it at
# http://127.0.0.1:$(PORT)/ until stopped, building the page first when needed.
EXAMPLE := examples/react-chat
PORT ?= 8080
EXAMPLE_SOURCES := $(EXAMPLE)/index.html $(EXAMPLE)/vite.config.js $(wildcard $(EXAMPLE)/src/*) $(wildcard $(EXAMPLE)/public/*)

# npm writes node_modules/.package-lock.json on every install.
$(EXAMPLE)/node_modules/.package-lock.json: $(EXAMPLE)/package.json $(EXAMPLE)/package-lock.json
	cd $(EXAMPLE) && npm ci --no-audit --no-fund --loglevel=error

$(EXAMPLE)/dist/index.html: $(EXAMPLE)/node_modules/.package-lock.json $(EXAMPLE_SOURCES)
	cd $(EXAMPLE) && npm run --silent build -- --logLevel warn

example-build: $(EXAMPLE)/dist/index.html

example: $(INSTALLED) example-build
	$(PY) $(EXAMPLE)/server.py --port $(PORT)

# Re-pin requirements/dev.lock from requirements/dev.in in a throwaway venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -r requirements/dev.in
	{ echo '# Generated from requirements/dev.in by `make lock`; every package pinned exactly.'; \
	  .lock-venv/bin/pip freeze; } > requirements/dev.lock
	rm -rf .lock-venv
