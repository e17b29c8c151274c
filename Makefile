# Compagnon — `make run` serves the site, `make test` runs the suite. Both bootstrap .venv first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

# An interpreter >= 3.12 that actually runs. pyenv shims exist but fail without a selected
# version, so each candidate is tried with `-c ''` and a version check, in this order:
# $(PYTHON) if given, versioned names on PATH, plain python3, then pyenv's own installs.
PYTHON_CANDIDATES := $(PYTHON) python3.14 python3.13 python3.12 python3 python \
	$(sort $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3)) \
	/usr/local/bin/python3.13 /usr/local/bin/python3.12 /opt/homebrew/bin/python3
find_python = $(firstword $(foreach p,$(PYTHON_CANDIDATES),$(shell command -v $(p) >/dev/null 2>&1 && $(p) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1 && echo $(p))))

.PHONY: help venv install migrate static seed run test test-fast bench lint format messages totp clean

help:
	@echo "make run    — install, migrate, seed demo data and serve http://$(HOST):$(PORT) (HTTP + WebSockets)"
	@echo "make test   — install and run the whole test suite"
	@echo "make bench  — print performance figures"
	@echo "make lint   — ruff check and format check"

$(PY):
	@py="$(call find_python)"; \
	if [ -z "$$py" ]; then echo "Compagnon needs Python >= 3.12: none found (set PYTHON=/path/to/python3.12)." >&2; exit 1; fi; \
	echo "Creating $(VENV) with $$py ($$($$py -c 'import sys; print(sys.version.split()[0])'))"; \
	$$py -m venv $(VENV)

# Reinstall only when pyproject.toml changes: a second `make run` starts in seconds.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv install: $(STAMP)

migrate: $(STAMP)
	$(PY) manage.py migrate --noinput

static: $(STAMP)
	$(PY) manage.py collectstatic --noinput --verbosity 0

seed: migrate
	$(PY) manage.py seed_demo

run: seed static
	@echo
	@echo "Compagnon is starting at http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	SITE_URL="$${SITE_URL:-http://$(HOST):$(PORT)}" $(BIN)/daphne -b $(HOST) -p $(PORT) --proxy-headers compagnon.asgi:application

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest -m "not e2e" -x -q $(PYTEST_ARGS)

bench: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: $(STAMP)
	$(PY) manage.py makemessages -l fr --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	$(PY) manage.py compilemessages --ignore '.venv/*'

totp: $(STAMP)
	@$(PY) manage.py demo_totp $(EMAIL)

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
