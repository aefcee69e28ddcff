"""Who polls a mailbox: one process at a time.

On PostgreSQL a session-level advisory lock per mailbox, held on a connection
of its own: when the holder dies its connection closes and another worker
takes over at its next attempt. On SQLite (one process by design) an
exclusive file lock beside the database file keeps a second process out.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from mailbot.store import advisory

if TYPE_CHECKING:
    from mailbot.store.db import Database

_NAMESPACE = "mailbot.mailbox:"


def lock_key(mailbox: str) -> int:
    digest = hashlib.sha256((_NAMESPACE + mailbox).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class LockConnection:
    """PostgreSQL: one connection holding the session-level advisory locks of many mailboxes
    (a worker with a thousand mailboxes holds one connection, not a thousand). Each lock
    remembers the connection's generation: when the connection is lost, so are its locks."""

    CHECK_SECONDS = 1.0  # alive() asks the server at most this often

    def __init__(self, db: Database):
        self.db = db
        self._conn: Connection | None = None
        self._generation = 0
        self._checked = 0.0
        self._mutex = threading.Lock()

    def try_lock(self, key: int) -> int | None:
        """The generation the lock was taken in, or None when another session has it."""
        with self._mutex:
            try:
                conn = self._connection()
                got = advisory.try_lock(conn, key)
            except Exception:  # connection lost: its locks with it; the caller retries
                self._drop()
                raise
            return self._generation if got else None

    def unlock(self, key: int, generation: int) -> None:
        with self._mutex:
            if self._conn is None or generation != self._generation:
                return  # that connection (and the lock) is gone already
            try:
                advisory.unlock(self._conn, key)
            except Exception:  # lost: the lock went with it
                self._drop()

    def alive(self, generation: int) -> bool:
        with self._mutex:
            if self._conn is None or generation != self._generation:
                return False
            if time.monotonic() - self._checked < self.CHECK_SECONDS:
                return True
            try:
                advisory.ping(self._conn)
            except Exception:  # any failure means the session (and its locks) is gone
                self._drop()
                return False
            self._checked = time.monotonic()
            return True

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn = self.db.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT")
            self._generation += 1
            self._checked = time.monotonic()
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):  # the locks go with the connection anyway
                self._conn.close()
            self._conn = None

    def close(self) -> None:
        with self._mutex:
            self._drop()


class MailboxLock:
    """A lock that can be held across many polls (the service) or just one (poll --once).
    On PostgreSQL the service's locks share one LockConnection; alone, a lock has its own."""

    def __init__(self, db: Database, mailbox: str, purpose: str = "poll",
                 shared: LockConnection | None = None):
        self.db = db
        self.mailbox = mailbox
        self.purpose = purpose
        self.shared = shared if db.is_postgres else None
        self._conn: Connection | None = None
        self._file: int | None = None
        self._generation: int | None = None  # held on the shared connection

    @property
    def held(self) -> bool:
        return self._conn is not None or self._file is not None or self._generation is not None

    def acquire(self) -> bool:
        if self.held:
            return self.alive()
        db = self.db
        if self.shared is not None:
            self._generation = self.shared.try_lock(self.key)
            return self._generation is not None
        if db.is_postgres:
            conn = db.engine.connect()
            got = advisory.try_lock(conn, self.key)
            conn.commit()
            if got:
                self._conn = conn
            else:
                conn.close()
            return bool(got)
        path = _sqlite_lock_path(db.url, f"{self.mailbox}.{self.purpose}")
        if path is None:
            self._file = -1
            return True
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._file = fd
        return True

    @property
    def key(self) -> int:
        name = self.mailbox if self.purpose == "poll" else f"{self.purpose}:{self.mailbox}"
        return lock_key(name)

    def alive(self) -> bool:
        """Is the lock still ours? (A PostgreSQL restart drops it with the connection.)"""
        if self._generation is not None:
            assert self.shared is not None
            if self.shared.alive(self._generation):
                return True
            self._generation = None
            return False
        if self._conn is None:
            return self._file is not None
        try:
            advisory.ping(self._conn)
            self._conn.commit()
            return True
        except Exception:  # any failure means the session (and lock) is gone
            self._drop()
            return False

    def release(self) -> None:
        if self._generation is not None:
            assert self.shared is not None
            self.shared.unlock(self.key, self._generation)
            self._generation = None
        if self._conn is not None:
            try:
                advisory.unlock(self._conn, self.key)
                self._conn.commit()
            except Exception:  # closing the connection releases it anyway
                pass
            self._drop()
        if self._file is not None:
            if self._file >= 0:
                fcntl.flock(self._file, fcntl.LOCK_UN)
                os.close(self._file)
            self._file = None

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):  # the lock goes with the connection anyway
                self._conn.close()
            self._conn = None


