"""Documents without a figure get an incident: document_incidents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A table of its own rather than a column on documents: documents are immutable
    # records of what was received, and a new table needs no batch rebuild on SQLite.
    op.create_table(
        "document_incidents",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"],
            name="fk_document_incidents_document_id_documents",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"],
            name="fk_document_incidents_incident_id_incidents",
        ),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_incidents"),
    )
    op.create_index(
        "ix_document_incidents_incident_id", "document_incidents", ["incident_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_document_incidents_incident_id", table_name="document_incidents")
    op.drop_table("document_incidents")
