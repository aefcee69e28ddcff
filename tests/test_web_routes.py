"""The review desk's routes through Flask's test client on SQLite: auth, CSRF, lockout, actions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from mailbot.app import App
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.store.models import AuditRow, CaseRow, RefundRow
from mailbot.web.factory import create_app
from mailbot.web.users import add_user

ACCOUNTS = """\
account_number,username,email,plan,status,started_on,price,currency
4810237,jdoe,jdoe@example.com,monthly,active,2025-11-10,190.00,USD
7742051,acme-billing,billing@acme.example,yearly,active,2025-06-01,490.00,USD
2290317,kwhite88,kate.white@example.com,monthly,active,2025-12-05,29.00,USD
3318804,pdubois,pierre.dubois@example.fr,monthly,active,2025-09-15,19.00,EUR
"""
PASSWORDS = {"alice": "alice-password", "bob": "bob-password", "carol": "carol-password"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def eml(sender: str, body: str, mid: str, *, html: str | None = None) -> bytes:
    head = (f"From: {sender}\r\nTo: support@crmrunner.example\r\nSubject: Cancel my account\r\n"
            f"Date: Mon, 02 Mar 2026 09:14:00 -0500\r\nMessage-ID: <{mid}@client.example>\r\n"
            "Authentication-Results: mx.example; spf=pass smtp.mailfrom=example.com\r\n"
            "MIME-Version: 1.0\r\n")
    if html is None:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                + body.replace("\n", "\r\n")).encode()
    return (head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()


@dataclass
class Desk:
    root: Path
    config_path: Path
    app: App
    flask: Flask
    now: list[datetime]

    def cli(self, *args: str) -> int:
        return main([*args, "--config", str(self.config_path)])

    def process(self, *messages: bytes) -> None:
        files = []
        for i, raw in enumerate(messages):
            path = self.root / f"m{len(list(self.root.glob('m*.eml')))}-{i}.eml"
            path.write_bytes(raw)
            files.append(str(path))
        assert self.cli("process", *files) == 0

    def cases(self) -> dict[str, CaseRow]:
        with self.app.db.session(readonly=True) as session:
            return {c.username or c.sender: c for c in session.query(CaseRow).order_by(CaseRow.id)}

    def audit(self) -> list[tuple[str, str]]:
        with self.app.db.session(readonly=True) as session:
            return [(a.actor, a.action) for a in session.query(AuditRow).order_by(AuditRow.id)]


def write_config(root: Path, extra_web: str = "") -> Path:
    path = root / "mailbot.toml"
    path.write_text(f"""
[database]
url = "sqlite:///{root / 'mailbot.db'}"

[policy]
preset = "atntcrm"
notice_days = 30
timezone = "America/New_York"

[web]
secret_key = "test-secret-key-for-the-review-desk"
max_failed_logins = 3
lockout_minutes = 15
{extra_web}
""")
    return path


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A database with accounts, three users and a few cases, and the Flask app over it."""
    yield from make_desk(tmp_path)


def make_desk(tmp_path: Path) -> Iterator[Desk]:
    config_path = write_config(tmp_path)
    assert main(["init", "--config", str(config_path)]) == 0
    (tmp_path / "accounts.csv").write_text(ACCOUNTS)
    assert main(["accounts", "import", str(tmp_path / "accounts.csv"), "--config",
                 str(config_path)]) == 0
    now = [datetime(2026, 3, 5, 15, 0, tzinfo=UTC)]
    app = App(load_config(str(config_path)), clock=lambda: now[0])
    add_user(app.db, "alice", "agent", PASSWORDS["alice"], now=app.clock())
    add_user(app.db, "bob", "admin", PASSWORDS["bob"], now=app.clock())
    add_user(app.db, "carol", "admin", PASSWORDS["carol"], now=app.clock())
    d = Desk(tmp_path, config_path, app, create_app(app, testing=True), now)
    d.process(
        eml("jdoe@example.com", "Please cancel account 4810237, username jdoe, and refund my "
            "last payment.", "refund"),
        eml("kate.white@example.com", "Cancel my account please.\nUsername: kwhite88\n"
            "Account number: 7742051", "mismatch"),
    )
    yield d
    app.close()


