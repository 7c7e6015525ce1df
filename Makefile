# One command does the main job (`make`: regenerate, then the demo); one tests (`make test`).
# Everything runs from .venv, created from the pinned requirements/dev.lock when missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PY := $(BIN)/python
GENERATED_RUFF := --isolated --config 'line-length = 120' --config 'target-version = "py311"' \
	--config 'lint.select = ["F", "I", "UP"]'

.PHONY: all venv generate check test lint lock

all: generate

$(STAMP): requirements/dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	touch $@

venv: $(STAMP)

# The package is installed editable after generation: its version is read
# from the generated code.
generate: $(STAMP)
	$(PY) -m generator generate
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .

check: $(STAMP)
	$(PY) -m generator check

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(BIN)/ruff check generator src tests
	$(BIN)/ruff format --check generator src tests
	$(BIN)/ruff check $(GENERATED_RUFF) generated/thesys_c1/_generated
	$(BIN)/mypy generator src/thesys_c1 tests
	cd generated && ../$(BIN)/mypy -p thesys_c1

# Re-pin requirements/dev.lock from requirements/dev.in in a throwaway venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -r requirements/dev.in
	{ echo '# Generated from requirements/dev.in by `make lock`; every package pinned exactly.'; \
	  .lock-venv/bin/pip freeze; } > requirements/dev.lock
	rm -rf .lock-venv
