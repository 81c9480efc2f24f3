# BorderDesk: every target bootstraps .venv on first use and reuses it afterwards.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bundle install-desktop clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m desktop

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench tools docs
	$(BIN)/ruff format --check desktop tests bench tools docs
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: the suite is missing" >&2; exit 1; fi; \
	  exit $$rc

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm build.spec

# The Linux menu entry and icon for the bundle (or, without one, for `make run`'s venv).
DESKTOP_DIR ?= $(HOME)/.local/share/applications
ICON_DIR ?= $(HOME)/.local/share/icons/hicolor/256x256/apps
install-desktop:
	@mkdir -p $(DESKTOP_DIR) $(ICON_DIR)
	install -m 644 resources/icons/borderdesk.png $(ICON_DIR)/borderdesk.png
	@if [ -x dist/borderdesk/borderdesk ]; then exe="$(CURDIR)/dist/borderdesk/borderdesk"; \
	  else exe="$(CURDIR)/$(BIN)/python -m desktop"; fi; \
	  sed "s|@EXEC@|$$exe|" resources/borderdesk.desktop > $(DESKTOP_DIR)/borderdesk.desktop
	@echo "installed $(DESKTOP_DIR)/borderdesk.desktop and its icon"

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
