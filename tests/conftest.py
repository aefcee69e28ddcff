"""Fixtures: real Dovecot, aiosmtpd and PostgreSQL peers, and a configured mailbot around them."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import Harness
from tests.servers import (
    DOVECOT,
    Dovecot,
    SmtpSink,
    create_pg_database,
    drop_pg_database,
    postgres_available,
    require,
)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    require(Path(DOVECOT).exists(), "Dovecot (Debian package dovecot-imapd; make test installs it)")
    root = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))
    server = Dovecot(root).start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp_sink(smtp_server: SmtpSink) -> Iterator[SmtpSink]:
    smtp_server.reset()
    yield smtp_server
    smtp_server.reset()


@pytest.fixture(scope="session")
def _pg_available() -> bool:
    return postgres_available()


@pytest.fixture
def pg_url(_pg_available: bool) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test."""
    require(_pg_available, "PostgreSQL on 127.0.0.1:5432")
    url = create_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'mailbot.db'}"


@pytest.fixture
def harness(tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, sqlite_url: str
            ) -> Iterator[Harness]:
    """mailbot configured against a fresh Dovecot user, the SMTP sink and SQLite."""
    user, password = dovecot.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
    h = Harness(tmp_path, dovecot, smtp_sink, sqlite_url, user, password)
    yield h
    h.close()
