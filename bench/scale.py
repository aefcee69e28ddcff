"""Many mailboxes on one worker: memory, CPU while idle, APPEND -> reply latency, start-up.

    .venv/bin/python bench/scale.py [--mailboxes 200 1000] [--idle-seconds 60]
                                    [--samples 100] [--db sqlite|postgres] [--mode idle|poll]

For each size N: one Dovecot with N users (one per mailbox), one SMTP sink, and one
`mailbot run` with N mailboxes in IDLE mode (the default mailbox and N-1 `[[mailboxes]]`
entries; `--from-db` defines them with `mailbot mailboxes add` instead). Prints:

* the time from start until every mailbox has logged in and finished its first poll;
* resident memory (VmRSS) and threads once all are idle;
* CPU (user + system) of the worker over --idle-seconds with nothing arriving, as a
  share of one core (goal at 1,000: <= 2 %);
* APPEND -> reply at the SMTP server, p50/p95 over --samples cancellations appended one
  every 0.3-0.7 s to random mailboxes (goal p95 <= 1.0 s);
* how long SIGTERM takes.

Run it when the machine is quiet (other load shows in every figure); `uptime` is printed.
"""

from __future__ import annotations

import argparse
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
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.harness import mail  # noqa: E402
from tests.servers import (  # noqa: E402
    Dovecot,
    SmtpSink,
    create_pg_database,
    drop_pg_database,
)

