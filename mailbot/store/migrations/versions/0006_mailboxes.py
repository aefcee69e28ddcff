"""mailboxes defined in the database (mailbot mailboxes add)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-14 09:00:00.000000

One table: a mailbox's name and its definition (a [[mailboxes]] entry as JSON, secrets
only as environment variable names or file paths). Running workers re-read it.
And an index on cases (mailbox, sender): a sender's open case is looked up for every
message that might continue one, and scanning a mailbox's cases grew with them.
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
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_sender', ['mailbox', 'sender'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_sender')
    op.drop_table('mailboxes')
