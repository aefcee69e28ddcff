# mailbot: two commands for a new machine — `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
# The lock files (pip-tools, compiled from pyproject.toml by `make lock`): every make target
# installs from them, then mailbot itself without resolving anything again.
LOCK_TEST := requirements-test.txt
LOCK_DEMO := requirements-demo.txt
STAMP      := $(VENV)/.installed-test
DEMO_STAMP := $(VENV)/.installed-demo
# Tests that need no server (Dovecot, PostgreSQL, Chromium, dnsmasq) and are quick.
FAST := not dovecot and not postgres and not browser and not dnsmasq and not slow
LOCK_FLAGS := --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
	--unsafe-package mailbot

.PHONY: demo test test-fast install system-deps lint lock bench clean

# Keep compiled modules between runs (some shells turn this off): every CLI test is a new
# interpreter, and recompiling Flask, SQLAlchemy and mailbot each time costs seconds.
unexport PYTHONDONTWRITEBYTECODE

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(LOCK_TEST) pyproject.toml | $(PY)
	$(PIP) install --quiet -r $(LOCK_TEST)
	$(PIP) install --quiet --no-deps -e .
	touch $(STAMP)

$(DEMO_STAMP): $(LOCK_DEMO) pyproject.toml | $(PY)
	$(PIP) install --quiet -r $(LOCK_DEMO)
	$(PIP) install --quiet --no-deps -e .
	touch $(DEMO_STAMP)

install: $(STAMP)

demo: $(DEMO_STAMP)
	$(VENV)/bin/mailbot demo

# After editing dependencies in pyproject.toml: the newest versions that fit, pinned again
# (the demo set is constrained by the test set, so the two never disagree).
lock: $(STAMP)
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --upgrade --extra test -o $(LOCK_TEST) pyproject.toml
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --upgrade --extra demo -c $(LOCK_TEST) \
	  -o $(LOCK_DEMO) pyproject.toml

# Dovecot (IMAP), dnsmasq (DNS for the DKIM tests) and Chromium come from Debian's packages;
# installed when root and missing.
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || missing="$$missing dovecot-imapd"; \
	  command -v chromium >/dev/null || missing="$$missing chromium chromium-driver"; \
	  command -v dnsmasq >/dev/null || [ -x /usr/sbin/dnsmasq ] || missing="$$missing dnsmasq-base"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing$$missing from Debian's packages"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	  systemctl disable --now dovecot >/dev/null 2>&1 || true; \
	else \
	  echo "not root: skipping system packages (dovecot-imapd, dnsmasq-base, chromium); tests needing them skip, or fail with CI=true"; \
	fi

# The whole suite (what CI runs), after the linters (ruff, mypy: about 20 s).
test: lint system-deps
	$(PY) -m pytest -q

# No server needed; under a minute on two idle cores (one pytest worker per core).
test-fast: $(STAMP)
	$(PY) -m pytest -q -n auto -m "$(FAST)"

lint: $(STAMP)
	$(VENV)/bin/ruff check mailbot tests bench
	$(VENV)/bin/mypy mailbot

bench: $(STAMP)
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache demo-out
