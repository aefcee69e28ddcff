"""An outbox the operator can run: last errors, list and retry, bounces of our replies, and a
circuit breaker that trips on loops (one address, one thread, an auto-responder) but lets a
healthy backlog of thousands of requests drain on its own."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mailbot import safety
from mailbot.config import load_config
from mailbot.loops import Inbound, LoopLimits, LoopRules, Reply
from mailbot.parsing.dsn import read_dsn
from mailbot.store.db import make_engine, migrate
from mailbot.store.models import AuditRow, Base, OutboxRow
from mailbot.web.factory import create_app
from mailbot.web.users import add_user
from tests.harness import Harness, mail, reply_to
from tests.servers import Delivery, free_port

GOLDEN = Path(__file__).parent / "golden" / "messages"
OWNER = "jdoe@example.com"
WEB = '[web]\nsecret_key = "test-secret-key-for-the-outbox-tests"\n'
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def rows(h: Harness) -> list[OutboxRow]:
    with h.app.db.session(readonly=True) as session:
        return session.query(OutboxRow).order_by(OutboxRow.id).all()


def one(h: Harness, status: str) -> OutboxRow:
    [row] = [r for r in rows(h) if r.status == status]
    return row


def now() -> datetime:
    return datetime.now(UTC)


# --- last_error, list, retry ---------------------------------------------------------------

@pytest.mark.dovecot
def test_refused_reply_keeps_the_servers_words_and_list_failed_shows_them(harness: Harness):
    """A 5xx refusal fails the reply with the SMTP code and text as last_error, listed by
    `outbox list --failed` (id, mailbox, to, subject, status, attempts, last error)."""
    harness.setup()
    harness.sink.fail_with = "554 5.7.1 Message rejected by policy"
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    row = one(harness, "failed")
    assert row.last_error == "554 5.7.1 Message rejected by policy" and row.attempts == 1
    code, out, err = harness.cli("outbox", "list", "--failed")
    assert code == 0, err
    header, line = out.splitlines()
    assert header.split()[:6] == ["ID", "MAILBOX", "TO", "SUBJECT", "STATUS", "ATTEMPTS"]
    assert line.split()[:3] == [str(row.id), "default", OWNER]
    assert " failed " in line and line.endswith("554 5.7.1 Message rejected by policy")


@pytest.mark.dovecot
def test_every_temporary_failure_is_recorded_and_the_next_attempt_shown(harness: Harness):
    """A 4xx defers the reply with its text as last_error; `outbox list` shows the next try."""
    harness.setup()
    harness.sink.fail_with = "451 4.3.0 Mailbox locked, try again later"
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    row = one(harness, "pending")
    assert (row.attempts, row.last_error) == (1, "451 4.3.0 Mailbox locked, try again later")
    code, out, _err = harness.cli("outbox", "list")
    assert code == 0
    assert "circuit breaker: closed" in out
    assert f"{row.next_attempt_at:%Y-%m-%d %H:%M}" in out and "451 4.3.0 Mailbox locked" in out
    assert harness.cli("outbox", "list", "--failed")[1].strip() == \
        "no unknown, failed or bounced replies"


@pytest.mark.dovecot
def test_an_unreachable_server_is_the_last_error_of_every_waiting_reply(harness: Harness):
    """With the SMTP server down the replies wait, each saying why; no attempt is used up."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.write_config(smtp_port=free_port())
    code, _out, err = harness.cli("poll", "--once")
    assert code == 1 and "cannot connect" in err
    row = one(harness, "pending")
    assert "cannot connect" in (row.last_error or "") and row.attempts == 0
    assert "cannot connect" in harness.cli("outbox", "list")[1]


@pytest.mark.dovecot
def test_retry_by_id_sends_a_failed_reply_now(harness: Harness):
    """`outbox retry ID` queues a failed reply and sends it at once; the row becomes sent."""
    harness.setup()
    harness.sink.fail_with = "550 5.1.1 User unknown"
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    failed = one(harness, "failed")
    harness.sink.fail_with = None
    code, out, err = harness.cli("outbox", "retry", str(failed.id))
    assert code == 0, err
    assert f"reply {failed.id} to {OWNER}: sent" in out
    assert [d.message_id for d in harness.sink.to(OWNER)] == [failed.message_id]
    assert one(harness, "sent").last_error is None
    with harness.app.db.session(readonly=True) as session:
        assert session.query(AuditRow).filter_by(action="reply_retried").count() == 1


