"""mailboxes defined in the database (mailbot mailboxes add)

One table: a mailbox's name and its definition (a [[mailboxes]] entry as JSON, secrets
only as environment variable names or file paths). Running workers re-read it.
And an index on cases (mailbox, sender): a sender's open case is looked up for every
message that might continue one, and scanning a mailbox's cases grew with them.
"""

from alembic import op
import sqlalchemy as sa

from mailbot.store.migrations.shapes import (
    create_indexes, drop_indexes, drop_table, key_column, moment, primary_key, unique,
)


revision = '0006'
down_revision = '0005'


def upgrade() -> None:
    op.create_table('mailboxes',
    key_column(),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    moment('created_at'),
    moment('updated_at'),
    primary_key('mailboxes'),
    unique('mailboxes', 'name')
    )
    create_indexes('cases',
                   ('ix_cases_sender', ['mailbox', 'sender']))


def downgrade() -> None:
    drop_indexes('cases', 'ix_cases_sender')
    drop_table('mailboxes')
