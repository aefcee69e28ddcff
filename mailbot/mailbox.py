"""The IMAP adapter (imap-tools): connect, read new UIDs, fetch with PEEK, move, IDLE.

All IMAP I/O lives here. Every failure becomes a MailboxError whose message
names the server and the cause; callers never see imaplib exceptions.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import (
    MailboxLoginError,
    MailboxStarttlsError,
    UnexpectedCommandStatusError,
)
from imap_tools.mailbox import BaseMailBox
from imap_tools.utils import encode_folder

from mailbot import oauth2, tls
from mailbot.config import ImapConfig
from mailbot.errors import MailboxError


class ImapCommandError(MailboxError):
    """The server answered NO or BAD to a command (imap-tools' UnexpectedCommandStatusError)."""

    def __init__(self, where: str, command: str, typ: str, data: object):
        self.command, self.status, self.data = command, typ, data
        detail = _server_text(data)
        super().__init__(f"{where}: {command} refused ({typ}{': ' + detail if detail else ''})")


def _server_text(data: object) -> str:
    if isinstance(data, list | tuple):
        parts = [_server_text(item) for item in data if item is not None]
        return " ".join(p for p in parts if p)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace").strip()
    return str(data or "").strip()

_MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
_INTERNALDATE = re.compile(
    rb'INTERNALDATE "\s?(\d{1,2})-([A-Za-z]{3})-(\d{4}) '
    rb'(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})"'
)
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_IO_ERRORS = (OSError, imaplib.IMAP4.error, ssl.SSLError, EOFError)
T = TypeVar("T")
MAX_BATCH_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class FolderState:
    """What SELECT said of the folder: a changed UIDVALIDITY means every UID is new."""

    uidvalidity: int
    uidnext: int | None
    exists: int


@dataclass(frozen=True)
class MessageMeta:
    """A message's UID, size and INTERNALDATE (the received moment policy uses), fetched
    before its bytes so an oversize message is never downloaded."""

    uid: int
    size: int
    internaldate: datetime


@dataclass(frozen=True)
class FetchedMessage(MessageMeta):
    """A message's metadata and its bytes, as one FETCH returned them."""

    raw: bytes


def parse_internaldate(meta: bytes) -> datetime | None:
    """INTERNALDATE as an aware datetime; never via the machine's local time zone."""
    m = _INTERNALDATE.search(meta)
    if not m:
        return None
    day, mon, year, hh, mm, ss, sign, oh, om = m.groups()
    offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == b"-" else 1)
    return datetime(
        int(year), _MONTHS[mon.decode().title()], int(day), int(hh), int(mm), int(ss),
        tzinfo=timezone(offset),
    )


def uid_set(uids: Sequence[int]) -> str:
    """A compact IMAP sequence set: 1:5,7,9:12."""
    parts: list[str] = []
    ordered = sorted(set(uids))
    start = prev = ordered[0] if ordered else 0
    for uid in [*ordered[1:], None]:
        if uid is not None and uid == prev + 1:
            prev = uid
            continue
        parts.append(str(start) if start == prev else f"{start}:{prev}")
        if uid is not None:
            start = prev = uid
    return ",".join(parts)


def _fetch_items(data: list) -> Iterator[tuple[bytes, bytes | None]]:
    """(metadata, literal) per message from imaplib's FETCH response list."""
    meta: bytes | None = None
    literal: bytes | None = None
    for item in data:
        if isinstance(item, tuple):
            if meta is not None:
                yield meta, literal
            meta, literal = item[0], item[1]
        elif isinstance(item, bytes):
            if meta is not None and not re.match(rb"^\d+ \(", item):
                meta += item  # e.g. b' FLAGS (\\Seen))' after the literal
                continue
            if meta is not None:
                yield meta, literal
            meta, literal = item, None
    if meta is not None:
        yield meta, literal