@pytest.mark.dovecot
def test_retry_all_sends_failed_replies_but_leaves_bounced_ones_unless_named(harness: Harness):
    """`outbox retry --all` re-sends every failed reply, not bounced ones; naming a bounced
    reply re-sends it."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    [first] = harness.sink.to(OWNER)
    harness.append(bounce_of(first))
    harness.poll()
    bounced = one(harness, "bounced")
    harness.sink.fail_with = "554 5.7.1 Rejected"
    for sender in ("billing@acme.example", "kate.white@example.com"):
        harness.append(mail(sender, "Cancel my account please."))
    harness.poll()
    assert len([r for r in rows(harness) if r.status == "failed"]) == 2
    harness.sink.fail_with = None
    code, out, err = harness.cli("outbox", "retry", "--all")
    assert code == 0, err
    assert out.startswith("2 replies queued for delivery now")
    assert {d.rcpt_tos[0] for d in harness.sink.deliveries[1:]} == {
        "billing@acme.example", "kate.white@example.com"}
    assert one(harness, "bounced").id == bounced.id
    code, _out, err = harness.cli("outbox", "retry", str(bounced.id))
    assert code == 0, err
    assert len(harness.sink.to(OWNER)) == 2 and not [r for r in rows(harness)
                                                       if r.status != "sent"]


@pytest.mark.dovecot
@pytest.mark.parametrize(("args", "code", "says"), [
    (("999",), 1, "no reply 999 in the outbox"),
    (("1",), 1, "reply 1 is sent; only failed, bounced, unknown or queued replies can be retried"),
    ((), 2, "give reply ids or --all"),
    (("1", "--all"), 2, "give reply ids or --all"),
])
def test_retry_refuses_what_it_cannot_do_in_one_line(harness: Harness, args, code, says):
    """An unknown id or a sent reply is exit 1 with one line; no id and no --all is exit 2."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    got, _out, err = harness.cli("outbox", "retry", *args)
    assert got == code and says in err
    if code == 1:
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.dovecot
def test_retry_with_the_server_still_down_says_so_and_keeps_the_reply(harness: Harness):
    """Retrying while SMTP is down leaves the reply queued, names the cause, exits 1."""
    harness.setup()
    harness.sink.fail_with = "554 5.7.1 Rejected"
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    failed = one(harness, "failed")
    harness.write_config(smtp_port=free_port())
    code, _out, err = harness.cli("outbox", "retry", str(failed.id))
    assert code == 1 and f"reply {failed.id} to {OWNER}: pending" in err
    assert "cannot connect" in err
    assert one(harness, "pending").id == failed.id


# --- bounces of our own replies --------------------------------------------------------------

def headers_of(delivery: Delivery) -> str:
    return delivery.data.split(b"\r\n\r\n", 1)[0].decode().replace("\r\n", "\n")


def bounce_of(reply: Delivery, *, action: str = "failed", status: str = "5.1.1",
              diagnostic: str = "550 5.1.1 <{to}>: Recipient address rejected: User unknown"
              ) -> bytes:
    """A Postfix-style DSN (RFC 3464) returning the headers of one of our replies."""
    to = reply.rcpt_tos[0]
    said = diagnostic.format(to=to)
    text = f"""\
From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>
To: {reply.mail_from}
Subject: Undelivered Mail Returned to Sender
Date: Tue, 03 Mar 2026 10:00:00 +0000
Message-ID: <{uuid.uuid4().hex}@mx.customer.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B7A1C3E2.1772532000/mx.customer.example"

This is a MIME-encapsulated message.

--B7A1C3E2.1772532000/mx.customer.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.customer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{to}>: host mx.customer.example[192.0.2.25] said: {said} (in reply to RCPT TO command)

--B7A1C3E2.1772532000/mx.customer.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.customer.example
X-Postfix-Queue-ID: 4F0B31C0391
Arrival-Date: Tue, 03 Mar 2026 09:59:58 +0000 (UTC)

Final-Recipient: rfc822; {to}
Original-Recipient: rfc822;{to}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.customer.example
Diagnostic-Code: smtp; {said}

--B7A1C3E2.1772532000/mx.customer.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{headers_of(reply)}

--B7A1C3E2.1772532000/mx.customer.example--
"""
    return text.replace("\n", "\r\n").encode()


