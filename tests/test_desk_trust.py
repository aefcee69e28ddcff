"""The review desk and trust: approving without the owner's confirmation, filter values,
size limits and login throttling per client address (SPEC §8, §9)."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailbot import desk_input, review
from mailbot.app import App
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.flags import CASE_FLAGS, Flag
from mailbot.store import queue
from mailbot.store.models import AuditRow, CaseRow, LoginAttemptRow
from mailbot.web.factory import create_app
from mailbot.web.users import add_user, create_token
from tests import test_web_routes as routes
from tests.harness import Harness, mail
from tests.servers import free_port, require, wait_port
from tests.test_web_browser import (
    ARGS,
    ARTIFACTS,
    CHROMIUM,
    PASSWORD,
    Served,
    case_where,
    log_in,
)
from tests.test_web_routes import Desk, case_ref, eml, login, token_of

STRANGER = eml("someone@elsewhere.example", "Please cancel account 2290317, username "
               "kwhite88.", "stranger")
REASON = "Owner confirmed by phone on 5 March, ticket 1234."
THROTTLE = "max_failed_logins_per_address = 6\nmax_failed_logins_per_user = 8"


def _bearer(desk: Desk, name: str) -> dict[str, str]:
    """The Authorization header of a new API token of that desk user."""
    return {"Authorization": f"Bearer {create_token(desk.app.db, name, now=desk.app.clock())}"}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    """The route tests' desk (alice agent, bob and carol admins, a refund review and an
    identity mismatch) plus a request from a stranger for kate's account (pending
    verification, sender_mismatch), with tighter login throttles."""
    write = routes.write_config
    monkeypatch.setattr(routes, "write_config", lambda root, extra="": write(root, THROTTLE))
    made = routes.make_desk(tmp_path)
    d = next(made)
    monkeypatch.undo()
    d.process(STRANGER)
    yield d
    made.close()


def by_sender(d: Desk, sender: str) -> str:
    """The reference of the (first) case from this sender."""
    with d.app.db.session(readonly=True) as session:
        return session.query(CaseRow).filter_by(sender=sender).order_by(CaseRow.id).first(
            ).reference


def pending(d: Desk) -> CaseRow:
    return next(c for c in d.cases().values() if c.status == "pending_verification")


def audit_rows(d: Desk, action: str) -> list[AuditRow]:
    with d.app.db.session(readonly=True) as session:
        return list(session.query(AuditRow).filter_by(action=action).order_by(AuditRow.id))


def status_of(d: Desk, ref: str) -> str:
    with d.app.db.session(readonly=True) as session:
        return session.query(CaseRow).filter_by(reference=ref).one().status


def flashes(html: str, kind: str) -> list[str]:
    return re.findall(rf'class="flash {kind}">([^<]*)', html)


# --- approving without the owner's confirmation -------------------------------------------

def test_the_case_page_warns_and_offers_the_choice_only_where_the_owner_is_unverified(
        desk: Desk):
    """A pending verification shows the warning, the 'owner not verified' checkbox and the
    reason field; a case from the registered owner shows neither."""
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get(f"/cases/{pending(desk).reference}").get_data(as_text=True)
    assert 'id="owner-unverified"' in html and "The owner has not confirmed" in html
    assert 'name="owner_not_verified"' in html and 'name="reason"' in html
    assert 'maxlength="2000"' in html
    verified = client.get(f"/cases/{case_ref(desk, 'jdoe')}").get_data(as_text=True)
    assert 'id="owner-unverified"' not in verified and 'name="owner_not_verified"' not in verified


def test_web_approval_of_an_unverified_case_needs_the_choice_and_a_reason(desk: Desk):
    """Without the choice, or with it but no reason, the approval is refused and nothing
    changes; with both the case is confirmed and who, when and why are audited."""
    ref = pending(desk).reference
    client = desk.flask.test_client()
    login(client, "alice")
    token = token_of(client, f"/cases/{ref}")
    url = f"/cases/{ref}/approve"
    page = client.post(url, data={"csrf_token": token}, follow_redirects=True)
    [error] = flashes(page.get_data(as_text=True), "error")
    assert "owner has not confirmed" in error and "owner not verified" in error
    page = client.post(url, data={"csrf_token": token, "owner_not_verified": "1",
                                  "reason": "   "}, follow_redirects=True)
    assert "needs a reason" in flashes(page.get_data(as_text=True), "error")[0]
    assert status_of(desk, ref) == "pending_verification" and not audit_rows(desk, "approved")
    page = client.post(url, data={"csrf_token": token, "owner_not_verified": "1",
                                  "reason": REASON}, follow_redirects=True)
    assert "confirmed" in flashes(page.get_data(as_text=True), "ok")[0]
    assert status_of(desk, ref) == "confirmed"
    [row] = audit_rows(desk, "approved")
    assert row.actor == "agent:alice"
    assert abs(row.at.replace(tzinfo=UTC) - datetime.now(UTC)) < timedelta(minutes=5)
    assert row.details["owner_not_verified"] is True
    assert row.details["unverified_reason"] == REASON
    assert "sender" in row.details["unverified_why"] or "pending" in row.details["unverified_why"]
    history = client.get(f"/cases/{ref}").get_data(as_text=True)
    assert "owner_not_verified=True" in history and "ticket 1234" in history


def test_api_approval_of_an_unverified_case(desk: Desk):
    """The API answers 409 without the choice, 422 without a reason, 413 for a reason over
    the limit, and approves with both; a non-boolean choice is a 400."""
    client = desk.flask.test_client()
    headers = _bearer(desk, "bob")
    ref = pending(desk).reference
    url = f"/api/v1/cases/{ref}/approve"
    refused = client.post(url, headers=headers, json={})
    assert refused.status_code == 409
    body = refused.get_json()
    assert body["owner_not_verified_required"] is True and "owner not verified" in body["error"]
    assert client.post(url, headers=headers, json={"owner_not_verified": True}
                       ).status_code == 422
    assert client.post(url, headers=headers, json={"owner_not_verified": "yes",
                                                   "reason": REASON}).status_code == 400
    long = client.post(url, headers=headers, json={"owner_not_verified": True,
                                                   "reason": "x" * 2001})
    assert long.status_code == 413 and long.get_json()["limit"] == 2000
    assert status_of(desk, ref) == "pending_verification" and not audit_rows(desk, "approved")
    ok = client.post(url, headers=headers, json={"owner_not_verified": True, "reason": REASON})
    assert ok.status_code == 200 and ok.get_json()["status"] == "confirmed"
    [row] = audit_rows(desk, "approved")
    assert (row.actor, row.details["unverified_reason"]) == ("admin:bob", REASON)


def test_cli_approval_of_an_unverified_case(desk: Desk, capsys: pytest.CaptureFixture[str]):
    """`mailbot review approve` refuses an unverified case until --owner-not-verified and
    --reason are given; the operator is audited with the reason."""
    ref = pending(desk).reference
    assert desk.cli("review", "approve", ref) == 1
    assert "owner has not confirmed" in capsys.readouterr().err
    assert desk.cli("review", "approve", ref, "--owner-not-verified") == 1
    assert "needs a reason" in capsys.readouterr().err
    assert status_of(desk, ref) == "pending_verification"
    assert desk.cli("review", "approve", ref, "--owner-not-verified", "--reason", REASON) == 0
    assert status_of(desk, ref) == "confirmed"
    [row] = audit_rows(desk, "approved")
    assert row.actor.startswith("admin:") and row.details["unverified_reason"] == REASON


def test_a_corrected_case_for_someone_elses_account_is_unverified(desk: Desk):
    """Correcting a case to an account whose registered address is not the sender's marks
    it sender_mismatch, and approving it needs the choice; a pending case stays unverified
    after a correction too."""
    actor = review.Actor("bob", "admin")
    kate = by_sender(desk, "kate.white@example.com")  # kate.white@example.com, identity mismatch
    ctx = desk.app.chain_context()
    review.correct(ctx, kate, actor, account_number="3318804", username="pdubois")
    assert Flag.SENDER_MISMATCH in desk.cases()["pdubois"].flags
    with pytest.raises(review.OwnerNotVerified):
        review.approve(ctx, kate, actor)
    ref = pending(desk).reference
    review.correct(ctx, ref, actor, username="kwhite88")
    assert status_of(desk, ref) == "flagged"
    with pytest.raises(review.OwnerNotVerified, match="sender_mismatch"):
        review.approve(ctx, ref, actor)


def test_unauthenticated_needs_the_choice_and_owner_confirmation_clears_it(desk: Desk):
    """An unauthenticated flag needs the choice; once the owner has confirmed (audited by
    the pipeline as owner_confirmed) it no longer does."""
    ref = case_ref(desk, "jdoe")
    with desk.app.db.session() as session:
        case = session.query(CaseRow).filter_by(reference=ref).one()
        case.flags = sorted({*case.flags, "unauthenticated"})
    actor = review.Actor("bob", "admin")
    ctx = desk.app.chain_context()
    with pytest.raises(review.OwnerNotVerified, match="unauthenticated"):
        review.approve(ctx, ref, actor, refund=desk_input.refund_amount("19.00"))
    with desk.app.db.session() as session:
        case = session.query(CaseRow).filter_by(reference=ref).one()
        session.add(AuditRow(actor="mailbot", action="owner_confirmed", case=case, details={}))
    result = review.approve(ctx, ref, actor, refund=desk_input.refund_amount("19.00"))
    assert result.status == "confirmed"
    assert "owner_not_verified" not in audit_rows(desk, "approved")[0].details


def test_bulk_approval_refuses_unverified_cases_unless_chosen_for_the_batch(desk: Desk):
    """Bulk approval approves the verified case and refuses the unverified one with its own
    message; with the choice and a reason the unverified one is approved and audited."""
    desk.process(eml("jdoe@example.com", "Cancel my account please.\nUsername: jdoe\n"
                     "Account number: 2290317", "mismatch2"))
    actor = review.Actor("bob", "admin")
    with desk.app.db.session(readonly=True) as session:
        ref = {(c.sender, c.account_number): c.reference for c in session.query(CaseRow)}
    kate, other = ref["kate.white@example.com", "7742051"], ref["jdoe@example.com", "2290317"]
    ctx = desk.app.chain_context()
    review.reject(ctx, pending(desk).reference, actor, "duplicate", notify=False)
    review.correct(ctx, kate, actor, account_number="2290317")  # kate's own account
    review.correct(ctx, other, actor, account_number="3318804", username="pdubois")
    client = desk.flask.test_client()
    login(client, "bob")
    token = token_of(client, "/queue")
    html = client.post("/queue/approve", data={"ref": [kate, other], "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert any(line.startswith(kate) and "confirmed" in line for line in flashes(html, "ok"))
    [error] = flashes(html, "error")
    assert error.startswith(other) and "owner has not confirmed" in error
    assert (status_of(desk, kate), status_of(desk, other)) == ("confirmed", "flagged")
    html = client.post("/queue/approve", data={"ref": [other], "csrf_token": token,
                                               "owner_not_verified": "1"},
                       follow_redirects=True).get_data(as_text=True)
    assert "needs a reason" in flashes(html, "error")[0] and status_of(desk, other) == "flagged"
    client.post("/queue/approve", data={"ref": [other], "csrf_token": token,
                                        "owner_not_verified": "1", "reason": REASON})
    assert status_of(desk, other) == "confirmed"
    with desk.app.db.session(readonly=True) as session:
        rows = {r.case.reference: r.details for r in
                session.query(AuditRow).filter_by(action="approved")}
    assert "owner_not_verified" not in rows[kate]
    assert rows[other]["unverified_reason"] == REASON


# --- filters -----------------------------------------------------------------------------

def test_the_flag_filter_offers_and_accepts_only_known_flags(desk: Desk):
    """The queue's flag choices are the one list (plus the policy's flags); a known flag
    filters; an unknown one, or a LIKE wildcard, is an error and the queue is unfiltered."""
    client = desk.flask.test_client()
    login(client, "alice")
    html = client.get("/queue").get_data(as_text=True)
    offered = re.findall(r'<option value="([a-z_]+)"', html.split('name="flag"')[1]
                         .split("</select>")[0])
    assert offered == list(desk_input.known_flags(desk.app.policies()))
    assert set(CASE_FLAGS) <= set(offered)
    assert "follow_up_on_closed_case" not in offered
    refund, mismatch = case_ref(desk, "jdoe"), by_sender(desk, "kate.white@example.com")
    only = client.get("/queue?flag=refund_review").get_data(as_text=True)
    assert refund in only and mismatch not in only
    for bad in ("%", "_", "refund_revie_", "bogus", "%review%"):
        page = client.get("/queue", query_string={"flag": bad})
        html = page.get_data(as_text=True)
        assert page.status_code == 200
        assert "Filter not applied" in flashes(html, "error")[0] and "is not a flag" in html
        assert refund in html and mismatch in html  # no filtering
    headers = _bearer(desk, "alice")
    api = client.get("/api/v1/cases?flag=identity_mismatch", headers=headers).get_json()
    assert [c["reference"] for c in api["cases"]] == [mismatch]
    for bad in ("%", "bogus", "identity%"):
        response = client.get("/api/v1/cases", query_string={"flag": bad}, headers=headers)
        assert response.status_code == 400 and "is not a flag" in response.get_json()["error"]


@pytest.mark.parametrize("flag", ["%", "_", "%review%", "refund_revie_", "refund%review"])
def test_has_flag_matches_wildcards_literally(desk: Desk, flag: str):
    """Below the desk's check, the store matches a flag literally: % and _ match nothing."""
    with desk.app.db.session(readonly=True) as session:
        assert queue.cases(session, queue.Filters(tab="flagged", flag=flag)) == []
        assert len(queue.cases(session, queue.Filters(tab="flagged", flag="refund_review"))) == 1


