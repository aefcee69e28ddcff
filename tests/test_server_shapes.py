"""Servers as they are: Dovecot in the shapes operators meet, and the shipped poll mode.

Each test starts a Dovecot of its own in one shape: the Courier/Cyrus namespace ("." and
"INBOX."), without MOVE, without MOVE and UIDPLUS, without IDLE. The service tests run
`mailbot run` as shipped (poll mode) while mail keeps arriving.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.harness import REPO, Harness, mail
from tests.servers import DOVECOT, Dovecot, SmtpSink, require

pytestmark = pytest.mark.dovecot

FULL = ("IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
        "THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN "
        "NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES "
        "WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE LITERAL+")


def without(*names: str) -> str:
    return " ".join(c for c in FULL.split() if c not in names)


SHAPES = {
    "dovecot": {},
    "courier": {"separator": ".", "prefix": "INBOX."},
    "no-move": {"capabilities": without("MOVE")},
    "no-move-no-uidplus": {"capabilities": without("MOVE", "UIDPLUS")},
    "courier-no-move-no-uidplus": {"separator": ".", "prefix": "INBOX.",
                                   "capabilities": without("MOVE", "UIDPLUS")},
    "no-idle": {"capabilities": without("IDLE")},
    "no-namespace": {"separator": ".", "capabilities": without("NAMESPACE")},
}


def shaped(tmp_path: Path, smtp_sink: SmtpSink, shape: str) -> Iterator[Harness]:
    require(Path(DOVECOT).exists(), "Dovecot (Debian package dovecot-imapd)")
    server = Dovecot(tmp_path / "dovecot", **SHAPES[shape]).start()
    user, password = server.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
    h = Harness(tmp_path, server, smtp_sink, f"sqlite:///{tmp_path / 'mailbot.db'}", user,
                password)
    try:
        yield h
    finally:
        h.close()
        server.stop()


def processed_name(h: Harness) -> str:
    d = h.dovecot
    return f"{d.prefix}Processed{d.separator}Cancellations"


def live(messages: list[tuple[int, set[str], bytes]]) -> list[bytes]:
    return [raw for _uid, flags, raw in messages if "\\Deleted" not in flags]


def requests(n: int, tag: str) -> list[tuple[str, bytes]]:
    senders = ["jdoe@example.com", "billing@acme.example", "kate.white@example.com"]
    accounts = ["4810237", "7742051", "2290317"]
    out = []
    for i in range(n):
        sender = senders[i % 3]
        out.append((sender, mail(sender, f"Please cancel account {accounts[i % 3]}.",
                                 message_id=f"<{tag}-{i}@client.example>")))
    return out


@pytest.mark.parametrize("shape", ["courier", "no-move", "no-move-no-uidplus",
                                   "courier-no-move-no-uidplus", "no-namespace"])
def test_each_shape_files_every_request_once_and_answers_it_once(
        tmp_path: Path, smtp_sink: SmtpSink, shape: str):
    """Three polls in a row on each server shape: every request is answered once, filed in
    the processed folder exactly once, and left live nowhere else."""
    for h in shaped(tmp_path, smtp_sink, shape):
        h.setup()
        msgs = requests(3, shape)
        for _sender, raw in msgs:
            h.append(raw)
        h.append(mail("someone@example.org", "What are your opening hours?",
                      subject="Question"))
        for _ in range(3):
            h.poll()
        folder = processed_name(h)
        filed = live(h.dovecot.messages(h.user, folder))
        assert len(filed) == 3, f"{shape}: {len(filed)} live copies in {folder}"
        assert sorted(r.split(b"Message-ID: ")[1].split(b"\r\n")[0] for r in filed) == \
            sorted(f"<{shape}-{i}@client.example>".encode() for i in range(3))
        inbox = h.inbox()
        assert [raw for raw in live(inbox) if b"opening hours" not in raw] == [], \
            "no processed request stays live in INBOX"
        assert any(b"opening hours" in raw for raw in live(inbox)), "other mail is untouched"
        if "UIDPLUS" not in SHAPES[shape].get("capabilities", FULL):
            deleted = [flags for _uid, flags, _raw in inbox if "\\Deleted" in flags]
            assert len(deleted) == 3 and all("\\Seen" in f for f in deleted)
        for sender, _raw in msgs:
            assert len(h.sink.to(sender)) == 1, f"{shape}: one reply to {sender}"
        assert len(h.sink.deliveries) == 3


def test_courier_namespace_maps_the_processed_folder(tmp_path: Path, smtp_sink: SmtpSink):
    """On a server whose personal namespace is 'INBOX.' with '.', the shipped
    'Processed/Cancellations' becomes INBOX.Processed.Cancellations."""
    for h in shaped(tmp_path, smtp_sink, "courier"):
        h.setup()
        h.append(mail("jdoe@example.com", "Please cancel account 4810237."))
        h.poll()
        conn = h.dovecot.client(h.user)
        try:
            _typ, listed = conn.list()
        finally:
            conn.logout()
        names = b"\n".join(listed)
        assert b"INBOX.Processed.Cancellations" in names
        assert len(h.dovecot.messages(h.user, "INBOX.Processed.Cancellations")) == 1


def test_refused_move_does_not_hold_back_the_reply(tmp_path: Path, smtp_sink: SmtpSink):
    """When the server refuses to create the processed folder, the decision is still made,
    the reply still goes out, and the move is retried by later polls."""
    for h in shaped(tmp_path, smtp_sink, "dovecot"):
        h.setup()
        text = h.config_path.read_text()
        h.config_path.write_text(text.replace('processed_folder = "Processed/Cancellations"',
                                              'processed_folder = "~Refused"'))
        h.append(mail("jdoe@example.com", "Please cancel account 4810237."))
        _code, _out, err = h.cli("poll", "--once")
        assert len(h.sink.to("jdoe@example.com")) == 1, err
        assert h.export()[0]["outcome"] == "confirmed"
        assert "~Refused" in err and "Traceback" not in err
        _code, _out, _err = h.cli("poll", "--once")
        assert len(h.sink.to("jdoe@example.com")) == 1, "answered once"
        assert len(live(h.inbox())) == 1, "still in INBOX, to be filed when possible"


def start_service(h: Harness) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mailbot", "run", "--config", str(h.config_path)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def stop_service(proc: subprocess.Popen[str]) -> str:
    proc.terminate()
    try:
        _out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return err


def arrive_while_running(h: Harness, count: int, interval: float) -> dict[str, float]:
    """Append requests spread over several poll intervals while `mailbot run` runs; return
    each sender's seconds from APPEND to the reply reaching the SMTP server."""
    h.setup()
    started = datetime.now(UTC)
    proc = start_service(h)
    sent: dict[str, float] = {}
    try:
        deadline = time.monotonic() + 30
        while not h.polled_since(started) and time.monotonic() < deadline:
            time.sleep(0.05)  # the first poll has happened: everything after is new
        for i in range(count):
            sender = f"user{i}@example.net"
            sent[sender] = time.time()
            h.append(mail(sender, "Please cancel my account, username nobody-here.",
                          message_id=f"<arrive-{i}@client.example>"))
            time.sleep(interval * 0.4)
        deadline = time.monotonic() + interval * 2 + 15
        while time.monotonic() < deadline:
            if all(h.sink.to(s) for s in sent):
                break
            time.sleep(0.1)
    finally:
        err = stop_service(proc)
    assert "Traceback" not in err, err[-3000:]
    latency = {}
    for sender, at in sent.items():
        got = h.sink.to(sender)
        assert len(got) == 1, f"{sender}: {len(got)} replies (log: {err[-1500:]})"
        latency[sender] = got[0].at - at
    return latency


def test_poll_mode_as_shipped_sees_mail_arriving_while_it_runs(tmp_path: Path,
                                                              smtp_sink: SmtpSink):
    """`mailbot run` in the default poll mode keeps seeing new mail on its long-lived
    connection: every message appended while it runs is answered within two intervals."""
    for h in shaped(tmp_path, smtp_sink, "dovecot"):
        h.set_imap(poll_interval_seconds=1.0)
        latency = arrive_while_running(h, 12, 1.0)
        assert max(latency.values()) <= 2 * 1.0 + 2.0, latency


def test_idle_mode_without_idle_falls_back_to_polling_that_sees_new_mail(
        tmp_path: Path, smtp_sink: SmtpSink):
    """IDLE mode against a server that does not advertise IDLE polls instead, and still
    answers every message that arrives while it runs."""
    for h in shaped(tmp_path, smtp_sink, "no-idle"):
        h.set_imap(mode="idle", poll_interval_seconds=1.0)
        latency = arrive_while_running(h, 8, 1.0)
        assert max(latency.values()) <= 2 * 1.0 + 2.0, latency
