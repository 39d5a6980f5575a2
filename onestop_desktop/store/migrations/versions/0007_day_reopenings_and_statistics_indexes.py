"""day reopenings and statistics indexes

A closed day reopened for correction (the closing itself stays as it was), and two indexes the
day's totals need on a big database: dossier events by (status, time) for the day's counts of
supplement requests, refusals, withdrawals and returns, and dossiers by the time their result came
back, for the carried-over bucket.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 10:02:36.020442
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "day_reopenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["users.id"], name=op.f("fk_day_reopenings_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_reopenings")),
        sa.UniqueConstraint(
            "business_date", "revision", name=op.f("uq_day_reopenings_business_date_revision")
        ),
    )
    op.create_index("ix_dossier_events_status_at", "dossier_events", ["to_status", "at"])
    op.create_index(op.f("ix_dossiers_result_ready_at"), "dossiers", ["result_ready_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_dossiers_result_ready_at"), table_name="dossiers")
    op.drop_index("ix_dossier_events_status_at", table_name="dossier_events")
    op.drop_table("day_reopenings")