@pytest.mark.parametrize("term", ["%", "_", "jdo_", "%jdoe%", "4810%", "j%"])
def test_search_terms_are_literal(desk: Desk, term: str):
    """Search terms are compared literally: % and _ are not wildcards (web and API)."""
    client = desk.flask.test_client()
    login(client, "alice")
    assert "Nothing waiting" in client.get("/queue", query_string={"q": term}
                                           ).get_data(as_text=True)
    headers = _bearer(desk, "alice")
    body = client.get("/api/v1/cases", query_string={"search": term}, headers=headers)
    assert body.status_code == 200 and body.get_json()["cases"] == []


def test_an_unknown_mailbox_and_an_overlong_search_are_refused(desk: Desk):
    """A mailbox that is not configured and a search term over 200 characters are a 400 in
    the API and an error message (no filtering) on the page."""
    client = desk.flask.test_client()
    login(client, "alice")
    headers = _bearer(desk, "alice")
    for query in ({"mailbox": "nope"}, {"search": "4" * 201}):
        assert client.get("/api/v1/cases", query_string=query, headers=headers
                          ).status_code == 400
    html = client.get("/queue", query_string={"q": "4" * 201}).get_data(as_text=True)
    assert "limit is 200 characters" in html and case_ref(desk, "jdoe") in html
    assert client.get("/api/v1/cases", query_string={"search": "4810237"}, headers=headers
                      ).get_json()["cases"][0]["reference"] == case_ref(desk, "jdoe")