def _sqlite_lock_path(url: str, mailbox: str) -> Path | None:
    path = url.split("///", 1)[-1]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser().resolve().with_name(Path(path).name + f".{mailbox}.lock")


class HeldLocks:
    """The mailboxes this process holds across polls (``mailbot run``'s workers), shared
    with the polls that run meanwhile on other threads: every access under one lock."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: dict[str, MailboxLock] = {}

    def hold(self, mailbox: str, lock: MailboxLock) -> None:
        with self._guard:
            self._held[mailbox] = lock

    def get(self, mailbox: str) -> MailboxLock | None:
        with self._guard:
            return self._held.get(mailbox)

    def forget(self, mailbox: str, lock: MailboxLock) -> None:
        """Forget the mailbox's lock if it is still this one (a newer holder stays)."""
        with self._guard:
            if self._held.get(mailbox) is lock:
                del self._held[mailbox]


@contextmanager
def mailbox_lock(db: Database, held_locks: HeldLocks, mailbox: str) -> Iterator[bool]:
    """Hold the mailbox for one poll, unless this process already holds it longer
    (``held_locks``: the locks this process holds across polls, App.locks)."""
    held = held_locks.get(mailbox)
    if held is not None and held.held:
        yield held.alive()
        return
    lock = MailboxLock(db, mailbox)
    got = lock.acquire()
    try:
        yield got
    finally:
        if got:
            lock.release()


class SenderIdentity:
    """Who claims outbox rows: a token per process, provably alive while the process is.

    On PostgreSQL the process holds an advisory lock named by its token on a
    connection of its own; when the process dies the lock goes with it, so another
    worker can tell that rows this token left in flight are safe to take back.
    """

    def __init__(self, db: Database):
        self.db = db
        self.token = f"{socket.gethostname()[:24]}:{os.getpid()}:{secrets.token_hex(4)}"
        self._conn: Connection | None = None

    def ensure(self) -> None:
        if self.db.is_postgres and self._conn is None:
            conn = self.db.engine.connect()
            key = lock_key("sender:" + self.token)
            advisory.lock(conn, key)
            conn.commit()
            self._conn = conn

    def dead(self, owners: list[str]) -> list[str]:
        """Which of these owners (other processes) no longer hold their lock."""
        if not self.db.is_postgres:
            return []
        gone = []
        with self.db.engine.connect() as conn:
            for owner in owners:
                if owner == self.token:
                    continue
                key = lock_key("sender:" + owner)
                if advisory.try_lock(conn, key):
                    advisory.unlock(conn, key)
                    gone.append(owner)
            conn.commit()
        return gone

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):  # the lock goes with the connection anyway
                self._conn.close()
            self._conn = None


class AdvisoryLocks:
    """Several PostgreSQL session-level advisory locks held on one connection of their own
    (shards of a mailbox, taken and given back each round)."""

    def __init__(self, db: Database):
        self._conn = db.engine.connect()
        self._held: list[int] = []

    def try_lock(self, name: str) -> bool:
        key = lock_key(name)
        got = advisory.try_lock(self._conn, key)
        self._conn.commit()
        if got:
            self._held.append(key)
        return got

    def release_all(self) -> None:
        for key in self._held:
            advisory.unlock(self._conn, key)
        self._conn.commit()
        self._held.clear()

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing the connection frees the locks anyway
            self.release_all()
        self._conn.close()