# One IMAP process per logged-in mailbox (Dovecot's default limit is 100 processes per
# service), and the auxiliary services sized to match. Dovecot learns of new mail in an
# IDLE session through inotify, and the kernel allows 128 inotify instances per user
# (fs.inotify.max_user_instances); past that Dovecot looks every
# mailbox_idle_check_interval (30 s by default), which would measure Dovecot, not mailbot.
# So each mailbox's IMAP process runs as a user id of its own (a passwd-file userdb ahead
# of the tests' static one), and the interval is 1 s should that still fall short.
DOVECOT_MANY = """
mailbox_idle_check_interval = 1 secs
userdb {
  driver = passwd-file
  args = {root}/users
}
default_process_limit = 1500
default_client_limit = 6000
service imap {
  process_limit = 1500
}
service anvil {
  client_limit = 6000
}
"""
WHEN = imaplib.Time2Internaldate(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
HEADER = "mailbox,account_number,username,email,plan,status,started_on,price,currency"


def name(i: int) -> str:
    return "default" if i == 0 else f"box{i:04d}"


def user(i: int) -> str:
    return f"box{i:04d}@scale.test"


def imap_table(dovecot: Dovecot, i: int, mode: str) -> str:
    return (f'host = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\n'
            f'username = "{user(i)}"\npassword = "{dovecot.users[user(i)]}"\n'
            f'mode = "{mode}"\npoll_interval_seconds = 60\n')


def smtp_table(sink: SmtpSink, i: int) -> str:
    return (f'host = "127.0.0.1"\nport = {sink.port}\nsecurity = "none"\n'
            f'from_address = "{user(i)}"\n')


def write_config(work: Path, db_url: str, dovecot: Dovecot, sink: SmtpSink, n: int,
                 mode: str, in_toml: int) -> Path:
    parts = [f'[database]\nurl = "{db_url}"\n',
             f"[imap]\n{imap_table(dovecot, 0, mode)}", f"[smtp]\n{smtp_table(sink, 0)}",
             "[security]\nhourly_limit = 1000000\nper_address_limit = 1000000\n"]
    for i in range(1, in_toml):
        parts.append(f'[[mailboxes]]\nname = "{name(i)}"\n[mailboxes.imap]\n'
                     f"{imap_table(dovecot, i, mode)}[mailboxes.smtp]\n{smtp_table(sink, i)}")
    path = work / "mailbot.toml"
    path.write_text("\n".join(parts))
    return path


def own_uids(root: Path, n: int) -> None:
    """A passwd-file userdb giving mailbox i the user id 20000 + i, with its folder ready."""
    mail = root / "mail"
    mail.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        uid = 20000 + i
        home = mail / user(i)
        home.mkdir(exist_ok=True)
        os.chown(home, uid, uid)
        lines.append(f"{user(i)}::{uid}:{uid}::{home}::")
    (root / "users").write_text("\n".join(lines) + "\n")


def mailbot(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "mailbot", *args, "--config", str(config)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"mailbot {' '.join(args)} failed: {result.stderr}")
    return result


def add_from_db(config: Path, dovecot: Dovecot, sink: SmtpSink, n: int, mode: str) -> None:
    """Mailboxes 1..n-1 defined in the database with one `mailboxes add --file` call."""
    secret = config.parent / "imap-password"
    secret.write_text(dovecot.users[user(0)])
    tables = []
    for i in range(1, n):
        imap = imap_table(dovecot, i, mode).replace(
            f'password = "{dovecot.users[user(i)]}"', f'password_file = "{secret}"')
        tables.append(f'[[mailboxes]]\nname = "{name(i)}"\n[mailboxes.imap]\n{imap}'
                      f"[mailboxes.smtp]\n{smtp_table(sink, i)}")
    path = config.parent / "mailboxes.toml"
    path.write_text("\n".join(tables))
    mailbot(config, "mailboxes", "add", "--file", str(path))


PER_MAILBOX = 5  # accounts per mailbox: each latency sample cancels an account of its own


def account(i: int, k: int) -> tuple[str, str]:
    """Mailbox i's k-th account: (number, owner's address)."""
    return f"{6000000 + PER_MAILBOX * i + k}", f"user{i}x{k}@customer.example"


def accounts(work: Path, n: int) -> Path:
    rows = [HEADER] + [f"{name(i)},{account(i, k)[0]},user{i}x{k},{account(i, k)[1]},monthly,"
                       "active,2025-11-10,19.00,USD" for i in range(n) for k in range(PER_MAILBOX)]
    path = work / "accounts.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def status(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def polled(config: Path) -> int:
    """How many mailboxes have finished a poll (service_state last_poll:*)."""
    from mailbot.app import App
    from mailbot.config import load_config
    from mailbot.store.stats import last_polls

    app = App(load_config(str(config)))
    try:
        with app.db.session(readonly=True) as session:
            return len(last_polls(session))
    finally:
        app.close()


def outcomes(config: Path, message_ids: list[str]) -> dict[str, str]:
    """What became of these messages (status, outcome), for the record."""
    from sqlalchemy import select

    from mailbot.app import App
    from mailbot.config import load_config
    from mailbot.store.models import MessageRow

    app = App(load_config(str(config)))
    try:
        with app.db.session(readonly=True) as session:
            rows = session.execute(select(MessageRow.message_id, MessageRow.status,
                                          MessageRow.outcome)
                                   .where(MessageRow.message_id.in_(message_ids))).all()
            return {mid: f"{status}/{outcome}" for mid, status, outcome in rows}
    finally:
        app.close()


def one_size(work: Path, n: int, args: argparse.Namespace) -> None:
    print(f"--- {n} mailboxes ({args.mode} mode, {args.db}"
          f"{', defined in the database' if args.from_db else ''}) ---", flush=True)
    root = work / "dovecot"
    own_uids(root, n)
    dovecot = Dovecot(root, extra=DOVECOT_MANY.replace("{root}", str(root))).start()
    sink = SmtpSink().start()
    pg = create_pg_database() if args.db == "postgres" else None
    try:
        for i in range(n):
            dovecot.add_user(user(i))
        db_url = pg or f"sqlite:///{work / 'mailbot.db'}"
        config = write_config(work, db_url, dovecot, sink, n, args.mode,
                              1 if args.from_db else n)
        mailbot(config, "init")
        if args.from_db:
            started = time.perf_counter()
            add_from_db(config, dovecot, sink, n, args.mode)
            print(f"mailboxes add (one file, {n - 1} mailboxes): "
                  f"{time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        mailbot(config, "accounts", "import", str(accounts(work, n)))
        print(f"accounts import (one file, {n} mailboxes): {time.perf_counter() - started:.2f} s")
        log = (work / "run.log").open("w")
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--config", str(config)],
                                stdout=subprocess.DEVNULL, stderr=log, cwd=REPO)
        try:
            measure(proc, config, dovecot, sink, n, started, args)
        finally:
            if proc.poll() is None:
                t0 = time.perf_counter()
                proc.send_signal(signal.SIGTERM)
                proc.wait(60)
                print(f"SIGTERM -> exit {proc.returncode} in {time.perf_counter() - t0:.2f} s")
            log.close()
            errors = [line for line in (work / "run.log").read_text().splitlines()
                      if '"ERROR"' in line or "Traceback" in line]
            if errors:
                print(f"{len(errors)} error line(s) in the log, first: {errors[0][:300]}")
    finally:
        sink.stop()
        dovecot.stop()
        if pg:
            drop_pg_database(pg)


def measure(proc: subprocess.Popen, config: Path, dovecot: Dovecot, sink: SmtpSink, n: int,
            started: float, args: argparse.Namespace) -> None:
    while polled(config) < n:
        if proc.poll() is not None:
            raise SystemExit("mailbot run exited early")
        if time.perf_counter() - started > 600:
            raise SystemExit("not every mailbox polled within 600 s")
        time.sleep(0.5)
    print(f"start until every mailbox logged in and polled: {time.perf_counter() - started:.1f} s",
          flush=True)
    time.sleep(5)  # first IDLEs entered
    rss_mb = status(proc.pid, "VmRSS") / 1024
    threads = status(proc.pid, "Threads")
    cpu0, t0 = cpu_seconds(proc.pid), time.perf_counter()
    time.sleep(args.idle_seconds)
    share = (cpu_seconds(proc.pid) - cpu0) / (time.perf_counter() - t0)
    print(f"RSS {rss_mb:.0f} MB, {threads} threads; CPU while idle over {args.idle_seconds:g} s: "
          f"{100 * share:.2f} % of a core", flush=True)
    rng = random.Random(n)
    sent: dict[str, float] = {}
    used: dict[int, int] = {}
    for k in range(args.samples):
        i = rng.choice([b for b in range(n) if used.get(b, 0) < PER_MAILBOX])
        number, email = account(i, used.get(i, 0))
        used[i] = used.get(i, 0) + 1
        mid = f"<scale-{n}-{k}@client.example>"
        conn = imaplib.IMAP4("127.0.0.1", dovecot.port)
        conn.login(user(i), dovecot.users[user(i)])
        conn.append("INBOX", "", WHEN, mail(email, f"Please cancel my account {number}.",
                                            message_id=mid))
        sent[mid] = time.time()
        conn.logout()
        time.sleep(rng.uniform(0.3, 0.7))
    deadline = time.time() + 30
    while len(sink.deliveries) < len(sent) and time.time() < deadline:
        time.sleep(0.2)
    got = {str(message_from_bytes(d.data)["In-Reply-To"]): d.at for d in sink.deliveries}
    delays = sorted(got[m] - at for m, at in sent.items() if m in got)
    missing = sorted(set(sent) - set(got))
    if missing:
        print(f"not answered within 30 s: {', '.join(missing[:5])}: {outcomes(config, missing)}")
    if not delays:
        print("no replies arrived")
        return
    p95 = delays[max(0, round(0.95 * len(delays)) - 1)]
    print(f"APPEND -> reply over {len(delays)}/{len(sent)} samples: p50 "
          f"{statistics.median(delays):.3f} s, p95 {p95:.3f} s (goal 1.0), max {delays[-1]:.3f} s;"
          f" {len(sink.deliveries) - len(got)} duplicate(s); RSS now "
          f"{status(proc.pid, 'VmRSS') / 1024:.0f} MB, "
          f"peak {status(proc.pid, 'VmHWM') / 1024:.0f} MB", flush=True)
    probe, _ = dovecot.add_user("probe@scale.test")  # a mailbox nobody else watches
    print(f"(of which Dovecot's own: APPEND -> EXISTS on a bare IDLE connection, median "
          f"{dovecot_delay(dovecot, probe):.3f} s)", flush=True)


def dovecot_delay(dovecot: Dovecot, who: str, samples: int = 10) -> float:
    """Dovecot's own part of the latency: APPEND -> EXISTS on a bare IDLE connection (median)."""
    import select

    idle = imaplib.IMAP4("127.0.0.1", dovecot.port, timeout=10)
    idle.login(who, dovecot.users[who])
    idle.select("INBOX")
    delays = []
    for k in range(samples):
        idle.send(b"i%d IDLE\r\n" % k)
        idle.readline()  # + idling
        writer = imaplib.IMAP4("127.0.0.1", dovecot.port)
        writer.login(who, dovecot.users[who])
        writer.append("INBOX", "", WHEN, mail("x@customer.example", "hello"))
        appended = time.time()
        while True:
            select.select([idle.sock], [], [], 5)
            if b"EXISTS" in idle.readline():
                break
        delays.append(time.time() - appended)
        writer.logout()
        idle.send(b"DONE\r\n")
        while not idle.readline().startswith(b"i%d " % k):
            pass
    idle.logout()
    return statistics.median(delays)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mailboxes", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--mode", choices=("idle", "poll"), default="idle")
    parser.add_argument("--from-db", action="store_true",
                        help="define the mailboxes with `mailbot mailboxes add` (not TOML)")
    args = parser.parse_args()
    print("load:", os.popen("uptime").read().strip(), flush=True)
    for n in args.mailboxes:
        work = Path(tempfile.mkdtemp(prefix=f"mailbot-scale-{n}-"))
        try:
            one_size(work, n, args)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print("load:", os.popen("uptime").read().strip(), flush=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