def written_flags(source: str) -> set[str]:
    """Flags a module writes, as strings or ``Flag.NAME`` members: arguments of settle(...),
    values given to a ``flags=`` keyword, and values assigned to ``flag``/``flags`` (names
    or attributes). A member that does not exist raises KeyError here."""
    found: set[str] = set()

    def strings(node: ast.AST) -> set[str]:
        members = {Flag[n.attr].value for n in ast.walk(node) if isinstance(n, ast.Attribute)
                   and isinstance(n.value, ast.Name) and n.value.id == "Flag"}
        return members | {n.value for n in ast.walk(node) if isinstance(n, ast.Constant)
                          and isinstance(n.value, str)}

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name == "settle":
                found |= set().union(*(strings(a) for a in node.args[1:]))
            found |= set().union(*(strings(k.value) for k in node.keywords if k.arg == "flags"))
        elif isinstance(node, ast.Assign):
            targets = {getattr(t, "attr", getattr(t, "id", "")) for t in node.targets}
            if targets & {"flag", "flags"}:
                found |= strings(node.value)
    return found


def test_every_flag_the_pipeline_and_presets_set_is_in_the_one_list():
    """The flags the pipeline, the poller, the review actions and the bundled presets
    write are all members of mailbot.flags.Flag (so the filter can offer every one)."""
    root = Path(__file__).resolve().parents[1] / "mailbot"
    sources = [root / "review.py", *sorted((root / "flow").glob("*.py"))]
    found = set().union(*(written_flags(path.read_text()) for path in sources))
    for preset in sorted((root / "policy" / "presets").glob("*.toml")):
        found |= {f for rule in load_policy_rules(preset) for f in rule}
    assert {"sender_mismatch", "unauthenticated", "refund_review", "not_covered",
            "low_confidence", "oversize", "failed", "corrected"} <= found
    assert found - {f.value for f in Flag} == set()


