# Everything a fresh Debian machine needs: `make run` and `make test` create the virtual
# environment and install the Debian packages they rely on.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
APT_STAMP := $(VENV)/.apt-installed
ARGS ?=
ADMIN ?= admin

.PHONY: run test reliability bench bundle forms demo clean apt venv lint

venv: $(STAMP)

apt: $(APT_STAMP)

$(APT_STAMP): tools/apt-packages.txt tools/ensure-apt
	@mkdir -p $(VENV)
	sh tools/ensure-apt tools/apt-packages.txt
	@touch $@

$(STAMP): pyproject.toml $(APT_STAMP)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

run: $(STAMP)
	sh tools/with-display $(BIN)/registry-app $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(ARGS)

# The long reliability suite: more kills, rounds and clients than the short one `make test` runs.
reliability: $(STAMP)
	RELIABILITY_LONG=1 $(BIN)/python -m pytest -m reliability $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check registry_app tests bench tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/participants_page.py
	$(BIN)/python bench/register_pages.py
	$(BIN)/python bench/participants_search_postgres.py
	$(BIN)/python bench/attendance_grid.py
	$(BIN)/python bench/sign_in_sheets.py
	$(BIN)/python bench/graduation.py
	$(BIN)/python bench/backup.py
	$(BIN)/python bench/verifier_page.py

forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py

demo: $(STAMP)
	$(BIN)/registry-app --user $(ADMIN) demo --participants 2000

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	sh tools/bundle-check dist/registry-app/registry-app

clean:
	rm -rf $(VENV) build dist .pytest_cache