def exim_bounce_of(reply: Delivery) -> bytes:
    """A non-standard bounce (Exim): plain text, then a copy of our whole reply."""
    to = reply.rcpt_tos[0]
    text = f"""\
Return-Path: <>
X-Failed-Recipients: {to}
From: Mail Delivery System <Mailer-Daemon@mail.customer.example>
To: {reply.mail_from}
Subject: Mail delivery failed: returning message to sender
Date: Tue, 03 Mar 2026 10:00:00 +0000
Message-ID: <E1vXk2P-{uuid.uuid4().hex[:8]}@mail.customer.example>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {to}
    host mail.customer.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{to}>:
    550 5.1.1 <{to}>: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

"""
    return text.replace("\n", "\r\n").encode() + reply.data


def web_client(h: Harness):  # a logged-in Flask test client
    add_user(h.app.db, "root", "admin", "root-password", now=h.app.clock())
    client = create_app(h.app, testing=True).test_client()
    token = CSRF.search(client.get("/login").get_data(as_text=True)).group(1)
    client.post("/login", data={"username": "root", "password": "root-password",
                                "csrf_token": token})
    return client


def metric(client, name: str) -> dict[str, float]:
    """One metric family's samples from /metrics, by their label text ('' for none)."""
    body = client.get("/metrics").get_data(as_text=True)
    found = {}
    for line in body.splitlines():
        m = re.match(rf"^{name}(?:\{{(.*)\}})? (\S+)$", line)
        if m:
            found[m.group(1) or ""] = float(m.group(2))
    return found


@pytest.mark.dovecot
def test_a_bounce_of_our_reply_marks_it_bounced_and_shows_it(harness: Harness):
    """A DSN quoting our reply's Message-ID makes that reply `bounced` with the diagnostic;
    the DSN is neither answered nor moved, and the case page, dashboard and /metrics show it."""
    harness.write_config(extra=WEB)
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    [reply] = harness.sink.deliveries
    harness.append(bounce_of(reply))
    harness.poll()
    row = one(harness, "bounced")
    assert row.message_id == reply.message_id
    assert row.last_error == (f"bounced: 550 5.1.1 <{OWNER}>: Recipient address rejected: "
                              "User unknown")
    assert len(harness.sink.deliveries) == 1, "a bounce is never answered"
    [(_uid, flags, raw)] = harness.inbox()
    assert b"Undelivered Mail Returned" in raw and "\\Seen" not in flags, "never moved or seen"
    request, record = harness.export()
    assert record["outcome"] == "ignored" and record["flags"] == ["reply_bounced"]
    assert record["request_id"] == request["request_id"], "the bounce joins the reply's case"
    assert request["reply_message_ids"] == [reply.message_id], "a bounced reply was still sent"
    code, out, _err = harness.cli("outbox", "list", "--failed")
    assert code == 0 and " bounced " in out and "User unknown" in out

    client = web_client(harness)
    assert metric(client, "mailbot_replies_bounced_total") == {'kind="confirmed_stop_renewal"': 1}
    assert metric(client, "mailbot_replies_sent_total") == {'kind="confirmed_stop_renewal"': 1}
    assert client.get("/healthz").get_json()["replies_bounced"] == 1
    dashboard = client.get("/dashboard").get_data(as_text=True)
    assert 'id="bounced-replies"' in dashboard and "Recipient address rejected" in dashboard
    with harness.app.db.session(readonly=True) as session:
        reference = session.get(OutboxRow, row.id).case.reference
        assert session.query(AuditRow).filter_by(action="reply_bounced").count() == 1
    page = client.get(f"/cases/{reference}").get_data(as_text=True)
    assert 'class="reply-status bounced"' in page and "User unknown" in page


