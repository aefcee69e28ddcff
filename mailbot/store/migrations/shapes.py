"""The column, constraint and index shapes mailbot's migrations repeat, written once.

Each helper returns exactly what Alembic's autogenerate wrote by hand before (same types,
same names through ``op.f`` and the models' naming convention), so a database migrated
with them is byte-for-byte the schema it was; tests/test_outbox_ops.py compares the
migrated schema with the models'.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mailbot.store.models import UTCDateTime


def key_column() -> sa.Column[int]:
    """The integer surrogate key every table but the checkpoints has."""
    return sa.Column("id", sa.Integer(), nullable=False)


def moment(name: str, *, nullable: bool = False) -> sa.Column[object]:
    """A timezone-aware UTC timestamp column."""
    return sa.Column(name, UTCDateTime(timezone=True), nullable=nullable)


def primary_key(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    """The primary key, named ``pk_<table>``; on ``id`` unless columns are given."""
    return sa.PrimaryKeyConstraint(*(columns or ("id",)), name=op.f(f"pk_{table}"))


def foreign_key(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    """``table.column`` referring to ``target.id``, named as the naming convention does."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def unique(table: str, *columns: str) -> sa.UniqueConstraint:
    """A unique constraint named ``uq_<table>_<columns>``."""
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{'_'.join(columns)}"))


def create_indexes(table: str, *indexes: tuple[str, list[str]]) -> None:
    """Non-unique indexes on one table, in one batch (a copy-and-move on SQLite)."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name, columns in indexes:
            batch_op.create_index(name, columns, unique=False)


def drop_indexes(table: str, *names: str) -> None:
    """The reverse of ``create_indexes``: the names in the order given."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name in names:
            batch_op.drop_index(name)


def drop_table(table: str, *indexes: str) -> None:
    """Drop a table, its indexes first (in the order autogenerate wrote them)."""
    if indexes:
        drop_indexes(table, *indexes)
    op.drop_table(table)
