"""Typed configuration: loaded once from TOML, validated, passed down frozen.

Every error names the key and the file. Secrets are read from the environment
variable a ``*_env`` key names, or from the plain key (``password``) if given.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from mailbot.errors import ConfigError

DEFAULT_PATH = "mailbot.toml"
ENV_PATH = "MAILBOT_CONFIG"
DEFAULT_MAILBOX = "default"

Security = Literal["ssl", "starttls", "none"]
Port = Annotated[int, Field(ge=1, le=65535)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return all(
                ipaddress.ip_address(info[4][0]).is_loopback
                for info in socket.getaddrinfo(host, None)
            )
        except (OSError, ValueError):
            return False


def _secret(value: str | None, env_name: str | None, key: str) -> str | None:
    if value is not None:
        return value
    if env_name:
        secret = os.environ.get(env_name)
        if secret is None:
            raise ConfigError(
                f"environment variable {env_name} is not set; export it or set '{key}'",
                key=f"{key}_env",
            )
        return secret
    return None


def _secret_file(path: str, key: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        raise ConfigError(f"cannot read the secret file {path}: {reason}", key=key) from None


class DatabaseConfig(_Section):
    url: str = "sqlite:///mailbot.db"

    @field_validator("url")
    @classmethod
    def _known_driver(cls, url: str) -> str:
        if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", url):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        return url


def _relative_to_config(value: str | None, info: ValidationInfo) -> str | None:
    """A path from the file, made absolute against the config file's folder."""
    if not value:
        return value
    path = Path(value).expanduser()
    base = (info.context or {}).get("base_dir")
    return str(path if path.is_absolute() or not base else Path(base) / path)