def token_of(client: FlaskClient, path: str = "/login") -> str:
    match = CSRF.search(client.get(path).get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: FlaskClient, name: str, password: str | None = None) -> object:
    token = token_of(client)
    return client.post("/login", data={"username": name, "password": password or
                                       PASSWORDS[name], "csrf_token": token})


def case_ref(d: Desk, key: str) -> str:
    return d.cases()[key].reference


PUBLIC = {"auth.login", "static", "machine.healthz", "machine.metrics", "api.openapi"}


def test_every_page_and_api_route_refuses_an_anonymous_request(desk: Desk):
    """Pages redirect an anonymous visitor to the login form; the API answers 401."""
    client = desk.flask.test_client()
    ref = case_ref(desk, "jdoe")
    token = token_of(client)  # a valid CSRF token, so only the missing login refuses a POST
    checked = 0
    for rule in desk.flask.url_map.iter_rules():
        if rule.endpoint in PUBLIC or rule.endpoint == "auth.logout":
            continue
        url = rule.rule.replace("<ref>", ref).replace("<int:message_id>", "1")
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method, data={"csrf_token": token})
            if url.startswith("/api/"):
                assert response.status_code == 401, (method, url)
                assert response.headers["WWW-Authenticate"].startswith("Bearer")
            else:
                assert response.status_code == 302, (method, url)
                assert response.headers["Location"].startswith("/login"), (method, url)
            checked += 1
    assert checked >= 20
    assert desk.cases()["jdoe"].status == "flagged"


def test_a_post_without_a_valid_csrf_token_is_refused(desk: Desk):
    """A logged-in POST with no CSRF token, or a forged one, gets 400 and changes nothing."""
    client = desk.flask.test_client()
    assert login(client, "bob").status_code == 302
    ref = case_ref(desk, "kwhite88")
    for data in ({"account_number": "2290317"},
                 {"account_number": "2290317", "csrf_token": "forged"}):
        response = client.post(f"/cases/{ref}/correct", data=data)
        assert response.status_code == 400
        assert "stale or forged" in response.get_data(as_text=True)
    assert desk.cases()["kwhite88"].account_number == "7742051"
    bare = desk.flask.test_client()
    assert bare.post("/login", data={"username": "bob", "password": "bob-password"}
                     ).status_code == 400


def test_login_and_logout_are_audited_and_the_cookie_is_safe(desk: Desk):
    """Login sets an HttpOnly, SameSite=Lax session cookie; login, failure and logout are
    audited with who."""
    client = desk.flask.test_client()
    assert login(client, "alice", "wrong-password").status_code == 401
    response = login(client, "alice")
    assert response.status_code == 302 and response.headers["Location"] == "/queue"
    cookie = response.headers["Set-Cookie"]
    assert "mailbot_session=" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie
    assert client.get("/queue").status_code == 200
    client.post("/logout", data={"csrf_token": token_of(client, "/queue")})
    assert client.get("/queue").status_code == 302
    assert [x for x in desk.audit() if x[1].startswith("log")] == [
        ("web:alice", "login_failed"), ("agent:alice", "login"), ("agent:alice", "logout")]


def test_logout_ends_the_session_even_for_a_copied_cookie(desk: Desk):
    """A session cookie copied before logout no longer works after it; disabling a user
    ends their sessions as well."""
    client = desk.flask.test_client()
    login(client, "alice")
    stolen = client.get_cookie("mailbot_session").value
    thief = desk.flask.test_client()
    thief.set_cookie("mailbot_session", stolen)
    assert thief.get("/queue").status_code == 200
    client.post("/logout", data={"csrf_token": token_of(client, "/queue")})
    assert thief.get("/queue").status_code == 302
    login(client, "bob")
    assert client.get("/queue").status_code == 200
    assert desk.cli("users", "disable", "bob") == 0
    assert client.get("/queue").status_code == 302
    assert login(client, "bob").status_code == 401


