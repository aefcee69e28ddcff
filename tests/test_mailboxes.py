"""Several mailboxes in one deployment: each its own IMAP, sender, policy, templates, accounts."""

from __future__ import annotations

import uuid

import pytest

from tests.harness import ACCOUNTS, Harness, mail

pytestmark = pytest.mark.dovecot


def test_two_companies_side_by_side(harness: Harness, tmp_path):
    """CRM RUNNER and atntcrm.com share one installation but nothing else."""
    other, _password = harness.dovecot.add_user(f"support-{uuid.uuid4().hex[:6]}@atntcrm.example")
    site = tmp_path / "atnt-templates" / "en"
    site.mkdir(parents=True)
    (site / "needs_info.txt").write_text(
        "{% extends 'base.txt' %}{% block subject %}atntcrm.com needs your username and account "
        "number [{{ case.reference }}]{% endblock %}"
        "{% block body %}Please send both.{% endblock %}")
    harness.write_config(extra=f"""
[[mailboxes]]
name = "atntcrm"
support_address = "{other}"
[mailboxes.imap]
host = "127.0.0.1"
port = {harness.dovecot.port}
security = "none"
username = "{other}"
password = "{harness.password}"
processed_folder = "Processed/Cancellations"
[mailboxes.smtp]
host = "127.0.0.1"
port = {harness.sink.port}
security = "none"
from_address = "{other}"
from_name = "atntcrm.com Support"
[mailboxes.policy]
preset = "atntcrm"
notice_days = 30
timezone = "Europe/Paris"
[mailboxes.replies]
template_dir = "{tmp_path / 'atnt-templates'}"
""")
    harness.setup()
    csv = tmp_path / "atnt.csv"
    # the same account number exists at both companies, for different people
    csv.write_text(ACCOUNTS.splitlines()[0] + "\n"
                   "4810237,jdoe-fr,jean@example.fr,yearly,active,2025-09-01,240.00,EUR\n")
    code, _out, err = harness.cli("accounts", "import", str(csv), "--mailbox", "atntcrm")
    assert code == 0, err
    harness.append(mail("jdoe@example.com", "Cancel account 4810237.", message_id="<m1@x>"))
    harness.dovecot.append(other, mail("jean@example.fr", "Cancel account 4810237.",
                                       message_id="<m2@x>"))
    harness.dovecot.append(other, mail("jean@example.fr", "Cancel username jdoe-fr account "
                                       "4810237, please.", message_id="<m3@x>"))
    harness.poll()
    rows = {r["message_id"]: r for r in harness.export()}
    assert rows["<m1@x>"]["policy"] == "crm-runner@1" and rows["<m1@x>"]["outcome"] == "confirmed"
    assert rows["<m2@x>"]["outcome"] == "needs_info"  # atntcrm needs username and number
    assert rows["<m3@x>"]["policy"] == "atntcrm@1"
    assert rows["<m3@x>"]["account_action"] == "stop_renewal"
    [to_john] = harness.sink.to("jdoe@example.com")
    assert to_john.mail_from == harness.user
    to_jean = harness.sink.to("jean@example.fr")
    assert {d.mail_from for d in to_jean} == {other}
    # (replies leave over several SMTP connections at once: their order is not fixed)
    subjects = [str(d.message["Subject"]) for d in to_jean]
    assert len(subjects) == 2
    assert any("atntcrm.com needs your username" in subject for subject in subjects), subjects
    assert len(harness.dovecot.messages(other, "Processed/Cancellations")) == 2
    assert len(harness.processed()) == 1
