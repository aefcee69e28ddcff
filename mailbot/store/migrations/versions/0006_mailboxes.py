"""mailboxes defined in the database (mailbot mailboxes add)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-14 09:00:00.000000

One table: a mailbox's name and its definition (a [[mailboxes]] entry as JSON, secrets
only as environment variable names or file paths). Running workers re-read it.
"""

from alembic import op
import sqlalchemy as sa
import mailbot.store.models


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mailboxes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('created_at', mailbot.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mailbot.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mailboxes')),
    sa.UniqueConstraint('name', name=op.f('uq_mailboxes_name'))
    )


def downgrade() -> None:
    op.drop_table('mailboxes')
