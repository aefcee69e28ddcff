"""review desk users, api tokens and login attempts"""

from alembic import op
import sqlalchemy as sa

from mailbot.store.migrations.shapes import (
    create_indexes, drop_table, foreign_key, key_column, moment, primary_key, unique,
)


revision = '0002'
down_revision = '0001'


def upgrade() -> None:
    op.create_table('login_attempts',
    key_column(),
    sa.Column('username', sa.String(length=80), nullable=False),
    moment('at'),
    sa.Column('succeeded', sa.Boolean(), nullable=False),
    sa.Column('remote_addr', sa.String(length=64), nullable=False),
    primary_key('login_attempts')
    )
    create_indexes('login_attempts',
                   ('ix_login_attempts_user_at', ['username', 'at']))

    op.create_table('users',
    key_column(),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('session_epoch', sa.Integer(), nullable=False),
    moment('created_at'),
    moment('last_login_at', nullable=True),
    primary_key('users'),
    unique('users', 'name')
    )
    op.create_table('api_tokens',
    key_column(),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    moment('created_at'),
    moment('last_used_at', nullable=True),
    moment('revoked_at', nullable=True),
    foreign_key('api_tokens', 'user_id', 'users'),
    primary_key('api_tokens'),
    unique('api_tokens', 'token_hash')
    )
    create_indexes('api_tokens',
                   (op.f('ix_api_tokens_user_id'), ['user_id']))


def downgrade() -> None:
    drop_table('api_tokens', op.f('ix_api_tokens_user_id'))
    drop_table('users')
    drop_table('login_attempts', 'ix_login_attempts_user_at')
