"""outbox: claimed and unknown statuses (at-most-once delivery)

Data only: a claimed reply is now ``claimed`` and ``sending`` means DATA began. Rows
an older version left in ``sending`` had not been handed over (it recorded a reply
sent before the final dot), so they become ``claimed`` and are sent as before.
Downgrading turns ``claimed`` back into ``sending`` and ``unknown`` into ``failed``
(which the older ``outbox retry ID`` can send again).
"""

from alembic import op


revision = '0005'
down_revision = '0004'


def upgrade() -> None:
    op.execute("UPDATE outbox SET status = 'claimed' WHERE status = 'sending'")


def downgrade() -> None:
    op.execute("UPDATE outbox SET status = 'sending' WHERE status = 'claimed'")
    op.execute("UPDATE outbox SET status = 'failed' WHERE status = 'unknown'")
