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
                 minutes: int, remote_addr: str | None = None) -> datetime | None:
    """When a lockout ends: after ``max_failed`` failures in a row (no success between them)
    for this user name (from this client address, when one is given), the last of them
    within the lockout period, the user name (from that address) is refused until then."""
    query = select(LoginAttemptRow).where(LoginAttemptRow.username == username[:80],
                                          LoginAttemptRow.at > now - timedelta(minutes=minutes))
    if remote_addr is not None:
        query = query.where(LoginAttemptRow.remote_addr == remote_addr[:64])
    recent = list(session.scalars(
        query.order_by(LoginAttemptRow.at.desc(), LoginAttemptRow.id.desc()).limit(max_failed)))
    if len(recent) < max_failed or any(a.succeeded for a in recent):
        return None
    return recent[0].at + timedelta(minutes=minutes)


def failures_until(session: Session, now: datetime, *, max_failed: int, minutes: int,
                   username: str | None = None, remote_addr: str | None = None
                   ) -> datetime | None:
    """A ceiling on failures within a sliding window of ``minutes``, for one client address
    (across all user names) or one user name (from every address): at ``max_failed`` of
    them, refused until the oldest ages out. Successes do not reset it."""
    query = select(LoginAttemptRow.at).where(LoginAttemptRow.succeeded.is_(False),
                                             LoginAttemptRow.at > now - timedelta(minutes=minutes))
    if username is not None:
        query = query.where(LoginAttemptRow.username == username[:80])
    if remote_addr is not None:
        query = query.where(LoginAttemptRow.remote_addr == remote_addr[:64])
    recent = list(session.scalars(query.order_by(LoginAttemptRow.at.desc()).limit(max_failed)))
    if len(recent) < max_failed:
        return None
    return recent[-1] + timedelta(minutes=minutes)


def logged_in_from(session: Session, username: str, remote_addr: str, since: datetime) -> bool:
    """This user name logged in successfully from this client address since then."""
    return session.scalar(select(LoginAttemptRow.id).where(
        LoginAttemptRow.username == username[:80], LoginAttemptRow.remote_addr == remote_addr[:64],
        LoginAttemptRow.succeeded.is_(True), LoginAttemptRow.at > since).limit(1)) is not None


def forget_attempts(session: Session, before: datetime, *, failures_before: datetime | None = None
                    ) -> int:
    """Drop attempts older than any lockout could look at (kept small): every attempt
    before ``before``, and failures before ``failures_before`` too."""
    old = LoginAttemptRow.at < before
    if failures_before is not None:
        old = old | (LoginAttemptRow.succeeded.is_(False) & (LoginAttemptRow.at < failures_before))
    result = session.execute(delete(LoginAttemptRow).where(old))
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