@pytest.mark.dovecot
def test_a_plain_text_bounce_quoting_our_reply_is_matched_too(harness: Harness):
    """A non-standard bounce (Exim's text with a copy of the message) is matched by the
    Message-ID in the copy."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    [reply] = harness.sink.deliveries
    harness.append(exim_bounce_of(reply))
    harness.poll()
    row = one(harness, "bounced")
    assert "550 5.1.1" in (row.last_error or "") and "mailbox unavailable" in row.last_error
    assert len(harness.sink.deliveries) == 1 and harness.processed() != []
    assert len(harness.inbox()) == 1


@pytest.mark.dovecot
def test_a_delay_warning_leaves_the_reply_sent(harness: Harness):
    """'Action: delayed' is no bounce: the reply stays sent; the warning joins the case."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    [reply] = harness.sink.deliveries
    harness.append(bounce_of(reply, action="delayed", status="4.4.1",
                             diagnostic="connect to mx.customer.example: Connection timed out"))
    harness.poll()
    assert one(harness, "sent").message_id == reply.message_id
    [record] = [r for r in harness.export() if r["intent"] == "bounce"]
    assert record["flags"] == ["reply_delayed"] and record["request_id"]


@pytest.mark.dovecot
def test_a_bounce_of_someone_elses_mail_changes_no_reply(harness: Harness):
    """A bounce returning a message we did not send (a person's mail from the same mailbox)
    leaves every reply as it was, even when that mail was in our reply's thread."""
    harness.setup()
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    [reply] = harness.sink.deliveries
    raw = bounce_of(reply).replace(reply.message_id.encode(), b"<agent-1234@crmrunner.example>")
    harness.append(raw.replace(b"Auto-Submitted: auto-replied",
                               b"In-Reply-To: " + reply.message_id.encode()))
    harness.poll()
    assert one(harness, "sent").message_id == reply.message_id


