"""The admins' mailbox page: listing, adding (all or none), replacing and removing mailboxes
kept in the database, with the same checks as ``mailbot mailboxes``; agents may not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from mailbot.store.models import AuditRow, MailboxRow
from tests.test_web_routes import Desk, login, make_desk, token_of


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    yield from make_desk(tmp_path)


def entry(name: str, host: str = "imap.brand.example", secret: str = 'password_env = "B_PW"'
          ) -> str:
    return f"""
[[mailboxes]]
name = "{name}"
[mailboxes.imap]
host = "{host}"
username = "help@{name}.example"
{secret}
[mailboxes.smtp]
host = "smtp.{name}.example"
from_address = "help@{name}.example"
[mailboxes.policy]
preset = "crm-runner"
"""


def stored(d: Desk) -> dict[str, dict]:
    with d.app.db.session(readonly=True) as session:
        return {r.name: dict(r.definition) for r in session.query(MailboxRow)}


def post(client: FlaskClient, url: str, **data: str):
    return client.post(url, data={"csrf_token": token_of(client, "/mailboxes"), **data})


def admin(d: Desk) -> FlaskClient:
    client = d.flask.test_client()
    login(client, "bob")
    return client


def test_an_admin_adds_lists_replaces_and_removes_a_mailbox(desk: Desk):
    client = admin(desk)
    page = client.get("/mailboxes").get_data(as_text=True)
    assert 'id="mailbox-list"' in page and "[[mailboxes]]" in page  # the example to start from

    done = post(client, "/mailboxes/add", definition=entry("brand-b") + entry("brand-c"))
    assert done.status_code == 302
    assert set(stored(desk)) == {"brand-b", "brand-c"}
    page = client.get("/mailboxes").get_data(as_text=True)
    assert "2 mailbox(es) added" in page
    assert 'id="mailbox-brand-b"' in page and "help@brand-b.example@imap.brand.example:993" in page
    assert "imap: $B_PW" in page  # where the secret comes from, never a value

    again = post(client, "/mailboxes/add", definition=entry("brand-b", host="other.example"))
    assert again.status_code == 400 and "exists already" in again.get_data(as_text=True)
    assert stored(desk)["brand-b"]["imap"]["host"] == "imap.brand.example"
    replaced = post(client, "/mailboxes/add", definition=entry("brand-b", host="other.example"),
                    replace="yes")
    assert replaced.status_code == 302
    assert stored(desk)["brand-b"]["imap"]["host"] == "other.example"

    assert post(client, "/mailboxes/brand-c/remove").status_code == 302
    assert set(stored(desk)) == {"brand-b"}
    with desk.app.db.session(readonly=True) as session:
        actions = [(a.actor, a.action) for a in session.query(AuditRow)
                   if a.action.startswith("mailbox_")]
    assert actions == [("admin:bob", "mailbox_added"), ("admin:bob", "mailbox_added"),
                       ("admin:bob", "mailbox_replaced"), ("admin:bob", "mailbox_removed")]


@pytest.mark.parametrize(("definition", "says"), [
    ("[[mailboxes]]\nname = ", "not valid TOML"),
    ('[database]\nurl = "sqlite:///x.db"\n', "expected only [[mailboxes]] tables"),
    (entry("brand-b", secret='password = "hunter2"'), "never stored"),
    (entry("Bad Name!"), "name"),
    (entry("brand-b") + entry("brand-b"), "given twice"),
    (entry("brand-b") + entry("brand-c", secret='password = "hunter2"'), "never stored"),
])
def test_a_bad_definition_is_refused_whole_and_kept_for_correcting(desk: Desk, definition,
                                                                   says):
    client = admin(desk)
    answer = post(client, "/mailboxes/add", definition=definition)
    text = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert says in text.replace("&#34;", '"').replace("&#39;", "'")
    assert "hunter2" not in str(stored(desk))
    assert stored(desk) == {}  # all or none
    if "brand-c" in definition:
        assert "brand-c" in text  # the text stays in the form


def test_an_agent_may_not_see_or_change_mailboxes(desk: Desk):
    agent = desk.flask.test_client()
    login(agent, "alice")
    assert agent.get("/mailboxes").status_code == 403
    assert 'href="/mailboxes"' not in agent.get("/queue").get_data(as_text=True)
    token = token_of(agent, "/queue")
    refused = agent.post("/mailboxes/add", data={"csrf_token": token,
                                                 "definition": entry("brand-b")})
    assert refused.status_code == 403 and stored(desk) == {}
    assert 'href="/mailboxes"' in admin(desk).get("/queue").get_data(as_text=True)


def test_removing_needs_a_csrf_token_and_a_stored_mailbox(desk: Desk):
    client = admin(desk)
    post(client, "/mailboxes/add", definition=entry("brand-b"))
    assert client.post("/mailboxes/brand-b/remove").status_code == 400  # no token
    assert set(stored(desk)) == {"brand-b"}
    missing = post(client, "/mailboxes/nothing/remove")
    assert missing.status_code == 302
    assert "no mailbox named" in client.get("/mailboxes").get_data(as_text=True)


def test_a_stored_definition_that_no_longer_validates_is_listed_and_can_be_removed(desk: Desk,
                                                                                  capsys):
    """E.g. written by an older mailbot: it is not polled, and says so, on the desk and in
    'mailboxes list'; an admin can still remove it."""
    from mailbot.store import mailboxes as store

    with desk.app.db.session() as session:
        store.save(session, "old-box", {"imap": {"host": "imap.old.example", "colour": "red"}},
                   "test", replace=False)
    client = admin(desk)
    row = client.get("/mailboxes").get_data(as_text=True).split('id="mailbox-old-box"')[1]
    row = row.split("</tr>")[0]
    assert "Not polled:" in row and "colour" in row and "Remove" in row
    assert desk.cli("mailboxes", "list") == 0
    assert "NOT POLLED:" in capsys.readouterr().out
    assert post(client, "/mailboxes/old-box/remove").status_code == 302
    assert stored(desk) == {}
    assert 'id="mailbox-old-box"' not in client.get("/mailboxes").get_data(as_text=True)