def test_secure_cookies_add_the_secure_attribute(tmp_path: Path):
    """With [web] secure_cookies = true the session cookie is marked Secure."""
    path = write_config(tmp_path, "secure_cookies = true")
    assert main(["init", "--config", str(path)]) == 0
    app = App(load_config(str(path)))
    add_user(app.db, "bob", "admin", PASSWORDS["bob"], now=app.clock())
    client = create_app(app, testing=True).test_client()
    token = token_of(client)
    response = client.post("/login", base_url="https://localhost",
                           headers={"Referer": "https://localhost/login"},
                           data={"username": "bob", "password": PASSWORDS["bob"],
                                 "csrf_token": token})
    assert response.status_code == 302
    assert "Secure" in response.headers["Set-Cookie"]
    app.close()


def test_lockout_after_too_many_failed_logins(desk: Desk):
    """After max_failed_logins failures even the right password is refused until
    lockout_minutes have passed."""
    client = desk.flask.test_client()
    for _ in range(3):
        assert login(client, "alice", "nope-nope").status_code == 401
    response = login(client, "alice")
    assert response.status_code == 429
    assert "Too many failed logins" in response.get_data(as_text=True)
    assert client.get("/queue").status_code == 302
    desk.now[0] += timedelta(minutes=16)
    assert login(client, "alice").status_code == 302
    actions = [a for _, a in desk.audit() if a.startswith("login")]
    assert actions == ["login_failed"] * 3 + ["login_locked", "login"]


def test_an_agent_cannot_give_the_admin_approval_of_a_large_refund(desk: Desk):
    """Four eyes: an agent's approval of 150.00 waits; the agent cannot finish it; an admin
    can."""
    ref = case_ref(desk, "jdoe")
    agent = desk.flask.test_client()
    login(agent, "alice")
    token = token_of(agent, f"/cases/{ref}")
    page = agent.post(f"/cases/{ref}/approve", data={"refund": "150.00", "csrf_token": token},
                      follow_redirects=True).get_data(as_text=True)
    assert "needs an admin" in page
    case = desk.cases()["jdoe"]
    assert case.status == "flagged" and "awaiting_admin" in case.flags
    page = agent.post(f"/cases/{ref}/approve", data={"csrf_token": token},
                      follow_redirects=True).get_data(as_text=True)
    assert "flash error" in page and desk.cases()["jdoe"].status == "flagged"
    admin = desk.flask.test_client()
    login(admin, "bob")
    admin.post(f"/cases/{ref}/approve", data={"csrf_token": token_of(admin, f"/cases/{ref}")})
    assert desk.cases()["jdoe"].status == "confirmed"
    with desk.app.db.session(readonly=True) as session:
        refund = session.query(RefundRow).one()
        assert (refund.agent_approved_by, refund.approved_by) == ("agent:alice", "admin:bob")


def test_every_page_carries_a_strict_content_security_policy(desk: Desk):
    """CSP and the other security headers are on the login form, every page and errors."""
    client = desk.flask.test_client()
    anonymous = [client.get("/login"), client.get("/healthz")]
    login(client, "bob")
    ref = case_ref(desk, "jdoe")
    pages = [client.get(p) for p in ("/queue", f"/cases/{ref}", "/dashboard", "/nowhere")]
    for response in anonymous + pages:
        csp = response.headers["Content-Security-Policy"]
        assert csp.startswith("default-src 'self'; img-src 'self' data:;")
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
    assert pages[-1].status_code == 404


