"""Every server shape: answered, duplicate replies, live copies per message.

Run: ``.venv/bin/python bench/servers.py [--messages 20]``. For each Dovecot shape of
tests/test_server_shapes.py (as shipped; Courier/Cyrus namespace "INBOX." with "."; no
MOVE; no MOVE and no UIDPLUS; the Courier namespace without MOVE/UIDPLUS; no NAMESPACE),
half the requests arrive, `mailbot poll --once` runs, the other half arrives, and two more
polls run. Goal per shape: 100 % answered, 0 duplicate replies, exactly 1 live copy of
every request in the processed folder and none left live in INBOX.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.harness import Harness, mail  # noqa: E402
from tests.servers import Dovecot, SmtpSink  # noqa: E402
from tests.test_server_shapes import SHAPES  # noqa: E402

ACCOUNTS_HEADER = "account_number,username,email,plan,status,started_on,price,currency\n"


def run_shape(root: Path, sink: SmtpSink, shape: str, n: int) -> tuple[int, int, int, str]:
    server = Dovecot(root / "dovecot", **SHAPES[shape]).start()
    try:
        user, password = server.add_user(f"support-{shape}@crmrunner.example")
        h = Harness(root, server, sink, f"sqlite:///{root / 'mailbot.db'}", user, password)
        h.setup(ACCOUNTS_HEADER + "".join(
            f"{7000000 + i},user{i},user{i}@customer.example,monthly,active,2025-11-10,19.00,USD\n"
            for i in range(n)))
        senders = [f"user{i}@customer.example" for i in range(n)]
        for i, sender in enumerate(senders):
            if i == n // 2:
                h.poll()
            h.append(mail(sender, f"Please cancel my account {7000000 + i}.",
                          message_id=f"<{shape}-{i}@client.example>"))
        h.poll()
        h.poll()
        answered = sum(1 for s in senders if h.sink.to(s))
        duplicates = sum(max(0, len(h.sink.to(s)) - 1) for s in senders)
        folder = f"{server.prefix}Processed{server.separator}Cancellations"
        filed = [raw for _uid, flags, raw in server.messages(user, folder)
                 if "\\Deleted" not in flags]
        copies = {f"<{shape}-{i}@client.example>".encode(): 0 for i in range(n)}
        for raw in filed:
            for mid in copies:
                if mid in raw:
                    copies[mid] += 1
        left = [raw for _uid, flags, raw in server.messages(user, "INBOX")
                if "\\Deleted" not in flags]
        exact = sum(1 for c in copies.values() if c == 1)
        h.close()
        how = "; ".join(sorted({f"{c} cop{'y' if c == 1 else 'ies'}" for c in copies.values()}))
        return answered, duplicates, exact - len(left), how
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=20)
    args = parser.parse_args()
    n = args.messages
    sink = SmtpSink().start()
    failed = False
    print(f"{'shape':28} {'answered':>10} {'dup replies':>12} {'exactly 1 live copy':>20}")
    try:
        for shape in SHAPES:
            if shape == "no-idle":
                continue  # the same as "dovecot" for polls (IDLE: tests/test_server_shapes.py)
            root = Path(tempfile.mkdtemp(prefix=f"mailbot-bench-{shape}-"))
            try:
                sink.reset()
                answered, dups, exact, how = run_shape(root, sink, shape, n)
            finally:
                shutil.rmtree(root, ignore_errors=True)
            failed |= answered != n or dups != 0 or exact != n
            print(f"{shape:28} {answered:>5}/{n:<4} {dups:>12} {exact:>14}/{n:<5} ({how})")
    finally:
        sink.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
