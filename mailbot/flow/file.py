"""The *file* step: handled cancellation mail moved to the processed folder, after the commit.

Only the messages processing marked ``move`` are filed (cancellation requests and their
follow-ups); every other message stays in the folder as it was, unseen (SPEC §2: humans
share this mailbox). Each chunk is moved first and recorded moved at once, so a copy is
never made twice. A refused move holds back nothing: the decisions are committed and their
replies go out; the rows stay marked and the next poll tries again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mailbot.config import ImapConfig
from mailbot.mailbox import FolderState, ImapCommandError, ImapMailbox
from mailbot.store import inbound
from mailbot.store.db import Database

log = logging.getLogger("mailbot.flow.file")


@dataclass
class Filed:
    """What one round of filing did: how many moved, by which method, or why none could."""

    moved: int = 0
    method: str | None = None  # move | copy+expunge | copy+flag
    error: str | None = None  # the server refused to file processed mail away


class Filer:
    """Files one mailbox's handled mail; remembers across polls what it already knows."""

    def __init__(self, db: Database, mailbox: str, imap_config: ImapConfig):
        self.db, self.mailbox, self.imap_config = db, mailbox, imap_config
        self.folder_ready = False  # processed_folder exists (checked once per connection)
        self.last_error: str | None = None  # the last failed move, logged once

    def reconnected(self) -> None:
        """A new IMAP connection: check the processed folder again before the next move."""
        self.folder_ready = False

    def file(self, imap: ImapMailbox, state: FolderState) -> Filed:
        """File away what processing marked, a chunk at a time (MOVE, then record it)."""
        filed = Filed()
        try:
            self._file_marked(imap, state, filed)
        except ImapCommandError as exc:
            filed.error = str(exc)
            if str(exc) != self.last_error:
                log.error("filing processed mail failed (will retry every poll): %s", exc)
            self.last_error = str(exc)
            return filed
        if self.last_error and filed.moved:
            log.warning("filing processed mail works again")
            self.last_error = None
        return filed

    def _file_marked(self, imap: ImapMailbox, state: FolderState, filed: Filed) -> None:
        cfg = self.imap_config
        while True:
            with self.db.session() as session:
                rows = inbound.to_move(session, self.mailbox, cfg.folder, state.uidvalidity)
                if not rows:
                    return
                if not self.folder_ready:
                    imap.ensure_folder(cfg.processed_folder)
                    self.folder_ready = True
                filed.method = imap.move([uid for _id, uid in rows if uid is not None],
                                         cfg.processed_folder)
                # Recorded at once, whatever the method: a copy is never made twice.
                inbound.mark_moved(session, [row_id for row_id, _uid in rows])
                filed.moved += len(rows)
