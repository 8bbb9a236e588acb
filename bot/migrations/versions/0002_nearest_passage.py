"""A declined question's nearest paragraph.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

What the reader was offered instead of an answer: which paragraph the questions the story does
not answer keep landing near, for whoever extends the lexicon or the story.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("queries", sa.Column("nearest_passage_id", sa.String(220)))


def downgrade() -> None:
    with op.batch_alter_table("queries") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("nearest_passage_id")
