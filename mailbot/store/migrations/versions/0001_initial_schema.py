"""initial schema"""

from alembic import op
import sqlalchemy as sa

from mailbot.store.migrations.shapes import (
    create_indexes, drop_table, foreign_key, key_column, moment, primary_key, unique,
)


revision = '0001'
down_revision = None


def upgrade() -> None:
    op.create_table('accounts',
    key_column(),
    sa.Column('mailbox', sa.String(length=40), nullable=False),
    sa.Column('account_number', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=255), nullable=False),
    sa.Column('username_key', sa.String(length=255), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('email_key', sa.String(length=320), nullable=False),
    sa.Column('plan', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('trial_ends_on', sa.Date(), nullable=True),
    sa.Column('price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    moment('created_at'),
    moment('updated_at'),
    primary_key('accounts'),
    unique('accounts', 'mailbox', 'account_number')
    )
    create_indexes('accounts',
                   ('ix_accounts_email', ['mailbox', 'email_key']),
                   ('ix_accounts_username', ['mailbox', 'username_key']))

    op.create_table('imap_checkpoints',
    sa.Column('mailbox', sa.String(length=40), nullable=False),
    sa.Column('folder', sa.String(length=255), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    moment('updated_at'),
    sa.PrimaryKeyConstraint('mailbox', 'folder', name=op.f('pk_imap_checkpoints'))
    )
    op.create_table('policy_versions',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('policy', sa.String(length=80), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    moment('created_at'),
    sa.PrimaryKeyConstraint('digest', name=op.f('pk_policy_versions'))
    )
    op.create_table('service_state',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    moment('updated_at'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_service_state'))
    )
    op.create_table('cases',
    key_column(),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('mailbox', sa.String(length=40), nullable=False),
    sa.Column('reference', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    moment('received_at'),
    sa.Column('username', sa.String(length=255), nullable=True),
    sa.Column('account_number', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reason_code', sa.String(length=32), nullable=True),
    sa.Column('asks_refund', sa.Boolean(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    moment('verify_until', nullable=True),
    moment('created_at'),
    moment('updated_at'),
    moment('closed_at', nullable=True),
    foreign_key('cases', 'account_id', 'accounts'),
    primary_key('cases'),
    unique('cases', 'reference')
    )
    create_indexes('cases',
                   (op.f('ix_cases_account_id'), ['account_id']),
                   ('ix_cases_status', ['mailbox', 'status']))

    op.create_table('messages',
    key_column(),
    sa.Column('mailbox', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('folder', sa.String(length=255), nullable=True),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=True),
    sa.Column('uid', sa.BigInteger(), nullable=True),
    sa.Column('message_id', sa.String(length=998), nullable=False),
    sa.Column('raw_sha256', sa.String(length=64), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    moment('received_at'),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('intent', sa.String(length=16), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('username', sa.String(length=255), nullable=True),
    sa.Column('account_number', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reason_code', sa.String(length=32), nullable=True),
    sa.Column('asks_refund', sa.Boolean(), nullable=False),
    sa.Column('extraction', sa.JSON(), nullable=True),
    sa.Column('outcome', sa.String(length=24), nullable=True),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('mailbox_state', sa.String(length=8), nullable=False),
    moment('created_at'),
    moment('processed_at', nullable=True),
    foreign_key('messages', 'case_id', 'cases'),
    primary_key('messages'),
    unique('messages', 'mailbox', 'message_id', 'raw_sha256')
    )
    create_indexes('messages',
                   (op.f('ix_messages_case_id'), ['case_id']),
                   ('ix_messages_mailbox_state', ['mailbox', 'mailbox_state']),
                   ('ix_messages_message_id', ['message_id']),
                   ('ix_messages_status', ['status']),
                   ('ix_messages_uid', ['mailbox', 'folder', 'uidvalidity', 'uid']))

    op.create_table('audit_log',
    key_column(),
    moment('at'),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    foreign_key('audit_log', 'case_id', 'cases'),
    foreign_key('audit_log', 'message_id', 'messages'),
    primary_key('audit_log')
    )
    create_indexes('audit_log',
                   (op.f('ix_audit_log_at'), ['at']),
                   (op.f('ix_audit_log_case_id'), ['case_id']))

    op.create_table('decisions',
    key_column(),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('policy', sa.String(length=80), nullable=False),
    sa.Column('policy_digest', sa.String(length=64), nullable=False),
    sa.Column('rule', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('access_until', sa.Date(), nullable=True),
    sa.Column('billing_stops_on', sa.Date(), nullable=True),
    sa.Column('refund_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('refund_currency', sa.String(length=3), nullable=True),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    moment('created_at'),
    foreign_key('decisions', 'case_id', 'cases'),
    foreign_key('decisions', 'message_id', 'messages'),
    primary_key('decisions')
    )
    create_indexes('decisions',
                   (op.f('ix_decisions_case_id'), ['case_id']),
                   (op.f('ix_decisions_message_id'), ['message_id']))

    op.create_table('outbox',
    key_column(),
    sa.Column('mailbox', sa.String(length=40), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('in_reply_to', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('to_addr', sa.String(length=320), nullable=False),
    sa.Column('from_addr', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('message_id', sa.String(length=255), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('lease_owner', sa.String(length=64), nullable=True),
    moment('lease_until', nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    moment('next_attempt_at'),
    sa.Column('last_error', sa.Text(), nullable=True),
    moment('sent_at', nullable=True),
    moment('created_at'),
    foreign_key('outbox', 'case_id', 'cases'),
    foreign_key('outbox', 'in_reply_to', 'messages'),
    primary_key('outbox'),
    unique('outbox', 'message_id')
    )
    create_indexes('outbox',
                   (op.f('ix_outbox_case_id'), ['case_id']),
                   ('ix_outbox_due', ['mailbox', 'status', 'next_attempt_at', 'id']),
                   ('ix_outbox_lease', ['status', 'lease_owner']),
                   ('ix_outbox_sent', ['sent_at']),
                   ('ix_outbox_to', ['to_addr', 'created_at']))

    op.create_table('refunds',
    key_column(),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    moment('requested_at'),
    sa.Column('requested_by', sa.String(length=80), nullable=False),
    moment('agent_approved_at', nullable=True),
    sa.Column('agent_approved_by', sa.String(length=80), nullable=True),
    moment('approved_at', nullable=True),
    sa.Column('approved_by', sa.String(length=80), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    moment('issued_at', nullable=True),
    sa.Column('issued_by', sa.String(length=80), nullable=True),
    sa.Column('payment_reference', sa.String(length=120), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    foreign_key('refunds', 'case_id', 'cases'),
    foreign_key('refunds', 'decision_id', 'decisions'),
    primary_key('refunds')
    )
    create_indexes('refunds',
                   (op.f('ix_refunds_case_id'), ['case_id']),
                   ('ix_refunds_status_due', ['status', 'due_on']))


def downgrade() -> None:
    drop_table('refunds', 'ix_refunds_status_due', op.f('ix_refunds_case_id'))
    drop_table('outbox', 'ix_outbox_to', 'ix_outbox_sent', 'ix_outbox_lease', 'ix_outbox_due',
               op.f('ix_outbox_case_id'))
    drop_table('decisions', op.f('ix_decisions_message_id'), op.f('ix_decisions_case_id'))
    drop_table('audit_log', op.f('ix_audit_log_case_id'), op.f('ix_audit_log_at'))
    drop_table('messages', 'ix_messages_uid', 'ix_messages_status', 'ix_messages_message_id',
               'ix_messages_mailbox_state', op.f('ix_messages_case_id'))
    drop_table('cases', 'ix_cases_status', op.f('ix_cases_account_id'))
    drop_table('service_state')
    drop_table('policy_versions')
    drop_table('imap_checkpoints')
    drop_table('accounts', 'ix_accounts_username', 'ix_accounts_email')