@pytest.mark.parametrize(("name", "message_id", "failed", "said"), [
    ("142-bounce-o365-modern-ndr", "<ticket-287900-2.1775034750@crmrunner.example>", True,
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound"),
    ("143-bounce-exim-text-copy", "<ticket-285990-2.1772597550@crmrunner.example>", True,
     "Recipient address rejected: User unknown"),
    ("182-bounce-sendmail-returned-mail", "<ticket-286104-4.1774865568@crmrunner.example>", True,
     "550 5.1.1 <wturner@turnerphoto.com>... User unknown"),
    ("212-bounce-de-unzustellbar", "<20260312093000.D3BF2A4067@crmrunner.example>", True,
     "550 5.1.10"),
    ("221-bounce-delay-warning", "<ticket-286420-3.1773242920@crmrunner.example>", False,
     "Connection timed out"),
    ("153-bounce-qmail-failure-notice", None, True, "no mailbox here by that name"),
])
def test_bounces_in_the_golden_corpus_name_the_returned_message_and_the_reason(
        name: str, message_id: str | None, failed: bool, said: str):
    """Each form of bounce (RFC 3464, Exchange, Exim, sendmail, qmail, a delay warning) gives
    the returned message's Message-ID, whether it failed for good, and the server's words."""
    dsn = read_dsn((GOLDEN / f"{name}.eml").read_bytes())
    assert dsn.message_ids[:1] == ((message_id,) if message_id else ())
    assert dsn.failed is failed and said in dsn.diagnostic


# --- the circuit breaker: loops, not volume --------------------------------------------------

LIMITS = LoopLimits(address_replies=3, address_window=timedelta(minutes=60), thread_replies=4,
                    answer_window=timedelta(seconds=60), answers=3)
T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def sent(to: str, minutes: float, thread: int | None = None, answers: Inbound | None = None
         ) -> Reply:
    return Reply(to, thread, T0 + timedelta(minutes=minutes), answers)


def answer(n: int, sender: str, minutes: float) -> Inbound:
    return Inbound(n, sender, T0 + timedelta(minutes=minutes))


X = "x@example.com"


@pytest.mark.parametrize(("history", "reply", "rule"), [
    # address burst: a 4th reply to one address within the hour
    ([sent(X, 1), sent(X, 2), sent(X, 3)], sent(X, 60), "address-burst"),
    ([sent(X, 1), sent(X, 2)], sent(X, 60), None),
    ([sent(X, -30), sent(X, 2), sent(X, 3)], sent(X, 60), None),  # one is over an hour old
    # thread: a 5th reply in one thread within the day, whoever it goes to
    ([sent(f"p{i}@example.com", i * 10, thread=7) for i in range(4)],
     sent("q@example.com", 60, thread=7), "thread"),
    ([sent(f"p{i}@example.com", i * 10, thread=7) for i in range(3)],
     sent("q@example.com", 60, thread=7), None),
    # ping-pong: the sender's third answer within seconds of our replies
    ([sent(X, 0), sent(X, 25, answers=answer(1, X, 0.1)),
      sent(X, 50, answers=answer(2, X, 25.1))],
     sent(X, 70, answers=answer(3, X, 50.2)), "ping-pong"),
    # a person answering slowly twice and once fast is no loop
    ([sent(X, 0), sent(X, 25, answers=answer(1, X, 10)), sent(X, 50, answers=answer(2, X, 30))],
     sent(X, 70, answers=answer(3, X, 50.5)), None),
    # a thousand different senders, one reply each: volume, never a loop
    ([sent(f"c{i}@example.com", i / 100, thread=i) for i in range(1000)],
     sent("c1000@example.com", 11, thread=1000), None),
])
def test_loop_rules(history: list[Reply], reply: Reply, rule: str | None):
    """Each loop rule trips on its loop and not on ordinary traffic (a table of cases)."""
    rules = LoopRules(LIMITS, reply.sent_at, reply.sent_at - timedelta(hours=24), list(history))
    hold = rules.check(reply)
    assert (hold.rule if hold else None) == rule


def test_a_held_address_holds_its_later_replies_and_others_flow():
    """Once a loop holds an address, its later replies join the hold; other replies go."""
    rules = LoopRules(LIMITS, T0, T0 - timedelta(hours=24), [sent(X, -3), sent(X, -2),
                                                            sent(X, -1)])
    assert rules.check(sent(X, 0)).rule == "address-burst"
    assert rules.check(sent(X, 0)).rule == "held"
    assert rules.check(sent("y@example.com", 0)) is None


def test_the_defaults_let_a_backlog_through_and_keep_every_key_loadable(tmp_path: Path):
    """`hourly_limit` stays a valid key (now a 10,000 an hour ceiling) beside the loop keys."""
    path = tmp_path / "mailbot.toml"
    path.write_text('[database]\nurl = "sqlite:///x.db"\n[security]\nhourly_limit = 300\n'
                    "per_address_limit = 5\nloop_address_replies = 5\nloop_address_minutes = 60\n"
                    "loop_thread_replies = 8\nloop_answer_seconds = 60\nloop_answers = 3\n")
    assert load_config(str(path)).security.hourly_limit == 300
    path.write_text('[database]\nurl = "sqlite:///x.db"\n')
    assert load_config(str(path)).security.hourly_limit == 10_000


def held_rows(h: Harness) -> list[OutboxRow]:
    return [r for r in rows(h) if r.status == "paused"]


@pytest.mark.dovecot
def test_an_auto_responder_ping_pong_trips_the_breaker_and_resume_releases(harness: Harness):
    """A sender answering each reply within seconds, without any auto-reply header, gets three
    replies; the fourth is held and the breaker says why in the log, `outbox list`, the
    dashboard and /metrics; `outbox resume` lets it out."""
    harness.write_config(extra=WEB)
    harness.setup()
    robot = "helpdesk@partner.example"
    harness.append(mail(robot, "Please cancel my account."), now())
    harness.poll()
    errors = ""
    for _round in range(6):
        [*_, last] = harness.sink.to(robot)
        harness.append(reply_to(last, robot, "Please cancel my account."), now())
        code, _out, err = harness.cli("poll", "--once")
        assert code == 0, err
        errors += err
        if held_rows(harness):
            break
    assert len(harness.sink.to(robot)) == 3
    [held] = held_rows(harness)
    reason = f"loop breaker: {robot} answered 3 of our replies within 60 s each"
    assert held.hold == f"address:{robot}" and held.last_error.startswith(reason)
    assert reason in errors, "the log says why"
    code, out, _err = harness.cli("outbox", "list")
    assert f"loop breaker holds 1 reply (address:{robot}): {reason}" in out
    assert re.search(rf"\b{held.id}\s+default\s+{re.escape(robot)}\b.*\bpaused\s+0\s+held\b", out)

    client = web_client(harness)
    assert reason in client.get("/dashboard").get_data(as_text=True)
    assert metric(client, "mailbot_replies_held") == {"": 1}
    with harness.app.db.session(readonly=True) as session:
        assert session.query(AuditRow).filter_by(action="loop_breaker_tripped").count() == 1

    code, out, _err = harness.cli("outbox", "retry", str(held.id))
    assert code == 1
    code, out, err = harness.cli("outbox", "resume")
    assert code == 0 and "1 held reply released" in out, err
    harness.poll()
    assert len(harness.sink.to(robot)) == 4 and held_rows(harness) == []
    with harness.app.db.session(readonly=True) as session:
        assert safety.status(session)["holds"] == []


@pytest.mark.dovecot
def test_one_thread_with_too_many_replies_is_held(harness: Harness):
    """Replies to ever new addresses in one thread (a list or ticket system relaying it) trip
    the thread rule, named by the case's reference."""
    harness.write_config(extra="[security]\nloop_thread_replies = 2")
    harness.setup()
    harness.append(mail("first@relay.example", "Please cancel my account."))
    harness.poll()
    previous = harness.sink.deliveries[-1]
    for n in range(2, 4):
        harness.append(reply_to(previous, f"member{n}@relay.example", "Please cancel my account."))
        harness.poll()
        previous = harness.sink.deliveries[-1]
    assert len(harness.sink.deliveries) == 2
    [held] = held_rows(harness)
    with harness.app.db.session(readonly=True) as session:
        reference = session.get(OutboxRow, held.id).case.reference
    assert held.hold == f"thread:{held.case_id}"
    assert (f"3 replies in the thread of case {reference} within 24 h (more than "
            "loop_thread_replies = 2)") in held.last_error


@pytest.mark.dovecot
def test_a_burst_to_one_address_is_held_when_the_daily_cap_allows_it(harness: Harness):
    """With a generous per-address cap, more than loop_address_replies replies to one address
    within the window trip the address rule; replies to everyone else still go."""
    harness.write_config(extra="[security]\nper_address_limit = 50\nloop_address_replies = 3")
    harness.setup()
    for i in range(5):
        harness.append(mail("sam@nowhere.example", f"I want to cancel my account ({i}).",
                            subject=f"cancel {i}"))
    harness.append(mail(OWNER, "Cancel account 4810237."))
    harness.poll()
    assert len(harness.sink.to("sam@nowhere.example")) == 3
    assert len(harness.sink.to(OWNER)) == 1
    held = held_rows(harness)
    assert len(held) == 2 and {r.hold for r in held} == {"address:sam@nowhere.example"}
    assert all("4 replies to sam@nowhere.example within 60 min (more than "
               "loop_address_replies = 3)" in r.last_error for r in held)


@pytest.mark.dovecot
def test_the_global_ceiling_still_pauses_everything_and_list_says_so(harness: Harness):
    """`hourly_limit` is the last-resort ceiling: reached, all sending pauses, `outbox list`
    says why, and `outbox resume` restarts it."""
    harness.write_config(extra="[security]\nhourly_limit = 1")
    harness.setup()
    for sender in (OWNER, "billing@acme.example"):
        harness.append(mail(sender, "Cancel my account please."))
    code, _out, err = harness.cli("poll", "--once")
    assert code == 1 and "global ceiling" in err
    out = harness.cli("outbox", "list")[1]
    assert "circuit breaker: OPEN, all sending paused" in out and "hourly_limit = 1" in out
    assert harness.cli("outbox", "resume")[1].strip() == "sending resumed"


@pytest.mark.dovecot
@pytest.mark.slow
def test_a_backlog_of_2000_requests_from_2000_senders_drains_with_the_defaults(
        harness: Harness):
    """2,000 cancellations from 2,000 customers (an outage's backlog) are all answered in
    one poll with the default configuration: no breaker trips, nothing is held."""
    n = 2000
    accounts = ["account_number,username,email,plan,status,started_on,price,currency"]
    accounts += [f"{9100000 + i},user{i},user{i}@customer{i % 97}.example,monthly,active,"
                 f"2025-11-10,19.00,USD" for i in range(n)]
    harness.setup("\n".join(accounts) + "\n")
    backlog = (mail(f"user{i}@customer{i % 97}.example",
                    f"Please cancel my account {9100000 + i}. Too expensive.")
               for i in range(n))
    assert harness.dovecot.drop(harness.user, backlog, datetime(2026, 3, 2, 14, 0,
                                                                  tzinfo=UTC)) == n
    harness.poll()
    assert len(harness.sink.deliveries) == n
    assert len({d.rcpt_tos[0] for d in harness.sink.deliveries}) == n
    with harness.app.db.session(readonly=True) as session:
        state = safety.status(session)
        assert not state.get("open") and state["holds"] == []
        assert session.query(OutboxRow).filter(OutboxRow.status != "sent").count() == 0
    assert harness.cli("outbox", "list")[1].splitlines() == [
        "circuit breaker: closed (replies are sent)", "no replies waiting"]


# --- the same on PostgreSQL, and the migration ----------------------------------------------

@pytest.fixture
def pg_harness(tmp_path: Path, dovecot, smtp_sink, pg_url) -> Iterator[Harness]:
    user, password = dovecot.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
    h = Harness(tmp_path, dovecot, smtp_sink, pg_url, user, password)
    yield h
    h.close()


@pytest.mark.dovecot
@pytest.mark.postgres
def test_failures_retry_bounces_and_the_breaker_on_postgresql(pg_harness: Harness):
    """On PostgreSQL too: a refusal's last error, retry, a bounce, and a held loop."""
    h = pg_harness
    h.write_config(extra="[security]\nper_address_limit = 50\nloop_address_replies = 1")
    h.setup()
    h.sink.fail_with = "554 5.7.1 Rejected"
    h.append(mail(OWNER, "Cancel account 4810237."))
    h.poll()
    failed = one(h, "failed")
    assert failed.last_error == "554 5.7.1 Rejected"
    h.sink.fail_with = None
    assert h.cli("outbox", "retry", "--all")[0] == 0
    [reply] = h.sink.deliveries
    h.append(bounce_of(reply))
    for i in range(2):
        h.append(mail("sam@nowhere.example", f"I want to cancel my account ({i}).",
                      subject=f"cancel {i}"))
    h.poll()
    assert one(h, "bounced").id == failed.id
    assert len(h.sink.to("sam@nowhere.example")) == 1
    assert one(h, "paused").hold == "address:sam@nowhere.example"
    code, out, _err = h.cli("outbox", "list", "--failed")
    assert code == 0 and "bounced" in out


def _schema_matches(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate(engine, replay=True)  # every migration, not the models' create_all
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()


def test_the_migration_builds_the_models_schema_on_sqlite(tmp_path: Path):
    """The migrations bring a SQLite database to exactly the schema the models describe."""
    _schema_matches(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.postgres
def test_the_migration_builds_the_models_schema_on_postgresql(pg_url: str):
    """The migrations bring a PostgreSQL database to exactly the schema the models describe."""
    _schema_matches(pg_url)


def test_upgrading_from_0003_keeps_every_outbox_row(tmp_path: Path):
    """The SQLite table copy of 0004 keeps the replies already in the outbox."""
    from alembic import command

    from mailbot.store.db import _alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        cfg = _alembic_config(engine)
        command.upgrade(cfg, "0003")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO outbox (mailbox, kind, to_addr, from_addr, subject, message_id, raw,"
                " status, attempts, next_attempt_at, created_at, last_error) VALUES ('default',"
                " 'needs_info', 'a@b.example', 's@c.example', 'Re: x', '<m1@c.example>', x'00',"
                " 'failed', 3, '2026-03-02 10:00:00', '2026-03-02 10:00:00', '550 no')")
        command.upgrade(cfg, "head")
        with engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT status, attempts, last_error, hold, bounced_at FROM outbox").one()
        assert tuple(row) == ("failed", 3, "550 no", None, None)
    finally:
        engine.dispose()
