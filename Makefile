# Bulk Mailer: set-up and everyday commands. Everything creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test demo bench lint format screenshots i18n clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -m ui.i18n.build
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

# Qt's window-system plugin needs a few system libraries a fresh desktop may lack:
# check them first and print the one apt-get/dnf line to run (packaging/check_qt_libs.py).
run: $(STAMP)
	@$(BIN)/python packaging/check_qt_libs.py
	$(BIN)/bulk-mailer

# Tests draw offscreen: only the offscreen plugin's libraries are needed (no X11 ones).
test: $(TEST_STAMP) i18n
	@$(BIN)/python packaging/check_qt_libs.py --platform offscreen
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 $(BIN)/python -m pytest -n 2 -q

# Korean translation: ui/i18n/bulk_mailer_ko.ts -> .qm (pyside6-lrelease).
i18n: $(STAMP)
	$(BIN)/python -m ui.i18n.build

# Pages and dialogs with example data, in a real window under Xvfb
# (needs: apt-get install -y xvfb, and the X11 libraries the check below names).
screenshots: $(STAMP)
	@$(BIN)/python packaging/check_qt_libs.py --platform xcb
	$(BIN)/python packaging/screenshots.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check mailer ui tests bench packaging
	$(BIN)/ruff format --check mailer ui tests bench packaging
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format mailer ui tests bench
	$(BIN)/ruff check --fix mailer ui tests bench

demo: $(STAMP)
	rm -rf demo-data
	$(BIN)/mailer --data-dir demo-data send examples/recipients.csv templates/newsletter \
		--from "Bulk Mailer Demo <demo@example.com>" --transport outbox \
		--outbox demo-data/outbox --rate 0 --yes
	$(BIN)/mailer --data-dir demo-data campaigns

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache

# --- desktop launcher and packaged app (packaging/README.md) -------------------
PKG_VENV := .venv-package
PKG_STAMP := $(PKG_VENV)/.installed

.PHONY: install-desktop uninstall-desktop package

install-desktop: $(STAMP)
	$(BIN)/python packaging/install_desktop.py install

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py uninstall

# A separate venv, so PyInstaller never lands in the app's .venv.
$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/pip install --quiet -e '.[package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(PKG_VENV)/bin/python -m ui.i18n.build
	rm -rf dist/BulkMailer dist/BulkMailer.app build/pyinstaller
	$(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/bulk_mailer.spec
	dist/BulkMailer/BulkMailer --version