class OAuth2Config(_Section):
    """``[imap.oauth2]`` / ``[smtp.oauth2]``: where the access token for XOAUTH2 comes from."""

    provider: Literal["microsoft", "google", "generic"]
    tenant_id: str | None = None  # microsoft: the directory (tenant) ID or domain
    client_id: str | None = None
    client_secret: str | None = None
    client_secret_env: str | None = None
    service_account_file: str | None = None  # google: domain-wide delegation key (JSON)
    refresh_token: str | None = None
    refresh_token_env: str | None = None  # an installed app's refresh token instead
    token_url: str | None = None  # generic; or overrides the provider's endpoint
    scope: str | None = None  # default: the provider's IMAP/SMTP scope

    @field_validator("service_account_file")
    @classmethod
    def _path(cls, value: str | None, info: ValidationInfo) -> str | None:
        return _relative_to_config(value, info)

    @field_validator("token_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        if value is None:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError("must be a URL like https://login.example.com/oauth2/token")
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise ValueError("must be https (the client secret travels in the request)")
        return value

    @model_validator(mode="after")
    def _complete(self) -> OAuth2Config:
        has_secret = self.client_secret is not None or bool(self.client_secret_env)
        has_refresh = self.refresh_token is not None or bool(self.refresh_token_env)
        if self.service_account_file and (has_refresh or has_secret):
            raise ValueError("service_account_file replaces client_secret and refresh_token: "
                             "set only one way to get tokens")
        if self.service_account_file and self.provider != "google":
            raise ValueError("service_account_file is for provider = 'google'")
        if self.provider == "microsoft" and not (self.tenant_id or self.token_url):
            raise ValueError("provider 'microsoft' needs tenant_id (the directory ID or domain)")
        if self.provider == "generic" and not self.token_url:
            raise ValueError("provider 'generic' needs token_url")
        if not self.service_account_file:
            if not self.client_id:
                raise ValueError("needs client_id (or, for google, service_account_file)")
            if not (has_secret or has_refresh):
                raise ValueError("needs client_secret_env (client credentials), "
                                 "refresh_token_env or, for google, service_account_file")
        return self

    def client_secret_value(self, prefix: str) -> str | None:
        return _secret(self.client_secret, self.client_secret_env, f"{prefix}.client_secret")

    def refresh_token_value(self, prefix: str) -> str | None:
        return _secret(self.refresh_token, self.refresh_token_env, f"{prefix}.refresh_token")


class _ServerConfig(_Section):
    host: str
    port: Port
    security: Security
    username: str = ""
    password: str | None = None
    password_env: str | None = None
    password_file: str | None = None  # a file holding the password (e.g. a systemd credential)
    timeout_seconds: Annotated[float, Field(gt=0)] = 30.0
    auth: Literal["password", "oauth2"] = "password"
    oauth2: OAuth2Config | None = None
    ca_file: str | None = None  # also trust this CA (PEM); certificates are always verified
    client_cert: str | None = None  # TLS client certificate (PEM), with client_key
    client_key: str | None = None

    @field_validator("ca_file", "client_cert", "client_key", "password_file")
    @classmethod
    def _path(cls, value: str | None, info: ValidationInfo) -> str | None:
        return _relative_to_config(value, info)

    @model_validator(mode="after")
    def _none_only_to_loopback(self) -> _ServerConfig:
        if self.security == "none" and not _is_loopback(self.host):
            raise ValueError(
                f"security = 'none' is only allowed to a loopback host, not {self.host!r}"
            )
        return self

    @model_validator(mode="after")
    def _auth_and_tls(self) -> _ServerConfig:
        if self.auth == "oauth2" and self.oauth2 is None:
            raise ValueError("auth = 'oauth2' needs its oauth2 table ([imap.oauth2] or "
                             "[smtp.oauth2]: provider, client_id, ...)")
        if self.auth != "oauth2" and self.oauth2 is not None:
            raise ValueError("an oauth2 table is only used with auth = 'oauth2'")
        if self.auth == "oauth2" and not self.username:
            raise ValueError("auth = 'oauth2' needs username (the mailbox the token is for)")
        if self.client_key and not self.client_cert:
            raise ValueError("client_key needs client_cert")
        if self.security == "none" and (self.ca_file or self.client_cert):
            raise ValueError("ca_file and client_cert apply only with security = 'ssl' or "
                             "'starttls'")
        return self

    def secret(self, section: str) -> str | None:
        """The password, from the file or the environment; None without a username or
        with auth = 'oauth2' (the token comes from mailbot.oauth2)."""
        if self.auth == "oauth2" or (not self.username and self.password is None):
            return None
        if self.password is None and self.password_file:
            return _secret_file(self.password_file, f"{section}.password_file")
        return _secret(self.password, self.password_env, f"{section}.password")


class ImapConfig(_ServerConfig):
    port: Port = 993
    security: Security = "ssl"
    password_env: str | None = "MAILBOT_IMAP_PASSWORD"
    folder: str = "INBOX"
    processed_folder: str = "Processed/Cancellations"
    mode: Literal["poll", "idle"] = "poll"
    poll_interval_seconds: Annotated[float, Field(gt=0)] = 60
    idle_timeout_seconds: Annotated[float, Field(gt=0, le=29 * 60)] = 29 * 60
    batch_size: Annotated[int, Field(ge=1, le=500)] = 500
    max_message_bytes: Annotated[int, Field(ge=1024)] = 10 * 1024 * 1024


class SmtpConfig(_ServerConfig):
    port: Port = 587
    security: Security = "starttls"
    password_env: str | None = "MAILBOT_SMTP_PASSWORD"
    from_address: str
    from_name: str = "Support"
    connections: Annotated[int, Field(ge=1, le=20)] = 3  # concurrent connections for delivery

    @field_validator("from_address")
    @classmethod
    def _address(cls, value: str) -> str:
        if "@" not in value or any(c in value for c in "\r\n <>"):
            raise ValueError("must be a plain address like support@example.com")
        return value


class PolicyConfig(_Section):
    preset: Literal["crm-runner", "atntcrm"] | None = "crm-runner"
    file: str | None = None  # a company's own policy table (TOML), instead of a preset
    timezone: str = "America/New_York"
    notice_days: Annotated[int, Field(ge=0, le=3650)] | None = None
    trial_days: Annotated[int, Field(ge=0, le=3650)] | None = None
    refund_processing_days: Annotated[int, Field(ge=0, le=3650)] = 14
    contact: str | None = None  # how to reach a human; defaults to the preset's

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from exc
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class ParsingConfig(_Section):
    # The company's own words for what customers cancel ("cancel CRM Runner" is as clear as
    # "cancel my account") and its plan names ("cancel my Starter").
    product_names: tuple[str, ...] = ()
    plan_names: tuple[str, ...] = ()
    account_number_pattern: str = r"\d{5,12}"
    min_confidence: Annotated[float, Field(ge=0, le=1)] = 0.75

    @field_validator("account_number_pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value


class SecurityConfig(_Section):
    @field_validator("trusted_authserv_id", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @property
    def sender_checks(self) -> bool:
        """Is a From address ever checked, or simply believed?"""
        return bool(self.trusted_authserv_id) or self.verify_dkim

    verification_days: Annotated[int, Field(ge=1)] = 7
    # Authentication-Results from these receiving servers are believed (SPEC §9); a list,
    # or one id as a string.
    trusted_authserv_id: tuple[str, ...] = ()
    verify_dkim: bool = False  # check DKIM and the DMARC record in mailbot itself
    dns_servers: tuple[str, ...] = ()  # "host" or "host:port" for verify_dkim (default: system)
    thread_secret: str | None = None
    thread_secret_env: str | None = "MAILBOT_THREAD_SECRET"
    per_address_limit: Annotated[int, Field(ge=1)] = 5
    per_address_window_hours: Annotated[int, Field(ge=1)] = 24
    # A last-resort global ceiling, far above any healthy backlog: the loop breaker below
    # trips on loops, this only on a runaway (all sending pauses until `outbox resume`).
    hourly_limit: Annotated[int, Field(ge=1)] = 10_000
    # The loop breaker (mailbot.safety): replies to one address or thread are held when
    # more than loop_address_replies go to one address within loop_address_minutes, more
    # than loop_thread_replies to one thread (a case's conversation) within 24 hours, or the
    # same sender answers loop_answers of our replies within loop_answer_seconds each.
    loop_address_replies: Annotated[int, Field(ge=1)] = 5
    loop_address_minutes: Annotated[int, Field(ge=1)] = 60
    loop_thread_replies: Annotated[int, Field(ge=1)] = 8
    loop_answer_seconds: Annotated[int, Field(ge=1)] = 60
    loop_answers: Annotated[int, Field(ge=2)] = 3
    withdrawal: Literal["confirm", "flag"] = "confirm"


class RepliesConfig(_Section):
    template_dir: str | None = None  # a site folder whose templates override the bundled ones
    output_dir: str | None = None  # also write every sent reply here as .eml (demo, audits)


class ReviewConfig(_Section):
    four_eyes_refund: Decimal = Decimal("100.00")


class RetentionConfig(_Section):
    raw_days: Annotated[int, Field(ge=1)] = 365


class ServiceConfig(_Section):
    dry_run: bool = False
    outbox_interval_seconds: Annotated[float, Field(gt=0)] = 5
    max_send_attempts: Annotated[int, Field(ge=1)] = 12
    retry_base_seconds: Annotated[float, Field(gt=0)] = 30
    retry_max_seconds: Annotated[float, Field(gt=0)] = 3600
    lock_timeout_seconds: Annotated[float, Field(gt=0)] = 10
    # `mailbot run`: polls and processing of every mailbox run on at most this many
    # threads (IDLE waits take none: one selector holds them all).
    threads: Annotated[int, Field(ge=1, le=32)] = 4
    # How often a running worker re-reads the mailboxes defined in the database (`mailbot
    # mailboxes add|remove`) and, on PostgreSQL, which workers share the mailboxes.
    mailboxes_refresh_seconds: Annotated[float, Field(gt=0)] = 5


class WebConfig(_Section):
    host: str = "127.0.0.1"
    port: Port = 8025
    secret_key: str | None = None
    secret_key_env: str | None = "MAILBOT_SECRET_KEY"
    secure_cookies: bool = False  # set true behind HTTPS
    # Login throttling, each within lockout_minutes: failures in a row for one user name
    # from one client address lock that pair; failures from one address across all user
    # names refuse the address; failures for one user name from everywhere refuse it
    # (a ceiling against distributed guessing; addresses it logged in from stay allowed).
    max_failed_logins: Annotated[int, Field(ge=1)] = 5
    lockout_minutes: Annotated[int, Field(ge=1)] = 15
    max_failed_logins_per_address: Annotated[int, Field(ge=1)] = 20
    max_failed_logins_per_user: Annotated[int, Field(ge=1)] = 100
    # Reverse proxies in front of the desk that set X-Forwarded-For (0: none; the client
    # address is the TCP peer). Set it behind nginx etc., or every client is the proxy.
    trusted_proxies: Annotated[int, Field(ge=0, le=5)] = 0
    # The zone the desk shows times in (IANA name); default: the default mailbox's
    # [policy] timezone. Replies to customers always use their mailbox's policy zone.
    timezone: str | None = None

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from exc
        return value


class MailboxEntry(_Section):
    """One ``[[mailboxes]]`` entry: a second (third, …) support address."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
    imap: ImapConfig | None = None
    smtp: SmtpConfig | None = None
    policy: PolicyConfig = PolicyConfig()
    replies: RepliesConfig = RepliesConfig()
    support_address: str | None = None


class Config(_Section):
    database: DatabaseConfig = DatabaseConfig()
    imap: ImapConfig | None = None
    smtp: SmtpConfig | None = None
    policy: PolicyConfig = PolicyConfig()
    parsing: ParsingConfig = ParsingConfig()
    security: SecurityConfig = SecurityConfig()
    replies: RepliesConfig = RepliesConfig()
    review: ReviewConfig = ReviewConfig()
    retention: RetentionConfig = RetentionConfig()
    service: ServiceConfig = ServiceConfig()
    web: WebConfig = WebConfig()
    mailboxes: tuple[MailboxEntry, ...] = ()
    support_address: str | None = None
    source: str = Field(default="<defaults>", exclude=True)
    base_dir: str = Field(default=".", exclude=True)

    @model_validator(mode="after")
    def _unique_mailboxes(self) -> Config:
        names = [m.name for m in self.mailboxes]
        if DEFAULT_MAILBOX in names or len(set(names)) != len(names):
            raise ValueError(f"mailbox names must be unique and not {DEFAULT_MAILBOX!r}")
        return self

    def mailbox_configs(self) -> list[MailboxConfig]:
        """The default mailbox (top-level sections) followed by every [[mailboxes]] entry."""
        boxes = [
            MailboxConfig(
                name=DEFAULT_MAILBOX,
                imap=self.imap,
                smtp=self.smtp,
                policy=self.policy,
                replies=self.replies,
                support_address=self.support_address,
            )
        ]
        boxes += [entry_config(m) for m in self.mailboxes]
        return boxes

    def mailbox(self, name: str = DEFAULT_MAILBOX) -> MailboxConfig:
        for box in self.mailbox_configs():
            if box.name == name:
                return box
        raise ConfigError(f"no mailbox named {name!r}", path=self.source, key="mailboxes")

    @property
    def desk_zone(self) -> ZoneInfo:
        """The zone the review desk shows times in: [web] timezone, else the policy's."""
        return ZoneInfo(self.web.timezone or self.policy.timezone)

    def resolve_path(self, value: str) -> Path:
        """A path from the config file, relative to the file's folder."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else Path(self.base_dir) / path

    def thread_secret(self) -> bytes:
        s = self.security
        secret = s.thread_secret or (os.environ.get(s.thread_secret_env or "") or None)
        if secret is None:
            # Stable per database: threads still work, but set a real secret in production.
            secret = "mailbot-thread-secret:" + self.database.url
        return secret.encode()


class MailboxConfig(BaseModel):
    """Everything one support mailbox needs, resolved from the file."""

    model_config = ConfigDict(frozen=True)

    name: str
    imap: ImapConfig | None
    smtp: SmtpConfig | None
    policy: PolicyConfig
    replies: RepliesConfig
    support_address: str | None

    @property
    def own_address(self) -> str | None:
        if self.support_address:
            return self.support_address
        if self.smtp:
            return self.smtp.from_address
        if self.imap and "@" in self.imap.username:
            return self.imap.username
        return None


def entry_config(entry: MailboxEntry) -> MailboxConfig:
    """A ``[[mailboxes]]`` entry (from the file or the database) as a mailbox's config."""
    return MailboxConfig(name=entry.name, imap=entry.imap, smtp=entry.smtp, policy=entry.policy,
                         replies=entry.replies, support_address=entry.support_address)


# Mailboxes defined in the database (``mailbot mailboxes add``) keep no secret there: a
# password or token is named by its environment variable or its file.
_SECRET_KEYS = {"password": "password_env (an environment variable's name) or password_file",
                "oauth2.client_secret": "oauth2.client_secret_env",
                "oauth2.refresh_token": "oauth2.refresh_token_env"}


def parse_mailbox_entry(data: dict[str, Any], source: str) -> MailboxEntry:
    """Validate one mailbox definition for the database, as a ``[[mailboxes]]`` entry with
    absolute paths; ConfigError names the bad key. Secret values are refused, and a server
    that logs in with a password must say where it is (``password_env`` or
    ``password_file``): the defaults' shared variables are not guessed."""
    data = dict(data)
    for section, key in (("policy", "file"), ("replies", "template_dir"),
                         ("replies", "output_dir")):  # read later, from anywhere: absolute
        table = data.get(section)
        if isinstance(table, dict) and isinstance(table.get(key), str) and table[key]:
            data[section] = {**table, key: os.path.abspath(os.path.expanduser(table[key]))}
    try:
        entry = MailboxEntry.model_validate(data, context={"base_dir": os.getcwd()})
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        key, message = _describe(errors[0])
        raise ConfigError(message, path=source, key=key) from None
    for section in ("imap", "smtp"):
        server = getattr(entry, section)
        if server is None:
            continue
        for key, instead in _SECRET_KEYS.items():
            head, _, tail = key.partition(".")
            holder = getattr(server, head) if tail else server
            if holder is not None and getattr(holder, tail or key) is not None:
                raise ConfigError(f"a secret's value is never stored in the database; give "
                                  f"{instead}", path=source, key=f"{section}.{key}")
        named = {"password_env", "password_file"} & server.model_fields_set
        if server.auth == "password" and server.username and not named:
            raise ConfigError("a mailbox in the database names where its password is: "
                              "password_env (an environment variable) or password_file",
                              path=source, key=f"{section}.password_env")
    return entry


def _describe(error: ErrorDetails) -> tuple[str, str]:
    key = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return key, "unknown key"
    if kind == "missing":
        return key, "missing required key"
    msg = error["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if kind.endswith(("_type", "_parsing")) or kind.startswith("literal"):
        msg = f"{msg} (got {error.get('input')!r})"
    return key, msg


def parse_config(data: dict[str, Any], *, source: str = "<dict>", base_dir: str = ".") -> Config:
    """Validate a decoded TOML document; raise ConfigError naming the first bad key."""
    if base_dir != ".":
        database = data.get("database")
        if database is None or isinstance(database, dict):
            url = (database or {}).get("url", DatabaseConfig().url)
            if isinstance(url, str):
                data = {**data, "database": {**(database or {}),
                                             "url": sqlite_url_from(url, Path(base_dir))}}
    try:
        return Config.model_validate({**data, "source": source, "base_dir": base_dir},
                                     context={"base_dir": base_dir})
    except ValidationError as exc:
        # Unknown keys first: a misspelt key also makes the real one look missing.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        key, message = _describe(errors[0])
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise ConfigError(f"{message}{more}", path=source, key=key) from None


def sqlite_url_from(url: str, base_dir: Path) -> str:
    """A relative SQLite path ('sqlite:///mailbot.db') made relative to the config file's
    folder, not to wherever the command happens to run. Other URLs are unchanged."""
    m = re.match(r"^(sqlite(?:\+\w+)?:///)(.*)$", url)
    if not m or not m.group(2) or m.group(2).startswith(("/", ":memory:", "file:")):
        return url
    return m.group(1) + str(base_dir / m.group(2))


def config_path(explicit: str | None) -> Path:
    return Path(explicit or os.environ.get(ENV_PATH) or DEFAULT_PATH)


def load_config(explicit: str | None = None) -> Config:
    """Read and validate the config file (``--config``, ``$MAILBOT_CONFIG``, ``./mailbot.toml``)."""
    path = config_path(explicit)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            "config file not found; pass --config PATH or copy config.example.toml",
            path=str(path),
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", path=str(path)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("config file is not UTF-8", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    return parse_config(data, source=str(path), base_dir=str(path.resolve().parent))
