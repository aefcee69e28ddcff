"""outbox operations: loop-breaker holds and bounces of our replies

Additive only: three nullable columns on ``outbox``. The new statuses (``paused``,
``bounced``) fit the existing ``status`` column. On SQLite the foreign key needs a batch
(copy-and-move) alter; PostgreSQL alters the table in place.
"""

from alembic import op
import sqlalchemy as sa
import mailbot.store.models


revision = '0004'
down_revision = '0003'


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hold', sa.String(length=400), nullable=True))
        batch_op.add_column(sa.Column('bounced_at', mailbot.store.models.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('bounce_message_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_outbox_bounce_message_id_messages'),
                                    'messages', ['bounce_message_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbox_bounce_message_id_messages'),
                                 type_='foreignkey')
        batch_op.drop_column('bounce_message_id')
        batch_op.drop_column('bounced_at')
        batch_op.drop_column('hold')
