"""message shards"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shard', sa.Integer(), server_default='0', nullable=False))
        batch_op.create_index('ix_messages_received', ['mailbox', 'status', 'shard', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index('ix_messages_received')
        batch_op.drop_column('shard')
