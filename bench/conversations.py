"""Safe conversations, counted: the replies mailbot sends in each scenario, on real servers.

Each scenario runs on a fresh Dovecot user and SQLite database against the aiosmtpd
sink, through the real `poll` path, and prints who got how many replies and how the
case ended. The same scenarios are asserted in tests/test_conversations.py; this prints
the figures for the notes.

    .venv/bin/python bench/conversations.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mailbot.store.models import CaseRow  # noqa: E402
from tests.harness import Harness, mail, reply_to, text_of  # noqa: E402
from tests.servers import Dovecot, SmtpSink  # noqa: E402

OWNER = "jdoe@example.com"
MALLORY = "mallory@evil.example"
ACCOUNT_DATA = ("4810237", "jdoe", "monthly", "19.00")


def statuses(h: Harness) -> str:
    with h.app.db.session(readonly=True) as session:
        return ", ".join(c.status for c in session.query(CaseRow).order_by(CaseRow.id))


def spoofed(h: Harness) -> str:
    h.setup()
    h.append(mail(f"Mallory <{MALLORY}>", "Cancel account 4810237 right now."))
    h.poll()
    [ack], [request] = h.sink.to(MALLORY), h.sink.to(OWNER)
    leaked = any(item in text_of(ack) for item in ACCOUNT_DATA)
    h.append(reply_to(ack, OWNER, "Yes, I confirm."))  # forged From on Mallory's thread
    h.poll()
    h.append(reply_to(request, f"John Doe <{OWNER}>", "Yes, I confirm. Please cancel it."))
    h.poll()
    h.append(reply_to(request, OWNER, "Yes, confirm!"))  # confirming twice
    h.poll()
    confirmations = [d for d in h.sink.to(OWNER) if "will end on" in str(d.message["Subject"])]
    return (f"to the spoofer {len(h.sink.to(MALLORY))} (account data in it: "
            f"{'YES' if leaked else 'no'}), to the owner {len(h.sink.to(OWNER))} "
            f"(confirmations: {len(confirmations)}); case {statuses(h)}")


def forged_auth(h: Harness) -> str:
    h.write_config(extra='[security]\ntrusted_authserv_id = "mx.mailbot.test"')
    h.setup()
    h.append(mail(OWNER, "Cancel account 4810237.", headers={
        "Authentication-Results": "evil.example; dkim=pass header.d=example.com; dmarc=pass"}))
    h.poll()
    outcome = h.export()[0]["outcome"]
    return f"to the owner {len(h.sink.to(OWNER))} (a confirmation request); outcome {outcome}"


def auto_responder(h: Harness) -> str:
    h.setup()
    h.append(mail(OWNER, "Please cancel account 4810237."))
    h.poll()
    for round_ in range(5):
        ours = h.sink.to(OWNER)[-1]
        polite = reply_to(ours, OWNER, "I am out of the office until Monday.",
                          **{"Auto-Submitted": "auto-replied"})
        rude = reply_to(ours, OWNER, "Thank you for your email. I am away and will reply "
                        "when I am back.")
        h.append(polite if round_ % 2 == 0 else rude)
        h.poll()
    return f"5 auto-replies received, replies sent to the responder: {len(h.sink.to(OWNER))}"


def needs_info(h: Harness) -> str:
    accounts = ("account_number,username,email,plan,status,started_on,price,currency\n"
                "2290317,kwhite88,kate.white@example.com,monthly,active,2025-12-05,29.00,USD\n"
                "2290318,kwhite-biz,kate.white@example.com,monthly,active,2025-12-05,29.00,USD\n")
    h.setup(accounts)
    h.append(mail("kate.white@example.com", "Please close my account."),
             datetime(2026, 3, 4, 21, 20, tzinfo=UTC))
    h.poll()
    [ask] = h.sink.to("kate.white@example.com")
    h.append(reply_to(ask, "kate.white@example.com", "It's 2290317, thanks."),
             datetime(2026, 3, 30, 12, 0, tzinfo=UTC))
    h.poll()
    last = h.export()[-1]
    return (f"replies {len(h.sink.to('kate.white@example.com'))} (needs_info, then "
            f"{last['outcome']}); effective {last['effective_on']} (from the first receipt)")


def duplicate(h: Harness) -> str:
    h.setup()
    for i in range(3):
        h.append(mail(OWNER, f"Cancel account 4810237 ({i})"))
        h.poll()
    outcomes = [r["outcome"] for r in h.export()]
    return f"3 requests → {', '.join(outcomes)}; replies {len(h.sink.to(OWNER))}"


def withdrawal(h: Harness) -> str:
    h.setup()
    now = datetime.now(UTC)
    h.append(mail(OWNER, "Cancel account 4810237."), now)
    h.poll()
    h.append(mail(OWNER, "Please disregard my cancellation request, I changed my mind.",
                  subject="Re: Cancel"), now)
    h.poll()
    return f"replies {len(h.sink.to(OWNER))} (confirmation, withdrawal); case {statuses(h)}"


SCENARIOS: list[tuple[str, Callable[[Harness], str]]] = [
    ("spoofed From, then the owner confirms", spoofed),
    ("forged Authentication-Results", forged_auth),
    ("auto-responder answering every mail", auto_responder),
    ("needs_info, follow-up in the thread", needs_info),
    ("the same request three times", duplicate),
    ("withdrawal before the effective date", withdrawal),
]


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    dovecot, sink = Dovecot(work / "dovecot").start(), SmtpSink().start()
    try:
        for name, scenario in SCENARIOS:
            sink.reset()
            root = work / uuid.uuid4().hex[:8]
            root.mkdir()
            user, password = dovecot.add_user(f"support-{root.name}@crmrunner.example")
            h = Harness(root, dovecot, sink, f"sqlite:///{root / 'mailbot.db'}", user, password)
            try:
                print(f"{name:40s} {scenario(h)}")
            finally:
                h.close()
    finally:
        sink.stop()
        dovecot.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
