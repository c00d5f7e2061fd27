# sociaal — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
MANAGE  := $(PY) manage.py

# The embedded default (make run): SQLite and a broker that needs no server.
RUN_ENV := PATH="$(CURDIR)/$(VENV)/bin:$$PATH" DJANGO_SETTINGS_MODULE=sociaal.settings.development

# The tests: real PostgreSQL and Redis on loopback (started by scripts/test-services).
TEST_ENV := DJANGO_SETTINGS_MODULE=sociaal.settings.test
# In parallel (pytest-xdist): one process per core, PYTEST_WORKERS=N to choose, 0 for one
# process. Each has its own database, broker keys, documents folder, Chromium, live server
# and Celery worker (sociaal/settings/test.py). Tests go out one by one (--dist load);
# --dist worksteal measured the same within the machine's noise (the tests without
# browser and worker: 110–120 s against 118–128 s).
PYTEST_WORKERS ?= auto
PYTEST := $(TEST_ENV) $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist load

.PHONY: help install run serve test test-fast lint format check-migrations pytest lock clean bench handleiding

help:
	@echo "make run    - install, migrate, load demo data and serve http://127.0.0.1:8000"
	@echo "make test   - install what the tests need, start PostgreSQL/Redis, run everything"
	@echo "make test-fast - the tests without browser and worker, in parallel, no lint"
	@echo "make lint   - ruff lint and format check, import-linter (the layers), mypy"
	@echo "make format - ruff format and fix"
	@echo "make lock   - refresh requirements/constraints.txt from pyproject.toml"
	@echo "make bench  - measurements on PostgreSQL with demo data (bench/results/latest.md)"
	@echo "make handleiding - new screenshots for docs/gebruikershandleiding.md from the browser tests"

$(STAMP): pyproject.toml requirements/constraints.txt
	@py=$$(scripts/find-python) || exit 1; \
	  if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
	    rm -rf $(VENV); echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); fi
	$(PY) -m pip install -q --disable-pip-version-check -c requirements/constraints.txt -e '.[dev,test]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	@mkdir -p var
	$(RUN_ENV) $(MANAGE) migrate --noinput -v 0
	$(RUN_ENV) $(MANAGE) seed_demo --if-empty
	$(RUN_ENV) $(MANAGE) herinneringen_maken
	@$(RUN_ENV) $(MANAGE) demo_accounts
	$(RUN_ENV) $(VENV)/bin/honcho -f Procfile.dev start

test: install
	scripts/test-system-packages
	scripts/test-services
	$(MAKE) --no-print-directory lint check-migrations pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	@# mypy exits 1 on type errors (mypy-baseline decides which are new) and 2 when it fails
	@mkdir -p var && { $(VENV)/bin/mypy > var/mypy.txt || [ $$? -eq 1 ] || { cat var/mypy.txt; false; }; }
	$(VENV)/bin/mypy-baseline filter < var/mypy.txt

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check-migrations: install
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run

pytest: install
	$(PYTEST)

# The quick loop while working: no Chromium, no Celery worker, no Debian packages, no lint.
# It keeps its test databases for the next run (--reuse-db: new migrations are applied,
# a migration changed in place is not; make pytest builds them anew).
test-fast: install
	scripts/test-services
	$(PYTEST) --reuse-db -m 'not browser and not worker'

# The user guide's pictures: the story tests take them; 256 colours into docs/handleiding/.
handleiding: install
	scripts/test-system-packages
	scripts/test-services
	rm -rf var/schermafdrukken
	$(PYTEST) tests/browser/verhalen -q
	$(PY) scripts/handleiding-afbeeldingen var/schermafdrukken

# Measurements against the performance budgets (docs/benchmarks.md), not tests: a database
# of its own per size (seeded when missing, then kept; drop it to seed again after the demo
# generator changed). Default: the size of Amsterdam. Exits 0 when a budget is missed (the
# report says FAIL); BENCH_STRICT=1 makes that exit 1.
BENCH_HOUSEHOLDS ?= 150000
BENCH_DB ?= sociaal_bench_$(BENCH_HOUSEHOLDS)
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements/constraints.txt -e '.[dev,test,bench]'
	@touch $@

bench: $(BENCH_STAMP)
	scripts/test-system-packages
	scripts/test-services
	@PGPASSWORD=sociaal psql -h 127.0.0.1 -U sociaal -d postgres -tAc \
	  "SELECT 1 FROM pg_database WHERE datname = '$(BENCH_DB)'" | grep -q 1 || \
	  PGPASSWORD=sociaal createdb -h 127.0.0.1 -U sociaal $(BENCH_DB)
	$(TEST_ENV) DATABASE_URL=postgres://sociaal:sociaal@127.0.0.1:5432/$(BENCH_DB) $(MANAGE) migrate -v 0
	$(TEST_ENV) BENCH_HOUSEHOLDS=$(BENCH_HOUSEHOLDS) DATABASE_URL=postgres://sociaal:sociaal@127.0.0.1:5432/$(BENCH_DB) $(PY) bench/run.py

lock:
	@py=$$(scripts/find-python) || exit 1; rm -rf /tmp/sociaal-lock; "$$py" -m venv /tmp/sociaal-lock
	/tmp/sociaal-lock/bin/pip install -q --disable-pip-version-check '.[dev,test,bench]'
	@{ echo "# Generated by 'make lock' from pyproject.toml: the exact versions a fresh install uses."; \
	  /tmp/sociaal-lock/bin/pip freeze --exclude-editable | grep -v '^sociaal' ; } > requirements/constraints.txt
	rm -rf /tmp/sociaal-lock build *.egg-info

clean:
	rm -rf $(VENV) var build *.egg-info
