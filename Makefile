# Two commands do everything on a fresh machine: `make extract` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# one per checkout: two checkouts scoring at once do not clash
DEV_OUT ?= $(or $(TMPDIR),/tmp)/vnplan-dev-$(notdir $(CURDIR))
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: extract report test bench bytecode validate score score-dev clean dictionary lock

# the set-up installs the exact versions of constraints.txt (`make lock` makes it), so that two
# machines produce the same output
$(STAMP): pyproject.toml constraints.txt scripts/setup-system.sh
	bash scripts/setup-system.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	$(MAKE) --no-print-directory bytecode
	touch $(STAMP)

# the sources compiled once, as a wheel's installer does, so that a run does not compile them at
# every start (0.1 s of CPU in each process, where PYTHONDONTWRITEBYTECODE is set); Python checks
# each file's time and size, so an edited source is still read fresh
bytecode:
	$(PY) -m compileall -q pipeline extractors normalizers

extract: $(STAMP)
	$(PY) -m pipeline extract data/raw --out data/structured

# the version's page, data/structured/v1/report.html, after an extract (incremental: only
# changed inputs are processed again); an extract that leaves error records (exit 3) still reports
report: $(STAMP)
	$(PY) -m pipeline extract data/raw --out data/structured --quiet || [ $$? -eq 3 ]
	$(PY) -m pipeline report data/structured

validate: $(STAMP)
	$(PY) -m pipeline validate data/structured

score: $(STAMP)
	$(PY) ../shared/eval/score.py --pred data/structured/v1 --gold ../shared/gold

# the dev set (../shared/dev): documents the rules were not written for, scored in a temp folder
score-dev: $(STAMP)
	rm -rf $(DEV_OUT) && $(PY) -m pipeline extract ../shared/dev/raw --out $(DEV_OUT) --quiet; \
	$(PY) ../shared/eval/score.py --pred $(DEV_OUT)/v1 --gold ../shared/dev/gold $(SCORE_ARGS)

test: $(STAMP)
	$(PY) -m pytest

# throughput of the parts (pipeline/bench.py), then whole runs on a seeded synthetic corpus of
# 2,000 and 10,000 documents (pipeline/bench_scale.py: bench/results.json); BENCH_ARGS=--smoke for a small one
bench: $(STAMP) bytecode
	$(PY) -m pipeline.bench
	$(PY) -m pipeline.bench_scale $(BENCH_ARGS)

# docs/data-dictionary.md from the models (a test fails when it is out of date)
dictionary: $(STAMP)
	$(PY) -m pipeline.contract > docs/data-dictionary.md

# constraints.txt: the newest versions pyproject.toml's bounds allow, installed in a fresh
# virtual environment and frozen (run it after changing a dependency)
LOCK_VENV ?= $(or $(TMPDIR),/tmp)/vnplan-lock
lock:
	rm -rf $(LOCK_VENV) && $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install -q --upgrade pip
	$(LOCK_VENV)/bin/python -m pip install -q '.[dev]'
	{ echo "# Exact versions for the set-up (pip install -c constraints.txt); made by make lock."; \
	  $(LOCK_VENV)/bin/python -m pip freeze --exclude vn-plan-extract --exclude pip; } > constraints.txt
	rm -rf $(LOCK_VENV)

clean:
	rm -rf data/structured/v1 .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +
