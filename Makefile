# Two commands for a fresh machine (python3 >= 3.11, node/npm, make): `make synth` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CDK8S := node_modules/.bin/cdk8s
DIST := build/dist

export CDK8S_CHECK_UPGRADE := false
# Node 24 from package.json (the npm package `node`), for the cdk8s cli and the jsii runtime cdk8s starts in
# Python: the machine's own Node may be past its end of life (Node 20), for which jsii prints a banner.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
# The exact versions of constraints.txt, also inside pip's isolated build environments.
PINNED := PIP_CONSTRAINT=$(CURDIR)/constraints.txt

.PHONY: setup synth test test-fast test-bounds lint dist imports bench checkov clean

# Python virtual environment with the package (editable) and the pinned versions of constraints.txt.
$(VENV)/.installed: pyproject.toml setup.py constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PINNED) $(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

# The cdk8s command-line tool, pinned in package.json / package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Bytecode compiled at install time: the generated imports are megabytes of Python, and environments that
# set PYTHONDONTWRITEBYTECODE would otherwise compile them again on every run.
$(VENV)/.compiled: $(VENV)/.installed $(shell find imports modelservice_constructs -name '*.py')
	$(PY) -m compileall -q -j 0 imports modelservice_constructs
	touch $@

setup: $(VENV)/.installed $(VENV)/.compiled node_modules/.installed

# Synthesize the default app (main.py) into dist/ through the locally installed cdk8s-cli.
synth: setup
	$(CDK8S) synth

# Every test, the slow ones included (what CI runs).
test: setup
	$(PY) -m pytest

# Every test but those marked slow (imports regeneration, wheel install, property tests).
test-fast: setup
	$(PY) -m pytest -m 'not slow'

# The tests (but the slow ones, which `make test` runs) with the runtime dependencies at the lower bounds of their
# ranges in pyproject.toml, then at the newest releases inside them: each in a virtual environment of its own
# (.venv-lower, .venv-upper), with the development tools at their pins.
test-bounds: setup
	set -e; for end in lower upper; do \
	  test -x .venv-$$end/bin/python || $(PYTHON) -m venv .venv-$$end; \
	  $(PY) scripts/bounds.py $$end > .venv-$$end/runtime.txt; \
	  $(PY) scripts/bounds.py dev > .venv-$$end/dev.txt; \
	  .venv-$$end/bin/python -m pip install --quiet --disable-pip-version-check -r .venv-$$end/runtime.txt \
	    -r .venv-$$end/dev.txt; \
	  .venv-$$end/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .; \
	  echo "runtime dependencies at the $$end end:"; \
	  .venv-$$end/bin/python -m pip list --disable-pip-version-check 2>/dev/null \
	    | grep -iE '^(cdk8s|cdk8s-plus-28|constructs|jsii|PyYAML|kubernetes-validate|jsonschema|cel-expr-python) '; \
	  .venv-$$end/bin/python -m pytest -q -m 'not slow' -p no:cacheprovider \
	    --deselect tests/test_packaging.py::test_the_environment_runs_the_pinned_versions; \
	done

lint: setup
	$(PY) -m ruff check modelservice_constructs tests main.py setup.py scripts examples
	$(PY) -m mypy

# The sdist and the wheel (built from the sdist) in build/dist/; dist/ is cdk8s's output folder.
dist: setup
	rm -rf $(DIST)
	$(PINNED) $(PY) -m build --outdir $(DIST) .

# Regenerate imports/ from the pinned sources in cdk8s.yaml (falls back to ../shared/crds offline).
imports: setup
	$(PY) scripts/imports.py

# BASELINE=DIR also measures another checkout (with its own .venv) in the same run, for a ratio that does
# not move with the machine's load.
bench: setup
	$(PY) scripts/bench.py $(if $(BASELINE),--baseline $(BASELINE))

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
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache .venv-lower .venv-upper
