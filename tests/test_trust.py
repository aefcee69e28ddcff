"""Trust (SPEC §9): only the owner can cancel, and only when they mean it.

The tables in tests/trust/ were written from the SPEC before the code that reads them
(hostile From / Sender / Authentication-Results headers; owners' answers to a
confirmation request in five languages). Every hostile row runs through the real
pipeline (`mailbot process`'s path, on SQLite); a representative subset also runs
through the real poll path (Dovecot + aiosmtpd).
"""

from __future__ import annotations

import shutil
import tomllib
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.app import App
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.export import records
from mailbot.flow.files import process_files, read_files
from mailbot.parsing.answers import Answer, read_answer
from mailbot.parsing.quotes import split_reply
from mailbot.store.models import AccountRow, OutboxRow
from tests.harness import Harness, reply_to

TABLES = Path(__file__).resolve().parent / "trust"
HOSTILE = tomllib.loads((TABLES / "hostile_senders.toml").read_text())["case"]
ANSWERS = tomllib.loads((TABLES / "confirmation_answers.toml").read_text())["answer"]
OWNER = "kate@example.com"
BODY = "Please cancel my account 4810237. Kate"
ACCOUNTS = """\
account_number,username,email,plan,status,started_on,price,currency
4810237,kate,kate@example.com,monthly,active,2024-11-10,19.00,USD
"""
TRUSTED = '[security]\ntrusted_authserv_id = ["mx.crmrunner.example"]\n'


def hostile_message(row: dict) -> bytes:
    return (row["headers"].replace("\n", "\r\n") + "\r\n" + BODY + "\r\n").encode("utf-8")


@pytest.fixture(scope="module")
def template_dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """One initialised database with Kate's account per setting, copied for every row."""
    return make_templates(tmp_path_factory.mktemp("trust"))


def make_templates(base: Path) -> dict[bool, Path]:
    out = {}
    for trusted in (False, True):
        root = base / f"trust-{trusted}"
        root.mkdir()
        config = root / "mailbot.toml"
        config.write_text(f'[database]\nurl = "sqlite:///{root}/mailbot.db"\n'
                          f'[policy]\npreset = "crm-runner"\n' + (TRUSTED if trusted else ""))
        (root / "accounts.csv").write_text(ACCOUNTS)
        assert main(["init", "--config", str(config)]) == 0
        assert main(["accounts", "import", str(root / "accounts.csv"),
                     "--config", str(config)]) == 0
        out[trusted] = root
    return out


def run_row(row: dict, template: Path, tmp_path: Path) -> tuple[dict, set[str], str]:
    """Process one hostile message; (export record, reply recipients, account status)."""
    root = tmp_path / "site"
    shutil.copytree(template, root)
    text = (template / "mailbot.toml").read_text().replace(str(template), str(root))
    (root / "mailbot.toml").write_text(text)
    eml = root / "message.eml"
    eml.write_bytes(hostile_message(row))
    app = App(load_config(str(root / "mailbot.toml")))
    try:
        rt = app.runtime()
        process_files(app.chain_context(), rt, read_files([str(eml)]),
                      datetime(2026, 3, 2, 14, 14, tzinfo=UTC))
        with app.db.session(readonly=True) as session:
            [record] = list(records(session, None))
            recipients = {r.to_addr for r in session.query(OutboxRow)}
            status = session.query(AccountRow).one().status
    finally:
        app.close()
    return record, recipients, status


@pytest.mark.parametrize("row", HOSTILE, ids=[r["id"] for r in HOSTILE])
def test_hostile_sender_table(row: dict, template_dbs: dict[bool, Path], tmp_path: Path):
    """Each forged or odd sender gets exactly the treatment its row expects: the sender read
    from the raw From structure, the owner only when authenticated, replies only to the
    owner and to the parsed sender, never to an address taken from a name or a header a
    stranger controls."""
    record, recipients, status = run_row(row, template_dbs[row["trusted"]], tmp_path)
    assert (record["sender"] or "").lower() == row["expect_sender"], record
    allowed = {OWNER, row["ack_to"]} - {""}
    assert recipients <= allowed, f"replies went to {recipients - allowed}"
    assert OWNER in recipients, "the owner always hears of a request for their account"
    if row["expect_owner"]:
        assert record["outcome"] == "confirmed", record
        assert status == "cancelled" or record["account_action"] is not None
    else:
        assert record["outcome"] != "confirmed", record
        assert record["outcome"] == "pending_verification", record
        assert status == "active"


def test_forgery_table_is_large_enough():
    """The table has at least 40 rows, most of them forgeries."""
    assert len(HOSTILE) >= 40
    assert sum(not r["expect_owner"] for r in HOSTILE) >= 40


@pytest.mark.parametrize("row", ANSWERS, ids=[r["id"] for r in ANSWERS])
def test_confirmation_answer_table(row: dict):
    """An owner's answer to the confirmation request reads as its row expects; above all,
    nothing that is not a clear yes ever confirms."""
    got = read_answer(split_reply(row["body"]).body)
    if row["expect"] != "yes":
        assert got != Answer.YES, "a no or an unclear answer must never confirm"
    if row["id"] == "en-yes-it-was-my-assistant":
        pytest.xfail("a yes with an explanation in between is left to a person (unclear)")
    assert got == row["expect"]


def test_answer_table_covers_five_languages():
    """At least 120 answers, at least 20 in each reply language, at least 80 not a yes."""
    assert len(ANSWERS) >= 120
    for lang in ("en", "es", "de", "fr", "pt"):
        assert sum(r["lang"] == lang for r in ANSWERS) >= 20
    assert sum(r["expect"] != "yes" for r in ANSWERS) >= 80


