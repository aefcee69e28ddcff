"""One `mailbot run` with 50 mailboxes (one Dovecot user each): mail arriving anywhere is
answered once, mailboxes come and go while it runs, and SIGTERM ends it cleanly."""

from __future__ import annotations

import imaplib
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.harness import mail, run_cli
from tests.servers import DOVECOT, PASSWORD, Dovecot, SmtpSink, require
from tests.test_service_resilience import start, stop, wait_for

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

N = 50
# More IMAP processes than Dovecot's default 100 per service (two workers, the tests' own
# logins); and new mail noticed within a second even when the machine's inotify instances
# (128 per user, shared by every Dovecot running as user mail) are used up.
MANY = """
mailbox_idle_check_interval = 1 secs
default_process_limit = 400
service imap {
  process_limit = 400
}
"""
WHEN = imaplib.Time2Internaldate(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
HEADER = "mailbox,account_number,username,email,plan,status,started_on,price,currency"


def user(i: int) -> str:
    return f"box{i:03d}@many.test"


def name(i: int) -> str:
    return "default" if i == 0 else f"box{i:03d}"


@pytest.fixture(scope="module")
def many_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    require(Path(DOVECOT).exists(), "Dovecot (Debian package dovecot-imapd)")
    server = Dovecot(tmp_path_factory.mktemp("dovecot-many"), extra=MANY).start()
    for i in range(N + 1):
        server.add_user(user(i))
    yield server
    server.stop()


class Many:
    """mailbot with N mailboxes: the default one and half the rest in the config file, the
    other half added with `mailbot mailboxes add --file`."""

    def __init__(self, root: Path, dovecot: Dovecot, sink: SmtpSink, db_url: str):
        self.root, self.dovecot, self.sink, self.db_url = root, dovecot, sink, db_url
        self.config = root / "mailbot.toml"
        self.secret = root / "imap-password"
        self.secret.write_text(PASSWORD + "\n")
        in_file = "".join(f'\n[[mailboxes]]\nname = "{name(i)}"\n{self.tables(i, "mailboxes.")}'
                          for i in range(1, N // 2))
        self.config.write_text(f"""
[database]
url = "{db_url}"
{self.tables(0, "")}
[security]
per_address_limit = 1000
[service]
retry_base_seconds = 0.2
retry_max_seconds = 2
outbox_interval_seconds = 0.5
mailboxes_refresh_seconds = 1
{in_file}""")
        self.accounts: dict[str, list[tuple[str, str]]] = {}  # mailbox -> (number, email)

    def tables(self, i: int, prefix: str) -> str:
        return f"""[{prefix}imap]
host = "127.0.0.1"
port = {self.dovecot.port}
security = "none"
username = "{user(i)}"
password_file = "{self.secret}"
mode = "idle"
poll_interval_seconds = 3600
timeout_seconds = 10
[{prefix}smtp]
host = "127.0.0.1"
port = {self.sink.port}
security = "none"
from_address = "{user(i)}"
"""

    def cli(self, *args: str) -> str:
        code, out, err = run_cli(self.config, *args)
        assert code == 0, err
        return out

    @property
    def config_path(self) -> Path:  # what Harness.cli reads
        return self.config

    def add_from_file(self, numbers: range) -> None:
        path = self.root / f"boxes-{numbers.start}.toml"
        path.write_text("".join(f'[[mailboxes]]\nname = "{name(i)}"\n{self.tables(i, "mailboxes.")}'
                                for i in numbers))
        self.cli("mailboxes", "add", "--file", str(path))

    def import_accounts(self, numbers: range, per_box: int = 4) -> None:
        rows = [HEADER]
        for i in numbers:
            for k in range(per_box):
                number, email = f"{7000000 + 10 * i + k}", f"c{i}x{k}@customer.example"
                rows.append(f"{name(i)},{number},c{i}x{k},{email},monthly,active,2025-11-10,"
                            "19.00,USD")
                self.accounts.setdefault(name(i), []).append((number, email))
        path = self.root / f"accounts-{numbers.start}.csv"
        path.write_text("\n".join(rows) + "\n")
        self.cli("accounts", "import", str(path))

    def setup(self) -> None:
        self.cli("init")
        self.add_from_file(range(N // 2, N))
        self.import_accounts(range(N))

    def append(self, i: int, raw: bytes) -> None:
        conn = imaplib.IMAP4("127.0.0.1", self.dovecot.port)
        try:
            conn.login(user(i), PASSWORD)
            conn.append("INBOX", "", WHEN, raw)
        finally:
            conn.logout()

    def polled(self) -> set[str]:
        """The mailboxes a service has finished a poll of."""
        from mailbot.app import App
        from mailbot.config import load_config
        from mailbot.store.stats import last_polls

        app = App(load_config(str(self.config)))
        try:
            with app.db.session(readonly=True) as session:
                return {p.mailbox for p in last_polls(session)}
        finally:
            app.close()

    def replies(self) -> Counter[str]:
        return Counter(str(message_from_bytes(d.data)["In-Reply-To"])
                       for d in self.sink.deliveries)

    def arrivals(self, count: int, seed: int, boxes: list[int]) -> tuple[set[str], set[str]]:
        """Mail arriving in random mailboxes from a thread, two thirds of it cancellations
        (each for an account of its own); returns (cancellations, other) Message-IDs."""
        rng = random.Random(seed)
        unused = {name(i): list(self.accounts[name(i)]) for i in boxes}
        cancels: set[str] = set()
        others: set[str] = set()
        plan = []
        for k in range(count):
            i = rng.choice([b for b in boxes if unused[name(b)]] or boxes)
            mid = f"<arr-{seed}-{k}@client.example>"
            if k % 3 and unused[name(i)]:
                number, email = unused[name(i)].pop()
                plan.append((i, mail(email, f"Please cancel my account {number}.",
                                     message_id=mid)))
                cancels.add(mid)
            else:
                plan.append((i, mail(f"other{k}@customer.example", "Can I get the invoice?",
                                     subject="Invoice", message_id=mid)))
                others.add(mid)

        def deliver() -> None:
            for i, raw in plan:
                self.append(i, raw)
                threading.Event().wait(rng.uniform(0.0, 0.05))

        thread = threading.Thread(target=deliver)
        thread.start()
        self.arrival_thread = thread
        return cancels, others


@pytest.fixture
def many(tmp_path: Path, many_dovecot: Dovecot, smtp_sink: SmtpSink) -> Many:
    return Many(tmp_path, many_dovecot, smtp_sink, f"sqlite:///{tmp_path / 'mailbot.db'}")


def threads_of(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("Threads")))


def test_fifty_mailboxes_on_one_worker(many: Many):
    """50 mailboxes (half in the file, half in the database) on one worker in IDLE mode, a
    handful of threads: 90 messages arriving in random mailboxes get every cancellation
    answered once and nothing else answered; a mailbox added while it runs is polled, a
    removed one let go; SIGTERM stops it at once."""
    many.setup()
    started = datetime.now(UTC)
    proc = start(many)  # type: ignore[arg-type]
    try:
        assert wait_for(lambda: len(many.polled()) == N, timeout=60), "every mailbox polled"
        assert threads_of(proc.pid) <= 20, "no thread per mailbox"
        cancels, others = many.arrivals(90, seed=1, boxes=list(range(N)))
        many.arrival_thread.join()
        assert wait_for(lambda: set(many.replies()) >= cancels, timeout=60)

        many.add_from_file(range(N, N + 1))  # a mailbox added while it runs
        many.import_accounts(range(N, N + 1), per_box=1)
        number, email = many.accounts[name(N)][0]
        many.append(N, mail(email, f"Cancel account {number}.", message_id="<added@x>"))
        assert wait_for(lambda: "<added@x>" in many.replies(), timeout=30)

        many.cli("mailboxes", "remove", name(N - 1))
        log = Path(proc.log_path)  # type: ignore[attr-defined]
        assert wait_for(lambda: f"mailbox {name(N - 1)}: no longer polled here"
                        in log.read_text(), timeout=15)
    finally:
        code, err = stop(proc)
    assert code == 0, err[-2000:]
    assert "mailbot stopped" in err and "Traceback" not in err
    replies = many.replies()
    assert set(replies) == cancels | {"<added@x>"}, "every cancellation, nothing else"
    assert set(replies.values()) == {1}, "each answered once"
    records = Counter(r["message_id"] for r in map(_json, many.cli(
        "export", "--format", "jsonl").splitlines()))
    assert set(records) >= cancels | others and set(records.values()) == {1}
    assert polled_after(many, started) >= N


def polled_after(many: Many, moment: datetime) -> int:
    from mailbot.app import App
    from mailbot.config import load_config
    from mailbot.store.stats import last_polls

    app = App(load_config(str(many.config)))
    try:
        with app.db.session(readonly=True) as session:
            return sum(1 for p in last_polls(session) if p.at and p.at > moment)
    finally:
        app.close()


def _json(line: str) -> dict:
    import json

    return json.loads(line)


def test_stop_while_busy_is_quick(many: Many):
    """SIGTERM while 50 mailboxes are logging in and polling: exit 0 within seconds."""
    many.setup()
    proc = start(many)  # type: ignore[arg-type]
    try:
        assert wait_for(lambda: len(many.polled()) >= 5, timeout=60)
    finally:
        began = time.monotonic()
        code, err = stop(proc)
        seconds = time.monotonic() - began
    assert code == 0, err[-2000:]
    assert "Traceback" not in err and "mailbot stopped" in err
    assert seconds < 10, seconds
