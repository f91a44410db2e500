# NTM Portal. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/ntm_portal
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help gettext browser run test test-postgres lint format check messages compile-messages demo bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

gettext: ## Make sure GNU gettext (msgfmt) is installed
	@command -v msgfmt >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq gettext >/dev/null; \
	  else echo "GNU gettext is missing: install it (apt-get install gettext)." >&2; exit 1; fi; }

CHROMIUM ?= /usr/bin/chromium

browser: $(VENV)/.dev node_modules/.package-lock.json ## Make sure Debian's Chromium, axe-core and vnu-jar (npm) are there for the tests
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing at $(CHROMIUM): install it (apt-get install chromium)." >&2; exit 1; fi; }

# axe-core for the accessibility tests and vnu-jar (the Nu Html Checker, run with Java) for HTML validity,
# pinned in package-lock.json; node_modules/ is not committed.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq npm >/dev/null; \
	  else echo "npm is missing: install Node.js and npm (apt-get install npm)." >&2; exit 1; fi; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

compile-messages: gettext $(VENV)/.runtime ## Compile the translation catalogues (.po -> .mo)
	@$(MANAGE) compilemessages --ignore '$(VENV)' --verbosity 0

messages: gettext $(VENV)/.dev ## Re-extract project strings into locale/vi after changing templates or code
	$(MANAGE) makemessages --locale vi --ignore '$(VENV)' --ignore tests --ignore bench --no-obsolete
	$(MANAGE) makemessages --locale vi --domain djangojs --ignore '$(VENV)' --ignore static --no-obsolete

run: $(VENV)/.runtime compile-messages ## Install, migrate, load the demo content and serve on http://$(HOST):$(PORT)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --site-url http://$(HOST):$(PORT)
	HOST=$(HOST) PORT=$(PORT) $(MANAGE) ensure_admin
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)} $(MANAGE) runserver $(HOST):$(PORT)

demo: $(VENV)/.runtime ## Load (or refresh) the demo content only
	$(MANAGE) load_demo

lint: $(VENV)/.dev ## ruff lint and format check, and the import contracts of pyproject.toml
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(VENV)/.dev ## Format and autofix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: $(VENV)/.dev compile-messages ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run --noinput

# pytest-xdist: one process per core (PYTEST_WORKERS=0 runs in this process, e.g. to debug). Tests are
# grouped so each worker keeps the order Django needs and a module's demo is loaded once (tests/conftest.py).
PYTEST_WORKERS ?= 2
PARALLEL := -n $(PYTEST_WORKERS) --dist loadgroup
# The slowest tests are listed at the end of each run: where CI time goes.
PARALLEL += --durations=15

test: lint check browser ## ruff, checks, then the whole pytest suite on SQLite (browser tests included)
	env -u DATABASE_URL $(BIN)/pytest $(PARALLEL) $(PYTEST_ARGS)

# The browser flows drive the same pages on either database: on PostgreSQL only the one whose
# point is the database (a save racing an autosave), to keep CI well inside its time limit.
POSTGRES_SKIPS := $(addprefix --ignore=tests/browser/,test_admin_dates.py test_admin_english.py test_admin_slugs.py \
	test_alt_text_check.py test_daily_tasks.py test_editor_flows.py test_phone_and_accessibility.py \
	test_visitor_flows.py test_word_paste.py test_xss_inert.py)

test-postgres: $(VENV)/.dev compile-messages browser ## The suite on PostgreSQL (DATABASE_URL, default $(PG_URL))
	@DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(BIN)/python -c "import os, sys, psycopg; url = os.environ['DATABASE_URL'].rsplit('/', 1)[0] + '/postgres'; \
	  psycopg.connect(url, connect_timeout=5).close()" \
	  || { echo "PostgreSQL is not reachable at $${DATABASE_URL:-$(PG_URL)}: start it, or set DATABASE_URL." >&2; exit 1; }
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(BIN)/pytest $(PARALLEL) $(POSTGRES_SKIPS) $(PYTEST_ARGS)

bench: $(VENV)/.dev compile-messages ## Run the benchmarks in bench/ and print their tables
	@for script in bench/bench_*.py; do DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python $$script || exit 1; done

clean: ## Remove the virtualenv, the SQLite database and build output
	rm -rf $(VENV) db.sqlite3 static test-results .pytest_cache .ruff_cache node_modules
	find . -name '*.mo' -not -path './$(VENV)/*' -delete
