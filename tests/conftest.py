"""Fixtures: real Dovecot, aiosmtpd and PostgreSQL peers, and a configured mailbot around them."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import servers
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

# Fixtures here that start a server, and the marker every test using them (directly or
# through another fixture) gets: `-m "not dovecot"` and `make test-fast` then leave it out.
SERVER_FIXTURES = {"dovecot": "dovecot", "pg_url": "postgres",
                   "dns_server": "dnsmasq"}  # (test_dkim's)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture, marker in SERVER_FIXTURES.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    servers.current_test = item  # require() checks the test that starts a server is marked


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes() -> Iterator[None]:
    """argon2's cheapest parameters (its own profile for tests) in this process: with the
    production ones a desk password costs ~0.4 s to hash, and the desk tests log in often."""
    from argon2 import PasswordHasher, profiles

    from mailbot.web import users

    saved = users._hasher, users._DUMMY
    users._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
    users._DUMMY = users._hasher.hash("unknown user")
    yield
    users._hasher, users._DUMMY = saved


@pytest.fixture(autouse=True, scope="session")
def _templates_compiled_once() -> Iterator[None]:
    """The review desk's templates compiled once for the session, not once per app: every
    desk test builds its own Flask app, and compiling Jinja was most of their time."""
    import flask
    import jinja2

    class MemoryBytecodeCache(jinja2.BytecodeCache):
        def __init__(self) -> None:
            self.store: dict[str, bytes] = {}

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            if bucket.key in self.store:  # the bucket checks the source did not change
                bucket.bytecode_from_string(self.store[bucket.key])

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            self.store[bucket.key] = bucket.bytecode_to_string()

    saved = flask.Flask.jinja_options
    flask.Flask.jinja_options = {**saved, "bytecode_cache": MemoryBytecodeCache()}
    yield
    flask.Flask.jinja_options = saved


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
