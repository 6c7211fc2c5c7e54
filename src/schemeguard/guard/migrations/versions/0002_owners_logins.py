"""Sessions owned by an agent key, enforcement timing per call, reviewers named on decisions,
reviewers' browser logins, indexes the paginated dashboard reads."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("owner", sa.String(128), nullable=False, server_default="anonymous"))
        batch.create_index("ix_sessions_created", ["created"])
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("enforced", sa.String(32), nullable=True))
        batch.create_index("ix_calls_review", ["review"])
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("reviewer", sa.String(128), nullable=True))
    op.create_table("logins",
                    sa.Column("token_hash", sa.String(64), primary_key=True),
                    sa.Column("reviewer", sa.String(128), nullable=False),
                    sa.Column("csrf", sa.String(64), nullable=False),
                    sa.Column("expires", sa.DateTime(timezone=True), nullable=False))