def test_the_readme_table_of_flags_names_every_flag_in_words():
    """README's table of flags lists every member of the one list, with the desk's words."""
    from mailbot.flags import WORDS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    missing = [f.value for f in Flag if f"| `{f.value}` | {WORDS[f]} |" not in readme]
    assert missing == []


def load_policy_rules(path: Path) -> list[tuple[str, ...]]:
    """Each rule's flags in a bundled preset file."""
    import tomllib

    data = tomllib.loads(path.read_text())
    return [tuple(rule.get("flags", ())) for rule in data.get("rules", [])]


# --- size limits -------------------------------------------------------------------------

def test_a_900_kb_note_is_refused_and_nothing_is_stored(desk: Desk):
    """A 900 KB note to the approve or reject form, or the API, is a 413 with a message
    naming the limit; the case and the audit log are unchanged."""
    ref = by_sender(desk, "kate.white@example.com")
    client = desk.flask.test_client()
    login(client, "bob")
    token = token_of(client, f"/cases/{ref}")
    huge = "x" * (900 * 1024)
    before = len(audit_rows(desk, "rejected")) + len(audit_rows(desk, "approved"))
    for action in ("reject", "approve"):
        response = client.post(f"/cases/{ref}/{action}", data={"note": huge,
                                                                "csrf_token": token})
        assert response.status_code == 413
        assert "at most 64 KB" in response.get_data(as_text=True)
    headers = _bearer(desk, "bob")
    response = client.post(f"/api/v1/cases/{ref}/reject", headers=headers,
                           data=json.dumps({"note": huge}), content_type="application/json")
    assert response.status_code == 413 and "2,000" in response.get_json()["error"]
    assert status_of(desk, ref) == "flagged"
    assert len(audit_rows(desk, "rejected")) + len(audit_rows(desk, "approved")) == before


