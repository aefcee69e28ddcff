"""``mailbot demo``: the whole flow on bundled sample mail, with no setup at all.

It starts an IMAP server (pymap, in memory) and an SMTP sink (aiosmtpd) on free
loopback ports, puts the sample messages in the mailbox with their receipt
times, imports the sample accounts, and runs the real poll path. The owner of
a spoofed request then confirms it by replying, and a second poll decides it.
The outcome is printed as a table and every reply is written to a folder.

A second mailbox under the atntcrm preset gets two refund requests and an unreadable
file through the same pipeline (``mailbot process``), and two customers write back: one
disputes a confirmed cancellation, one asks a question. So every tab of the review desk
has cases; the demo ends by saying how to open the desk on this data (its database and
a config for ``mailbot serve`` stay in ``<out>/desk/``, with a demo user).
"""

from __future__ import annotations

import imaplib
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from email import message_from_bytes
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from mailbot.accounts_csv import parse_accounts_csv
from mailbot.app import App
from mailbot.config import parse_config
from mailbot.errors import MailbotError
from mailbot.flow.poll import poll_once
from mailbot.parsing.headers import parse_date
from mailbot.store.accounts import upsert_accounts
from mailbot.store.db import Database, migrate
from mailbot.store.models import CaseRow, DecisionRow, MessageRow, OutboxRow

SUPPORT = "support@crmrunner.example"
PASSWORD = "demo-password"
ATNTCRM_SUPPORT = "support@atntcrm.example"
DESK_USER, DESK_PASSWORD = "demo", "demo-desk-password"
DESK_PORT = 8025


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen[bytes] | None = None, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise MailbotError("the demo IMAP server (pymap) exited at start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise MailbotError(f"the demo IMAP server did not listen on port {port}")


def _start_imap(stack: ExitStack) -> int:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from pymap.main import main; main()", "--host", "127.0.0.1",
         "--port", str(port), "--no-tls", "dict", "--demo-user", SUPPORT,
         "--demo-password", PASSWORD],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()

    stack.callback(stop)
    _wait_port(port, proc)
    return port


class _Sink:
    """Accepts every message, like a real SMTP server would, and counts them."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.append(envelope.content)
        return "250 2.0.0 accepted"


def _start_smtp(stack: ExitStack) -> tuple[int, _Sink]:
    from aiosmtpd.controller import Controller

    sink = _Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    stack.callback(controller.stop)
    return port, sink


def _samples() -> list[tuple[str, bytes]]:
    folder = resources.files("mailbot") / "demo_data" / "messages"
    return sorted((entry.name, entry.read_bytes()) for entry in folder.iterdir()
                  if entry.name.endswith(".eml"))


def _crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _append(port: int, raw: bytes) -> None:
    when = parse_date(message_from_bytes(raw)["Date"])
    assert when is not None, "every bundled sample has a Date"
    conn = imaplib.IMAP4("127.0.0.1", port)
    try:
        conn.login(SUPPORT, PASSWORD)
        conn.append("INBOX", "", imaplib.Time2Internaldate(when), _crlf(raw))
    finally:
        conn.logout()


def _owner_confirms(sink: _Sink, owner: str) -> bytes | None:
    """The registered owner answers the confirmation request: 'Yes, I confirm'."""
    for data in sink.received:
        msg = message_from_bytes(data)
        if owner in str(msg["To"]) and "confirm" in str(msg["Subject"]).lower():
            return (
                f"From: Kate White <{owner}>\r\nTo: {SUPPORT}\r\n"
                f"Subject: Re: {msg['Subject']}\r\nDate: Fri, 06 Mar 2026 07:55:00 -0500\r\n"
                f"Message-ID: <demo-13-confirm@example.com>\r\n"
                f"In-Reply-To: {msg['Message-ID']}\r\nReferences: {msg['Message-ID']}\r\n"
                "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Yes, I confirm. Please cancel it.\r\n\r\nKate\r\n"
            ).encode()
    return None


def _config(db_path: Path, imap_port: int, smtp_port: int, out: Path):
    return parse_config({
        "database": {"url": f"sqlite:///{db_path}"},
        "imap": {"host": "127.0.0.1", "port": imap_port, "security": "none",
                 "username": SUPPORT, "password": PASSWORD, "processed_folder": "Processed"},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                 "from_address": SUPPORT, "from_name": "CRM RUNNER Support", "password_env": ""},
        "policy": {"preset": "crm-runner", "timezone": "America/New_York"},
        "parsing": {"product_names": ["CRM Runner"], "plan_names": ["Starter", "Pro", "Team"]},
        "replies": {"output_dir": str(out)},
        "mailboxes": [_ATNTCRM],
    }, source="<demo>")


# The second mailbox: atntcrm decides refunds case by case, so its requests wait on the desk.
_ATNTCRM = {"name": "atntcrm", "support_address": ATNTCRM_SUPPORT,
            "policy": {"preset": "atntcrm", "notice_days": 30, "timezone": "America/New_York"}}


def _desk_config(folder: Path, db_path: Path) -> Path:
    """A config for `mailbot serve` on the demo's database: no mail servers (replies the
    desk queues wait in the outbox), a fresh secret key, the demo's mailboxes."""
    path = folder / "mailbot.toml"
    path.write_text(
        "# The review desk on the demo's data: mailbot serve --config " + str(path) + "\n"
        f'support_address = "{SUPPORT}"\n\n'
        f'[database]\nurl = "sqlite:///{db_path}"\n\n'
        '[policy]\npreset = "crm-runner"\ntimezone = "America/New_York"\n\n'
        f'[web]\nhost = "127.0.0.1"\nport = {DESK_PORT}\n'
        f'secret_key = "{secrets.token_urlsafe(32)}"\n\n'
        '[[mailboxes]]\nname = "atntcrm"\n'
        f'support_address = "{ATNTCRM_SUPPORT}"\n'
        '[mailboxes.policy]\npreset = "atntcrm"\nnotice_days = 30\n'
        'timezone = "America/New_York"\n')
    return path


