"""The whole pipeline on real servers: Dovecot in, aiosmtpd out, SQLite or PostgreSQL in between."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email import message_from_bytes

import pytest

from tests.harness import Harness, mail

pytestmark = pytest.mark.dovecot

CANCEL_STOP = mail("John Doe <jdoe@example.com>",
                   "Hi,\nplease cancel my subscription, account number 4810237.\n"
                   "We are switching to HubSpot.\nJohn", message_id="<e2e-stop@client.example>")
CANCEL_TRIAL = mail("maria.garcia@example.es",
                    "Hola, quiero cancelar mi cuenta.\nUsuario: maria.garcia\n"
                    "Motivo: es demasiado caro.", subject="Cancelar",
                    message_id="<e2e-trial@client.example>")
CANCEL_YEARLY = mail("Acme <billing@acme.example>",
                     "Please cancel our account 7742051, we closed the business.",
                     message_id="<e2e-yearly@client.example>")
NEEDS_INFO = mail("Sam <sam@unknown.example>", "Hello, I want to cancel my account please.",
                  message_id="<e2e-needs@client.example>")
QUESTION = mail("Priya <priya@example.in>",
                "Hi, could you send me last month's invoice? Thanks!",
                subject="Invoice for February", message_id="<e2e-question@client.example>")
OUT_OF_OFFICE = mail("Tom <tom@example.org>", "I am out of the office until Monday.",
                     subject="Automatic reply: Cancel my account",
                     message_id="<e2e-ooo@client.example>",
                     headers={"Auto-Submitted": "auto-replied"})
RECEIVED = datetime(2026, 3, 2, 14, 14, tzinfo=UTC)  # 09:14 in New York


def _load(h: Harness) -> None:
    h.setup()
    for raw in (CANCEL_STOP, CANCEL_TRIAL, CANCEL_YEARLY, NEEDS_INFO, QUESTION, OUT_OF_OFFICE):
        h.append(raw, RECEIVED)


def _check_first_poll(h: Harness) -> None:
    inbox = h.inbox()
    processed = h.processed()
    processed_ids = {message_from_bytes(raw)["Message-ID"] for _uid, _f, raw in processed}
    assert processed_ids == {"<e2e-stop@client.example>", "<e2e-trial@client.example>",
                             "<e2e-yearly@client.example>", "<e2e-needs@client.example>"}
    assert {message_from_bytes(raw)["Message-ID"] for _u, _f, raw in inbox} == {
        "<e2e-question@client.example>", "<e2e-ooo@client.example>"}
    assert all("\\Seen" not in flags for _uid, flags, _raw in inbox), "other mail was marked seen"

    replies = {d.rcpt_tos[0]: d.message for d in h.sink.deliveries}
    assert sorted(replies) == ["billing@acme.example", "jdoe@example.com",
                               "maria.garcia@example.es", "sam@unknown.example"]
    assert len(h.sink.deliveries) == 4, "exactly one reply per request"
    for address, original in (("jdoe@example.com", "<e2e-stop@client.example>"),
                              ("sam@unknown.example", "<e2e-needs@client.example>")):
        reply = replies[address]
        assert reply["In-Reply-To"] == original
        assert original in reply["References"]
        assert reply["Auto-Submitted"] == "auto-replied"
        body = reply.get_body(("plain",)).get_content() if hasattr(reply, "get_body") else ""
        text = body or reply.get_payload(0).get_payload(decode=True).decode()
        assert "March 2, 2026" in text and "9:14" in text, "the reply states the receipt time"

    rows = {r["message_id"]: r for r in h.export()}
    stop = rows["<e2e-stop@client.example>"]
    assert stop["intent"] == "cancellation" and stop["outcome"] == "confirmed"
    assert stop["account_number"] == "4810237" and stop["account_action"] == "stop_renewal"
    assert stop["effective_on"] == "2026-04-10" and stop["policy"] == "crm-runner@1"
    assert stop["reason_code"] == "switched_service"
    assert stop["request_id"].startswith("CR-")
    assert stop["reply_message_ids"] == [replies["jdoe@example.com"]["Message-ID"]]
    assert stop["received_at"].startswith("2026-03-02T14:14:00")
    assert stop["rule"] == "request/policy:monthly-with-notice", "the step and the rule"
    trial = rows["<e2e-trial@client.example>"]
    assert (trial["outcome"], trial["account_action"], trial["refund"]) == (
        "confirmed", "block", {"amount": "0.00", "currency": "USD"})
    assert trial["username"] == "maria.garcia"
    assert rows["<e2e-yearly@client.example>"]["account_action"] == "suspend"
    needs = rows["<e2e-needs@client.example>"]
    assert needs["outcome"] == "needs_info" and needs["account_action"] is None
    assert rows["<e2e-question@client.example>"]["outcome"] == "ignored"
    assert rows["<e2e-question@client.example>"]["reply_message_ids"] == []
    ooo = rows["<e2e-ooo@client.example>"]
    assert (ooo["intent"], ooo["outcome"]) == ("auto_reply", "ignored")
    assert (ooo["rule"], needs["rule"]) == ("machine-mail", "request")
    assert rows["<e2e-question@client.example>"]["rule"] == "not-a-request"


def _check_second_poll_changes_nothing(h: Harness) -> None:
    before = (h.export(), len(h.sink.deliveries), len(h.inbox()), len(h.processed()))
    out = h.poll()
    assert "0 new message(s)" in out
    after = (h.export(), len(h.sink.deliveries), len(h.inbox()), len(h.processed()))
    assert after == before


def test_one_poll_on_sqlite(harness: Harness):
    """One poll files cancellations away, answers each once, leaves other mail unseen."""
    _load(harness)
    harness.poll()
    _check_first_poll(harness)
    _check_second_poll_changes_nothing(harness)


@pytest.mark.postgres
def test_one_poll_on_postgresql(tmp_path, dovecot, smtp_sink, pg_url):
    """The same flow on PostgreSQL."""
    user, password = dovecot.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
    h = Harness(tmp_path, dovecot, smtp_sink, pg_url, user, password)
    try:
        _load(h)
        h.poll()
        _check_first_poll(h)
        _check_second_poll_changes_nothing(h)
    finally:
        h.close()


def test_export_csv_has_every_field(harness: Harness):
    """The CSV export has the SPEC §4 columns, one row per processed message."""
    _load(harness)
    harness.poll()
    code, out, _err = harness.cli("export", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("message_id,received_at,sender,intent,username,account_number,reason,"
                        "reason_code,outcome,flags,account_action,effective_on,refund,policy,"
                        "request_id,reply_message_ids,rule")
    assert len(lines) == 7
    assert any("0.00 USD" in line and "block" in line for line in lines)


def test_uidvalidity_change_does_not_reprocess(harness: Harness):
    """A new UIDVALIDITY makes mailbot rescan, recognise known mail, and answer nothing twice."""
    _load(harness)
    harness.poll()
    sent = len(harness.sink.deliveries)
    with harness.app.db.session() as session:
        from mailbot.store.models import Checkpoint

        cp = session.query(Checkpoint).one()
        cp.uidvalidity += 1  # as if the server had rebuilt the folder
    out = harness.poll()
    assert "0 processed" in out
    assert len(harness.sink.deliveries) == sent
    assert len(harness.export()) == 6
    harness.append(mail("jdoe@example.com", "cancel account 7742051 too", message_id="<e2e-new@x>"))
    harness.poll()
    assert len(harness.export()) == 7


def test_oversize_message_is_recorded_not_read(harness: Harness):
    """A message over max_message_bytes is recorded and flagged, never parsed or re-fetched."""
    harness.set_imap(max_message_bytes=2048)
    harness.setup()
    big = mail("jdoe@example.com", "cancel account 4810237\n" + "x" * 5000,
               message_id="<e2e-big@x>")
    harness.append(big)
    harness.poll()
    rows = harness.export()
    assert [(r["message_id"], r["outcome"], r["flags"]) for r in rows] == [
        ("<e2e-big@x>", "flagged", ["oversize"])]
    assert harness.sink.deliveries == []
    assert len(harness.inbox()) == 1
    harness.poll()
    assert len(harness.export()) == 1


def test_process_command_uses_the_same_pipeline(harness: Harness, tmp_path):
    """`mailbot process FILE.eml` decides a file like a polled one (Date header = receipt)."""
    harness.setup()
    path = tmp_path / "req.eml"
    path.write_bytes(CANCEL_STOP)
    code, out, err = harness.cli("process", str(path))
    assert code == 0, err
    assert "cancellation -> confirmed" in out
    assert len(harness.sink.to("jdoe@example.com")) == 1
    code, out, _ = harness.cli("process", str(path))
    assert "already processed" in out
    assert len(harness.sink.to("jdoe@example.com")) == 1
    row = harness.export()[0]
    assert row["received_at"].startswith("2026-03-02T14:14:00")


def test_process_received_at_overrides_date_header(harness: Harness, tmp_path):
    """--received-at decides which day the request counts from."""
    harness.setup()
    path = tmp_path / "req.eml"
    path.write_bytes(CANCEL_STOP)
    code, _out, err = harness.cli("process", str(path), "--received-at", "2026-03-15T10:00:00")
    assert code == 0, err
    assert harness.export()[0]["effective_on"] == "2026-05-10"