def test_the_queue_has_tabs_filters_search_and_pages(desk: Desk, monkeypatch: pytest.MonkeyPatch):
    """Counts per tab, search by number/username/email/reference, flag filter, pagination."""
    from mailbot.web import pages

    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get("/queue").get_data(as_text=True)
    assert re.search(r'Flagged <span class="count">2</span>', html)
    refund, mismatch = case_ref(desk, "jdoe"), case_ref(desk, "kwhite88")
    assert html.index(refund) < html.index(mismatch)  # oldest first (then by id)
    for term in ("4810237", "jdoe", "jdoe@example.com", refund.lower()):
        found = client.get("/queue", query_string={"q": term}).get_data(as_text=True)
        assert refund in found and mismatch not in found, term
    only = client.get("/queue?flag=identity_mismatch").get_data(as_text=True)
    assert mismatch in only and refund not in only
    assert "Nothing waiting" in client.get("/queue?tab=needs_info").get_data(as_text=True)
    assert "Nothing waiting" in client.get("/queue?older_than=30").get_data(as_text=True)
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    first = client.get("/queue").get_data(as_text=True)
    second = client.get("/queue?page=2").get_data(as_text=True)
    assert refund in first and mismatch not in first and 'rel="next"' in first
    assert mismatch in second and refund not in second and 'rel="prev"' in second
    assert client.get("/queue?tab=nope").status_code == 404


def test_a_case_page_shows_the_message_as_inert_text(desk: Desk):
    """HTML mail is shown as escaped text: no script, image or form of the sender's reaches
    the page; headers, Authentication-Results, evidence and the preview are there."""
    desk.process(eml("kate.white@example.com", "", "html", html=(
        '<html><body><script>document.title="pwned"</script>'
        '<img src=x onerror="alert(1)"><img src="http://198.51.100.7/track.png">'
        '<form action="http://198.51.100.7/"><input name=a></form>'
        "<p>Please cancel my account kwhite88, account number 2290317.</p></body></html>")))
    with desk.app.db.session(readonly=True) as session:
        ref = session.query(CaseRow).filter(CaseRow.account_number == "2290317").one().reference
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "Please cancel my account kwhite88" in html
    assert "<script>document" not in html and "198.51.100.7" not in html
    assert "onerror" not in html and "<form action=\"http" not in html
    assert "spf=pass" in html and "Authentication-Results" in html
    assert 'id="preview"' in html and "kate.white@example.com" in html


def test_correct_then_approve_through_the_pages(desk: Desk):
    """An identity mismatch is corrected and approved by an agent; both are audited as them."""
    ref = case_ref(desk, "kwhite88")
    client = desk.flask.test_client()
    login(client, "alice")
    page = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "correct the account number or username first" in page or "different accounts" in page
    token = token_of(client, f"/cases/{ref}")
    client.post(f"/cases/{ref}/correct", data={"account_number": "2290317", "csrf_token": token})
    page = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "stop_renewal" in page and "2290317" in page
    client.post(f"/cases/{ref}/approve", data={"csrf_token": token})
    assert desk.cases()["kwhite88"].status == "confirmed"
    assert ("agent:alice", "corrected") in desk.audit()
    assert ("agent:alice", "approved") in desk.audit()
    history = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "Alice corrected the account number from 7742051 to 2290317" in history
    assert "Alice approved the case: Confirmed, stop renewal" in history
    assert "agent:alice" not in history.split('id="history"')[1].split("as recorded")[0]


