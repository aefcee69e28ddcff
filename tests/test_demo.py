"""`mailbot demo` runs the whole flow on its embedded default, with no setup."""

from __future__ import annotations

import subprocess
import sys
from email import message_from_bytes

import pytest

pytestmark = pytest.mark.slow  # the whole demo: pymap and aiosmtpd servers, ~10 s


def test_demo_shows_every_outcome_and_writes_replies(tmp_path):
    """The demo exits 0, shows each outcome, and writes the replies it sent to a folder."""
    out = tmp_path / "replies"
    result = subprocess.run([sys.executable, "-m", "mailbot", "demo", "--out", str(out)],
                            capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for outcome in ("confirmed", "needs_info", "pending_verification", "flagged", "rejected",
                    "duplicate", "ignored"):
        assert outcome in result.stdout, outcome
    for action in ("block", "cancel_immediately", "stop_renewal", "suspend"):
        assert action in result.stdout, action
    files = sorted(out.glob("*.eml"))
    assert len(files) >= 10
    kinds = {f.stem.split("-", 1)[1] for f in files}
    assert {"verification_request", "needs_info", "duplicate", "rejected"} <= kinds
    for f in files:
        msg = message_from_bytes(f.read_bytes())
        assert msg["Auto-Submitted"] == "auto-replied" and msg["In-Reply-To"]
