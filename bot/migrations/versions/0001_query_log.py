"""The query log: queries and feedback.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("chat_id", sa.Integer()),
        sa.Column("user_id", sa.Integer()),
        sa.Column("chat_type", sa.String(16)),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("normalized_question", sa.Text(), nullable=False),
        sa.Column("story_id", sa.String(200)),
        sa.Column("passage_id", sa.String(220)),
        sa.Column("score", sa.Float()),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("latency_ms", sa.Float()),
    )
    op.create_index("ix_queries_created_at", "queries", ["created_at"])
    op.create_index("ix_queries_user_id", "queries", ["user_id"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("query_id", sa.String(32), sa.ForeignKey("queries.id"), nullable=False),
        sa.Column("user_id", sa.Integer()),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_feedback_query_id", "feedback", ["query_id"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("queries")