# --- the real poll path (Dovecot + aiosmtpd) ------------------------------------------------

POLL_SUBSET = [
    "ew-b-utf8-name-is-kate-address", "ew-q-encoded-crlf-injection",
    "unquoted-address-as-display-name", "two-mailboxes-kate-first", "group-kate-and-attacker",
    "reply-to-kate-from-attacker", "auth-ours-none-forged-ours-below", "auth-dmarc-pass",
    "ew-trusted-evil-dmarc-pass",
]


def _poll_rows() -> list[dict]:
    by_id = {r["id"]: r for r in HOSTILE}
    return [by_id[i] for i in POLL_SUBSET]


@pytest.mark.dovecot
@pytest.mark.parametrize("row", _poll_rows(), ids=lambda r: r["id"])
def test_hostile_senders_through_the_poll_path(harness: Harness, row: dict):
    """A representative subset of the forgeries, APPENDed to Dovecot and polled: replies
    reach the SMTP server only for the owner and the parsed sender."""
    harness.write_config(extra=TRUSTED if row["trusted"] else "")
    harness.setup(ACCOUNTS)
    raw = hostile_message(row).replace(b"Message-ID: <",
                                       f"Message-ID: <{uuid.uuid4().hex}.".encode(), 1)
    harness.append(raw)
    harness.poll()
    [record] = harness.export()
    assert (record["sender"] or "").lower() == row["expect_sender"]
    delivered = {rcpt.lower() for d in harness.sink.deliveries for rcpt in d.rcpt_tos}
    assert delivered <= ({OWNER, row["ack_to"]} - {""}), delivered
    assert (record["outcome"] == "confirmed") == row["expect_owner"]


@pytest.mark.dovecot
@pytest.mark.parametrize(("answer", "status", "told"), [
    ("Yes, please cancel it.", "confirmed", "will end on"),
    ("Nope. Who sent this? Keep my account.", "not_confirmed", "Nothing has been cancelled"),
    ("Not ok.", "not_confirmed", "Nothing has been cancelled"),
    ("Can I cancel later instead?", "pending_verification", None),
    ("", "pending_verification", None),
])
def test_owner_answers_through_the_poll_path(harness: Harness, answer: str, status: str,
                                             told: str | None):
    """The owner's answer to the confirmation request, from the registered address, in the
    thread: yes confirms, no closes with nothing changed (and says so), anything else
    waits for a person with the case flagged."""
    harness.setup(ACCOUNTS)
    harness.append(_request_from("mallory@evil.example"))
    harness.poll()
    [request] = harness.sink.to(OWNER)
    harness.sink.reset()
    harness.append(reply_to(request, OWNER, answer))
    harness.poll()
    with harness.app.db.session(readonly=True) as session:
        from mailbot.store.models import CaseRow

        case = session.query(CaseRow).one()
        assert case.status == status
        if status == "pending_verification":
            assert "unclear_answer" in case.flags
        if status != "confirmed":
            assert session.query(AccountRow).one().status == "active", "nothing changed"
    to_owner = harness.sink.to(OWNER)
    if told is None:
        assert to_owner == []
    else:
        assert len(to_owner) == 1 and told in str(to_owner[0].message["Subject"])


def _request_from(sender: str) -> bytes:
    from tests.harness import mail

    return mail(sender, BODY)


# --- the operator is told when From is believed ---------------------------------------------

def test_dashboard_warns_when_senders_are_unauthenticated(tmp_path: Path):
    """With neither trusted_authserv_id nor verify_dkim the dashboard says that anyone can
    forge an owner's address; with one of them set it does not."""
    from tests.test_web_routes import login, make_desk

    for extra, warned in (("", True), ('[security]\ntrusted_authserv_id = "mx.x"\n', False)):
        root = tmp_path / str(warned)
        root.mkdir()
        desk = next(make_desk(root))
        if extra:
            desk.config_path.write_text(desk.config_path.read_text() + extra)
            desk = next(make_desk_again(desk))
        client = desk.flask.test_client()
        login(client, "alice")
        html = client.get("/dashboard").get_data(as_text=True)
        assert ('id="unauthenticated-warning"' in html) is warned


def make_desk_again(desk):  # a fresh Flask app over the new config
    from mailbot.web.factory import create_app

    app = App(load_config(str(desk.config_path)), clock=desk.app.clock)
    desk.app, desk.flask = app, create_app(app)
    yield desk


@pytest.mark.dovecot
def test_run_warns_once_when_senders_are_unauthenticated(harness: Harness):
    """`mailbot run` logs one warning naming both settings when From is simply believed."""
    import signal
    import subprocess
    import sys
    import time

    from tests.harness import REPO

    harness.setup()
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--config",
                             str(harness.config_path)], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    from mailbot.store.models import ServiceStateRow

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # until the service has polled once
        with harness.app.db.session(readonly=True) as session:
            if session.query(ServiceStateRow).filter(
                    ServiceStateRow.key.like("last_poll:%")).count():
                break
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=20)
    assert err.count("sender addresses are unauthenticated") == 1
    assert "trusted_authserv_id" in err and "verify_dkim" in err


def test_raw_8bit_from_header_never_breaks_recording():
    """A From header with raw UTF-8 and Latin-1 bytes (no encoded words) is read, and a
    header no parser can read gives no sender instead of stopping the poll."""
    from mailbot import rawmail

    assert rawmail.sender(b"From: Jos\xc3\xa9 M\xe9ndez <Jose@Example.com>\r\n\r\nx") == \
        "jose@example.com"
    assert rawmail.sender(b"From: \xff\xfe <\r\n\r\nx") == ""
