"""OAuth2 logins for IMAP and SMTP against real servers: Dovecot's oauth2 passdb checks the
JWT, aiosmtpd checks XOAUTH2, and our token endpoint on loopback issues, counts and refuses
tokens the way Microsoft's and Google's do."""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import Harness, mail
from tests.servers import DOVECOT, Dovecot, free_port, require
from tests.tls_servers import (
    JWT_BEARER,
    MICROSOFT_SCOPE,
    SmtpPeer,
    TokenServer,
    add_table,
    configure,
    new_key,
    oauth2_dovecot,
    public_pem,
    service_account_file,
)

pytestmark = [pytest.mark.dovecot,
              # our XOAUTH2 peer takes AUTH without TLS, as a loopback test server may
              pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")]

CANCEL = mail("John Doe <jdoe@example.com>",
              "Hi,\nplease cancel my subscription, account number 4810237.\nJohn")
SECRET_ENV = "MAILBOT_TEST_OAUTH_SECRET"


@pytest.fixture(scope="module")
def signing_key():  # an RSA private key
    """The token endpoint's signing key, known to Dovecot (which caches keys once read)."""
    return new_key()


@pytest.fixture(scope="module")
def dovecots(signing_key) -> Iterator[dict[str, Dovecot]]:
    """Dovecot with an oauth2 passdb, by the SASL mechanisms it offers; started on demand."""
    require(Path(DOVECOT).exists(), "Dovecot (Debian package dovecot-imapd)")
    started: list[Dovecot] = []

    class Servers(dict):
        def __missing__(self, mechanisms: str) -> Dovecot:
            root = Path(tempfile.mkdtemp(prefix="mailbot-oauth2-"))
            server = oauth2_dovecot(root, public_pem(signing_key), mechanisms=mechanisms)
            started.append(server.start())
            self[mechanisms] = server
            return server

    yield Servers()
    for server in started:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def setup(tmp_path, dovecots, smtp_sink, sqlite_url, signing_key, monkeypatch):
    """A mailbot whose IMAP login is OAuth2 (Microsoft-shaped client credentials against our
    token endpoint) on a fresh mailbox; returns a function taking the server's shape."""
    servers: list = []

    def make(*, mechanisms: str = "xoauth2 oauthbearer", secret: str = "right-secret",
             **token_options) -> tuple[Harness, TokenServer]:
        dovecot = dovecots[mechanisms]
        user, password = dovecot.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
        tokens = TokenServer(mailbox=user, key=signing_key, **token_options).start()
        servers.append(tokens)
        h = Harness(tmp_path, dovecot, smtp_sink, sqlite_url, user, password)
        monkeypatch.setenv(SECRET_ENV, secret)
        configure(h, "imap", password=None, auth="oauth2")
        add_table(h, "imap.oauth2", provider="microsoft", tenant_id="contoso",
                  client_id="mailbot-test-app", client_secret_env=SECRET_ENV,
                  token_url=tokens.url())
        h.setup()
        return h, tokens

    yield make
    for server in servers:
        server.stop()


def _fails(h: Harness) -> str:
    code, _out, err = h.cli("poll", "--once")
    assert code == 1, err
    lines = [line for line in err.splitlines() if line.startswith("mailbot: error:")]
    assert len(lines) == 1, err
    return lines[0]


def test_a_poll_logs_in_with_xoauth2_and_replies_through_smtp_xoauth2(setup, monkeypatch):
    """Client credentials (Microsoft's app-only flow): Dovecot accepts the JWT over
    XOAUTH2, the message is read and moved, and the reply leaves over SMTP AUTH XOAUTH2."""
    h, tokens = setup()
    peer = SmtpPeer(verify_token=tokens.verify).start()
    try:
        configure(h, "smtp", port=peer.port, username=h.user, auth="oauth2")
        add_table(h, "smtp.oauth2", provider="microsoft", tenant_id="contoso",
                  client_id="mailbot-test-app", client_secret_env=SECRET_ENV,
                  token_url=tokens.url())
        h.append(CANCEL)
        h.poll()
        assert len(h.processed()) == 1 and not h.inbox()
        assert [d.rcpt_tos for d in peer.deliveries] == [["jdoe@example.com"]]
        assert peer.auth_attempts == ["ok"]
    finally:
        peer.stop()
    grants = [(r["grant_type"], r["scope"], r["client_id"]) for r in tokens.requests]
    assert grants == [("client_credentials", MICROSOFT_SCOPE, "mailbot-test-app")] * 2


def test_oauthbearer_when_the_server_offers_only_that(setup):
    """A server without XOAUTH2 gets OAUTHBEARER (RFC 7628)."""
    h, tokens = setup(mechanisms="oauthbearer")
    h.append(CANCEL)
    h.poll()
    assert len(h.processed()) == 1 and tokens.count == 1


def test_a_google_service_account_acts_for_the_mailbox_user(setup, tmp_path):
    """Google Workspace domain-wide delegation: a JWT-bearer assertion signed with the
    service account's key, scope https://mail.google.com/, subject = imap.username; the
    key file's path is relative to the config file."""
    h, tokens = setup()
    tokens.service_account = service_account_file(tmp_path / "sa.json", tokens.plain_url)
    configure(h, "imap", auth="oauth2")
    text = h.config_path.read_text()
    table = text[text.index("[imap.oauth2]"):]
    h.config_path.write_text(text.replace(
        table, '[imap.oauth2]\nprovider = "google"\nservice_account_file = "sa.json"\n'))
    h.append(CANCEL)
    h.poll()
    assert len(h.processed()) == 1
    (request,) = tokens.requests
    assert request["grant_type"] == JWT_BEARER and "client_secret" not in request


def test_a_refresh_token_grant_with_a_generic_provider(setup):
    """An installed app's refresh token (provider generic, token_url) logs in too."""
    h, tokens = setup()
    text = h.config_path.read_text()
    table = text[text.index("[imap.oauth2]"):]
    h.config_path.write_text(text.replace(table, (
        '[imap.oauth2]\nprovider = "generic"\nclient_id = "mailbot-test-app"\n'
        f'client_secret_env = "{SECRET_ENV}"\nrefresh_token = "refresh-1"\n'
        f'token_url = "{tokens.plain_url}"\n')))
    h.poll()
    assert [r["grant_type"] for r in tokens.requests] == ["refresh_token"]


def test_a_token_is_reused_until_60_seconds_before_it_expires(setup):
    """One token serves every connection while it is good; 60 s before expires_in runs
    out the next connection fetches a new one."""
    h, tokens = setup(expires_in=68)  # replaced 8 s after it was issued
    started = time.monotonic()
    h.poll()
    h.poll()
    assert tokens.count == 1
    time.sleep(max(0.0, started + 8.3 - time.monotonic()))
    h.poll()
    assert tokens.count == 2


def test_a_refused_token_is_replaced_once_and_the_login_retried(setup):
    """A token the server refuses though the endpoint said it was good (revoked, expired
    early): mailbot fetches a new one, logs in, and the poll works."""
    h, tokens = setup()
    tokens.revoked_next = 1
    h.append(CANCEL)
    h.poll()
    assert len(h.processed()) == 1 and tokens.count == 2


def test_smtp_retries_a_refused_token_once(setup):
    """SMTP AUTH XOAUTH2: a refused token (the server's error challenge, then 535) is
    replaced once and AUTH tried again on the same connection."""
    h, tokens = setup()
    peer = SmtpPeer(verify_token=tokens.verify).start()
    try:
        configure(h, "smtp", port=peer.port, username=h.user, auth="oauth2")
        add_table(h, "smtp.oauth2", provider="generic", client_id="mailbot-test-app",
                  client_secret_env=SECRET_ENV, token_url=tokens.plain_url,
                  scope=MICROSOFT_SCOPE)
        h.poll()  # the IMAP token
        tokens.revoked_next = 1
        h.append(CANCEL)
        h.poll()
        assert [d.rcpt_tos for d in peer.deliveries] == [["jdoe@example.com"]]
        assert len(peer.auth_attempts) == 2 and peer.auth_attempts[1] == "ok"
        assert peer.auth_attempts[0].startswith("invalid token")
    finally:
        peer.stop()


def test_a_token_refused_twice_is_one_line_not_a_loop(setup):
    """When even the new token is refused, the login fails in one line after exactly two
    token requests."""
    h, tokens = setup()
    tokens.revoked_next = 10
    line = _fails(h)
    assert "login refused" in line and "even with a new token" in line, line
    assert tokens.count == 2


def test_a_wrong_client_secret_names_the_key(setup):
    """The token endpoint's invalid_client (Microsoft's AADSTS7000215) becomes one line,
    without a traceback, naming imap.oauth2.client_secret_env."""
    h, _tokens = setup(secret="wrong-secret")
    result = h.run("poll", "--once")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("mailbot: error:")]
    assert line.startswith("mailbot: error: IMAP server 127.0.0.1:")
    assert "invalid_client" in line and "imap.oauth2.client_secret_env" in line, line


