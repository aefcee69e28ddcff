"""messages.rule: the chain step (and policy rule) that decided each message

Additive only: one nullable column. Messages processed before it have no rule (the
export says null); the policy rule of their decision is still in ``decisions.rule``.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule', sa.String(length=160), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('rule')
