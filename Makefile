# Two commands do everything on a fresh machine: `make extract` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: extract test bench validate score clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract data/raw --out data/structured

validate: $(STAMP)
	$(PY) -m pipeline validate data/structured

score: $(STAMP)
	$(PY) ../shared/eval/score.py --pred data/structured/v1 --gold ../shared/gold

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m pipeline.bench

clean:
	rm -rf data/structured/v1 .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +
