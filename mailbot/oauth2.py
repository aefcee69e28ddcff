"""OAuth2 access tokens for the IMAP and SMTP logins (SASL XOAUTH2 and OAUTHBEARER).

Three grants, all through Authlib's requests client against one token URL: client
credentials (a Microsoft 365 app registration, or any provider), a refresh token (an
installed app), and a JWT-bearer assertion signed with a Google service account's key
(domain-wide delegation; the subject is the mailbox user). A token is cached per process
and shared by every connection of that section, refreshed 60 s before it expires, and
fetched anew once when a server refuses it. A refusal by the token endpoint becomes one
line naming the configuration key to fix, read from the endpoint's error JSON.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import urlsplit

from mailbot.config import OAuth2Config
from mailbot.errors import MailbotError

log = logging.getLogger("mailbot.oauth2")

REFRESH_MARGIN = 60.0  # seconds before expiry a cached token is replaced
DEFAULT_LIFETIME = 3600.0  # when the endpoint does not say (RFC 6749 §5.1 makes it optional)
MICROSOFT_TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
MICROSOFT_APP_SCOPE = "https://outlook.office365.com/.default"  # client credentials
MICROSOFT_USER_SCOPES = {  # delegated (refresh token) access
    "imap": "https://outlook.office.com/IMAP.AccessAsUser.All offline_access",
    "smtp": "https://outlook.office.com/SMTP.Send offline_access",
}
GOOGLE_SCOPE = "https://mail.google.com/"

Kind = Literal["client_credentials", "refresh_token", "service_account"]


class TokenError(MailbotError):
    """No token could be had; ``temporary`` when the endpoint was unreachable or failing."""

    def __init__(self, message: str, *, temporary: bool = False):
        super().__init__(message)
        self.temporary = temporary


class OAuth2Server(Protocol):
    """What a token source needs of an [imap] or [smtp] section."""

    username: str
    timeout_seconds: float
    oauth2: OAuth2Config | None


@dataclass(frozen=True)
class Grant:
    """How to ask for a token, with the secrets resolved (hashable: the cache key)."""

    kind: Kind
    provider: str
    token_url: str
    scope: str | None
    client_id: str | None
    secret_key: str  # the configuration key holding the credential, for error messages
    client_secret: str | None = None
    refresh_token: str | None = None
    account_json: str | None = None  # the service account file
    subject: str | None = None  # service account: the mailbox user to act for


def grant_for(server: OAuth2Server, section: str) -> Grant:
    """The grant an [imap]/[smtp] section's oauth2 table describes (secrets read now)."""
    cfg = server.oauth2
    if cfg is None:
        raise TokenError(f"{section}.auth is 'oauth2' but there is no [{section}.oauth2] table")
    prefix = f"{section}.oauth2"
    if cfg.service_account_file:
        text, account = _service_account(cfg.service_account_file, prefix)
        url = cfg.token_url or account.get("token_uri") or GOOGLE_TOKEN_URL
        if not _secure(url):
            raise TokenError(f"{prefix}.service_account_file: token_uri {url!r} is not https; "
                             f"set {prefix}.token_url")
        return Grant("service_account", cfg.provider, url, cfg.scope or GOOGLE_SCOPE,
                     str(account.get("client_id") or "") or None,
                     f"{prefix}.service_account_file", account_json=text,
                     subject=server.username)
    refresh = cfg.refresh_token_value(prefix)
    secret = cfg.client_secret_value(prefix)
    kind: Kind = "refresh_token" if refresh else "client_credentials"
    if refresh:
        where = "refresh_token" if cfg.refresh_token is not None else "refresh_token_env"
    else:
        where = "client_secret" if cfg.client_secret is not None else "client_secret_env"
    scope = cfg.scope or _default_scope(cfg, kind, section)
    return Grant(kind, cfg.provider, _token_url(cfg), scope, cfg.client_id, f"{prefix}.{where}",
                 client_secret=secret, refresh_token=refresh)


def _token_url(cfg: OAuth2Config) -> str:
    if cfg.token_url:
        return cfg.token_url
    if cfg.provider == "microsoft":
        return MICROSOFT_TOKEN_URL.format(tenant=cfg.tenant_id)
    return GOOGLE_TOKEN_URL  # google (generic always has token_url: config checks it)


def _default_scope(cfg: OAuth2Config, kind: Kind, section: str) -> str | None:
    if cfg.provider == "microsoft" and kind == "client_credentials":
        return MICROSOFT_APP_SCOPE
    if cfg.provider == "microsoft":
        return MICROSOFT_USER_SCOPES[section]
    if cfg.provider == "google":
        return GOOGLE_SCOPE
    return None


