"""The schema revision every command checks against is Alembic's own head."""

from __future__ import annotations

from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory

from mailbot.store.db import MIGRATIONS, schema_head


def test_schema_head_is_alembics_head():
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == schema_head()
