"""Start-up kept cheap, safely: the schema head read without Alembic, and the reply sender
forked only when that is safe."""

from __future__ import annotations

from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory

from mailbot.store.db import MIGRATIONS, schema_head


def test_schema_head_is_alembics_head():
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == schema_head()


def test_the_reply_sender_is_forked_only_when_no_other_thread_runs():
    """A fork copies locks other threads may hold: with a thread running, spawn."""
    import subprocess
    import sys

    code = ("import threading, time\n"
            "from mailbot.flow.deliver import _context\n"
            "print(_context().get_start_method())\n"
            "threading.Thread(target=time.sleep, args=(2,), daemon=True).start()\n"
            "print(_context().get_start_method())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == ["fork", "spawn"]
