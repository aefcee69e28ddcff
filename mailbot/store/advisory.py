"""PostgreSQL's session-level advisory locks and commit durability, as statements on a
connection the caller holds (mailbot.locks owns when to take and release them)."""

from __future__ import annotations

from sqlalchemy import Connection, text


def try_lock(conn: Connection, key: int) -> bool:
    """Take the lock if nobody holds it; never waits."""
    return bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())


def lock(conn: Connection, key: int) -> None:
    """Take the lock, waiting for its holder."""
    conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})


def unlock(conn: Connection, key: int) -> None:
    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})


def ping(conn: Connection) -> None:
    """A round trip that fails when the connection (and so its locks) is gone."""
    conn.execute(text("SELECT 1"))


def commit_without_waiting(conn: Connection, on: bool = True) -> None:
    """Commits on this connection stop (or go back to) waiting for the WAL flush."""
    conn.execute(text("SET synchronous_commit = off" if on else "RESET synchronous_commit"))
