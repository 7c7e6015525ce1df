# One command does the main job (`make`: regenerate, then the demo); one tests (`make test`).
# Everything runs from .venv, created from the pinned requirements/dev.lock when missing.

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.deps-stamp
INSTALLED := $(VENV)/.package-stamp
VERSION_FILE := generated/thesys_c1/_generated/version.py
# `make ... PY=/path/to/python` runs everything with that interpreter as it is:
# no .venv is created, nothing is installed. The release tests drive the
# Makefile of a scratch clone this way, with the dev environment's python.
ifeq ($(origin PY),undefined)
PY := $(VENV)/bin/python
DEPS := $(STAMP)
INSTALL := $(INSTALLED)
else
DEPS :=
INSTALL :=
endif
BIN := $(patsubst %/,%,$(dir $(PY)))
GENERATED_RUFF := --isolated --config 'line-length = 120' --config 'target-version = "py311"' \
	--config 'lint.select = ["F", "I", "UP"]'

.PHONY: all venv generate check test test-docs-changes lint lock bench demo serve-bench api-diff docs-diff docs-rows build publish vendor example example-build

# `make`: regenerate, then the demo (which needs what generate installs).
all: generate
	@$(MAKE) --no-print-directory demo

$(STAMP): requirements/dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	touch $@

# The package is installed editable: src/ is then importable everywhere in the
# venv (src/thesys_c1/_generated links to the generated code), so an edit or a
# regeneration needs no reinstall. Its version is read from the generated
# code, so that must exist first.
$(VERSION_FILE): | $(STAMP)
	$(PY) -m generator generate

$(INSTALLED): $(STAMP) pyproject.toml | $(VERSION_FILE)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

venv: $(STAMP)

generate: $(DEPS)
	$(PY) -m generator generate
	$(if $(INSTALL),@$(MAKE) --no-print-directory $(INSTALL))

# generated/ is what the inputs produce, and an API change came with a version bump.
check: $(DEPS)
	$(PY) -m generator check

# The React example's npm packages and build are part of what the tests check.
test: $(INSTALL) example-build
	$(PY) -m pytest

# Seven C1 docs changes made on a scratch clone as MAINTAINING.md says, each through that clone's own
# `make generate`, `make check` and `make test` (so about a quarter of an hour; CI runs it after `make test`).
test-docs-changes: $(INSTALL)
	$(PY) -m pytest -m docs_changes tests/test_docs_changes.py

# What changed in the API since BASE (a git ref, a released version or a spec
# file; default: the newest committed generated/openapi.yaml that differs from
# this tree's). Exit status 1 when a change breaks callers.
api-diff: $(DEPS)
	$(PY) -m generator api-diff $(BASE)

# Where a saved C1 docs page (HTML or the text copied from the browser) and the
# effective spec disagree, row by row, with the overlay action to edit; exit
# status 1 when they do. `docs-rows` rewrites the pinned rows the tests check.
docs-diff: $(DEPS)
	@test -n "$(DOCS)" || { echo "error: DOCS is not set: make docs-diff DOCS=<saved C1 docs page>" >&2; exit 2; }
	$(PY) -m generator docs-diff '$(DOCS)'

docs-rows: $(DEPS)
	@test -n "$(DOCS)" || { echo "error: DOCS is not set: make docs-rows DOCS=<saved C1 docs page>" >&2; exit 2; }
	$(PY) -m generator docs-rows '$(DOCS)'

# dist/: the wheel (built from the sdist) and the sdist, checked.
build: $(DEPS)
	$(PY) -m generator build

# Upload dist/ to INDEX_URL with twine (credentials: TWINE_USERNAME and
# TWINE_PASSWORD, or a keyring). SIMPLE_URL if the index's simple API is not
# INDEX_URL/simple/.
publish: $(DEPS)
	@test -n "$(INDEX_URL)" || { echo "error: INDEX_URL is not set: make publish INDEX_URL=<upload URL of the index>" >&2; exit 2; }
	$(PY) -m generator publish --index-url '$(INDEX_URL)' $(if $(SIMPLE_URL),--simple-url '$(SIMPLE_URL)')

# Copy the package into DEST (another repository) as DEST/AS (default thesys_c1).
# make predefines AS (the assembler), so only an AS given by the user counts.
VENDOR_AS := $(if $(filter default,$(origin AS)),,$(AS))
vendor: $(DEPS)
	@test -n "$(DEST)" || { echo "error: DEST is not set: make vendor DEST=<path of the other repository> [AS=<package name>]" >&2; exit 2; }
	$(PY) -m generator vendor --dest '$(DEST)' $(if $(VENDOR_AS),--as '$(VENDOR_AS)')

lint: $(INSTALL)
	$(BIN)/ruff check generator src tests examples bench
	$(BIN)/ruff format --check generator src tests examples bench
	$(BIN)/ruff check $(GENERATED_RUFF) generated/thesys_c1/_generated
	$(BIN)/mypy generator tests
	$(BIN)/mypy examples bench
	$(BIN)/mypy -p thesys_c1

# The client against raw httpx and the openai SDK, as ratios (see bench/README.md).
bench: $(INSTALL)
	$(PY) -m bench.bench
	$(PY) -m bench.react_bench

# Stream one answer: from the Thesys C1 API when THESYS_API_KEY is set, else from the local C1 server.
demo: $(INSTALL)
	$(PY) examples/demo.py

# Requests/s and stream events/s of the local C1 server, measured from other processes (uses wrk if installed).
serve-bench: $(INSTALL)
	$(PY) bench/serve_bench.py

# The React chat example (examples/react-chat): `make example` serves it at
# http://127.0.0.1:$(PORT)/ until stopped, building the page first when needed,
# under WORKERS uvicorn worker processes, keeping threads in THREAD_STORE (a URL
# for thesys_c1.react.thread_store_from_url; empty: the SQLite file beside server.py).
EXAMPLE := examples/react-chat
PORT ?= 8080
WORKERS ?= 1
THREAD_STORE ?=
EXAMPLE_SOURCES := $(EXAMPLE)/index.html $(EXAMPLE)/vite.config.js $(wildcard $(EXAMPLE)/src/*) $(wildcard $(EXAMPLE)/public/*)

# npm writes node_modules/.package-lock.json on every install.
$(EXAMPLE)/node_modules/.package-lock.json: $(EXAMPLE)/package.json $(EXAMPLE)/package-lock.json
	cd $(EXAMPLE) && npm ci --no-audit --no-fund --loglevel=error

$(EXAMPLE)/dist/index.html: $(EXAMPLE)/node_modules/.package-lock.json $(EXAMPLE_SOURCES)
	cd $(EXAMPLE) && npm run --silent build -- --logLevel warn

example-build: $(EXAMPLE)/dist/index.html

example: $(INSTALL) example-build
	THREAD_STORE='$(THREAD_STORE)' $(PY) $(EXAMPLE)/server.py --port $(PORT) --workers $(WORKERS)

# Re-pin requirements/dev.lock from requirements/dev.in in a throwaway venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -r requirements/dev.in
	{ echo '# Generated from requirements/dev.in by `make lock`; every package pinned exactly.'; \
	  .lock-venv/bin/pip freeze; } > requirements/dev.lock
	rm -rf .lock-venv
