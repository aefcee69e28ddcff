# mailbot: two commands for a new machine — `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed

.PHONY: demo test install system-deps lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/mailbot demo

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

test: $(STAMP) system-deps
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check mailbot tests bench

bench: $(STAMP)
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache demo-out
