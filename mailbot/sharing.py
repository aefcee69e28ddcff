"""PostgreSQL: which worker polls which mailbox, shared out among the workers alive now.

Every worker announces itself in ``service_state`` (``worker:<token>``: host, pid,
the mailboxes it can serve and those it holds) and is alive while its sender
identity's advisory lock is held (mailbot.locks.SenderIdentity): a worker that
dies, even by SIGKILL, loses it with its connection. Each worker reads the others
every ``[service] mailboxes_refresh_seconds``, forgets the dead, and takes the
mailboxes rendezvous hashing gives it: a mailbox goes to the live worker that can
serve it with the highest hash of (mailbox, worker). When a worker joins, about
1/N of every other worker's mailboxes move to it, and nothing else moves; when one
dies, its mailboxes spread over the rest. The mailbox's advisory lock still decides
who polls: a worker hands a mailbox over by releasing it, and the new owner takes
it at its next attempt.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from collections.abc import Iterable
from typing import Any

from mailbot.locks import SenderIdentity
from mailbot.store import service_state
from mailbot.store.db import Database

log = logging.getLogger("mailbot.service")
PREFIX = "worker:"


def weight(mailbox: str, worker: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{mailbox}\0{worker}".encode()).digest()[:8], "big")


class Sharing:
    """This worker's view of the workers sharing the mailboxes, refreshed on a timer."""

    def __init__(self, db: Database, sender: SenderIdentity):
        self.db, self.sender = db, sender  # the sender holds its advisory lock from here on
        self.me = sender.token
        self.live: dict[str, frozenset[str]] = {}  # worker -> the mailboxes it can serve
        self._published: dict[str, Any] | None = None

    def refresh(self, serves: Iterable[str], holds: Iterable[str]) -> None:
        """Announce what this worker can serve and holds; read the others, forget the dead."""
        serving = sorted(serves)
        value = {"host": socket.gethostname(), "pid": os.getpid(), "serves": serving,
                 "holds": sorted(holds)}
        with self.db.session() as session:
            if value != self._published:
                service_state.publish(session, PREFIX + self.me, value)
            rows = service_state.with_prefix(session, PREFIX)
        self._published = value
        dead = self.sender.dead([w for w in rows if w != self.me])
        if dead:
            with self.db.session() as session:
                service_state.forget(session, [PREFIX + w for w in dead])
            log.warning("worker(s) %s stopped: their mailboxes are shared out again",
                        ", ".join(dead))
        live = {w: frozenset((v or {}).get("serves") or ()) for w, v in rows.items()
                if w not in dead}
        live[self.me] = frozenset(serving)
        if set(live) != set(self.live):
            log.info("%d worker(s) share the mailboxes", len(live))
        self.live = live

    def mine(self, mailbox: str) -> bool:
        """Does the mailbox fall to this worker (among the live ones that can serve it)?"""
        candidates = [w for w, serves in self.live.items() if mailbox in serves] or [self.me]
        return max(candidates, key=lambda w: weight(mailbox, w)) == self.me

    def leave(self) -> None:
        """At a clean stop: no longer counted (the others take our mailboxes at once)."""
        with self.db.session() as session:
            service_state.forget(session, [PREFIX + self.me])


def holders(db: Database) -> dict[str, str]:
    """Which worker (host:pid) says it holds each mailbox, as last announced."""
    out: dict[str, str] = {}
    with db.session(readonly=True) as session:
        announced = service_state.with_prefix(session, PREFIX)
    for value in announced.values():
        who = f"{(value or {}).get('host', '?')}:{(value or {}).get('pid', '?')}"
        for mailbox in (value or {}).get("holds") or ():
            out[mailbox] = who
    return out