@pytest.mark.parametrize("key, value, says", [
    ("token_url", "tenant", "AADSTS90002"),
    ("scope", "https://outlook.office365.com/IMAP.AccessAsApp", "invalid_scope"),
    ("client_id", "someone-else", "AADSTS700016"),
])
def test_token_endpoint_refusals_name_the_key_to_fix(setup, key, value, says):
    """A wrong tenant, scope or client id: the endpoint's error and description in one
    line with the key to fix (imap.oauth2.tenant_id, .scope, .client_id)."""
    h, tokens = setup()
    text = h.config_path.read_text()
    if key == "token_url":
        text, key = text.replace(tokens.url(), tokens.url("fabrikam")), "tenant_id"
    else:
        text = text.replace('client_id = "mailbot-test-app"\n', "") if key == "client_id" \
            else text
        text += f'{key} = "{value}"\n'
    h.config_path.write_text(text)
    line = _fails(h)
    assert says in line and f"imap.oauth2.{key}" in line, line


def test_a_missing_secret_variable_is_named(setup, monkeypatch):
    """client_secret_env names a variable that is not set: one line naming it."""
    h, tokens = setup()
    monkeypatch.delenv(SECRET_ENV)
    line = _fails(h)
    assert SECRET_ENV in line and "imap.oauth2.client_secret" in line and tokens.count == 0