def test_reject_needs_a_note_and_closes_the_case(desk: Desk):
    """Rejecting without a note is refused; with one, the case is closed as rejected."""
    ref = case_ref(desk, "kwhite88")
    client = desk.flask.test_client()
    login(client, "bob")
    token = token_of(client, f"/cases/{ref}")
    page = client.post(f"/cases/{ref}/reject", data={"note": " ", "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "needs a note" in page and desk.cases()["kwhite88"].status == "flagged"
    client.post(f"/cases/{ref}/reject", data={"note": "Write from your registered address.",
                                               "notify": "1", "csrf_token": token})
    assert desk.cases()["kwhite88"].status == "rejected"


def test_bulk_approve_only_the_same_proposal_and_reports_each_case(desk: Desk):
    """Bulk approval refuses mixed proposals, shows each case's own error, and approves
    matching cases one by one."""
    desk.process(eml("billing@acme.example", "Please cancel account 7742051, username "
                     "acme-billing, and refund my last payment.", "refund2"),
                 eml("jdoe@example.com", "Cancel my account please.\nUsername: jdoe\n"
                     "Account number: 2290317", "mismatch2"))
    client = desk.flask.test_client()
    login(client, "bob")
    token = token_of(client, "/queue")
    with desk.app.db.session(readonly=True) as session:
        ref = {(c.sender, c.account_number): c.reference for c in session.query(CaseRow)}
    refund, refund2 = ref["jdoe@example.com", "4810237"], ref["billing@acme.example", "7742051"]
    kate, jdoe2 = ref["kate.white@example.com", "7742051"], ref["jdoe@example.com", "2290317"]
    page = client.post("/queue/approve", data={"ref": [refund, kate], "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "propose the same decision" in page and desk.cases()["jdoe"].status == "flagged"
    page = client.post("/queue/approve", data={"ref": [refund, refund2], "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    errors = re.findall(r'class="flash error">([^<]*)', page)
    assert [e.split(":")[0] for e in errors] == [refund, refund2]
    assert "enter its amount in USD (at most 190.00; 0 for none)" in errors[0]
    assert "enter its amount in USD (at most 490.00; 0 for none)" in errors[1]
    assert not re.search(r"refund \d", page)  # never an internal id
    queue_html = client.get("/queue").get_data(as_text=True)
    assert f'name="refund-{refund}"' in queue_html and f'name="refund-{refund2}"' in queue_html
    page = client.post("/queue/approve", data={
        "ref": [refund, refund2], "csrf_token": token, f"refund-{refund}": "19.00",
        f"refund-{refund2}": "1e3"}, follow_redirects=True).get_data(as_text=True)
    [ok] = re.findall(r'class="flash ok">([^<]*)', page)
    assert ok.startswith(refund) and "confirmed" in ok and "refund 19.00 USD" in ok
    [error] = re.findall(r'class="flash error">([^<]*)', page)
    assert error.startswith(refund2) and "not an amount like 19.00" in error
    page = client.post("/queue/approve", data={
        "ref": [refund2], "csrf_token": token, f"refund-{refund2}": "500"},
        follow_redirects=True).get_data(as_text=True)
    assert "more than the customer paid: 490.00 USD was paid for the current yearly " \
        "period" in page and desk.cases()["acme-billing"].status == "flagged"
    client.post(f"/cases/{kate}/correct", data={"account_number": "2290317",
                                                "csrf_token": token}, follow_redirects=True)
    # A second case for an account that already has one is refused: no double cancellation.
    page = client.post(f"/cases/{jdoe2}/correct", data={"username": "kwhite88",
                                                       "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert f"already has case {kate}" in page
    client.post(f"/cases/{jdoe2}/correct", data={"account_number": "3318804",
                                                 "username": "pdubois", "csrf_token": token},
                follow_redirects=True)
    # jdoe2 now names pdubois's account, whose owner never asked: approving it needs the
    # explicit "owner not verified" choice and a reason (SPEC §9, tests/test_desk_trust.py).
    page = client.post("/queue/approve", data={"ref": [kate, jdoe2], "csrf_token": token,
                                               "owner_not_verified": "1",
                                               "reason": "pdubois confirmed by phone"},
                       follow_redirects=True).get_data(as_text=True)
    assert len(re.findall(r'class="flash ok">CR-[^<]*confirmed', page)) == 2
    with desk.app.db.session(readonly=True) as session:
        status = {c.reference: c.status for c in session.query(CaseRow)}
    assert (status[kate], status[jdoe2], status[refund]) == ("confirmed", "confirmed", "confirmed")
    assert status[refund2] == "flagged"
    with desk.app.db.session(readonly=True) as session:
        row = session.query(RefundRow).join(CaseRow).filter(CaseRow.reference == refund).one()
        assert (row.amount, row.currency, row.status) == (Decimal("19.00"), "USD", "approved")
    assert sum(1 for who, what in desk.audit() if (who, what) == ("admin:bob", "approved")) == 3


def test_dashboard_charts_and_resume_is_for_admins(desk: Desk):
    """The dashboard draws SVG charts and health; only an admin may resume sending."""
    from mailbot.safety import KEY
    from mailbot.store.models import ServiceStateRow

    with desk.app.db.session() as session:
        session.add(ServiceStateRow(key=KEY, value={"open": True, "reason": "loop?"}))
    agent = desk.flask.test_client()
    login(agent, "alice")
    html = agent.get("/dashboard").get_data(as_text=True)
    assert html.count("<svg") == 2 and "Cancellation reasons" in html
    assert "sending paused" in html and "Resume sending" not in html
    token = token_of(agent, "/dashboard")
    assert agent.post("/dashboard/resume-sending", data={"csrf_token": token}
                      ).status_code == 403
    admin = desk.flask.test_client()
    login(admin, "bob")
    assert "Resume sending" in admin.get("/dashboard").get_data(as_text=True)
    admin.post("/dashboard/resume-sending", data={"csrf_token": token_of(admin, "/dashboard")})
    assert ("admin:bob", "circuit_resumed") in desk.audit()
    assert "closed: replies are sent" in admin.get("/dashboard").get_data(as_text=True)



def test_resend_verification_and_reprocess_a_failed_message(desk: Desk):
    """A pending verification can be re-sent from its page; a failed message listed in the
    failed tab is run through the pipeline again."""
    import hashlib

    from mailbot.store.models import MessageRow, OutboxRow

    desk.process(eml("someone@elsewhere.example", "Please cancel account 2290317, username "
                     "kwhite88.", "verify"))
    ref = next(c.reference for c in desk.cases().values() if c.status == "pending_verification")
    raw = eml("billing@acme.example", "Please cancel account 7742051, username acme-billing.",
              "broken")
    with desk.app.db.session() as session:
        session.add(MessageRow(mailbox="default", source="file", message_id="<broken@x>",
                               raw_sha256=hashlib.sha256(raw).hexdigest(), raw=raw,
                               size=len(raw), received_at=desk.now[0], status="failed",
                               error="RuntimeError: boom", sender="billing@acme.example"))
    client = desk.flask.test_client()
    login(client, "alice")
    token = token_of(client, f"/cases/{ref}")
    with desk.app.db.session(readonly=True) as session:
        before = session.query(OutboxRow).filter_by(kind="verification_request").count()
    # The request went out when the message was processed (wall clock): within 15 minutes a
    # resend is refused with the time it can go; after that it goes.
    desk.now[0] = datetime.now(UTC) + timedelta(minutes=5)
    page = client.post(f"/cases/{ref}/resend-verification", data={"csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "not sent: a confirmation request went to kate.white@example.com" in page
    assert "15-minute pause" in page
    desk.now[0] = datetime.now(UTC) + timedelta(minutes=16)
    page = client.post(f"/cases/{ref}/resend-verification", data={"csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "confirmation request sent to kate.white@example.com" in page
    with desk.app.db.session(readonly=True) as session:
        assert session.query(OutboxRow).filter_by(kind="verification_request").count() == \
            before + 1
    failed = client.get("/queue?tab=failed").get_data(as_text=True)
    assert "RuntimeError: boom" in failed
    page = client.post("/messages/reprocess", data={"all": "1", "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "1 message(s) processed again" in page
    with desk.app.db.session(readonly=True) as session:
        assert session.query(MessageRow).filter_by(message_id="<broken@x>").one().status \
            == "processed"
    assert ("agent:alice", "verification_resent") in desk.audit()
    assert ("agent:alice", "reprocess") in desk.audit()
