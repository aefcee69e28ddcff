"""TLS and OAuth2 peers for the tests: certificates from a private CA of our own, Dovecot
with TLS or an oauth2 passdb, aiosmtpd with STARTTLS or implicit TLS and AUTH XOAUTH2, and
an OAuth2 token endpoint on loopback that signs RS256 access tokens.

Nothing here is mocked: mailbot talks TLS, SASL and HTTP to these servers as it would to
Microsoft 365, Google Workspace or a company's own mail server.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import ssl
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.servers import Delivery, Dovecot, free_port

# --- configuration ---------------------------------------------------------------------

def configure(h, section: str, **options: object) -> None:  # a Harness
    """Set keys of [imap] or [smtp] in a harness's config file, replacing any there; a
    None value removes the key."""
    text = h.config_path.read_text()
    head, body = text.split(f"[{section}]\n", 1)
    block, tail = body.split("\n\n", 1)
    lines = [line for line in block.splitlines() if line.split(" = ")[0] not in options]
    lines += [f"{key} = {json.dumps(value)}" for key, value in options.items()
              if value is not None]
    h.config_path.write_text(f"{head}[{section}]\n" + "\n".join(lines) + "\n\n" + tail)
    h._app = None


def add_table(h, name: str, **options: object) -> None:  # a Harness
    """Append a table (e.g. [imap.oauth2]) to a harness's config file."""
    lines = [f"[{name}]"] + [f"{key} = {json.dumps(value)}" for key, value in options.items()]
    h.config_path.write_text(h.config_path.read_text() + "\n" + "\n".join(lines) + "\n")
    h._app = None


# --- certificates ----------------------------------------------------------------------

LOOPBACK = ("127.0.0.1", "localhost")


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def _pem_key(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _names(hosts: tuple[str, ...]) -> list[x509.GeneralName]:
    out: list[x509.GeneralName] = []
    for host in hosts:
        try:
            out.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            out.append(x509.DNSName(host))
    return out


@dataclass
class Certs:
    """A private CA and the certificates the tests present, as PEM files under root."""

    root: Path
    ca_key: rsa.RSAPrivateKey = field(default_factory=new_key)

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.UTC)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mailbot test CA")])
        self.ca_cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self.ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(self.ca_key, hashes.SHA256())
        )
        self.ca_file = self.root / "ca.pem"
        self.ca_file.write_bytes(self.ca_cert.public_bytes(serialization.Encoding.PEM))

    def issue(self, name: str, hosts: tuple[str, ...] = LOOPBACK, *, self_signed: bool = False,
              expired: bool = False, client: bool = False) -> tuple[Path, Path]:
        """(cert.pem, key.pem) for these host names, signed by the CA unless self_signed."""
        key = new_key()
        now = dt.datetime.now(dt.UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])])
        start, end = now - dt.timedelta(days=1), now + dt.timedelta(days=30)
        if expired:
            start, end = now - dt.timedelta(days=60), now - dt.timedelta(days=30)
        usage = ExtendedKeyUsageOID.CLIENT_AUTH if client else ExtendedKeyUsageOID.SERVER_AUTH
        builder = (
            x509.CertificateBuilder().subject_name(subject)
            .issuer_name(subject if self_signed else self.ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(_names(hosts)), critical=False)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        )
        if self_signed:
            builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None),
                                            critical=True)
        cert = builder.sign(key if self_signed else self.ca_key, hashes.SHA256())
        cert_path, key_path = self.root / f"{name}.pem", self.root / f"{name}.key"
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(_pem_key(key))
        key_path.chmod(0o644)  # Dovecot's config process reads it; these are test keys
        return cert_path, key_path


