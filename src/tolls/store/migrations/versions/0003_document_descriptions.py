"""Each document's description for linking, kept between runs: document_descriptions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty at first: every document is described once on the next linking.
    op.create_table(
        "document_descriptions",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"],
            name="fk_document_descriptions_document_id_documents",
        ),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_descriptions"),
    )


def downgrade() -> None:
    op.drop_table("document_descriptions")
