"""Backlog throughput: mailbot's `poll --once` against the raw I/O floor, in the same run.

Two identical Dovecot mailboxes get the same backlog (half cancellations). The
floor does only the I/O on one: imap-tools fetch of everything, one aiosmtplib
reply per cancellation over one connection, and a move of the cancellations —
no parsing, no decisions, no database. mailbot then runs `poll --once` on the
other. Prints both times, floor/mailbot (goal >= 0.85) and mailbot's peak RSS, with the
machine's load (`uptime`) before and after: other load shows in every figure.

    .venv/bin/python bench/throughput.py [--messages 5000] [--db sqlite|postgres] [--workers N]
                                         [--repeat N]

With --workers N, mailbot runs as N `mailbot run` processes (the service) instead of one
`poll --once`: they start on an empty INBOX, then the whole backlog lands there at once
(one server-side MOVE), timed until every reply reached the SMTP server and every
cancellation is in the processed folder.

BENCH_PROFILE="cmd args --" runs `poll --once` under a profiler or timer, e.g.
BENCH_PROFILE="/usr/bin/time -f %U+%S --" for its CPU seconds, which other load barely moves.
"""

from __future__ import annotations

import argparse
import asyncio
import imaplib
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
from imap_tools import MailBoxUnencrypted

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from procs import children, peak_rss_kb  # noqa: E402

from tests.servers import (  # noqa: E402
    Dovecot,
    SmtpSink,
    create_pg_database,
    drop_pg_database,
)

FIRST = ["John", "Maria", "Hans", "Pierre", "Joao", "Kate", "Lin", "Sam", "Priya", "Tom"]
REASONS = ["We are switching to HubSpot.", "It is too expensive for our team.",
           "We closed the business.", "We never really used it.", "Support never answered."]
QUESTIONS = ["Could you resend the invoice for February?", "How do I add a new user?",
             "Is there an API for exporting contacts?", "Our password reset email never came.",
             "Can we upgrade to the yearly plan?"]


