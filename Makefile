# Two commands for a newcomer: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test test-browser lint bench translations dist dist-windows venv clean

venv: $(STAMP)

# Reinstall only when the project's dependencies change; a second run is quick.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/costar --sample

# The phone page in a headless Chromium against the real room server on 127.0.0.1
# (tests/room/test_browser.py; `make test` leaves it out). Needs Debian's chromium package.
test-browser: $(STAMP)
	$(BIN)/python -m pytest -m browser tests/room $(PYTEST_ARGS)

# The tools' rules first (a few seconds), then the whole suite.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The rules the tools hold (configured in pyproject.toml): ruff's checks and formatter, the
# import contracts between the layers, and mypy (strict for core, storage, report and
# output; mypy's defaults for ui). `make test` runs it first.
lint: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/lint-imports
	$(BIN)/mypy

# Speed and size figures (see docs/performance.md). BENCH=name runs only matching benchmarks.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py $(BENCH)

# Collect every user-visible string into resources/translations/*.ts (costar.ts is the
# template for new languages) and compile the translations that the app loads.
TS_SOURCES = $(shell find costar_desktop/ui -name '*.py' | sort)
translations: $(STAMP)
	$(BIN)/python tools/gen_core_strings.py
	$(BIN)/pyside6-lupdate -no-obsolete -locations relative $(TS_SOURCES) \
		-ts resources/translations/costar.ts resources/translations/costar_de.ts
	$(BIN)/pyside6-lrelease -removeidentical resources/translations/costar_de.ts \
		-qm resources/translations/costar_de.qm

# Installers for this machine's system into dist/ (see docs/packaging.md). Adds the build
# tools (PyInstaller, Pillow) to .venv the first time.
$(DIST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/python packaging/build.py

# The Windows app and installer, built and tested on this Linux machine under Wine
# (docs/packaging.md, "The Windows build on Linux"). Installs the Debian packages it needs
# when run as root; downloads only from PyPI and the npm registry, pinned.
dist-windows: $(DIST_STAMP)
	sh packaging/windows/host_packages.sh
	$(BIN)/python packaging/windows/wine.py all

clean:
	rm -rf $(VENV) build dist .pytest_cache
