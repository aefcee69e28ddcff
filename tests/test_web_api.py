"""For machines and operators: the JSON API with bearer tokens, /healthz, /metrics, and the CLI."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mailbot.cli import main
from mailbot.store.models import ApiTokenRow, AuditRow, ServiceStateRow, UserRow
from mailbot.web.users import create_token, revoke_token
from tests import test_web_routes as routes
from tests.test_web_routes import Desk, case_ref


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """The same desk as the route tests: accounts, users alice/bob/carol and two cases."""
    yield from routes.make_desk(tmp_path)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_api_needs_a_valid_token_which_is_hashed_at_rest(desk: Desk):
    """No token, a wrong one or a revoked one is 401; the stored form is not the token."""
    client = desk.flask.test_client()
    token = create_token(desk.app.db, "alice", "tests", now=desk.app.clock())
    assert client.get("/api/v1/cases").status_code == 401
    assert client.get("/api/v1/cases", headers=bearer("mbt_wrong")).status_code == 401
    assert client.get("/api/v1/cases", headers={"Authorization": token}).status_code == 401
    assert client.get("/api/v1/cases", headers=bearer(token)).status_code == 200
    with desk.app.db.session(readonly=True) as session:
        stored = session.query(ApiTokenRow).one()
        assert stored.token_hash != token and token not in stored.token_hash
        assert stored.last_used_at is not None
    revoke_token(desk.app.db, token[:12], now=desk.app.clock())
    assert client.get("/api/v1/cases", headers=bearer(token)).status_code == 401


def test_the_api_lists_shows_approves_and_rejects(desk: Desk):
    """The queue and a case as JSON; approve and reject act as the token's user, audited."""
    client = desk.flask.test_client()
    headers = bearer(create_token(desk.app.db, "bob", now=desk.app.clock()))
    body = client.get("/api/v1/cases?tab=flagged", headers=headers).get_json()
    assert body["counts"]["flagged"] == 2 and len(body["cases"]) == 2
    assert body["cases"][0]["proposed_action"] == "stop_renewal"
    mismatch = case_ref(desk, "kwhite88")
    case = client.get(f"/api/v1/cases/{mismatch}", headers=headers).get_json()
    assert case["status"] == "flagged" and "identity_mismatch" in case["flags"]
    assert case["history"] and case["account_number"] == "7742051"
    assert client.get("/api/v1/cases/CR-NOPE00", headers=headers).status_code == 404
    assert client.get("/api/v1/cases?tab=bogus", headers=headers).status_code == 400
    conflict = client.post(f"/api/v1/cases/{mismatch}/approve", headers=headers, json={})
    assert conflict.status_code == 409 and "different accounts" in conflict.get_json()["error"]
    assert client.post(f"/api/v1/cases/{mismatch}/reject", headers=headers,
                       json={}).status_code == 400
    done = client.post(f"/api/v1/cases/{mismatch}/reject", headers=headers,
                       json={"note": "Please write from your registered address."})
    assert done.status_code == 200 and done.get_json()["status"] == "rejected"
    refund = case_ref(desk, "jdoe")
    bad = client.post(f"/api/v1/cases/{refund}/approve", headers=headers, json={"refund": "x"})
    assert bad.status_code == 400
    ok = client.post(f"/api/v1/cases/{refund}/approve", headers=headers, json={"refund": "19.00"})
    assert ok.status_code == 200 and ok.get_json()["status"] == "confirmed"
    assert ("admin:bob", "rejected") in desk.audit() and ("admin:bob", "approved") in desk.audit()


def test_the_api_four_eyes_rule_holds_for_tokens_too(desk: Desk):
    """An agent's token approving a large refund leaves the case waiting for an admin."""
    client = desk.flask.test_client()
    ref = case_ref(desk, "jdoe")
    agent = bearer(create_token(desk.app.db, "alice", now=desk.app.clock()))
    first = client.post(f"/api/v1/cases/{ref}/approve", headers=agent, json={"refund": "150"})
    assert first.status_code == 200 and "needs an admin" in first.get_json()["message"]
    again = client.post(f"/api/v1/cases/{ref}/approve", headers=agent, json={})
    assert again.status_code == 409
    assert desk.cases()["jdoe"].status == "flagged"