def server_context(cert: Path, key: Path, *, client_ca: Path | None = None) -> ssl.SSLContext:
    """A server-side context; with client_ca it requires a client certificate signed by it."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    if client_ca is not None:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cafile=client_ca)
    return context


# --- Dovecot ---------------------------------------------------------------------------

def tls_dovecot(root: Path, cert: Path, key: Path) -> Dovecot:
    """Dovecot with STARTTLS on its plain port and implicit TLS on ``imaps_port``."""
    imaps_port = free_port()
    extra = f"""
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
service imap-login {{
  inet_listener imaps_test {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
"""
    server = Dovecot(root, extra=extra)
    server.imaps_port = imaps_port  # type: ignore[attr-defined]
    return server


ISSUER = "mailbot-test-idp"
KID = "test-key-1"


def oauth2_dovecot(root: Path, public_key_pem: bytes, *,
                   mechanisms: str = "xoauth2 oauthbearer") -> Dovecot:
    """Dovecot whose oauth2 passdb validates RS256 JWTs locally (introspection_mode =
    local): the key is looked up as <dict>/<azp:default>/<alg>/<kid>, the user is `sub`.
    PLAIN logins (the tests' own APPENDs) still use the static password passdb."""
    keys = root / "keys" / "default" / "RS256"
    keys.mkdir(parents=True, exist_ok=True)
    (keys / KID).write_bytes(public_key_pem)
    args = root / "dovecot-oauth2.conf.ext"
    args.write_text(f"""\
introspection_mode = local
local_validation_key_dict = fs:posix:prefix={root}/keys/
username_attribute = sub
issuers = {ISSUER}
""")
    extra = f"""
auth_mechanisms = plain login {mechanisms}
auth_failure_delay = 0
# No auth penalty (a growing delay after a failed login from an address) for the tests'
# own refused tokens: the auth process cannot open anvil's penalty socket, so skips it.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = oauth2
  mechanisms = {mechanisms}
  args = {args}
}}
"""
    return Dovecot(root, extra=extra)


# --- SMTP ------------------------------------------------------------------------------

def _sasl_xoauth2(blob: bytes) -> tuple[str, str]:
    """(user, token) from an XOAUTH2 initial response."""
    fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
    return fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")


class SmtpPeer:
    """aiosmtpd that keeps what it accepts: plain, STARTTLS (``tls``) or implicit TLS
    (``implicit``), optionally requiring a client certificate, optionally with AUTH XOAUTH2
    required and each token checked by ``verify_token(user, token) -> reason | None``."""

    def __init__(self, *, tls: ssl.SSLContext | None = None, implicit: bool = False,
                 verify_token=None):  # Callable[[str, str], str | None]
        self.port = free_port()
        self.deliveries: list[Delivery] = []
        self.auth_attempts: list[str] = []  # "ok" or the reason a token was refused
        self.lock = threading.Lock()
        self.tls, self.implicit, self.verify_token = tls, implicit, verify_token

    def start(self) -> SmtpPeer:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import MISSING, AuthResult

        peer = self

        class Sink:
            async def handle_DATA(self, server, session, envelope):
                with peer.lock:
                    peer.deliveries.append(Delivery(envelope.mail_from,
                                                    list(envelope.rcpt_tos), envelope.content))
                return "250 2.0.0 OK"

        class OAuthSink(Sink):
            async def auth_XOAUTH2(self, server, args):
                if len(args) == 2:
                    blob = base64.b64decode(args[1])
                else:
                    blob = await server.challenge_auth("")
                    if blob is MISSING:
                        return AuthResult(success=False, handled=True)
                user, token = _sasl_xoauth2(blob)
                reason = peer.verify_token(user, token)
                with peer.lock:
                    peer.auth_attempts.append(reason or "ok")
                if reason is None:
                    return AuthResult(success=True, auth_data=user)
                # Google's and Microsoft's way: an error challenge, then 535
                await server.challenge_auth(json.dumps(
                    {"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"}))
                return AuthResult(success=False, handled=False,
                                  message="535 5.7.8 Username and Password not accepted")

        options: dict = {"hostname": "127.0.0.1", "port": self.port}
        if self.tls is not None and self.implicit:
            options["ssl_context"] = self.tls
        elif self.tls is not None:
            options.update(tls_context=self.tls, require_starttls=True)
        if self.verify_token is not None:
            options.update(auth_required=True, auth_require_tls=False)
        handler = OAuthSink() if self.verify_token is not None else Sink()
        self.controller = Controller(handler, **options)
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()


# --- the token endpoint ----------------------------------------------------------------

MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


class TokenServer:
    """An OAuth2 token endpoint on loopback, Microsoft-shaped at /<tenant>/oauth2/v2.0/token
    and plain at /token: client credentials (the app is granted ``mailbox``), refresh
    tokens, and Google's JWT-bearer grant for a service account (the token is for the
    assertion's subject). Access tokens are RS256 JWTs that live ``expires_in`` seconds;
    ``revoked_next`` tokens are handed out already expired (a token the mail server refuses
    while the endpoint said it was good). Errors are the providers' JSON."""

    def __init__(self, *, mailbox: str, client_id: str = "mailbot-test-app",
                 client_secret: str = "right-secret", tenant: str = "contoso",
                 refresh_token: str = "refresh-1", expires_in: int = 3600,
                 service_account: dict | None = None, key: rsa.RSAPrivateKey | None = None):
        self.key = key or new_key()
        self.public_pem = public_pem(self.key)
        self.mailbox, self.client_id, self.client_secret = mailbox, client_id, client_secret
        self.tenant, self.refresh_token, self.expires_in = tenant, refresh_token, expires_in
        self.service_account = service_account  # {"client_email", "public_pem"}
        self.revoked_next = 0
        self.requests: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self.port = free_port()

    def url(self, tenant: str | None = None) -> str:
        return f"http://127.0.0.1:{self.port}/{tenant or self.tenant}/oauth2/v2.0/token"

    @property
    def plain_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.requests)

    # The verdict on one request: (HTTP status, JSON body).
    def answer(self, path: str, form: dict[str, str]) -> tuple[int, dict]:
        if path != "/token" and path != f"/{self.tenant}/oauth2/v2.0/token":
            tenant = path.strip("/").split("/")[0]
            return 400, _error("invalid_request", f"AADSTS90002: Tenant '{tenant}' not found. "
                               "Check to make sure you have the correct tenant ID.")
        grant = form.get("grant_type")
        if grant == JWT_BEARER:
            return self._assertion(form, path)
        if form.get("client_id") != self.client_id:
            return 400, _error("unauthorized_client", "AADSTS700016: Application with "
                               f"identifier '{form.get('client_id')}' was not found in the "
                               "directory 'Contoso'.")
        if form.get("client_secret") != self.client_secret:
            return 401, _error("invalid_client", "AADSTS7000215: Invalid client secret "
                               "provided. Ensure the secret being sent in the request is the "
                               "client secret value, not the client secret ID.")
        if grant == "client_credentials":
            scope = form.get("scope", "")
            if not scope.endswith("/.default"):
                return 400, _error("invalid_scope", f"AADSTS1002012: The provided value for "
                                   f"scope {scope} is not valid. Client credential flows must "
                                   "have a scope value with /.default suffixed.")
            return 200, self._token(self.mailbox)
        if grant == "refresh_token":
            if form.get("refresh_token") != self.refresh_token:
                return 400, _error("invalid_grant", "Token has been expired or revoked.")
            return 200, self._token(self.mailbox)
        return 400, _error("unsupported_grant_type", f"{grant} is not supported")

    def _assertion(self, form: dict[str, str], path: str) -> tuple[int, dict]:
        account = self.service_account or {}
        try:
            claims = jwt.decode(form.get("assertion", ""), account.get("public_pem", b""),
                                algorithms=["RS256"], audience=self.url_for(path),
                                issuer=account.get("client_email"),
                                options={"require": ["exp", "iat", "sub"]})
        except jwt.PyJWTError as exc:
            return 400, _error("invalid_grant", f"Invalid JWT Signature. ({exc})")
        if claims.get("scope") != GOOGLE_SCOPE:
            return 400, _error("invalid_scope", f"Invalid OAuth scope: {claims.get('scope')}")
        return 200, self._token(claims["sub"])

    def url_for(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _token(self, subject: str) -> dict:
        now = int(time.time())
        with self.lock:
            revoked = self.revoked_next > 0
            self.revoked_next -= 1 if revoked else 0
        expires = now - 120 if revoked else now + self.expires_in
        token = jwt.encode({"iss": ISSUER, "sub": subject, "iat": now - 1 if not revoked
                            else now - 300, "exp": expires, "jti": uuid.uuid4().hex},
                           self.key, algorithm="RS256", headers={"kid": KID})
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}

    def verify(self, user: str, token: str) -> str | None:
        """What a mail server (our SMTP peer) decides about a bearer token: None if good."""
        try:
            claims = jwt.decode(token, self.public_pem, algorithms=["RS256"], issuer=ISSUER,
                                options={"require": ["exp", "sub"]})
        except jwt.PyJWTError as exc:
            return f"invalid token: {exc}"
        return None if claims["sub"] == user else f"token is for {claims['sub']}, not {user}"

    def start(self) -> TokenServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                form = {k: v[-1] for k, v in parse_qs(body).items()}
                with server.lock:
                    server.requests.append({"path": self.path, **form})
                status, answer = server.answer(urlsplit(self.path).path, form)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _error(code: str, description: str) -> dict:
    return {"error": code, "error_description": description + "\r\nTrace ID: 0000\r\n"
            "Correlation ID: 0000\r\nTimestamp: 2026-03-02 14:14:00Z"}


def service_account_file(path: Path, token_uri: str) -> dict:
    """A Google service account key file (JSON) with a fresh RSA key; returns what the
    token endpoint needs to check its assertions (client_email, public_pem)."""
    key = new_key()
    email = "mailbot@mailbot-test.iam.gserviceaccount.com"
    path.write_text(json.dumps({
        "type": "service_account", "project_id": "mailbot-test",
        "private_key_id": uuid.uuid4().hex, "private_key": _pem_key(key).decode(),
        "client_email": email, "client_id": "123456789012345678901",
        "token_uri": token_uri,
    }))
    return {"client_email": email, "public_pem": public_pem(key)}