def _customer_writes(sink: _Sink, to: str, subject_has: str, body: str, message_id: str,
                     date: str) -> bytes | None:
    """A customer answers one of our replies (found by recipient and subject)."""
    for data in sink.received:
        msg = message_from_bytes(data)
        if to in str(msg["To"]) and subject_has in str(msg["Subject"]).lower():
            return (
                f"From: {to}\r\nTo: {SUPPORT}\r\nSubject: Re: {msg['Subject']}\r\n"
                f"Date: {date}\r\nMessage-ID: {message_id}\r\n"
                f"In-Reply-To: {msg['Message-ID']}\r\nReferences: {msg['Message-ID']}\r\n"
                "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                f"{body}\r\n"
            ).encode()
    return None


def _atntcrm(app: App, names: dict[str, str]) -> None:
    """The second mailbox's accounts and mail, through `mailbot process`'s path."""
    from datetime import datetime

    from mailbot.flow.files import process_files

    folder = resources.files("mailbot") / "demo_data" / "atntcrm"
    accounts = parse_accounts_csv((folder / "accounts.csv").read_bytes(), "demo atntcrm")
    with app.db.session() as session:
        upsert_accounts(session, "atntcrm", accounts, "demo atntcrm accounts")
    files = sorted((e.name, e.read_bytes()) for e in folder.iterdir()
                   if e.name.endswith(".eml"))
    rt = app.runtime("atntcrm")
    dated = [f for f in files if b"\nDate:" in f[1]]
    process_files(app.chain_context(), rt, dated, None)
    process_files(app.chain_context(), rt, [f for f in files if f not in dated],
                  datetime.fromisoformat("2026-03-05T08:00:00-05:00"))
    for name, raw in files:
        mid = message_from_bytes(raw)["Message-ID"]
        if mid:
            names[str(mid)] = f"atntcrm/{name.removesuffix('.eml')}"


def _table(db: Database, names: dict[str, str]) -> Table:
    table = Table(title="mailbot demo: what happened to each message", show_lines=False)
    for column in ("sample", "from", "intent", "outcome", "action", "effective", "refund",
                   "case", "replies"):
        table.add_column(column, overflow="fold")
    with db.session(readonly=True) as session:
        for msg in session.query(MessageRow).order_by(MessageRow.id):
            decision = session.query(DecisionRow).filter_by(message_id=msg.id).first()
            case = session.get(CaseRow, msg.case_id) if msg.case_id else None
            replies = session.query(OutboxRow).filter_by(in_reply_to=msg.id).all()
            refund = (f"{decision.refund_amount:.2f} {decision.refund_currency}"
                      if decision and decision.refund_amount is not None else "")
            flags = f" ({', '.join(msg.flags)})" if msg.flags else ""
            table.add_row(
                names.get(msg.message_id, "-"), msg.sender, msg.intent or "",
                f"{msg.outcome}{flags}",
                decision.action or "" if decision else "",
                decision.effective_on.isoformat() if decision and decision.effective_on else "",
                refund, case.reference if case else "",
                "\n".join(f"{r.kind} -> {r.to_addr}" for r in replies),
            )
    return table