OAUTH = {"provider": "microsoft", "tenant_id": "contoso", "client_id": "app",
         "client_secret_env": SECRET_ENV}


def _oauth(**changes: object) -> dict:
    """The OAUTH table with keys changed (a None value removes the key)."""
    table = {**OAUTH, **changes}
    return {"auth": "oauth2", "oauth2": {k: v for k, v in table.items() if v is not None}}


@pytest.mark.parametrize("imap, key, says", [
    ({"auth": "oauth2"}, "imap", "needs its oauth2 table"),
    ({"oauth2": OAUTH}, "imap", "only used with auth = 'oauth2'"),
    (_oauth(tenant_id=None), "imap.oauth2", "needs tenant_id"),
    (_oauth(provider="generic"), "imap.oauth2", "needs token_url"),
    (_oauth(token_url="http://login.example.com/token"), "imap.oauth2.token_url",
     "must be https"),
    (_oauth(client_secret_env=None), "imap.oauth2", "needs client_secret_env"),
    (_oauth(service_account_file="sa.json", client_secret_env=None), "imap.oauth2",
     "for provider = 'google'"),
    (_oauth(authority="x"), "imap.oauth2.authority", "unknown key"),
])
def test_oauth2_configuration_errors_name_the_key(imap, key, says):
    """An incomplete or unsafe [imap.oauth2] table is refused when the file is loaded."""
    from mailbot.config import parse_config
    from mailbot.errors import ConfigError

    section = {"host": "imap.example.com", "username": "support@example.com", **imap}
    with pytest.raises(ConfigError) as caught:
        parse_config({"imap": section}, source="mailbot.toml")
    assert caught.value.key == key and says in str(caught.value), str(caught.value)


def test_an_unreachable_token_endpoint_is_one_line(setup):
    """Nothing listens at token_url: one line naming imap.oauth2.token_url, no traceback."""
    h, tokens = setup()
    h.config_path.write_text(h.config_path.read_text().replace(
        tokens.url(), f"http://127.0.0.1:{free_port()}/contoso/oauth2/v2.0/token"))
    line = _fails(h)
    assert "unreachable" in line and "imap.oauth2.token_url" in line, line
