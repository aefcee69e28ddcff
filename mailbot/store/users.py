"""Queries on the review UI's people: users, their API tokens, and login attempts."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mailbot.store.models import ApiTokenRow, LoginAttemptRow, UserRow


def by_name(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name == name))


def by_id(session: Session, user_id: int) -> UserRow | None:
    return session.get(UserRow, user_id)


def listing(session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.name)))


def add(session: Session, name: str, role: str, password_hash: str, now: datetime) -> UserRow:
    row = UserRow(name=name, role=role, password_hash=password_hash, active=True, created_at=now)
    session.add(row)
    return row


def record_attempt(session: Session, username: str, *, succeeded: bool, remote_addr: str,
                   at: datetime) -> None:
    session.add(LoginAttemptRow(username=username[:80], succeeded=succeeded,
                                remote_addr=remote_addr[:64], at=at))


def locked_until(session: Session, username: str, now: datetime, *, max_failed: int,
                 minutes: int) -> datetime | None:
    """When a lockout ends: after ``max_failed`` failures in a row (no success between them),
    the last of them within the lockout period, the username is refused until then."""
    recent = list(session.scalars(
        select(LoginAttemptRow).where(LoginAttemptRow.username == username[:80],
                                      LoginAttemptRow.at > now - timedelta(minutes=minutes))
        .order_by(LoginAttemptRow.at.desc(), LoginAttemptRow.id.desc()).limit(max_failed)))
    if len(recent) < max_failed or any(a.succeeded for a in recent):
        return None
    return recent[0].at + timedelta(minutes=minutes)


def forget_attempts(session: Session, before: datetime) -> int:
    """Drop attempts older than any lockout could look at (kept small)."""
    result = session.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < before))
    return int(getattr(result, "rowcount", 0) or 0)


def end_sessions(user: UserRow) -> None:
    """Every session of this user stops working (logout, disable)."""
    user.session_epoch = (user.session_epoch or 0) + 1


def add_token(session: Session, user: UserRow, token_hash: str, prefix: str, label: str,
              now: datetime) -> ApiTokenRow:
    row = ApiTokenRow(user_id=user.id, token_hash=token_hash, prefix=prefix, label=label[:80],
                      created_at=now)
    session.add(row)
    return row


def token_owner(session: Session, token_hash: str) -> tuple[ApiTokenRow, UserRow] | None:
    """A live token and the active user it belongs to, or None."""
    row = session.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == token_hash,
                                                   ApiTokenRow.revoked_at.is_(None)))
    if row is None or not row.user.active:
        return None
    return row, row.user


def touch_token(session: Session, token_id: int, now: datetime) -> None:
    row = session.get(ApiTokenRow, token_id)
    if row is not None:
        row.last_used_at = now


def tokens(session: Session, user: UserRow) -> list[ApiTokenRow]:
    return list(session.scalars(select(ApiTokenRow).where(ApiTokenRow.user_id == user.id)
                                .order_by(ApiTokenRow.id)))


def revoke_token(session: Session, prefix: str, now: datetime) -> ApiTokenRow | None:
    row = session.scalar(select(ApiTokenRow).where(ApiTokenRow.prefix == prefix,
                                                   ApiTokenRow.revoked_at.is_(None)))
    if row is not None:
        row.revoked_at = now
    return row