def test_notes_over_2000_characters_are_refused_with_the_limit(desk: Desk):
    """A note just over 2,000 characters (small enough to be read) is refused by the action
    itself: a form error or a 413 saying the limit; a typed refund of absurd length too."""
    ref = by_sender(desk, "kate.white@example.com")
    client = desk.flask.test_client()
    login(client, "bob")
    token = token_of(client, f"/cases/{ref}")
    note = "n" * 2001
    html = client.post(f"/cases/{ref}/reject", data={"note": note, "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "the limit is 2,000 characters" in flashes(html, "error")[0]
    html = client.post(f"/cases/{case_ref(desk, 'jdoe')}/approve",
                       data={"refund": "1" * 40, "csrf_token": token},
                       follow_redirects=True).get_data(as_text=True)
    assert "refund amount" in flashes(html, "error")[0]
    headers = _bearer(desk, "bob")
    response = client.post(f"/api/v1/cases/{ref}/reject", headers=headers, json={"note": note})
    assert response.status_code == 413 and response.get_json()["limit"] == 2000
    for refund in ("1e999999", "19.001", "-1", "NaN", True):
        response = client.post(f"/api/v1/cases/{case_ref(desk, 'jdoe')}/approve",
                               headers=headers, json={"refund": refund})
        assert response.status_code == 400, refund
    assert status_of(desk, ref) == "flagged" and status_of(desk, case_ref(desk, "jdoe")) \
        == "flagged"
    assert review.reject(desk.app.chain_context(), ref, review.Actor("bob", "admin"), "n" * 2000,
                         notify=False).status == "rejected"


# --- login throttling --------------------------------------------------------------------

def attempt(client, name: str, password: str, addr: str, **headers: str) -> int:
    token = token_of(client)
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf_token": token},
                       environ_base={"REMOTE_ADDR": addr}, headers=headers).status_code


def test_a_lockout_from_one_address_does_not_lock_the_user_out_elsewhere(desk: Desk):
    """Failures for alice from an attacker's address lock that address out for alice; alice
    from her own address logs in; every failure and refusal is audited with its address."""
    attacker, office = "203.0.113.9", "198.51.100.20"
    client = desk.flask.test_client()
    for _ in range(3):
        assert attempt(client, "alice", "wrong-password", attacker) == 401
    assert attempt(client, "alice", routes.PASSWORDS["alice"], attacker) == 429
    assert attempt(desk.flask.test_client(), "alice", routes.PASSWORDS["alice"], office) == 302
    failed = audit_rows(desk, "login_failed")
    assert [r.details["remote_addr"] for r in failed] == [attacker] * 3
    [locked] = audit_rows(desk, "login_locked")
    assert locked.details == {"remote_addr": attacker, "scope": "user_address"}


def test_spraying_user_names_from_one_address_is_capped(desk: Desk):
    """After max_failed_logins_per_address failures from one address across user names,
    that address is refused (even with a right password) for the window; others are not."""
    spray = "203.0.113.50"
    client = desk.flask.test_client()
    for i in range(6):
        assert attempt(client, f"user{i}", "guess-password", spray) == 401
    assert attempt(client, "bob", routes.PASSWORDS["bob"], spray) == 429
    assert audit_rows(desk, "login_locked")[-1].details["scope"] == "address"
    assert attempt(desk.flask.test_client(), "bob", routes.PASSWORDS["bob"], "192.0.2.7") == 302
    desk.now[0] += timedelta(minutes=16)
    assert attempt(client, "bob", routes.PASSWORDS["bob"], spray) == 302


def test_distributed_guessing_hits_a_per_user_ceiling_known_addresses_exempt(desk: Desk):
    """Failures for one user name from many addresses stop at max_failed_logins_per_user;
    an address the user logged in from before is still let in."""
    home = "192.0.2.10"
    assert attempt(desk.flask.test_client(), "carol", routes.PASSWORDS["carol"], home) == 302
    for i in range(8):
        assert attempt(desk.flask.test_client(), "carol", "guess-password", f"10.0.0.{i}") == 401
    new = desk.flask.test_client()
    assert attempt(new, "carol", routes.PASSWORDS["carol"], "10.0.1.1") == 429
    assert audit_rows(desk, "login_locked")[-1].details["scope"] == "user"
    assert attempt(desk.flask.test_client(), "carol", routes.PASSWORDS["carol"], home) == 302


def test_forwarded_for_counts_only_behind_a_trusted_proxy(tmp_path: Path):
    """With trusted_proxies = 0 a forged X-Forwarded-For does not dodge the lockout; with
    trusted_proxies = 1 the client address is read from it."""
    for proxies in (0, 1):
        root = tmp_path / str(proxies)
        root.mkdir()
        path = routes.write_config(root, f"trusted_proxies = {proxies}")
        assert main(["init", "--config", str(path)]) == 0
        app = App(load_config(str(path)))
        add_user(app.db, "alice", "agent", routes.PASSWORDS["alice"], now=app.clock())
        client = create_app(app, testing=True).test_client()
        for i in range(3):
            attempt(client, "alice", "wrong-password", "127.0.0.1",
                    **{"X-Forwarded-For": f"203.0.113.{i}"})
        code = attempt(client, "alice", routes.PASSWORDS["alice"], "127.0.0.1",
                       **{"X-Forwarded-For": "198.51.100.1"})
        with app.db.session(readonly=True) as session:
            addrs = {a.remote_addr for a in session.query(LoginAttemptRow)}
        app.close()
        if proxies == 0:
            assert code == 429 and addrs == {"127.0.0.1"}
        else:
            assert code == 302 and "203.0.113.0" in addrs and "198.51.100.1" in addrs


# --- in Chromium -------------------------------------------------------------------------

@pytest.fixture
def served(harness: Harness) -> Iterator[Served]:
    """`mailbot serve` over a polled mailbox holding a request from a stranger for jdoe's
    account (pending verification); an agent alice."""
    require(Path(CHROMIUM).exists(), f"Chromium ({CHROMIUM}; Debian package chromium)")
    port = free_port()
    harness.write_config(extra=f'\n[web]\nport = {port}\nsecret_key_env = "DESK_TEST_KEY"\n')
    harness.setup()
    add_user(harness.app.db, "alice", "agent", PASSWORD, now=harness.app.clock())
    harness.append(mail("someone@elsewhere.example", "Please cancel account 4810237.",
                        message_id="<stranger@client.example>"))
    harness.poll()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "serve", "--config", str(harness.config_path)],
        cwd=harness.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "DESK_TEST_KEY": "browser-test-secret-key"})
    try:
        wait_port(port, timeout=20)
        yield Served(f"http://127.0.0.1:{port}", harness)
    finally:
        proc.terminate()
        proc.wait(15)


