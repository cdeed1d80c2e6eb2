# Two commands for a fresh machine (python3 >= 3.11, node/npm, make): `make synth` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CDK8S := node_modules/.bin/cdk8s

export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export CDK8S_CHECK_UPGRADE := false

.PHONY: setup synth test lint imports bench checkov clean

# Python virtual environment with the package (editable) and its pinned dependencies.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# The cdk8s command-line tool, pinned in package.json / package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

# Synthesize the default app (main.py) into dist/ through the locally installed cdk8s-cli.
synth: setup
	$(CDK8S) synth

test: setup
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check modelservice_constructs tests main.py scripts examples
	$(PY) -m mypy

# Regenerate imports/ from the pinned sources in cdk8s.yaml (falls back to ../shared/crds offline).
imports: setup
	$(PY) scripts/imports.py

bench: setup
	$(PY) scripts/bench.py

# checkov (pinned) in its own virtual environment, away from the project's pinned dependencies; it
# scans the default app and the gateway example and prints the failed-check counts against their budgets.
CHECKOV_VENV := .venv-checkov
CHECKOV_VERSION := 3.3.30

$(CHECKOV_VENV)/.installed:
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet --disable-pip-version-check 'checkov==$(CHECKOV_VERSION)'
	touch $@

checkov: setup $(CHECKOV_VENV)/.installed
	$(PY) scripts/checkov_budget.py --checkov $(CHECKOV_VENV)/bin/checkov

clean:
	rm -rf dist .pytest_cache .mypy_cache .ruff_cache