def run_demo(out: Path, *, keep: bool = False) -> int:
    console = Console(width=None if sys.stdout.isatty() else 170)
    out = out.resolve()
    if out.exists():
        shutil.rmtree(out)
    desk = out / "desk"
    desk.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
    with ExitStack() as stack:
        if not keep:
            stack.callback(shutil.rmtree, work, True)
        console.print("[bold]mailbot demo[/bold]: starting an IMAP server (pymap) and an SMTP "
                      "sink (aiosmtpd) on loopback ports")
        imap_port = _start_imap(stack)
        smtp_port, sink = _start_smtp(stack)
        samples = _samples()
        names = {}
        for name, raw in samples:
            _append(imap_port, raw)
            names[str(message_from_bytes(raw)["Message-ID"])] = name.removesuffix(".eml")
        db_path = desk / "mailbot.db"
        app = App(_config(db_path, imap_port, smtp_port, out))
        stack.callback(app.close)
        migrate(app.db.engine)
        accounts = parse_accounts_csv(
            (resources.files("mailbot") / "demo_data" / "accounts.csv").read_bytes(), "demo")
        with app.db.session() as session:
            upsert_accounts(session, "default", accounts, "demo accounts")
        console.print(f"{len(accounts)} accounts imported; {len(samples)} messages in INBOX; "
                      "polling (the real poll path) ...")
        first = poll_once(app, app.runtime())
        later = [
            ("<demo-13-confirm@example.com>", "13-owner-confirms (reply)",
             _owner_confirms(sink, "kate.white@example.com")),
            ("<demo-15-dispute@example.com>", "15-dispute (reply)", _customer_writes(
                sink, "jdoe@example.com", "will end",
                "I dispute this. I gave notice in time and should not pay for the March\r\n"
                "renewal. Please refund it.\r\n\r\nJohn", "<demo-15-dispute@example.com>",
                "Fri, 06 Mar 2026 08:30:00 -0500")),
            ("<demo-16-question@example.com>", "16-question on a closed case (reply)",
             _customer_writes(sink, "hans.mueller@example.de", "",
                              "Danke! Bekomme ich noch eine Rechnung für Februar?\r\n\r\nHans",
                              "<demo-16-question@example.com>",
                              "Fri, 06 Mar 2026 09:10:00 -0500")),
        ]
        later = [(mid, label, raw) for mid, label, raw in later if raw is not None]
        console.print("The owner of account 2290317 confirms; one customer disputes a "
                      "confirmed cancellation, another asks a question; polling again ...")
        for mid, label, raw in later:  # type: ignore[assignment]  # None filtered out above
            _append(imap_port, raw)
            names[mid] = label
        second = poll_once(app, app.runtime())
        _atntcrm(app, names)
        console.print(_table(app.db, names))
        moved = first.moved + second.moved
        console.print(f"{len(sink.received)} replies accepted by the SMTP sink and written to "
                      f"[bold]{out}[/bold]; {moved} cancellation messages moved to 'Processed', "
                      "the rest left unseen in INBOX.")
        from mailbot.web.users import add_user

        add_user(app.db, DESK_USER, "admin", DESK_PASSWORD, now=app.clock())
        config = _desk_config(desk, db_path)
        console.print(_desk_summary(app.db, config))
        if keep:
            console.print(f"Demo mailbox files kept in {work}")
    return 0


def _desk_summary(db: Database, config: Path) -> str:
    """How to open the review desk on the demo's data, and what waits in each tab."""
    from mailbot.store import queue

    with db.session(readonly=True) as session:
        counts = queue.counts(session)
    tabs = ", ".join(f"{tab.replace('_', ' ')} {n}" for tab, n in counts.items())
    return (f"\n[bold]The review desk on this data[/bold] ({tabs}):\n"
            f"  mailbot serve --config {config}\n"
            f"  then open http://127.0.0.1:{DESK_PORT}/ and log in as {DESK_USER} / "
            f"{DESK_PASSWORD}\n"
            "  (no mail servers there: replies the desk queues wait in its outbox)")