@pytest.fixture
def chromium(served: Served):  # playwright's Page
    """A Chromium page (as in test_web_browser) that records the dialogs it opens."""
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        p = context.new_page()
        p.on("dialog", lambda d: (served.dialogs.append(d.message), d.dismiss()))
        yield p
        context.close()
        browser.close()


@pytest.mark.browser
@pytest.mark.dovecot
def test_unverified_approval_form_in_chromium(served: Served, chromium):
    """In Chromium the pending case shows the warning; the browser will not submit without
    the checkbox and reason; with both the case is confirmed and the reason is in the
    history."""
    h = served.harness
    log_in(chromium, served)
    ref = case_where(h, "<stranger@client.example>").reference
    chromium.goto(f"{served.url}/cases/{ref}")
    warning = chromium.locator("#owner-unverified")
    assert warning.is_visible() and "has not confirmed" in warning.inner_text()
    chromium.click("#actions button[name=approve]")  # required fields: the browser holds it
    time.sleep(0.5)
    assert chromium.locator(".flash").count() == 0  # nothing was posted
    with h.app.db.session(readonly=True) as session:
        assert session.query(CaseRow).filter_by(reference=ref).one().status == \
            "pending_verification"
    chromium.check("#owner-unverified input[name=owner_not_verified]")
    chromium.fill("#owner-unverified textarea[name=reason]", REASON)
    ARTIFACTS.mkdir(exist_ok=True)
    chromium.locator("#actions").screenshot(path=str(ARTIFACTS / "desk-unverified-approve.png"))
    chromium.click("#actions button[name=approve]")
    chromium.wait_for_url(f"**/cases/{ref}")
    assert "confirmed" in chromium.inner_text(".flash.ok")
    assert "ticket 1234" in chromium.inner_text("#history")
    with h.app.db.session(readonly=True) as session:
        row = session.query(AuditRow).filter_by(action="approved").one()
        assert (row.actor, row.details["unverified_reason"]) == ("agent:alice", REASON)

