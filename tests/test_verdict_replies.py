"""Chain steps return their replies in the verdict, and run_chain queues exactly those: every
outbox row a message produces is one its deciding verdict carried."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.app import App
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.flow.turn import Turn, Verdict
from mailbot.store.models import OutboxRow
from tests.test_web_routes import ACCOUNTS, eml, write_config


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = write_config(tmp_path)
    assert main(["init", "--config", str(path)]) == 0
    (tmp_path / "accounts.csv").write_text(ACCOUNTS)
    assert main(["accounts", "import", str(tmp_path / "accounts.csv"), "--config",
                 str(path)]) == 0
    return path


def test_each_outbox_row_is_a_reply_of_its_messages_verdict(config: Path, monkeypatch,
                                                           tmp_path: Path):
    seen: dict[str, Verdict] = {}
    apply = Turn.apply

    def spy(self: Turn, step: str, v: Verdict) -> None:
        seen[self.content.message_id or ""] = v
        apply(self, step, v)

    monkeypatch.setattr(Turn, "apply", spy)
    messages = {
        "confirm": eml("jdoe@example.com", "Please cancel account 4810237, username jdoe.",
                       "confirm"),
        "needs": eml("someone@example.net", "Please cancel my subscription.", "needs"),
        "verify": eml("other@example.org", "Please cancel account 2290317 (kwhite88).",
                      "verify"),
    }
    files = []
    for name, raw in messages.items():
        (tmp_path / f"{name}.eml").write_bytes(raw)
        files.append(str(tmp_path / f"{name}.eml"))
    assert main(["process", *files, "--config", str(config)]) == 0

    kinds = {mid.strip("<").split("@")[0]: [(r.kind, r.to) for r in v.replies]
             for mid, v in seen.items()}
    assert kinds["confirm"] == [("confirmed_stop_renewal", "jdoe@example.com")]
    assert kinds["needs"] == [("needs_info", "someone@example.net")]
    assert kinds["verify"] == [("pending_verification", "other@example.org"),
                               ("verification_request", "kate.white@example.com")]
    app = App(load_config(str(config)))
    try:
        with app.db.session(readonly=True) as session:
            queued = sorted((r.kind, r.to_addr) for r in session.query(OutboxRow))
    finally:
        app.close()
    assert queued == sorted(pair for pairs in kinds.values() for pair in pairs)
