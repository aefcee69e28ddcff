"""Review desk response time: the queue, a case page and search over 5,000 cases.

Creates the cases through the real pipeline (`mailbot process` on generated
messages, SQLite, atntcrm preset so most are held for review: refund requests,
identity mismatches, senders to verify, missing identifiers), plus one very large
message (a long thread quoted in full and two attachments), logs in, then times the
server side of each page through Flask's test client (no network): p50 and p95 of
40 requests after 2 warm-ups, and the size of the case page for the largest message.
Goal: p95 <= 100 ms each.

    .venv/bin/python bench/web.py [--cases 5000] [--requests 40] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import func  # noqa: E402

from mailbot.app import App  # noqa: E402
from mailbot.cli import main as cli  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.store.models import CaseRow, MessageRow  # noqa: E402
from mailbot.web.factory import create_app  # noqa: E402
from mailbot.web.users import add_user  # noqa: E402

GOAL_MS = 100.0
REASONS = ["We are switching to HubSpot.", "It is too expensive for our team.",
           "We closed the business.", "We never really used it.", "Support never answered."]


def accounts(n: int) -> str:
    rows = ["account_number,username,email,plan,status,started_on,price,currency"]
    for i in range(n):
        plan = "yearly" if i % 5 == 0 else "monthly"
        price = "490.00" if plan == "yearly" else "29.00"
        rows.append(f"{5000000 + i},user{i},user{i}@example.com,{plan},active,"
                    f"2025-{1 + i % 12:02d}-{1 + i % 28:02d},{price},USD")
    return "\n".join(rows) + "\n"


def message(i: int, n: int, rng: random.Random) -> bytes:
    """Mostly held for review: 60% refund requests, 15% identity mismatches, 15% from
    another address, 10% without identifiers."""
    kind = rng.random()
    number, user, sender = 5000000 + i, f"user{i}", f"user{i}@example.com"
    body = f"Please cancel my account {number}, username {user}, and refund my last payment."
    if kind > 0.9:
        body = "Please cancel my subscription, thanks."
    elif kind > 0.75:
        sender = f"someone{i}@elsewhere.example"
        body = f"Please cancel account {number} (username {user})."
    elif kind > 0.6:
        other = 5000000 + (i + 1) % n
        body = f"Cancel my account please.\nUsername: {user}\nAccount number: {other}"
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@crmrunner.example"
    msg["Subject"] = "Cancel my account"
    msg["Date"] = (datetime(2026, 1, 5, 9, 0, tzinfo=UTC) + timedelta(minutes=i)).strftime(
        "%a, %d %b %Y %H:%M:%S +0000")
    msg["Message-ID"] = f"<web-bench-{i}@client.example>"
    msg.set_content(f"Hello,\n\n{body}\n{rng.choice(REASONS)}\n\nRegards,\n{user}\n")
    return bytes(msg)


def largest(n: int) -> bytes:
    """The biggest message the desk will show: 400 KB of quoted thread, a 3 MB PDF and a
    500 KB image attached, from the owner of an account the other messages leave alone."""
    msg = EmailMessage()
    msg["From"] = f"user{n}@example.com"
    msg["To"] = "support@crmrunner.example"
    msg["Subject"] = "Re: Re: Re: Cancel my account (long thread)"
    msg["Date"] = "Mon, 05 Jan 2026 08:00:00 +0000"
    msg["Message-ID"] = "<web-bench-largest@client.example>"
    quoted = "".join(f"> On day {i} you wrote: we are looking into your request, thank you "
                     f"for your patience; reference {i:06d}.\n" for i in range(4000))
    msg.set_content(f"Please cancel my account {5000000 + n}, username user{n}, and refund my "
                    f"last payment.\n\n{quoted}")
    msg.add_attachment(b"%PDF-1.4\n" + bytes(3_000_000), maintype="application",
                       subtype="pdf", filename="statement.pdf")
    msg.add_attachment(bytes(500_000), maintype="image", subtype="png", filename="screen.png")
    return bytes(msg)


def build(work: Path, n: int) -> Path:
    config = work / "mailbot.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{work / "mailbot.db"}"\n\n'
                      '[policy]\npreset = "atntcrm"\nnotice_days = 30\n\n'
                      '[web]\nsecret_key = "bench-secret"\n')
    (work / "accounts.csv").write_text(accounts(n + 1))
    rng = random.Random(11)
    mail = work / "mail"
    mail.mkdir()
    files = []
    for i in range(n):
        path = mail / f"{i:05d}.eml"
        path.write_bytes(message(i, n, rng))
        files.append(str(path))
    big = mail / "largest.eml"
    big.write_bytes(largest(n))
    files.append(str(big))
    quiet = contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO())
    with quiet[0], quiet[1]:
        assert cli(["init", "--config", str(config)]) == 0
        assert cli(["accounts", "import", str(work / "accounts.csv"), "--config",
                    str(config)]) == 0
        for start in range(0, len(files), 500):
            assert cli(["process", *files[start:start + 500], "--config", str(config)]) == 0
    return config


def timed(client, path: str, count: int) -> tuple[list[float], int]:
    """Server time of each request (ms) and the page's size in bytes."""
    for _ in range(2):
        assert client.get(path).status_code == 200, path
    times, size = [], 0
    for _ in range(count):
        started = time.perf_counter()
        response = client.get(path)
        size = len(response.get_data())
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, path
    return times, size


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[18]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mailbot-web-bench-"))
    try:
        started = time.perf_counter()
        config = build(work, args.cases)
        app = App(load_config(str(config)))
        with app.db.session(readonly=True) as session:
            total = session.query(CaseRow).count()
            by_status = dict(session.query(CaseRow.status, func.count())
                             .group_by(CaseRow.status).all())
            middle = session.query(CaseRow).filter_by(status="flagged").order_by(
                CaseRow.id).offset(by_status.get("flagged", 1) // 2).first()
            big = session.query(MessageRow).order_by(MessageRow.size.desc()).first()
            big_case = session.get(CaseRow, big.case_id)
            big_size = big.size
        print(f"{total} cases created in {time.perf_counter() - started:.1f}s: "
              + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
        add_user(app.db, "bench", "admin", "bench-password", now=app.clock())
        client = create_app(app).test_client()
        token = re.search(r'name="csrf_token" value="([^"]+)"',
                          client.get("/login").get_data(as_text=True)).group(1)
        client.post("/login", data={"username": "bench", "password": "bench-password",
                                    "csrf_token": token})
        pages = {"queue (/queue, flagged tab, page 1)": "/queue",
                 "queue page 40 (/queue?page=40)": "/queue?page=40",
                 "queue, failed tab": "/queue?tab=failed",
                 "search by account number (/queue?q=5002500)": "/queue?q=5002500",
                 "search by email": "/queue?q=user4321@example.com",
                 f"case page (/cases/{middle.reference})": f"/cases/{middle.reference}",
                 f"case page of the largest message ({big_size / 1e6:.1f} MB, "
                 f"/cases/{big_case.reference})": f"/cases/{big_case.reference}"}
        worst = 0.0
        for label, path in pages.items():
            times, size = timed(client, path, args.requests)
            worst = max(worst, p95(times))
            print(f"{label}: p50 {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms, "
                  f"max {max(times):.1f} ms over {args.requests} requests; page "
                  f"{size / 1024:.1f} KB")
        print(f"goal p95 <= {GOAL_MS:.0f} ms each: {'met' if worst <= GOAL_MS else 'NOT met'}")
        app.close()
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