def backlog(n: int) -> tuple[str, list[bytes], set[str]]:
    """Accounts CSV, the messages, and the Message-IDs of the cancellations."""
    rng = random.Random(7)
    rows = ["account_number,username,email,plan,status,started_on,price,currency"]
    messages, cancels = [], set()
    start = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    for i in range(n):
        name = rng.choice(FIRST)
        msg = EmailMessage()
        msg["Date"] = (start + timedelta(seconds=i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        msg["Message-ID"] = f"<bench-{i}@client.example>"
        msg["To"] = "support@crmrunner.example"
        if i % 2 == 0:
            number = 4000000 + i
            email = f"user{i}@customer.example"
            rows.append(f"{number},user{i},{email},monthly,active,2025-{1 + i % 12:02d}-"
                        f"{1 + i % 28:02d},19.00,USD")
            msg["From"] = f"{name} <{email}>"
            msg["Subject"] = "Cancel my subscription"
            msg.set_content(f"Hi,\n\nplease cancel my account {number}.\n{rng.choice(REASONS)}\n\n"
                            f"Thanks,\n{name}\n")
            cancels.add(msg["Message-ID"])
        else:
            msg["From"] = f"{name} <other{i}@customer.example>"
            msg["Subject"] = "Question"
            msg.set_content(f"Hello,\n\n{rng.choice(QUESTIONS)}\n\nBest,\n{name}\n")
        messages.append(msg.as_bytes().replace(b"\n", b"\r\n"))
    return "\n".join(rows) + "\n", messages, cancels


def load(dovecot: Dovecot, user: str, messages: list[bytes], folder: str = "INBOX") -> None:
    conn = imaplib.IMAP4("127.0.0.1", dovecot.port)
    conn.login(user, dovecot.users[user])
    conn.create(folder)
    when = imaplib.Time2Internaldate(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
    for raw in messages:
        conn.append(folder, "", when, raw)
    conn.logout()


def land(dovecot: Dovecot, user: str, folder: str = "Backlog") -> None:
    """The whole backlog arrives in INBOX at once (one server-side MOVE)."""
    conn = imaplib.IMAP4("127.0.0.1", dovecot.port)
    conn.login(user, dovecot.users[user])
    conn.select(folder)
    typ, data = conn.uid("MOVE", "1:*", "INBOX")
    assert typ == "OK", data
    conn.logout()


def floor(dovecot: Dovecot, user: str, sink: SmtpSink, cancels: set[str]) -> float:
    """Only the I/O: fetch all, one reply per cancellation on one connection, move them."""
    started = time.perf_counter()
    with MailBoxUnencrypted("127.0.0.1", dovecot.port).login(user, dovecot.users[user]) as box:
        box.client.capabilities = tuple(box.client.capability()[1][-1].decode().upper().split())
        box.folder.create("Processed/Cancellations") if not box.folder.exists(
            "Processed/Cancellations") else None
        to_move, replies = [], []
        for msg in box.fetch(mark_seen=False, bulk=500):
            if msg.obj["Message-ID"] in cancels:
                to_move.append(msg.uid)
                reply = EmailMessage()
                reply["From"], reply["To"] = "support@crmrunner.example", msg.from_
                reply["Subject"], reply["In-Reply-To"] = "Re: " + msg.subject, msg.obj["Message-ID"]
                reply.set_content("Your cancellation is confirmed.")
                replies.append(reply)

        async def send_all() -> None:
            async with aiosmtplib.SMTP(hostname="127.0.0.1", port=sink.port) as smtp:
                for reply in replies:
                    await smtp.send_message(reply)

        asyncio.run(send_all())
        box.move(to_move, "Processed/Cancellations", chunks=500)
    return time.perf_counter() - started


# `mailbot` itself, reporting its own peak resident memory when it exits. VmHWM, not
# ru_maxrss: on Linux ru_maxrss survives execve, so a child would report the forking
# parent's peak (this benchmark, holding the whole backlog) instead of its own.
MEASURED = (
    "import re, sys\n"
    "from mailbot.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "sys.stderr.write('MAXRSS ' + re.search(r'VmHWM:\\s+(\\d+)', status).group(1) + '\\n')\n"
    "sys.exit(code)\n"
)


def run_mailbot(work: Path, dovecot: Dovecot, user: str, sink: SmtpSink, db_url: str,
                accounts: str, workers: int = 0, expected: int = 0) -> tuple[float, float]:
    config = work / "mailbot.toml"
    config.write_text(f"""
[database]
url = "{db_url}"
[imap]
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
username = "{user}"
password = "{dovecot.users[user]}"
[smtp]
host = "127.0.0.1"
port = {sink.port}
security = "none"
from_address = "support@crmrunner.example"
[policy]
preset = "crm-runner"
[security]
hourly_limit = 100000
per_address_limit = 100000
[service]
outbox_interval_seconds = 0.2
""")
    if workers:
        config.write_text(config.read_text().replace(
            'password = "', 'poll_interval_seconds = 0.2\npassword = "', 1))
    (work / "accounts.csv").write_text(accounts)
    mailbot = [sys.executable, "-m", "mailbot"]
    for args in (["init"], ["accounts", "import", str(work / "accounts.csv")]):
        subprocess.run([*mailbot, *args, "--config", str(config)], check=True, cwd=work,
                       capture_output=True)
    if workers:
        return run_service(work, config, dovecot, user, sink, workers, expected)
    started = time.perf_counter()
    with (work / "poll.out").open("w+") as out_f, (work / "poll.err").open("w+") as err_f:
        prefix = os.environ.get("BENCH_PROFILE", "").split()
        proc = subprocess.Popen([*prefix, sys.executable, "-c", MEASURED, "poll", "--once",
                                 "--config", str(config)],
                                cwd=work, stdout=out_f, stderr=err_f, text=True)
        child_kb = 0
        while proc.poll() is None:  # the reply sender child's peak, sampled
            child_kb = max([child_kb, *(peak_rss_kb(pid) for pid in children(proc.pid))])
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    if proc.returncode != 0:
        raise SystemExit(f"mailbot failed: {err}")
    peak_kb = int(err.rsplit("MAXRSS ", 1)[1].split()[0])
    if prefix:  # what the profiler or timer printed last
        print("  profile:", err.strip().splitlines()[-1])
    print("  mailbot:", out.strip(), f"(peak RSS {peak_kb / 1024:.0f} MB, its reply sender "
          f"child {child_kb / 1024:.0f} MB)")
    return seconds, peak_kb / 1024


def run_service(work: Path, config: Path, dovecot: Dovecot, user: str, sink: SmtpSink,
                workers: int, expected: int) -> tuple[float, float]:
    """N running `mailbot run` processes; the backlog lands in INBOX at once; timed until
    every reply is out and every cancellation filed."""
    procs = []
    for i in range(workers):
        log = open(work / f"worker{i}.log", "w")  # noqa: SIM115 - closed with the process
        procs.append((subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--config",
                                        str(config)], cwd=work, stdout=subprocess.DEVNULL,
                                       stderr=log), log))
    deadline = time.monotonic() + 60
    while not all("mailbot running" in (work / f"worker{i}.log").read_text()
                  for i in range(workers)):
        if time.monotonic() > deadline:
            raise SystemExit("the workers did not start; see " + str(work))
        time.sleep(0.1)
    time.sleep(1.0)  # first polls of the empty INBOX done
    started = time.perf_counter()
    land(dovecot, user)
    peak_kb = 0
    try:
        while True:
            for proc, _log in procs:
                peak_kb = max(peak_kb, peak_rss_kb(proc.pid))
            if len(sink.deliveries) >= expected and _filed(dovecot, user) >= expected:
                break
            if any(proc.poll() is not None for proc, _log in procs):
                raise SystemExit("a worker exited early; see its log in " + str(work))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
    finally:
        for proc, log in procs:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
            log.close()
    print(f"  mailbot: {workers} worker(s) done")
    return seconds, peak_kb / 1024


def _filed(dovecot: Dovecot, user: str) -> int:
    conn = imaplib.IMAP4("127.0.0.1", dovecot.port)
    try:
        conn.login(user, dovecot.users[user])
        typ, data = conn.status('"Processed/Cancellations"', "(MESSAGES)")
        return int(data[0].split()[-1].rstrip(b")")) if typ == "OK" else 0
    finally:
        conn.logout()


def one_run(args: argparse.Namespace, work: Path, dovecot: Dovecot, sink: SmtpSink, run: int
            ) -> tuple[float, float, float]:
    """Floor and mailbot on a fresh pair of mailboxes (and a fresh database)."""
    pg_url = create_pg_database() if args.db == "postgres" else None
    try:
        accounts, messages, cancels = backlog(args.messages)
        floor_user = dovecot.add_user(f"floor{run}@bench.test")
        bot_user = dovecot.add_user(f"bot{run}@bench.test")
        print(f"loading {len(messages)} messages ({len(cancels)} cancellations) into two mailboxes")
        load(dovecot, floor_user[0], messages)
        load(dovecot, bot_user[0], messages, "Backlog" if args.workers else "INBOX")
        sink.reset()
        floor_s = floor(dovecot, floor_user[0], sink, cancels)
        floor_sent = len(sink.deliveries)
        sink.reset()
        bot_work = work / f"run{run}"
        bot_work.mkdir()
        db_url = pg_url or f"sqlite:///{bot_work / 'mailbot.db'}"
        bot_s, rss_mb = run_mailbot(bot_work, dovecot, bot_user[0], sink, db_url, accounts,
                                    args.workers, len(cancels))
        n = len(messages)
        print(f"  floor:    {floor_s:7.2f} s  {n / floor_s:8.0f} msg/s  ({floor_sent} replies)")
        print(f"  mailbot:  {bot_s:7.2f} s  {n / bot_s:8.0f} msg/s  ({len(sink.deliveries)} "
              f"replies)  floor/mailbot {floor_s / bot_s:.2f}")
        if len(sink.deliveries) != len(cancels):
            raise SystemExit(f"mailbot sent {len(sink.deliveries)} replies, expected "
                             f"{len(cancels)}")
        return floor_s, bot_s, rss_mb
    finally:
        if pg_url:
            drop_pg_database(pg_url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--workers", type=int, default=0,
                        help="run N `mailbot run` processes instead of one `poll --once`")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs (each with its own floor); the median ratio is reported")
    args = parser.parse_args()
    print("load:", os.popen("uptime").read().strip(), flush=True)
    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    dovecot = Dovecot(work / "dovecot").start()
    sink = SmtpSink().start()
    try:
        runs = [one_run(args, work, dovecot, sink, i) for i in range(args.repeat)]
    finally:
        sink.stop()
        dovecot.stop()
        shutil.rmtree(work, ignore_errors=True)
    n = args.messages
    ratios = sorted(f / b for f, b, _r in runs)
    floor_s = statistics.median(f for f, _b, _r in runs)
    bot_s = statistics.median(b for _f, b, _r in runs)
    mode = f"{args.workers} x mailbot run" if args.workers else "mailbot poll --once"
    print(f"messages: {n}   database: {args.db}   {mode}   runs: {len(runs)}")
    print(f"floor:    {floor_s:7.2f} s  {n / floor_s:8.0f} msg/s  (median)")
    print(f"mailbot:  {bot_s:7.2f} s  {n / bot_s:8.0f} msg/s  (median)")
    print(f"floor/mailbot: {statistics.median(ratios):.2f}  (median of "
          f"{', '.join(f'{r:.2f}' for r in ratios)}; goal >= 0.85)")
    print(f"mailbot peak RSS: {max(r for _f, _b, r in runs):.0f} MB  (goal <= 150 MB)")
    print("load:", os.popen("uptime").read().strip())


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
