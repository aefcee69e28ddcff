"""Real peers for the tests: Dovecot (IMAP), aiosmtpd (SMTP sink) and a PostgreSQL database.

Each starts on a free loopback port from a config of its own under a temp dir.
A missing server fails loudly when CI=true and skips with a reason elsewhere.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "test-password"
PG_ADMIN_URL = os.environ.get("MAILBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


# The marker a test that starts each server must carry (so `make test-fast` and `-m` leave
# it out), found by the start of ``what`` as require() is told it.
MARKERS = {"Dovecot": "dovecot", "PostgreSQL": "postgres", "Chromium": "browser",
           "the playwright": "browser", "dnsmasq": "dnsmasq"}
current_test: pytest.Item | None = None  # set by tests/conftest.py before each test's setup


def require(available: bool, what: str) -> None:
    """Skip (developer machine) or fail (CI) when a server the test needs is missing; fail
    when the test that starts it does not carry the server's marker."""
    marker = next((m for start, m in MARKERS.items() if what.startswith(start)), None)
    if marker and current_test is not None and current_test.get_closest_marker(marker) is None:
        pytest.fail(f"{current_test.nodeid} needs {what} but is not marked "
                    f"'{marker}' (add pytestmark = pytest.mark.{marker} to its module)",
                    pytrace=False)
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required in CI but is not available", pytrace=False)
    pytest.skip(f"{what} is not available on this machine")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = mailbot-test-{port}
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u/Maildir
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_max_userip_connections = 200
namespace inbox {{
  inbox = yes
  separator = {separator}
  prefix = {prefix}
}}
{extra}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  process_min_avail = 1
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
"""


class Dovecot:
    """A Dovecot instance of the tests' own, with users added on demand."""

    def __init__(self, root: Path, *, separator: str = "/", prefix: str = "",
                 capabilities: str | None = None, extra: str = ""):
        """A server shape: `separator` and `prefix` of the personal namespace (Courier/Cyrus
        use "." and "INBOX."), `capabilities` to advertise instead of Dovecot's own (e.g.
        without MOVE or IDLE), `extra` settings appended to the config."""
        self.root = root
        self.separator, self.prefix = separator, prefix
        self.extra = extra
        if capabilities is not None:
            self.extra += f"\nimap_capability = {capabilities}\n"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        mail = pwd.getpwnam("mail")
        self.uid, self.gid = mail.pw_uid, mail.pw_gid
        self.users: dict[str, str] = {}

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    def start(self) -> Dovecot:
        # Dovecot's auth process runs as user dovecot: it must be able to reach the files.
        self.root.mkdir(parents=True, exist_ok=True)
        for folder in (self.root, *self.root.parents):
            if folder == Path("/tmp") or folder == Path("/"):
                break
            folder.chmod(folder.stat().st_mode | 0o755)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chown(self.root / "mail", self.uid, self.gid)
        self.conf.write_text(DOVECOT_CONF.format(root=self.root, port=self.port, uid=self.uid,
                                                 gid=self.gid, password=PASSWORD,
                                                 separator=self.separator, prefix=self.prefix,
                                                 extra=self.extra))
        self.proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: stop() ends every child too
        )
        try:
            wait_port(self.port)
        except RuntimeError:
            log = (self.root / "dovecot.log").read_text(errors="replace")[-2000:]
            self.stop()
            raise RuntimeError(f"Dovecot did not start: {log}") from None
        return self

    def stop(self) -> None:
        """Stop the server and every process it started (logged-in IMAP sessions included)."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        time.sleep(0.2)
        self.start()

    def add_user(self, name: str | None = None) -> tuple[str, str]:
        """A fresh mailbox: every user logs in with the one test password (static passdb)."""
        name = name or f"u{uuid.uuid4().hex[:10]}@example.test"
        self.users[name] = PASSWORD
        return name, PASSWORD

    def client(self, user: str) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port)
        conn.login(user, self.users[user])
        return conn

    def append(self, user: str, raw: bytes, *, folder: str = "INBOX",
               when: datetime | None = None, flags: str = "") -> None:
        date = imaplib.Time2Internaldate(when) if when else None
        for attempt in range(3):
            conn = self.client(user)
            try:
                conn.create(f'"{folder}"')
                typ, data = conn.append(f'"{folder}"', flags, date, raw)
            finally:
                conn.logout()
            # A loaded machine can make Dovecot's index lock time out ([SERVERBUG]); a real
            # client retries such an APPEND, and so do the tests.
            if typ == "OK" or b"SERVERBUG" not in b" ".join(d for d in data if d) or attempt == 2:
                break
            time.sleep(0.5)
        assert typ == "OK", data

    def drop(self, user: str, messages, when: datetime) -> int:
        """Write messages straight into the user's Maildir INBOX (for very large folders:
        one APPEND at a time costs Dovecot a directory scan each). Dovecot indexes them on
        the next login; `when` becomes their INTERNALDATE. Returns how many were written."""
        maildir = self.root / "mail" / user / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        stamp = when.timestamp()
        count = 0
        for count, raw in enumerate(messages, 1):
            path = maildir / "cur" / f"{int(stamp)}.M{count}P{os.getpid()}.bench:2,"
            path.write_bytes(raw.replace(b"\r\n", b"\n"))
            os.utime(path, (stamp, stamp))
        for folder, _dirs, files in os.walk(self.root / "mail" / user):
            os.chown(folder, self.uid, self.gid)
            for name in files:
                os.chown(os.path.join(folder, name), self.uid, self.gid)
        return count

    def messages(self, user: str, folder: str = "INBOX") -> list[tuple[int, set[str], bytes]]:
        """(uid, flags, raw) of every message in a folder, read without changing flags."""
        conn = self.client(user)
        try:
            typ, _ = conn.select(f'"{folder}"', readonly=True)
            if typ != "OK":
                return []
            typ, data = conn.uid("FETCH", "1:*", "(UID FLAGS BODY.PEEK[])")
            out = []
            for item in data:
                if isinstance(item, tuple):
                    meta = item[0].decode()
                    uid = int(re.search(r"UID (\d+)", meta).group(1))
                    flags = set(re.search(r"FLAGS \(([^)]*)\)", meta).group(1).split())
                    out.append((uid, flags, item[1]))
            return out
        finally:
            conn.logout()


@dataclass
class Delivery:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    at: float = field(default_factory=time.time)  # when the server accepted it

    @property
    def message(self):  # email.message.Message
        return message_from_bytes(self.data)

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class SmtpSink:
    """An aiosmtpd server that keeps what it accepts; can be told to answer 451."""

    port: int = field(default_factory=free_port)
    deliveries: list[Delivery] = field(default_factory=list)
    fail_with: str | None = None  # e.g. "451 4.3.0 Try again later"
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                if sink.fail_with:
                    return sink.fail_with
                with sink.lock:
                    sink.deliveries.append(
                        Delivery(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
                    )
                return "250 2.0.0 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def to(self, address: str) -> list[Delivery]:
        with self.lock:
            return [d for d in self.deliveries if address in d.rcpt_tos]

    def reset(self) -> None:
        with self.lock:
            self.deliveries.clear()
        self.fail_with = None


def postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return True
    except Exception:  # any failure means "not available"
        return False


def create_pg_database() -> str:
    """A fresh, empty database; returns its SQLAlchemy URL."""
    import psycopg

    name = f"mailbot_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{base}/{name}"


def drop_pg_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_udp_dns(port: int, name: str, timeout: float = 10.0) -> None:
    """Wait until a DNS server on 127.0.0.1:port answers a TXT query for name."""
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.nameserver_ports = {"127.0.0.1": port}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            resolver.resolve(name, "TXT", lifetime=0.5)
            return
        except Exception:  # not up yet
            time.sleep(0.1)
    raise RuntimeError(f"no DNS server answers on 127.0.0.1:{port} after {timeout}s")
