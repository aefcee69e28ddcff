"""Replies go out while a large poll goes on processing: a second process delivers the
outbox on every commit's nudge, so SMTP round trips overlap the CPU work without
sharing an interpreter lock.

The child is forked when the parent runs no other thread (``poll --once``): it inherits
every imported module, where a spawned child spends a second of CPU importing them again
at the very start of a backlog. With other threads running (the service), a fork could
copy a lock some thread holds, so the child is spawned.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext

from mailbot.app import App
from mailbot.config import Config
from mailbot.errors import MailbotError
from mailbot.mailer import DeliveryReport
from mailbot.reports import add_up

BACKLOG = 200  # from this many new messages on, replies go out from a second process


def _sender_main(config: Config, mailbox: str, conn: Connection,
                 inherited: App | None = None) -> None:
    """The child: deliver on every nudge; stop on "stop" (answering with the report) or
    when the parent is gone (EOF), after the round in hand. A forked child first lets go of
    the parent's database connections without closing them (closing would end them for the
    parent too) and opens its own."""
    if inherited is not None:
        inherited.db.engine.dispose(close=False)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not whatever the parent had set
        signal.signal(signal.SIGINT, signal.default_int_handler)
    app = App(config)
    total = DeliveryReport()
    try:
        d = app.deliverer(app.runtime(mailbox))
        while True:
            try:
                message = conn.recv()
                while message != "stop" and conn.poll():  # nudges that piled up: one round
                    message = conn.recv()
            except EOFError:
                return
            if d is not None and total.unavailable is None:  # an outage: one try is enough
                add_up(total, d.deliver())
            if message == "stop":
                conn.send(("report", total))
                return
    except MailbotError as exc:
        conn.send(("error", str(exc)))
    finally:
        app.close()


def _context() -> ForkContext | SpawnContext:
    """Fork when this process runs no other thread, spawn otherwise (see the module's doc)."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class SenderProcess:
    """Delivers replies from a child process while the poll goes on processing, so the
    SMTP round trips overlap the CPU work without sharing an interpreter lock."""

    def __init__(self, app: App, mailbox: str):
        ctx = _context()
        self.conn, child = ctx.Pipe()
        inherited = app if ctx.get_start_method() == "fork" else None
        self.proc = ctx.Process(target=_sender_main,
                                args=(app.config, mailbox, child, inherited),
                                name="mailbot-sender", daemon=True)
        self.proc.start()
        child.close()

    def nudge(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send("go")

    def finish(self) -> DeliveryReport:
        try:
            self.conn.send("stop")
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            raise MailbotError("the reply sender process stopped unexpectedly; replies stay "
                               "queued for the next poll") from None
        finally:
            self.proc.join(10)
            self.conn.close()
        if kind == "error":
            raise MailbotError(value)
        return value