def _service_account(path: str, prefix: str) -> tuple[str, dict]:
    key = f"{prefix}.service_account_file"
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TokenError(f"{key}: no such file {path}") from None
    except OSError as exc:
        raise TokenError(f"{key}: cannot read {path} ({exc.strerror})") from None
    try:
        account = json.loads(text)
    except ValueError:
        raise TokenError(f"{key}: {path} is not JSON (download a key for the service "
                         "account from the Google Cloud console)") from None
    missing = [k for k in ("client_email", "private_key") if not (isinstance(account, dict)
                                                                 and account.get(k))]
    if missing or account.get("type") != "service_account":
        raise TokenError(f"{key}: {path} is not a service account key file "
                         f"(type 'service_account' with {', '.join(missing) or 'its fields'})")
    return text, account


def _secure(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" or (
        parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"))


class TokenSource:
    """The current access token of one grant: cached, refreshed before it expires."""

    def __init__(self, grant: Grant, section: str, timeout: float,
                 clock: Callable[[], float] = time.monotonic):
        self.grant = grant
        self.section = section
        self.timeout = timeout
        self.clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0
        self._refresh_token = grant.refresh_token  # replaced when the endpoint rotates it

    def token(self) -> str:
        """A token valid for at least REFRESH_MARGIN more seconds (fetched if need be)."""
        with self._lock:
            if self._token is not None and self.clock() < self._refresh_at:
                return self._token
            return self._fetch()

    def refresh(self, rejected: str) -> str:
        """A new token after a server refused ``rejected`` (unless another connection
        already replaced it)."""
        with self._lock:
            if self._token is not None and self._token != rejected \
                    and self.clock() < self._refresh_at:
                return self._token
            self._token = None
            return self._fetch()

    def _fetch(self) -> str:
        answer = self._request()
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            raise TokenError(f"OAuth2 token endpoint {self._endpoint} answered without an "
                             f"access_token; check {self.section}.oauth2.token_url")
        try:
            lifetime = float(answer.get("expires_in") or DEFAULT_LIFETIME)
        except (TypeError, ValueError):
            lifetime = DEFAULT_LIFETIME
        if isinstance(answer.get("refresh_token"), str):
            self._refresh_token = answer["refresh_token"]
        self._token = token
        self._refresh_at = self.clock() + lifetime - REFRESH_MARGIN
        log.info("OAuth2 token for %s from %s, valid for %d s", self.section, self._endpoint,
                 int(lifetime))
        return token

    @property
    def _endpoint(self) -> str:
        parts = urlsplit(self.grant.token_url)
        return parts.netloc or self.grant.token_url

    def _request(self) -> dict:
        # Imported here: Authlib and requests cost every command ~0.2 s to import, and only
        # an OAuth2 login needs them.
        import requests
        from authlib.common.errors import AuthlibBaseError
        from authlib.integrations.requests_client import OAuth2Session

        g = self.grant
        try:
            if g.kind == "service_account":
                return dict(self._assertion_grant())
            method = "client_secret_post" if g.client_secret else "none"
            with OAuth2Session(client_id=g.client_id, client_secret=g.client_secret,
                               scope=g.scope, token_endpoint_auth_method=method) as session:
                if g.kind == "refresh_token":
                    return dict(session.refresh_token(
                        g.token_url, refresh_token=self._refresh_token, timeout=self.timeout))
                return dict(session.fetch_token(g.token_url, grant_type="client_credentials",
                                                timeout=self.timeout))
        except AuthlibBaseError as exc:
            raise self._refused(str(exc.error or "error"), exc.description) from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status >= 500 or status == 429:
                raise TokenError(f"OAuth2 token endpoint {self._endpoint} failed (HTTP "
                                 f"{status}); the next connection tries again",
                                 temporary=True) from None
            raise TokenError(f"OAuth2 token endpoint {self._endpoint} answered HTTP {status} "
                             f"without an OAuth2 error; check {self.section}.oauth2.token_url"
                             ) from None
        except requests.RequestException as exc:
            raise TokenError(f"OAuth2 token endpoint {self._endpoint} unreachable "
                             f"({type(exc).__name__}); check {self.section}.oauth2.token_url "
                             "and the network", temporary=True) from None
        except ValueError as exc:  # a body that is not a JSON object, a bad key in the file
            raise TokenError(f"OAuth2 token request to {self._endpoint} failed ({exc}); check "
                             f"{self.grant.secret_key}") from None

    def _assertion_grant(self) -> dict:
        """RFC 7523 JWT-bearer grant as Google service accounts use it: the scope is a claim
        of the signed assertion, the subject is the Workspace user to act for."""
        from authlib.integrations.requests_client import AssertionSession

        g = self.grant
        account = json.loads(g.account_json or "{}")
        header = {"alg": "RS256"}
        if account.get("private_key_id"):
            header["kid"] = account["private_key_id"]
        with AssertionSession(token_endpoint=g.token_url, issuer=account["client_email"],
                              subject=g.subject, audience=g.token_url,
                              claims={"scope": g.scope} if g.scope else None,
                              key=account["private_key"], header=header,
                              default_timeout=self.timeout) as session:
            return session.refresh_token()

    def _refused(self, error: str, description: str | None) -> TokenError:
        detail = (description or "").strip().splitlines()[0][:300] if description else ""
        said = f"{error}: {detail}" if detail else error
        return TokenError(f"OAuth2 token request refused by {self._endpoint} ({said}); "
                          f"{self._hint(error, detail)}")

    def _hint(self, error: str, detail: str) -> str:
        """Which key to fix, from the error code and the provider's description."""
        prefix, g = f"{self.section}.oauth2", self.grant
        text = detail.lower()
        if "aadsts90002" in text or "aadsts900023" in text or (
                "tenant" in text and ("not found" in text or "invalid" in text)):
            return f"check {prefix}.tenant_id"
        if error == "invalid_scope" or "aadsts70011" in text or "aadsts1002012" in text:
            return f"check {prefix}.scope"
        if "aadsts700016" in text or ("client_id" in text and error != "invalid_client"):
            return f"check {prefix}.client_id"
        if g.kind == "service_account":
            if error == "unauthorized_client":
                return (f"grant domain-wide delegation to client ID {g.client_id} for "
                        f"{g.scope} in the Google Admin console, or check {prefix}.scope")
            if "email" in text or "user" in text:
                return f"check {self.section}.username (a user of the Workspace domain)"
            return f"check {prefix}.service_account_file"
        if error == "invalid_grant" and g.kind == "refresh_token":
            return f"the refresh token is expired or revoked: renew {g.secret_key}"
        if error == "unauthorized_client":
            return f"check {prefix}.client_id and the app's permissions"
        if error == "invalid_client":
            if not g.client_secret:
                return f"check {prefix}.client_id and set {prefix}.client_secret_env"
            return f"check {g.secret_key}"
        return f"check the [{prefix}] table"


_sources: dict[tuple[str, str, Grant], TokenSource] = {}
_sources_lock = threading.Lock()


def token_source(server: OAuth2Server, section: str) -> TokenSource:
    """The process's token source for this section's grant (every connection shares it)."""
    grant = grant_for(server, section)
    key = (section, server.username, grant)
    with _sources_lock:
        source = _sources.get(key)
        if source is None:
            source = _sources[key] = TokenSource(grant, section, server.timeout_seconds)
        return source


# --- SASL ------------------------------------------------------------------------------

def xoauth2(username: str, token: str) -> bytes:
    """The XOAUTH2 initial response (Google's and Microsoft's IMAP/SMTP mechanism)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()


def oauthbearer(username: str, token: str, host: str, port: int) -> bytes:
    """The OAUTHBEARER initial response (RFC 7628 §3.1)."""
    name = username.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={name},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01".encode()


def abort_response(mechanism: str) -> bytes:
    """What the client sends after the server's error challenge: an empty response for
    XOAUTH2, a lone ^A for OAUTHBEARER (RFC 7628 §3.2.3)."""
    return b"\x01" if mechanism == "OAUTHBEARER" else b""


def initial_response(mechanism: str, username: str, token: str, host: str, port: int) -> bytes:
    if mechanism == "OAUTHBEARER":
        return oauthbearer(username, token, host, port)
    return xoauth2(username, token)


def challenge_status(challenge: bytes) -> str | None:
    """The status of a server's SASL error challenge ({"status": "invalid_token", ...})."""
    try:
        data = json.loads(challenge.decode("utf-8", "replace"))
    except ValueError:
        return None
    status = data.get("status") if isinstance(data, dict) else None
    return str(status) if status else None


def choose_mechanism(offered: set[str]) -> str | None:
    """XOAUTH2 where offered (what Microsoft and Google document), else OAUTHBEARER."""
    for mechanism in ("XOAUTH2", "OAUTHBEARER"):
        if mechanism in offered:
            return mechanism
    return None