class ImapMailbox:
    """One authenticated IMAP connection to a support mailbox."""

    def __init__(self, config: ImapConfig, password: str | None):
        self.config = config
        self._password = password or ""
        self._box: BaseMailBox | None = None
        self.delimiter = "/"
        self.prefix = ""  # the personal namespace's prefix ("INBOX." on Courier and Cyrus)
        self.selected: str | None = None  # the folder this connection has open
        self.state = FolderState(0, None, 0)  # of the selected folder, as last reported
        self.idling = False  # an IDLE command is in progress (idle_start .. idle_done)

    @property
    def where(self) -> str:
        return f"IMAP server {self.config.host}:{self.config.port}"

    def _fail(self, action: str, exc: BaseException) -> MailboxError:
        text = str(exc).strip() or type(exc).__name__
        if isinstance(exc, socket.gaierror):
            text = f"host not found ({text}); check imap.host"
        elif isinstance(exc, ConnectionRefusedError):
            text = "connection refused; check imap.host/imap.port and that the server is running"
        elif isinstance(exc, TimeoutError | socket.timeout):
            text = "timed out; check imap.host/imap.port and the network"
        elif isinstance(exc, ssl.SSLError):
            text = f"TLS failed ({text}); check imap.security and imap.port"
        return MailboxError(f"{self.where}: {action} failed: {text}")

    def connect(self) -> ImapMailbox:
        box = self._open()
        try:
            if self.config.auth == "oauth2":
                self._login_oauth2(box)
            else:
                self._login_password(box)
        except BaseException:
            self._safe_logout(box)
            raise
        self._box = box
        self._guard("reading capabilities", self._refresh_capabilities)
        self.delimiter = self._guard("reading the folder delimiter", self._read_delimiter)
        return self

    def _open(self) -> BaseMailBox:
        """The connection, not yet logged in; with ssl/starttls the server's certificate
        and host name are verified (mailbot.tls), a failure told in one line."""
        cfg = self.config
        try:
            context = tls.client_context(cfg, "imap") if cfg.security != "none" else None
        except tls.TlsSetupError as exc:
            raise MailboxError(f"{self.where}: {exc}") from None
        try:
            if cfg.security == "ssl":
                return MailBox(cfg.host, cfg.port, timeout=cfg.timeout_seconds,
                               ssl_context=context)
            if cfg.security == "starttls":
                return MailBoxStartTls(cfg.host, cfg.port, timeout=cfg.timeout_seconds,
                                       ssl_context=context)
            return MailBoxUnencrypted(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
        except MailboxStarttlsError:
            raise MailboxError(f"{self.where}: the server refused STARTTLS; check "
                               "imap.security and imap.port") from None
        except _IO_ERRORS as exc:
            failure = tls.tls_error(exc)
            if failure is not None:
                raise MailboxError(
                    f"{self.where}: {tls.explain(failure, cfg.host, 'imap')}") from None
            raise self._fail("connecting", exc) from None

    def _login_password(self, box: BaseMailBox) -> None:
        cfg = self.config
        try:
            box.login(cfg.username, self._password, initial_folder=None)
        except MailboxLoginError:
            raise MailboxError(
                f"{self.where}: login refused for user {cfg.username!r}; "
                "check imap.username and the password (imap.password_env)"
            ) from None
        except _IO_ERRORS as exc:
            raise self._fail("login", exc) from None

    def _login_oauth2(self, box: BaseMailBox) -> None:
        """SASL XOAUTH2 (OAUTHBEARER where that is all the server offers) with a token from
        mailbot.oauth2. A refused token may be expired or revoked before its time: it is
        replaced once and the login tried again."""
        cfg = self.config
        offered = {c[5:] for c in box.client.capabilities if c.startswith("AUTH=")}
        mechanism = oauth2.choose_mechanism(offered)
        if mechanism is None:
            raise MailboxError(
                f"{self.where}: the server offers neither XOAUTH2 nor OAUTHBEARER "
                f"(only {', '.join(sorted(offered)) or 'no SASL mechanism'}); "
                "check imap.host or set imap.auth = 'password'")
        try:
            source = oauth2.token_source(cfg, "imap")
            token = source.token()
            refusal = self._authenticate(box, mechanism, token)
            if refusal is not None:
                token = source.refresh(token)
                refusal = self._authenticate(box, mechanism, token)
        except oauth2.TokenError as exc:
            raise MailboxError(f"{self.where}: {exc}") from None
        if refusal is not None:
            raise MailboxError(
                f"{self.where}: {mechanism} login refused for user {cfg.username!r} even "
                f"with a new token ({refusal}); check imap.username and that the app may "
                "open this mailbox (imap.oauth2.scope; see README, OAuth2)")

    def _authenticate(self, box: BaseMailBox, mechanism: str, token: str) -> str | None:
        """One AUTHENTICATE: None when the server accepts the token, else its reason."""
        cfg = self.config
        first = oauth2.initial_response(mechanism, cfg.username, token, cfg.host, cfg.port)
        sent, status = False, None

        def respond(challenge: bytes) -> bytes:
            nonlocal sent, status
            if not sent:
                sent = True
                return first
            status = oauth2.challenge_status(challenge) or status  # the server's error JSON
            return oauth2.abort_response(mechanism)

        try:
            box.login_result = box.client.authenticate(  # type: ignore[assignment]  # imap_tools types it None
                mechanism, respond)
        except imaplib.IMAP4.abort as exc:
            raise self._fail("login", exc) from None
        except imaplib.IMAP4.error as exc:
            said = str(exc).strip() or "NO"
            return f"{status}: {said}" if status else said
        except _IO_ERRORS as exc:
            raise self._fail("login", exc) from None
        return None

    def _refresh_capabilities(self) -> None:
        # imaplib keeps the pre-login list, which often lacks MOVE: ask again.
        client = self.client
        typ, data = client.capability()
        if typ == "OK" and data and data[-1]:
            client.capabilities = tuple(data[-1].decode().upper().split())

    def _read_delimiter(self) -> str:
        """The personal namespace (RFC 2342) when the server has NAMESPACE, else LIST's
        delimiter with no prefix. Sets self.prefix; returns the delimiter."""
        client = self.client
        if "NAMESPACE" in client.capabilities:
            data = self.check("NAMESPACE", *client.namespace())
            personal = _personal_namespace(data[0] if data else None)
            if personal is not None:
                self.prefix = personal[0]
                return personal[1] or "/"
        data = self.check("LIST", *client.list('""', '""'))
        m = re.search(rb'\) "(.)"', data[0]) if data and isinstance(data[0], bytes) else None
        return m.group(1).decode() if m else "/"

    def check(self, command: str, typ: str, data: list) -> list:
        """The one status check: OK returns the data; NO or BAD raises ImapCommandError."""
        if typ != "OK":
            raise ImapCommandError(self.where, command, typ, data)
        return data

    @property
    def client(self) -> imaplib.IMAP4:
        if self._box is None:
            raise MailboxError(f"{self.where}: not connected")
        return self._box.client

    @property
    def box(self) -> BaseMailBox:
        if self._box is None:
            raise MailboxError(f"{self.where}: not connected")
        return self._box

    def _guard(self, action: str, fn: Callable[..., T], *args: Any) -> T:
        try:
            return fn(*args)
        except (UnexpectedCommandStatusError, *_IO_ERRORS) as exc:
            raise self._fail(action, exc) from None

    def server_folder(self, name: str) -> str:
        """A configured folder path ('Processed/Cancellations') as this server names it: in
        its delimiter and inside the personal namespace ('INBOX.Processed.Cancellations' on
        a server whose personal namespace is 'INBOX.' with '.')."""
        return server_folder_name(name, self.delimiter, self.prefix)

    def ensure_folder(self, name: str) -> None:
        folder = self.server_folder(name)

        def create() -> None:
            client = self.client
            listed = self.check("LIST", *client.list('""', _quote(folder)))
            if not any(item for item in listed if item):
                self.check(f"CREATE {folder!r}", *client.create(_quote(folder)))

        self._guard(f"creating folder {folder!r}", create)

    def select(self, name: str) -> FolderState:
        folder = self.server_folder(name)

        def run() -> FolderState:
            client = self.client
            for key in ("UIDVALIDITY", "UIDNEXT", "EXISTS"):
                client.untagged_responses.pop(key, None)
            data = self.check(f"SELECT {folder!r}", *client.select(_quote(folder)))
            validity = _untagged_int(client, "UIDVALIDITY") or 0
            uidnext = _untagged_int(client, "UIDNEXT")
            _forget_untagged(client)
            return FolderState(validity, uidnext, int(data[0] or 0))

        state = self._guard(f"opening folder {folder!r}", run)
        self.selected = name
        self.state = state
        return state

    def refresh(self) -> FolderState:
        """The selected folder's state as the server tells it now. A NOOP lets the server
        report what changed (EXISTS, EXPUNGE, a new UIDVALIDITY) in the selected state;
        STATUS on the selected mailbox is not reliable (RFC 3501 §6.3.10) and Dovecot
        answers it from a stale view. UIDNEXT is not sent on NOOP, so new mail is found by
        UID SEARCH (see uids_after), not by comparing UIDNEXT."""

        def run() -> FolderState:
            client = self.client
            self.check("NOOP", *client.noop())
            validity = _untagged_int(client, "UIDVALIDITY")
            exists = _untagged_int(client, "EXISTS")
            _forget_untagged(client)
            old = self.state
            return FolderState(validity or old.uidvalidity, None,
                               exists if exists is not None else old.exists)

        self.state = self._guard("checking for new mail (NOOP)", run)
        return self.state

    def open(self, name: str) -> FolderState:
        """The folder's state: SELECT it unless this connection already has it open, in
        which case a NOOP refreshes what the server reported since."""
        if self.selected != name:
            return self.select(name)
        return self.refresh()

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above last_uid, ascending, not flagged \\Deleted ('n:*' also returns the
        highest UID: filtered). Messages flagged \\Deleted are on their way out: either a
        person deleted them, or we copied them away on a server without MOVE or UIDPLUS."""

        def run() -> list[int]:
            data = self.check("UID SEARCH",
                              *self.client.uid("SEARCH", f"UID {last_uid + 1}:*", "UNDELETED"))
            found = [int(x) for x in (data[0] or b"").split()]
            return sorted(uid for uid in found if uid > last_uid)

        return self._guard("searching for new messages", run)

    def fetch_meta(self, uids: Sequence[int]) -> list[MessageMeta]:
        """Size and INTERNALDATE of each UID, without the bodies."""
        out: list[MessageMeta] = []
        for chunk in chunks(uids, 500):
            data = self._guard("fetching sizes", self._uid_fetch, chunk,
                               "(UID RFC822.SIZE INTERNALDATE)")
            for meta, _literal in _fetch_items(data):
                parsed = _meta(meta)
                if parsed:
                    out.append(parsed)
        return sorted(out, key=lambda m: m.uid)

    def fetch(self, uids: Sequence[int]) -> list[FetchedMessage]:
        """The raw bytes of each UID with BODY.PEEK[] (never sets \\Seen)."""
        data = self._guard("fetching messages", self._uid_fetch, uids,
                           "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[])")
        out = []
        for meta, literal in _fetch_items(data):
            parsed = _meta(meta)
            if parsed and literal is not None:
                out.append(FetchedMessage(parsed.uid, parsed.size, parsed.internaldate, literal))
        return sorted(out, key=lambda m: m.uid)

    def fetch_headers(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Just the header block of each UID (for messages too large to read)."""
        out: dict[int, bytes] = {}
        for chunk in chunks(uids, 500):
            data = self._guard("fetching headers", self._uid_fetch, chunk,
                               "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER])")
            for meta, literal in _fetch_items(data):
                parsed = _meta(meta)
                if parsed and literal is not None:
                    out[parsed.uid] = literal
        return out

    def _uid_fetch(self, uids: Sequence[int], items: str) -> list:
        if len(uids) > 500:
            raise ValueError("at most 500 UIDs per FETCH")
        data = self.check("UID FETCH", *self.client.uid("FETCH", uid_set(uids), items))
        return [item for item in data if item is not None]

    def move(self, uids: Sequence[int], destination: str) -> str:
        """File UIDs away in destination; returns how it was done.

        * MOVE (RFC 6851) where the server has it;
        * else COPY, flag \\Deleted and UID EXPUNGE just those UIDs (UIDPLUS, RFC 4315);
        * else COPY and flag the originals \\Deleted \\Seen, and never EXPUNGE: a plain
          EXPUNGE would also remove what people sharing the mailbox marked deleted. The
          caller records the move, so a message is copied once; the flagged originals stay
          until a mail client expunges them (uids_after never reads them again)."""
        if not uids:
            return "none"
        folder = self.server_folder(destination)
        client = self.client
        how = ("move" if "MOVE" in client.capabilities else
               "copy+expunge" if "UIDPLUS" in client.capabilities else "copy+flag")

        def run() -> None:
            for chunk in chunks(uids, 500):
                ids = uid_set(chunk)
                if how == "move":
                    self.check("UID MOVE", *client.uid("MOVE", ids, _quote(folder)))
                    _forget_untagged(client)  # one EXPUNGE per message moved
                    continue
                self.check("UID COPY", *client.uid("COPY", ids, _quote(folder)))
                if how == "copy+expunge":
                    self.check("UID STORE", *client.uid("STORE", ids, "+FLAGS.SILENT",
                                                        r"(\Deleted)"))
                    self.check("UID EXPUNGE", *client.uid("EXPUNGE", ids))
                else:
                    self.check("UID STORE", *client.uid("STORE", ids, "+FLAGS.SILENT",
                                                        r"(\Deleted \Seen)"))
                _forget_untagged(client)

        self._guard(f"moving messages to {folder!r}", run)
        return how

    def has_idle(self) -> bool:
        return "IDLE" in self.client.capabilities

    def idle_start(self) -> None:
        """Enter IDLE (RFC 2177): the server now tells changes as they happen, until
        idle_done(). Nothing here waits: the caller watches idle_socket for readability
        (one selector for every mailbox, see mailbot.reactor) after asking idle_pending()."""
        self._guard("starting IDLE", self.box.idle.start)
        self.idling = True

    @property
    def idle_socket(self) -> socket.socket:
        return self.client.sock

    def idle_pending(self) -> bool:
        """Has the server's next line already been received, into imaplib's buffer or the
        TLS layer's? Then a selector would wait for nothing. Never blocks."""
        client = self.client
        sock = client.sock
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        timeout = sock.gettimeout()
        sock.settimeout(0.0)  # peek's one raw read must not wait
        try:
            return bool(client.file.peek(1))  # type: ignore[union-attr]  # a BufferedReader
        except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
            return False
        except _IO_ERRORS:
            return True  # broken: the next read says how
        finally:
            with contextlib.suppress(OSError):
                sock.settimeout(timeout)

    def idle_read(self) -> bool:
        """Read what the server sent during IDLE (call when the socket is readable, or
        idle_pending()): every complete line there is; True when one announces new mail
        (EXISTS, RECENT). A closed connection raises MailboxError."""

        def run() -> bool:
            client = self.client
            changed = False
            while True:
                line = client.readline()
                if not line:
                    raise EOFError("the server closed the connection")
                changed = changed or b"EXISTS" in line or b"RECENT" in line
                if not self.idle_pending():
                    return changed

        return self._guard("waiting in IDLE", run)

    def idle_done(self) -> None:
        """Leave IDLE (DONE) and read the server's answer; what it said meanwhile is
        forgotten (the next poll asks for itself)."""
        if not self.idling:
            return
        self.idling = False

        def run() -> None:
            self.box.idle.stop()
            _forget_untagged(self.client)

        self._guard("ending IDLE", run)

    def close(self) -> None:
        self.selected = None
        if self._box is not None and self.idling:
            with contextlib.suppress(MailboxError):  # going away regardless
                self.idle_done()
        self.idling = False
        if self._box is not None:
            self._safe_logout(self._box)
            self._box = None

    @staticmethod
    def _safe_logout(box: BaseMailBox) -> None:
        try:
            box.client.logout()
        except Exception:  # the connection is going away regardless
            with contextlib.suppress(Exception):
                box.client.shutdown()

    def __enter__(self) -> ImapMailbox:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()


def server_folder_name(name: str, delimiter: str, prefix: str) -> str:
    """'Processed/Cancellations' in a server's delimiter, inside its personal namespace.

    'INBOX' and names already under the prefix stay as they are."""
    mapped = name.replace("/", delimiter) if delimiter else name
    if not prefix or mapped.upper() == "INBOX":
        return mapped
    if mapped.upper().startswith(prefix.upper()) or prefix.rstrip(delimiter) == mapped:
        return mapped
    return prefix + mapped


_NS_PERSONAL = re.compile(rb'^\s*\(\(\s*"((?:[^"\\]|\\.)*)"\s+(?:"((?:[^"\\]|\\.)?)"|NIL)')


def _personal_namespace(line: bytes | None) -> tuple[str, str] | None:
    """(prefix, delimiter) of the first personal namespace in a NAMESPACE response."""
    if not isinstance(line, bytes):
        return None
    m = _NS_PERSONAL.match(line)
    if not m:
        return None
    prefix = m.group(1).replace(b'\\"', b'"').replace(b"\\\\", b"\\").decode("utf-8", "replace")
    delimiter = (m.group(2) or b"").replace(b"\\\\", b"\\").decode()
    return prefix, delimiter


def _forget_untagged(client: imaplib.IMAP4) -> None:
    """imaplib keeps every untagged response until read; a long-lived connection drops the
    ones it has no use for (EXISTS, EXPUNGE, FETCH flag updates, RECENT)."""
    for name in ("EXISTS", "RECENT", "EXPUNGE", "FETCH", "OK", "UIDVALIDITY", "UIDNEXT"):
        client.untagged_responses.pop(name, None)


def _quote(folder: str) -> str:
    """The folder name in modified UTF-7, quoted (RFC 3501 §5.1.3): ASCII, which imaplib
    sends as it is."""
    return encode_folder(folder).decode("ascii")


def _untagged_int(client: imaplib.IMAP4, name: str) -> int | None:
    """The last value of an untagged response the server sent (UIDVALIDITY 42), if any."""
    values = client.untagged_responses.get(name)
    last = values[-1] if values else None
    return int(last) if isinstance(last, bytes | str) and last else None


def _meta(meta: bytes) -> MessageMeta | None:
    uid = _UID.search(meta)
    size = _SIZE.search(meta)
    when = parse_internaldate(meta)
    if not uid or when is None:
        return None
    return MessageMeta(int(uid.group(1)), int(size.group(1)) if size else 0, when)


def chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    """Consecutive slices of at most size items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def batches(metas: Sequence[MessageMeta], max_count: int, max_bytes: int = MAX_BATCH_BYTES
            ) -> Iterator[list[MessageMeta]]:
    """Group messages for FETCH: at most max_count (≤ 500) and about max_bytes per command."""
    batch: list[MessageMeta] = []
    size = 0
    for meta in metas:
        if batch and (len(batch) >= max_count or size + meta.size > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(meta)
        size += meta.size
    if batch:
        yield batch
