# Two commands for a newcomer: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Debian packages the suite needs: Qt's offscreen platform libraries, and
# the network lab's tools (namespaces, sshd, an iSCSI target and initiator).
SYSTEM_PACKAGES := python3-venv binutils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 \
	fonts-dejavu-core iproute2 iputils-ping openssh-server tgt libiscsi-bin
# Node for the Xen Orchestra client test; a machine whose node comes from elsewhere keeps it.
NODE_PACKAGES := nodejs npm
XO_CLIENT := build/xo-client
# What Qt's X11/Wayland window needs on top (make demo on a desktop).
GUI_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 \
	libxkbcommon-x11-0 libxcb-render-util0 libxcb-image0 libwayland-client0

.PHONY: demo test lint typecheck system-packages gui-packages clean icons bundle bundle-test bench \
	translations translations-compile node-packages xo-client

# Translations: .ts sources in translations/ (kept by pyside6-lupdate), .qm compiled
# into the package at build time. The simulator plays XenServer, which speaks English.
LANGS := de ja
TS_FILES := $(foreach l,$(LANGS),translations/xenpool-wizard_$(l).ts)
QM_FILES := $(foreach l,$(LANGS),wizard/qm/xenpool-wizard_$(l).qm)
TR_SOURCES = $(shell find wizard -name '*.py' -not -path 'wizard/simulator/*' | sort)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "python3 -m venv failed: install python3-venv (make system-packages as root)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: gui-packages $(STAMP) $(QM_FILES)
	$(VENV)/bin/xenpool-wizard --demo

# Re-extract every tr()/translate() string into the .ts files (translations are kept).
translations: $(STAMP)
	for l in $(LANGS); do \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
			-target-language $$l $(TR_SOURCES) -ts translations/xenpool-wizard_$$l.ts || exit 1; \
	done

translations-compile: $(QM_FILES)

wizard/qm/xenpool-wizard_%.qm: translations/xenpool-wizard_%.ts $(STAMP)
	@mkdir -p wizard/qm
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

gui-packages:
	@$(MAKE) --no-print-directory system-packages SYSTEM_PACKAGES="$(SYSTEM_PACKAGES) $(GUI_PACKAGES)"

system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "not root: cannot install $$missing (lab tests will skip)"; \
		fi; \
	fi

node-packages:
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing: $(NODE_PACKAGES)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(NODE_PACKAGES) >/dev/null; \
		else \
			echo "not root: cannot install $(NODE_PACKAGES) (the Xen Orchestra client test will skip)"; \
		fi; \
	fi

# Xen Orchestra's XAPI client (npm xen-api), pinned by tests/xo/package.json.
xo-client: node-packages
	@if command -v npm >/dev/null 2>&1; then \
		mkdir -p $(XO_CLIENT) && cp tests/xo/package.json $(XO_CLIENT)/package.json && \
		cd $(XO_CLIENT) && npm install --no-audit --no-fund --loglevel=error; \
	fi

test: system-packages xo-client $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(VENV)/bin/ruff check wizard tests ansible_collections
	$(VENV)/bin/mypy
	$(MAKE) bundle-test

lint: $(STAMP)
	$(VENV)/bin/ruff check wizard tests ansible_collections

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Application icons rendered from the one SVG source.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py build/icons

# A one-folder desktop bundle (PyInstaller) in dist/xenpool-wizard/.
bundle: $(STAMP) $(QM_FILES) icons
	$(PY) -m pip install --quiet 'pyinstaller>=6.0'
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/xenpool-wizard.spec

# Smoke test of the bundle: it starts and serves a simulated lab headless.
bundle-test: bundle
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/xenpool-wizard/xenpool-wizard

# Benchmarks (each prints one JSON line); results are kept in bench/RESULTS.md.
bench: $(STAMP)
	@for b in orchestration calls distance discovery ui; do QT_QPA_PLATFORM=offscreen $(PY) bench/$$b.py || exit 1; done

# The network lab of tests/lab by hand (root): 3 host namespaces with sshd, a SAN with tgtd.
.PHONY: lab-up lab-down
lab-up: system-packages $(STAMP)
	$(PY) -m tests.lab.netlab up

lab-down: $(STAMP)
	$(PY) -m tests.lab.netlab down

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
