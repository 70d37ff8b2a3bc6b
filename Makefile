# fdh-desktop: one command to set up and run, one to set up and test.
#   make run    set everything up, start the program on the district database in your data folder
#   make test   set everything up, run the whole test suite headless
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Debian packages the tests and screenshots need: CJK fonts, LibreOffice (real .xls/.ods files),
# poppler (pdftoppm/pdffonts/pdftotext), Xvfb, and the libraries Qt's wheels load.
DEB_PACKAGES := fonts-noto-cjk libreoffice-calc libreoffice-writer-nogui poppler-utils xvfb libegl1 libgl1 libxkbcommon0 \
	libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libnss3 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-image0 libxcb-render-util0 binutils

.PHONY: setup system-deps run test test-fast forms check-forms translations bench dist screenshots clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# Installs missing Debian packages when run as root on a Debian-like system; otherwise says what
# is missing and goes on (the tests that need them say so).
system-deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "missing Debian packages (install them as root):$$missing"; fi

run: setup
	$(VENV)/bin/fdh-desktop

test: system-deps setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow" -x

# Designer forms → generated Python (never edited by hand).
forms: setup
	$(PY) -m fdh_desktop.gui.build_forms

check-forms: setup
	$(PY) -m fdh_desktop.gui.build_forms --check

# Every UI string (tr(), QCoreApplication.translate, QT_TRANSLATE_NOOP, the .ui forms) into the
# catalogue a translator opens in Qt Linguist; tests/test_translations.py fails on a bare string.
translations: setup
	$(VENV)/bin/pyside6-lupdate $$(find fdh_desktop/gui -name '*.py' -not -path '*/forms/*' | sort) ui/*.ui \
		-no-obsolete -ts resources/translations/fdh_desktop.ts

bench: setup
	$(PY) -m benchmarks

# The folder to copy to the clerks' PCs (dist/fdh-desktop/), then its own self-test.
dist: system-deps setup
	$(PY) -m pip install -q -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/fdh-desktop/fdh-desktop --self-test
	@du -sh dist/fdh-desktop

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m fdh_desktop.gui.screenshots docs/images

clean:
	rm -rf build dist .pytest_cache
