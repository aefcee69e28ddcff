"""The review UI's people: adding users, checking passwords with lockout, API tokens.

Passwords are hashed with argon2 (argon2-cffi); API tokens are random and only their
SHA-256 is stored. Every login, logout and failed login is written to the audit log.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from mailbot.config import WebConfig
from mailbot.errors import Conflict, InputError, NotFound
from mailbot.review import ROLES, Actor
from mailbot.store import users as user_store
from mailbot.store.cases import audit
from mailbot.store.db import Database

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$")
MIN_PASSWORD = 8
TOKEN_PREFIX = "mbt_"
KEEP_SUCCESSES = timedelta(days=30)  # how far back "logged in from this address" looks
KEEP_FAILURES = timedelta(days=1)  # longer than any lockout window (lockout_minutes)
_hasher = PasswordHasher()
# Verified against when the username is unknown, so that case takes as long as a wrong password.
_DUMMY = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class Login:
    """What a login attempt came to: the actor on success, else why not (shown to the user)."""

    actor: Actor | None
    user_id: int | None = None
    epoch: int = 0
    refused: str | None = None


def add_user(db: Database, name: str, role: str, password: str, *, now: datetime) -> Actor:
    """A new review-UI user; refuses a taken name, a bad role or a short password."""
    if not NAME.match(name):
        raise InputError(f"user name {name!r}: use letters, digits and . _ @ - (at most 80)")
    if role not in ROLES:
        raise InputError(f"role {role!r}: use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise InputError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    with db.session() as session:
        if user_store.by_name(session, name) is not None:
            raise Conflict(f"user {name} exists already")
        user_store.add(session, name, role, _hasher.hash(password), now)
        audit(session, "operator", "user_added", user=name, role=role)
    return Actor(name, role)


def list_users(db: Database) -> list[tuple[str, str, bool, datetime | None]]:
    with db.session(readonly=True) as session:
        return [(u.name, u.role, u.active, u.last_login_at) for u in user_store.listing(session)]


def authenticate(db: Database, web: WebConfig, username: str, password: str, remote_addr: str,
                 *, now: datetime) -> Login:
    """Check a password, honouring the throttles; every outcome is recorded and audited.

    Failures are counted per (user name, client address) for the lockout, so failures
    from an attacker's address do not lock the user out at their own; per address across
    all user names, so spraying names from one address is refused; and per user name from
    everywhere, a high ceiling against distributed guessing that addresses the user has
    logged in from recently are exempt from."""
    username = username.strip()[:80]
    remote_addr = remote_addr[:64]
    with db.session() as session:
        refused = _throttled(web, session, username, remote_addr, now)
        if refused is not None:
            scope, until = refused
            audit(session, f"web:{username}", "login_locked", remote_addr=remote_addr,
                  scope=scope)
            minutes = max(1, int((until - now).total_seconds() // 60) + 1)
            return Login(None, refused=f"Too many failed logins: try again in {minutes} "
                                       "minute(s).")
        user = user_store.by_name(session, username) if username else None
        ok = _verify(user.password_hash if user is not None else _DUMMY, password)
        ok = ok and user is not None and user.active
        user_store.record_attempt(session, username, succeeded=ok, remote_addr=remote_addr,
                                  at=now)
        if not ok or user is None:
            audit(session, f"web:{username}", "login_failed", remote_addr=remote_addr)
            _forget(web, session, now)
            return Login(None, refused="Wrong user name or password.")
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.last_login_at = now
        actor = Actor(user.name, user.role)
        audit(session, actor.label, "login", remote_addr=remote_addr)
        _forget(web, session, now)
        return Login(actor, user.id, user.session_epoch or 0)


def _forget(web: WebConfig, session: Session, now: datetime) -> None:
    """Keep the attempts table small: failures only as long as a throttle looks back."""
    keep = max(KEEP_FAILURES, timedelta(minutes=web.lockout_minutes))
    user_store.forget_attempts(session, now - KEEP_SUCCESSES, failures_before=now - keep)


def _throttled(web: WebConfig, session: Session, username: str, remote_addr: str,
               now: datetime) -> tuple[str, datetime] | None:
    """Which throttle refuses this attempt (address, user_address or user) and until when;
    None when it may go ahead. Refused attempts are not counted, so each throttle ends."""
    window = web.lockout_minutes
    until = user_store.failures_until(session, now, max_failed=web.max_failed_logins_per_address,
                                      minutes=window, remote_addr=remote_addr)
    if until is not None:
        return "address", until
    until = user_store.locked_until(session, username, now, max_failed=web.max_failed_logins,
                                    minutes=window, remote_addr=remote_addr)
    if until is not None:
        return "user_address", until
    until = user_store.failures_until(session, now, max_failed=web.max_failed_logins_per_user,
                                      minutes=window, username=username)
    if until is not None and not user_store.logged_in_from(session, username, remote_addr,
                                                           now - KEEP_SUCCESSES):
        return "user", until
    return None


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def logged_out(db: Database, user_id: int, remote_addr: str) -> None:
    """End the user's sessions (a copied cookie too) and audit the logout."""
    with db.session() as session:
        user = user_store.by_id(session, user_id)
        if user is None:
            return
        user_store.end_sessions(user)
        audit(session, Actor(user.name, user.role).label, "logout", remote_addr=remote_addr)


def session_actor(db: Database, user_id: int, epoch: int) -> Actor | None:
    """The actor behind a session, while its user is active and the session not ended."""
    with db.session(readonly=True) as session:
        user = user_store.by_id(session, user_id)
        if user is None or not user.active or (user.session_epoch or 0) != epoch:
            return None
        return Actor(user.name, user.role)


def disable_user(db: Database, name: str) -> None:
    """The user can no longer log in; their sessions and API tokens stop working."""
    with db.session() as session:
        user = user_store.by_name(session, name)
        if user is None:
            raise NotFound(f"no user {name}")
        user.active = False
        user_store.end_sessions(user)
        audit(session, "operator", "user_disabled", user=name)


def create_token(db: Database, name: str, label: str = "", *, now: datetime) -> str:
    """A new API token for a user; the token itself is shown once and never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.session() as session:
        user = user_store.by_name(session, name)
        if user is None:
            raise NotFound(f"no user {name}; add one with 'mailbot users add {name} --role ...'")
        user_store.add_token(session, user, _digest(token), token[:12], label, now)
        audit(session, "operator", "api_token_created", user=name, prefix=token[:12])
    return token


def revoke_token(db: Database, prefix: str, *, now: datetime) -> None:
    with db.session() as session:
        row = user_store.revoke_token(session, prefix, now)
        if row is None:
            raise NotFound(f"no live API token starting {prefix}")
        audit(session, "operator", "api_token_revoked", prefix=prefix)


def token_actor(db: Database, token: str, *, now: datetime) -> Actor | None:
    """The actor an API bearer token stands for, or None (unknown, revoked, inactive user)."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with db.session(readonly=True) as session:
        found = user_store.token_owner(session, _digest(token))
        if found is None:
            return None
        row, user = found
        actor, stale = Actor(user.name, user.role), row.last_used_at is None or (
            now - row.last_used_at > timedelta(minutes=5))
    if stale:  # a write at most every few minutes per token, not one per request
        with db.session() as session:
            user_store.touch_token(session, row.id, now)
    return actor


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