def test_openapi_document_describes_the_api(desk: Desk):
    """/api/v1/openapi.json is an OpenAPI 3 document naming every API route and bearer auth."""
    doc = desk.flask.test_client().get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) == {"/cases", "/cases/{ref}", "/cases/{ref}/approve",
                                 "/cases/{ref}/reject"}
    assert doc["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    api_rules = {r.rule for r in desk.flask.url_map.iter_rules() if r.rule.startswith("/api/")}
    assert {"/api/v1" + p.replace("{ref}", "<ref>") for p in doc["paths"]} == \
        api_rules - {"/api/v1/openapi.json"}


def test_healthz_reports_database_and_last_poll_age(desk: Desk):
    """/healthz is 200 JSON with the database state and the age of the last poll."""
    client = desk.flask.test_client()
    body = client.get("/healthz").get_json()
    assert body["database"] is True and body["last_poll_age_seconds"] is None
    with desk.app.db.session() as session:
        at = desk.now[0] - timedelta(seconds=90)
        session.add(ServiceStateRow(key="last_poll:default", value={
            "at": at.isoformat(), "found": 3, "processed": 3, "seconds": 0.42}))
    response = client.get("/healthz")
    assert response.status_code == 200 and response.is_json
    body = response.get_json()
    assert body["last_poll_age_seconds"] == 90.0
    assert body["mailboxes"]["default"]["last_poll_seconds"] == 0.42


def test_metrics_are_valid_prometheus_text(desk: Desk):
    """/metrics parses as Prometheus text: outcomes, replies, failures, poll duration, outbox."""
    with desk.app.db.session() as session:
        session.add(ServiceStateRow(key="last_poll:default", value={
            "at": desk.now[0].isoformat(), "seconds": 1.5}))
    response = desk.flask.test_client().get("/metrics")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    families = {f.name: f for f in text_string_to_metric_families(response.get_data(as_text=True))}
    processed = {s.labels["outcome"]: s.value for s in
                 families["mailbot_messages_processed"].samples}
    assert processed == {"flagged": 2.0}
    assert families["mailbot_messages_processed"].type == "counter"
    assert "mailbot_replies_sent" in families and "mailbot_failures" in families
    [duration] = families["mailbot_poll_duration_seconds"].samples
    assert (duration.labels, duration.value) == ({"mailbox": "default"}, 1.5)
    depth = {s.labels["status"]: s.value for s in families["mailbot_outbox_depth"].samples}
    assert depth.get("pending", 0) >= 2  # the two acknowledgements, no SMTP configured


def test_users_add_reads_the_password_from_stdin_and_hashes_it(desk: Desk, monkeypatch,
                                                              capsys):
    """`mailbot users add` takes the password from a pipe, stores an argon2 hash, refuses
    duplicates and short passwords; `users token` prints a token once."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("a-long-password\n"))
    assert desk.cli("users", "add", "dave", "--role", "agent") == 0
    with desk.app.db.session(readonly=True) as session:
        dave = session.query(UserRow).filter_by(name="dave").one()
        assert dave.role == "agent" and dave.password_hash.startswith("$argon2")
        assert "a-long-password" not in dave.password_hash
        assert session.query(AuditRow).filter_by(action="user_added").count() == 4
    monkeypatch.setattr(sys, "stdin", io.StringIO("another-password\n"))
    assert desk.cli("users", "add", "dave", "--role", "admin") == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert desk.cli("users", "add", "erin", "--role", "admin") == 1
    assert "too short" in capsys.readouterr().err
    assert desk.cli("users", "token", "dave", "--label", "ci") == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("mbt_")
    client = desk.flask.test_client()
    assert client.get("/api/v1/cases", headers=bearer(token)).status_code == 200
    assert desk.cli("users", "token", "nobody") == 1


def test_serve_refuses_to_start_without_a_secret_key(tmp_path: Path, monkeypatch, capsys):
    """No secret key: one line on stderr naming web.secret_key_env, exit 1, nothing served."""
    config = tmp_path / "mailbot.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "m.db"}"\n')
    assert main(["init", "--config", str(config)]) == 0
    monkeypatch.delenv("MAILBOT_SECRET_KEY", raising=False)
    capsys.readouterr()
    assert main(["serve", "--config", str(config)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "web.secret_key_env" in err
    assert "MAILBOT_SECRET_KEY" in err and "Traceback" not in err
