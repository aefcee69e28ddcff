"""Connecting to the database and migrating its schema (``mailbot init``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    Result,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mailbot import extras
from mailbot.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.M)


@lru_cache(maxsize=1)
def schema_head() -> str:
    """The newest migration's revision: the one no other names as its down_revision.

    Every command checks the schema against it. Asking Alembic would import Alembic and
    every migration script on each start (a fifth of a second), so the two assignments
    are read as text; tests/test_schema_head.py holds the result equal to Alembic's head."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION.findall(script.read_text(encoding="utf-8")))
        revisions.add(found["revision"])
        parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    if len(heads) != 1:
        raise StoreError(f"the migrations have {len(heads)} heads ({sorted(heads)}); "
                         "this mailbot's installation is broken")
    return heads.pop()
READONLY = {"sqlite_begin": "BEGIN"}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own BEGIN handling breaks SAVEPOINT; SQLAlchemy emits BEGIN instead
    # (the documented workaround), so one bad message rolls back alone.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN: a read-then-write transaction would otherwise
    # fail outright (SQLITE_BUSY_SNAPSHOT) whenever another connection committed meanwhile.
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN IMMEDIATE"))


def make_engine(url: str, *, pool_size: int = 5, max_overflow: int = 5) -> Engine:
    """An engine for the URL; SQLite gets WAL and foreign keys, PostgreSQL a pool (sized by
    the caller: `mailbot run` uses several connections per thread of work)."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"database folder {parent} does not exist (database.url = {url})")
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    extras.require("postgres", "a PostgreSQL database.url")
    return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow)


def changed(result: Result[Any]) -> int:
    """How many rows a Session's UPDATE or DELETE changed: at run time its result is a
    CursorResult, which Session.execute's declared type does not say."""
    return cast(CursorResult[Any], result).rowcount or 0


def describe_db_error(exc: BaseException, url: str) -> str:
    """One line naming the cause of a database failure, without the SQL."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    safe_url = url.split("@")[-1] if "@" in url else url
    return f"database error ({safe_url}): {text}"


def _alembic_config(engine: Engine) -> Any:
    """Alembic's config for our scripts (Alembic is imported only to migrate)."""
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine, *, replay: bool = False) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; returns (before, after). Idempotent.

    A database without any table is created from the models and stamped at the newest
    revision, as Alembic advises for new databases (one step instead of replaying every
    migration; tests/test_outbox_ops.py checks that the migrations build the same schema,
    with ``replay``, which runs them even on an empty database)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(engine)
    head = ScriptDirectory.from_config(cfg).get_current_head() or ""
    try:
        with engine.connect() as conn:
            before = MigrationContext.configure(conn).get_current_revision()
            empty = before is None and not inspect(conn).get_table_names()
        if empty and not replay:
            from mailbot.store.models import Base

            with engine.begin() as conn:
                Base.metadata.create_all(conn)
            command.stamp(cfg, "head")
        elif before != head:
            command.upgrade(cfg, "head")
    except (OperationalError, DBAPIError) as exc:
        raise StoreError(describe_db_error(exc, str(engine.url))) from None
    return before, head


def check_schema(engine: Engine) -> None:
    """Refuse to work on a database that ``mailbot init`` has not brought up to date."""
    head = schema_head()
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            has_tables = found.has_table("messages")
            current = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                       if found.has_table("alembic_version") else None)
    except (OperationalError, DBAPIError) as exc:
        raise StoreError(describe_db_error(exc, str(engine.url))) from None
    if current is None or not has_tables:
        raise StoreError("the database has no mailbot schema yet; run 'mailbot init' first")
    if current != head:
        raise StoreError(
            f"the database schema is at {current}, this mailbot needs {head}; "
            "run 'mailbot init' to migrate"
        )


class Database:
    """The engine and a session factory; the one object every store function receives."""

    def __init__(self, url: str, *, pool_size: int = 5, max_overflow: int = 5):
        self.url = url
        self.engine = make_engine(url, pool_size=pool_size, max_overflow=max_overflow)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error.

        On SQLite a writing session holds the write lock from its start; a readonly one
        reads a snapshot without blocking writers."""
        with self.sessions() as session, session.begin():
            session.connection(execution_options=READONLY if readonly else {})
            yield session

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A short Core transaction that writes (the outbox's claims and settlements)."""
        with self.engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
